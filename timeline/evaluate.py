"""TempEval-3 Task A scoring of temporal expressions, and the ``evaluate``/``annotate`` commands.

Figures (micro-averaged: counts are summed over documents, then divided):

- strict match: system span == gold span;
- relaxed match: spans overlap, one-to-one (a maximum matching; exact-span
  pairs are preferred, then larger overlaps);
- value / type: over relaxed matches, the attribute counts when it equals the
  gold one exactly. Precision is over all system expressions and recall over
  all gold ones, so ``value F1 = relaxed F1 x value accuracy``.

Stages of a run (each a function below, the scoring ones pure):
    read_corpus -> tag_documents (timed) -> score_document -> Counts per folder
    -> format_table / errors_report
"""

from __future__ import annotations

import argparse
import inspect
import json
import os
import re
import sys
import time
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Protocol

from timeline.errors import InputError
from timeline.timeml import TimemlDocument, read_corpus


class Span(Protocol):
    """What the scorer needs of a gold timex or a system mention."""

    start: int
    end: int

    @property
    def type(self) -> str: ...

    @property
    def value(self) -> str: ...


# --- counting (pure) ----------------------------------------------------------


@dataclass(frozen=True, slots=True)
class PRF:
    precision: float
    recall: float
    f1: float


def prf(correct_sys: int, n_sys: int, correct_gold: int, n_gold: int) -> PRF:
    """Precision over system items, recall over gold ones; 0 when undefined."""
    p = correct_sys / n_sys if n_sys else 0.0
    r = correct_gold / n_gold if n_gold else 0.0
    return PRF(p, r, 2 * p * r / (p + r) if p + r else 0.0)


@dataclass(frozen=True, slots=True)
class Counts:
    gold: int = 0
    system: int = 0
    strict: int = 0  # one-to-one pairs with identical spans
    relaxed: int = 0  # one-to-one pairs with overlapping spans
    value: int = 0  # relaxed pairs whose value equals the gold value
    type: int = 0  # relaxed pairs whose type equals the gold type
    notation: int = 0  # relaxed pairs whose value equals the gold one up to notation (a diagnostic)

    def __add__(self, other: Counts) -> Counts:
        return Counts(*(a + b for a, b in zip(_astuple(self), _astuple(other))))

    def score(self, kind: str) -> PRF:
        """kind: strict | relaxed | value | type | notation."""
        hits = getattr(self, kind)
        return prf(hits, self.system, hits, self.gold)

    def scores(self) -> dict[str, PRF]:
        return {kind: self.score(kind) for kind in KINDS}


KINDS = ("strict", "relaxed", "value", "type")


def _astuple(counts: Counts) -> tuple[int, ...]:
    return (counts.gold, counts.system, counts.strict, counts.relaxed, counts.value, counts.type, counts.notation)


# --- values that differ only in how they are written ---------------------------------
# Not a TempEval-3 figure: it measures how much of the value gap is notation, where the
# development corpora write one meaning in a form of their own ("1949-XX" for the year
# 1949, "2000-W7" for week 07, "2014-12-15-WXX-1" for a Monday already dated, "P30M"
# for "P2Y6M").
_DURATION = re.compile(r"^P(?:(\d+(?:\.\d+)?)(?:Y))?(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)W)?(?:(\d+(?:\.\d+)?)D)?"
                       r"(?:T(?:(\d+(?:\.\d+)?)H)?(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)S)?)?$")
_LONG_UNITS = {"L": 12000, "ML": 12000, "C": 1200, "CE": 1200, "E": 120, "DE": 120, "Q": 3}


