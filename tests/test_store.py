"""The SQLite store: results reused by a second run, invalidated by a rule change,
queryable with SQL, readable while a run writes (WAL), exported without input."""

from __future__ import annotations

import dataclasses
import datetime as dt
import sqlite3

import pytest
from corpus_samples import run_cli, small_corpus, write_texts

from timeline import engine
from timeline.engine import COMPUTED, STORED, pipeline_version, process_corpus
from timeline.errors import InputError
from timeline.order import READING_COLUMNS, SOURCE_COLUMNS, build_timeline, from_csv, to_csv
from timeline.store import Store, timex_from_json, timex_to_json
from timeline.types import Anchor, Timex

pytestmark = pytest.mark.slow  # loads the spaCy models


@pytest.fixture(scope="module")
def corpus():
    return small_corpus()


@pytest.fixture(scope="module")
def fresh(corpus) -> list:
    """Results of a run without a store."""
    return list(process_corpus(corpus, batch_size=4))


@pytest.fixture
def filled(tmp_path, corpus):
    """A store after one (cold) run over the corpus."""
    path = tmp_path / "store.db"
    cold = list(process_corpus(corpus, store=path, batch_size=4))
    assert all(r.status == COMPUTED for r in cold)
    return path


def _csv(results) -> str:
    return to_csv(build_timeline(e for r in results for e in r.events))


def _computing_forbidden(monkeypatch):
    def fail(batch):
        raise AssertionError(f"recomputed {[a.article_id for a in batch]}")

    monkeypatch.setattr(engine, "compute_batch", fail)


def test_second_run_reads_the_store_and_rebuilds_the_same_timeline(monkeypatch, filled, corpus, fresh):
    _computing_forbidden(monkeypatch)
    warm = list(process_corpus(corpus, store=filled, batch_size=4))
    assert all(r.status == STORED for r in warm)
    assert [r.events for r in warm] == [r.events for r in fresh]  # timex included
    assert [r.mentions for r in warm] == [r.mentions for r in fresh]
    assert _csv(warm) == _csv(fresh)


def test_only_new_articles_are_computed(monkeypatch, filled, corpus, fresh):
    computed = []
    real = engine.compute_batch
    monkeypatch.setattr(engine, "compute_batch", lambda batch: computed.extend(batch) or real(batch))
    extra = dataclasses.replace(corpus[0], text=corpus[0].text + " It said so on Tuesday.", article_id="extra")
    results = list(process_corpus([*corpus[:5], extra], store=filled, batch_size=4))
    assert [a.article_id for a in computed] == ["extra"]
    assert [r.status for r in results] == [STORED] * 5 + [COMPUTED]
    assert [r.events for r in results[:5]] == [r.events for r in fresh[:5]]


def test_a_different_date_or_language_is_another_article(monkeypatch, filled, corpus):
    computed = []
    real = engine.compute_batch
    monkeypatch.setattr(engine, "compute_batch", lambda batch: computed.extend(batch) or real(batch))
    redated = dataclasses.replace(corpus[0], published=corpus[0].published.replace(year=2019))
    list(process_corpus([redated, corpus[0]], store=filled))
    assert computed == [redated]


def test_a_rule_change_invalidates_the_stored_rows(monkeypatch, filled, corpus, fresh):
    old = pipeline_version()
    monkeypatch.setattr(engine, "pipeline_version", lambda: "0.1.0+changedrules")
    again = list(process_corpus(corpus, store=filled, batch_size=4))
    assert all(r.status == COMPUTED for r in again)
    assert _csv(again) == _csv(fresh)
    with Store(filled, readonly=True) as store:
        versions = {row[0] for row in store.execute("SELECT pipeline_version FROM articles")}
        assert versions == {"0.1.0+changedrules"}  # the old rows were replaced, not kept twice
        assert store.events(old) == []


