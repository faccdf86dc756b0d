"""Is a low reading probability a doubtful value? Calibration of ``Timex.probability`` on gold TimeML.

    .venv/bin/python benchmarks/reading_calibration.py [FOLDER ...]

For each expression the rules tag and the gold matches (relaxed span match) and that has
two readings or more, buckets the probability of the chosen reading and prints how often
the chosen value is the gold one, and how often the runner-up (``Timex.alternative``) is.
The default folders are the development folders the model was trained on, so the figures
are in-sample: an upper bound of how well the probability ranks.
"""

from __future__ import annotations

import sys
from pathlib import Path

from timeline import nlp
from timeline.evaluate import score_document
from timeline.readings_train import DEV_FOLDERS
from timeline.temporal import find_mentions
from timeline.timeml import read_corpus

CORPORA = Path(__file__).resolve().parents[2] / "shared" / "corpora"
BUCKETS = (0.5, 0.8, 0.95, 1.0)


def main(folders) -> None:
    rows = []  # (probability, chosen right, alternative right)
    single = [0, 0]  # one reading: (right, all)
    for folder in folders:
        docs, _ = read_corpus(folder)
        for doc in docs:
            mentions = find_mentions(doc.text, published=doc.dct, doc=nlp.parse(doc.text, "en"))
            scored = score_document(doc.timexes, mentions)
            for i, j in scored.pairs:
                gold, timex = scored.gold[i].value, mentions[j].timex
                if timex.alternative is None:
                    single[0] += timex.value == gold
                    single[1] += 1
                else:
                    rows.append((timex.probability, timex.value == gold, timex.alternative.value == gold))
    print(f"one reading: {single[1]} expressions, value right {single[0] / max(single[1], 1):.1%}")
    low = 0.0
    for high in BUCKETS:
        part = [r for r in rows if low <= r[0] < high or (high == 1.0 and r[0] == 1.0 and low <= r[0])]
        if part:
            print(f"p in [{low:.2f}, {high:.2f}{']' if high == 1.0 else ')'}: {len(part):5} expressions, "
                  f"chosen right {sum(r[1] for r in part) / len(part):6.1%}, "
                  f"runner-up right {sum(r[2] for r in part) / len(part):6.1%}")
        low = high


if __name__ == "__main__":
    main([Path(a) for a in sys.argv[1:]] or [CORPORA / f for f in DEV_FOLDERS])
