"""timeline.chart: a pure DataFrame -> Plotly figure (no Streamlit)."""

from __future__ import annotations

import datetime as dt

import pandas as pd
import plotly.graph_objects as go
from hypothesis import given
from hypothesis import strategies as st

from timeline.chart import assign_lanes, build_figure, escape, prepare, wrap_escaped

PUBLISHED_2020_06_11 = dt.date(2020, 6, 11)


def event(event_id, start, end, granularity="day", actor="Microsoft", **extra):
    row = dict(
        event_id=event_id, article_id="seed", start=start, end=end, granularity=granularity,
        value=str(start)[:10] if start is not None else "FUTURE_REF", type="DATE", anchor="stated",
        expression=f"expr {event_id}", actor=actor, action="said", sentence=f"Sentence {event_id}.",
        confidence=0.9, rule="test",
    )  # fmt: skip
    row.update(extra)
    return row


def frame(*rows):
    return pd.DataFrame(list(rows))


DAY = event("e1", dt.date(2020, 6, 10), dt.date(2020, 6, 11))
MONTH = event("e2", dt.date(2020, 1, 1), dt.date(2020, 2, 1), granularity="month", actor="Brad Smith")
UNDATED = event("e3", None, None, granularity="unknown")


def traces(fig, kind):
    return [t for t in fig.data if isinstance(t, kind)]


def test_day_is_a_marker_and_month_a_bar_spanning_its_interval():
    fig = build_figure(frame(DAY, MONTH), published=PUBLISHED_2020_06_11)
    (scatter,) = traces(fig, go.Scatter)
    (bar,) = traces(fig, go.Bar)
    assert list(scatter.x) == ["2020-06-10T00:00:00"]
    assert bar.orientation == "h"
    assert list(bar.base) == ["2020-01-01T00:00:00"]
    assert list(bar.x) == [31 * 24 * 3600 * 1000]  # January: 31 days, in ms on a date axis


def test_a_long_interval_is_a_bar_whatever_its_granularity():
    past_two_years = event("p", dt.date(2018, 6, 11), dt.date(2020, 6, 11), granularity="day", value="P2Y")
    fig = build_figure(frame(past_two_years))
    assert [type(t) for t in fig.data] == [go.Bar]


def test_publication_date_is_a_dashed_line_with_a_label():
    fig = build_figure(frame(DAY), published=PUBLISHED_2020_06_11)
    (line,) = fig.layout.shapes
    assert line.line.dash == "dash" and line.x0 == line.x1 == "2020-06-11"
    assert any("2020-06-11" in a.text for a in fig.layout.annotations)


def test_several_publication_dates_give_several_lines():
    fig = build_figure(frame(DAY), published=[dt.date(2020, 6, 11), dt.date(2020, 6, 12)])
    assert len(fig.layout.shapes) == 2


def test_undated_events_are_not_drawn():
    fig = build_figure(frame(DAY, UNDATED), published=PUBLISHED_2020_06_11)
    drawn = [d[-1] for t in fig.data for d in t.customdata]
    assert drawn == ["e1"]


def test_empty_table_gives_an_empty_figure_with_the_publication_line():
    fig = build_figure(pd.DataFrame(), published=PUBLISHED_2020_06_11)
    assert not fig.data and len(fig.layout.shapes) == 1


def test_hover_text_is_escaped():
    evil = event("e9", dt.date(2020, 6, 1), dt.date(2020, 6, 2), actor="<img src=x onerror=alert(1)>",
                 sentence="<script>alert(1)</script> & more", expression="<b>June</b>")  # fmt: skip
    fig = build_figure(frame(evil), published=PUBLISHED_2020_06_11)
    (data,) = fig.data[0].customdata
    joined = " ".join(data)
    assert "<script>" not in joined and "<img" not in joined and "<b>June" not in joined
    assert "&lt;script&gt;" in joined and "&amp; more" in joined and "&lt;b&gt;June" in joined
    assert data[-1] == "e9"  # event_id last: maps a click back to the row


def test_color_by_actor_or_article_groups_the_legend():
    rows = frame(DAY, MONTH, event("e4", dt.date(2020, 6, 8), dt.date(2020, 6, 9), article_id="other"))
    by_actor = {t.name for t in build_figure(rows, color_by="actor").data}
    by_article = {t.name for t in build_figure(rows, color_by="article").data}
    assert by_actor == {"Microsoft", "Brad Smith"}
    assert by_article == {"seed", "other"}


def test_overlapping_events_get_separate_lanes():
    same_day = [event(f"s{i}", dt.date(2020, 6, 10), dt.date(2020, 6, 11)) for i in range(3)]
    far = event("f", dt.date(2019, 1, 1), dt.date(2019, 1, 2))
    rows = prepare(frame(*same_day, far))
    lanes = dict(zip(rows["event_id"], rows["lane"]))
    assert sorted(lanes[f"s{i}"] for i in range(3)) == [0, 1, 2]
    assert lanes["f"] == 0


def test_selected_event_is_outlined():
    fig = build_figure(frame(DAY, MONTH), selected="e1")
    (scatter,) = traces(fig, go.Scatter)
    assert list(scatter.marker.line.width) == [3]
    (bar,) = traces(fig, go.Bar)
    assert list(bar.marker.line.width) == [0]


def test_range_slider_is_on():
    fig = build_figure(frame(DAY))
    assert fig.layout.xaxis.rangeslider.visible is True


def test_string_and_timestamp_dates_are_accepted():
    rows = frame(event("a", "2020-06-10", "2020-06-11"), event("b", pd.Timestamp("2020-03-01"), pd.NaT))
    assert set(prepare(rows)["event_id"]) == {"a", "b"}


def test_wrap_escaped_shortens_and_wraps():
    text = wrap_escaped("word " * 200, width=20, limit=100)
    assert text.count("<br>") >= 4 and text.endswith("…") and escape(None) == ""


@given(st.lists(st.tuples(st.integers(0, 1000), st.integers(1, 200)), max_size=40))
def test_no_two_items_on_a_lane_overlap(raw):
    intervals = sorted((s, s + length) for s, length in raw)
    lanes = assign_lanes(intervals)
    for lane in set(lanes):
        on_lane = [iv for iv, ln in zip(intervals, lanes) if ln == lane]
        for (_, end), (start, _) in zip(on_lane, on_lane[1:]):
            assert start >= end


def test_the_core_and_the_chart_do_not_import_streamlit():
    import subprocess
    import sys

    code = (
        "import sys, timeline, timeline.chart, timeline.ingest, timeline.order, timeline.events;"
        "print('streamlit' in sys.modules)"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "False"
