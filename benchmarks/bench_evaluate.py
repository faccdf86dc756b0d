"""Throughput of ``timeline evaluate`` on TimeBank: our tagger and the naive baseline, same run.

    .venv/bin/python benchmarks/bench_evaluate.py [CORPUS_DIR] [--repeat N]

Prints documents/s and words/s (whitespace-separated words of the TEXT) for
tagging alone (spaCy parse + find_mentions) and for the whole evaluation of a
folder (tagging + scoring), per system, then the timeline/baseline ratio (by
wall clock and by this process's CPU time, steadier on a busy machine). The
spaCy parse alone is printed first: both systems pay it in full. The
spaCy model is loaded once before any clock starts; the best of N runs is kept
(the usual way to damp noise from other processes on the machine).
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from timeline import evaluate as ev
from timeline import nlp
from timeline.timeml import read_corpus

DEFAULT_CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpora" / "timebank"


def measure(docs, system: str, repeat: int) -> tuple[ev.Throughput, ev.Throughput, ev.Counts]:
    """Best (tagging-only, whole evaluation) throughput over ``repeat`` runs."""
    best_tag = best_all = None
    counts = ev.Counts()
    for _ in range(repeat):
        start, cpu_start = time.perf_counter(), time.process_time()
        result = ev.evaluate_folder("bench", docs, system)
        elapsed, cpu = time.perf_counter() - start, time.process_time() - cpu_start
        whole = ev.Throughput(result.throughput.documents, result.throughput.words, elapsed, cpu)
        if best_tag is None or result.throughput.seconds < best_tag.seconds:
            best_tag = result.throughput
        if best_all is None or whole.seconds < best_all.seconds:
            best_all = whole
        counts = result.counts
    return best_tag, best_all, counts


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", nargs="?", default=str(DEFAULT_CORPUS))
    parser.add_argument("--repeat", type=int, default=1)
    args = parser.parse_args()

    docs, problems = read_corpus(args.corpus)
    if problems:
        print(f"skipped {len(problems)} unreadable files")
    pipeline = nlp.load("en")  # one-off model load, outside every measurement
    for _ in pipeline.pipe(d.text for d in docs[:5]):  # warm-up: first calls allocate
        pass
    # Reference: the spaCy parse alone, which both systems pay in full.
    start, cpu_start = time.perf_counter(), time.process_time()
    for _ in pipeline.pipe((d.text for d in docs), batch_size=32):
        pass
    parse = ev.Throughput(len(docs), sum(ev.words(d.text) for d in docs),
                          time.perf_counter() - start, time.process_time() - cpu_start)
    print(f"{'spaCy':9} parse:     {parse}")
    rows = {}
    for system in ev.SYSTEMS:
        tagging, whole, counts = measure(docs, system, args.repeat)
        rows[system] = (tagging, whole)
        print(f"{system:9} tagging:   {tagging}")
        print(f"{system:9} evaluate:  {whole}   "
              f"(relaxed F1 {counts.score('relaxed').f1:.3f}, value F1 {counts.score('value').f1:.3f})")
    for label, index in (("tagging", 0), ("evaluate", 1)):
        ours, theirs = rows["timeline"][index], rows["baseline"][index]
        wall = ours.words_per_second / theirs.words_per_second if theirs.words_per_second else 0.0
        cpu = theirs.cpu_seconds / ours.cpu_seconds if ours.cpu_seconds else 0.0
        print(f"ratio timeline/baseline ({label}, words/s): {wall:.2f}x wall clock, {cpu:.2f}x cpu")


if __name__ == "__main__":
    main()
