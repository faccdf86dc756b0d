"""Durations: "two years", "two hours and 30 minutes", "for years", "the past two years", "decades-long".

Choices where the TimeML guidelines are silent (index: docs/choices.md):

- "the past two years" is ``P2Y`` with an interval ending at publication; "for a year" is
  ``P1Y`` with no interval; "two weeks after the attack" is a duration.
- "eight trading days" is ``P8D``; "over the years" is ``PXY``.
"""

from __future__ import annotations

import re
from dataclasses import replace

from dateutil.relativedelta import relativedelta

from timeline.lang.en import words as en
from timeline.lang.en.patterns import NUMBER, UNIT, alternation, named
from timeline.lang.en.words import COUNT_DIRECTION_WORDS, COUNT_QUALIFIERS, DAY_KINDS, UNIT_ABBREVIATIONS
from timeline.periods import (
    STEP,
)
from timeline.temporal import registry
from timeline.temporal.context import (
    Context,
    anaphora,
)
from timeline.temporal.families.common import _unit_of, _year_or_finer, duration_value, parse_number, relative_word
from timeline.temporal.registry import Rule
from timeline.types import Anchor, Direction, Timex

_FLAGS = re.IGNORECASE


def _count(number: str, joined: bool = False) -> float | None:
    """The count a rule's ``count`` group names: "two" -> 2, "a few" -> None. ``joined``: the
    count is joined to its unit by a hyphen ("a half-hour"): the article is then read as the
    phrase's, not the count's ("a six-week trial": 6), and "half" is the count (PT30M)."""
    words = number.split()
    if joined and len(words) == 2 and words[0].lower() in ("a", "an"):
        number = words[1]
    return parse_number(number)


def length(n: float | None, unit: str) -> Timex | None:
    """``n`` units (``None``: a count not given, "a few") as a TIMEX3 duration; ``None`` for a
    count of zero or less. The rule is "duration": a rule that reads one renames it."""
    if n is not None and n <= 0:
        return None
    return Timex(type="DURATION", value=duration_value(n, unit), granularity=en.UNITS[unit][1],
                 rule="duration", reference=None, anchor=Anchor.ABSOLUTE,
                 stated=frozenset({"quantity", "unit"} if n is not None else {"unit"}))  # fmt: skip


# One part of a compound length ("two hours" of "two hours and 30 minutes"): a repeated group
# keeps only its last part, so the parts are read one by one.
_DURATION_PART = re.compile(rf"{named('count', NUMBER)}(?P<joint>[-\s]+){named('unit', UNIT)}", _FLAGS)


def _part(m: re.Match) -> tuple[float | None, str]:
    return _count(m["count"], joined=m["joint"].startswith("-")), _unit_of(m["unit"])


_UNIT_RANK = ("Y", "M", "W", "D", "TH", "TM", "TS")  # largest first, as ISO 8601 writes them


def _compound_duration(text: str, ctx: Context) -> Timex | None:
    """ "two hours and 30 minutes" -> PT2H30M: the parts, largest unit first, each once."""
    parts = []
    for index, match in enumerate(_DURATION_PART.finditer(text)):
        n, unit = _part(match)
        letters = en.UNITS[unit][0]
        if n is None or letters not in _UNIT_RANK or not float(n).is_integer():
            # not a plain sum: the first part's length; a later part's unit, uncounted (the
            # text up to it was read as one count, which the unit words before make no number)
            return length(n if index == 0 else None, unit)
        parts.append((letters, int(n), unit))
    ranks = [_UNIT_RANK.index(letters) for letters, _, _ in parts]
    if ranks != sorted(set(ranks)):  # "two weeks and three weeks", "three months two years": no sum
        _, n, unit = parts[0]
        return length(n, unit)
    date = "".join(f"{n}{l}" for l, n, _ in parts if not l.startswith("T"))
    time = "".join(f"{n}{l[1]}" for l, n, _ in parts if l.startswith("T"))
    value = f"P{date}" + (f"T{time}" if time else "")
    smallest = parts[-1][2]
    return Timex(type="DURATION", value=value, granularity=en.UNITS[smallest][1], rule="compound_duration",
                 reference=None, anchor=Anchor.ABSOLUTE, stated=frozenset({"quantity", "unit"}))  # fmt: skip


