"""French tense: which way a span points, read from the French parse (fr_core_news_sm): its
morphology says future (``Tense=Fut``), conditional, imperfect, and the auxiliary of the
passé composé says past; and the tense of a verb group in the words of the events.

Choices where the TimeML guidelines are silent (index: docs/choices.md):

- The direction of a French expression comes from the French tense: futur and futur proche ("va
  annoncer", "prévoit de voter"), the conditional (also where the small model tags it as an
  imperfect: "viendrait"), the past conditional of reported facts ("aurait été tué mardi":
  past), passé composé, imparfait, "depuis", the timetable present ("le sommet s'ouvre lundi").
"""

from __future__ import annotations

import re
import unicodedata

from timeline.lang.fr import words as fw
from timeline.lang.fr.find import Found
from timeline.types import Direction, Tense


def tense_reader(found: list[Found]):
    """The direction of each span: the one its words state, else the tense of its clause."""
    stated = {(f.start, f.end): f.direction for f in found if f.direction is not None}
    return lambda doc, start, end: stated.get((start, end)) or direction_of(doc, start, end)


def direction_of(doc, start: int, end: int) -> Direction:
    """Past, present or future, from the verb that governs the span at [start, end)."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return Direction.UNKNOWN
    before = doc[span.start - 1].lower_ if span.start > 0 else ""
    if before == "depuis":
        return Direction.PAST  # "depuis mardi" looks back
    if before == "ici" and span.start > 1 and doc[span.start - 2].lower_ in ("d'", "d’"):
        return Direction.FUTURE  # "d'ici juin"
    verb = _governing_verb(span) or _main_verb(span)
    return Direction.UNKNOWN if verb is None else _tense(verb)


def _governing_verb(span):
    token = span.root
    for _ in range(12):
        if token.pos_ in ("VERB", "AUX") and token not in span:
            return token
        if token.head == token:
            break
        token = token.head
    return token if token.pos_ in ("VERB", "AUX") and token not in span else None


def _plan_before(infinitive) -> bool:
    """Whether a verb of intent opens the infinitive ("prévoit de voter", "va annoncer"),
    read from the words when the parse missed it."""
    i = infinitive.i - 1
    while i >= 0 and infinitive.i - i <= 4 and infinitive.doc[i].lower_ in fw.BETWEEN_PLAN_AND_VERB:
        i -= 1
    if i < 0 or infinitive.i - i > 4:
        return False
    word = infinitive.doc[i]
    return word.lemma_ in fw.FUTURE_VERBS or word.lower_ in fw.PLAN_FORMS or word.lower_.startswith(fw.PLAN_STEMS)


def _main_verb(span):
    """A fronted time the parser left apart ("À Noël, les magasins seront fermés"): the
    sentence's own verb, the root if it is one, else the nearest verb."""
    sentence = span.sent
    if sentence[-1].text not in ".!?" and sentence.end < len(sentence.doc) and not any(t.pos_ in ("VERB", "AUX") for t in sentence):
        sentence = sentence.doc[sentence.end].sent  # the parser cut the clause at the comma
    verbs = [t for t in sentence if t.pos_ in ("VERB", "AUX") and t not in span]
    roots = [t for t in verbs if t.dep_ == "ROOT"]
    candidates = roots or verbs
    return min(candidates, key=lambda t: abs(t.i - span.start)) if candidates else None


# Future stems of irregular verbs, on which the future and the conditional are built
# ("viendr-a", "viendr-ait"). Short stems must be the whole stem ("ir-a", not "tir-a").
_CONDITIONAL_ENDING = re.compile(r"r(ais|ait|ions|iez|aient)$")


_FUTURE_ENDING = re.compile(r"r(ai|as|a|ons|ez|ont)$")


def _on_future_stem(verb, ending: re.Pattern) -> bool:
    """Whether the finite form is a future stem (the infinitive, or an irregular stem)
    plus ``ending``; the imperfect and passé simple have the bare stem ("venait", "tira")."""
    found = ending.search(verb.lower_)
    if found is None or not _has(verb, "VerbForm", "Fin"):
        return False
    stem, lemma = verb.lower_[: found.start(1)], verb.lemma_.lower()
    if stem in fw.SHORT_FUTURE_STEMS or stem.endswith(fw.LONG_FUTURE_STEMS):
        return True
    return _spelling_core(stem) in (_spelling_core(lemma), _spelling_core(lemma.removesuffix("e")))


