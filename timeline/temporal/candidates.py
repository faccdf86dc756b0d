"""Candidates: the spans the rules find, how overlaps are settled, how modifiers widen a
span, how ranges are split, and the re-readings the parse asks for (stages 1-4 and 6 of
:mod:`timeline.temporal.pipeline`).

Choices where the TimeML guidelines are silent (index: docs/choices.md):

- After a word of comparison the idiom names the period compared with and is a date ("rose 2%
  from a month earlier", "than a year earlier"); elsewhere "a month earlier" is a length.
- The stretch a record is measured over is a duration ("for the first time in 15 years", "their
  highest level in 10 years"), where "will return in two weeks" is a date.
- "10-12 October" and "April 24 and 25" are two dates, one per day named; a range of years
  ("1937-1945", "1998-99") is two years, as TimeML annotates it.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from timeline import lexicon as lx
from timeline.temporal.resolve import range_days, range_years
from timeline.temporal.rule_scan import RuleScan
from timeline.temporal.spans import longest_first
from timeline.types import Mention

_FLAGS = re.IGNORECASE


# Whole words only: not inside a longer word or number, nor after a letter's apostrophe
# ("rock 'n' roll"); an opening quote is no part of a word ("said 'twenty years ago'"). Not
# right after "1998-": the "99" of "1998-99" is found with its range (split later), not alone.
_GUARD = r"(?<![\w$£€])(?<!\w')(?<!\d[-\u2013/])"
_COMPILED = tuple((rule.name, re.compile(rf"{_GUARD}(?:{rule.pattern})(?![\w])", _FLAGS)) for rule in lx.RULES)


@functools.cache
def _scan() -> RuleScan:
    """The rules scanned together (built on first use: it reads every pattern's parse)."""
    return RuleScan(_GUARD, [pattern for _, pattern in _COMPILED])


_RULE_ORDER = {rule.name: i for i, rule in enumerate(lx.RULES)}


_PREFIX_BEFORE = re.compile(rf"(?<![\w'])(?:{lx.PREFIX_MOD})(?:\s+|-)$", _FLAGS)


# Words after which "over" + a length means "more than" ("for over a year"), not "during".
_OVER_MEANS_MORE = re.compile(
    r"(?<![\w'])(?:for|in|of|than|after|within|last(?:s|ed|ing)?|take[ns]?|took|taking|spen[dt]|spending|wait(?:ed)?|lasting)\s+$", _FLAGS
)


_SUFFIX_AFTER = re.compile(rf"^\s+(?:{lx.SUFFIX_MOD})(?![\w])", _FLAGS)


@dataclass(frozen=True, slots=True)
class Candidate:
    start: int
    end: int
    rule: str | None  # None: found by spaCy NER, rule decided by the resolver
    reading: str | None = None  # what to resolve when the span alone is not enough ("10" of "10-12 Oct")


def rule_candidates(text: str) -> list[Candidate]:
    """Every rule's matches, rule by rule in the lexicon's order, each left to right: what
    each rule's ``finditer`` finds (:class:`RuleScan` only skips where it cannot match)."""
    found = []
    for (name, _pattern), matches in zip(_COMPILED, _scan().matches(text), strict=True):
        for match in matches:
            if match.end() > match.start():
                found.append(Candidate(match.start(), match.end(), name))
    return found


def entity_candidates(doc) -> list[Candidate]:
    return [Candidate(e.start_char, e.end_char, None) for e in doc.ents if e.label_ in ("DATE", "TIME")]


def select(candidates: list[Candidate]) -> list[Candidate]:
    """Non-overlapping spans: longest first; rules beat entities; earlier rules beat later."""
    return longest_first(candidates, lambda c: (c.rule is None, _RULE_ORDER.get(c.rule, 99), c.start))


_SPLIT_RULES = {rule.name for rule in lx.RULES if rule.splits}


def split_ranges(text: str, candidates: list[Candidate]) -> list[Candidate]:
    """ "10-12 October": one mention per day, each read with the range's month and year."""
    out = []
    for cand in candidates:
        if cand.rule not in _SPLIT_RULES:
            out.append(cand)
            continue
        parts = range_years if cand.rule == "year_range" else range_days  # none for "12-10 October", a score
        for part in parts(text[cand.start : cand.end]):
            out.append(Candidate(cand.start + part.start, cand.start + part.end, part.rule, part.reading))
    return out


def occupancy(length: int, spans: list[Candidate]) -> bytearray:
    """One byte per character, set where a span lies: overlap tests in O(span length)."""
    taken = bytearray(length)
    for span in spans:
        taken[span.start : span.end] = b"\x01" * (span.end - span.start)
    return taken


def widen(text: str, cand: Candidate) -> Candidate:
    start, end = cand.start, cand.end
    quantity = cand.rule in lx.QUANTITY_RULES
    before = _PREFIX_BEFORE.search(text, max(0, start - 40), start)
    if before and before.end() == start:
        word = re.sub(r"[\s-]+$", "", before.group(0).lower())
        word = re.sub(r"\s+", " ", word)
        over_the = word == "over" and text[start : start + 4].lower() == "the "  # "over the past year": during
        if word == "over" and not _OVER_MEANS_MORE.search(text, max(0, before.start() - 12), before.start()):
            over_the = True  # "fell 27% over 18 months": during; "for over 18 months", "lasted over a week": more than
        if ((word in lx.QUANTITY_MODS) == quantity or word in ("about", "around", "approximately", "roughly")) and not over_the:
            start = before.start()
    after = _SUFFIX_AFTER.search(text[end : end + 12])
    if after and quantity:
        end += after.end()
    return Candidate(start, end, cand.rule)


def tokens_of(doc, cand: Candidate):
    span = doc.char_span(cand.start, cand.end, alignment_mode="expand")
    return span if span is not None else []


def reread(text: str, doc, cand: Candidate) -> Candidate:
    """A candidate re-read by the parse as another rule (stage 6): the verb "last", a record's
    span, a comparison told in a story."""
    return as_comparison(text, doc, as_record_span(doc, without_verb_last(text, doc, cand)))


def without_verb_last(text: str, doc, cand: Candidate) -> Candidate:
    """ "expected to last six weeks": the verb "last" is no part of the duration."""
    if cand.rule != "span" or not text[cand.start : cand.end].lower().startswith("last "):
        return cand
    span = tokens_of(doc, cand)
    if len(span) and span[0].pos_ in ("VERB", "AUX"):
        return Candidate(cand.start + len("last "), cand.end, "duration")
    return cand


def as_record_span(doc, cand: Candidate) -> Candidate:
    """ "for the first time in 15 years", "its worst week in three months": the stretch a record
    is measured over, a length of time, not a date 15 years ahead."""
    if cand.rule != "in_units":
        return cand
    span = tokens_of(doc, cand)
    if len(span) == 0 or span[0].i == 0:
        return cand
    head = doc[span[0].i - 1].head  # what "in" attaches to: "time", "week", or the verb of "hit its highest level"
    holders = [head, *(c for c in head.children if c.dep_ in ("dobj", "attr"))]
    record = any(t.tag_ in ("JJS", "RBS") or any(
        c.tag_ in ("JJS", "RBS") or (c.lower_ in ("first", "last", "only") and t.pos_ == "NOUN") for c in t.children) for t in holders)
    return Candidate(cand.start, cand.end, "duration") if record else cand


# "rose 2% from a month earlier", "higher than a year earlier", "754,000 in the week before".
_COMPARED = re.compile(r"\b(?:from|than|versus|vs\.|compared\s+(?:with|to))\b[^.;:!?]{0,40}$", _FLAGS)


def names_a_baseline(text: str, mention: Mention) -> bool:
    """Whether a date names what a figure is compared with ("rose to $412 million from $298
    million a year earlier", "down from last year"): it dates the old figure, not the change."""
    if mention.timex.type not in ("DATE", "TIME"):
        return False
    return _BASELINE_BEFORE.search(text[max(mention.sentence_start, mention.start - 80) : mention.start]) is not None


# A word of comparison and nothing but a figure between it and the date: "from $298 million a year
# earlier", "up 3% from last year", "than in 2019" (not "moved from Paris in 2001", "from March 30 to").
_FIGURE = r"(?:[$€£¥]\s?)?\d[\d.,]*\s*(?:%|percent|per\s+cent|million|billion|trillion|cents?|points?|pence)?(?:\s+a\s+(?:share|barrel))?"


_BASELINE_BEFORE = re.compile(
    rf"(?:\b(?:than|versus|vs\.|compared\s+(?:with|to))\s+(?:{_FIGURE}\s*,?\s*)?"
    rf"|\bfrom\s+{_FIGURE}\s*,?\s*|(?:\d\s*%|\d\s*percent|\b(?:up|down))\s+from\s+)"
    r"(?:(?:in|at|on|during|for)\s+)?$",
    _FLAGS,
)


def as_comparison(text: str, doc, cand: Candidate) -> Candidate:
    """ "a month earlier" names the period a figure is compared with only after a word of
    comparison; told in a story ("A month earlier, he had warned") it is a length of time."""
    if cand.rule != "comparison":
        return cand
    sentence_start, _ = sentence_bounds(doc, cand.start)
    if _COMPARED.search(text[sentence_start : cand.start]):
        return cand
    return Candidate(cand.start, cand.end, "ago")


def sentence_bounds(doc, char: int) -> tuple[int, int]:
    span = doc.char_span(char, char + 1, alignment_mode="expand")
    if span is None or len(span) == 0:
        return 0, len(doc.text)
    sent = span[0].sent
    return sent.start_char, sent.end_char
