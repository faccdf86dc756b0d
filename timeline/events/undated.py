"""Stage 6, undated: sentences with no expression. Reports and present-tense news are
dated at publication; future plans stay upcoming.

Choices where the TimeML guidelines are silent (index: docs/choices.md):

- A past state ("the town was home to 12,000 people") does not take the date of the sentence
  before, as past narration does.
"""

from __future__ import annotations

from timeline.events.actor import _quoted
from timeline.events.link import Link, _predicate
from timeline.events.when import tense
from timeline.nlp import REPORTING_VERBS

MIN_WORDS_FOR_LANGUAGE = 5


def _main_verb(doc, start: int, end: int):
    """The unit's main verb: the verb whose head lies outside the unit (or is itself)."""
    for token in doc[start:end]:
        if token.pos_ in ("VERB", "AUX") and token.dep_ not in ("aux", "auxpass") and (
                token.head.i == token.i or not start <= token.head.i < end):
            return token
    for token in doc[start:end]:
        if token.pos_ in ("VERB", "AUX") and "Fin" in token.morph.get("VerbForm"):
            return token
    return None


def undated_link(doc, start: int, end: int) -> tuple[Link, str] | None:
    """A unit with no expression: a report or present news (publication), or a plan.

    Returns the link and ``"publication"``, ``"upcoming"`` or ``"narrative"``
    (past narration: dated only if the sentence before gives it a past date).
    """
    main = _main_verb(doc, start, end)
    if main is None:
        return None
    trigger, rule = main, "main verb"
    if main.lemma_ in REPORTING_VERBS:
        reported = [c for c in main.children if c.dep_ == "ccomp" and c.pos_ in ("VERB", "AUX")]
        if reported and reported[0].lemma_ == "be" and _quoted(reported[0]) and not any(
                c.dep_ == "auxpass" for c in reported[0].children):
            reported = []  # '"Security is the last item," she said': an opinion quoted; the news is the saying
        if reported and tense(reported[0]) in ("present", "perfect", "future"):
            trigger, rule = reported[0], "reported clause"
        else:
            rule = "reporting verb"
    when = tense(trigger)
    if when == "future":
        return Link(_predicate(trigger), f"{rule}, future tense", None, trigger), "upcoming"
    if when in ("present", "perfect") or (rule == "reporting verb" and when != "pluperfect"):
        kind = "reporting verb" if rule == "reporting verb" else f"{rule}, {when} tense"
        return Link(_predicate(trigger), kind, None, trigger), "publication"
    if when in ("past", "pluperfect"):
        if trigger.lemma_ == "be" and not any(c.dep_ == "auxpass" for c in trigger.children):
            return None  # "Lahaina was home to 12,000 people": a state, not the next step of the story
        return Link(_predicate(trigger), f"{rule}, {when} tense", None, trigger), "narrative"
    return None


def _in_language(text: str, language: str) -> bool:
    """False for a line in another language (a subtitle left untranslated).

    Only undated sentences are checked: they become events on the strength of
    their grammar alone, which the parser gets wrong in a foreign language.
    Lines under MIN_WORDS_FOR_LANGUAGE words are too short to tell.
    """
    if len(text.split()) < MIN_WORDS_FOR_LANGUAGE:
        return True
    from timeline.ingest import likeliest_language

    return likeliest_language(text) == language
