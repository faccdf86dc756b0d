"""The rule scan (:mod:`timeline.temporal.rule_scan`) finds exactly what each rule's own
``finditer`` finds: over every sentence of the tests, the seeds and the rules' examples,
over random text made of the lexicon's words, digits and punctuation, and for small
patterns that stress what the prefix analysis reads (case, scoped flags, lookarounds,
repeats, empty matches, back references)."""

from __future__ import annotations

import ast
import json
import re
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from strategies import MONTH_ABBR, MONTH_NAMES, WEEKDAY_NAMES, sentences

from timeline import lexicon as lx
from timeline import lexicon_fr as fr
from timeline.temporal import candidates
from timeline.temporal.rule_scan import RuleScan, prefix_pattern

ROOT = Path(__file__).resolve().parents[1]


def plain_scan(text: str) -> list[list[tuple[int, int]]]:
    """What the rules found before the scan: each rule's finditer over the text."""
    return [[m.span() for m in pattern.finditer(text)] for _, pattern in candidates._COMPILED]


def rule_scan(text: str) -> list[list[tuple[int, int]]]:
    return [[m.span() for m in found] for found in candidates._scan().matches(text)]


def written_sentences() -> list[str]:
    """Every string literal of tests/ of two words or more, the seeds, the rules' examples
    and the police corpus."""
    texts = {rule.example for rule in lx.RULES}
    for path in sorted(ROOT.joinpath("tests").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and len(node.value.split()) >= 2:
                texts.add(node.value)
    texts.update(path.read_text(encoding="utf-8") for path in ROOT.joinpath("seeds").glob("*.txt"))
    for line in ROOT.joinpath("tests", "data", "police-corpus.jsonl").read_text(encoding="utf-8").splitlines():
        texts.update(value for value in json.loads(line).values() if isinstance(value, str))
    return sorted(texts)


def test_the_scan_finds_what_each_rule_finds_in_every_written_sentence():
    texts = written_sentences()
    assert len(texts) > 1000
    differing = [text for text in texts if rule_scan(text) != plain_scan(text)]
    assert differing == []


# Words of the lexicon's rules (their examples and word lists), in every case, with
# characters that fold to ASCII letters under IGNORECASE (the long s, the Kelvin sign,
# the dotless i) and the punctuation the rules and their guard look at.
_WORDS = sorted({
    word
    for text in [*(rule.example for rule in lx.RULES), *MONTH_NAMES, *MONTH_ABBR, *WEEKDAY_NAMES, *lx.HOLIDAYS]
    for token in re.findall(r"[\w'.-]+", text)
    for word in (token, token.lower(), token.upper(), token.title())
})
_ODD = ["ſ", "\u212a", "ı", "İ", "é", "$", "£", "€", "'", "’", "-", "\u2013", "/", ".", ",", ":", "%", "(", ")"]
_PIECES = st.one_of(st.sampled_from(_WORDS), st.sampled_from(_ODD), st.integers(0, 2100).map(str),
                    st.text(alphabet="0123456789aAmMpPqQsStTyY'-/.:", max_size=4))
_GLUE = st.sampled_from(["", " ", "  ", "\n", "-", "/", " on ", " in ", " at ", " for ", " over ", ", "])


@st.composite
def lexicon_texts(draw):
    pieces = draw(st.lists(st.tuples(_PIECES, _GLUE), max_size=14))
    return "".join(piece + glue for piece, glue in pieces)


@settings(max_examples=250, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(lexicon_texts(), sentences()))
def test_the_scan_finds_what_each_rule_finds_in_random_text(text):
    assert rule_scan(text) == plain_scan(text)


# Small patterns for what the prefix analysis must read right, all behind one guard.
_GUARD = r"(?<![\w'])"
_TRICKY = [
    r"the\s+(?:day|week)s?",
    r"(?-i:The)\s+end",  # case-sensitive inside a case-insensitive pattern
    r"(?:x|)y",  # an empty branch: "y" begins a match too
    r"a{0,2}b",  # a repeat that can be skipped
    r"(?:ab){2,}c",
    r"(?=abc)ab|(?<=x\s)z",  # lookarounds: zero width
    r"[^a-z\d]q",  # a negated class
    r"(a)\1b",  # a back reference: read as any characters
    r"(?:\d+(?:\.\d+)?)\s*%",
    r".x",  # any character
    r"q?",  # can match the empty string: scanned as before
    r"(?:mid-)?\w+ly",
]


@st.composite
def tricky_texts(draw):
    return "".join(draw(st.lists(st.sampled_from(
        ["the", "The", "THE", "ſ", "\u212a", " ", "\n", "day", "days", "week", "end", "End", "x", "y", "a", "b",
         "ab", "c", "z", "q", "Q", "1", "2.5", "%", "'", "-", "mid-", "ly", "abc"]), max_size=16)))


@settings(max_examples=300, deadline=None)
@given(tricky_texts(), st.integers(1, 4))
def test_the_scan_of_tricky_patterns_finds_what_finditer_finds(text, key_length):
    patterns = [re.compile(rf"{_GUARD}(?:{p})", re.IGNORECASE) for p in _TRICKY]
    scan = RuleScan(_GUARD, patterns, key_length)
    assert [[m.span() for m in found] for found in scan.matches(text)] == [
        [m.span() for m in p.finditer(text)] for p in patterns
    ]


def test_a_prefix_pattern_keeps_the_case_the_pattern_asks_for():
    prefix, empty = prefix_pattern(re.compile(r"(?-i:The)\s+end|today", re.IGNORECASE), 3)
    assert not empty
    assert [bool(prefix.match(key)) for key in ("The", "the", "TOD", "tod")] == [True, False, True, True]
    # What IGNORECASE folds, the prefix folds alike: the Kelvin sign is a "k", the long s an "s".
    folded, _ = prefix_pattern(re.compile(r"key|so", re.IGNORECASE), 1)
    assert folded.match("\u212a") and folded.match("\u017f")


def test_a_pattern_that_can_match_nothing_is_told():
    assert prefix_pattern(re.compile(r"(?:day)?"), 3)[1]
    assert not prefix_pattern(re.compile(r"(?:day)?s"), 3)[1]


def test_patterns_without_the_guard_are_refused():
    with pytest.raises(ValueError, match="guard"):
        RuleScan(_GUARD, [re.compile("day")])


def _french_pairs(text: str):
    from timeline.lang.fr import find as french

    plain = [[m.span() for m in pattern.finditer(text)] for _, _, pattern in french._COMPILED]
    return [[m.span() for m in found] for found in french._scan().matches(text)], plain


def test_the_french_scan_finds_what_each_french_rule_finds_in_every_written_sentence():
    texts = sorted({*written_sentences(), *(rule.example for rule in fr.RULES)})
    differing = [text for text in texts if (pair := _french_pairs(text))[0] != pair[1]]
    assert differing == []


_FRENCH_WORDS = sorted({
    word
    for text in (rule.example for rule in fr.RULES)
    for token in re.findall(r"[\w'’.-]+", text)
    for word in (token, token.lower(), token.upper(), token.title())
})


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.tuples(st.one_of(st.sampled_from(_FRENCH_WORDS), st.sampled_from(_ODD), st.integers(0, 2100).map(str)),
                          st.sampled_from(["", " ", "-", "'", "’", " à ", " le ", " de ", ", "])), max_size=12)
       .map(lambda pieces: "".join(piece + glue for piece, glue in pieces)))
def test_the_french_scan_finds_what_each_french_rule_finds_in_random_text(text):
    scanned, plain = _french_pairs(text)
    assert scanned == plain
