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

from timeline.lang.en import patterns as pat
from timeline.lang.en import words as en
from timeline.lang.en.patterns import NUMBER, UNIT, alternation
from timeline.lang.en.words import COUNT_QUALIFIERS, DAY_KINDS, UNIT_ABBREVIATIONS
from timeline.periods import (
    STEP,
)
from timeline.temporal.context import (
    Context,
    anaphora,
)
from timeline.temporal.families.common import _UNIT_RE, _unit_of, _year_or_finer, duration_value, parse_number
from timeline.temporal.registry import Rule
from timeline.types import Anchor, Direction, Timex

_FLAGS = re.IGNORECASE


_COUNT_QUALIFIER_RE = re.compile(rf"\s+(?:{pat.alternation(en.COUNT_QUALIFIERS + en.DAY_KINDS)})$")


def _duration_parts(text: str) -> tuple[float | None, str]:
    lowered = re.sub(r"\s+", " ", text.lower()).replace("-long", "").replace(" long", "")
    lowered = re.sub(r"^an? (?=\S+-)", "", lowered)  # "a six-week trial": the article is no count
    if lowered.endswith(" and a half"):  # "an hour and a half"
        n, unit = _duration_parts(lowered[: -len(" and a half")])
        return (None if n is None else n + 0.5), unit
    unit_match = list(_UNIT_RE.finditer(lowered))[-1]
    unit = _unit_of(unit_match.group(1))
    quantity = _COUNT_QUALIFIER_RE.sub("", lowered[: unit_match.start()].strip(" -"))
    quantity = re.sub(r"^(the |these |those )?(past|last|previous|next|coming|following|first|final|latest|preceding|recent)\s+", "", quantity)
    quantity = re.sub(r"^(the|these|those)\s+", "", quantity)
    if quantity in ("half an", "half a"):
        return 0.5, unit
    return (parse_number(quantity) if quantity else None), unit


_DURATION_PART = re.compile(rf"(?:{pat.NUMBER})[-\s]+(?:{pat.UNIT})", _FLAGS)


_UNIT_RANK = ("Y", "M", "W", "D", "TH", "TM", "TS")  # largest first, as ISO 8601 writes them


def _compound_duration(text: str, ctx: Context) -> Timex | None:
    """ "two hours and 30 minutes" -> PT2H30M: the parts, largest unit first, each once."""
    parts = []
    for match in _DURATION_PART.finditer(text):
        n, unit = _duration_parts(match.group(0))
        letters = en.UNITS[unit][0]
        if n is None or letters not in _UNIT_RANK or not float(n).is_integer():
            return _duration(text[: match.end()], ctx)  # not a plain sum: keep the first part
        parts.append((letters, int(n), unit))
    ranks = [_UNIT_RANK.index(letters) for letters, _, _ in parts]
    if ranks != sorted(set(ranks)):  # "two weeks and three weeks", "three months two years": no sum
        return _duration(_DURATION_PART.search(text).group(0), ctx)
    date = "".join(f"{n}{l}" for l, n, _ in parts if not l.startswith("T"))
    time = "".join(f"{n}{l[1]}" for l, n, _ in parts if l.startswith("T"))
    value = f"P{date}" + (f"T{time}" if time else "")
    smallest = parts[-1][2]
    return Timex(type="DURATION", value=value, granularity=en.UNITS[smallest][1], rule="compound_duration",
                 reference=None, anchor=Anchor.ABSOLUTE, stated=frozenset({"quantity", "unit"}))  # fmt: skip


def _duration(text: str, ctx: Context) -> Timex | None:
    n, unit = _duration_parts(text)
    if n is not None and n <= 0:
        return None
    return Timex(type="DURATION", value=duration_value(n, unit), granularity=en.UNITS[unit][1],
                 rule="duration", reference=None, anchor=Anchor.ABSOLUTE,
                 stated=frozenset({"quantity", "unit"} if n is not None else {"unit"}))  # fmt: skip


def _vague_duration(text: str, ctx: Context) -> Timex:
    unit = _unit_of(re.split(r"[-\s]", re.sub(r"^the\s+", "", text.lower()))[0])
    return Timex(type="DURATION", value=duration_value(None, unit), granularity=en.UNITS[unit][1],
                 rule="vague_duration", reference=None, anchor=Anchor.ABSOLUTE, stated=frozenset({"unit"}))  # fmt: skip


def _unit_long(text: str, ctx: Context) -> Timex | None:
    """ "a third day-long meeting": one day, the count left to the article or ordinal before."""
    timex = _duration("a " + text.lower().replace("-long", ""), ctx)
    return None if timex is None else replace(timex, rule="unit_long")


