"""Months: "January 2020", "last March", "August of that year", and the weeks and days of a month.

Choices where the TimeML guidelines are silent (index: docs/choices.md):

- "The first week of May" is the ISO week holding May 4th, as ISO 8601 picks a year's first week
  (the first mostly inside it); "the last week of May" holds May 28th.
- "the last Friday of April", "the second Tuesday in November" are the calendar's nth weekday;
  "the first day of the month" is the current month's; "in August of that year" is in the year
  told of.
- A relative word means before a month what ``en.RELATIVE_WORDS`` says it means before any unit:
  "next March" counts from publication, as "next year" does; "the following March" and "the
  previous March" from the date told of.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace

from dateutil.relativedelta import relativedelta
from dateutil.relativedelta import weekday as relativedelta_weekday

from timeline.lang.en import words as en
from timeline.lang.en.patterns import DAY_NUM, MONTH, SPOKEN_YEAR, WEEKDAY, YEAR4, alternation, named
from timeline.temporal import registry
from timeline.temporal.context import (
    Context,
    anaphora,
    pick_year,
    pick_year_and_anchor,
    stated_direction,
)
from timeline.temporal.families.common import _day_number, _month_number, _period, relative_word
from timeline.temporal.families.composites import _resolve_part
from timeline.temporal.families.years import spoken_number
from timeline.temporal.registry import Rule
from timeline.types import Anchor, Direction, Timex

_FLAGS = re.IGNORECASE


@registry.reads_groups
def _month(text: str, ctx: Context, m) -> Timex:
    month = _month_number(m["month"])
    step, counts_from = relative_word(registry.group(m, "rel"))  # the relative word before the month ("last"), if any
    direction = stated_direction(text, ctx)
    ref = ctx.reference
    if counts_from is Anchor.PREVIOUS_MENTION and ctx.previous:
        base, anchor = anaphora(ctx)
        ctx = replace(ctx, reference=base)
        ref = base
    else:
        anchor = Anchor.PUBLICATION
    if step == 0 and (counts_from is Anchor.PUBLICATION or anchor is Anchor.PREVIOUS_MENTION):
        year = ref.year  # "this March"; "in 1996 ... signed that September": the year just told of
    elif step == -1:
        # "last February" said in March is a year back: the month just gone is "last month".
        year = ref.year if month < ref.month - 1 else ref.year - 1
    elif step == 1:
        year = ref.year if month > ref.month else ref.year + 1
    elif direction is Direction.PAST:
        year, anchor = pick_year_and_anchor(month, 1, ctx, Direction.PAST)
    elif direction is Direction.FUTURE:
        year = ref.year if month >= ref.month else ref.year + 1
    else:
        year, anchor = pick_year_and_anchor(month, 15, ctx, Direction.UNKNOWN)
    return _period("month", dt.date(year, month, 1), "month", ctx, anchor=anchor, stated={"month"}, inferred={"year"})


def _month_in_year(m, ctx: Context) -> tuple[int, int, bool]:
    """The month named and its year: the one written, else the sentence's; and whether the year
    was written. "last" in "the last week of May" places the week in the month; it does not
    make the month a past one."""
    month = _month_number(m["month"])
    year = int(m["year"]) if m["year"] else pick_year(month, 15, ctx, ctx.direction)
    return month, year, m["year"] is not None


@registry.reads_groups
def _week_of_month(text: str, ctx: Context, m) -> Timex:
    """ "the first week of May": the ISO week holding May 4th, as ISO 8601 picks a year's first week
    (the first one mostly in the month); "the last week" holds the month's fourth-last day."""
    month, year, year_stated = _month_in_year(m, ctx)
    nth = m["nth"].lower()
    if nth in ("last", "final"):
        d = dt.date(year, month, 1) + relativedelta(months=1) - dt.timedelta(days=4)
    else:
        d = dt.date(year, month, 4) + dt.timedelta(weeks=en.ORDINALS[nth] - 1)
    stated = {"month", "week"} | ({"year"} if year_stated else set())
    return _period("week", d, "week_of_month", ctx, anchor=Anchor.ABSOLUTE if year_stated else Anchor.PUBLICATION,
                   stated=stated, inferred=set() if year_stated else {"year"})  # fmt: skip


@registry.reads_groups
def _day_of_period(text: str, ctx: Context, m) -> Timex | None:
    """ "the first day of the month", "the last day of June 2020": the period's first or last day."""
    period = _resolve_part(m["period"], ctx)
    if period is None or period.interval_start is None or period.type != "DATE":
        return None
    first = m["edge"].lower() == "first"
    d = period.interval_start if first else period.interval_end - dt.timedelta(days=1)
    return replace(_period("day", d, "day_of_period", ctx, anchor=period.anchor, stated=period.stated | {"day"},
                           inferred=period.inferred), reference=period.reference)  # fmt: skip


