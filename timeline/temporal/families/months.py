"""Months: "January 2020", "last March", "August of that year", and the weeks and days of a month."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace

from dateutil.relativedelta import relativedelta
from dateutil.relativedelta import weekday as relativedelta_weekday

from timeline.lang.en import patterns as pat
from timeline.lang.en import words as en
from timeline.lang.en.patterns import DAY_NUM, MONTH, RELATIVE_WORD, SPOKEN_YEAR, WEEKDAY, YEAR4
from timeline.temporal.context import (
    Context,
    anaphora,
    pick_year,
    pick_year_and_anchor,
    stated_direction,
)
from timeline.temporal.families.common import _MONTH_RE, _WEEKDAY_NUMBERS, _WEEKDAY_RE, _YEAR4_RE, _month_of, _period
from timeline.temporal.families.composites import _resolve_part
from timeline.temporal.families.years import spoken_number
from timeline.temporal.registry import Rule
from timeline.types import Anchor, Direction, Timex

_FLAGS = re.IGNORECASE


def _month_year(text: str, ctx: Context) -> Timex:
    d = dt.date(int(_YEAR4_RE.search(text).group(1)), _month_of(text), 1)
    return _period("month", d, "month_year", ctx, anchor=Anchor.ABSOLUTE, stated={"year", "month"})


def _month(text: str, ctx: Context) -> Timex:
    month = _month_of(text)
    direction = stated_direction(text, ctx)
    ref = ctx.reference
    if re.match(r"(the )?(following|next|previous|preceding|same)\b|that\b", text, _FLAGS) and ctx.previous:
        base, anchor = anaphora(ctx)
        ctx = replace(ctx, reference=base)
        ref = base
    else:
        anchor = Anchor.PUBLICATION
    lowered = text.lower()
    if re.match(r"(this|the current|current)\b", lowered) or (anchor is Anchor.PREVIOUS_MENTION and re.match(r"(that|the same)\b", lowered)):
        year = ref.year  # "in 1996 ... signed that September": the year just told of
    elif re.match(r"(last|the last|past|the past|previous|the previous|the preceding)\b", lowered):
        # "last February" said in March is a year back: the month just gone is "last month".
        year = ref.year if month < ref.month - 1 else ref.year - 1
    elif re.match(r"(next|the next|coming|the coming|the following|following)\b", lowered):
        year = ref.year if month > ref.month else ref.year + 1
    elif direction is Direction.PAST:
        year, anchor = pick_year_and_anchor(month, 1, ctx, Direction.PAST)
    elif direction is Direction.FUTURE:
        year = ref.year if month >= ref.month else ref.year + 1
    else:
        year, anchor = pick_year_and_anchor(month, 15, ctx, Direction.UNKNOWN)
    return _period("month", dt.date(year, month, 1), "month", ctx, anchor=anchor, stated={"month"}, inferred={"year"})


def _month_in_year(text: str, ctx: Context) -> tuple[int, int, re.Match | None]:
    """The month named and its year: the one written, else the sentence's. "last" in "the last
    week of May" places the week in the month; it does not make the month a past one."""
    month = _month_of(text)
    year_match = _YEAR4_RE.search(text)
    year = int(year_match.group(1)) if year_match else pick_year(month, 15, ctx, ctx.direction)
    return month, year, year_match


def _week_of_month(text: str, ctx: Context) -> Timex:
    """ "the first week of May": the ISO week holding May 4th, as ISO 8601 picks a year's first week
    (the first one mostly in the month); "the last week" holds the month's fourth-last day."""
    lowered = text.lower()
    month, year, year_match = _month_in_year(text, ctx)
    if re.search(r"\b(last|final)\b", lowered):
        d = dt.date(year, month, 1) + relativedelta(months=1) - dt.timedelta(days=4)
    else:
        n = en.ORDINALS[re.search(r"the\s+(\w+)", lowered).group(1)]
        d = dt.date(year, month, 4) + dt.timedelta(weeks=n - 1)
    stated = {"month", "week"} | ({"year"} if year_match else set())
    return _period("week", d, "week_of_month", ctx, anchor=Anchor.ABSOLUTE if year_match else Anchor.PUBLICATION,
                   stated=stated, inferred=set() if year_match else {"year"})  # fmt: skip


def _day_of_period(text: str, ctx: Context) -> Timex | None:
    """ "the first day of the month", "the last day of June 2020": the period's first or last day."""
    m = re.match(r"the\s+(first|last|final)\s+day\s+of\s+(.+)$", text, _FLAGS)
    period = _resolve_part(m.group(2), ctx)
    if period is None or period.interval_start is None or period.type != "DATE":
        return None
    first = m.group(1).lower() == "first"
    d = period.interval_start if first else period.interval_end - dt.timedelta(days=1)
    return replace(_period("day", d, "day_of_period", ctx, anchor=period.anchor, stated=period.stated | {"day"},
                           inferred=period.inferred), reference=period.reference)  # fmt: skip


