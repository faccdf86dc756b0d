"""timeline.chart: a pure DataFrame -> Plotly figure (no Streamlit)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import numpy as np
import pandas as pd
import plotly.graph_objects as go
from hypothesis import given
from hypothesis import strategies as st

import textwrap

from timeline import chart
from timeline.chart import (
    LABEL_NAME, OTHER, PUBLICATION_LINE, UNDATED_BAND, Rows, assign_lanes, build_figure, build_overview, escape,
    headline, overview_bin, prepare, wrap_escaped,
)

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


def publication_lines(fig):
    return [s for s in fig.layout.shapes if s.name == PUBLICATION_LINE]


def labels(fig):
    return [a for a in fig.layout.annotations if a.name == LABEL_NAME]


def drawn_ids(fig, xaxis=None):
    """event_ids of the drawn items (customdata's last item), on one x axis or all."""
    return [d[-1] for t in fig.data if xaxis in (None, t.xaxis or "x") for d in t.customdata if d[-1]]


def visible_days(fig):
    lo, hi = (pd.Timestamp(v) for v in fig.layout.xaxis.range)
    return lo, hi


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
    (line,) = publication_lines(fig)
    assert line.line.dash == "dash" and line.x0 == line.x1 == "2020-06-11"
    assert any("2020-06-11" in a.text for a in fig.layout.annotations)


def test_several_publication_dates_give_several_lines():
    fig = build_figure(frame(DAY), published=[dt.date(2020, 6, 11), dt.date(2020, 6, 12)])
    assert len(publication_lines(fig)) == 2


def test_undated_events_are_drawn_in_their_band_and_not_as_dated():
    fig = build_figure(frame(DAY, UNDATED), published=PUBLISHED_2020_06_11)
    assert drawn_ids(fig, "x") == ["e1"]
    assert drawn_ids(fig, "x2") == ["e3"]
    assert fig.layout.xaxis2.domain[0] > fig.layout.xaxis.domain[1]  # a band right of the dates
    assert any(a.text == UNDATED_BAND for a in fig.layout.annotations)
    (undated,) = [t for t in fig.data if t.xaxis == "x2"]
    row = prepare(frame(DAY, UNDATED)).set_index("event_id").loc["e3"]
    assert list(undated.y) == [row["y"]]  # in its actor's lane
    assert not row["dated"]


def test_without_undated_events_there_is_no_band():
    fig = build_figure(frame(DAY, MONTH))
    assert "xaxis2" not in fig.layout.to_plotly_json() and fig.layout.xaxis.domain == (0, 1)


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


def test_overlapping_events_get_separate_rows_of_their_lane():
    same_day = [event(f"s{i}", dt.date(2020, 6, 10), dt.date(2020, 6, 11)) for i in range(3)]
    far = event("f", dt.date(2019, 1, 1), dt.date(2019, 1, 2))
    rows = prepare(frame(*same_day, far))
    row = dict(zip(rows["event_id"], rows["row"]))
    assert sorted(row[f"s{i}"] for i in range(3)) == [0, 1, 2]
    assert row["f"] == 0
    assert set(rows["lane"]) == {"Microsoft"}


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


# --- reading at a glance ------------------------------------------------------------


def test_each_event_is_labelled_with_a_short_escaped_headline():
    evil = event("e9", dt.date(2020, 6, 1), dt.date(2020, 6, 2), action="<b>bolded</b> & <script>x</script> " * 5)
    fig = build_figure(frame(DAY, MONTH, evil), published=PUBLISHED_2020_06_11)
    texts = [a.text for a in labels(fig)]
    assert len(texts) == 3 and "said" in texts[0] + texts[1]
    (bad,) = [t for t in texts if "bolded" in t]
    assert "<b>" not in bad and "<script" not in bad and "&lt;b&gt;" in bad and "&amp;" in bad
    assert len(bad) < 80 and bad.endswith("…")


def test_headline_names_the_actor_and_shortens_the_action():
    assert headline("IBM", "announced to suspend the sale of similar software", limit=30) == (
        "IBM: announced to suspend…"
    )
    assert headline("", "", fallback="Wednesday") == "Wednesday"
    assert headline(None, "<i>x</i>") == "&lt;i&gt;x&lt;/i&gt;"


def test_lanes_are_named_by_actor_on_the_y_axis():
    fig = build_figure(frame(DAY, MONTH, event("e4", dt.date(2020, 6, 9), dt.date(2020, 6, 10))))
    ticks = dict(zip(fig.layout.yaxis.ticktext, fig.layout.yaxis.tickvals))
    assert set(ticks) == {"Microsoft", "Brad Smith"}
    (brad,) = [t for t in fig.data if t.name == "Brad Smith"]
    assert list(brad.y) == [ticks["Brad Smith"]]


def test_beyond_max_lanes_actors_share_an_other_lane_and_their_labels_name_them():
    rows = frame(*[event(f"a{i}", dt.date(2020, 6, 1 + i), dt.date(2020, 6, 2 + i), actor=f"Actor {i}")
                   for i in range(6)])  # fmt: skip
    fig = build_figure(rows, max_lanes=3)
    assert list(fig.layout.yaxis.ticktext)[-1] == OTHER and len(fig.layout.yaxis.ticktext) == 4
    assert any(a.text.startswith("Actor 5: ") for a in labels(fig))


def test_default_view_covers_the_events_points_and_not_a_long_bar():
    days = [event(f"d{i}", dt.date(2020, 6, 1 + 2 * i), dt.date(2020, 6, 2 + 2 * i)) for i in range(5)]
    past_two_years = event("p", dt.date(2018, 6, 11), dt.date(2020, 6, 11), value="P2Y")
    fig = build_figure(frame(*days, past_two_years), published=PUBLISHED_2020_06_11)
    lo, hi = visible_days(fig)
    assert lo <= pd.Timestamp("2020-06-01") and hi >= pd.Timestamp("2020-06-11")
    shown = min(hi, pd.Timestamp("2020-06-11")) - max(lo, pd.Timestamp("2018-06-11"))
    assert shown / (pd.Timestamp("2020-06-11") - pd.Timestamp("2018-06-11")) < 0.1
    (bar,) = traces(fig, go.Bar)
    assert list(bar.base) == ["2018-06-11T00:00:00"]  # still drawn in full, off the view
    assert any("earlier" in (a.text or "") or "beyond" in (a.text or "") for a in fig.layout.annotations) is False


def test_an_outlying_date_does_not_stretch_the_view_and_is_announced():
    cluster = [event(f"d{i}", dt.date(2020, 6, 1 + i), dt.date(2020, 6, 2 + i)) for i in range(8)]
    outlier = event("old", dt.date(2011, 3, 1), dt.date(2011, 3, 2))
    fig = build_figure(frame(*cluster, outlier), published=PUBLISHED_2020_06_11)
    lo, _ = visible_days(fig)
    assert lo > pd.Timestamp("2020-05-01")
    assert any("1 earlier" in (a.text or "") for a in fig.layout.annotations)
    old_lane = build_figure(frame(*cluster, {**outlier, "actor": "Nokia"}), published=PUBLISHED_2020_06_11)
    (hint,) = [a for a in old_lane.layout.annotations if a.name == "hint"]
    assert hint.text == "◀ 1 earlier, 2011-03"  # the lane says where its events went
    assert "old" in drawn_ids(fig)  # drawn, reachable by zooming out


def test_the_publication_date_is_in_the_default_view():
    fig = build_figure(frame(MONTH), published=PUBLISHED_2020_06_11)
    lo, hi = visible_days(fig)
    assert lo <= pd.Timestamp("2020-01-01") and hi > pd.Timestamp("2020-06-11")


def test_same_day_events_are_staggered_and_the_most_important_labelled():
    same_day = [event(f"s{i}", dt.date(2020, 6, 10), dt.date(2020, 6, 11), confidence=0.1 * i) for i in range(9)]
    merged = event("m", dt.date(2020, 6, 10), dt.date(2020, 6, 11), confidence=0.2, n_sources=3)
    rows = prepare(frame(*same_day, merged))
    labelled = rows[rows["label"] != ""]
    assert 2 <= len(labelled) < len(rows)  # the lane has fewer rows than events
    assert labelled["y"].is_unique  # one label per row: none on top of another
    assert "m" in set(labelled["event_id"]) and "s8" in set(labelled["event_id"])
    assert "s0" not in set(labelled["event_id"])
    assert rows.set_index("event_id").loc["m", "label"].endswith("×3")
    fig = build_figure(frame(*same_day, merged))
    assert sorted(drawn_ids(fig)) == sorted(rows["event_id"])  # the unlabelled keep their hover


def test_the_selected_event_is_labelled_even_beyond_the_quota():
    rows = frame(*[event(f"s{i}", dt.date(2020, 6, 1 + i), dt.date(2020, 6, 2 + i)) for i in range(5)])
    chosen = prepare(rows, max_labels=1, selected="s3")
    assert set(chosen.loc[chosen["label"] != "", "event_id"]) >= {"s3"}


def test_a_date_conflict_is_drawn_as_uncertain_and_said_in_the_hover():
    conflict = dict(n_sources=2, sources=["a1", "a2"], date_conflict="2020-06-10 (a1) vs 2020-06-09 (a2)")
    point = event("c", dt.date(2020, 6, 10), dt.date(2020, 6, 11), **conflict)
    bar = event("cb", dt.date(2020, 1, 1), dt.date(2020, 2, 1), actor="Brad Smith", **conflict)
    sure = event("s", dt.date(2020, 6, 9), dt.date(2020, 6, 10), n_sources=1, sources=["a1"], date_conflict="")
    fig = build_figure(frame(point, bar, sure))
    (scatter,) = traces(fig, go.Scatter)
    symbols = dict(zip([d[-1] for d in scatter.customdata], scatter.marker.symbol))
    assert symbols == {"c": "diamond-open", "s": "diamond"}
    hover = {d[-1]: " ".join(d) for t in fig.data for d in t.customdata}
    assert "dates disagree" in hover["c"] and "2020-06-09 (a2)" in hover["c"] and "×2 sources: a1, a2" in hover["c"]
    assert "dates disagree" not in hover["s"]
    (hatched,) = traces(fig, go.Bar)
    assert list(hatched.marker.pattern.shape) == ["/"]
    sizes = dict(zip([d[-1] for d in scatter.customdata], scatter.marker.size))
    assert sizes["c"] > sizes["s"]  # more sources, bigger marker


def test_merge_columns_are_optional():
    rows = prepare(frame(DAY, MONTH))
    assert list(rows["n_sources"]) == [1, 1] and not rows["conflict"].any()


def synthetic(n, *, actors=40, days=700, undated_share=0.05, seed=1):
    rng = np.random.default_rng(seed)
    start = pd.Timestamp("2019-01-01") + pd.to_timedelta(rng.integers(0, days, n), unit="D")
    length = np.where(rng.random(n) < 0.3, rng.choice([7, 31, 365], n), 1)
    undated = rng.random(n) < undated_share
    return pd.DataFrame(dict(
        event_id=[f"e{i}" for i in range(n)],
        article_id=[f"a{i % 300}" for i in range(n)],
        start=[None if u else s.date() for s, u in zip(start, undated)],
        end=[None if u else (s + pd.Timedelta(days=int(d))).date() for s, d, u in zip(start, length, undated)],
        actor=[f"Actor {k}" for k in rng.zipf(1.5, n) % actors],
        action="said something", expression="x", value="v", sentence="A sentence.",
        confidence=rng.random(n), n_sources=rng.integers(1, 4, n),
    ))  # fmt: skip


def test_thousands_of_events_build_with_a_bounded_number_of_traces_and_labels():
    df = synthetic(6000)
    fig = build_figure(df, max_lanes=10, max_labels=40)
    colours = 11  # ten lanes and "other"
    assert len(fig.data) <= 3 * colours  # bars, markers, undated markers per colour
    assert len(labels(fig)) <= 40 and len(fig.layout.yaxis.ticktext) == 11
    assert any(isinstance(t, go.Scattergl) for t in fig.data)
    assert sorted(drawn_ids(fig)) == sorted(df["event_id"])  # every event drawn once


def test_overview_bin_follows_the_date_range():
    day = pd.Timestamp("2020-01-01")
    assert overview_bin(day, day + pd.Timedelta(days=30)) == "day"
    assert overview_bin(day, day + pd.Timedelta(days=365)) == "week"
    assert overview_bin(day, day + pd.Timedelta(days=3 * 365)) == "month"


def test_overview_counts_every_dated_event_once_in_its_bin():
    df = synthetic(3000)
    fig = build_overview(df, top=5)
    dated = int(df["start"].notna().sum())
    assert sum(sum(t.y) for t in fig.data) == dated
    assert {t.name for t in fig.data} >= {OTHER} and len(fig.data) == 6
    assert fig.layout.barmode == "stack"
    weekly = build_overview(df, bin="week")
    assert sum(sum(t.y) for t in weekly.data) == dated
    assert all(pd.Timestamp(x).day_of_week == 0 for t in weekly.data for x in t.x)  # weeks start on Monday


def test_overview_of_one_article_uses_days():
    monday = event("e4", dt.date(2020, 6, 8), dt.date(2020, 6, 9))
    fig = build_overview(frame(DAY, monday, UNDATED), published=PUBLISHED_2020_06_11)
    assert sum(sum(t.y) for t in fig.data) == 2
    assert "per day" in fig.layout.title.text and "1 undated" in fig.layout.title.text


@given(st.lists(st.tuples(st.integers(0, 1000), st.integers(1, 200)), max_size=40))
def test_rows_never_hold_overlapping_items(raw):
    rows = Rows(limit=4)
    placed = [(s, s + length, rows.place(s, s + length)) for s, length in raw]
    for row in range(4):
        on_row = sorted((s, e) for s, e, r in placed if r == row)
        for (_, end), (start, _) in zip(on_row, on_row[1:]):
            assert start >= end


@given(st.lists(st.text("ab", min_size=1, max_size=5), max_size=30), st.integers(5, 30))
def test_wrap_matches_textwrap_for_words_that_fit(words, width):
    text = " ".join(words)
    assert chart._wrap(text, width) == (textwrap.wrap(text, width) or [""])


def test_agreeing_sources_are_not_drawn_as_a_conflict():
    from timeline.ingest import read_article
    from timeline.order import extract_timeline

    df = extract_timeline([read_article(Path(__file__).parent.parent / "seeds" / "microsoft-facial-recognition-police.txt")])
    assert all(c == () for c in df["date_conflict"])
    assert not any(chart.prepare(df)["conflict"])


def test_close_publication_dates_share_one_label_and_far_ones_keep_their_own():
    days = [dt.date(2020, 6, 9), dt.date(2020, 6, 10), dt.date(2020, 6, 12), dt.date(2020, 8, 1)]
    four_months = (pd.Timestamp("2020-05-01"), pd.Timestamp("2020-09-01"))
    assert chart.publication_labels(days, four_months, 1000) == [
        (dt.date(2020, 6, 9), "published 2020-06-09 – 06-12"),
        (dt.date(2020, 8, 1), "published 2020-08-01"),
    ]
    five_days = (pd.Timestamp("2020-06-08"), pd.Timestamp("2020-06-13"))  # 200 px a day
    assert len(chart.publication_labels(days[:3], five_days, 1000)) == 3, "zoomed in, each has room"
    assert chart.publication_labels([dt.date(2019, 12, 31), dt.date(2020, 1, 1)], four_months, 1000) == [
        (dt.date(2019, 12, 31), "published 2019-12-31 – 2020-01-01")
    ]


def test_figure_labels_close_publication_dates_once():
    df = pd.DataFrame([dict(event_id="e1", start=dt.date(2020, 6, 1), end=dt.date(2020, 6, 2), actor="IBM",
                            action="said", value="2020-06-01", expression="June 1", sentence="s")])  # fmt: skip
    figure = chart.build_figure(df, published=[dt.date(2020, 6, 10), dt.date(2020, 6, 11)])
    labels = [a.text for a in figure.layout.annotations if str(a.text).startswith("published")]
    assert labels == ["published 2020-06-10 – 06-11"]


def test_a_click_or_a_drag_on_the_overview_gives_the_chart_its_range():
    assert chart.overview_view(None) is None and chart.overview_view({"points": [], "box": []}) is None
    week = {"points": [{"x": "2020-06-08", "customdata": ["week"]}]}
    assert chart.overview_view(week) == (dt.date(2020, 6, 8), dt.date(2020, 6, 15))
    months = {"points": [{"x": "2020-02-01", "customdata": ["month"]}, {"x": "2020-01-01", "customdata": ["month"]}]}
    assert chart.overview_view(months) == (dt.date(2020, 1, 1), dt.date(2020, 3, 1)), "both bins, whole months"
    drag = {"box": [{"x": ["2020-07-01", "2020-06-08 12:00"]}]}
    assert chart.overview_view(drag) == (dt.date(2020, 6, 8), dt.date(2020, 7, 1))


def test_overview_bars_carry_their_bin_for_the_zoom():
    df = pd.DataFrame([dict(event_id=f"e{i}", start=dt.date(2020, 6, 1) + dt.timedelta(days=i), actor="IBM")
                       for i in range(20)])  # fmt: skip
    figure = chart.build_overview(df, bin="week")
    assert all(set(trace.customdata) == {"week"} for trace in figure.data)
    assert figure.layout.dragmode == "select"


def test_events_beyond_the_drawable_years_stay_off_the_chart_without_breaking_it():
    df = pd.DataFrame([
        dict(event_id="old", start=dt.date(300, 1, 1), end=dt.date(301, 1, 1), actor="Rome", action="fell", value="0300"),
        dict(event_id="far", start=dt.date(3000, 1, 1), end=dt.date(3001, 1, 1), actor="Sun", action="", value="3000"),
        dict(event_id="now", start=dt.date(2020, 6, 1), end=dt.date(2020, 6, 2), actor="IBM", action="said",
             value="2020-06-01"),
        dict(event_id="plan", start=None, end=None, actor="IBM", action="will", value="FUTURE_REF"),
    ])  # fmt: skip
    assert list(chart.drawable(df)) == [False, False, True, True]
    rows = chart.prepare(df)
    assert sorted(rows["event_id"]) == ["now", "plan"] and list(rows.loc[rows["event_id"] == "plan", "dated"]) == [False]
    figure = chart.build_figure(df, published=dt.date(2020, 6, 11))
    drawn = {d for trace in figure.data for d in (trace.customdata if trace.customdata is not None else ())
             for d in [d[-1]]}  # fmt: skip
    assert drawn == {"now", "plan"}
    assert "0300" not in str(chart.build_overview(df).to_plotly_json())


def test_the_detailed_chart_keeps_the_best_attested_events_in_view_and_the_selected_one():
    rows = [dict(event_id=f"e{i}", start=dt.date(2020, 1, 1) + dt.timedelta(days=i), n_sources=1 + (i % 5 == 0),
                 confidence=i / 100) for i in range(50)]  # fmt: skip
    rows.append(dict(event_id="plan", start=None, n_sources=1, confidence=0.2))
    df = pd.DataFrame(rows)
    top = chart.most_important(df, 12)
    # the ten with two sources, then the two most confident of the rest; in their order
    assert list(top["event_id"]) == ["e0", "e5", "e10", "e15", "e20", "e25", "e30", "e35", "e40", "e45", "e48", "e49"]
    assert list(chart.most_important(df, 3, selected="e1")["event_id"]) == ["e1", "e40", "e45"]
    january = chart.most_important(df, 100, view=(dt.date(2020, 1, 29), dt.date(2020, 2, 2)))
    assert list(january["event_id"]) == ["e28", "e29", "e30", "e31", "plan"], "the view (its end excluded), undated included"
    assert chart.most_important(df, 100) is df
