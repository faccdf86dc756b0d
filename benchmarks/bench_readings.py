"""What the readings (probability and runner-up of each mention) cost on TimeBank, in process CPU.

    .venv/bin/python benchmarks/bench_readings.py [CORPUS_DIR] [--repeat N]

Parses every document once (outside the clocks), tags them with ``find_mentions`` without
the readings step, then times ``readings.attach_readings`` alone on those mentions (best of
N). CPU time of this process: steadier than ``bench_evaluate.py``'s whole runs on a busy
machine. Prints both against the spaCy parse, which tagging pays in full.
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from timeline import nlp
from timeline.temporal import find_mentions, pipeline
from timeline.timeml import read_corpus

DEFAULT_CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpora" / "timebank"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", nargs="?", default=str(DEFAULT_CORPUS))
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    docs, _ = read_corpus(args.corpus)
    model = nlp.load("en")
    start = time.process_time()
    parsed = list(model.pipe((d.text for d in docs), batch_size=32))
    parse = time.process_time() - start
    attach = pipeline.attach_readings
    pipeline.attach_readings = lambda text, doc, mentions, published, carried=(): list(mentions)
    try:
        start = time.process_time()
        bare = [find_mentions(d.text, published=d.dct, doc=p) for d, p in zip(docs, parsed)]
        find = time.process_time() - start
    finally:
        pipeline.attach_readings = attach
    best = float("inf")
    for _ in range(args.repeat):
        start = time.process_time()
        read = [attach(d.text, p, m, d.dct) for d, p, m in zip(docs, parsed, bare)]
        best = min(best, time.process_time() - start)
    with_alternative = sum(m.timex.alternative is not None for ms in read for m in ms)
    print(f"{len(docs)} docs, {sum(map(len, bare))} mentions ({with_alternative} with an alternative)")
    print(f"parse {parse:.2f} s cpu, find_mentions without readings {find:.2f} s, readings {best:.2f} s "
          f"(+{best / (parse + find):.1%} of tagging, +{best / find:.1%} of find_mentions)")


if __name__ == "__main__":
    main()