def _weekday_of_month(text: str, ctx: Context) -> Timex | None:
    """ "the second Tuesday in November", "the last Friday of April"."""
    lowered = text.lower()
    month, year, year_match = _month_in_year(text, ctx)
    weekday = relativedelta_weekday(_WEEKDAY_NUMBERS[_WEEKDAY_RE.search(text).group(1).lower()])
    if re.search(r"\b(last|final)\b", lowered):
        d = dt.date(year, month, 1) + relativedelta(months=1, days=-1, weekday=weekday(-1))
    else:
        n = en.ORDINALS[re.search(r"the\s+(\w+)", lowered).group(1)]
        d = dt.date(year, month, 1) + relativedelta(weekday=weekday(n))
        if d.month != month:
            return None  # "the fifth Monday of February" in a year that has four
    stated = {"month", "weekday"} | ({"year"} if year_match else set())
    return _period("day", d, "weekday_of_month", ctx, anchor=Anchor.ABSOLUTE if year_match else Anchor.PUBLICATION,
                   stated=stated, inferred={"day"} if year_match else {"year", "day"})  # fmt: skip


def _month_year_any(text: str, ctx: Context) -> Timex:
    if _YEAR4_RE.search(text):
        return _month_year(text, ctx)
    month = _month_of(text)
    year = spoken_number(_MONTH_RE.sub(" ", text).replace(",", " ").replace(" of ", " "))
    return _period("month", dt.date(year, month, 1), "month_year", ctx, anchor=Anchor.ABSOLUTE, stated={"year", "month"})


def _month_that_year(text: str, ctx: Context) -> Timex:
    """ "in August of that year": the month (and day) in the year of the last date told of."""
    base, anchor = anaphora(ctx)
    step = 1 if re.search(r"\b(following|next)\b", text, _FLAGS) else -1 if re.search(r"\b(previous|preceding)\b", text, _FLAGS) else 0
    year, month = base.year + step, _month_of(text)
    day = re.search(rf"\b{pat.DAY_NUM}", _MONTH_RE.sub(" ", text, count=1))
    if day:
        return _period("day", dt.date(year, month, int(re.sub(r"\D", "", day.group(0)))), "month_that_year", ctx,
                       anchor=anchor, stated={"month", "day"}, inferred={"year"})  # fmt: skip
    return _period("month", dt.date(year, month, 1), "month_that_year", ctx, anchor=anchor, stated={"month"}, inferred={"year"})


def _month_relative_year(text: str, ctx: Context) -> Timex:
    offset = {"this": 0, "last": -1, "next": 1}[re.search(r"(this|last|next)\s+year", text, _FLAGS).group(1).lower()]
    d = dt.date(ctx.reference.year + offset, _month_of(text), 1)
    return _period("month", d, "month_relative_year", ctx, anchor=Anchor.PUBLICATION, stated={"month"}, inferred={"year"})


# --- rules: this family's patterns, each with its handler and the example it must read -----
RULES: tuple[Rule, ...] = (
    # "in August of that year", "on July 25 of the same year": the year of the story's last date
    Rule("month_that_year", rf"(?:{MONTH})(?:\s+{DAY_NUM})?,?\s+of\s+(?:that|the\s+same|the\s+following|the\s+next|the\s+previous|the\s+preceding)\s+year", "August of that year", value="2020-08", handler=_month_that_year),
    Rule("month_year", rf"(?:{MONTH}),?\s+(?:of\s+)?(?:{YEAR4}|{SPOKEN_YEAR})", "January 2020", value="2020-01", handler=_month_year_any),
    Rule("month_relative_year", rf"(?:{MONTH}),?\s+(?:of\s+)?(?:this|last|next)\s+year", "June last year", value="2019-06", handler=_month_relative_year),
    Rule("relative_month", rf"(?:{RELATIVE_WORD})\s+(?:{MONTH})(?!\s*\d)", "last March", value="2020-03", handler=_month),
    Rule("month", rf"(?:{MONTH})", "January", value="2020-01", handler=_month),
    # "the first week of May": ISO 8601's rule for a year's first week, applied to a month
    Rule("week_of_month", rf"the\s+(?:first|second|third|fourth|last|final)\s+week\s+of\s+(?:{MONTH})(?:,?\s+{YEAR4})?", "the first week of May", value="2020-W19", handler=_week_of_month),
    # "the first day of the month", "the last day of June": a period's first or last day
    Rule("day_of_period", rf"the\s+(?:first|last|final)\s+day\s+of\s+(?:(?:the|this|next|last)\s+(?:month|year|quarter)|(?:{MONTH})(?:,?\s+{YEAR4})?|{YEAR4})", "the first day of the month", value="2020-06-01", handler=_day_of_period),
    # "the second Tuesday in November", "the last Friday of April": the calendar's nth weekday
    Rule("weekday_of_month", rf"the\s+(?:first|second|third|fourth|fifth|last|final)\s+(?:{WEEKDAY})\s+(?:of|in)\s+(?:{MONTH})(?:,?\s+{YEAR4})?", "the last Friday of April", value="2020-04-24", handler=_weekday_of_month),
)
