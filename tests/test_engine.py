"""The corpus engine: batched, multi-process and Dask runs give the one-at-a-time results."""

from __future__ import annotations

import dataclasses
import io
import shutil
import sys

import pytest
from corpus_samples import run_cli, small_corpus, write_texts

from timeline import engine
from timeline.engine import COMPUTED, SKIPPED, extract_corpus, process_corpus
from timeline.errors import InputError, TimelineError
from timeline.events import extract_events
from timeline.order import build_timeline, extract_timeline, from_csv, to_csv
from timeline.types import Article

pytestmark = pytest.mark.slow  # loads the spaCy models


@pytest.fixture(scope="module")
def corpus() -> list[Article]:
    return small_corpus()


@pytest.fixture(scope="module")
def one_at_a_time(corpus) -> list:
    """The reference: each article parsed and processed on its own."""
    return [extract_events(article) for article in corpus]


def test_batches_through_nlp_pipe_equal_one_article_at_a_time(corpus, one_at_a_time):
    results = list(process_corpus(corpus, batch_size=3))  # batches mixing English and French
    assert [r.article for r in results] == corpus  # input order
    assert all(r.status == COMPUTED for r in results)
    assert [list(r.events) for r in results] == one_at_a_time
    assert sum(map(len, one_at_a_time)) > 20  # a real comparison, not of empty lists


def test_two_processes_give_the_same_timeline_as_one(corpus):
    one = extract_timeline(corpus, processes=1, batch_size=4)
    two = extract_timeline(corpus, processes=2, batch_size=4)
    assert to_csv(two) == to_csv(one)
    assert len(one) > 20


@pytest.mark.parametrize("start_method", ["fork", "spawn"])
def test_the_caller_is_one_of_the_processes_and_runs_a_batch_while_the_workers_are_taken(corpus, start_method):
    pool = engine._PoolExecutor(2, ("en",), start_method)  # this process and one worker
    try:
        batches = [corpus[n : n + 2] for n in range(0, 6, 2)]
        futures = [pool.submit(batch) for batch in batches]
        # The worker (still starting) holds a running batch and a queued one; the third is run here, at once.
        assert isinstance(futures[2], engine._Done) and not isinstance(futures[0], engine._Done)
        assert [answer for future in futures for answer in future.result()[1]] == [
            answer for batch in batches for answer in engine.compute_batch(batch)[1]]
    finally:
        pool.close()


def test_workers_are_forked_only_where_no_other_thread_could_hold_a_lock(monkeypatch):
    import threading

    monkeypatch.setattr(engine.sys, "platform", "linux")
    monkeypatch.setattr(threading, "active_count", lambda: 1)
    assert engine._safe_start_method() == "fork"  # a CLI run
    monkeypatch.setattr(threading, "active_count", lambda: 3)
    assert engine._safe_start_method() == "spawn"  # a dashboard's threads
    monkeypatch.setattr(threading, "active_count", lambda: 1)
    monkeypatch.setattr(engine.sys, "platform", "darwin")
    assert engine._safe_start_method() == "spawn"


def test_the_progress_bar_starts_no_thread():
    import threading

    class Terminal(io.StringIO):
        def isatty(self):
            return True

    before = threading.active_count()
    with engine.progress_bar(3, file=Terminal()) as update:
        update(1)
        assert threading.active_count() == before


def test_cli_processes_2_prints_the_same_csv_as_1(corpus, tmp_path):
    paths = write_texts([a for a in corpus if a.language == "en"][:8], tmp_path)
    code, single, err = run_cli("extract", *paths, "--published", "2020-06-11", "--lang", "en")
    assert code == 0, err
    code, double, err = run_cli("extract", *paths, "--published", "2020-06-11", "--lang", "en",
                                "--processes", "2")
    assert code == 0, err
    assert double == single and len(from_csv(single)) > 5
    assert "8 article(s) extracted, 0 undated, 0 skipped" in err and "(8 processed, 0 read from store)" in err


def test_dask_local_cluster_of_two_workers_equals_the_local_run(corpus):
    pytest.importorskip("distributed")
    local = list(process_corpus(corpus, batch_size=4))
    on_dask = list(process_corpus(corpus, engine="dask", processes=2, batch_size=4))
    assert on_dask == local
    assert to_csv(build_timeline(e for r in on_dask for e in r.events)) == to_csv(
        build_timeline(e for r in local for e in r.events))


def test_without_dask_the_engine_names_the_extra(monkeypatch, corpus, tmp_path):
    monkeypatch.setitem(sys.modules, "timeline.engine_dask", None)  # import fails as if not installed
    with pytest.raises(TimelineError, match=r"timeline\[dask\]"):
        list(process_corpus(corpus[:1], engine="dask"))
    path = tmp_path / "a.txt"
    path.write_text(corpus[0].text, encoding="utf-8")
    code, out, err = run_cli("extract", str(path), "--published", "2020-06-11",
                             "--engine", "dask", "--quiet")
    assert code == 2 and "pip install 'timeline[dask]'" in err and err.count("\n") == 1


def test_an_undated_article_is_skipped_never_dated_today(corpus, one_at_a_time):
    undated = Article("The mayor resigned on Monday.", None, article_id="undated")
    results = list(process_corpus([corpus[0], undated, corpus[2]], batch_size=2))
    assert [r.status for r in results] == [COMPUTED, SKIPPED, COMPUTED]
    assert results[1].events == () and "publication date" in results[1].problem
    assert [list(results[0].events), list(results[2].events)] == [one_at_a_time[0], one_at_a_time[2]]


