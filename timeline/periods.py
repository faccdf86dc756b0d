"""Calendar periods: a granularity plus a date inside it.

    >>> import datetime as dt
    >>> period_value("week", dt.date(2020, 5, 28)), period_interval("month", dt.date(2020, 1, 11))
    ('2020-W22', (datetime.date(2020, 1, 1), datetime.date(2020, 2, 1)))

Seasons are meteorological.

Choices where the TimeML guidelines are silent (index: docs/choices.md):

- Weeks are written ``YYYY-Www`` with two digits (ISO 8601), centuries by their leading digits
  (the 19th century is ``18``).
- A winter is named by the year of its January and February, which hold most of its days (as
  ISO 8601 gives a week to the year holding most of it): winter 2021 runs from 2020-12-01 to
  2021-03-01.
"""

from __future__ import annotations

import datetime as dt
import re

from dateutil.relativedelta import relativedelta

SEASON_START = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}


def season_of(d: dt.date) -> tuple[int, str]:
    """(year, code) of the meteorological season containing d; December starts next year's winter."""
    if d.month == 12:
        return d.year + 1, "WI"
    if d.month <= 2:
        return d.year, "WI"
    return d.year, {3: "SP", 4: "SP", 5: "SP", 6: "SU", 7: "SU", 8: "SU"}.get(d.month, "FA")


def season_start(year: int, code: str) -> dt.date:
    """First day of a named season: winter 2021 starts on 2020-12-01."""
    return dt.date(year - 1, 12, 1) if code == "WI" else dt.date(year, SEASON_START[code], 1)


