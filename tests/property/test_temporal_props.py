"""Properties of the resolver and the finder, checked with Hypothesis.

- resolve never raises on any text and any reference date;
- find_mentions never raises on any text;
- both are deterministic;
- offsets always point at the expression's text;
- every interval has start < end;
- a fully stated date does not depend on the reference (or the tense);
- stated parts survive resolution;
- values are well-formed TIMEX3 values.
"""

from __future__ import annotations

import datetime as dt
import re

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from strategies import (
    any_dates,
    directions,
    french_sentences,
    news_dates,
    sentences,
    stated_dates,
    stated_months,
    temporal_phrases,
)

from timeline import find_mentions
from timeline.resolve import resolve
from timeline.types import GRANULARITIES, Anchor

# TIMEX3 values (TimeML 1.2.1 / TIDES), as this project writes them.
_DATE = (
    r"\d{4}(?:-\d\d(?:-\d\d)?)?"  # 2020, 2020-06, 2020-06-10
    r"|\d{4}-W\d\d(?:-WE|-[1-7])?"  # 2020-W22, 2020-W22-WE
    r"|\d{4}-(?:Q[1-4]|H[12]|SP|SU|FA|WI)"  # 2020-Q3, 2020-H1, 2021-SP
    r"|\d{1,3}"  # decade 199, century 19, millennium 2
    r"|PRESENT_REF|PAST_REF|FUTURE_REF"
)
_TIME = r"\d{4}-\d\d-\d\dT(?:\d\d(?::\d\d(?::\d\d)?)?(?:Z|[+-]\d\d:\d\d)?|MO|AF|EV|NI|DT)"  # a clock time may keep its zone
_DURATION = r"P(?:(?:\d+(?:\.\d+)?|X)(?:Y|M|W|D|DE|CE|ML|WE|Q))+(?:T(?:(?:\d+(?:\.\d+)?|X)[HMS])+)?|PT(?:(?:\d+(?:\.\d+)?|X)[HMS])+"
_SET = rf"{_DURATION}|XXXX-WXX-(?:[1-7](?:T(?:MO|AF|EV|NI))?|WE)|XXXX-\d\d|XXXX-(?:SP|SU|FA|WI)|XXXX-XX-XXT(?:MO|AF|EV|NI)|T(?:MO|AF|EV|NI)"
VALUE_RE = {
    "DATE": re.compile(rf"(?:{_DATE})"),
    "TIME": re.compile(rf"(?:{_TIME})"),
    "DURATION": re.compile(rf"(?:{_DURATION})"),
    "SET": re.compile(rf"(?:{_SET})"),
}

PUB = dt.date(2020, 6, 11)
FAST = settings(max_examples=300, deadline=None)
# The finder parses with spaCy: fewer examples; the model is loaded once (session fixture).
SPACY = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def well_formed(timex) -> None:
    assert timex.type in VALUE_RE, timex
    assert VALUE_RE[timex.type].fullmatch(timex.value), f"malformed {timex.type} value {timex.value!r} ({timex.rule})"
    assert timex.granularity in GRANULARITIES, timex
    if timex.interval_start is not None or timex.interval_end is not None:
        assert timex.interval_start is not None and timex.interval_end is not None, timex
        assert timex.interval_start < timex.interval_end, timex


# --- resolve ------------------------------------------------------------------------------------
@FAST
@given(text=st.text(), reference=any_dates, direction=directions)
def test_resolve_never_raises_on_any_text(text, reference, direction):
    resolve(text, reference=reference, direction=direction)


@FAST
@given(text=temporal_phrases(), reference=any_dates, direction=directions)
def test_resolve_never_raises_on_temporal_phrases_and_any_date(text, reference, direction):
    resolve(text, reference=reference, direction=direction)


@FAST
@given(text=temporal_phrases(), reference=news_dates, direction=directions)
def test_resolve_is_deterministic_and_well_formed(text, reference, direction):
    first = resolve(text, reference=reference, direction=direction)
    assert first == resolve(text, reference=reference, direction=direction)
    if first is not None:
        well_formed(first)


@FAST
@given(text=temporal_phrases(), reference=news_dates, previous_text=temporal_phrases())
def test_resolve_with_a_previous_mention_never_raises(text, reference, previous_text):
    previous = resolve(previous_text, reference=reference)
    timex = resolve(text, reference=reference, previous=previous)
    if timex is not None:
        well_formed(timex)


