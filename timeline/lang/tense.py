"""The verb reading both languages share, written once and fed each language's data.

- :func:`governing_verb`: the walk from a time up the dependency parse to the verb that
  governs it (and, where the language's parser leaves a fronted time apart, the sentence's
  main verb);
- :func:`clause_tense`: the tense of that verb's group in the one vocabulary of
  :class:`~timeline.types.Tense`, from the language's cues;
- :func:`direction_of_tense`: the way in time a tense points, for the resolver.

What differs between languages is data, a :class:`Grammar` per language
(``timeline/lang/en/grammar.py``, ``timeline/lang/fr/grammar.py``): which dependency labels
are auxiliaries, and the cues that say future, perfect, modal, past, present (Penn tags and
auxiliary words in English, morphology and future stems in French).

Which way a time points is more than its verb's tense ("the offer expires Friday" is a
present that points ahead, "since March" looks back whatever the verb): each language's
``direction_of`` (``timeline/lang/*/tense.py``) reads those words first, then its tense.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from timeline.types import Direction, Tense

# A parse is a tree, but the climb is bounded all the same: deeper than this is no longer
# the time's own clause.
MAX_CLIMB = 12

VERB_POS = ("VERB", "AUX")

Cue = Callable[[object], bool]  # a spaCy Token -> whether it carries the mark


@dataclass(frozen=True, slots=True)
class Grammar:
    """What the shared verb reading needs to know of one language's parse."""

    auxiliary_deps: frozenset[str]  # labels of every auxiliary of a verb
    tense_auxiliary_deps: frozenset[str]  # the auxiliaries the clause's tense is read on
    # The walk: whether a verb inside the span governs it when none above does (English);
    # whether a time the parser left apart takes the sentence's main verb (French).
    span_verb_as_last_resort: bool
    fronted_time_takes_main_verb: bool
    # The tense cues, each on one token of the verb group:
    marks_future: Cue  # "will", "votera", the auxiliary of "aura voté"
    future_marked_on_verb: bool  # whether the verb itself can carry the future (a French ending)
    builds_perfect: Cue  # the auxiliary of a compound past ("has", "a" of "a voté")
    perfect_is_pluperfect: Cue  # that auxiliary in the past ("had", "avait")
    is_modal: Cue  # a modal or conditional word: the clause is no plain tense
    is_past: Cue  # a finite past form
    is_present: Cue  # a finite present form


def is_verb(token) -> bool:
    return token.pos_ in VERB_POS


def auxiliaries(verb, grammar: Grammar) -> list:
    """The auxiliaries of ``verb``, in the order of the text."""
    return [c for c in verb.children if c.dep_ in grammar.auxiliary_deps]


def governing_verb(span, grammar: Grammar):
    """The verb that governs ``span``: the first verb above its root outside the span; in
    English a verb of the span itself when the climb finds none above; in French the main
    verb of the sentence for a time the parser left apart. ``None`` when there is none:
    "will meet on Monday" -> "meet"; "À Noël, les magasins seront fermés" -> "fermés"."""
    token = span.root
    for _ in range(MAX_CLIMB):
        if is_verb(token) and token not in span:
            return token
        if token.head == token:  # Token equality, not identity
            break
        token = token.head
    if is_verb(token) and (grammar.span_verb_as_last_resort or token not in span):
        return token
    return main_verb(span) if grammar.fronted_time_takes_main_verb else None


def main_verb(span):
    """A fronted time the parser left apart ("À Noël, les magasins seront fermés"): the
    sentence's own verb, the root if it is one, else the nearest verb."""
    sentence = span.sent
    if sentence[-1].text not in ".!?" and sentence.end < len(sentence.doc) and not any(is_verb(t) for t in sentence):
        sentence = sentence.doc[sentence.end].sent  # the parser cut the clause at the comma
    verbs = [t for t in sentence if is_verb(t) and t not in span]
    roots = [t for t in verbs if t.dep_ == "ROOT"]
    candidates = roots or verbs
    return min(candidates, key=lambda t: abs(t.i - span.start)) if candidates else None


def path_up(token, verb) -> list:
    """The tokens between ``token`` and its governing ``verb``, exclusive."""
    path = []
    while token.head != token and token.head != verb and len(path) < MAX_CLIMB:  # Token equality, not identity
        token = token.head
        path.append(token)
    return path


def clause_tense(verb, grammar: Grammar) -> Tense:
    """The tense of ``verb``'s group: future, perfect, pluperfect, present, past, or other
    (a modal or conditional, an infinitive, a participle alone).

    The order is the same in every language: a future mark wins; a compound past is perfect
    or pluperfect (other under a modal: "aurait voté"); a modal leaves no plain tense; else
    the tense of the word that carries it, the first auxiliary or the verb itself."""
    auxes = [c for c in verb.children if c.dep_ in grammar.tense_auxiliary_deps]
    if (grammar.future_marked_on_verb and grammar.marks_future(verb)) or any(grammar.marks_future(a) for a in auxes):
        return Tense.FUTURE
    perfect = [a for a in auxes if grammar.builds_perfect(a)]
    if perfect:
        if any(grammar.is_modal(a) for a in perfect):
            return Tense.OTHER
        return Tense.PLUPERFECT if grammar.perfect_is_pluperfect(perfect[0]) else Tense.PERFECT
    if grammar.is_modal(verb) or any(grammar.is_modal(a) for a in auxes):
        return Tense.OTHER
    finite = auxes[0] if auxes else verb
    if grammar.is_past(finite):
        return Tense.PAST
    if grammar.is_present(finite):
        return Tense.PRESENT
    return Tense.OTHER


# The way in time each tense points. A conditional or an infinitive ("other") says none.
_DIRECTION_OF_TENSE = {
    Tense.FUTURE: Direction.FUTURE,
    Tense.PERFECT: Direction.PAST,
    Tense.PLUPERFECT: Direction.PAST,
    Tense.PAST: Direction.PAST,
    Tense.PRESENT: Direction.PRESENT,
    Tense.OTHER: Direction.UNKNOWN,
}


def direction_of_tense(tense: Tense) -> Direction:
    """The way a tense points: a past tense backward, the future forward, the present now."""
    return _DIRECTION_OF_TENSE[tense]
