"""Holidays: their specs in :data:`timeline.lang.en.words.HOLIDAYS` to dates, with the year the sentence points to."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace

from dateutil.easter import easter
from dateutil.relativedelta import FR, MO, SA, SU, TH, TU, WE, relativedelta

from timeline.lang.en import patterns as pat
from timeline.lang.en import words as en
from timeline.lang.en.patterns import YEAR4, alternation
from timeline.lang.en.words import HOLIDAYS
from timeline.temporal.context import (
    Context,
    past_tolerance,
    stated_direction,
)
from timeline.temporal.families.common import _YEAR4_RE, _period, _weekend
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


def _holiday(text: str, ctx: Context) -> Timex:
    lowered = re.sub(r"\s+", " ", text.lower())
    if lowered.endswith(" week"):  # "Easter week": the ISO week holding the holiday
        day = _holiday(text[: text.lower().rfind(" week")], ctx)
        return replace(_period("week", day.interval_start, "holiday", ctx, anchor=day.anchor, stated=day.stated | {"week"},
                               inferred=day.inferred), reference=day.reference)  # fmt: skip
    if lowered.endswith(" weekend"):  # "Memorial Day weekend": the weekend next to the holiday
        day = _holiday(text[: text.lower().rfind(" weekend")], ctx)
        d = day.interval_start
        saturday = d - dt.timedelta(days=2) if d.weekday() == 0 else d + dt.timedelta(days=(5 - d.weekday()) % 7)
        return _weekend(saturday, "holiday", day.reference, day.anchor, day.stated | {"weekend"}, day.inferred)
    lowered = re.sub(r"^the (?=fourth)", "", lowered)
    year_match = _YEAR4_RE.search(text)
    name = re.sub(rf"\s*{pat.YEAR4}$", "", lowered)
    relative = re.match(r"(last|next|this) ", name)
    if relative:
        name = name[relative.end() :]
    if year_match:
        d = _holiday_date(name, int(year_match.group(1)))
        return _period("day", d, "holiday", ctx, anchor=Anchor.ABSOLUTE, stated={"year", "month", "day"})
    direction = stated_direction(text, ctx)
    ref = ctx.reference
    options = [_holiday_date(name, y) for y in (ref.year - 1, ref.year, ref.year + 1)]
    if relative and relative.group(1) == "last":
        d = max(o for o in options if o < ref)
    elif relative and relative.group(1) == "next":
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
    Rule("holiday", rf"(?:(?:last|next|this)\s+|the\s+(?=fourth))?(?:{alternation(HOLIDAYS)})(?:\s+{YEAR4})?(?:\s+(?:weekend|week))?", "Christmas", value="2019-12-25", handler=_holiday),
)