# The first and last year of the calendar: a period running past 9999-12-31 is clipped
# (periods.period_interval), one outside the calendar gives None; nothing raises.
calendar_edges = st.one_of(st.dates(min_value=dt.date(9999, 1, 1)), st.dates(max_value=dt.date(1, 12, 31)))


@FAST
@given(text=temporal_phrases(), reference=calendar_edges, direction=directions, previous_text=temporal_phrases())
def test_resolve_at_the_edges_of_the_calendar_is_well_formed(text, reference, direction, previous_text):
    previous = resolve(previous_text, reference=reference)
    timex = resolve(text, reference=reference, direction=direction, previous=previous)
    if timex is not None:
        well_formed(timex)


@FAST
@given(stated=stated_dates(), ref1=news_dates, ref2=news_dates, dir1=directions, dir2=directions)
def test_fully_stated_date_ignores_the_reference(stated, ref1, ref2, dir1, dir2):
    text, day = stated
    a = resolve(text, reference=ref1, direction=dir1)
    b = resolve(text, reference=ref2, direction=dir2)
    assert a is not None, text
    assert a.value == b.value == day.isoformat(), text
    assert a.anchor is Anchor.ABSOLUTE and a.interval == (day, day + dt.timedelta(days=1))
    assert {"year", "month", "day"} <= a.stated, f"stated parts lost: {a.stated}"
    assert not ({"year", "month", "day"} & a.inferred)


@FAST
@given(stated=stated_months(), ref1=news_dates, ref2=news_dates)
def test_fully_stated_month_ignores_the_reference(stated, ref1, ref2):
    text, first = stated
    a, b = resolve(text, reference=ref1), resolve(text, reference=ref2)
    assert a is not None and b is not None, text
    assert a.value == b.value == f"{first.year:04d}-{first.month:02d}", text
    assert a.granularity == "month" and {"year", "month"} <= a.stated


@FAST
@given(day=news_dates, reference=news_dates, direction=directions)
def test_year_less_date_keeps_its_stated_month_and_day(day, reference, direction):
    text = f"{day.strftime('%B')} {day.day}"
    timex = resolve(text, reference=reference, direction=direction)
    if timex is None:  # only February 29 may be impossible in the chosen year
        assert (day.month, day.day) == (2, 29)
        return
    assert timex.value[5:10] == f"{day.month:02d}-{day.day:02d}", text
    assert {"month", "day"} <= timex.stated and "year" in timex.inferred
    assert abs(int(timex.value[:4]) - reference.year) <= 1


# --- find_mentions ----------------------------------------------------------------------------------
@SPACY
@given(text=st.text(max_size=200))
def test_find_mentions_never_raises_on_any_text(nlp_en, text):
    for m in find_mentions(text, published=PUB):
        assert text[m.start : m.end] == m.text


@SPACY
@given(text=sentences(), published=news_dates)
def test_find_mentions_offsets_intervals_values(nlp_en, text, published):
    well_placed(text, find_mentions(text, published=published))


def well_placed(text, mentions) -> None:
    """Offsets point at the text, inside their sentence; values well formed; no overlap."""
    for m in mentions:
        assert text[m.start : m.end] == m.text, m
        assert m.sentence_start <= m.start < m.end <= m.sentence_end <= len(text), m
        well_formed(m.timex)
    for a, b in zip(mentions, mentions[1:]):
        assert a.end <= b.start, "mentions overlap or are out of order"


@SPACY
@given(text=sentences(), published=news_dates)
def test_find_mentions_is_deterministic(nlp_en, text, published):
    assert find_mentions(text, published=published) == find_mentions(text, published=published)


@SPACY
@given(text=french_sentences(), published=news_dates)
def test_french_mentions_offsets_intervals_values(text, published):
    mentions = find_mentions(text, published=published, lang="fr")
    well_placed(text, mentions)
    assert mentions == find_mentions(text, published=published, lang="fr")


@SPACY
@given(text=st.text(max_size=200))
def test_french_finder_never_raises_on_any_text(text):
    for m in find_mentions(text, published=PUB, lang="fr"):
        assert text[m.start : m.end] == m.text
