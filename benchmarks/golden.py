"""Golden dump: every output the temporal core and the events produce, to prove a move changed nothing.

    .venv/bin/python benchmarks/golden.py write OUT.jsonl [--quick]
    .venv/bin/python benchmarks/golden.py diff BEFORE.jsonl AFTER.jsonl [--ignore FIELD ...]

``write`` dumps, one JSON object per line, in a fixed order:
  - every mention (all Timex fields and the rule) and every event of each document
    of the development folders (``../shared/corpora``; tweets/testset is left out,
    it is scored once at the end of the accuracy work) and of both seeds;
  - the mentions of every sentence written in the tests (each string literal of
    ``tests/`` with four words or more; French for the French test files);
  - a grid of pure ``resolve`` calls: each distinct mention text x 3 reference
    dates x each direction x with and without a previous mention.
``diff`` compares, unit by unit (a document, a test sentence, a resolve text), what
both dumps cover, prints the first differences and exits 1 when any unit differs;
units only one dump has (a test sentence added since) are counted apart. ``--ignore FIELD``
leaves a field out of both dumps at any depth (a field added since: ``--ignore alternative
--ignore probability`` compares the Timex values without the readings' fields).
Make the dump before the first move and diff after every commit: a refactoring
commit must leave it empty. ``--quick`` keeps the first 20 documents of each folder.
"""

from __future__ import annotations

import argparse
import ast
import dataclasses
import datetime as dt
import enum
import json
import sys
import time
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPORA = ROOT.parent / "shared" / "corpora"
FOLDERS = ("timebank", "aquaint", "tweets/trainingset", "wikiwars")
SEEDS = (("microsoft-facial-recognition-police", "en"), ("microsoft-reconnaissance-faciale-police-fr", "fr"))
TEST_DATE = dt.date(2020, 6, 11)  # the seed's publication date, which most test sentences assume
GRID_REFERENCES = (dt.date(2020, 6, 11), dt.date(1998, 2, 27), dt.date(2021, 1, 3))


def plain(value):
    """A JSON-ready form of dataclasses, enums, dates and sets (sets sorted)."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    if isinstance(value, (set, frozenset)):
        return sorted(plain(v) for v in value)
    if isinstance(value, (list, tuple)):
        return [plain(v) for v in value]
    return value


def test_sentences() -> list[tuple[str, str, str]]:
    """(file, language, sentence) for each string literal of four words or more in tests/."""
    found, seen = [], set()
    for path in sorted((ROOT / "tests").rglob("*.py")):
        lang = "fr" if "french" in path.name or path.name.endswith("_fr.py") else "en"
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Constant) and isinstance(node.value, str):
                text = node.value
                if len(text.split()) >= 4 and len(text) <= 5000 and (lang, text) not in seen:
                    seen.add((lang, text))
                    found.append((path.name, lang, text))
    return found


def documents(quick: bool):
    """(name, text, published, language) for the corpora's documents and the seeds."""
    from timeline.ingest import read_article
    from timeline.timeml import read_corpus

    for folder in FOLDERS:
        docs, _ = read_corpus(CORPORA / folder)
        for doc in docs[:20] if quick else docs:
            yield f"{folder}/{doc.name}", doc.text, doc.dct, "en"
    for stem, lang in SEEDS:
        article = read_article(ROOT / "seeds" / f"{stem}.txt")
        yield f"seeds/{stem}", article.text, article.published, lang


