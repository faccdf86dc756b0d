"""Year-less days: "June 10", "on 6/10", "the first of March", "the 15th of next month", "on the 5th".

Choices where the TimeML guidelines are silent (index: docs/choices.md):

- "on the 5th" is of the month told of, else of the publication month as the tense allows; "the
  first of March", "the 15th of next month" and "the first of the year" are days.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace

from dateutil.relativedelta import relativedelta

from timeline import lexicon as lx
from timeline.temporal.context import (
    Context,
    pick_year_and_anchor,
    stated_direction,
)
from timeline.temporal.families.common import _MONTH_RE, _YEAR4_RE, _day_of, _month_of, _ordinal_number, _period
from timeline.temporal.families.composites import _resolve_part
from timeline.temporal.families.relative_units import _relative_unit
from timeline.types import Anchor, Direction, Timex

_FLAGS = re.IGNORECASE


def _numeric_month_day(text: str, ctx: Context) -> Timex | None:
    """ "on 6/5": June 5 (American order), its year from the tense like any year-less date."""
    month, day = (int(x) for x in text.split("/"))
    timex = _resolve_part(f"{lx.MONTH_NAMES[month - 1]} {day}", ctx)
    return None if timex is None else replace(timex, rule="numeric_month_day")


def _month_day(text: str, ctx: Context) -> Timex:
    month, day = _month_of(text), _day_of(_MONTH_RE.sub(" ", text))
    year, anchor = pick_year_and_anchor(month, day, ctx, stated_direction(text, ctx))
    d = dt.date(year, month, day)
    return _period("day", d, "month_day", ctx, anchor=anchor, stated={"month", "day"}, inferred={"year"})


def _ordinal_of_month(text: str, ctx: Context) -> Timex:
    """ "the first of March": a day and month in words, read as "March 1"."""
    month = re.search(rf"\bof\s+({lx.MONTH_AFTER_DAY})", text, _FLAGS).group(1)
    day, year = _ordinal_number(text), _YEAR4_RE.search(text)
    if year:
        return _period("day", dt.date(int(year.group(1)), _month_of(month), day), "ordinal_of_month", ctx,
                       anchor=Anchor.ABSOLUTE, stated={"year", "month", "day"})  # fmt: skip
    return replace(_month_day(f"{month} {day}", ctx), rule="ordinal_of_month")


def _ordinal_of_relative(text: str, ctx: Context) -> Timex | None:
    """ "the 15th of next month": that day of the month the rest names; "the first of the
    year" is January 1 of the year ahead, or of this year when told in the past."""
    day = _ordinal_number(text)
    period_text = re.search(r"\bof\s+(.+)$", text, _FLAGS).group(1)
    if period_text.lower() == "the year":
        year = ctx.reference.year + (ctx.direction is not Direction.PAST and ctx.reference > dt.date(ctx.reference.year, 1, 1))
        period = _period("year", dt.date(year, 1, 1), "ordinal_of_relative", ctx, anchor=Anchor.PUBLICATION, stated=set())
    else:
        period = _relative_unit(period_text, ctx)
    if period is None or period.interval_start is None:
        return None
    d = period.interval_start.replace(day=day)  # ValueError for "the 31st" of a 30-day month: not a date
    return _period("day", d, "ordinal_of_relative", ctx, anchor=period.anchor, stated={"day", "offset"},
                   inferred={"year", "month"})  # fmt: skip


def _ordinal_day(text: str, ctx: Context) -> Timex | None:
    """ "on the 5th": that day of the month last told of, else of the publication month, the
    nearest one the tense allows ("left on the 28th" in early March is February's)."""
    day = int(re.search(r"\d+", text).group(0))
    told = ctx.last_of(("month", "day"))
    if told is not None and told.interval_start is not None:
        options, anchor = [told.interval_start.replace(day=1)], Anchor.PREVIOUS_MENTION
    else:
        ref, anchor = ctx.reference, Anchor.PUBLICATION
        this = ref.replace(day=1)
        options = [this + relativedelta(months=k) for k in (-1, 0, 1)]
        if ctx.direction is Direction.PAST:
            options = [m for m in options if m.replace(day=min(day, 28)) <= ref]
        elif ctx.direction is Direction.FUTURE:
            options = [m for m in options if m.replace(day=min(day, 28)) >= ref]
        options.sort(key=lambda m: abs((m.replace(day=min(day, 28)) - ref).days))
    for month in options:
        try:
            d = month.replace(day=day)
        except ValueError:
            continue  # "the 31st" of a 30-day month
        return _period("day", d, "ordinal_day", ctx, anchor=anchor, stated={"day"}, inferred={"year", "month"})
    return None