@registry.reads_groups
def _weekday_of_month(text: str, ctx: Context, m) -> Timex | None:
    """ "the second Tuesday in November", "the last Friday of April"."""
    month, year, year_stated = _month_in_year(m, ctx)
    weekday = relativedelta_weekday(en.WEEKDAYS[m["weekday"].lower()])
    nth = m["nth"].lower()
    if nth in ("last", "final"):
        d = dt.date(year, month, 1) + relativedelta(months=1, days=-1, weekday=weekday(-1))
    else:
        d = dt.date(year, month, 1) + relativedelta(weekday=weekday(en.ORDINALS[nth]))
        if d.month != month:
            return None  # "the fifth Monday of February" in a year that has four
    stated = {"month", "weekday"} | ({"year"} if year_stated else set())
    return _period("day", d, "weekday_of_month", ctx, anchor=Anchor.ABSOLUTE if year_stated else Anchor.PUBLICATION,
                   stated=stated, inferred={"day"} if year_stated else {"year", "day"})  # fmt: skip


@registry.reads_groups
def _month_year(text: str, ctx: Context, m) -> Timex:
    year = int(m["year"]) if m["year"] else spoken_number(m["spoken_year"])
    d = dt.date(year, _month_number(m["month"]), 1)
    return _period("month", d, "month_year", ctx, anchor=Anchor.ABSOLUTE, stated={"year", "month"})


@registry.reads_groups
def _month_that_year(text: str, ctx: Context, m) -> Timex:
    """ "in August of that year": the month (and day) in the year of the last date told of."""
    base, anchor = anaphora(ctx)
    step, _ = relative_word(m["rel"])
    year, month = base.year + step, _month_number(m["month"])
    if m["day"]:
        return _period("day", dt.date(year, month, _day_number(m["day"])), "month_that_year", ctx,
                       anchor=anchor, stated={"month", "day"}, inferred={"year"})  # fmt: skip
    return _period("month", dt.date(year, month, 1), "month_that_year", ctx, anchor=anchor, stated={"month"}, inferred={"year"})


@registry.reads_groups
def _month_relative_year(text: str, ctx: Context, m) -> Timex:
    offset, _ = relative_word(m["rel"])
    d = dt.date(ctx.reference.year + offset, _month_number(m["month"]), 1)
    return _period("month", d, "month_relative_year", ctx, anchor=Anchor.PUBLICATION, stated={"month"}, inferred={"year"})


# --- rules: this family's patterns, each with its handler and the example it must read -----
RULES: tuple[Rule, ...] = (
    # "in August of that year", "on July 25 of the same year": the year of the story's last date
    Rule("month_that_year", rf"{named('month', MONTH)}(?:\s+{named('day', DAY_NUM)})?,?\s+of\s+(?P<rel>that|the\s+same|the\s+following|the\s+next|the\s+previous|the\s+preceding)\s+year", "August of that year", value="2020-08", handler=_month_that_year),
    Rule("month_year", rf"{named('month', MONTH)},?\s+(?:of\s+)?(?:{named('year', YEAR4)}|{named('spoken_year', SPOKEN_YEAR)})", "January 2020", value="2020-01", handler=_month_year),
    Rule("month_relative_year", rf"{named('month', MONTH)},?\s+(?:of\s+)?(?P<rel>this|last|next)\s+year", "June last year", value="2019-06", handler=_month_relative_year),
    Rule("relative_month", rf"{named('rel', alternation(en.RELATIVE_WORDS))}\s+{named('month', MONTH)}(?!\s*\d)", "last March", value="2020-03", handler=_month),
    Rule("month", named("month", MONTH), "January", value="2020-01", handler=_month),
    # "the first week of May": ISO 8601's rule for a year's first week, applied to a month
    Rule("week_of_month", rf"the\s+(?P<nth>first|second|third|fourth|last|final)\s+week\s+of\s+{named('month', MONTH)}(?:,?\s+{named('year', YEAR4)})?", "the first week of May", value="2020-W19", handler=_week_of_month),
    # "the first day of the month", "the last day of June": a period's first or last day
    Rule("day_of_period", rf"the\s+(?P<edge>first|last|final)\s+day\s+of\s+(?P<period>(?:the|this|next|last)\s+(?:month|year|quarter)|(?:{MONTH})(?:,?\s+{YEAR4})?|{YEAR4})", "the first day of the month", value="2020-06-01", handler=_day_of_period),
    # "the second Tuesday in November", "the last Friday of April": the calendar's nth weekday
    Rule("weekday_of_month", rf"the\s+(?P<nth>first|second|third|fourth|fifth|last|final)\s+{named('weekday', WEEKDAY)}\s+(?:of|in)\s+{named('month', MONTH)}(?:,?\s+{named('year', YEAR4)})?", "the last Friday of April", value="2020-04-24", handler=_weekday_of_month),
)