@registry.reads_groups
def _duration(text: str, ctx: Context, m) -> Timex | None:
    n = _count(m["count"], joined=m["joint"].startswith("-"))
    if registry.group(m, "qualifier") and "-" in m["joint"]:
        n = None  # "two-more years": the text search read "two-more" as the count, no number
    if n is not None and m["half"]:  # "an hour and a half"
        n += 0.5
    return length(n, _unit_of(m["unit"]))


def read_length(text: str, ctx: Context) -> Timex | None:
    """The length ``text`` names as the duration rule reads it ("two weeks"), for a rule that
    has no match to read (one of its left context: "in" two weeks). A bare unit is so many
    units, how many unsaid: its count was taken as a modifier ("in [some] weekend")."""
    if _unit_of(text) in en.UNITS:
        return length(None, _unit_of(text))
    return registry.handler("duration")(text, ctx)


def uncounted(unit: str, rule: str) -> Timex:
    """So many units, how many unsaid: "for years" is PXY."""
    return Timex(type="DURATION", value=duration_value(None, unit), granularity=en.UNITS[unit][1],
                 rule=rule, reference=None, anchor=Anchor.ABSOLUTE, stated=frozenset({"unit"}))  # fmt: skip


@registry.reads_groups
def _vague_duration(text: str, ctx: Context, m) -> Timex:
    unit = registry.group(m, "unit")
    if m is None:  # "years" read on the finder's word, its "for" outside the span
        unit = re.split(r"[-\s]", re.sub(r"^the\s+", "", text.lower()))[0]
    return uncounted(_unit_of(unit), "vague_duration")


@registry.reads_groups
def _unit_long(text: str, ctx: Context, m) -> Timex | None:
    """ "a third day-long meeting": one day, the count left to the article or ordinal before."""
    return replace(length(1, _unit_of(m["unit"])), rule="unit_long")


# The units whose count a span measures out from the reference ("the past two years").
_SPAN_UNITS = ("day", "week", "month", "quarter", "year", "decade", "century", "weekend", "fortnight", "season")


def _step(words: str | None) -> int | None:
    """Which way a word before a count or a plural of units looks ("the past", "upcoming"): the
    relative-word table's step, else that of the words it leaves out (``COUNT_DIRECTION_WORDS``)."""
    step, _ = relative_word(words)
    if step is None and words:
        step = COUNT_DIRECTION_WORDS.get(words.lower().split()[-1])
    return step


@registry.reads_groups
def _span(text: str, ctx: Context, m) -> Timex | None:
    return span(_count(m["count"]), _unit_of(m["unit"]), _step(m["rel"]), ctx)


def span(n: float | None, unit: str, step: int | None, ctx: Context) -> Timex | None:
    """ "the past two years": ``n`` units that end at the reference (``step`` -1) or start at it
    (``step`` 1); a length with no interval for another word ("the first two years")."""
    timex = length(n, unit)
    if timex is None:
        return None
    timex = replace(timex, rule="span")
    if n is None or not float(n).is_integer() or unit not in _SPAN_UNITS:
        return timex
    granularity = en.UNITS[unit][1]
    stretch = STEP.get(granularity, relativedelta(days=1)) * int(n)
    if unit == "fortnight":
        stretch = relativedelta(weeks=2 * int(n))
    ref = ctx.reference
    if step == -1:
        return replace(timex, interval_start=ref - stretch, interval_end=ref, reference=ref, anchor=Anchor.PUBLICATION)
    if step == 1:
        if ctx.direction is Direction.PAST and ctx.previous is not None and _year_or_finer(ctx.previous.granularity):
            # "joined the institute in 1961 and spent the next four decades there": from the date told of
            start, anchor = anaphora(ctx)
            return replace(timex, interval_start=start, interval_end=start + stretch, reference=start, anchor=anchor)
        return replace(timex, interval_start=ref, interval_end=ref + stretch, reference=ref, anchor=Anchor.PUBLICATION)
    return timex