def canonical_value(value: str) -> str:
    """One spelling per meaning: drops "-XX" padding, pads week numbers, sums durations."""
    v = value.strip().upper()
    v = re.sub(r"^(\d{4}-\d\d-\d\d)-WXX-\d", r"\1", v)  # a weekday on a day already given
    v = re.sub(r"^(\d{4})-\d\d-(W\d\d)", r"\1-\2", v)  # a month before an ISO week
    v = re.sub(r"^(\d{4}-W)(\d)(?!\d)", r"\g<1>0\2", v)  # "2000-W7" is week 07
    v = re.sub(r"^XXXX-WE$", "XXXX-WXX-WE", v)  # "weekends": the weekend of any week
    v = re.sub(r"(?:-XX)+$", "", v)  # "1949-XX", "2014-XX-XX": no finer part is stated
    v = re.sub(r"^(\d{1,3})X+$", r"\1", v)  # "199X" is the decade "199", "19XX" the century "19"
    long_unit = re.fullmatch(r"P(\d+(?:\.\d+)?)(ML|CE|DE|L|C|E|Q)", v)
    if long_unit:  # decades, centuries, millennia and quarters in months
        v = f"P{float(long_unit[1]) * _LONG_UNITS[long_unit[2]]:g}M"
    parts = _DURATION.fullmatch(v) if v.startswith("P") and len(v) > 1 else None
    if parts:
        y, mo, w, d, h, mi, sec = (float(x) if x else 0.0 for x in parts.groups())
        months, days, seconds = y * 12 + mo, w * 7 + d, h * 3600 + mi * 60 + sec
        v = f"P{months:g}M{days:g}D{seconds:g}S"
    return v


def same_up_to_notation(gold: str, system: str) -> bool:
    return gold == system or canonical_value(gold) == canonical_value(system)


def total(counts: Iterable[Counts]) -> Counts:
    result = Counts()
    for c in counts:
        result = result + c
    return result


def _overlap(a: Span, b: Span) -> int:
    return min(a.end, b.end) - max(a.start, b.start)


def match_spans(gold: Sequence[Span], system: Sequence[Span]) -> list[tuple[int, int]]:
    """One-to-one relaxed matching: (gold index, system index) pairs, sorted.

    A maximum matching of overlapping spans. It starts from the exact-span
    pairs and grows by augmenting paths, which only undo an exact pair when
    that is the only way to match one more expression; each gold span tries
    the system spans it overlaps most first. Gold and system lists are
    small per document, so the simple O(V*E) algorithm is plenty.
    """
    candidates = [
        sorted((j for j, s in enumerate(system) if _overlap(g, s) > 0),
               key=lambda j: (-_overlap(g, system[j]), system[j].start, j))
        for g in gold
    ]
    owner: dict[int, int] = {}  # system index -> gold index
    for i, g in enumerate(gold):
        for j in candidates[i]:
            if (system[j].start, system[j].end) == (g.start, g.end) and j not in owner:
                owner[j] = i
                break
    matched_gold = set(owner.values())

    def augment(i: int, seen: set[int]) -> bool:
        for j in candidates[i]:
            if j in seen:
                continue
            seen.add(j)
            if j not in owner or augment(owner[j], seen):
                owner[j] = i
                return True
        return False

    for i in range(len(gold)):
        if i not in matched_gold:
            augment(i, set())
    return sorted((i, j) for j, i in owner.items())


def strict_matches(gold: Sequence[Span], system: Sequence[Span]) -> int:
    """Number of one-to-one pairs with identical spans (a multiset intersection)."""
    spans = Counter((s.start, s.end) for s in system)
    hits = 0
    for g in gold:
        if spans[(g.start, g.end)] > 0:
            spans[(g.start, g.end)] -= 1
            hits += 1
    return hits


def _scorable(gold: Iterable[Span]) -> list[Span]:
    # Non-consuming TIMEX3 (no text) cannot be found in text: TE3 skips them too.
    return [g for g in gold if g.end > g.start]


@dataclass(frozen=True, slots=True)
class DocumentScore:
    counts: Counts
    pairs: tuple[tuple[int, int], ...]  # relaxed matching: (gold index, system index)
    gold: tuple  # the scored gold timexes
    system: tuple  # the system mentions


def score_document(gold: Sequence[Span], system: Sequence[Span]) -> DocumentScore:
    """Score one document's system expressions against its gold ones."""
    gold, system = tuple(_scorable(gold)), tuple(system)
    pairs = match_spans(gold, system)
    counts = Counts(
        gold=len(gold),
        system=len(system),
        strict=strict_matches(gold, system),
        relaxed=len(pairs),
        value=sum(gold[i].value == system[j].value for i, j in pairs),
        type=sum(gold[i].type == system[j].type for i, j in pairs),
        notation=sum(same_up_to_notation(gold[i].value, system[j].value) for i, j in pairs),
    )
    return DocumentScore(counts, tuple(pairs), gold, system)


# --- errors, grouped so the next rule to write is obvious ---------------------

_MONTHS = ("january february march april may june july august september october november "
           "december jan feb mar apr jun jul aug sep sept oct nov dec").split()