def test_a_language_without_model_is_skipped_and_the_rest_processed(corpus, one_at_a_time):
    odd = dataclasses.replace(corpus[0], language="xx", article_id="odd")
    results = list(process_corpus([odd, corpus[0]], batch_size=2))
    assert results[0].status == SKIPPED and "not supported" in results[0].problem
    assert list(results[1].events) == one_at_a_time[0]


def test_extract_timeline_raises_for_an_undated_article(corpus):
    with pytest.raises(InputError, match="publication date"):
        extract_timeline([corpus[0], Article("Signed on Monday.", None)])


def test_a_long_text_goes_through_extract_events_alone(monkeypatch, corpus, one_at_a_time):
    calls = []
    real = engine._alone
    monkeypatch.setattr(engine, "_alone", lambda article: calls.append(article.article_id) or real(article))
    limit = sorted(len(a.text) for a in corpus[:4])[1]
    monkeypatch.setattr(engine, "LONG_TEXT_CHARS", limit)
    results = list(process_corpus(corpus[:4], batch_size=4))
    assert calls == [a.article_id for a in corpus[:4] if len(a.text) > limit]  # only texts over the limit
    assert 0 < len(calls) < 4
    assert [list(r.events) for r in results] == one_at_a_time[:4]


def test_a_long_text_is_parsed_once_for_its_mentions_and_events(monkeypatch, corpus):
    from timeline import events as ev
    from timeline import nlp
    from timeline.events import pipeline as events_pipeline
    from timeline.temporal import find_mentions
    from timeline.temporal import pipeline as temporal  # where find_mentions reads CHUNK_CHARS

    article = dataclasses.replace(corpus[0], text="\n\n".join(a.text for a in corpus if a.language == "en"))
    for module in (events_pipeline, temporal):
        monkeypatch.setattr(module, "CHUNK_CHARS", 400)
    monkeypatch.setattr(engine, "LONG_TEXT_CHARS", 400)
    monkeypatch.setattr(events_pipeline, "tagged_pieces", lambda t, p, lang: temporal.tagged_pieces(t, p, lang, size=400))
    monkeypatch.setattr(temporal, "tagged_pieces", lambda t, p, lang, size=400, real=temporal.tagged_pieces:
                        real(t, p, lang, size=size))
    expected_mentions = find_mentions(article.text, published=article.published, lang="en")
    expected_events = ev.extract_events(article)
    parses = []
    real_parse = nlp.parse
    monkeypatch.setattr(nlp, "parse", lambda text, lang: parses.append(len(text)) or real_parse(text, lang))
    [result] = process_corpus([article])
    assert len(parses) == len(temporal.chunk_bounds(article.text, 400)) > 2  # each piece once
    assert list(result.mentions) == expected_mentions and list(result.events) == expected_events
    assert len(result.events) > 5


def test_progress_is_called_for_every_article(corpus):
    done = []
    list(process_corpus(corpus[:7], batch_size=3, progress=done.append))
    assert done == [3, 3, 1]


def test_progress_bar_shows_articles_per_second_only_on_a_terminal():
    class Terminal(io.StringIO):
        def isatty(self):
            return True

    shown, hidden = Terminal(), io.StringIO()
    for file in (shown, hidden):
        with engine.progress_bar(2, file=file) as update:
            update(2)
    assert "article/s" in shown.getvalue() and "2/2" in shown.getvalue()
    assert hidden.getvalue() == ""
    quiet = Terminal()
    with engine.progress_bar(2, file=quiet, quiet=True) as update:
        update(2)
    assert quiet.getvalue() == ""


def test_cli_quiet_prints_no_summary(corpus, tmp_path):
    path = tmp_path / "a.txt"
    path.write_text(corpus[0].text, encoding="utf-8")
    code, out, err = run_cli("extract", str(path), "--published", "2020-06-11", "--quiet")
    assert code == 0 and err == "" and from_csv(out) is not None


def test_workers_running_another_pipeline_version_are_refused(monkeypatch, corpus):
    monkeypatch.setattr(engine, "compute_batch", lambda batch: ("0.0.1+other", []))
    with pytest.raises(TimelineError, match="another timeline"):
        list(process_corpus(corpus[:2]))


@pytest.mark.parametrize("value, expected", [("auto", engine.default_processes()), ("3", 3), (None, None)])
def test_processes_option(value, expected):
    assert engine.parse_processes(value) == expected


@pytest.mark.parametrize("value", ["0", "-2", "many"])
def test_processes_option_rejects(value):
    with pytest.raises(InputError, match="--processes"):
        engine.parse_processes(value)


def test_pipeline_version_changes_with_the_rules(tmp_path):
    package = tmp_path / "timeline"
    shutil.copytree(engine.Path(engine.__file__).parent, package)
    before = engine.rules_digest(package)
    assert engine.rules_digest(package) == before  # stable
    for data in sorted(package.rglob("lang/en/*.py")) + [package / "merge.py"]:
        changed = data.read_text(encoding="utf-8")
        data.write_text(changed + "\n# a new word\n", encoding="utf-8")
        assert engine.rules_digest(package) != before, f"{data.name} changes results"
        data.write_text(changed, encoding="utf-8")
    assert engine.rules_digest(package) == before
    (package / "ui.py").write_text("# the dashboard only\n", encoding="utf-8")
    assert engine.rules_digest(package) == before, "the dashboard changes no stored result"
    assert engine.pipeline_version().endswith("+" + engine.rules_digest(engine.Path(engine.__file__).parent))


def test_extract_corpus_is_the_events_in_input_order(corpus, one_at_a_time):
    assert extract_corpus(corpus[:5], batch_size=2) == [e for events in one_at_a_time[:5] for e in events]
