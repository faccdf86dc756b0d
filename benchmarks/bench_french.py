"""Throughput of the French tagger, against dateparser's search (the peer), same run.

    .venv/bin/python benchmarks/bench_french.py [--copies N] [--repeat N]

The text is the bundled French sample and the sentences of the French test table
(``tests/test_french.py``), the whole repeated N times, cut into one article per
paragraph. Printed: the spaCy parse alone (which the French tagger pays, and the
peer does not), timeline's French tagging (parse + rules + resolution), and
``dateparser.search.search_dates`` over the same articles, in articles/s and
words/s, then the timeline/peer ratio. Models are loaded and warmed up before
any clock starts; the best of ``--repeat`` runs is kept.
"""

from __future__ import annotations

import argparse
import ast
import datetime as dt
import time
from pathlib import Path

from timeline import nlp
from timeline.temporal import find_mentions

ROOT = Path(__file__).resolve().parents[1]
PUBLISHED = dt.date(2020, 6, 11)


def french_articles(copies: int) -> list[str]:
    """The sample's paragraphs and the test table's sentences, ``copies`` times over."""
    sample = (ROOT / "seeds" / "microsoft-reconnaissance-faciale-police-fr.txt").read_text(encoding="utf-8")
    paragraphs = [p for p in sample.split("\n\n") if p.strip()]
    table = ast.parse((ROOT / "tests" / "test_french.py").read_text(encoding="utf-8"))
    sentences = sorted({node.elts[0].value for node in ast.walk(table)
                        if isinstance(node, ast.Tuple) and len(node.elts) == 3
                        and all(isinstance(e, ast.Constant) and isinstance(e.value, str) for e in node.elts)})  # fmt: skip
    return (paragraphs + sentences) * copies


def best_of(repeat: int, run) -> tuple[float, float, int]:
    """(wall seconds, cpu seconds, expressions found) of the fastest of ``repeat`` runs."""
    best = None
    for _ in range(repeat):
        start, cpu_start = time.perf_counter(), time.process_time()
        found = run()
        result = (time.perf_counter() - start, time.process_time() - cpu_start, found)
        best = result if best is None or result[0] < best[0] else best
    return best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--copies", type=int, default=20)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()

    from dateparser.search import search_dates

    articles = french_articles(args.copies)
    words = sum(len(a.split()) for a in articles)
    pipeline = nlp.load("fr")
    settings = {"RELATIVE_BASE": dt.datetime.combine(PUBLISHED, dt.time()), "PREFER_DAY_OF_MONTH": "first"}
    for text in articles[:5]:  # warm-up: model, regexes and dateparser's language data
        find_mentions(text, published=PUBLISHED, lang="fr")
        search_dates(text, languages=["fr"], settings=settings)

    def parse() -> int:
        return sum(1 for _ in pipeline.pipe(articles, batch_size=32))

    def timeline() -> int:
        return sum(len(find_mentions(doc.text, published=PUBLISHED, lang="fr", doc=doc))
                   for doc in pipeline.pipe(articles, batch_size=32))  # fmt: skip

    def peer() -> int:
        return sum(len(search_dates(text, languages=["fr"], settings=settings) or []) for text in articles)

    print(f"{len(articles):,} French articles, {words:,} words (best of {args.repeat})")
    figures = {}
    for name, run in (("spaCy parse", parse), ("timeline (parse + rules)", timeline), ("dateparser search", peer)):
        wall, cpu, found = best_of(args.repeat, run)
        figures[name] = wall
        note = "" if name == "spaCy parse" else f", {found:,} expressions"
        print(f"{name:26} {wall:6.2f} s (cpu {cpu:.2f} s): {len(articles) / wall:8.1f} articles/s, {words / wall:9,.0f} words/s{note}")
    ratio = figures["dateparser search"] / figures["timeline (parse + rules)"]
    print(f"ratio timeline/dateparser (words/s): {ratio:.2f}x")


if __name__ == "__main__":
    main()
