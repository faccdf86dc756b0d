"""A rate ("four flights a week") is no length of time; "for a year" still is."""

import datetime as dt

import pytest

from timeline import find_mentions

pytestmark = pytest.mark.slow
PUB = dt.date(2020, 6, 11)


@pytest.mark.parametrize(
    "text",
    ["The airline runs four flights a week.", "The job pays $30,000 a year.", "Stores are open 24 hours a day."],
)
def test_rates_are_not_durations(text):
    rate = text.split()[-2] + " " + text.split()[-1].rstrip(".")  # "a week"
    assert rate not in [m.text for m in find_mentions(text, published=PUB)]


@pytest.mark.parametrize(
    ("text", "value"),
    [("The ban will last a year.", "P1Y"), ("He was jailed for a week.", "P1W")],
)
def test_lengths_of_time_stay(text, value):
    assert value in [m.value for m in find_mentions(text, published=PUB)]
