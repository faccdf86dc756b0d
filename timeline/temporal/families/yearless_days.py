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

from timeline.lang.en import words as en
from timeline.lang.en.patterns import DAY_NUM, MONTH, MONTH_AFTER_DAY, ORDINAL, UNIT, YEAR4, named
from timeline.temporal import registry
from timeline.temporal.context import (
    Context,
    pick_year_and_anchor,
    stated_direction,
)
from timeline.temporal.families.common import _day_number, _month_number, _period
from timeline.temporal.families.composites import _resolve_part
from timeline.temporal.families.relative_units import relative_unit
from timeline.temporal.registry import Rule
from timeline.types import Anchor, Direction, Timex

_FLAGS = re.IGNORECASE


def _numeric_month_day(text: str, ctx: Context) -> Timex | None:
    """ "on 6/5": June 5 (American order), its year from the tense like any year-less date."""
    month, day = (int(x) for x in text.split("/"))
    timex = _resolve_part(f"{en.MONTH_NAMES[month - 1]} {day}", ctx)
    return None if timex is None else replace(timex, rule="numeric_month_day")


@registry.reads_groups
def _month_day(text: str, ctx: Context, m) -> Timex:
    return month_day(_month_number(m["month"]), _day_number(m["day"]), stated_direction(text, ctx), ctx)


def month_day(month: int, day: int, direction: Direction, ctx: Context) -> Timex:
    """A day of a month, in the year the direction (the words', else the tense's) points to."""
    year, anchor = pick_year_and_anchor(month, day, ctx, direction)
    d = dt.date(year, month, day)
    return _period("day", d, "month_day", ctx, anchor=anchor, stated={"month", "day"}, inferred={"year"})


def _day_in_words(m) -> int:
    """The day "the first" or "the 15th" names (a group of the rule's match)."""
    ordinal = registry.group(m, "ordinal")
    return en.ORDINALS[ordinal.lower()] if ordinal else _day_number(m["day"])


@registry.reads_groups
def _ordinal_of_month(text: str, ctx: Context, m) -> Timex:
    """ "the first of March": a day and month in words, read as "March 1"."""
    month, day = _month_number(m["month"]), _day_in_words(m)
    if m["year"]:
        return _period("day", dt.date(int(m["year"]), month, day), "ordinal_of_month", ctx,
                       anchor=Anchor.ABSOLUTE, stated={"year", "month", "day"})  # fmt: skip
    return replace(month_day(month, day, ctx.direction, ctx), rule="ordinal_of_month")


@registry.reads_groups
def _ordinal_of_relative(text: str, ctx: Context, m) -> Timex | None:
    """ "the 15th of next month": that day of the month the rest names; "the first of the
    year" is January 1 of the year ahead, or of this year when told in the past."""
    day = _day_in_words(m)
    period_text = registry.group(m, "period")
    if period_text.lower() == "the year":
        year = ctx.reference.year + (ctx.direction is not Direction.PAST and ctx.reference > dt.date(ctx.reference.year, 1, 1))
        period = _period("year", dt.date(year, 1, 1), "ordinal_of_relative", ctx, anchor=Anchor.PUBLICATION, stated=set())
    else:
        period = relative_unit(*period_text.lower().rsplit(" ", 1), ctx)
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


@registry.reads_groups
def _day_month(text: str, ctx: Context, m) -> Timex:
    return replace(_month_day(text, ctx, m), rule="day_month")


# --- rules: this family's patterns, each with its handler and the example it must read -----
RULES: tuple[Rule, ...] = (
    # A month/day without a year only after "on" or "since": elsewhere "6/5" is a fraction or a score.
    Rule("numeric_month_day", rf"(?:(?<=\bon\s)|(?<=\bsince\s))(?:0?[1-9]|1[0-2])/(?:0?[1-9]|[12]\d|3[01])(?![/\d])(?!\s+(?:of\b|{UNIT}\b))", "on 6/10", value="2020-06-10", handler=_numeric_month_day),
    Rule("month_day", rf"(?:(?:last|this|next)\s+)?{named('month', MONTH)}\s+{named('day', DAY_NUM)}(?![\d,.]*\d)", "June 10", value="2020-06-10", handler=_month_day),
    Rule("day_month", rf"(?:the\s+)?{named('day', DAY_NUM)}\s+(?:of\s+)?{named('month', MONTH_AFTER_DAY)}", "the 10th of June", value="2020-06-10", handler=_day_month),
    # "the first of March", "the 15th of next month", "the first of the year"
    Rule("ordinal_of_month", rf"the\s+(?:{named('ordinal', ORDINAL)}|{named('day', DAY_NUM)})\s+of\s+{named('month', MONTH_AFTER_DAY)}(?![\w-])(?:,?\s+{named('year', YEAR4)})?", "the first of March", value="2020-03-01", handler=_ordinal_of_month),
    Rule(
        "ordinal_of_relative",
        rf"the\s+(?:{named('ordinal', ORDINAL)}|{named('day', DAY_NUM)})\s+of\s+(?P<period>(?:this|last|next|that|the\s+following|the\s+previous|the\s+same)\s+month)"
        r"|the\s+(?P<ordinal_2>first|1st)\s+of\s+(?P<period_2>(?:the|this|last|next|that|the\s+following)\s+year)",
        "the 15th of next month", value="2020-07-15",
        handler=_ordinal_of_relative,
    ),
    # "on the 5th": a day of the month told of, or of the publication month
    Rule("ordinal_day", r"(?<=\bon\s)the\s+(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)(?![\w-])", "on the 5th", value="2020-06-05", handler=_ordinal_day),
)