def write(out: Path, quick: bool) -> None:
    from timeline import nlp
    from timeline.events import extract_events
    from timeline.resolve import resolve
    from timeline.temporal import find_mentions
    from timeline.types import Article, Direction

    began = time.perf_counter()
    texts: dict[str, None] = {}
    with out.open("w", encoding="utf-8") as sink:
        def emit(record):
            sink.write(json.dumps(record, ensure_ascii=False, sort_keys=True) + "\n")

        for name, text, published, lang in documents(quick):
            doc = nlp.parse(text, lang) if len(text) <= 100_000 else None
            mentions = find_mentions(text, published=published, lang=lang, doc=doc)
            for m in mentions:
                texts.setdefault(m.text)
                emit({"kind": "mention", "doc": name, **plain(m)})
            article = Article(text=text, published=published, language=lang, article_id=name)
            for event in extract_events(article, doc=doc, mentions=mentions if doc is not None else None):
                emit({"kind": "event", "doc": name, **plain(event)})
        for file, lang, sentence in test_sentences():
            for m in find_mentions(sentence, published=TEST_DATE, lang=lang):
                texts.setdefault(m.text)
                emit({"kind": "test mention", "doc": file, "sentence": sentence, **plain(m)})
        previous = resolve("June 3, 2020", reference=TEST_DATE)
        for text in sorted(texts):
            for reference in GRID_REFERENCES:
                for direction in Direction:
                    for prev in (None, previous):
                        try:
                            result = plain(resolve(text, reference=reference, direction=direction, previous=prev))
                        except Exception as error:  # a crash is an output too: it must not change
                            result = {"error": type(error).__name__}
                        emit({"kind": "resolve", "text": text, "reference": reference.isoformat(),
                              "direction": direction.value, "previous": prev is not None, "timex": result})
    lines = sum(1 for _ in out.open(encoding="utf-8"))
    print(f"{out}: {lines} records, {len(texts)} distinct mention texts, "
          f"{time.perf_counter() - began:.0f} s", file=sys.stderr)


def _without(value, ignored: frozenset[str]):
    """``value`` with the keys ``ignored`` left out of every object in it."""
    if isinstance(value, dict):
        return {k: _without(v, ignored) for k, v in value.items() if k not in ignored}
    if isinstance(value, list):
        return [_without(v, ignored) for v in value]
    return value


def _units(path: Path, ignored: frozenset[str] = frozenset()) -> dict[tuple, list[str]]:
    """Records grouped by what produced them: a document, a test sentence, a resolve text."""
    units: dict[tuple, list[str]] = {}
    with path.open(encoding="utf-8") as lines:
        for line in lines:
            record = json.loads(line)
            if ignored:
                record = _without(record, ignored)
                line = json.dumps(record, ensure_ascii=False, sort_keys=True) + "\n"
            kind = record["kind"]
            if kind in ("mention", "event"):
                key = ("document", record["doc"])
            elif kind == "test mention":
                key = ("test sentence", record["sentence"])
            else:
                key = ("resolve", record["text"])
            units.setdefault(key, []).append(line)
    return units


def diff(before: Path, after: Path, show: int = 10, ignore: Sequence[str] = ()) -> int:
    """Compare what both dumps cover, unit by unit (a document, a test sentence, a
    resolve text); units only one dump has (a test sentence added) are counted apart.
    ``ignore``: fields left out of both at any depth."""
    ignored = frozenset(ignore)
    old, new = _units(before, ignored), _units(after, ignored)
    common = [key for key in old if key in new]
    changed = [key for key in common if old[key] != new[key]]
    for key in changed[:show]:
        print(f"{key[0]} {key[1][:80]!r}:")
        for x, y in zip(old[key], new[key]):
            if x != y:
                print(f"  before {x.rstrip()[:600]}\n  after  {y.rstrip()[:600]}")
                break
        else:
            print(f"  {len(old[key])} record(s) before, {len(new[key])} after")
    print(f"{len(changed)} differing unit(s) of {len(common)} in both "
          f"({sum(len(old[k]) for k in common)} records); "
          f"{sum(k not in new for k in old)} only before, {sum(k not in old for k in new)} only after")
    return 1 if changed else 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    w = sub.add_parser("write")
    w.add_argument("out", type=Path)
    w.add_argument("--quick", action="store_true")
    d = sub.add_parser("diff")
    d.add_argument("before", type=Path)
    d.add_argument("after", type=Path)
    d.add_argument("--ignore", action="append", default=[], metavar="FIELD",
                   help="leave this field out of both dumps, at any depth (repeatable)")
    args = parser.parse_args()
    if args.command == "write":
        write(args.out, args.quick)
        return 0
    return diff(args.before, args.after, ignore=args.ignore)


if __name__ == "__main__":
    sys.exit(main())
