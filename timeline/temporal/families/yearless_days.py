"""Year-less days: "June 10", "on 6/10", "the first of March", "the 15th of next month", "on the 5th"."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace

from dateutil.relativedelta import relativedelta

from timeline.lang.en import patterns as pat
from timeline.lang.en import words as en
from timeline.lang.en.patterns import DAY_NUM, MONTH, MONTH_AFTER_DAY, ORDINAL, UNIT, YEAR4
from timeline.temporal.context import (
    Context,
    pick_year_and_anchor,
    stated_direction,
)
from timeline.temporal.families.common import _MONTH_RE, _YEAR4_RE, _day_of, _month_of, _ordinal_number, _period
from timeline.temporal.families.composites import _resolve_part
from timeline.temporal.families.relative_units import _relative_unit
from timeline.temporal.registry import Rule
from timeline.types import Anchor, Direction, Timex

_FLAGS = re.IGNORECASE


def _numeric_month_day(text: str, ctx: Context) -> Timex | None:
    """ "on 6/5": June 5 (American order), its year from the tense like any year-less date."""
    month, day = (int(x) for x in text.split("/"))
    timex = _resolve_part(f"{en.MONTH_NAMES[month - 1]} {day}", ctx)
    return None if timex is None else replace(timex, rule="numeric_month_day")


def _month_day(text: str, ctx: Context) -> Timex:
    month, day = _month_of(text), _day_of(_MONTH_RE.sub(" ", text))
    year, anchor = pick_year_and_anchor(month, day, ctx, stated_direction(text, ctx))
    d = dt.date(year, month, day)
    return _period("day", d, "month_day", ctx, anchor=anchor, stated={"month", "day"}, inferred={"year"})


def _ordinal_of_month(text: str, ctx: Context) -> Timex:
    """ "the first of March": a day and month in words, read as "March 1"."""
    month = re.search(rf"\bof\s+({pat.MONTH_AFTER_DAY})", text, _FLAGS).group(1)
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


def _day_month(text: str, ctx: Context) -> Timex:
    return replace(_month_day(text, ctx), rule="day_month")


# --- rules: this family's patterns, each with its handler and the example it must read -----
RULES: tuple[Rule, ...] = (
    # A month/day without a year only after "on" or "since": elsewhere "6/5" is a fraction or a score.
    Rule("numeric_month_day", rf"(?:(?<=\bon\s)|(?<=\bsince\s))(?:0?[1-9]|1[0-2])/(?:0?[1-9]|[12]\d|3[01])(?![/\d])(?!\s+(?:of\b|{UNIT}\b))", "on 6/10", value="2020-06-10", handler=_numeric_month_day),
    Rule("month_day", rf"(?:(?:last|this|next)\s+)?(?:{MONTH})\s+{DAY_NUM}(?![\d,.]*\d)", "June 10", value="2020-06-10", handler=_month_day),
    Rule("day_month", rf"(?:the\s+)?{DAY_NUM}\s+(?:of\s+)?(?:{MONTH_AFTER_DAY})", "the 10th of June", value="2020-06-10", handler=_day_month),
    # "the first of March", "the 15th of next month", "the first of the year"
    Rule("ordinal_of_month", rf"the\s+(?:{ORDINAL}|{DAY_NUM})\s+of\s+(?:{MONTH_AFTER_DAY})(?![\w-])(?:,?\s+{YEAR4})?", "the first of March", value="2020-03-01", handler=_ordinal_of_month),
    Rule(
        "ordinal_of_relative",
        rf"the\s+(?:{ORDINAL}|{DAY_NUM})\s+of\s+(?:this|last|next|that|the\s+following|the\s+previous|the\s+same)\s+month"
        r"|the\s+(?:first|1st)\s+of\s+(?:the|this|last|next|that|the\s+following)\s+year",
        "the 15th of next month", value="2020-07-15",
        handler=_ordinal_of_relative,
    ),
    # "on the 5th": a day of the month told of, or of the publication month
    Rule("ordinal_day", r"(?<=\bon\s)the\s+(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)(?![\w-])", "on the 5th", value="2020-06-05", handler=_ordinal_day),
)
