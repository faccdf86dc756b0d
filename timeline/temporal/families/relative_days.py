"""Relative days: "yesterday", "tmr", "the year before last".

Choices where the TimeML guidelines are silent (index: docs/choices.md):

- "the year before last" is the year before last year; "the Friday after next" a week after next
  Friday.
"""

from __future__ import annotations

import datetime as dt
import re

from timeline import lexicon as lx
from timeline.periods import (
    shift,
)
from timeline.temporal.context import (
    Context,
)
from timeline.temporal.families.common import _period, _weekend
from timeline.temporal.families.composites import _resolve_part
from timeline.types import Anchor, Timex

_FLAGS = re.IGNORECASE


_RELATIVE_DAYS = {"the day before yesterday": -2, "the day after tomorrow": 2, "yesterday": -1, "today": 0, "tomorrow": 1}


def _day_word(text: str) -> int | None:
    lowered = re.sub(r"\s+", " ", text.lower())
    for word, offset in _RELATIVE_DAYS.items():
        if word in lowered:
            return offset
    informal = next((w for w in lowered.split() if w in lx.INFORMAL_DAYS), None)  # "tmr night"
    return None if informal is None else lx.INFORMAL_DAYS[informal]


def _relative_day(text: str, ctx: Context) -> Timex:
    offset = lx.INFORMAL_DAYS.get(text.lower().strip())
    if offset is None:
        offset = _day_word(text)
    d = ctx.reference + dt.timedelta(days=offset)
    return _period("day", d, "relative_day", ctx, anchor=Anchor.PUBLICATION, stated={"day"}, inferred={"year", "month"})


def _before_last(text: str, ctx: Context) -> Timex | None:
    """ "the year before last": one before last year; "the Friday after next": one after next Friday."""
    m = re.match(r"the\s+(\w+)\s+(before\s+last|after\s+next)", text, _FLAGS)
    word, backwards = m.group(1).lower(), m.group(2).lower().startswith("before")
    one = _resolve_part(f"{'last' if backwards else 'next'} {word}", ctx)
    if one is None or one.interval_start is None:
        return None
    granularity = "day" if word in lx.WEEKDAYS else ("week" if word == "weekend" else one.granularity)
    d = shift("week" if word in lx.WEEKDAYS else granularity, one.interval_start, -1 if backwards else 1)
    if word == "weekend":
        return _weekend(d, "before_last", ctx.reference, Anchor.PUBLICATION, {"offset"}, {"year", "week"})
    return _period(granularity, d, "before_last", ctx, anchor=Anchor.PUBLICATION, stated={"offset"}, inferred={"year"})
