"""Stated dates: ISO, numeric and dotted dates, full dates with a weekday, ranges of days ("10-12 October").

Choices where the TimeML guidelines are silent (index: docs/choices.md):

- "Thursday, 6 May 2021" is a weekday heading a date in British order.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from timeline.lang.en import words as en
from timeline.lang.en.patterns import DAY_NUM, MONTH, MONTH_AFTER_DAY, WEEKDAY, YEAR4, named
from timeline.temporal import registry
from timeline.temporal.context import (
    Context,
    stated_direction,
)
from timeline.temporal.families.common import (
    _DAY_RE,
    _MONTH_RE,
    _YEAR4_RE,
    RangeDay,
    _day_number,
    _month_number,
    _period,
)
from timeline.temporal.families.yearless_days import month_day
from timeline.temporal.registry import Rule
from timeline.types import Anchor, Timex


# --- handlers: one per lexicon rule ---------------------------------------------------------
@registry.reads_groups
def _iso_date(text: str, ctx: Context, m) -> Timex:
    d = dt.date(int(m["year"]), int(m["month"]), int(m["day"]))
    timex = _period("day", d, "iso_date", ctx, anchor=Anchor.ABSOLUTE, stated={"year", "month", "day"})
    if m["hour"]:
        return replace(timex, type="TIME", value=f"{d.isoformat()}T{m['hour']}:{m['minute']}", granularity="minute")
    return timex


def _numeric_day(month: int, day: int, year: int, ctx: Context) -> Timex:
    if year < 100:  # two-digit year: the century that puts it nearest the reference
        year += 2000 if 2000 + year <= ctx.reference.year + 10 else 1900
    d = dt.date(year, month, day)
    return _period("day", d, "numeric_date", ctx, anchor=Anchor.ABSOLUTE, stated={"year", "month", "day"})


@registry.reads_groups
def _numeric_date(text: str, ctx: Context, m) -> Timex:
    return _numeric_day(int(m["month"]), int(m["day"]), int(m["year"]), ctx)


@registry.reads_groups
def _dotted_date(text: str, ctx: Context, m) -> Timex:
    return _numeric_day(int(m["month"]), int(m["day"]), int(m["year"]), ctx)


def range_days(span: str) -> list[RangeDay]:
    """The days that "10-12 October 2013" or "Oct. 10-12" names, in order; [] when the numbers do
    not rise ("12-10 October" is a score). The first day keeps a month written before it, the last
    the month or year written after it."""
    month = _MONTH_RE.search(span).group(0)
    year = _YEAR4_RE.search(span)
    days = [m for m in _DAY_RE.finditer(span) if not (year and m.start() >= year.start())]
    numbers = [int(m.group(1)) for m in days]
    if not days or numbers != sorted(set(numbers)):
        return []
    suffix, rule = (f" {year.group(1)}", "day_month_year") if year else ("", "day_month")
    month_first = _MONTH_RE.match(span) is not None
    return [
        RangeDay(0 if month_first and i == 0 else m.start(), len(span) if i == len(days) - 1 else m.end(),
                 f"{m.group(0)} {month}{suffix}", rule)
        for i, m in enumerate(days)
    ]  # fmt: skip


def _day_range(text: str, ctx: Context) -> Timex | None:
    """ "10-12 October" on its own reads as its first day (the finder splits it into every day)."""
    days = range_days(text)
    return replace(registry.handler(days[0].rule)(days[0].reading, ctx), rule="day_range") if days else None


def _full_date(rule: str):
    @registry.reads_groups
    def handler(text: str, ctx: Context, m) -> Timex:
        d = dt.date(int(m["year"]), _month_number(m["month"]), _day_number(m["day"]))
        return _period("day", d, rule, ctx, anchor=Anchor.ABSOLUTE, stated={"year", "month", "day"})

    return handler


@registry.reads_groups
def _weekday_month_day_year(text: str, ctx: Context, m) -> Timex:
    month, day = _month_number(registry.group(m, "month")), _day_number(registry.group(m, "day"))
    year = registry.group(m, "year")
    if year:
        d = dt.date(int(year), month, day)
        return _period("day", d, "weekday_month_day_year", ctx, anchor=Anchor.ABSOLUTE, stated={"year", "month", "day"})
    weekday = en.WEEKDAYS[registry.group(m, "weekday").lower()]
    ref = ctx.reference
    for year in sorted((ref.year - 1, ref.year, ref.year + 1), key=lambda y: abs(y - ref.year)):
        try:
            d = dt.date(year, month, day)
        except ValueError:
            continue
        if d.weekday() == weekday:  # the stated weekday fixes the year
            return _period("day", d, "weekday_month_day_year", ctx, anchor=Anchor.PUBLICATION,
                           stated={"weekday", "month", "day"}, inferred={"year"})  # fmt: skip
    return replace(month_day(month, day, stated_direction(text, ctx), ctx), rule="weekday_month_day_year")


# --- rules: this family's patterns, each with its handler and the example it must read -----
RULES: tuple[Rule, ...] = (
    Rule(
        "iso_date",
        rf"{named('year', YEAR4)}-(?P<month>0[1-9]|1[0-2])-(?P<day>[0-2]\d|3[01])(?:T(?P<hour>\d\d):(?P<minute>\d\d)(?::\d\d)?)?",
        "2020-06-10", value="2020-06-10",
        handler=_iso_date,
    ),
    Rule("numeric_date", r"(?P<month>0?[1-9]|1[0-2])/(?P<day>0?[1-9]|[12]\d|3[01])/(?P<year>\d{4}|\d\d)", "6/10/2020", value="2020-06-10", handler=_numeric_date),
    Rule(
        "weekday_month_day_year",
        rf"{named('weekday', WEEKDAY)},?\s+{named('month', MONTH)}\s+{named('day', DAY_NUM)}(?:,?\s+{named('year', YEAR4)})?"
        rf"|{named('weekday_2', WEEKDAY)},?\s+(?:the\s+)?{named('day_2', DAY_NUM)}\s+(?:of\s+)?{named('month_2', MONTH_AFTER_DAY)}"
        rf"(?:,?\s+{named('year_2', YEAR4)})?",  # "Thursday 6 May"
        "Wednesday, June 10, 2020", value="2020-06-10",
        handler=_weekday_month_day_year,
    ),
    # Ranges of days: each end is a date of its own ("10-12 October" -> the 10th and the 12th).
    Rule(
        "day_range",
        rf"{DAY_NUM}\s*[-\u2013]\s*{DAY_NUM}\s+(?:of\s+)?(?:{MONTH_AFTER_DAY})(?:,?\s+{YEAR4})?"
        rf"|(?:{MONTH})\s+{DAY_NUM}\s*[-\u2013]\s*{DAY_NUM}(?:\s*,\s*{DAY_NUM}\s*[-\u2013]\s*{DAY_NUM})*(?:,?\s+{YEAR4})?(?![\d:])"
        rf"|{DAY_NUM}\s+(?:and|&)\s+{DAY_NUM}\s+(?:of\s+)?(?:{MONTH_AFTER_DAY})(?:,?\s+{YEAR4})?"
        rf"|(?:{MONTH})\s+{DAY_NUM}\s+(?:and|&)\s+{DAY_NUM}(?!\s*(?:%|percent|per\b|times|points?\b|cents?\b|[.,]\d))(?:,?\s+{YEAR4})?(?![\d:])",
        "10-12 October 2013", value=("2013-10-10", "2013-10-12"),
        splits=True,
        handler=_day_range,
    ),
    Rule("month_day_year", rf"{named('month', MONTH)}\s+{named('day', DAY_NUM)},?\s+(?:of\s+)?{named('year', YEAR4)}", "June 10, 2020", value="2020-06-10", handler=_full_date("month_day_year")),
    Rule(
        "day_month_year",
        rf"(?:the\s+)?{named('day', DAY_NUM)}\s+(?:of\s+)?{named('month', MONTH_AFTER_DAY)},?\s+{named('year', YEAR4)}",
        "10 June 2020", value="2020-06-10",
        handler=_full_date("day_month_year"),
    ),
    # day.month.year, as written outside North America: "27.03.15", "27.03.2015"
    Rule("dotted_date", r"(?<![\d.])(?P<day>[12]\d|3[01]|0?[1-9])\.(?P<month>0?[1-9]|1[0-2])\.(?P<year>\d{4}|\d\d)(?![\d.]|\.\d)", "27.03.2015", value="2015-03-27", handler=_dotted_date),
)
