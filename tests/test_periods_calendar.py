"""Calendar periods (timeline/periods.py): values and half-open intervals, table-driven."""

import datetime as dt

import pytest

from timeline.periods import period_interval, period_value, shift

D = dt.date
CASES = [
    # granularity, a day inside, value, [start, end), note
    ("day", D(2020, 2, 29), "2020-02-29", D(2020, 2, 29), D(2020, 3, 1), "leap day"),
    ("week", D(2021, 1, 1), "2020-W53", D(2020, 12, 28), D(2021, 1, 4), "ISO week of the previous year"),
    ("week", D(2020, 5, 28), "2020-W22", D(2020, 5, 25), D(2020, 6, 1), "two digits"),
    ("month", D(2020, 12, 31), "2020-12", D(2020, 12, 1), D(2021, 1, 1), "year boundary"),
    ("quarter", D(2020, 6, 11), "2020-Q2", D(2020, 4, 1), D(2020, 7, 1), "second quarter"),
    ("half", D(2020, 7, 1), "2020-H2", D(2020, 7, 1), D(2021, 1, 1), "second half"),
    ("season", D(2021, 1, 15), "2021-WI", D(2020, 12, 1), D(2021, 3, 1), "winter is named by its January and February"),
    ("season", D(2020, 12, 15), "2021-WI", D(2020, 12, 1), D(2021, 3, 1), "December starts next year's winter"),
    ("season", D(2020, 6, 11), "2020-SU", D(2020, 6, 1), D(2020, 9, 1), "meteorological summer"),
    ("year", D(2020, 6, 11), "2020", D(2020, 1, 1), D(2021, 1, 1), "year"),
    ("decade", D(1994, 3, 1), "199", D(1990, 1, 1), D(2000, 1, 1), "the 1990s"),
    ("century", D(1850, 1, 1), "18", D(1800, 1, 1), D(1900, 1, 1), "leading digits"),
]
assert len({(c[0], c[1]) for c in CASES}) == len(CASES), "duplicate case"


@pytest.mark.parametrize(("granularity", "day", "value", "start", "end", "note"), CASES, ids=[c[-1] for c in CASES])
def test_period_value_and_interval(granularity, day, value, start, end, note):
    assert period_value(granularity, day) == value, note
    assert period_interval(granularity, day) == (start, end), note


def test_shift_clamps_month_ends():
    assert shift("month", D(2020, 1, 31), 1) == D(2020, 2, 29)
    assert shift("year", D(2020, 2, 29), -1) == D(2019, 2, 28)
