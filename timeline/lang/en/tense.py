"""English tense: past, present or future, from the verb that governs a span (Penn tags of
the English parse), and whether a span dates a finite past verb itself. The walk to the
verb and the clause tense are the shared ones (:mod:`timeline.lang.tense`) on the English
grammar (:mod:`timeline.lang.en.grammar`); here are the words that point an English time.

Choices where the TimeML guidelines are silent (index: docs/choices.md):

- Direction also comes from the verb's form: an event infinitive under a present ("is forecast
  to reach 90 by Saturday"), the progressive of an arrangement ("are meeting Friday"), a date as
  a present copula's predicate ("the deadline is Friday", "results are due Friday"), a modal
  ("said it would announce results on Friday", "must be filed by Monday") and a deadline moved
  "to" a day look ahead; "could not be reached Tuesday", "would not comment Friday" and the
  perfect progressive ("have been searching since the Oct. 23 slaying") look back. A date that
  modifies a noun ("under a June agreement") takes no direction from the progressive or the
  infinitive.
- A plan told in the past perfect stays in the past ("had been scheduled to expire Friday");
  "effective Feb. 1", "takes effect", "kicks off", and a deadline set or moved with "until"
  ("postponed until Tuesday") look ahead.
- "Is set for Thursday" and "is slated for Monday" look ahead.
"""

from __future__ import annotations

import re

from timeline.lang import tense as shared
from timeline.lang.en import patterns as en_patterns
from timeline.lang.en import words as en
from timeline.lang.en.events import FUTURE_AUX
from timeline.lang.en.grammar import GRAMMAR
from timeline.types import Direction, Tense

_FLAGS = re.IGNORECASE


def clause_tense(verb) -> Tense:
    """The verb group's :class:`~timeline.types.Tense` (:func:`timeline.events.tense`): future
    ("will vote", "is going to vote"), perfect ("has voted"), pluperfect ("had voted"), present,
    past, or other (a modal: "would vote"; an infinitive or a participle alone)."""
    return shared.clause_tense(verb, GRAMMAR)


def direction_of(doc, start: int, end: int) -> Direction:
    """Past, present or future, from the verb that governs the span at [start, end)."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return Direction.UNKNOWN
    before = doc[span.start - 1] if span.start > 0 else None
    if before is not None and before.lower_ == "since":
        return Direction.PAST  # "since year-end" looks back
    if before is not None and before.lower_ == "effective":
        return Direction.FUTURE  # "named chairman, effective Feb. 1": a change announced ahead
    if before is not None and before.lower_ == "to":
        verb = shared.governing_verb(span, GRAMMAR)
        if verb is not None and not _past_perfect(verb) and _lemma(verb) in en.MOVED_TO_VERBS:
            return Direction.FUTURE
    if before is not None and before.lower_ == "for" and span.root.ent_type_ in ("DATE", "") and _names_a_day(span):
        # "set sentencing for September 22", "called a strike for Tuesday": a day something is
        # set for lies ahead, unless the plan is itself past; a plan told as a participle ("a
        # march planned for Saturday was canceled") is left to its clause
        verb = shared.governing_verb(span, GRAMMAR)
        if verb is not None and not _past_perfect(verb) and verb.dep_ not in ("acl", "amod"):
            return Direction.FUTURE
    if before is not None and before.lower_ in ("until", "till", "through"):
        # "lasts until March" looks ahead; "stayed until March" stays in the past; a deadline
        # set or moved ("postponed until Tuesday", "has given them until 9 a.m. Tuesday") lies ahead.
        verb = shared.governing_verb(span, GRAMMAR)
        if verb is not None and not _past_perfect(verb) and verb.lemma_ in en.DEADLINE_VERBS:
            return Direction.FUTURE
        return Direction.PAST if _governing_direction(span) is Direction.PAST else Direction.FUTURE
    return _governing_direction(span)


_DAY_NAME = re.compile(rf"(?:{en_patterns.WEEKDAY})|(?:{en_patterns.MONTH})\.?\s+\d{{1,2}}\b|\d{{1,2}}\s+(?:{en_patterns.MONTH_AFTER_DAY})", _FLAGS)


def _names_a_day(span) -> bool:
    """A weekday or a month and day ("Tuesday", "Sept. 22", "22 September"), not a period."""
    return _DAY_NAME.match(span.text) is not None


def firm_past(doc, start: int, end: int) -> bool:
    """Whether the span dates a finite past verb itself: "was lifted on May 18", "died
    Tuesday". Not a plan ("was planned for March"), an infinitive ("asked it to respond by
    Oct. 31"), a noun ("a ceremony on March 12", "payable Dec. 7") or an object ("set Nov. 10")."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0 or span.root.dep_ not in ("pobj", "npadvmod"):
        return False
    verb = shared.governing_verb(span, GRAMMAR)
    if verb is None or verb.is_upper or any(t.pos_ != "ADP" for t in shared.path_up(span.root, verb)):
        return False  # in capitals the tagger guesses ("SILK SUSPENSION May 5": 'SILK' a past verb)
    if _lemma(verb) in _PLAN_VERBS:
        return False
    auxes = {a.lower_ for a in shared.auxiliaries(verb, GRAMMAR)}
    finite = verb.tag_ == "VBD" or (verb.tag_ == "VBN" and auxes & {"was", "were", "has", "have", "had"})
    return bool(finite) and not auxes & {"to", "would", "will", "could", "might", "should"}


