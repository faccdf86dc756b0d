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

from timeline import lexicon as lx
from timeline.periods import (
    STEP,
)
from timeline.temporal.context import (
    Context,
    anaphora,
)
from timeline.temporal.families.common import _UNIT_RE, _unit_of, _year_or_finer, duration_value, parse_number
from timeline.types import Anchor, Direction, Timex

_FLAGS = re.IGNORECASE


_COUNT_QUALIFIER_RE = re.compile(rf"\s+(?:{lx.alternation(lx.COUNT_QUALIFIERS + lx.DAY_KINDS)})$")


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


_DURATION_PART = re.compile(rf"(?:{lx.NUMBER})[-\s]+(?:{lx.UNIT})", _FLAGS)


_UNIT_RANK = ("Y", "M", "W", "D", "TH", "TM", "TS")  # largest first, as ISO 8601 writes them


def _compound_duration(text: str, ctx: Context) -> Timex | None:
    """ "two hours and 30 minutes" -> PT2H30M: the parts, largest unit first, each once."""
    parts = []
    for match in _DURATION_PART.finditer(text):
        n, unit = _duration_parts(match.group(0))
        letters = lx.UNITS[unit][0]
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
    return Timex(type="DURATION", value=value, granularity=lx.UNITS[smallest][1], rule="compound_duration",
                 reference=None, anchor=Anchor.ABSOLUTE, stated=frozenset({"quantity", "unit"}))  # fmt: skip


def _duration(text: str, ctx: Context) -> Timex | None:
    n, unit = _duration_parts(text)
    if n is not None and n <= 0:
        return None
    return Timex(type="DURATION", value=duration_value(n, unit), granularity=lx.UNITS[unit][1],
                 rule="duration", reference=None, anchor=Anchor.ABSOLUTE,
                 stated=frozenset({"quantity", "unit"} if n is not None else {"unit"}))  # fmt: skip


def _vague_duration(text: str, ctx: Context) -> Timex:
    unit = _unit_of(re.split(r"[-\s]", re.sub(r"^the\s+", "", text.lower()))[0])
    return Timex(type="DURATION", value=duration_value(None, unit), granularity=lx.UNITS[unit][1],
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
    granularity = lx.UNITS[unit][1]
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
    return Timex(type="DURATION", value=duration_value(None, unit), granularity=lx.UNITS[unit][1],
                 rule="vague_plural", reference=None, anchor=Anchor.ABSOLUTE, stated=frozenset({"unit"}))  # fmt: skip
