"""The dashboard through streamlit.testing.v1.AppTest, and its pure helpers in timeline.ui.

Run from the repository root so ``.streamlit/config.toml`` applies.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pandas as pd
import pytest
from streamlit.testing.v1 import AppTest

from timeline import chart, ui
from timeline.types import Article

APP = Path(__file__).resolve().parent.parent / "app.py"  # from_file resolves against this file
PUBLISHED_2020_06_11 = dt.date(2020, 6, 11)
NO_DATES = "The cat sat on the mat and looked at the garden, and nothing else happened."
XSS = '<script>window.__xss=1</script><img src=x onerror="window.__xss=1"> The police met on June 3, 2020.'


def run_app() -> AppTest:
    return AppTest.from_file(str(APP), default_timeout=60).run()


def paste(at: AppTest, text: str) -> AppTest:
    at.radio(key="source").set_value("Paste text").run()
    at.text_area(key="paste_text").set_value(text)
    return at.run()


def table(at: AppTest) -> pd.DataFrame:
    (editor,) = [e for e in at.data_editor if e.key.startswith("events_table_")]
    return editor.value


def chart_event_ids(at: AppTest) -> set[str]:
    """The events the detailed chart draws (its customdata's last item), read from what the page got."""
    spec = json.loads(at.get("plotly_chart")[-1].proto.spec)
    return {row[-1] for trace in spec["data"] for row in trace.get("customdata") or () if row and row[-1]}


def text_html(at: AppTest) -> str:
    return "".join(h.value for h in at.get("html"))


@pytest.fixture(scope="module")
def seed_app() -> AppTest:
    return run_app()


@pytest.mark.slow
def test_seed_opens_with_its_date_and_events(seed_app):
    at = seed_app
    assert not at.exception
    assert not at.error
    assert at.date_input(key="published").value == PUBLISHED_2020_06_11
    assert at.title[0].value.startswith("Microsoft")
    events = table(at)
    assert len(events) >= 3 and events["start"].notna().sum() >= 3
    assert at.get("plotly_chart"), "the timeline chart is drawn"
    assert "tl-timex" in text_html(at), "temporal expressions are highlighted in the text"


@pytest.mark.slow
def test_changing_the_publication_date_changes_resolved_dates():
    at = run_app()
    before = table(at)[["event_id", "start"]]
    at.date_input(key="published").set_value(dt.date(2015, 1, 1)).run()
    assert not at.exception
    after = table(at)[["event_id", "start"]]
    relative = before.merge(after, on="event_id", suffixes=("_2020", "_2015")).dropna()
    assert len(relative) >= 3, "the same expressions are found, resolved against the new date"
    assert (relative["start_2020"] != relative["start_2015"]).any()
    assert all(d.year <= 2015 for d in after["start"].dropna() if d >= dt.date(2013, 1, 1))
    assert "2015-01-01" in " ".join(c.value for c in at.caption)


@pytest.mark.slow
def test_text_with_no_dates_gets_the_friendly_message():
    at = paste(run_app(), NO_DATES)
    assert not at.exception
    assert any("No dates found" in w.value for w in at.warning)
    assert "The cat sat on the mat" in text_html(at)


@pytest.mark.slow
def test_an_edit_in_the_table_changes_every_export():
    at = run_app()
    before = dict(at.session_state["_exports"])
    events = table(at)
    first, second = events["event_id"].iloc[0], events["event_id"].iloc[1]
    at.session_state[at.data_editor[0].key] = {
        "edited_rows": {0: {"actor": "Corrected Actor"}, 1: {"keep": False}},
        "added_rows": [],
        "deleted_rows": [],
    }
    at.run()
    assert not at.exception
    after = at.session_state["_exports"]
    for kind in ("csv", "json", "timelinejs"):
        assert after[kind] != before[kind], kind
    assert "Corrected Actor" in after["csv"] and "Corrected Actor" not in before["csv"]
    assert first in after["csv"] and second not in after["csv"] and second in before["csv"]
    assert after["stem"] == "timeline_microsoft-facial-recognition-police_2020-06-11"


@pytest.mark.slow
def test_a_corrected_date_moves_the_event_and_is_exported():
    at = run_app()
    event_id = table(at)["event_id"].iloc[0]
    at.session_state[at.data_editor[0].key] = {
        "edited_rows": {0: {"start": "2001-09-11"}}, "added_rows": [], "deleted_rows": [],
    }  # fmt: skip
    at.run()
    assert not at.exception
    row = table(at).set_index("event_id").loc[event_id]
    assert row["start"] == dt.date(2001, 9, 11) and row["value"] == "2001-09-11"
    assert f"{event_id},microsoft-facial-recognition-police,2001-09-11" in at.session_state["_exports"]["csv"]


@pytest.mark.slow
def test_pasted_markup_is_shown_as_text():
    at = paste(run_app(), XSS)
    assert not at.exception
    body = text_html(at)
    assert "&lt;script&gt;window.__xss=1&lt;/script&gt;" in body
    assert "<script" not in body.replace("<style>", "") and "<img" not in body
    assert "2020-06-03" in body


@pytest.mark.slow
def test_an_unsupported_language_gets_a_message():
    at = paste(run_app(), "Die Bundesregierung hat gestern beschlossen, das Gesetz im Mai zu ändern.")
    assert not at.exception
    assert any("German" in e.value for e in at.error)


@pytest.mark.slow
def test_selecting_an_event_emphasises_its_sentence_and_row():
    at = run_app()
    event_id = table(at)["event_id"].iloc[0]
    at.selectbox(key="selected_event").set_value(event_id).run()
    assert not at.exception
    assert "tl-selected" in text_html(at)
    assert "tl-card" in text_html(at), "the selected event's details are shown"
    marked = table(at).set_index("event_id")["selected"]
    assert marked[event_id] and marked.sum() == 1


@pytest.mark.slow
def test_filters_narrow_the_table_and_the_exports():
    at = run_app()
    total = len(table(at))
    at.slider(key="f_confidence").set_value(1.0).run()
    assert not at.exception
    assert len(table(at)) < total or total == 0
    assert at.session_state["_exports"]["stem"].endswith("_filtered")


def test_the_cached_chart_follows_the_filters_and_comes_back_when_they_are_cleared():
    at = run_app()
    everything = chart_event_ids(at)
    assert everything == set(table(at)["event_id"])
    at.slider(key="f_confidence").set_value(0.7).run()
    narrowed = set(table(at)["event_id"])
    assert narrowed and narrowed < everything, "the filter keeps some events, not all"
    assert chart_event_ids(at) == narrowed, "the figure is built for the filtered rows, not served stale"
    at.slider(key="f_confidence").set_value(0.0).run()
    assert chart_event_ids(at) == everything


def test_show_all_undoes_the_overview_zoom_in_the_same_run(monkeypatch):
    monkeypatch.setattr(chart, "DENSE_ABOVE", 1)  # the seed's events then count as a corpus: an overview
    at = run_app()
    at.session_state["chart_view"] = (dt.date(2020, 6, 1), dt.date(2020, 6, 30))
    at.run()
    assert any("Chart zoomed to 2020-06-01" in c.value for c in at.caption)
    at.button(key="chart_view_reset").click().run()
    captions = [c.value for c in at.caption]
    assert not any("Chart zoomed" in c for c in captions), "the caption follows the reset at once"
    assert any("drag across the overview" in c for c in captions)
    assert "chart_view" not in at.session_state


# --- Pure helpers ----------------------------------------------------------------


def timeline_frame() -> pd.DataFrame:
    return ui.normalise(
        pd.DataFrame(
            [
                dict(event_id="a-e1", article_id="a", start="2020-01-01", end="2020-02-01", value="2020-01",
                     granularity="month", type="DATE", anchor="publication", expression="January",
                     actor="", confidence=0.4, sentence="In January it began.", char_start=3, char_end=10),
                dict(event_id="a-e2", article_id="a", start="2020-06-10", end="2020-06-11", value="2020-06-10",
                     granularity="day", type="DATE", anchor="stated", expression="Wednesday",
                     actor="Microsoft", confidence=0.9, sentence="On Wednesday it said.", char_start=0, char_end=2),
                dict(event_id="a-e3", article_id="a", start=None, end=None, value="FUTURE_REF",
                     granularity="unknown", type="DATE", anchor="publication", expression="soon",
                     actor="Microsoft", confidence=0.2, sentence="Soon.", char_start=0, char_end=4),
            ]
        )  # fmt: skip
    )


def test_apply_corrections_drops_renames_and_redates():
    frame = timeline_frame()
    k1, k2, k3 = ui.event_keys(frame)
    df = ui.apply_corrections(
        frame, {k1: {"start": dt.date(2021, 3, 5)}, k2: {"keep": False}, k3: {"actor": "Brad Smith"}}
    )
    rows = df.set_index("event_id")
    assert rows.loc["a-e1", "start"] == dt.date(2021, 3, 5) and rows.loc["a-e1", "end"] == dt.date(2021, 3, 6)
    assert rows.loc["a-e1", "value"] == "2021-03-05" and rows.loc["a-e1", "rule"] == ui.CORRECTED_RULE
    assert not rows.loc["a-e2", "keep"] and rows.loc["a-e3", "actor"] == "Brad Smith"
    assert list(df["event_id"]) == ["a-e2", "a-e1", "a-e3"], "re-sorted by corrected start, undated last"
    assert list(ui.for_export(df)["event_id"]) == ["a-e1", "a-e3"]


def test_content_key_is_equal_for_the_same_rows_and_differs_for_other_rows_or_settings():
    df = ui.apply_corrections(timeline_frame(), {})
    key = ui.content_key(df, chart.FIGURE_COLUMNS, "actor")
    assert ui.content_key(df.copy(), chart.FIGURE_COLUMNS, "actor") == key, "the same rows"
    assert ui.content_key(df.set_axis([7, 8, 9]), chart.FIGURE_COLUMNS, "actor") == key, "whatever the index"
    microsoft = ui.filter_events(df, ui.Filters(actors=("Microsoft",)))
    confident = ui.filter_events(df, ui.Filters(min_confidence=0.5))
    keys = {key, *(ui.content_key(rows, chart.FIGURE_COLUMNS, "actor") for rows in (microsoft, confident))}
    assert len(keys) == 3, "two filters that show other rows give other keys"
    assert ui.content_key(df, chart.FIGURE_COLUMNS, "article") != key, "another setting"
    k1, k2, _ = ui.event_keys(timeline_frame())
    renamed = ui.apply_corrections(timeline_frame(), {k2: {"actor": "Satya Nadella"}})
    redated = ui.apply_corrections(timeline_frame(), {k1: {"start": dt.date(2020, 1, 2)}})
    assert ui.content_key(renamed, chart.FIGURE_COLUMNS, "actor") != key, "an edited actor is drawn otherwise"
    assert ui.content_key(redated, chart.FIGURE_COLUMNS, "actor") != key, "so is an edited date"
    assert ui.content_key(df, ("start",), "actor") == ui.content_key(renamed, ("start",), "actor"), (
        "only the columns named count"
    )


def test_event_keys_follow_the_text_not_the_numbering():
    frame = timeline_frame()
    renumbered = frame.assign(event_id=["a-e7", "a-e8", "a-e9"])
    assert ui.event_keys(frame) == ui.event_keys(renumbered)
    assert len(set(ui.event_keys(frame))) == 3


def test_filters():
    df = timeline_frame()
    assert list(ui.filter_events(df, ui.Filters(actors=("Microsoft",)))["event_id"]) == ["a-e2", "a-e3"]
    assert list(ui.filter_events(df, ui.Filters(actors=("(no actor)",)))["event_id"]) == ["a-e1"]
    assert list(ui.filter_events(df, ui.Filters(anchors=("stated",)))["event_id"]) == ["a-e2"]
    assert list(ui.filter_events(df, ui.Filters(min_confidence=0.5))["event_id"]) == ["a-e2"]
    june = ui.Filters(dates=(dt.date(2020, 6, 1), dt.date(2020, 6, 30)))
    assert list(ui.filter_events(df, june)["event_id"]) == ["a-e2"]
    jan_15 = ui.Filters(dates=(dt.date(2020, 1, 15), dt.date(2020, 1, 15)))
    assert list(ui.filter_events(df, jan_15)["event_id"]) == ["a-e1"], "an interval overlapping the range"
    assert not ui.Filters().active and june.active


def test_table_edits_reports_changed_cells_by_event_id():
    shown = timeline_frame().assign(keep=True)
    edited = shown.copy()
    edited.loc[1, "actor"] = "Satya Nadella"
    edited.loc[0, "start"] = "2020-01-02"
    assert ui.table_edits(shown, edited) == {
        "a-e1": {"start": dt.date(2020, 1, 2)},
        "a-e2": {"actor": "Satya Nadella"},
    }


def test_highlight_html_escapes_everything_and_labels_expressions():
    text = "<script>x</script> On 5 May & later."
    start = text.index("5 May")
    out = ui.highlight_html(text, [(start, start + 5, "2020-05-05<b>")], emphasis=(0, len(text)))
    assert "<script>" not in out and "&lt;script&gt;" in out and "&amp; later" in out
    assert 'title="2020-05-05&lt;b&gt;"' in out and "<sup>2020-05-05&lt;b&gt;</sup></mark>" in out
    assert out.count('class="tl-selected"') >= 3


def test_highlight_html_skips_overlapping_and_out_of_range_spans():
    out = ui.highlight_html("June 2020", [(0, 9, "2020-06"), (5, 9, "2020"), (8, 99, "x")])
    assert out.count("<mark") == 1


def test_event_card_is_escaped():
    row = timeline_frame().iloc[1].copy()
    row["actor"], row["sentence"], row["rule"] = "<b>x</b>", "<script>1</script>", "r"
    card = ui.event_card(row)
    assert "&lt;b&gt;x&lt;/b&gt;" in card and "&lt;script&gt;" in card and "<script>" not in card
    assert "2020-06-10" in card and "Wednesday" in card


def test_export_file_names_say_what_they_hold():
    one = [Article("x", PUBLISHED_2020_06_11, article_id="my article/1")]
    assert ui.export_stem(one) == "timeline_my-article-1_2020-06-11"
    two = [*one, Article("y", dt.date(2020, 6, 1), article_id="b")]
    assert ui.export_stem(two, filtered=True) == "timeline_2-articles_2020-06-01_to_2020-06-11_filtered"


def test_samples_start_with_the_seed():
    samples = ui.list_samples()
    assert samples[0].name == ui.DEFAULT_SAMPLE and samples[0].published == PUBLISHED_2020_06_11


def test_the_french_sample_gives_a_french_timeline():
    at = run_app()
    at.selectbox(key="sample").set_value("microsoft-reconnaissance-faciale-police-fr").run()
    assert not at.exception
    rows = table(at)
    dated = dict(zip(rows["expression"], rows["value"]))
    # "lundi" told in the past of a Thursday paper is that week's Monday; "en janvier" a month
    assert dated.get("lundi") == "2020-06-08" and dated.get("janvier") == "2020-01"
    assert dated.get("il y a deux semaines") == "2020-W22"


def upload(at: AppTest, files: list[tuple[str, bytes, str]]) -> AppTest:
    at.radio(key="source").set_value("Upload files").run()
    at.file_uploader(key="upload").set_value(files)
    return at.run()


@pytest.mark.slow
def test_several_uploaded_files_make_one_timeline_with_their_own_dates():
    md = b"---\ntitle: Police ban\npublished: 2020-06-10\n---\nAmazon said on Monday that it would stop.\n"
    txt = b"IBM announced on Tuesday that it quits the business. In January, Google cut it off."
    meta = b'{"published": "2020-06-12", "title": "IBM quits"}'
    at = upload(
        run_app(),
        [("ban.md", md, "text/markdown"), ("ibm.txt", txt, "text/plain"), ("ibm.json", meta, "application/json")],
    )
    assert not at.exception and not at.error
    # Several articles keep their own dates: no single date picker overrides them.
    assert "published" not in [d.key for d in at.date_input]
    assert set(table(at)["article_id"]) == {"ban", "ibm"}
    caption = " ".join(c.value for c in at.caption)
    assert "2 article(s)" in caption and "2020-06-10, 2020-06-12" in caption
    assert at.session_state["_exports"]["stem"] == "timeline_2-articles_2020-06-10_to_2020-06-12"
    at.radio(key="color_by").set_value("article").run()
    assert not at.exception
    at.selectbox(key="text_article").set_value("ibm").run()
    assert "IBM announced" in text_html(at)


@pytest.mark.slow
def test_undated_uploads_are_listed_and_join_the_timeline_once_dated():
    corpus = (
        b'{"id": "dated", "text": "IBM announced on Tuesday that it quits the business.", "published": "2020-06-12"}\n'
        b'{"id": "later", "text": "Amazon said on Monday that it would stop selling the software."}\n'
        b"not json\n"
    )
    at = upload(run_app(), [("feed.jsonl", corpus, "application/jsonl")])
    assert not at.exception
    assert any("feed.jsonl:3" in e.value and "not JSON" in e.value for e in at.error)
    undated_editor = next(e for e in at.data_editor if e.key.startswith("undated_"))
    assert list(undated_editor.value["title"]) == ["later"]
    assert set(table(at)["article_id"]) == {"dated"}, "the undated article is not on the timeline"
    at.session_state[undated_editor.key] = {
        "edited_rows": {0: {"published": "2020-06-10"}}, "added_rows": [], "deleted_rows": [],
    }  # fmt: skip
    at.run()
    assert not at.exception
    assert set(table(at)["article_id"]) == {"dated", "later"}
    amazon = table(at).query("article_id == 'later' and expression == 'Monday'")
    assert list(amazon["value"]) == ["2020-06-08"], "resolved against the date the user gave"


@pytest.mark.slow
def test_unreadable_and_too_large_uploads_get_messages():
    big = b"a" * (21 * 1024 * 1024)
    at = upload(run_app(), [("binary.txt", b"\x00\x01\x02\x03", "text/plain"), ("big.txt", big, "text/plain")])
    assert not at.exception
    errors = " ".join(e.value for e in at.error)
    assert "binary.txt: looks like a binary file" in errors
    assert "big.txt is 21.00 MiB; the limit is 20 MiB" in errors


@pytest.mark.slow
def test_a_correction_stays_with_its_event_when_the_date_changes():
    at = run_app()
    first = table(at).iloc[0]
    (events_editor,) = [e for e in at.data_editor if e.key.startswith("events_table_")]
    at.session_state[events_editor.key] = {
        "edited_rows": {0: {"actor": "Corrected Actor"}}, "added_rows": [], "deleted_rows": [],
    }  # fmt: skip
    at.run()
    at.date_input(key="published").set_value(dt.date(2016, 2, 29)).run()
    assert not at.exception
    corrected = table(at).query("actor == 'Corrected Actor'")
    assert len(corrected) == 1
    assert (corrected.iloc[0]["sentence"], corrected.iloc[0]["expression"]) == (first["sentence"], first["expression"])


def merged_frame() -> pd.DataFrame:
    """Two merged events: one told by a wire story and a daily, one by the daily alone."""
    from timeline.types import DateReading, Source

    wire = Source("wire-1", "IBM exits", "https://www.wire.example/ibm", "IBM said on Monday it would exit.")
    daily = Source("daily-1", "IBM quits <b>face</b> tech", "https://daily.example/a", "IBM quit the business Monday.")
    frame = timeline_frame().iloc[:2].copy()
    frame["article_ids"] = [("wire-1", "daily-1"), ("daily-1",)]
    frame["sources"] = [(wire, daily), (daily,)]
    frame["n_sources"] = [2, 1]
    frame["merge_reason"] = ["actor IBM, trigger say, score 0.81", ""]
    frame["date_conflict"] = [(DateReading("2020-06-08", ("wire-1",)), DateReading("2020-06-09", ("daily-1",))), ()]
    return frame


def test_corpus_filters_by_article_site_sources_and_words():
    df = merged_frame()
    ids = lambda f: list(ui.filter_events(df, f)["event_id"])  # noqa: E731
    assert ids(ui.Filters(articles=("wire-1",))) == ["a-e1"], "an event passes when any of its articles is chosen"
    assert ids(ui.Filters(articles=("daily-1",))) == ["a-e1", "a-e2"]
    assert ids(ui.Filters(outlets=("wire.example",))) == ["a-e1"], "www. is not part of the site"
    assert ids(ui.Filters(min_sources=2)) == ["a-e1"]
    assert ids(ui.Filters(text="quit business")) == ["a-e1", "a-e2"], "every word, in the sources' sentences too"
    assert ids(ui.Filters(text="wednesday")) == ["a-e2"], "case does not matter"
    assert ids(ui.Filters(text="exit nowhere")) == []
    assert ui.Filters(text="x").active and ui.Filters(min_sources=2).active and not ui.Filters(text="  ").active
    # A table of one article (no merge columns) is filtered by its article_id.
    assert list(ui.filter_events(timeline_frame(), ui.Filters(articles=("a",)))["event_id"]) == ["a-e1", "a-e2", "a-e3"]
    assert ui.filter_events(timeline_frame(), ui.Filters(outlets=("wire.example",))).empty


def test_outlet_is_the_host_of_the_url():
    assert ui.outlet("https://www.nytimes.com/2020/06/11/x.html") == "nytimes.com"
    assert ui.outlet("http://apnews.com") == "apnews.com"
    assert ui.outlet("") == "" and ui.outlet(None) == "" and ui.outlet("not a url") == ""


def test_a_merged_event_card_names_its_sources_and_the_date_conflict():
    card = ui.event_card(merged_frame().iloc[0])
    assert "Reported by 2 articles" in card and "score 0.81" in card
    assert "Sources disagree on the date" in card and "2020-06-08 (wire-1)" in card
    assert "Reported by" not in ui.event_card(merged_frame().iloc[1])


def test_source_cards_show_each_source_escaped_with_site_and_date():
    sources = merged_frame().iloc[0]["sources"]
    cards = ui.source_cards(sources, {"wire-1": dt.date(2020, 6, 9)})
    assert len(cards) == 2
    assert "wire.example · 2020-06-09 · wire-1" in cards[0] and "IBM said on Monday" in cards[0]
    assert "&lt;b&gt;face&lt;/b&gt;" in cards[1] and "<b>face</b>" not in cards[1]


@pytest.mark.slow
def test_a_corpus_upload_filters_and_shows_the_sources_of_a_merged_event():
    corpus = (Path(__file__).parent / "data" / "police-corpus.jsonl").read_bytes()
    at = upload(run_app(), [("police-corpus.jsonl", corpus, "application/json")])
    assert not at.exception and not at.error
    events = table(at)
    merged = events[events["n_sources"] > 1]
    assert len(merged), "the corpus tells some happenings in several articles"
    at.text_input(key="f_text").set_value("Amazon").run()
    searched = table(at)
    assert 0 < len(searched) < len(events)
    assert set(searched["event_id"]) < set(events["event_id"])
    at.text_input(key="f_text").set_value("").run()
    at.number_input(key="f_sources").set_value(2).run()
    assert (table(at)["n_sources"] >= 2).all() and len(table(at)) == len(merged)
    at.selectbox(key="selected_event").set_value(merged.iloc[0]["event_id"]).run()
    page = text_html(at)
    assert "tl-source" in page and page.count('class="tl-source"') == min(int(merged.iloc[0]["n_sources"]), ui.SIDE_BY_SIDE)
    assert "Reported by" in page


def open_store(at: AppTest, path: str) -> AppTest:
    at.radio(key="source").set_value("Open a store").run()
    at.text_input(key="store_path").set_value(path)
    return at.run()


@pytest.fixture(scope="module")
def police_store(tmp_path_factory) -> tuple[str, str]:
    """A store the CLI wrote for the police corpus, and the CSV that run printed."""
    import contextlib
    import io

    from timeline.cli import main

    path = str(tmp_path_factory.mktemp("store") / "police.db")
    out = io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(io.StringIO()):
        assert main(["extract", str(Path(__file__).parent / "data" / "police-corpus.jsonl"), "--store", path]) == 0
    return path, out.getvalue()


@pytest.mark.slow
def test_a_store_written_by_the_cli_opens_with_its_merged_timeline(police_store):
    from timeline.order import from_csv

    path, printed = police_store
    at = open_store(run_app(), path)
    assert not at.exception and not at.error
    caption = " ".join(c.value for c in at.caption)
    assert "6 article(s)" in caption and "merged here" not in caption
    expected = from_csv(printed)
    shown = table(at)
    assert sorted(shown["event_id"]) == sorted(expected["event_id"])
    assert (shown["n_sources"] > 1).any()
    at.selectbox(key="text_article").set_value("wire-ibm-0609").run()
    page = text_html(at)
    assert "NEW YORK - IBM said on" in page and 'class="tl-timex"' in page, "the stored mentions are marked"


@pytest.mark.slow
def test_a_store_without_a_kept_timeline_is_merged_by_the_dashboard(police_store, tmp_path):
    import shutil
    import sqlite3

    path = str(tmp_path / "older.db")
    shutil.copy(police_store[0], path)
    with sqlite3.connect(path) as raw:
        raw.execute("DELETE FROM timelines")
    at = open_store(run_app(), path)
    assert not at.exception and not at.error
    assert "merged here" in " ".join(c.value for c in at.caption)
    assert (table(at)["n_sources"] > 1).any()


@pytest.mark.slow
def test_a_missing_or_foreign_store_gets_a_message(tmp_path):
    at = open_store(run_app(), str(tmp_path / "missing.db"))
    assert not at.exception and "No store at" in at.error[0].value
    other = tmp_path / "notes.db"
    other.write_bytes(b"SQLite format 3\x00" + b"\x00" * 200)
    at = open_store(at, str(other))
    assert not at.exception and "not a timeline store" in at.error[0].value