def period_start(granularity: str, d: dt.date) -> dt.date:
    """The first day of the period of ``granularity`` that contains ``d``."""
    if granularity in ("day", "part of day", "hour", "minute", "second"):
        return d
    if granularity == "week":
        return d - dt.timedelta(days=d.weekday())
    if granularity == "month":
        return d.replace(day=1)
    if granularity == "quarter":
        return dt.date(d.year, 3 * ((d.month - 1) // 3) + 1, 1)
    if granularity == "half":
        return dt.date(d.year, 1 if d.month <= 6 else 7, 1)
    if granularity == "season":
        return season_start(*season_of(d))
    if granularity == "year":
        return dt.date(d.year, 1, 1)
    if granularity == "decade":
        return dt.date(max(1, d.year // 10 * 10), 1, 1)
    if granularity == "century":
        return dt.date(max(1, d.year // 100 * 100), 1, 1)
    if granularity == "millennium":
        return dt.date(max(1, d.year // 1000 * 1000), 1, 1)
    raise ValueError(f"no period for granularity {granularity!r}")


STEP = {
    "day": relativedelta(days=1), "part of day": relativedelta(days=1),
    "hour": relativedelta(days=1), "minute": relativedelta(days=1),
    "second": relativedelta(days=1), "week": relativedelta(weeks=1),
    "month": relativedelta(months=1), "quarter": relativedelta(months=3),
    "half": relativedelta(months=6), "season": relativedelta(months=3),
    "year": relativedelta(years=1), "decade": relativedelta(years=10),
    "century": relativedelta(years=100), "millennium": relativedelta(years=1000),
}  # fmt: skip


def shift(granularity: str, d: dt.date, n: int) -> dt.date:
    """``d`` moved by ``n`` periods of ``granularity`` (month ends clamp, as relativedelta does)."""
    return d + STEP[granularity] * n


def period_interval(granularity: str, d: dt.date) -> tuple[dt.date, dt.date] | None:
    """Half-open [start, end) of the period containing ``d``.

    Clipped at the end of the calendar: a period that runs past 9999-12-31 ends
    on ``dt.date.max`` (a half-open span cannot end after it, so that last day
    itself is left out). A period that starts on 9999-12-31 keeps nothing: None.
    """
    start = period_start(granularity, d)
    try:
        end = start + STEP[granularity]
    except (ValueError, OverflowError):  # year 10000 is out of range
        end = dt.date.max
    return (start, end) if start < end else None


def period_value(granularity: str, d: dt.date) -> str:
    """TIMEX3 value of the period of ``granularity`` that contains ``d``."""
    if granularity in ("day", "part of day", "hour", "minute", "second"):
        return d.isoformat()
    if granularity == "week":
        year, week, _ = d.isocalendar()
        return f"{year:04d}-W{week:02d}"
    if granularity == "month":
        return f"{d.year:04d}-{d.month:02d}"
    if granularity == "quarter":
        return f"{d.year:04d}-Q{(d.month - 1) // 3 + 1}"
    if granularity == "half":
        return f"{d.year:04d}-H{1 if d.month <= 6 else 2}"
    if granularity == "season":
        year, code = season_of(d)
        return f"{year:04d}-{code}"
    if granularity == "year":
        return f"{d.year:04d}"
    if granularity == "decade":
        return f"{d.year // 10:03d}"
    if granularity == "century":
        return f"{d.year // 100:02d}"
    if granularity == "millennium":
        return f"{d.year // 1000}"
    raise ValueError(f"no value for granularity {granularity!r}")


def narrow(start: dt.date, end: dt.date, mod: str | None) -> tuple[dt.date, dt.date]:
    """"early"/"mid"/"late" keep the value but draw only the matching third of the span."""
    if mod not in ("START", "MID", "END") or (end - start).days < 3:
        return start, end
    third = (end - start) / 3
    if mod == "START":
        return start, start + third
    if mod == "MID":
        return start + third, end - third
    return end - third, end


# --- clock times and their zones ------------------------------------------------------------
# A clock time keeps its zone as ISO 8601 and TIMEX3 write it: "Z" for UTC, else the offset
# ("2020-06-11T10:00-04:00"). Its interval stays the day as written (the local day); its
# instant, in UTC, orders and places it among other zoned times (timeline/order.py, chart.py).


def zone_suffix(minutes: int) -> str:
    """The ISO 8601 zone of an offset of ``minutes`` east of UTC: 0 -> "Z", -240 -> "-04:00"."""
    if minutes == 0:
        return "Z"
    sign = "+" if minutes > 0 else "-"
    hours, rest = divmod(abs(minutes), 60)
    return f"{sign}{hours:02d}:{rest:02d}"


_CLOCK_VALUE = re.compile(r"(\d{4})-(\d\d)-(\d\d)T(\d\d)(?::(\d\d))?(?::(\d\d))?(Z|[+-]\d\d:\d\d)?")


def clock_instant(value: str) -> tuple[dt.datetime, bool] | None:
    """The moment a clock-time value names, and whether it has a zone: a zoned one in UTC
    (naive), one without as written; ``None`` for a value with no clock ("2020-06-11TMO").

    >>> clock_instant("2020-06-10T23:00-04:00"), clock_instant("2020-06-11T10:00")
    ((datetime.datetime(2020, 6, 11, 3, 0), True), (datetime.datetime(2020, 6, 11, 10, 0), False))
    """
    m = _CLOCK_VALUE.fullmatch(value or "")
    if m is None:
        return None
    year, month, day, hour, minute, second = (int(g or 0) for g in m.groups()[:6])
    try:
        moment = dt.datetime(year, month, day) + dt.timedelta(hours=hour, minutes=minute, seconds=second)  # T24: the next day
    except (ValueError, OverflowError):
        return None
    zone = m.group(7)
    if zone is None:
        return moment, False
    if zone != "Z":
        sign = 1 if zone[0] == "+" else -1
        try:
            moment -= sign * dt.timedelta(hours=int(zone[1:3]), minutes=int(zone[4:6]))
        except OverflowError:
            return None
    return moment, True


def time_on_day(start, value) -> tuple[dt.datetime, bool] | None:
    """The clock time of a timeline row placed on its day ``start``, and whether it has a zone:
    :func:`clock_instant` of ``value`` when the value's day is ``start`` (a day edited since
    no longer matches its value), else ``None``."""
    if not isinstance(start, dt.date) or not isinstance(value, str) or value[:10] != start.isoformat()[:10]:
        return None
    return clock_instant(value)
