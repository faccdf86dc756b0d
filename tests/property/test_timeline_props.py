"""Properties of events and the timeline, checked with Hypothesis.

- the timeline is ordered: start, then finer granularity, then position;
  undated rows last;
- one row per (article, actor, action, time);
- a CSV round trip gives the same table, whatever the text in the cells;
- no CSV cell can start a spreadsheet formula, and the escape is reversible;
- a duration span starts or ends at its anchor and has positive length;
- extract_events never raises on any text, and its offsets point into it.
"""

from __future__ import annotations

import csv
import datetime as dt
import io

import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from strategies import sentences
from timeline.events import duration_span, extract_events
from timeline.order import _granularity_rank, build_timeline, from_csv, neutralise, to_csv, unneutralise
from timeline.types import GRANULARITIES, Article, Event

cell_text = st.text(st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"),
                    max_size=30)
# Building a DataFrame takes milliseconds, unevenly: no per-example deadline.
table_settings = settings(deadline=None, max_examples=60)
days = st.dates(min_value=dt.date(1000, 1, 1), max_value=dt.date(2999, 1, 1))


@st.composite
def events(draw, article_ids=st.sampled_from(["a", "b", "c"])):
    start = draw(st.none() | days)
    end = None if start is None else start + dt.timedelta(days=draw(st.integers(1, 3000)))
    char_start = draw(st.integers(0, 10_000))
    expression_start = draw(st.integers(-1, 10_000))
    return Event(
        article_id=draw(article_ids), actor=draw(cell_text), action=draw(cell_text),
        trigger=draw(cell_text), char_start=char_start, char_end=char_start + 3,
        sentence=draw(cell_text), sentence_start=char_start, sentence_end=char_start + 9,
        anchor=draw(st.sampled_from(["stated", "inferred", "publication", "previous mention"])),
        confidence=draw(st.floats(0, 1)), rule=draw(cell_text),
        type=draw(st.sampled_from(["DATE", "TIME", "DURATION"])),
        value=draw(cell_text), granularity=draw(st.sampled_from(GRANULARITIES)),
        start=start, end=end, mod=draw(st.none() | st.sampled_from(["START", "APPROX"])),
        expression=draw(cell_text), expression_start=expression_start,
        expression_end=expression_start + 2 if expression_start >= 0 else -1,
        entities=tuple(draw(st.lists(cell_text, max_size=3))),
        event_id=draw(cell_text),
    )


@given(st.lists(events(), max_size=25))
@table_settings
def test_timeline_is_ordered(items):
    df = build_timeline(items)
    rows = df.to_dict("records")
    dated = [r for r in rows if r["start"] is not None]
    assert rows[: len(dated)] == dated, "undated rows come last"
    keys = [(r["start"], -_granularity_rank(r["granularity"])) for r in dated]
    assert keys == sorted(keys)


@given(st.lists(events(), max_size=25))
@table_settings
def test_one_row_per_actor_action_time(items):
    df = build_timeline(items)
    keys = [(r["article_id"], r["actor"].casefold(), r["action"].casefold(), r["value"],
             r["start"], r["end"]) for r in df.to_dict("records")]
    assert len(keys) == len(set(keys))


@given(st.lists(events(), max_size=15))
@table_settings
def test_csv_round_trip(items):
    df = build_timeline(items)
    pd.testing.assert_frame_equal(from_csv(to_csv(df)), df)


@given(st.lists(events(), max_size=10))
@table_settings
def test_csv_cells_never_start_a_formula(items):
    for row in csv.reader(io.StringIO(to_csv(build_timeline(items)))):
        for cell in row:
            assert not cell.startswith(("=", "+", "-", "@", "\t", "\r"))


@given(cell_text)
def test_neutralise_round_trip(cell):
    assert unneutralise(neutralise(cell)) == cell


@given(days, st.sampled_from(["P1Y", "P2Y", "P6M", "P3W", "P10D", "PT2H", "P1Y6M"]), st.booleans())
def test_duration_span_touches_its_anchor(anchor, value, backward):
    span = duration_span(value, anchor, backward)
    assert span is not None and span[0] < span[1]
    assert (span[1] if backward else span[0]) == anchor


@pytest.mark.slow
@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(sentences(), st.text(max_size=200)))
def test_extract_events_never_raises(text):
    article = Article(text=text, published=dt.date(2020, 6, 11), article_id="p")
    if not text.strip():
        assert extract_events(article) == []
        return
    for event in extract_events(article):
        assert text[event.char_start:event.char_end] == event.trigger
        assert event.sentence_start <= event.char_start < event.sentence_end
        assert event.start is None or event.start < event.end
        assert 0 <= event.confidence <= 1