_WEEKDAYS = ("monday tuesday wednesday thursday friday saturday sunday "
             "mon tue tues wed thu thur thurs fri sat sun").split()
_NUMBER_WORDS = ("one two three four five six seven eight nine ten eleven twelve "
                 "fifteen twenty thirty fifty hundred several few").split()


def text_shape(text: str, max_words: int = 4) -> str:
    """A grouping key for an expression: digits -> 9, month/weekday/number words
    -> MONTH/WEEKDAY/NUM, lower case, at most ``max_words`` words.

    >>> text_shape("last Friday's 12 hours")
    "last WEEKDAY's 99 hours"
    """
    words = []
    for word in text.split()[:max_words]:
        core, rest = re.match(r"([A-Za-z]*)(.*)", word).groups()
        lower = core.lower()
        if lower in _MONTHS:
            word = "MONTH" + rest
        elif lower in _WEEKDAYS:
            word = "WEEKDAY" + rest
        elif lower in _NUMBER_WORDS:
            word = "NUM" + rest
        else:
            word = re.sub(r"\d", "9", word.lower())
        words.append(word)
    return " ".join(words) + (" …" if len(text.split()) > max_words else "")


def value_shape(value: str) -> str:
    """``1998-08-07`` -> ``9999-99-99``: same shape, different digits = wrong anchor;
    different shape = wrong granularity or kind."""
    return re.sub(r"\d", "9", value) or '""'


@dataclass(frozen=True, slots=True)
class ErrorCase:
    kind: str  # missed | spurious | value | type
    group: str  # what the case is grouped under
    document: str
    context: str  # the text around, expression in [brackets]
    gold: str = ""  # "TYPE value" of the gold expression, if any
    system: str = ""  # "TYPE value" of the system expression, if any


ERROR_KINDS = {
    "missed": "missed (gold expression not found)",
    "spurious": "spurious (system expression not in gold)",
    "value": "wrong value (relaxed match, value differs)",
    "type": "wrong type (relaxed match, type differs)",
}


def context(text: str, start: int, end: int, width: int = 45) -> str:
    left = text[max(0, start - width):start]
    right = text[end:end + width]
    return " ".join(f"{left}[{text[start:end]}]{right}".split())


def _describe(span: Span) -> str:
    mod = getattr(span, "mod", None)
    return f"{span.type} {span.value}" + (f" mod={mod}" if mod else "")


def error_cases(doc: TimemlDocument, scored: DocumentScore) -> list[ErrorCase]:
    """Misses, spurious ones, wrong values and wrong types of one document."""
    cases = []
    gold_hit = {i for i, _ in scored.pairs}
    sys_hit = {j for _, j in scored.pairs}
    for i, g in enumerate(scored.gold):
        if i not in gold_hit:
            cases.append(ErrorCase("missed", f"{g.type:8} {text_shape(doc.text[g.start:g.end])}",
                                   doc.name, context(doc.text, g.start, g.end), gold=_describe(g)))
    for j, s in enumerate(scored.system):
        if j not in sys_hit:
            cases.append(ErrorCase("spurious", f"{s.type:8} {text_shape(doc.text[s.start:s.end])}",
                                   doc.name, context(doc.text, s.start, s.end), system=_describe(s)))
    for i, j in scored.pairs:
        g, s = scored.gold[i], scored.system[j]
        where = context(doc.text, min(g.start, s.start), max(g.end, s.end))
        if g.value != s.value:
            group = f"{g.type:8} {value_shape(g.value)} -> {value_shape(s.value)}"
            if same_up_to_notation(g.value, s.value):
                group += " (notation only)"
            cases.append(ErrorCase("value", group, doc.name, where, _describe(g), _describe(s)))
        if g.type != s.type:
            cases.append(ErrorCase("type", f"{g.type} -> {s.type}", doc.name, where,
                                   _describe(g), _describe(s)))
    return cases


@dataclass(frozen=True, slots=True)
class ErrorGroup:
    kind: str
    group: str
    cases: tuple[ErrorCase, ...]  # all of them, in document order
    shown: int  # how many of them the report shows


