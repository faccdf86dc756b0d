"""Where the wrong values come from: each relaxed match whose value differs from
the gold one, put in one of five kinds.

    notation       the same value written another way ("1949-XX" / "1949",
                   "2000-W7" / "2000-W07", "P30M" / "P2Y6M"): see
                   ``timeline.evaluate.canonical_value``
    gold X filled  the gold value leaves a part unknown and ours states it
                   ("1989-WXX" / "1989-W43", "1989-QX" / "1989-Q3")
    ours finer     the gold value is a prefix of ours ("1998-10-23" /
                   "1998-10-23TNI": the gold stops at the day)
    gold finer     ours is a prefix of the gold value ("1988" / "1988-Q3")
    other          a different value

Per folder it also prints value F1 as scored, with notation differences counted
as equal, and with a part of day that the gold leaves out ("Friday night" as a
bare day) counted as equal too.

Usage:
    .venv/bin/python benchmarks/value_errors.py DIR [DIR ...] [--show KIND]
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from timeline.evaluate import context, same_up_to_notation, score_document, tag_documents  # noqa: E402
from timeline.timeml import read_corpus  # noqa: E402

_PART_OF_DAY = re.compile(r"T(?:MO|AF|EV|NI)$")
KINDS = ("notation", "gold X filled", "ours finer", "gold finer", "other")


def kind_of(gold: str, ours: str) -> str:
    if same_up_to_notation(gold, ours):
        return "notation"
    if "X" in gold and re.fullmatch(re.escape(gold).replace("X", r"\d"), ours):
        return "gold X filled"
    if ours.startswith(gold):
        return "ours finer"
    if gold.startswith(ours):
        return "gold finer"
    return "other"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("dirs", nargs="+")
    parser.add_argument("--show", choices=KINDS, help="print the cases of one kind")
    args = parser.parse_args(argv)
    for directory in args.dirs:
        docs, _ = read_corpus(directory)
        found, _ = tag_documents(docs)
        counts: Counter[str] = Counter()
        right = gold_total = system_total = part_of_day = 0
        for doc, mentions in zip(docs, found):
            scored = score_document(doc.timexes, mentions)
            gold_total += len(scored.gold)
            system_total += len(scored.system)
            for i, j in scored.pairs:
                gold, ours = scored.gold[i], scored.system[j]
                if gold.value == ours.value:
                    right += 1
                    continue
                if _PART_OF_DAY.sub("", ours.value) == gold.value:
                    part_of_day += 1  # "Friday night": the gold stops at the day, the guidelines add TNI
                kind = kind_of(gold.value, ours.value)
                counts[kind] += 1
                if kind == args.show:
                    print(f"  {context(doc.text, gold.start, gold.end)}  gold {gold.value} | ours {ours.value}")
        cells = ", ".join(f"{kind} {counts[kind]}" for kind in KINDS)
        print(f"{Path(directory).name}: {sum(counts.values())} wrong values: {cells}")
        f1 = lambda n: 2 * n / (gold_total + system_total)  # noqa: E731  value F1 = 2 right / (gold + system)
        print(f"  value F1 {f1(right):.3f}; counting notation as equal {f1(right + counts['notation']):.3f}; "
              f"and a part of day the gold leaves out ({part_of_day}) {f1(right + counts['notation'] + part_of_day):.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
