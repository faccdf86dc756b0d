"""Corpus mode at scale: throughput, memory and the store, against bare spaCy and dateparser.

    .venv/bin/python benchmarks/bench_corpus.py [--articles N] [--batch-size 64]
                                                [--no-dateparser] [--only KIND,...] [--repeat 3]
                                                [--profile 200]

The corpus: every TimeML file in ../shared/corpora (TimeBank, AQUAINT, WikiWars,
the tweets), its TEXT cut into articles of two consecutive sentences (a tweet is
one), each dated by its document's DCT; duplicates dropped, the first
``--articles`` kept (the full corpus has a little over 5,000).

Each figure is measured in a fresh child process (so peak memory is its own),
models loaded before the clock starts:

- timeline, 1 process: the whole pipeline (parse, mentions, events) through
  ``timeline.engine.extract_corpus``;
- timeline, 2 processes: the same with ``processes=2`` (worker start-up and
  model loading included in the wall time; the 2/1 ratio adds the 1-process
  run's own model loading, timed apart, so both sides pay it, as a CLI run does);
- bare spaCy: the plain model's ``nlp.pipe`` over the same texts;
- dateparser: ``dateparser.search.search_dates`` over the same texts;
- store: a cold run into a fresh ``--store`` file, then a warm run reading it.

Printed: articles/s, words/s (wall), CPU seconds, peak RSS per process, and the
ratios the targets are about (CPU cost against bare spaCy, 2 against 1
process, cold against warm). ``--profile N`` instead prints where the pipeline
spends its time on N articles (cProfile, top functions by own time).
"""

from __future__ import annotations

import argparse
import json
import os
import re
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPORA = ROOT.parent / "shared" / "corpora"
if not CORPORA.is_dir():  # a worktree beside the main checkout
    CORPORA = Path("/work/shared/corpora")
SENTENCES_PER_ARTICLE = 2
# A sentence ends at . ! ? before a capital or a quote: enough to cut news text in groups.
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"'\u201c])")
KINDS = ("timeline-1", "timeline-2", "spacy", "spacy-2", "dateparser", "store")


def corpus_articles(limit: int | None = None) -> list:
    """Distinct articles cut from the TimeML corpora, in a fixed order."""
    from timeline.timeml import list_timeml_files, read_timeml
    from timeline.types import Article

    articles, seen = [], set()
    for folder in ("timebank", "aquaint", "wikiwars", "tweets/trainingset", "tweets/testset"):
        for path in list_timeml_files(CORPORA / folder):
            document = read_timeml(path)
            sentences = [s.strip() for s in _SENTENCE_END.split(document.text) if s.strip()]
            for n in range(0, len(sentences), SENTENCES_PER_ARTICLE):
                text = " ".join(sentences[n : n + SENTENCES_PER_ARTICLE])
                if text in seen or len(text.split()) < 3:
                    continue
                seen.add(text)
                articles.append(Article(text, document.dct, "en", article_id=f"{path.stem}-{n}"))
    return articles[:limit] if limit else articles


def _peak_mib(who: int) -> float:
    return resource.getrusage(who).ru_maxrss / 1024  # KiB on Linux


def _cpu_children() -> float:
    times = os.times()
    return times.children_user + times.children_system


