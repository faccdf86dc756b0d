"""The TempEval-3 Task A scorer on hand-made documents whose scores were computed by hand.

Spans are (start, end) character offsets; no text or spaCy is needed to score.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from pathlib import Path

import pytest

from timeline import cli
from timeline import evaluate as ev
from timeline.evaluate import Counts, same_up_to_notation, score_document, total
from timeline.timeml import GoldTimex, TimemlDocument, mentions_to_timeml
from timeline.types import Mention, Timex

CORPORA = Path(__file__).resolve().parents[2] / "shared" / "corpora"


@dataclass(frozen=True, slots=True)
class S:
    """A fake gold timex or system mention: all the scorer reads."""

    start: int
    end: int
    type: str = "DATE"
    value: str = "1998-08-07"


# (gold, system, expected Counts(gold, system, strict, relaxed, value, type, notation), note)
CASES = [
    ([S(0, 5)], [S(0, 5)], Counts(1, 1, 1, 1, 1, 1, 1), "perfect"),
    ([], [], Counts(0, 0, 0, 0, 0, 0, 0), "nothing to find, nothing found"),
    ([S(0, 5)], [], Counts(1, 0, 0, 0, 0, 0, 0), "all missed"),
    ([], [S(0, 5)], Counts(0, 1, 0, 0, 0, 0, 0), "all spurious"),
    ([S(0, 5)], [S(5, 9)], Counts(1, 1, 0, 0, 0, 0, 0), "touching is not overlapping (half-open)"),
    ([S(0, 10)], [S(3, 5)], Counts(1, 1, 0, 1, 1, 1, 1), "inside: relaxed only"),
    ([S(0, 10)], [S(0, 10, "TIME", "1998")], Counts(1, 1, 1, 1, 0, 0, 0), "same span, wrong attributes"),
    # One system span over two gold spans matches only one of them (one-to-one).
    ([S(0, 10), S(11, 20)], [S(0, 20)], Counts(2, 1, 0, 1, 1, 1, 1), "one system over two gold"),
    ([S(0, 20)], [S(0, 10), S(11, 20)], Counts(1, 2, 0, 1, 1, 1, 1), "two system inside one gold"),
    # The same span annotated twice in gold is matched once per system copy.
    ([S(0, 5), S(0, 5)], [S(0, 5)], Counts(2, 1, 1, 1, 1, 1, 1), "duplicate gold span"),
    # Maximum matching, not greedy: G1=(0,10) has the exact pair S1=(0,10), but
    # G2=(0,3) overlaps only S1 and S2=(8,10) overlaps only G1. The exact pair
    # is undone to match both: G1-S2, G2-S1. Strict still counts G1==S1.
    ([S(0, 10), S(0, 3)], [S(0, 10), S(8, 10)], Counts(2, 2, 1, 2, 2, 2, 2), "augmenting path"),
    # Among overlapping candidates the exact span is chosen, so the value is
    # compared with the right system expression.
    ([S(5, 10, value="A")], [S(0, 6, value="B"), S(5, 10, value="A")],
     Counts(1, 2, 1, 1, 1, 1, 1), "exact span preferred"),
    # Non-consuming gold TIMEX3 (empty span) is not scored at all.
    ([S(4, 4), S(0, 5)], [S(0, 5)], Counts(1, 1, 1, 1, 1, 1, 1), "empty gold span ignored"),
]
assert len({c[3] for c in CASES}) == len(CASES)


@pytest.mark.parametrize("gold, system, expected, note", CASES, ids=[c[3] for c in CASES])
def test_counts(gold, system, expected, note):
    assert score_document(gold, system).counts == expected


def approx(*values):
    return pytest.approx(values, abs=1e-9)


def prf(counts: Counts, kind: str):
    s = counts.score(kind)
    return (s.precision, s.recall, s.f1)


def test_strict_versus_relaxed_by_hand():
    # gold: A(0,10) DATE 1998-08-07, B(20,25) DURATION P2Y, C(40,45) DATE 1998
    # sys:  a(0,10) exact on A, b(18,25) overlaps B, d(60,65) spurious
    gold = [S(0, 10), S(20, 25, "DURATION", "P2Y"), S(40, 45, "DATE", "1998")]
    system = [S(0, 10), S(18, 25, "DURATION", "P2Y"), S(60, 65)]
    c = score_document(gold, system).counts
    # strict: only A=a -> P = 1/3, R = 1/3, F1 = 1/3
    assert prf(c, "strict") == approx(1 / 3, 1 / 3, 1 / 3)
    # relaxed: A-a and B-b -> P = 2/3, R = 2/3, F1 = 2/3
    assert prf(c, "relaxed") == approx(2 / 3, 2 / 3, 2 / 3)
    # both matched pairs have the gold value and type -> 2/3 each
    assert prf(c, "value") == approx(2 / 3, 2 / 3, 2 / 3)
    assert prf(c, "type") == approx(2 / 3, 2 / 3, 2 / 3)


def test_value_and_type_f1_formula_by_hand():
    # 4 gold, 5 system; 4 relaxed matches, of which 2 have the right value and 3 the right type.
    gold = [S(0, 5, "DATE", "1998"), S(10, 15, "DATE", "1999"), S(20, 25, "DURATION", "P2Y"),
            S(30, 35, "TIME", "1998-08-07T10:00")]
    system = [S(0, 5, "DATE", "1998"), S(10, 14, "DATE", "1999-08"), S(21, 25, "DATE", "P2Y"),
              S(30, 35, "TIME", "1998-08-07T11:00"), S(50, 55)]
    c = score_document(gold, system).counts
    assert c == Counts(gold=4, system=5, strict=2, relaxed=4, value=2, type=3, notation=2)
    # relaxed: P = 4/5, R = 4/4, F1 = 2*0.8*1/(1.8) = 8/9
    assert prf(c, "relaxed") == approx(4 / 5, 1.0, 8 / 9)
    # value: P = 2/5, R = 2/4, F1 = 2*0.4*0.5/0.9 = 4/9 = relaxed F1 (8/9) x accuracy (2/4)
    assert prf(c, "value") == approx(2 / 5, 2 / 4, 4 / 9)
    assert c.score("value").f1 == pytest.approx(c.score("relaxed").f1 * c.value / c.relaxed)
    # type: P = 3/5, R = 3/4, F1 = 2*0.6*0.75/1.35 = 2/3 = 8/9 x 3/4
    assert prf(c, "type") == approx(3 / 5, 3 / 4, 2 / 3)
    # strict: (0,5) and (30,35) -> P = 2/5, R = 2/4, F1 = 4/9
    assert prf(c, "strict") == approx(2 / 5, 2 / 4, 4 / 9)


def test_micro_average_sums_counts_before_dividing():
    # doc 1: 1 gold, 1 system, exact.     doc 2: 3 gold, 1 system, no overlap.
    doc1 = score_document([S(0, 5)], [S(0, 5)]).counts
    doc2 = score_document([S(0, 5), S(10, 15), S(20, 25)], [S(30, 35)]).counts
    both = total([doc1, doc2])
    assert both == Counts(gold=4, system=2, strict=1, relaxed=1, value=1, type=1, notation=1)
    # micro: P = 1/2, R = 1/4, F1 = 2*(1/2)(1/4)/(3/4) = 1/3   (macro F1 would be (1 + 0)/2 = 1/2)
    assert prf(both, "strict") == approx(1 / 2, 1 / 4, 1 / 3)


def test_zero_division_gives_zero():
    assert prf(Counts(), "relaxed") == approx(0.0, 0.0, 0.0)
    assert prf(Counts(gold=3), "value") == approx(0.0, 0.0, 0.0)


def test_relaxed_is_never_below_strict():
    for gold, system, _, _ in CASES:
        c = score_document(gold, system).counts
        assert c.strict <= c.relaxed <= min(c.gold, c.system)
        assert c.value <= c.relaxed and c.type <= c.relaxed


# --- error report ---------------------------------------------------------------------

TEXT = "He said on Friday that in the past two years sales rose, and 49 more on Monday."


def gold_timex(fragment: str, type_: str, value: str, tid: str) -> GoldTimex:
    start = TEXT.index(fragment)
    return GoldTimex(tid, start, start + len(fragment), fragment, type_, value)


def fake_mention(fragment: str, type_: str, value: str) -> Mention:
    start = TEXT.index(fragment)
    return Mention(fragment, start, start + len(fragment), Timex(type_, value, "day", "test"))


DOC = TimemlDocument(
    name="d.tml", path=Path("d.tml"), dct=dt.date(1998, 8, 7), text=TEXT,
    timexes=(gold_timex("Friday", "DATE", "1998-08-07", "t1"),
             gold_timex("the past two years", "DURATION", "P2Y", "t2"),
             gold_timex("Monday", "DATE", "1998-08-10", "t3")),
)
SYSTEM = [fake_mention("Friday", "DATE", "1998-08-07"),
          fake_mention("two years", "DATE", "1996"),  # relaxed match, wrong type and value
          fake_mention("49", "DATE", "2049")]  # spurious; Monday missed


def test_error_cases_are_classified_and_grouped():
    cases = ev.error_cases(DOC, score_document(DOC.timexes, SYSTEM))
    got = sorted((c.kind, c.group.split(), c.gold, c.system) for c in cases)
    assert got == [
        ("missed", ["DATE", "WEEKDAY"], "DATE 1998-08-10", ""),
        ("spurious", ["DATE", "99"], "", "DATE 2049"),
        ("type", ["DURATION", "->", "DATE"], "DURATION P2Y", "DATE 1996"),
        ("value", ["DURATION", "P9Y", "->", "9999"], "DURATION P2Y", "DATE 1996"),
    ]
    missed = next(c for c in cases if c.kind == "missed")
    assert "49 more on [Monday]." in missed.context


def test_errors_report_lists_biggest_groups_first_within_the_limit():
    cases = [ev.ErrorCase("missed", "DATE now", "a.tml", f"ctx {i}", "DATE PRESENT_REF") for i in range(5)]
    cases += [ev.ErrorCase("missed", "DATE 9999", "b.tml", "ctx y", "DATE 1997")]
    report = ev.errors_report(cases, limit=2)
    lines = report.splitlines()
    assert "missed (gold expression not found): 6 in 2 groups" in report
    # limit 2: one example for each of the two groups, the bigger group first
    assert lines.index("     5 × DATE now") < lines.index("     1 × DATE 9999")
    assert sum("ctx" in line for line in lines) == 2


# (text, expected shape)
SHAPES = [
    ("last Friday's 12 hours", "last WEEKDAY's 99 hours"),
    ("Sept. 3, 1998", "MONTH. 9, 9999"),
    ("the past two years", "the past NUM years"),
    ("a b c d e", "a b c d …"),
]


@pytest.mark.parametrize("text, shape", SHAPES)
def test_text_shape(text, shape):
    assert ev.text_shape(text) == shape


# --- command line, with a fake tagger (no spaCy) ----------------------------------------


def test_cli_evaluate_json_and_annotate(tmp_path, monkeypatch, capsys):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    gold = [fake_mention("Friday", "DATE", "1998-08-07"), fake_mention("Monday", "DATE", "1998-08-10")]
    (corpus / "d.tml").write_text(mentions_to_timeml(TEXT, gold, dct=dt.date(1998, 8, 7)), encoding="utf-8")

    def fake_tag(docs, system="timeline", **_):
        # Friday right; Monday found with the wrong value: value F1 = 1/2
        found = [[fake_mention("Friday", "DATE", "1998-08-07"), fake_mention("Monday", "DATE", "1998-08-03")]
                 for _ in docs]
        return found, ev.Throughput(len(docs), sum(ev.words(d.text) for d in docs), 0.5)

    monkeypatch.setattr(ev, "tag_documents", fake_tag)
    assert cli.main(["evaluate", str(corpus), "--json", "--system", "timeline", "--system", "baseline"]) == 0
    report = json.loads(capsys.readouterr().out)
    for system in ("timeline", "baseline"):
        overall = report["systems"][system]["overall"]
        assert overall["counts"] == {"gold": 2, "system": 2, "strict": 2, "relaxed": 2, "value": 1, "type": 2, "notation": 1}
        assert overall["value_up_to_notation"]["f1"] == pytest.approx(0.5)
        assert overall["value"]["f1"] == pytest.approx(0.5)
        assert overall["throughput"]["docs_per_second"] == pytest.approx(2.0)

    assert cli.main(["evaluate", str(corpus), "--json", "--errors", "2"]) == 0
    errors = json.loads(capsys.readouterr().out)["systems"]["timeline"]["errors"]
    assert errors["value"]["total"] == 1
    [group] = errors["value"]["groups"]
    assert group["group"].split() == ["DATE", "9999-99-99", "->", "9999-99-99"]
    assert group["examples"][0]["gold"] == "DATE 1998-08-10"
    assert errors["missed"] == {"total": 0, "groups": []}

    assert cli.main(["evaluate", str(corpus), "--errors", "3"]) == 0
    out = capsys.readouterr().out
    assert "relaxed P" in out and "docs/s" in out and "wrong value" in out

    assert cli.main(["annotate", str(corpus), "-o", str(tmp_path / "out")]) == 0
    assert (tmp_path / "out" / "d.tml").read_text(encoding="utf-8").count("<TIMEX3") == 3


def test_cli_evaluate_on_a_missing_folder_is_a_clean_error(tmp_path, capsys):
    assert cli.main(["evaluate", str(tmp_path / "absent")]) == 2
    assert "not a directory" in capsys.readouterr().err


def test_folder_labels_are_relative_to_the_common_parent(tmp_path):
    a, b = tmp_path / "timebank", tmp_path / "tweets" / "trainingset"
    assert ev.folder_labels([a, b]) == ["timebank", "tweets/trainingset"]
    assert ev.folder_labels([b]) == ["trainingset"]


# --- end to end with spaCy (slow) --------------------------------------------------------


@pytest.mark.slow
@pytest.mark.parametrize("system", ["timeline", "baseline"])
def test_end_to_end_on_a_few_timebank_documents(tmp_path, system):
    if not (CORPORA / "timebank").is_dir():
        pytest.skip("timebank corpus not available")
    subset = tmp_path / "timebank"
    subset.mkdir()
    for path in sorted((CORPORA / "timebank").glob("*.tml"))[:5]:
        (subset / path.name).write_bytes(path.read_bytes())
    results, problems = ev.run([subset], [system])
    assert problems == [] and results[0].documents == 5
    assert results[0].counts.gold > 0 and results[0].counts.relaxed > 0
    # What `annotate` writes scores the same when read back as gold.
    from timeline.timeml import read_corpus

    docs, _ = read_corpus(subset)
    mentions, _ = ev.tag_documents(docs, system)
    out = tmp_path / "out"
    from timeline.timeml import write_system_output

    for doc, found in zip(docs, mentions):
        write_system_output(doc, found, out)
    written, _ = read_corpus(out)
    assert [d.text for d in written] == [d.text for d in docs]
    rescored = total(score_document(d.timexes, w.timexes).counts for d, w in zip(docs, written))
    assert rescored.system <= results[0].counts.system  # overlapping mentions cannot be written
    assert rescored.relaxed <= results[0].counts.relaxed


@pytest.mark.parametrize(
    ("gold", "system", "same"),
    [
        ("1949-XX", "1949", True),
        ("2014-XX-XX", "2014", True),
        ("199X", "199", True),
        ("19XX", "19", True),
        ("2000-W7", "2000-W07", True),
        ("XXXX-WE", "XXXX-WXX-WE", True),  # "weekends"
        ("XXXX-WE", "XXXX-WXX-6", False),
        ("2014-12-15-WXX-1", "2014-12-15", True),
        ("P30M", "P2Y6M", True),
        ("P1E", "P10Y", True),
        ("PXCE", "PXC", False),  # vague amounts are compared as written
        ("PT90M", "PT1H30M", True),
        ("P1D", "PT24H", False),  # a calendar day is not 24 hours
        ("1989-WXX", "1989-W43", False),  # an unknown week is no notation for week 43
        ("1998-10-23", "1998-10-23TNI", False),
        ("1988-Q3", "1988", False),
    ],
)
def test_same_up_to_notation(gold, system, same):
    assert same_up_to_notation(gold, system) is same


def test_notation_count_is_a_separate_figure():
    gold = [S(0, 4, "DATE", "1949-XX")]
    scored = score_document(gold, [S(0, 4, "DATE", "1949")])
    assert scored.counts.value == 0 and scored.counts.notation == 1