def _governing_direction(span) -> Direction:
    verb = shared.governing_verb(span, GRAMMAR)
    if verb is None:
        return Direction.UNKNOWN
    # "under a June agreement": a time that dates a noun says nothing of the verb's own time
    dates_a_noun = any(t.pos_ in ("NOUN", "PROPN") and t not in span for t in shared.path_up(span.root, verb))
    if not dates_a_noun and _date_is_predicate(span, verb):
        return Direction.FUTURE  # "the deadline is Friday", "the final is on Sunday", "results are due Friday"
    if dates_a_noun and len(span) == 1 and span.root.lower_ in en.MONTHS and span.root.dep_ in ("compound", "nmod", "amod") \
            and _names_data(span.root.head):
        return Direction.PAST  # "will release its November jobs report": figures cover a month gone by
    return _tense(verb, own_time=not dates_a_noun)


def _names_data(noun) -> bool:
    """Whether a noun, or the noun its compound builds ("jobs" in "jobs report"), is one of figures."""
    while True:
        if noun.lemma_ in en.DATA_NOUNS:
            return True
        if noun.dep_ != "compound" or noun.head.i == noun.i:
            return False
        noun = noun.head


def _date_is_predicate(span, verb) -> bool:
    """Whether a present copula says when something is: the date is its only predicate
    ("the vote is Friday", "is on Sunday", "is due Friday"), not an adjunct ("is full on a Sunday")."""
    if verb.lemma_ != "be" or verb.tag_ not in ("VBZ", "VBP") or any(c.dep_ in ("aux", "auxpass", "neg") for c in verb.children):
        return False
    others = [c for c in verb.children if (c.dep_ in ("acomp", "attr") and c not in span and c.lower_ != "due")
              or (c.dep_ == "nsubj" and c.lower_ in ("today", "tomorrow", "yesterday", "tonight"))]  # "today is Monday"
    return not others and span.root.lower_ not in ("today", "now") and span.root.dep_ in ("attr", "pobj", "npadvmod")