def group_errors(cases: Sequence[ErrorCase], limit: int, *, per_group: int = 3
                 ) -> dict[str, list[ErrorGroup]]:
    """Errors of each kind grouped, biggest group first, with ``limit`` examples dealt out.

    Examples go one per group in size order, then a second round, up to
    ``per_group``: a small ``limit`` shows many groups (which rule is missing),
    a large one several cases of each (what the rule must cover).
    """
    result = {}
    for kind in ERROR_KINDS:
        groups: dict[str, list[ErrorCase]] = defaultdict(list)
        for case in cases:
            if case.kind == kind:
                groups[case.group].append(case)
        ordered = sorted(groups.items(), key=lambda g: (-len(g[1]), g[0]))
        shown = {group: 0 for group, _ in ordered}
        budget = limit
        for _ in range(per_group):
            for group, members in ordered:
                if budget and shown[group] < len(members):
                    shown[group] += 1
                    budget -= 1
        result[kind] = [ErrorGroup(kind, group, tuple(members), shown[group])
                        for group, members in ordered]
    return result


def errors_report(cases: Sequence[ErrorCase], limit: int, *, per_group: int = 3) -> str:
    """Up to ``limit`` examples of each kind, under their groups, biggest group first."""
    lines = []
    for kind, groups in group_errors(cases, limit, per_group=per_group).items():
        count = sum(len(g.cases) for g in groups)
        lines.append(f"\n== {ERROR_KINDS[kind]}: {count} in {len(groups)} groups")
        for g in groups:
            if not g.shown:
                continue
            lines.append(f"  {len(g.cases):4d} × {g.group}")
            for case in g.cases[:g.shown]:
                attrs = " | ".join(x for x in (case.gold and f"gold {case.gold}",
                                               case.system and f"sys {case.system}") if x)
                lines.append(f"         {case.document}: {case.context}   ({attrs})")
        hidden = [g for g in groups if not g.shown]
        if hidden:
            lines.append(f"   ... {len(hidden)} more groups ({sum(len(g.cases) for g in hidden)} cases); "
                         "raise --errors to see them")
    return "\n".join(lines)


# --- tagging (timed) ----------------------------------------------------------


def _system(name: str) -> Callable:
    if name == "baseline":
        from timeline.baseline import find_mentions
    else:
        from timeline.temporal import find_mentions
    return find_mentions


def words(text: str) -> int:
    return len(text.split())


@dataclass(frozen=True, slots=True)
class Throughput:
    documents: int
    words: int
    seconds: float  # wall clock
    cpu_seconds: float = 0.0  # this process only: steadier when the machine is busy

    @property
    def docs_per_second(self) -> float:
        return self.documents / self.seconds if self.seconds else 0.0

    @property
    def words_per_second(self) -> float:
        return self.words / self.seconds if self.seconds else 0.0

    def __str__(self) -> str:
        return (f"{self.documents} docs, {self.words:,} words in {self.seconds:.1f} s "
                f"(cpu {self.cpu_seconds:.1f} s): "
                f"{self.docs_per_second:.1f} docs/s, {self.words_per_second:,.0f} words/s")


def tag_documents(docs: Sequence[TimemlDocument], system: str = "timeline",
                  *, batch_size: int = 32) -> tuple[list[list], Throughput]:
    """Run a system on every document against its DCT; returns mentions and timing.

    The spaCy model is loaded before the clock starts (a one-off cost, not
    throughput); parsing with ``nlp.pipe`` is inside it, as it is part of tagging.
    """
    from timeline import nlp

    find_mentions = _system(system)
    pipeline = nlp.load("en")
    # A tagger that cannot take the parse (no ``doc=``) is still measured, parsing itself.
    takes_doc = "doc" in inspect.signature(find_mentions).parameters
    start, cpu_start = time.perf_counter(), time.process_time()
    results = []
    if takes_doc:  # nlp.pipe batches the texts: spaCy's way to parse many at once
        for doc, parsed in zip(docs, pipeline.pipe((nlp.parseable(d.text) for d in docs), batch_size=batch_size)):
            results.append(list(find_mentions(doc.text, published=doc.dct, doc=parsed)))
    else:
        results = [list(find_mentions(d.text, published=d.dct)) for d in docs]
    seconds, cpu = time.perf_counter() - start, time.process_time() - cpu_start
    return results, Throughput(len(docs), sum(words(d.text) for d in docs), seconds, cpu)


# --- a whole run ----------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class FolderResult:
    folder: str
    system: str
    documents: int
    counts: Counts
    throughput: Throughput
    errors: tuple[ErrorCase, ...] = field(default=(), repr=False)