@registry.reads_groups
def _vague_plural(text: str, ctx: Context, m) -> Timex:
    unit = _unit_of(m["unit"])
    step = _step(m["rel"])  # None for "the past few", "the next few": a length, either way
    if step == 1 or (step == -1 and unit == "year"):  # "the coming years", "recent years"
        return Timex(type="DATE", value="FUTURE_REF" if step == 1 else "PAST_REF", granularity="unknown",
                     rule="vague_plural", reference=ctx.reference, anchor=Anchor.PUBLICATION)  # fmt: skip
    return uncounted(unit, "vague_plural")


@registry.reads_groups
def _duration_abbr(text: str, ctx: Context, m) -> Timex | None:
    return length(parse_number(registry.group(m, "count")), _unit_of(registry.group(m, "unit")))


@registry.reads_groups
def _units_ahead(text: str, ctx: Context, m) -> Timex | None:
    return uncounted(_unit_of(m["unit"]), "units_ahead")


# --- rules: this family's patterns, each with its handler and the example it must read -----
RULES: tuple[Rule, ...] = (
    Rule(
        "duration_abbr",
        rf"(?P<count>\d+(?:\.\d+)?)\s*{named('unit', alternation(UNIT_ABBREVIATIONS))}(?![\w])"
        r"|(?P<count_2>\d+)(?P<unit_2>days?|hours?|weeks?|months?|years?|minutes?)(?![\w])",
        "2 hrs", value="PT2H", quantity=True,
        handler=_duration_abbr,
    ),
    Rule("vague_plural", r"(?:(?:the\s+past\s+few|the\s+last\s+few|the\s+next\s+few|(?P<rel>recent|the\s+coming|coming|future|upcoming))\s+(?P<unit>days|weeks|months|quarters|years|decades))", "recent months", value="PXM", quantity=True, handler=_vague_plural),
    Rule("units_ahead", r"the\s+(?P<unit>days|weeks|months|years|decades)\s+ahead", "in the weeks ahead", value="PXW", handler=_units_ahead),
    Rule(
        "span",
        rf"(?P<rel>(?:the\s+)?(?:past|last|previous|next|coming|following|first|final|latest|preceding|recent|these|those|the\s+past))\s+{named('count', NUMBER)}\s+{named('unit', UNIT)}",
        "the past two years", value="P2Y", quantity=True,
        handler=_span,
    ),
    Rule(
        "compound_duration",
        rf"(?:{NUMBER})[-\s]+(?:{UNIT})(?:(?:\s+and\s+|\s+(?!an?\s|per\s))(?:{NUMBER})[-\s]+(?:{UNIT}))+(?![-\s]+old)",
        "two hours and 30 minutes", value="PT2H30M",
        handler=_compound_duration,
    ),
    Rule(
        "duration",
        # not "a weeks-long standoff": the article is the standoff's, the weeks are uncounted
        rf"(?!an?\s+\w+s[-\s]long\b){named('count', NUMBER)}(?P<joint>[-\s]+|-)(?:(?P<qualifier>{alternation(COUNT_QUALIFIERS)})\s+|(?P<qualifier_2>{alternation(DAY_KINDS)})\s+(?=days?\b))?{named('unit', UNIT)}(?P<half>\s+and\s+a\s+half)?(?:[-\s]+long)?(?![-\s]+old)",
        "two years", value="P2Y", quantity=True,
        handler=_duration,
    ),
    Rule("vague_duration", r"(?:(?<=\bfor\s)|(?<=\bover\s)|(?<=\bwithin\s))(?P<unit>years|months|weeks|days|decades|hours|centuries)(?!\s+(?:ago|of|later|earlier))"
         r"|(?<=\bover\s)the\s+(?P<unit_2>years)", "for years", value="PXY", quantity=True, handler=_vague_duration),  # "over the years": years, how many unsaid
    Rule("decades_long", r"(?P<unit>decades|years|months|weeks|days|hours|centuries)[-\s]long", "decades-long", value="PXDE", quantity=True, handler=_vague_duration),
    Rule("unit_long", r"(?P<unit>hour|day|week|month|year|decade)-long", "day-long", value="P1D", quantity=True, handler=_unit_long),  # one unit: "their third day-long meeting"
)