def test_the_store_is_queryable_with_plain_sql(filled, fresh):
    df = build_timeline(e for r in fresh for e in r.events)
    db = sqlite3.connect(filled)
    assert db.execute("SELECT count(*) FROM events WHERE actor = 'Microsoft'").fetchone()[0] == sum(
        e.actor == "Microsoft" for r in fresh for e in r.events)
    dated = db.execute("SELECT count(*) FROM events WHERE dated AND start >= '2020-01-01' "
                       "AND \"end\" > start").fetchone()[0]
    assert dated == sum(1 for r in fresh for e in r.events if e.start and e.start >= dt.date(2020, 1, 1))
    assert dated > 0
    per_language = dict(db.execute(
        "SELECT articles.language, count(*) FROM events JOIN articles USING (article_row) GROUP BY 1"))
    assert set(per_language) == {"en", "fr"}
    mentions = db.execute("SELECT text, value FROM mentions WHERE type = 'DATE' ORDER BY article_row, n").fetchall()
    assert mentions == [(m.text, m.value) for r in fresh for m in r.mentions if m.type == "DATE"]
    columns = [row[1] for row in db.execute("PRAGMA table_info(events)")]
    # the per-article timeline table's columns, queryable one by one (merging adds the sources;
    # the runner-up reading is in the timex JSON)
    assert set(df.columns) - set(SOURCE_COLUMNS) - set(READING_COLUMNS) <= set(columns)
    alternatives = db.execute("SELECT json_extract(timex, '$.alternative.value') FROM events "
                              "ORDER BY article_row, n").fetchall()
    assert alternatives == [(e.timex.alternative.value if e.timex and e.timex.alternative else None,)
                            for r in fresh for e in r.events]
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_a_reader_reads_while_a_writer_holds_a_transaction(filled):
    writer = sqlite3.connect(filled, isolation_level=None)
    writer.execute("BEGIN IMMEDIATE")  # the write lock, as during a batch
    writer.execute("DELETE FROM events")
    try:
        with Store(filled, readonly=True) as reader:  # neither blocked nor sees the uncommitted delete
            assert len(reader.events(pipeline_version())) > 20
        writer.execute("COMMIT")
        with Store(filled, readonly=True) as reader:
            assert reader.events(pipeline_version()) == []
    finally:
        writer.close()


def test_a_writer_commits_while_a_reader_is_in_the_middle_of_a_read(filled, fresh):
    expected = [e for r in fresh for e in r.events]
    with Store(filled, readonly=True) as reader:
        rows = reader.iter_events(pipeline_version())
        first = next(rows)  # a read transaction is open
        writer = sqlite3.connect(filled, timeout=0.5)
        writer.execute("DELETE FROM events")
        writer.commit()  # WAL: not blocked by the reader (a rollback journal would wait for it)
        writer.close()
        assert [first, *rows] == expected  # the reader keeps its snapshot


def test_a_reader_sees_each_committed_batch_during_a_run(filled, corpus, tmp_path):
    path = tmp_path / "live.db"
    seen = []
    with Store(path) as writer:
        with Store(path, readonly=True) as reader:
            def progress(count):
                seen.append(reader.execute("SELECT count(*) FROM articles").fetchone()[0])

            list(process_corpus(corpus[:6], store=writer, batch_size=2, progress=progress))
    assert seen == [2, 4, 6]


def test_the_same_text_under_another_id_is_read_back_under_that_id(monkeypatch, filled, corpus, fresh):
    _computing_forbidden(monkeypatch)
    renamed = dataclasses.replace(corpus[0], article_id="renamed", source="renamed.txt")
    [result] = process_corpus([renamed], store=filled)
    assert result.status == STORED
    assert [e.event_id for e in result.events] == [f"renamed-e{n}" for n in range(1, len(result.events) + 1)]
    assert [dataclasses.replace(e, article_id="", event_id="") for e in result.events] == [
        dataclasses.replace(e, article_id="", event_id="") for e in fresh[0].events]
    db = sqlite3.connect(filled)
    assert db.execute("SELECT count(*) FROM events WHERE article_id = 'renamed'").fetchone()[0] == len(result.events)


def test_cli_exports_the_store_with_no_input(filled, fresh, corpus, tmp_path):
    from timeline.merge import merge_events

    code, out, err = run_cli("extract", "--store", str(filled))
    assert code == 0, err
    merged = merge_events(build_timeline(e for r in fresh for e in r.events), corpus)
    assert out == to_csv(merged)  # merged across articles, as a run on the inputs
    assert f"20 articles read from store; {len(merged)} events" in err
    code, out, err = run_cli("extract", "--store", str(filled), "--no-merge")
    assert code == 0 and len(from_csv(out)) == sum(len(r.events) for r in fresh)