def _spelling_core(word: str) -> str:
    """A verb stem without the changes its future makes: accents, doubled consonants, y -> i
    ("appellera" / "appeler", "mènera" / "mener", "paiera" / "payer")."""
    plain = unicodedata.normalize("NFKD", word).encode("ascii", "ignore").decode().replace("y", "i")
    return re.sub(r"(.)\1", r"\1", plain)


def _passe_simple(verb) -> bool:
    """ "tira", "entrèrent": the passé simple of an -er verb, which the model tags as a future."""
    lemma = verb.lemma_.lower()
    return lemma.endswith("er") and verb.lower_ in (lemma[:-2] + "a", lemma[:-2] + "èrent")


def _future(verb) -> bool:
    """The future tense; the small model sometimes tags it as a present ("défileront")."""
    return _on_future_stem(verb, _FUTURE_ENDING) or (_has(verb, "Tense", "Fut") and not _passe_simple(verb))


def _conditional(verb) -> bool:
    """The conditional mood; the small model often tags it as the imperfect ("viendrait")."""
    return _has(verb, "Mood", "Cnd") or _on_future_stem(verb, _CONDITIONAL_ENDING)


def _has(token, feature: str, value: str) -> bool:
    return value in token.morph.get(feature)


def _tense(verb, depth: int = 0) -> Direction:
    """Which way the clause of ``verb`` points, from its morphology and auxiliaries."""
    auxes = [c for c in verb.children if c.dep_.startswith("aux")]
    tense_auxes = [a for a in auxes if a.dep_ == "aux:tense"]
    if _future(verb) or any(_future(a) for a in auxes):
        return Direction.FUTURE  # "votera", "aura voté"
    if any(_conditional(a) for a in tense_auxes):
        return Direction.PAST  # "aurait été tué mardi": the conditional of reported facts
    if _conditional(verb):
        return Direction.FUTURE  # "il a dit qu'il viendrait mardi"
    if tense_auxes:
        return Direction.PAST  # passé composé, plus-que-parfait: "a annoncé", "était arrivé"
    if _has(verb, "VerbForm", "Fin") and (_has(verb, "Tense", "Imp") or _has(verb, "Tense", "Past") or _passe_simple(verb)):
        return Direction.PAST  # imparfait, passé simple
    if _has(verb, "VerbForm", "Part"):
        passive_present = any(a.dep_ == "aux:pass" and _has(a, "Tense", "Pres") for a in auxes)
        return Direction.PRESENT if passive_present else Direction.PAST  # "annoncé mardi"
    if _has(verb, "VerbForm", "Inf") and depth < 3 and verb.head != verb:
        head = verb.head
        if head.lemma_ == "venir" and any(c.lower_ == "de" for c in verb.children):
            return Direction.PAST  # "vient d'annoncer": has just
        if head.lemma_ in fw.FUTURE_VERBS:
            return Direction.FUTURE  # "va annoncer", "prévoit de voter"
        if head.pos_ in ("VERB", "AUX"):
            return _tense(head, depth + 1)
    if _has(verb, "VerbForm", "Inf"):
        return Direction.FUTURE if _plan_before(verb) else Direction.UNKNOWN
    if _has(verb, "Tense", "Pres"):
        if verb.lemma_ in fw.TIMETABLE_VERBS or (verb.lemma_ == "avoir" and any(c.lower_ == "lieu" for c in verb.children)):
            return Direction.FUTURE  # "le sommet s'ouvre lundi", "le vote a lieu mardi"
        return Direction.PRESENT
    return Direction.UNKNOWN


def clause_tense(verb) -> Tense:
    """The verb group's :class:`~timeline.types.Tense`, the words of :func:`timeline.events.tense`:
    future, perfect (passé composé), pluperfect (plus-que-parfait), present, past (imparfait,
    passé simple) or other (conditional, infinitive)."""
    tense_auxes = [c for c in verb.children if c.dep_ == "aux:tense"]
    if _future(verb) or any(_future(a) for a in tense_auxes):
        return Tense.FUTURE
    if tense_auxes:
        if any(_conditional(a) for a in tense_auxes):
            return Tense.OTHER
        return Tense.PLUPERFECT if any(_has(a, "Tense", "Imp") for a in tense_auxes) else Tense.PERFECT
    if _conditional(verb) or not _has(verb, "VerbForm", "Fin"):
        return Tense.OTHER
    if _has(verb, "Tense", "Imp") or _has(verb, "Tense", "Past") or _passe_simple(verb):
        return Tense.PAST
    return Tense.PRESENT if _has(verb, "Tense", "Pres") else Tense.OTHER
