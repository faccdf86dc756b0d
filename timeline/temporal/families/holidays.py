"""Holidays: their specs in :data:`timeline.lang.en.words.HOLIDAYS` to dates, with the year the sentence points to."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace

from dateutil.easter import easter
from dateutil.relativedelta import FR, MO, SA, SU, TH, TU, WE, relativedelta

from timeline.lang.en import words as en
from timeline.lang.en.patterns import YEAR4, alternation, named
from timeline.lang.en.words import HOLIDAYS
from timeline.temporal import registry
from timeline.temporal.context import (
    Context,
    past_tolerance,
    stated_direction,
)
from timeline.temporal.families.common import _period, _weekend, relative_word
from timeline.temporal.registry import Rule
from timeline.types import Anchor, Direction, Timex

_WEEKDAY_OF = {"MO": MO, "TU": TU, "WE": WE, "TH": TH, "FR": FR, "SA": SA, "SU": SU}


def _holiday_date(name: str, year: int) -> dt.date:
    """The date of a holiday in ``year``, from its spec in :data:`timeline.lang.en.words.HOLIDAYS`."""
    kind, *spec = en.HOLIDAYS[name]
    if kind == "date":
        month, day = spec
        return dt.date(year, month, day)
    if kind == "easter":
        return easter(year) + dt.timedelta(days=spec[0])
    month, weekday, n, after = spec  # "nth_weekday": from the month's first day, or its last for n < 0
    start = dt.date(year, month, 1) if n > 0 else dt.date(year, month, 1) + relativedelta(day=31)
    return start + relativedelta(weekday=_WEEKDAY_OF[weekday](n)) + dt.timedelta(days=after)


@registry.reads_groups
def _holiday(text: str, ctx: Context, m) -> Timex:
    day = _holiday_named(m["name"], (m["rel"] or "").lower(), m["year"], text, ctx)
    span = (m["span"] or "").lower()
    if span == "week":  # "Easter week": the ISO week holding the holiday
        return replace(_period("week", day.interval_start, "holiday", ctx, anchor=day.anchor, stated=day.stated | {"week"},
                               inferred=day.inferred), reference=day.reference)  # fmt: skip
    if span == "weekend":  # "Memorial Day weekend": the weekend next to the holiday
        d = day.interval_start
        saturday = d - dt.timedelta(days=2) if d.weekday() == 0 else d + dt.timedelta(days=(5 - d.weekday()) % 7)
        return _weekend(saturday, "holiday", day.reference, day.anchor, day.stated | {"weekend"}, day.inferred)
    return day


def _holiday_named(holiday: str, relative: str, year: str | None, text: str, ctx: Context) -> Timex:
    """The day of the holiday named, after "last", "next" or "this" (or ""), in the year written or the nearest one."""
    name = re.sub(r"\s+", " ", holiday.lower())
    if year:
        d = _holiday_date(name, int(year))
        return _period("day", d, "holiday", ctx, anchor=Anchor.ABSOLUTE, stated={"year", "month", "day"})
    direction = stated_direction(text, ctx)
    ref = ctx.reference
    options = [_holiday_date(name, y) for y in (ref.year - 1, ref.year, ref.year + 1)]
    step = relative_word(relative)[0]
    if step == -1:
        d = max(o for o in options if o < ref)
    elif step == 1:
        d = min(o for o in options if o > ref)
    elif direction is Direction.PAST:
        # as for year-less dates: one a few weeks ahead, told in the past, is mostly a plan
        near = [o for o in options if ref < o <= ref + past_tolerance(ctx)]
        d = near[0] if near else max(o for o in options if o <= ref)
    elif direction is Direction.FUTURE:
        d = min(o for o in options if o >= ref)
    else:
        d = min(options, key=lambda o: abs((o - ref).days))
    return _period("day", d, "holiday", ctx, anchor=Anchor.PUBLICATION, stated={"month", "day"}, inferred={"year"})


# --- rules: this family's patterns, each with its handler and the example it must read -----
RULES: tuple[Rule, ...] = (
    Rule("holiday", rf"(?:(?P<rel>last|next|this)\s+|the\s+(?=fourth))?{named('name', alternation(HOLIDAYS))}(?:\s+{named('year', YEAR4)})?(?:\s+(?P<span>weekend|week))?", "Christmas", value="2019-12-25", handler=_holiday),
)