def _tense(verb, depth: int = 0, own_time: bool = False) -> Direction:
    """Which way the clause of ``verb`` points, from its auxiliaries and tag (Penn tags).
    ``own_time``: the time dates this verb itself, not a noun of its clause ("a June agreement")."""
    auxes = shared.auxiliaries(verb, GRAMMAR)
    words = {a.lower_ for a in auxes}
    infinitive = verb.tag_ == "VB" and any(a.tag_ == "TO" for a in auxes)
    if words & FUTURE_AUX:
        return Direction.FUTURE
    if _past_perfect(verb):
        return Direction.PAST  # "had been scheduled to expire Friday": the plan is behind us
    if _lemma(verb) in en.SCHEDULING_VERBS:
        return Direction.FUTURE  # "has scheduled a news conference Thursday": the date is the plan's
    if verb.lemma_ == "set" and verb.tag_ == "VBN" and any(a.dep_ == "auxpass" and a.tag_ in ("VBZ", "VBP") for a in auxes):
        return Direction.FUTURE  # "the hearing is set for Thursday"; not "set a record Thursday"
    if verb.lower_ in ("going", "gon") and any(c.dep_ == "xcomp" for c in verb.children):
        return Direction.FUTURE  # "is going to meet"
    if not infinitive and (verb.tag_ == "VBD" or any(a.tag_ == "VBD" for a in auxes)):
        return Direction.PAST
    if verb.tag_ == "VBG" and "been" in words and words & {"has", "have", "had", "'s", "'ve", "'d"}:
        return Direction.PAST  # "have been searching since the Oct. 23 slaying": a stretch up to now
    if verb.tag_ == "VBN" and (not auxes or words & {"has", "have", "had", "'s", "'ve", "was", "were"}):
        # the present perfect, the passive and a bare participle ("products introduced
        # in April") report what happened
        return Direction.PAST
    if verb.tag_ == "VB" and not auxes and depth < 3 and verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX"):
        return _tense(verb.head, depth + 1, own_time)  # "would close for the weekend and reopen on Tuesday"
    if verb.tag_ == "VBG" and not auxes and depth < 3 and verb.dep_ in ("advcl", "conj", "xcomp") and verb.head.pos_ in ("VERB", "AUX"):
        # "shares have fluctuated, rising in June": a bare participle clause shares its head's time
        head_direction = _tense(verb.head, depth + 1)
        if head_direction is not Direction.UNKNOWN:
            return head_direction
    if infinitive and depth < 3 and verb.head is not verb:
        # "plans to meet Monday", "is to resume Tuesday": the governing verb decides
        head = verb.head
        if _past_perfect(head) or (head.pos_ == "ADJ" and _past_perfect(head.head)):
            return Direction.PAST  # "had been due to expire"
        if _lemma(head) in en.FUTURE_VERBS or head.lower_ in ("able", "due", "likely", "set", "scheduled"):
            return Direction.FUTURE
        if head.lemma_ in en.DIRECTIVE_VERBS and verb.dep_ in ("xcomp", "ccomp") and own_time:
            return Direction.FUTURE  # "urged residents to stay off the roads until Tuesday": what is asked is ahead
        if head.lemma_ == "be" and verb.dep_ == "xcomp" and head.tag_ in ("VBZ", "VBP"):
            return Direction.FUTURE
        head_direction = _tense(head, depth + 1) if head.pos_ in ("VERB", "AUX") else Direction.UNKNOWN
        if own_time and head_direction is Direction.PRESENT and verb.lemma_ != "have":
            # "is forecast to reach 90 by Saturday", "is on track to finish by Friday": an event
            # infinitive under a present (not "is believed to have left") is still to come
            return Direction.FUTURE
        return head_direction
    if verb.tag_ in ("VBZ", "VBP") or words & {"is", "are", "am"}:
        takes_effect = (verb.lemma_ == "take" and any(c.lower_ == "effect" for c in verb.children)) or (
            verb.lemma_ == "kick" and any(c.dep_ == "prt" and c.lower_ == "off" for c in verb.children))  # "kicks off Saturday"
        if verb.tag_ in ("VBZ", "VBP") and (verb.lemma_ in en.TIMETABLE_VERBS or takes_effect):
            return Direction.FUTURE  # the timetable present: "the offer expires Friday"
        if _lemma(verb) in en.PREDICTION_VERBS or (verb.tag_ == "VBG" and words & {"is", "are", "am", "'s", "'re", "'m"}
                                                  and (own_time or verb.lemma_ in en.FUTURE_VERBS)):
            return Direction.FUTURE  # "officials are meeting Friday": the progressive of an arrangement
        return Direction.PRESENT
    if words & en.MODALS and "have" not in words:
        if any(c.dep_ == "neg" for c in verb.children) and words & {"would", "could", "'d"}:
            return Direction.PAST  # "could not be reached for comment Tuesday", "would not comment Friday"
        if "could" not in words:  # "could" is as often a past ability ("could be located Wednesday")
            return Direction.FUTURE  # "said it would announce results on Friday", "must be filed by Friday"
    return Direction.UNKNOWN  # perfect modals ("would have gone") and tagless fragments


_MENDED_LEMMAS = en.FUTURE_VERBS | en.PREDICTION_VERBS | en.SCHEDULING_VERBS


_PLAN_VERBS = _MENDED_LEMMAS | en.DEADLINE_VERBS


def _lemma(verb) -> str:
    """The lemma, mended where the English model errs on a participle of ours ("slated" -> "slat")."""
    word = verb.lower_
    if verb.tag_ in ("VBN", "VBD") and word.endswith("ed"):
        for stem in (word[:-1], word[:-2]):  # "slated" -> "slate", "forecasted" -> "forecast"
            if stem in _MENDED_LEMMAS:
                return stem
    return verb.lemma_


def _past_perfect(word) -> bool:
    """"had expired", "had been due": the clause is anterior to a past moment."""
    return any(a.lower_ in ("had", "'d") and a.tag_ == "VBD" for a in shared.auxiliaries(word, GRAMMAR))