def test_cli_export_of_the_store_merges_as_the_run_on_the_inputs(tmp_path):
    import json
    from pathlib import Path

    feed = Path(__file__).parent / "data" / "police-corpus.jsonl"
    store = str(tmp_path / "police.db")
    code, run, err = run_cli("extract", str(feed), "--format", "json", "--store", store, "--processes", "2")
    assert code == 0, err
    code, export, err = run_cli("extract", "--store", store, "--format", "json")
    assert code == 0, err
    assert export == run
    assert any(e["n_sources"] > 1 for e in json.loads(export)["events"])  # merged across articles


def test_the_store_holds_the_articles_for_the_export(filled, corpus):
    with Store(filled, readonly=True) as store:
        articles, events = store.contents(engine.pipeline_version())
    assert [(a.text, a.article_id, a.language, a.published) for a in articles] == [
        (a.text, a.article_id, a.language, a.published) for a in corpus]
    assert {e.article_id for e in events} <= {a.article_id for a in corpus}


def test_cli_second_run_reads_from_the_store(tmp_path, corpus):
    paths = write_texts([a for a in corpus if a.language == "en"][:4], tmp_path)
    store = str(tmp_path / "runs.db")
    code, cold, err = run_cli("extract", *paths, "--published", "2020-06-11", "--store", store)
    assert code == 0 and "(4 processed, 0 read from store)" in err
    code, warm, err = run_cli("extract", *paths, "--published", "2020-06-11", "--store", store)
    assert code == 0 and "(0 processed, 4 read from store)" in err
    assert warm == cold


def test_not_a_store_is_a_clear_error(tmp_path):
    other = tmp_path / "notes.db"
    other.write_text("not sqlite at all, just some text that is long enough" * 20)
    with pytest.raises(InputError, match="not a timeline store"):
        Store(other)
    with pytest.raises(InputError, match="No store"):
        Store(tmp_path / "missing.db", readonly=True)
    code, out, err = run_cli("extract", "--store", str(tmp_path / "missing.db"))
    assert code == 2 and "No store" in err


def test_a_timex_survives_the_round_trip():
    timex = Timex("DATE", "2020-W24", "week", "weekday", dt.date(2020, 6, 11), Anchor.PUBLICATION,
                  "APPROX", dt.date(2020, 6, 8), dt.date(2020, 6, 15), frozenset({"week"}),
                  frozenset({"year"}), None, None)
    assert timex_from_json(timex_to_json(timex)) == timex


def test_a_run_keeps_its_merged_timeline_and_the_export_reads_it(tmp_path, monkeypatch):
    from pathlib import Path

    from timeline import merge

    feed = Path(__file__).parent / "data" / "police-corpus.jsonl"
    store = str(tmp_path / "police.db")
    code, run, err = run_cli("extract", str(feed), "--store", store)
    assert code == 0, err
    version = pipeline_version()
    with Store(store, readonly=True) as db:
        kept = db.timeline(version)
        articles = db.articles(version)
        assert db.mention_count(version) == sum(1 for _ in db.execute("SELECT 1 FROM mentions"))
    assert to_csv(kept) == run, "the kept table is the run's merged table, lists and all"
    assert len(articles) == 6 and all(a.text for a in articles)

    def no_merging(*args, **kwargs):
        raise AssertionError("merged again")

    monkeypatch.setattr(merge, "merge_events", no_merging)
    code, export, err = run_cli("extract", "--store", store)
    assert code == 0 and export == run


def test_a_kept_timeline_is_ignored_once_the_store_holds_other_articles(filled, corpus, tmp_path):
    version = pipeline_version()
    with Store(filled) as db:
        db.save_timeline(version, corpus[:5], build_timeline(e for r in process_corpus(corpus[:5]) for e in r.events))
        assert db.timeline(version) is None, "made of 5 articles, the store holds 20"
        db.save_timeline(version, list(reversed(corpus)), build_timeline([]))
        assert db.timeline(version) is not None, "the same articles in another order"


def test_mentions_of_one_stored_article(filled, fresh):
    version = pipeline_version()
    with Store(filled, readonly=True) as db:
        for result in fresh[:3]:
            assert tuple(db.mentions_of(result.article.article_id, version)) == tuple(result.mentions)
        assert db.mentions_of("no such article", version) == []


def test_a_store_without_the_timelines_table_still_opens(filled):
    with sqlite3.connect(filled) as raw:
        raw.execute("DROP TABLE timelines")
    with Store(filled, readonly=True) as db:
        assert db.timeline(pipeline_version()) is None