def folder_labels(directories: Sequence[str | Path]) -> list[str]:
    """Short names: each folder relative to the folders' common parent."""
    paths = [Path(d).resolve() for d in directories]
    if len(paths) == 1:
        return [paths[0].name]
    parent = Path(os.path.commonpath(paths))
    return [str(p.relative_to(parent)) or p.name for p in paths]


def evaluate_folder(label: str, docs: Sequence[TimemlDocument], system: str) -> FolderResult:
    mentions, throughput = tag_documents(docs, system)
    counts, cases = [], []
    for doc, found in zip(docs, mentions):
        scored = score_document(doc.timexes, found)
        counts.append(scored.counts)
        cases.extend(error_cases(doc, scored))
    return FolderResult(label, system, len(docs), total(counts), throughput, tuple(cases))


def format_table(results: Sequence[FolderResult]) -> str:
    """One row per system and folder, then the overall row of each system."""
    head = (f"{'system':9} {'folder':20} {'docs':>5} {'gold':>5} {'sys':>5} |"
            f" {'strict P':>8} {'R':>5} {'F1':>5} | {'relaxed P':>9} {'R':>5} {'F1':>5} |"
            f" {'value P':>7} {'R':>5} {'F1':>5} | {'type P':>6} {'R':>5} {'F1':>5} | {'value~ F1':>9}")
    lines = [head, "-" * len(head)]

    def row(system: str, folder: str, documents: int, c: Counts) -> str:
        s = c.scores()
        cells = [f"{system:9} {folder[:20]:20} {documents:5d} {c.gold:5d} {c.system:5d}"]
        for kind, width in (("strict", 8), ("relaxed", 9), ("value", 7), ("type", 6)):
            cells.append(f"{s[kind].precision:{width}.3f} {s[kind].recall:5.3f} {s[kind].f1:5.3f}")
        cells.append(f"{c.score('notation').f1:9.3f}")
        return " | ".join(cells)

    for system in dict.fromkeys(r.system for r in results):
        mine = [r for r in results if r.system == system]
        lines.extend(row(system, r.folder, r.documents, r.counts) for r in mine)
        if len(mine) > 1:
            lines.append(row(system, "ALL", sum(r.documents for r in mine),
                             total(r.counts for r in mine)))
    lines.append("value~: value F1 counting values that differ only in notation as equal"
                 " (\"1949-XX\" = \"1949\", \"2000-W7\" = \"2000-W07\", \"P30M\" = \"P2Y6M\");"
                 " a diagnostic, not a TempEval-3 figure.")
    return "\n".join(lines)


def overall_throughput(results: Sequence[FolderResult]) -> Throughput:
    return Throughput(sum(r.throughput.documents for r in results),
                      sum(r.throughput.words for r in results),
                      sum(r.throughput.seconds for r in results),
                      sum(r.throughput.cpu_seconds for r in results))


def to_json(results: Sequence[FolderResult], problems: Sequence[str], error_limit: int = 0) -> dict:
    def block(documents: int, counts: Counts, throughput: Throughput) -> dict:
        return {
            "documents": documents,
            "counts": asdict(counts),
            **{kind: asdict(score) for kind, score in counts.scores().items()},
            "value_up_to_notation": asdict(counts.score("notation")),
            "throughput": {"seconds": round(throughput.seconds, 3),
                           "cpu_seconds": round(throughput.cpu_seconds, 3),
                           "words": throughput.words,
                           "docs_per_second": round(throughput.docs_per_second, 2),
                           "words_per_second": round(throughput.words_per_second, 1)},
        }

    systems = {}
    for system in dict.fromkeys(r.system for r in results):
        mine = [r for r in results if r.system == system]
        entry = {
            "folders": {r.folder: block(r.documents, r.counts, r.throughput) for r in mine},
            "overall": block(sum(r.documents for r in mine), total(r.counts for r in mine),
                             overall_throughput(mine)),
        }
        if error_limit:
            grouped = group_errors([c for r in mine for c in r.errors], error_limit)
            entry["errors"] = {
                kind: {"total": sum(len(g.cases) for g in groups),
                       "groups": [{"group": g.group, "count": len(g.cases),
                                   "examples": [asdict(c) for c in g.cases[:g.shown]]}
                                  for g in groups if g.shown]}
                for kind, groups in grouped.items()
            }
        systems[system] = entry
    return {"systems": systems, "problems": list(problems)}


