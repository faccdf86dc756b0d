"""English words of the readings of a mention (:mod:`timeline.readings`): the rewrites that
read a date as a length or a length as a date, and the words the model's features look for."""

from __future__ import annotations

import re

from timeline.lang.en.patterns import alternation

# The words that point a unit before or after now: "the last week", "the next decade".
POINTING_WORDS = ("last", "past", "previous", "next", "coming")
# The prepositions that make a length a date ahead: "in eight years", "within a decade".
AHEAD_PREPOSITIONS = ("in", "within")

_POINTING = alternation(POINTING_WORDS)

# The other kind of ambiguity, date against length: a rewrite of the surface that the resolver
# reads as the other kind ("the last week": the seven days up to now, or last calendar week).
# (pattern, replacement), each applied once at the start of the mention.
KIND_REWRITES: tuple[tuple[re.Pattern, str], ...] = (
    # "the last week" (DURATION, a span up to now) -> "last week" (DATE, the calendar week)
    (re.compile(rf"^the\s+(?=(?:{_POINTING})\s+\w+$)", re.IGNORECASE), ""),
    # "the next decade" (DATE, the 2030s) -> "a decade" (DURATION, ten years)
    (re.compile(rf"^the\s+(?:{_POINTING})\s+(?=\w+$)", re.IGNORECASE), "a "),
    # "in eight years" (DATE 2028) -> "eight years" (DURATION)
    (re.compile(rf"^(?:{alternation(AHEAD_PREPOSITIONS)})\s+(?=\S)", re.IGNORECASE), ""),
)

# The word before a length that makes it a date ahead: "(in) eight years" read as 2028. The
# finder leaves the preposition out of the mention; the resolver reads it with it.
KIND_PREFIXES = ("in",)

# Words of the mention and auxiliaries of its verb that the model reads (features).
PAST_WORDS = frozenset({"last", "past", "previous", "ago", "earlier", "before", "since", "yesterday", "prior", "recent"})
FUTURE_WORDS = frozenset({"next", "coming", "following", "later", "after", "tomorrow", "until", "upcoming", "by"})
MODAL_WORDS = frozenset({"will", "would", "could", "might", "may", "should", "must", "can", "shall", "'ll", "wo", "'d"})
