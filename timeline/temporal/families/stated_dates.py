"""Stated dates: ISO, numeric and dotted dates, full dates with a weekday, ranges of days ("10-12 October")."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace

from timeline import lexicon as lx
from timeline.temporal import registry
from timeline.temporal.context import (
    Context,
)
from timeline.temporal.families.common import (
    _DAY_RE,
    _MONTH_RE,
    _WEEKDAY_RE,
    _YEAR4_RE,
    RangeDay,
    _day_of,
    _month_of,
    _period,
)
from timeline.temporal.families.yearless_days import _month_day
from timeline.types import Anchor, Timex


# --- handlers: one per lexicon rule ---------------------------------------------------------
def _iso_date(text: str, ctx: Context) -> Timex:
    m = re.fullmatch(r"(\d{4})-(\d\d)-(\d\d)(?:T(\d\d):(\d\d)(?::\d\d)?)?", text)
    d = dt.date(int(m[1]), int(m[2]), int(m[3]))
    timex = _period("day", d, "iso_date", ctx, anchor=Anchor.ABSOLUTE, stated={"year", "month", "day"})
    if m[4]:
        return replace(timex, type="TIME", value=f"{d.isoformat()}T{m[4]}:{m[5]}", granularity="minute")
    return timex


def _numeric_date(text: str, ctx: Context) -> Timex:
    month, day, year = (int(x) for x in text.split("/"))
    if year < 100:  # two-digit year: the century that puts it nearest the reference
        year += 2000 if 2000 + year <= ctx.reference.year + 10 else 1900
    d = dt.date(year, month, day)
    return _period("day", d, "numeric_date", ctx, anchor=Anchor.ABSOLUTE, stated={"year", "month", "day"})


def _dotted_date(text: str, ctx: Context) -> Timex:
    day, month, year = (int(x) for x in text.split("."))
    return _numeric_date(f"{month}/{day}/{year}", ctx)


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
    def handler(text: str, ctx: Context) -> Timex:
        year = int(_YEAR4_RE.search(text).group(1))
        d = dt.date(year, _month_of(text), _day_of(_MONTH_RE.sub(" ", text)))
        return _period("day", d, rule, ctx, anchor=Anchor.ABSOLUTE, stated={"year", "month", "day"})

    return handler


def _weekday_month_day_year(text: str, ctx: Context) -> Timex:
    if _YEAR4_RE.search(text):
        return _full_date("weekday_month_day_year")(text, ctx)
    weekday = lx.WEEKDAYS[_WEEKDAY_RE.search(text).group(1).lower()]
    rest = _WEEKDAY_RE.sub(" ", text)
    month, day = _month_of(rest), _day_of(_MONTH_RE.sub(" ", rest))
    ref = ctx.reference
    for year in sorted((ref.year - 1, ref.year, ref.year + 1), key=lambda y: abs(y - ref.year)):
        try:
            d = dt.date(year, month, day)
        except ValueError:
            continue
        if d.weekday() == weekday:  # the stated weekday fixes the year
            return _period("day", d, "weekday_month_day_year", ctx, anchor=Anchor.PUBLICATION,
                           stated={"weekday", "month", "day"}, inferred={"year"})  # fmt: skip
    return replace(_month_day(rest, ctx), rule="weekday_month_day_year")
