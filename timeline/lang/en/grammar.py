"""English grammar for the shared verb reading (:mod:`timeline.lang.tense`): the English
parse (en_core_web_sm) marks tense with Penn tags and auxiliary words."""

from __future__ import annotations

from timeline.lang.en.events import FUTURE_AUX
from timeline.lang.tense import Grammar

AUXILIARY_DEPS = frozenset({"aux", "auxpass"})
FUTURE_WORDS = FUTURE_AUX | {"going"}  # "will vote", "is going to vote"
PERFECT_LEMMA = "have"
PAST_TAGS = frozenset({"VBD"})
PRESENT_TAGS = frozenset({"VBZ", "VBP"})
MODAL_TAGS = frozenset({"MD"})

GRAMMAR = Grammar(
    auxiliary_deps=AUXILIARY_DEPS,
    tense_auxiliary_deps=AUXILIARY_DEPS,
    span_verb_as_last_resort=True,
    fronted_time_takes_main_verb=False,
    marks_future=lambda token: token.lower_ in FUTURE_WORDS,
    future_marked_on_verb=False,  # "going" alone is a verb of motion
    builds_perfect=lambda aux: aux.lemma_ == PERFECT_LEMMA,
    perfect_is_pluperfect=lambda aux: aux.tag_ in PAST_TAGS,  # "had decided", not "has decided"
    is_modal=lambda token: token.tag_ in MODAL_TAGS,
    is_past=lambda token: token.tag_ in PAST_TAGS,
    is_present=lambda token: token.tag_ in PRESENT_TAGS,
)
