"""French goes through dateparser's search (no French rule lexicon yet): offsets stay
exact, values keep the granularity dateparser reports, and bare amounts are left out."""

import datetime as dt

import pytest

from timeline import find_mentions

PUBLISHED = dt.date(2020, 6, 11)  # a Thursday

pytestmark = pytest.mark.slow


def _values(text):
    return {(m.text, m.value) for m in find_mentions(text, published=PUBLISHED, lang="fr")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Le 10 juin 2020, IBM a annoncé sa décision.", ("Le 10 juin 2020", "2020-06-10")),
        ("Google avait renoncé en janvier.", ("en janvier", "2020-01")),
        ("IBM avait déjà annoncé lundi la suspension.", ("lundi", "2020-06-08")),
    ],
)
def test_french_dates_resolve_at_stated_granularity(text, expected):
    assert expected in _values(text)


def test_french_offsets_point_at_text_and_bare_amounts_are_skipped():
    text = "Mercredi, Amazon a interdit son logiciel pendant un an."
    mentions = find_mentions(text, published=PUBLISHED, lang="fr")
    assert all(text[m.start : m.end] == m.text for m in mentions)
    assert [m.value for m in mentions] == ["2020-06-10"]


def test_french_function_words_are_not_dates():
    text = "Microsoft refuse de vendre sa technologie à la police."
    assert find_mentions(text, published=PUBLISHED, lang="fr") == []

