"""Find French temporal expressions: the rules of :mod:`timeline.lexicon_fr` searched in the
text, the longest span kept, and the French false friends vetoed with the parse ("de 45 ans"
after a person is an age). Each expression found carries its English reading, which the one
pipeline (:mod:`timeline.temporal.pipeline`) resolves with the same resolver as English.

Choices where the TimeML guidelines are silent (index: docs/choices.md):

- The words themselves say the direction over the tense ("le 3 mars dernier").
- Ages ("un homme de 32 ans", "mort à 85 ans", "Jean Dupont, 45 ans,"), counts ("1500
  salariés"), "Mars" the planet, capitalised titles ("Le Journal du Dimanche") and two-digit
  years ("Mai 68") are no dates.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from timeline import lexicon_fr as fr
from timeline.lang.fr import words as fw
from timeline.temporal.rule_scan import RuleScan
from timeline.temporal.spans import longest_first
from timeline.types import Direction

_FLAGS = re.IGNORECASE


# Whole words only: not inside a longer word, nor after a hyphen.
_GUARD = r"(?<![\w-])"
_COMPILED = tuple(
    (i, rule, re.compile(rf"{_GUARD}(?:{rule.pattern})(?![\w])", _FLAGS)) for i, rule in enumerate(fr.RULES)
)


@functools.cache
def _scan() -> RuleScan:
    """The rules scanned together, as the English finder does: the same matches as each
    rule's ``finditer``, trying a rule only where its first characters can start a match."""
    return RuleScan(_GUARD, [pattern for _, _, pattern in _COMPILED])


_AGE_BEFORE = re.compile(r"(?:âgée?s?\s+d['’e]\s*|l['’]âge\s+d['’e]\s*|\bà\s+|,\s*|\(\s*)$", _FLAGS)


_SENTENCE_START = re.compile(r"(?:^|[.!?\n:«\"“]\s*)$")


@dataclass(frozen=True, slots=True)
class Found:
    """A French expression at [start, end) of the text, and its English reading."""

    start: int
    end: int
    rule: str
    reading: str
    direction: Direction | None = None  # stated by the words ("le 3 mars dernier"), not the tense


def find(text: str, doc) -> list[Found]:
    """The French temporal expressions of ``text`` (parsed as ``doc``), left to right."""
    found: list[tuple[int, Found]] = []
    for (order, rule, pattern), matches in zip(_COMPILED, _scan().matches(text), strict=True):
        spans = [name for name in ("x", "x2") if name in pattern.groupindex]
        for match in matches:
            group = next((name for name in spans if match.group(name)), None)
            start, end = match.span(group) if group else match.span()
            reading = rule.read(match)
            if isinstance(reading, tuple):  # a range: one expression per date it names
                for first, last, part in reading:
                    found.append((order, Found(match.start(first), match.end(last), rule.name, part)))
            elif reading and end > start:
                way = match.group("way") if "way" in pattern.groupindex else None
                direction = None if way is None else Direction.PAST if way.lower() == "dernier" else Direction.FUTURE
                found.append((order, Found(start, end, rule.name, reading, direction)))
    rule_order = {id(f): i for i, f in found}  # which rule found each span: the earlier rule wins a tie
    kept = longest_first((f for _, f in found), lambda f: (rule_order[id(f)], f.start))
    return [f for f in kept if not _vetoed(text, doc, f)]


def _vetoed(text: str, doc, f: Found) -> bool:
    """Words that look temporal here but are not: a planet, a title, a count, an age."""
    surface = text[f.start : f.end]
    before = text[max(0, f.start - 40) : f.start]
    previous_word = re.search(r"([\w'’-]+)\s*$", before)
    previous_word = previous_word.group(1).lower().replace("’", "'") if previous_word else ""
    if f.rule == "month" and re.match(r"\s+\d\d(?![\d\w])", text[f.end : f.end + 4]):
        return True  # "Mai 68", "juin 40": a year of two digits, whose century is not said
    if f.rule in ("month", "month_year", "weekday") and surface[0].isupper() and not _SENTENCE_START.search(before):
        # French writes months and weekdays in lower case: "Mars", "Le Journal du Dimanche" are names
        return previous_word not in ("en", "de", "d'", "depuis", "dès", "fin", "début", "courant")
    if f.rule == "season" and surface.lower() in fr.SEASONS and previous_word in ("d'", "de"):
        return True  # "les soldes d'hiver", "les sports d'hiver": a kind of thing, not a season's date
    if f.rule == "year":
        if int(surface) < 1900 and previous_word.split("'")[-1] not in fw.EARLY_YEAR_WORDS:
            return True
        return _counts_a_noun(doc, f)
    if f.rule in ("duration", "sequence") and re.search(r"\bans?\b", surface, _FLAGS):
        if _AGE_BEFORE.search(before) and not re.match(r"\s*(?:de|d['’](?!ici)|plus|après|avant)\b", text[f.end : f.end + 10]):
            return True  # "âgé de 45 ans", "mort à 85 ans", "Jean Dupont, 45 ans,"
        if re.search(r"\bâge\b[^.;:]{0,30}$", before, _FLAGS):
            return True  # "l'âge légal de départ de 62 à 64 ans": ages, not lengths
        noun_before = re.search(r"(\w+)\s+de\s*$", before)
        if noun_before is not None and noun_before.group(1).lower() in fw.PERSON_NOUNS:
            return True  # "un homme de 45 ans"
    return False


def _counts_a_noun(doc, f: Found) -> bool:
    """ "2000 manifestants": a number that counts the noun after it is no year."""
    span = doc.char_span(f.start, f.end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return False
    token = span[0]
    following = doc[token.i + 1] if token.i + 1 < len(doc) else None
    if following is not None and following.text in ("%", "€", "$"):
        return True
    return token.dep_ == "nummod" and token.head.i > token.i and token.head.pos_ in ("NOUN", "PROPN")
