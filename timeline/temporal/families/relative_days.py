"""Relative days: "yesterday", "tmr", "the year before last".

Choices where the TimeML guidelines are silent (index: docs/choices.md):

- "the year before last" is the year before last year; "the Friday after next" a week after next
  Friday.
"""

from __future__ import annotations

import datetime as dt
import re

from timeline.lang.en import words as en
from timeline.lang.en.patterns import WEEKDAY, alternation, named
from timeline.lang.en.words import INFORMAL_DAYS
from timeline.periods import (
    shift,
)
from timeline.temporal import registry
from timeline.temporal.context import (
    Context,
)
from timeline.temporal.families.common import _period, _weekend
from timeline.temporal.families.composites import _resolve_part
from timeline.temporal.registry import Rule
from timeline.types import Anchor, Timex

_FLAGS = re.IGNORECASE


_RELATIVE_DAYS = {"the day before yesterday": -2, "the day after tomorrow": 2, "yesterday": -1, "today": 0, "tomorrow": 1}


def _day_word(text: str) -> int | None:
    lowered = re.sub(r"\s+", " ", text.lower())
    for word, offset in _RELATIVE_DAYS.items():
        if word in lowered:
            return offset
    informal = next((w for w in lowered.split() if w in en.INFORMAL_DAYS), None)  # "tmr night"
    return None if informal is None else en.INFORMAL_DAYS[informal]


@registry.reads_groups
def _relative_day(text: str, ctx: Context, m) -> Timex:
    informal, word = registry.group(m, "informal"), registry.group(m, "word")
    offset = en.INFORMAL_DAYS[informal.lower()] if informal else _RELATIVE_DAYS[re.sub(r"\s+", " ", word.lower())]
    d = ctx.reference + dt.timedelta(days=offset)
    return _period("day", d, "relative_day", ctx, anchor=Anchor.PUBLICATION, stated={"day"}, inferred={"year", "month"})


@registry.reads_groups
def _before_last(text: str, ctx: Context, m) -> Timex | None:
    """ "the year before last": one before last year; "the Friday after next": one after next Friday."""
    word, backwards = m["unit"].lower(), m["way"].lower().startswith("before")
    one = _resolve_part(f"{'last' if backwards else 'next'} {word}", ctx)
    if one is None or one.interval_start is None:
        return None
    granularity = "day" if word in en.WEEKDAYS else ("week" if word == "weekend" else one.granularity)
    d = shift("week" if word in en.WEEKDAYS else granularity, one.interval_start, -1 if backwards else 1)
    if word == "weekend":
        return _weekend(d, "before_last", ctx.reference, Anchor.PUBLICATION, {"offset"}, {"year", "week"})
    return _period(granularity, d, "before_last", ctx, anchor=Anchor.PUBLICATION, stated={"offset"}, inferred={"year"})


# --- rules: this family's patterns, each with its handler and the example it must read -----
RULES: tuple[Rule, ...] = (
    Rule("relative_day_informal", named("informal", alternation(INFORMAL_DAYS)), "tmr", value="2020-06-12", handler=_relative_day),
    Rule(
        "relative_day",
        r"(?P<word>the\s+day\s+(?:before|after)\s+(?:yesterday|tomorrow)|today|yesterday|tomorrow)",
        "yesterday", value="2020-06-10",
        handler=_relative_day,
    ),
    # "the year before last", "the week after next", "the Friday after next"
    Rule("before_last", rf"the\s+(?P<unit>day|week|weekend|month|year|{WEEKDAY})\s+(?P<way>before\s+last|after\s+next)", "the year before last", value="2018", handler=_before_last),
)