def measure(kind: str, articles: list, batch_size: int) -> dict:
    """One figure, in this (child) process."""
    texts = [a.text for a in articles]
    figures: dict = {"kind": kind}
    if kind.startswith("timeline"):
        from timeline.engine import extract_corpus, load_models

        processes = int(kind.split("-")[1])
        if processes == 1:  # timed apart: the workers of a pool load theirs on the clock
            start = time.perf_counter()
            load_models(("en",))
            figures.update(load_seconds=time.perf_counter() - start)
        start, cpu = time.perf_counter(), time.process_time()
        events = extract_corpus(articles, processes=processes, batch_size=batch_size)
        figures.update(seconds=time.perf_counter() - start, cpu=time.process_time() - cpu + _cpu_children(),
                       events=len(events))
    elif kind == "spacy":
        start = time.perf_counter()
        _spacy_worker_start()
        figures.update(load_seconds=time.perf_counter() - start)
        start, cpu = time.perf_counter(), time.process_time()
        _spacy_parse(texts, batch_size)
        figures.update(seconds=time.perf_counter() - start, cpu=time.process_time() - cpu)
    elif kind == "spacy-2":
        # The peer for scaling: bare spaCy the way the engine runs, spawned workers
        # loading the model on the clock, batches handed out in turn.
        import multiprocessing
        from concurrent.futures import ProcessPoolExecutor

        start, cpu = time.perf_counter(), time.process_time()
        with ProcessPoolExecutor(2, mp_context=multiprocessing.get_context("spawn"),
                                 initializer=_spacy_worker_start) as pool:
            batches = [texts[n : n + batch_size] for n in range(0, len(texts), batch_size)]
            list(pool.map(_spacy_parse, batches, [batch_size] * len(batches)))
        figures.update(seconds=time.perf_counter() - start, cpu=time.process_time() - cpu + _cpu_children())
    elif kind == "dateparser":
        import datetime as dt

        from dateparser.search import search_dates

        search_dates("warm up on Monday", languages=["en"])
        start, cpu = time.perf_counter(), time.process_time()
        found = 0
        for article in articles:
            base = dt.datetime.combine(article.published, dt.time())
            found += len(search_dates(article.text, languages=["en"], settings={"RELATIVE_BASE": base}) or ())
        figures.update(seconds=time.perf_counter() - start, cpu=time.process_time() - cpu, dates=found)
    elif kind == "store":
        from timeline.engine import load_models, process_corpus, summarise

        load_models(("en",))
        with tempfile.TemporaryDirectory() as folder:
            path = Path(folder) / "bench.db"
            runs = {}
            for run in ("cold", "warm"):
                start = time.perf_counter()
                results = list(process_corpus(articles, store=path, batch_size=batch_size))
                runs[run] = (time.perf_counter() - start, str(summarise(results)))
            figures.update(seconds=runs["cold"][0], warm_seconds=runs["warm"][0],
                           cold=runs["cold"][1], warm=runs["warm"][1],
                           store_mib=path.stat().st_size / 2**20)
    figures.update(peak_mib=_peak_mib(resource.RUSAGE_SELF), worker_peak_mib=_peak_mib(resource.RUSAGE_CHILDREN))
    return figures


_SPACY = []


def _spacy_worker_start() -> None:
    import spacy

    from timeline.nlp import model_name

    _SPACY.append(spacy.load(model_name("en")))


def _spacy_parse(texts: list[str], batch_size: int) -> None:
    for _doc in _SPACY[0].pipe(texts, batch_size=batch_size):
        pass


def profile(articles: list, batch_size: int, top: int = 25) -> None:
    import cProfile
    import pstats

    from timeline.engine import extract_corpus, load_models

    load_models(("en",))
    profiler = cProfile.Profile()
    profiler.runcall(extract_corpus, articles, batch_size=batch_size)
    stats = pstats.Stats(profiler).strip_dirs()
    print(f"cProfile of the pipeline on {len(articles)} articles, by own time:")
    stats.sort_stats("tottime").print_stats(top)
    print("by cumulative time:")
    stats.sort_stats("cumulative").print_stats(top)


