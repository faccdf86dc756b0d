"""Offsets: "two weeks ago", "in two weeks", "a week from Friday", "from a month earlier".

Choices where the TimeML guidelines are silent (index: docs/choices.md):

- "Three days later", "an hour later", "two years earlier": TimeML tags the length (``P3D``,
  with "later" a signal outside the span); the length keeps the day it leads to as its interval,
  so the event it dates still has its place on the timeline. "A year earlier" always is a date:
  the period compared with (after a word of comparison, see
  :mod:`timeline.temporal.candidates`); in a results story the reporting period named before, a
  year back.
- "In two hours" is a length on its day (the hour of publication is unknown); "in two weeks" is
  a date.
- "N weeks ago" is the ISO week it falls in, "N months ago" the month: the precision of the unit
  that was written.
- A comparison period named twice is one period: "fell 8% from a year ago ... compared with a
  year earlier" are both the year before.
- "a week from Friday" is the coming Friday, a week on.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace

from timeline.lang.en import words as en
from timeline.lang.en.patterns import DAY_NUM, MONTH, NUMBER, UNIT, WEEKDAY, named
from timeline.periods import (
    shift,
)
from timeline.temporal import registry
from timeline.temporal.context import (
    Context,
    anaphora,
)
from timeline.temporal.families.common import (
    _UNIT_RE,
    _coarser,
    _period,
    _unit_of,
    duration_value,
    parse_number,
)
from timeline.temporal.families.composites import _resolve_part
from timeline.temporal.families.durations import _count, read_length
from timeline.temporal.families.reporting_periods import _names_comparison, _reported_period
from timeline.temporal.registry import Rule
from timeline.types import Anchor, Direction, Timex

_FLAGS = re.IGNORECASE


@registry.reads_groups
def _offset_from_day(text: str, ctx: Context, m) -> Timex | None:
    """ "a week from Friday": the day named (a weekday ahead, as the phrase looks forward; a
    date the nearest one), moved on."""
    n, unit = _count(m["count"], joined=m["joint"].startswith("-")), _unit_of(m["unit"])
    direction = Direction.FUTURE if m["weekday"] else Direction.UNKNOWN
    day = _resolve_part(m["day"], replace(ctx, direction=direction))
    if n is None or not float(n).is_integer() or day is None or day.granularity != "day" or day.interval_start is None:
        return None
    d = shift(en.UNITS[unit][1], day.interval_start, int(n))
    return _period("day", d, "offset_from_day", ctx, anchor=day.anchor, stated=day.stated | {"offset"},
                   inferred=day.inferred)  # fmt: skip


@registry.reads_groups
def _comparison(text: str, ctx: Context, m) -> Timex:
    n, unit = _count_and_unit(m["number"], m["unit"])
    return replace(_offset(n, unit, m["word"], ctx, comparison=True), rule="comparison")


def _count_and_unit(number: str, unit: str) -> tuple[float | None, str]:
    """The count and unit of "two weeks" (the rule's ``number`` and ``unit``). A count that holds
    a unit word itself ("a quarter century", "a quarter of an hour") is read at its first unit
    word, as one quarter: the reading the text search gave before the groups were named, kept."""
    if _UNIT_RE.search(number):
        return _count_before_first_unit(number)
    return parse_number(number), _unit_of(unit)


def _count_before_first_unit(text: str) -> tuple[float | None, str]:
    """The count before the first unit word of ``text``, and that unit: "two weeks" is (2, week)."""
    unit = _UNIT_RE.search(text)
    return parse_number(text[: unit.start()].rstrip(" -")), _unit_of(unit.group(1))


@registry.reads_groups
def _ago(text: str, ctx: Context, m) -> Timex:
    n, unit = _count_and_unit(m["number"], m["unit"])
    return _offset(n, unit, m["word"], ctx)


def _offset(n: float | None, unit: str, word: str, ctx: Context, comparison: bool = False) -> Timex:
    """ "two weeks ago", "a year earlier", "three days later": ``n`` units (``None``: "a few")
    before or after, as ``word`` says ("ago", "later", "from now"), counted from publication or
    from the date told before."""
    word = " ".join(word.lower().split())
    backwards = word in ("ago", "earlier", "before", "back", "previously", "prior")
    counts_from_reference = word in ("ago", "back", "from now", "hence")
    # "three days later": a length of time after the event told of, "later" being a signal (TimeML).
    # "a year earlier" stays a date: the idiom names the period a result is compared with.
    sequence = not counts_from_reference and not comparison and not (unit == "year" and n == 1)
    # "two decades ago ... a year later": which year is not told
    vaguer = not counts_from_reference and ctx.previous is not None and _coarser(ctx.previous.granularity, en.UNITS[unit][1])
    if (sequence or vaguer) and (n is None or vaguer or ctx.previous is None or ctx.previous.interval_start is None):
        # no day to lead to: "a few days later", or nothing told before it
        return Timex(type="DURATION", value=duration_value(n, unit), granularity=en.UNITS[unit][1],
                     rule="sequence", reference=None, anchor=Anchor.ABSOLUTE,
                     stated=frozenset({"quantity", "unit"} if n is not None else {"unit"}))  # fmt: skip
    if n is None:
        value = "PAST_REF" if backwards else "FUTURE_REF"
        return Timex(type="DATE", value=value, granularity="unknown", rule="ago", reference=ctx.reference,
                     anchor=Anchor.PUBLICATION, stated=frozenset({"unit"}))  # fmt: skip
    if unit == "year" and n == 1 and backwards and not counts_from_reference and ctx.previous is not None and \
            _names_comparison(ctx.previous, ctx):
        # "fell 8% from a year ago ... compared with a year earlier": one comparison period, named twice
        return replace(ctx.previous, rule="comparison" if comparison else "ago", anchor=Anchor.PREVIOUS_MENTION,
                       stated=frozenset({"offset"}))  # fmt: skip
    base, anchor = (ctx.reference, Anchor.PUBLICATION) if counts_from_reference else anaphora(ctx)
    period = _reported_period(ctx)
    if unit == "year" and period is not None:
        # Results "up from $10 million a year ago" compare the reporting period just named.
        base, anchor = period.interval_start, Anchor.PREVIOUS_MENTION
    granularity = en.UNITS[unit][1]
    if granularity in ("hour", "minute", "second"):
        granularity = "day"
    if unit == "weekend":
        granularity = "week"
    compared = period if unit == "year" and period is not None else ctx.previous
    if anchor is Anchor.PREVIOUS_MENTION and granularity == "year" and compared.granularity in ("quarter", "half", "season", "month"):
        granularity = compared.granularity  # "a year earlier" than a quarter is that quarter
    whole = int(n) if float(n).is_integer() else None
    sign = -1 if backwards else 1
    if whole is None:
        d = base + sign * dt.timedelta(days=round(n * {"year": 365, "month": 30, "week": 7}.get(unit, 1)))
    elif en.UNITS[unit][1] in ("hour", "minute", "second"):
        d = base  # the hour of publication is unknown: "two hours ago" stays on its day
    else:
        d = shift(en.UNITS[unit][1], base, sign * whole * (2 if unit == "fortnight" else 1))
    date = _period(granularity, d, "ago", ctx, anchor=anchor, stated={"offset"}, inferred={"year", "month", "day"})
    if sequence:  # the length keeps the day it leads to, so the event it dates keeps its place on the timeline
        return replace(date, type="DURATION", value=duration_value(n, unit), rule="sequence")
    return date


def _in_units(text: str, ctx: Context) -> Timex:
    # a rule of its left context ("in"): no match to read
    if ctx.direction is Direction.PAST:
        return read_length(text, ctx)  # "sales doubled in two years": a length of time
    n, unit = _count_before_first_unit(text)
    date = replace(_offset(n, unit, "from now", ctx), rule="in_units")
    length = read_length(text, ctx)
    if length is not None and length.granularity in ("hour", "minute", "second"):
        # "the flight leaves in two hours": the hour of publication is unknown, so the length is
        # what was said; it keeps the day it leads to for the timeline.
        return replace(date, type="DURATION", value=length.value)
    return date


# --- rules: this family's patterns, each with its handler and the example it must read -----
RULES: tuple[Rule, ...] = (
    # "a week from today", "two weeks from Friday": a day counted from a day
    Rule(
        "offset_from_day",
        rf"{named('count', NUMBER)}(?P<joint>[-\s]+)(?P<unit>days?|weeks?|months?|years?)\s+from\s+"
        rf"(?P<day>today|tomorrow|yesterday|(?:next\s+|this\s+)?{named('weekday', WEEKDAY)}|(?:{MONTH})\s+{DAY_NUM})",
        "a week from Friday", value="2020-06-19",
        handler=_offset_from_day,
    ),
    # "sales rose 2% from a month earlier": the idiom names the period compared with, a date.
    # The finder keeps this rule only after a word of comparison ("from", "than"); else "ago".
    Rule("comparison", r"(?P<number>a|one)\s+(?P<unit>week|month|quarter|year)\s+(?P<word>earlier|before)", "from a month earlier", value="2020-05", quantity=True, comparison=True, handler=_comparison),
    Rule(
        "ago",
        rf"{named('number', NUMBER)}[-\s]+{named('unit', UNIT)}(?:\s+or\s+so)?\s+(?P<word>ago|earlier|later|back|from\s+now|hence|previously)",
        "two weeks ago", value="2020-W22", quantity=True, comparison=True,
        handler=_ago,
    ),
    Rule("in_units", rf"(?<=\bin\s)(?:{NUMBER})\s+(?:{UNIT})(?!\s+(?:of|ago|earlier|later|that|which|when|in\s+which)\b)", "in two weeks", value="2020-W26", quantity=True, handler=_in_units),
)