def run(directories: Sequence[str | Path], systems: Sequence[str] = ("timeline",)
        ) -> tuple[list[FolderResult], list[str]]:
    """Read every folder once, then tag and score it with each system."""
    corpora, problems = [], []
    for label, directory in zip(folder_labels(directories), directories):
        docs, bad = read_corpus(directory)
        problems.extend(bad)
        if not docs:
            raise InputError(f"{directory}: no readable .tml files.")
        corpora.append((label, docs))
    results = [evaluate_folder(label, docs, system) for system in systems for label, docs in corpora]
    return results, problems


# --- command line -----------------------------------------------------------------

SYSTEMS = ("timeline", "baseline")


def _cmd_evaluate(args: argparse.Namespace) -> int:
    systems = list(dict.fromkeys(args.system or ["timeline"]))
    results, problems = run(args.dirs, systems)
    for problem in problems:
        print(f"warning: skipped {problem}", file=sys.stderr)
    if args.json:
        json.dump(to_json(results, problems, args.errors), sys.stdout, indent=2, ensure_ascii=False)
        sys.stdout.write("\n")
        return 0
    print(format_table(results))
    print()
    for system in systems:
        print(f"tagging throughput, {system}: {overall_throughput([r for r in results if r.system == system])}")
    if args.errors:
        for system in systems:
            cases = [c for r in results if r.system == system for c in r.errors]
            print(f"\n##### errors of {system}")
            print(errors_report(cases, args.errors))
    return 0


def _input_files(inputs: Sequence[str]) -> list[Path]:
    from timeline.timeml import list_timeml_files

    files = []
    for item in inputs:
        path = Path(item)
        if path.is_dir():
            files.extend(list_timeml_files(path))
        elif path.is_file():
            files.append(path)
        else:
            raise InputError(f"{item}: no such file or folder.")
    names = Counter(p.name for p in files)
    clashes = sorted(n for n, k in names.items() if k > 1)
    if clashes:
        raise InputError(f"several inputs named {clashes[0]}: outputs would overwrite each other.")
    return files


def _cmd_annotate(args: argparse.Namespace) -> int:
    from timeline.timeml import read_timeml, write_system_output

    docs, failed = [], 0
    for path in _input_files(args.inputs):
        try:
            docs.append(read_timeml(path))
        except InputError as error:
            print(f"warning: skipped {error}", file=sys.stderr)
            failed += 1
    if not docs:
        raise InputError("no readable TimeML input.")
    mentions, throughput = tag_documents(docs, args.system)
    for doc, found in zip(docs, mentions):
        write_system_output(doc, found, args.output)
    print(f"wrote {len(docs)} file{'' if len(docs) == 1 else 's'} to {args.output} ({throughput})"
          + (f"; skipped {failed}" if failed else ""), file=sys.stderr)
    return 1 if failed else 0


def register_cli(subparsers) -> None:
    """Add ``annotate`` and ``evaluate`` to the ``timeline`` command."""
    annotate = subparsers.add_parser(
        "annotate", help="write TempEval-3 system-output .tml files (TIMEX3 tags in <TEXT>)")
    annotate.add_argument("inputs", nargs="+", metavar="IN", help=".tml files or folders of them")
    annotate.add_argument("-o", "--output", required=True, metavar="OUTDIR",
                          help="folder for the output files (same names as the inputs)")
    annotate.add_argument("--system", choices=SYSTEMS, default="timeline")
    annotate.set_defaults(func=_cmd_annotate)

    evaluate = subparsers.add_parser(
        "evaluate", help="score the tagger on TimeML folders (TempEval-3 Task A)")
    evaluate.add_argument("dirs", nargs="+", metavar="DIR", help="folders of gold .tml files")
    evaluate.add_argument("--json", action="store_true", help="print the scores as JSON")
    evaluate.add_argument("--errors", type=int, default=0, metavar="N",
                          help="show up to N misses, spurious, wrong values and wrong types each")
    evaluate.add_argument("--system", action="append", choices=SYSTEMS, metavar="{timeline,baseline}",
                          help="system to score (repeat to compare in one run; default timeline)")
    evaluate.set_defaults(func=_cmd_evaluate)