def _child(kind: str, args) -> dict:
    command = [sys.executable, __file__, "--measure", kind, "--batch-size", str(args.batch_size)]
    if args.articles:
        command += ["--articles", str(args.articles)]
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        sys.exit(f"{kind} failed:\n{done.stderr}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=None, help="at most this many articles (default: all)")
    parser.add_argument("--batch-size", type=int, default=64)
    parser.add_argument("--no-dateparser", action="store_true", help="skip the (slow) dateparser figure")
    parser.add_argument("--profile", type=int, metavar="N", help="profile the pipeline on N articles instead")
    parser.add_argument("--only", metavar="KIND,...", help=f"measure only these ({', '.join(KINDS)})")
    parser.add_argument("--repeat", type=int, default=1, metavar="N",
                        help="measure each kind N times, in turn, and keep each kind's median run")
    parser.add_argument("--measure", choices=KINDS, help=argparse.SUPPRESS)  # one figure, in a child process
    args = parser.parse_args()

    if args.profile:
        profile(corpus_articles(args.profile), args.batch_size)
        return
    if args.measure:
        print(json.dumps(measure(args.measure, corpus_articles(args.articles), args.batch_size)))
        return

    articles = corpus_articles(args.articles)
    words = sum(len(a.text.split()) for a in articles)
    reproduce = " ".join([Path(sys.executable).name, "benchmarks/bench_corpus.py", *sys.argv[1:]])
    print(f"reproduce: {reproduce}")
    print(f"corpus: {len(articles):,} distinct articles, {words:,} words "
          f"({words / len(articles):.0f} words/article), batch size {args.batch_size}, {os.cpu_count()} cores")
    kinds = [k for k in KINDS if not (k == "dateparser" and args.no_dateparser)]
    if args.only:
        kinds = [k for k in kinds if k in args.only.split(",")]
    # Rounds in turn, so a slow spell of a shared machine falls on every kind alike.
    runs = {kind: [] for kind in kinds}
    for _round in range(max(1, args.repeat)):
        for kind in kinds:
            runs[kind].append(_child(kind, args))
    figures = {kind: sorted(found, key=lambda f: f["seconds"])[len(found) // 2] for kind, found in runs.items()}
    if args.repeat > 1:
        print(f"median of {args.repeat} runs per kind; wall seconds of each run: "
              + "; ".join(f"{kind} " + " ".join(f"{f['seconds']:.1f}" for f in found) for kind, found in runs.items()))

    print(f"\n{'':24}{'articles/s':>12}{'words/s':>10}{'wall s':>9}{'CPU s':>8}{'peak MiB':>10}")
    for kind in ("timeline-1", "timeline-2", "spacy", "spacy-2", "dateparser"):
        if kind not in figures:
            continue
        f = figures[kind]
        peak = f"{f['peak_mib']:.0f}" + (f" / {f['worker_peak_mib']:.0f}" if kind == "timeline-2" else "")
        label = {"timeline-1": "timeline, 1 process", "timeline-2": "timeline, 2 processes",
                 "spacy": "bare spaCy nlp.pipe", "spacy-2": "bare spaCy, 2 processes",
                 "dateparser": "dateparser search"}[kind]
        print(f"{label:24}{len(articles) / f['seconds']:>12,.1f}{words / f['seconds']:>10,.0f}"
              f"{f['seconds']:>9.2f}{f['cpu']:>8.2f}{peak:>10}")
    one, two, bare = figures.get("timeline-1"), figures.get("timeline-2"), figures.get("spacy")
    store = figures.get("store")
    if two:
        print("(timeline, 2 processes: peak MiB of the parent / of the largest worker)")
    print()
    if one and bare:
        print(f"timeline CPU cost / bare spaCy:        {one['cpu'] / bare['cpu']:.2f}x   (target <= 1.15x)")
    if one and two:
        # As a CLI run: both wall times include loading the models (in the process, or in each worker).
        print(f"2 processes / 1 process throughput:    {(one['load_seconds'] + one['seconds']) / two['seconds']:.2f}x"
              f"   (target >= 1.8x; model loading included in both: {one['load_seconds']:.2f} s in 1 process)")
    if bare and "spacy-2" in figures:
        print(f"  peer: bare spaCy, 2 processes / 1:  "
              f"{(bare['load_seconds'] + bare['seconds']) / figures['spacy-2']['seconds']:.2f}x   (same accounting)")
    if one and "dateparser" in figures:
        print(f"dateparser CPU cost / timeline:        {figures['dateparser']['cpu'] / one['cpu']:.2f}x")
    if store:
        print(f"store: cold {store['seconds']:.2f} s ({store['cold']}), warm {store['warm_seconds']:.3f} s "
              f"({store['warm']}), {store['store_mib']:.1f} MiB file")
        print(f"cold / warm:                           {store['seconds'] / store['warm_seconds']:.1f}x   (target >= 20x)")
    peaks = [f[key] for f in figures.values() for key in ("peak_mib", "worker_peak_mib") if f[key]]
    print(f"peak memory per process:               {max(peaks):.0f} MiB   (target < 1024 MiB)")
    if one and two:
        same = one["events"] == two["events"]
        print(f"events: {one['events']:,} with 1 process, {two['events']:,} with 2 ({'same' if same else 'DIFFERENT'} count)")
    print(f"load average (1, 5, 15 min) at the end: {', '.join(f'{x:.2f}' for x in os.getloadavg())}")


if __name__ == "__main__":
    main()
