"""Time of merging events across a corpus (timeline.merge.merge_events).

    .venv/bin/python benchmarks/bench_merge.py [--sizes 10000 50000] [--seed 1]

The events are real: the seed article is extracted once, then replicated into
stories (its dates shifted by a random number of days, its actors renamed,
in the sentences too, from a pool where a few names are frequent, as in news) each told by 1-10
outlets. An outlet rewrites its sentences (a fifth of the words dropped) or,
one time in five, is a syndicated copy (same text, another footer). Printed
per size: articles, events in, events out, candidate pairs scored, and the
seconds of merge_events alone (extraction is done before the clock starts).
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import time
from dataclasses import replace
from pathlib import Path

from timeline import merge
from timeline.events import extract_events
from timeline.order import build_timeline
from timeline.types import Article

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "seeds" / "microsoft-facial-recognition-police.txt"
ACTORS = 400  # distinct actor names in the corpus; rank r is drawn with weight 1/r


def seed_events():
    text = SEED.read_text(encoding="utf-8")
    return extract_events(Article(text=text, published=dt.date(2020, 6, 11), article_id="seed"))


def corpus(events, n_events: int, rng: random.Random):
    """(events, articles) with about ``n_events`` events."""
    names = sorted({e.actor for e in events if e.actor})
    pool = [f"Org{r}" for r in range(ACTORS)]
    weights = [1 / (r + 1) for r in range(ACTORS)]
    out, articles, story = [], [], 0
    while len(out) < n_events:
        story += 1
        shift = dt.timedelta(days=rng.randrange(-1500, 1500))
        renamed = dict(zip(names, rng.choices(pool, weights, k=len(names))))
        original = ""
        for outlet in range(rng.randint(1, 10)):
            aid = f"s{story}-o{outlet}"
            copy = outlet > 0 and rng.random() < 0.2
            sentences = []
            for n, e in enumerate(events, 1):
                text = e.sentence
                for name in sorted(names, key=len, reverse=True):  # the story's own actors
                    text = text.replace(name, renamed[name])
                words = text.split()
                if not copy:
                    words = [w for w in words if rng.random() > 0.2] or words
                sentence = " ".join(words)
                sentences.append(sentence)
                start = e.start + shift if e.start else None
                out.append(replace(e, article_id=aid, event_id=f"{aid}-e{n}", sentence=sentence,
                                   actor=renamed.get(e.actor, e.actor), start=start,
                                   end=e.end + shift if e.end else None,
                                   value=start.isoformat() if start else e.value))
            text = original + f"\n\nCopyright {outlet}" if copy and original else " ".join(sentences)
            original = original or text
            articles.append(Article(text=text, published=dt.date(2020, 6, 11) + shift,
                                    article_id=aid, title=f"Story {story}, outlet {outlet}"))
    return out, articles


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 50_000])
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    base = seed_events()
    counted = {}
    original = merge._candidates

    def counting(*args):
        pairs = original(*args)
        counted["pairs"] = len(pairs)
        return pairs

    merge._candidates = counting
    for size in args.sizes:
        events, articles = corpus(base, size, random.Random(args.seed))
        df = build_timeline(events)
        clock = time.perf_counter()
        merged = merge.merge_events(df, articles)
        seconds = time.perf_counter() - clock
        print(f"{len(articles):6d} articles  {len(df):6d} events -> {len(merged):6d} merged  "
              f"{counted['pairs']:8d} pairs  {seconds:6.2f} s")


if __name__ == "__main__":
    main()
