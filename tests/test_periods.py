"""Reporting periods in business news, on sentences written for these tests."""

import datetime as dt

import pytest

from timeline import find_mentions

pytestmark = pytest.mark.slow

OCT_27_1989 = dt.date(1989, 10, 27)  # a Friday in the fourth quarter


@pytest.mark.parametrize(
    ("text", "expression", "value", "note"),
    [
        ("Sales rose in the quarter ended Sept. 30, the company said.", "the quarter", "1989-Q3",
         "the unnamed quarter is the one that closes on the stated day"),
        ("In the quarter ended July 31, the retailer lost money.", "the quarter", "1989-Q2",
         "a fiscal quarter closing July 31 lies mostly in the second calendar quarter"),
        ("Profit fell in the second quarter. Results for that quarter included a charge.", "that quarter",
         "1989-Q2", "'that quarter' is the quarter last named, not the last date"),
        ("Earnings will suffer in the last half of 1989.", "the last half of 1989", "1989-H2",
         "the last half is the second"),
        ("Costs peaked this past spring.", "this past spring", "1989-SP", "'this past' looks back"),
        ("Products introduced in April sold well.", "April", "1989-04",
         "a bare past participle reports the past"),
    ],
)
def test_reporting_periods(text, expression, value, note):
    found = {m.text: m.value for m in find_mentions(text, published=OCT_27_1989)}
    assert found.get(expression) == value, f"{note}: {found}"


JUNE_11_2020 = dt.date(2020, 6, 11)


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        ("The ruling came down on June 9, 2020 at 4:30 p.m.", "June 9, 2020 at 4:30 p.m.", "2020-06-09T16:30"),
        ("It closed on June 1, 2019. She left the day before.", "the day before", "2019-05-31"),
        ("Talks began on March 3. The talks collapsed the week after.", "the week after", "2020-W11"),
    ],
)
def test_dated_times_and_units_before_or_after(text, expression, value):
    found = {m.text: m.value for m in find_mentions(text, published=JUNE_11_2020)}
    assert found.get(expression) == value, found


def test_the_day_before_an_event_is_not_taken_alone():
    """With no date told before it, "the day before the vote" has nothing to count from."""
    found = [m.text for m in find_mentions("He spoke the day before the vote.", published=JUNE_11_2020)]
    assert "the day before" not in found
    found = [(m.text, m.value) for m in find_mentions("She left. He spoke the day before.", published=JUNE_11_2020)]
    assert found == [("the day before", "2020-06-10")]  # "the day before." alone: the day before publication


def test_the_verb_last_is_not_part_of_a_duration():
    found = [(m.text, m.value) for m in find_mentions("The trial is expected to last six weeks.", published=JUNE_11_2020)]
    assert found == [("six weeks", "P6W")]
    found = [(m.text, m.value) for m in find_mentions("Prices rose in the last six weeks.", published=JUNE_11_2020)]
    assert found == [("the last six weeks", "P6W")]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The offer expires Friday.", "2020-06-12"),  # published on a Thursday
        ("The new season begins in January.", "2021-01"),
        ("The offer expired Friday.", "2020-06-05"),
        ("The exhibition runs Saturday.", "2020-06-13"),
        ("The committee meets Monday to discuss the bill.", "2020-06-15"),
        ("The committee met Monday to discuss the bill.", "2020-06-08"),
    ],
)
def test_timetable_present_points_ahead(text, value):
    assert [m.value for m in find_mentions(text, published=JUNE_11_2020)] == [value]
