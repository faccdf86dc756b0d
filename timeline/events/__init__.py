"""Events: what each temporal expression dates -- who did what, when.

Stages, in this order (one module each; :mod:`timeline.events.pipeline` runs them):
    1. units      sentences, also cut at paragraph breaks (titles and
                  paragraphs the parser glued together stay apart)
    2. link       each Mention -> its governing word in the dependency parse:
                  the verb it modifies, or an event noun ("the death of X")
    3. actor      the subject, resolved through appositions, relative
                  pronouns, quotes ("we" -> the speaker's organisation) and
                  pronouns (the last person / organisation named)
    4. action     the verb with negation, particle and object, as a short phrase
    5. when       the Mention's interval; a duration is spanned from the date
                  of its clause (forward) or back from it (perfect aspect)
    6. undated    sentences with no expression: reports and present-tense news
                  are dated at publication; future plans stay upcoming
Resolution of expressions is the temporal core's job; this package only reads
the resolved Timex and, for durations, lays the duration on a date.

The names below are those ``timeline.events`` offered as a single module.
"""

from timeline.events.action import (
    MAX_PHRASE_WORDS,
    PHRASE_DEPS,
    PRUNED_DEPS,
    action_phrase,
    entities_in,
    expression_tokens,
)
from timeline.events.actor import (
    CARRIED_PERSONS,
    ENTITY_LABELS,
    FIRST_PERSON_PLURAL,
    FIRST_PERSON_SINGULAR,
    ORG_NOUNS,
    OTHER_ORG_ADJECTIVES,
    PERSON_LABELS,
    PERSON_PRONOUNS,
    PRONOUN_GENDER,
    RELATIVE_CLAUSES,
    RELATIVE_PRONOUNS,
    SPEAKER_PRONOUNS,
    SUBJECT_DEPS,
    THING_PRONOUNS,
    TITLE_GENDER,
    actor_token,
    learn_names,
    named_referent,
    noun_phrase,
    resolve_actor,
    subject_of,
)
from timeline.events.link import (
    EVENT_NOUN_SUFFIXES,
    EVENT_NOUNS,
    NON_EVENT_NOUNS,
    OFFSET_RULES,
    Link,
    governing_word,
    is_event_noun,
    link_mentions,
)
from timeline.events.pipeline import extract_events, mentions_and_events
from timeline.events.undated import MIN_WORDS_FOR_LANGUAGE, undated_link
from timeline.events.units import sentence_units
from timeline.events.when import (
    CONFIDENCE_INFERRED,
    CONFIDENCE_PUBLICATION,
    CONFIDENCE_STATED,
    CONFIDENCE_STATED_COARSE,
    CONFIDENCE_STATED_VAGUE,
    CONFIDENCE_UPCOMING,
    PREVIOUS_MENTION_FACTOR,
    confidence,
    duration_delta,
    duration_span,
    next_day,
    tense,
    time_of,
    value_span,
)
from timeline.lang.en.events import FUTURE_AUX  # the words of the future, read by the clause tense

__all__ = [
    "CARRIED_PERSONS", "CONFIDENCE_INFERRED", "CONFIDENCE_PUBLICATION", "CONFIDENCE_STATED",
    "CONFIDENCE_STATED_COARSE", "CONFIDENCE_STATED_VAGUE", "CONFIDENCE_UPCOMING", "ENTITY_LABELS",
    "EVENT_NOUNS", "EVENT_NOUN_SUFFIXES", "FIRST_PERSON_PLURAL", "FIRST_PERSON_SINGULAR", "FUTURE_AUX",
    "MAX_PHRASE_WORDS", "MIN_WORDS_FOR_LANGUAGE", "NON_EVENT_NOUNS", "OFFSET_RULES", "ORG_NOUNS",
    "OTHER_ORG_ADJECTIVES", "PERSON_LABELS", "PERSON_PRONOUNS", "PHRASE_DEPS", "PREVIOUS_MENTION_FACTOR",
    "PRONOUN_GENDER", "PRUNED_DEPS", "RELATIVE_CLAUSES", "RELATIVE_PRONOUNS", "SPEAKER_PRONOUNS",
    "SUBJECT_DEPS", "THING_PRONOUNS", "TITLE_GENDER", "Link", "action_phrase", "actor_token",
    "confidence", "duration_delta", "duration_span", "entities_in", "expression_tokens", "extract_events",
    "mentions_and_events",
    "governing_word", "is_event_noun", "learn_names", "link_mentions", "named_referent", "next_day",
    "noun_phrase", "resolve_actor", "sentence_units", "subject_of", "tense", "time_of", "undated_link",
    "value_span",
]