def _span(text: str, ctx: Context) -> Timex | None:
    """ "the past two years": a duration that ends (or starts) at the reference."""
    timex = _duration(text, ctx)
    if timex is None:
        return None
    lowered = text.lower()
    n, unit = _duration_parts(text)
    timex = replace(timex, rule="span")
    if n is None or not float(n).is_integer() or unit not in ("day", "week", "month", "quarter", "year", "decade", "century", "weekend", "fortnight", "season"):
        return timex
    granularity = en.UNITS[unit][1]
    length = STEP.get(granularity, relativedelta(days=1)) * int(n)
    if unit == "fortnight":
        length = relativedelta(weeks=2 * int(n))
    ref = ctx.reference
    if re.search(r"\b(past|last|previous|preceding|recent|latest)\b", lowered):
        return replace(timex, interval_start=ref - length, interval_end=ref, reference=ref, anchor=Anchor.PUBLICATION)
    if re.search(r"\b(next|coming|following)\b", lowered):
        if ctx.direction is Direction.PAST and ctx.previous is not None and _year_or_finer(ctx.previous.granularity):
            # "joined the institute in 1961 and spent the next four decades there": from the date told of
            start, anchor = anaphora(ctx)
            return replace(timex, interval_start=start, interval_end=start + length, reference=start, anchor=anchor)
        return replace(timex, interval_start=ref, interval_end=ref + length, reference=ref, anchor=Anchor.PUBLICATION)
    return timex


def _interval_relation(text: str, ctx: Context) -> Timex | None:
    core = re.sub(r"\s+(after|before|prior\s+to)$", "", text, flags=_FLAGS)
    timex = _duration(core, ctx)
    return replace(timex, rule="interval_relation") if timex else None


def _vague_plural(text: str, ctx: Context) -> Timex:
    lowered = text.lower()
    unit = _unit_of(lowered.split()[-1])
    if re.search(r"\b(coming|future|upcoming)\b", lowered) or (unit == "year" and "recent" in lowered):
        value = "FUTURE_REF" if "recent" not in lowered else "PAST_REF"
        return Timex(type="DATE", value=value, granularity="unknown", rule="vague_plural", reference=ctx.reference,
                     anchor=Anchor.PUBLICATION)  # fmt: skip
    return Timex(type="DURATION", value=duration_value(None, unit), granularity=en.UNITS[unit][1],
                 rule="vague_plural", reference=None, anchor=Anchor.ABSOLUTE, stated=frozenset({"unit"}))  # fmt: skip


def _duration_abbr(text: str, ctx: Context) -> Timex | None:
    return _duration(re.sub(r"(\d)([a-z])", r"\1 \2", text.lower()), ctx)  # "2hrs": the count apart from its unit


def _units_ahead(text: str, ctx: Context) -> Timex | None:
    return replace(_vague_duration(text.split()[1], ctx), rule="units_ahead")


# --- rules: this family's patterns, each with its handler and the example it must read -----
RULES: tuple[Rule, ...] = (
    Rule(
        "duration_abbr",
        rf"\d+(?:\.\d+)?\s*(?:{alternation(UNIT_ABBREVIATIONS)})(?![\w])|\d+(?:days?|hours?|weeks?|months?|years?|minutes?)(?![\w])",
        "2 hrs", value="PT2H", quantity=True,
        handler=_duration_abbr,
    ),
    # "two weeks after the attack": a length of time between two events, not a date.
    # "after" is a signal, outside the expression (TimeML).
    Rule("interval_relation", rf"(?:{NUMBER})[-\s]+(?:{UNIT})(?=\s+(?:after|before|prior\s+to)(?!\s+(?:that|this|then)))", "a month after", value="P1M", quantity=True, handler=_interval_relation),
    Rule("vague_plural", r"(?:(?:recent|the\s+past\s+few|the\s+last\s+few|the\s+next\s+few|the\s+coming|coming|future|upcoming)\s+(?:days|weeks|months|quarters|years|decades))", "recent months", value="PXM", quantity=True, handler=_vague_plural),
    Rule("units_ahead", r"the\s+(?:days|weeks|months|years|decades)\s+ahead", "in the weeks ahead", value="PXW", handler=_units_ahead),
    Rule(
        "span",
        rf"(?:the\s+)?(?:past|last|previous|next|coming|following|first|final|latest|preceding|recent|these|those|the\s+past)\s+(?:{NUMBER})\s+(?:{UNIT})",
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
        rf"(?!an?\s+\w+s[-\s]long\b)(?:{NUMBER})(?:[-\s]+|-)(?:(?:{alternation(COUNT_QUALIFIERS)})\s+|(?:{alternation(DAY_KINDS)})\s+(?=days?\b))?(?:{UNIT})(?:\s+and\s+a\s+half)?(?:[-\s]+long)?(?![-\s]+old)",
        "two years", value="P2Y", quantity=True,
        handler=_duration,
    ),
    Rule("vague_duration", r"(?:(?<=\bfor\s)|(?<=\bover\s)|(?<=\bwithin\s))(?:years|months|weeks|days|decades|hours|centuries)(?!\s+(?:ago|of|later|earlier))"
         r"|(?<=\bover\s)the\s+years", "for years", value="PXY", quantity=True, handler=_vague_duration),  # "over the years": years, how many unsaid
    Rule("decades_long", r"(?:decades|years|months|weeks|days|hours|centuries)[-\s]long", "decades-long", value="PXDE", quantity=True, handler=_vague_duration),
    Rule("unit_long", r"(?:hour|day|week|month|year|decade)-long", "day-long", value="P1D", quantity=True, handler=_unit_long),  # one unit: "their third day-long meeting"
)
