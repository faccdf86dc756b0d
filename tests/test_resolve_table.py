"""Table-driven resolution: ``resolve(expression, reference=..., direction=..., previous=...)``.

The cases live in ``tests/cases/resolve_cases.py`` (hand-computed, one note each).
Besides type/value/granularity, each case checks the interval: given
explicitly, or derived here from the expected *value* (independently of the
resolver), so that a month spans the month and an ISO week its seven days.
"""

from __future__ import annotations

import datetime as dt
import re

import pytest
from cases.resolve_cases import CASES, IMPOSSIBLE, NO_INTERVAL, NOT_TEMPORAL, Case

from timeline.resolve import resolve
from timeline.types import Direction

_SEASONS = {"SP": (3, 6), "SU": (6, 9), "FA": (9, 12), "WI": (0, 3)}  # month 0: the December before


def interval_of_value(value: str) -> tuple[dt.date, dt.date] | None:
    """The half-open span of days a DATE/TIME value names, computed from the value alone."""

    def month_start(year: int, month: int) -> dt.date:  # month may run past 12
        return dt.date(year + (month - 1) // 12, (month - 1) % 12 + 1, 1)

    if m := re.fullmatch(r"(\d{4})-(\d\d)-(\d\d)(T.*)?", value):
        day = dt.date(int(m[1]), int(m[2]), int(m[3]))
        return day, day + dt.timedelta(days=1)
    if m := re.fullmatch(r"(\d{4})-(\d\d)", value):
        return month_start(int(m[1]), int(m[2])), month_start(int(m[1]), int(m[2]) + 1)
    if m := re.fullmatch(r"(\d{4})-W(\d\d)", value):
        monday = dt.date.fromisocalendar(int(m[1]), int(m[2]), 1)
        return monday, monday + dt.timedelta(days=7)
    if m := re.fullmatch(r"(\d{4})-Q([1-4])", value):
        first = 3 * (int(m[2]) - 1) + 1
        return month_start(int(m[1]), first), month_start(int(m[1]), first + 3)
    if m := re.fullmatch(r"(\d{4})-H([12])", value):
        first = 6 * (int(m[2]) - 1) + 1
        return month_start(int(m[1]), first), month_start(int(m[1]), first + 6)
    if m := re.fullmatch(r"(\d{4})-(SP|SU|FA|WI)", value):
        first, end = _SEASONS[m[2]]
        return month_start(int(m[1]), first), month_start(int(m[1]), end)
    if m := re.fullmatch(r"\d{4}", value):
        return dt.date(int(value), 1, 1), dt.date(int(value) + 1, 1, 1)
    if re.fullmatch(r"\d{3}", value):
        return dt.date(int(value) * 10, 1, 1), dt.date(int(value) * 10 + 10, 1, 1)
    if re.fullmatch(r"\d{2}", value):
        return dt.date(max(1, int(value) * 100), 1, 1), dt.date(int(value) * 100 + 100, 1, 1)
    return None


def test_table_is_large_and_has_no_duplicates():
    keys = [case.key for case in CASES]
    duplicates = {k for k in keys if keys.count(k) > 1}
    assert not duplicates, f"duplicate cases: {duplicates}"
    assert len(CASES) >= 220
    assert all(case.note.strip() for case in CASES), "every case needs a note"


def test_derived_intervals_are_right():
    """The helper that derives intervals from values is itself checked by hand."""
    assert interval_of_value("2020-W22") == (dt.date(2020, 5, 25), dt.date(2020, 6, 1))
    assert interval_of_value("2020-W53") == (dt.date(2020, 12, 28), dt.date(2021, 1, 4))
    assert interval_of_value("2020-12") == (dt.date(2020, 12, 1), dt.date(2021, 1, 1))
    assert interval_of_value("2019-WI") == (dt.date(2018, 12, 1), dt.date(2019, 3, 1))
    assert interval_of_value("2020-Q4") == (dt.date(2020, 10, 1), dt.date(2021, 1, 1))
    assert interval_of_value("199") == (dt.date(1990, 1, 1), dt.date(2000, 1, 1))
    assert interval_of_value("18") == (dt.date(1800, 1, 1), dt.date(1900, 1, 1))
    assert interval_of_value("P2Y") is None


@pytest.mark.parametrize("case", CASES, ids=[case.id for case in CASES])
def test_resolve(case: Case):
    timex = resolve(case.text, reference=case.reference, direction=case.direction, previous=case.previous)
    if case.value == NOT_TEMPORAL:
        assert timex is None, f"{case.note}: got {timex.type} {timex.value}"
        return
    if case.value == IMPOSSIBLE:
        # Never an invalid date. None, or not a day, or (year-less "February 29" only)
        # a real leap day of another year.
        if timex is not None and re.match(r"\d{4}-\d\d-\d\d", timex.value):
            year, month, day = (int(x) for x in timex.value[:10].split("-"))
            dt.date(year, month, day)  # raises if the value is an invalid date
            states_a_year = re.search(r"\d{4}", case.text) is not None
            assert not states_a_year and timex.value[5:10] == "02-29", f"{case.note}: got {timex.value}"
        return
    assert timex is not None, f"{case.note}: not resolved"
    got = (timex.type, timex.value)
    assert got == (case.type, case.value), f"{case.note}: got {got}"
    if case.granularity is not None:
        assert timex.granularity == case.granularity, f"{case.note}: granularity {timex.granularity}"
    if case.mod != "unchecked":
        assert timex.mod == case.mod, f"{case.note}: mod {timex.mod}"
    if case.quant is not None:
        assert timex.quant == case.quant, case.note
    if case.freq is not None:
        assert timex.freq == case.freq, case.note
    if case.stated is not None:
        assert timex.stated == case.stated, f"{case.note}: stated {set(timex.stated)}"
    if case.inferred_has is not None:
        assert case.inferred_has <= timex.inferred, f"{case.note}: inferred {set(timex.inferred)}"
    if case.anchor is not None:
        assert timex.anchor is case.anchor, f"{case.note}: anchor {timex.anchor}"
    if case.anchor is not None and case.anchor is not case.anchor.ABSOLUTE:
        expected_reference = case.previous.interval_start if case.anchor is case.anchor.PREVIOUS_MENTION else case.reference
        assert timex.reference == expected_reference, f"{case.note}: reference {timex.reference}"

    # Intervals: half-open, start < end, and the span the value names.
    interval = timex.interval
    if interval is not None:
        assert interval[0] < interval[1], case.note
    if case.interval == NO_INTERVAL:
        assert interval is None, f"{case.note}: a bare duration has no interval, got {interval}"
    elif case.interval is not None:
        assert interval == case.interval, f"{case.note}: interval {interval}"
    elif case.within is not None:
        assert interval is not None, case.note
        assert case.within[0] <= interval[0] < interval[1] <= case.within[1], f"{case.note}: interval {interval}"
    elif case.type in ("DATE", "TIME") and (derived := interval_of_value(case.value)) is not None:
        assert interval == derived, f"{case.note}: interval {interval}, value names {derived}"


@pytest.mark.parametrize(
    ("expression", "firm", "value", "note"),
    [
        ("July 18", False, "2020-07-18", "a past sentence may report a plan: five weeks ahead stays this year's"),
        ("July 18", True, "2019-07-18", "a finite past verb dated itself ('was lifted on July 18'): last year's"),
        ("June 10", True, "2020-06-10", "a day before publication is this year's either way"),
        ("Independence Day", False, "2020-07-04", "holidays follow the same tolerance"),
        ("Independence Day", True, "2019-07-04", "... and the same firm past"),
        ("the week of July 18", True, "2019-W29", "the firm past reaches a date inside 'the week of'"),
    ],
)
def test_firm_past_has_no_tolerance_for_dates_ahead(expression, firm, value, note):
    published = dt.date(2020, 6, 11)
    timex = resolve(expression, reference=published, direction=Direction.PAST, firm_past=firm)
    assert timex is not None and timex.value == value, note
