"""English pattern pieces: regular-expression *sources* composed from the word tables of
:mod:`timeline.lang.en.words`, matched case-insensitively."""

from __future__ import annotations

import re

from timeline.lang import zones
from timeline.lang.en.words import (
    MONTHS,
    NUMBER_JOINERS,
    NUMBER_MULTIPLIERS,
    NUMBER_WORDS,
    ORDINALS,
    POINT_MODS,
    QUANTITY_MODS,
    SEASONS,
    SUFFIX_MODS,
    UNITS,
    VAGUE_QUANTITIES,
    WEEKDAY_ABBREVIATIONS,
    WEEKDAYS,
)


def alternation(words) -> str:
    """A regex alternation of literal words, longest first so that "the end of" wins
    over "the"; a space matches any run of whitespace."""
    items = sorted(set(words), key=len, reverse=True)
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in items)


def named(name: str, piece: str) -> str:
    """``piece`` as the named group ``name``, given at the rule that uses it: a piece is shared
    by many rules, and by some twice (a second month is ``named("month_2", MONTH)``)."""
    return f"(?P<{name}>{piece})"


# --- building blocks (regex sources; matched case-insensitively) ---------------------------
MONTH_FULL = alternation(k for k in MONTHS if len(k) > 3 or k == "may")
MONTH_ABBR = r"(?:jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\."
MONTH = rf"(?:{MONTH_FULL}|{MONTH_ABBR}|(?:jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)(?=\s+\d))"
# After a day number an abbreviation needs no dot: "from 21 Jan", "3 Oct".
MONTH_AFTER_DAY = rf"(?:{MONTH}|(?:jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)(?![\w-]))"
WEEKDAY = alternation(WEEKDAYS)
# A weekday abbreviated with a capital ("Wed", "WED"), as a wire writes it after a clock time;
# in lower case "sat", "sun" and "wed" are words.
WEEKDAY_ABBREVIATION_CAPITALISED = (
    "(?-i:" + alternation([*(w.capitalize() for w in WEEKDAY_ABBREVIATIONS), *(w.upper() for w in WEEKDAY_ABBREVIATIONS)]) + ")"
)
SEASON = alternation(SEASONS)
PART_OF_DAY = r"(?:morning|afternoon|evening|night|nite)"
DAY_NUM = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
YEAR4 = r"(?:1[0-9]\d\d|20\d\d)"
YEAR = rf"(?:{YEAR4}|'\d\d)"
_NUM_WORD = alternation(k for k in NUMBER_WORDS if k not in ("a", "an", *NUMBER_MULTIPLIERS))
_TENS_WORD = alternation(k for k, v in NUMBER_WORDS.items() if v in range(20, 100, 10))
_DIGIT_WORD = alternation(k for k, v in NUMBER_WORDS.items() if v in range(1, 10) and k not in ("a", "an"))
# "twenty-four", "twenty four"; never two numbers side by side ("the most recent one two weeks ago")
_WORD_NUMBER = rf"(?:{_TENS_WORD})[-\s](?:{_DIGIT_WORD})|(?:{_NUM_WORD})"


def _compound_number() -> str:
    """Number words up to the largest multiplier: each multiplier takes a count before it ("two
    dozen", "a hundred", "two hundred thousand": any number below it), and one of a hundred or
    more a smaller number after it, "and" optional ("a hundred and twenty", "three hundred
    sixty-five", "a thousand and one"). The smaller number is whole: "one hundred and two
    hundred years" is not 102 then "hundred" (a larger multiplier may follow: "nine hundred
    ninety-nine thousand"); "and" never joins two counts ("two and three years")."""
    below = rf"(?:{_WORD_NUMBER})(?![\w'])"  # 0 to 99
    compounds = []
    for word in sorted(NUMBER_MULTIPLIERS, key=NUMBER_WORDS.get):
        phrase = rf"(?:{below}|an?)\s+{word}(?![\w'])"
        if NUMBER_WORDS[word] >= 100:
            joiner = rf"(?:(?:{alternation(NUMBER_JOINERS)})\s+)?"
            not_larger = alternation(m for m in NUMBER_MULTIPLIERS if NUMBER_WORDS[m] <= NUMBER_WORDS[word])
            phrase += rf"(?:\s+{joiner}{below}(?![-\s]+(?:{not_larger})\b))?"
            below = rf"(?:{phrase}|{below})"
        compounds.append(phrase)
    return "|".join(reversed(compounds))


_WORD_COUNT = _compound_number()
NUMBER = (
    rf"(?:(?:\d+(?:[.,]\d+)?(?:\s+1/2)?|{_WORD_COUNT}|(?:{_WORD_NUMBER}))(?:\s+and\s+a\s+half)?"
    r"|dozens\s+of|hundreds\s+of|a\s+couple\s+of|a\s+couple|couple\s+of"
    r"|one\s+and\s+a\s+half|a\s+half|half\s+an?|half(?=-)"  # "half-hour": joined to its unit
    r"|a\s+quarter(?:\s+of\s+an?)?(?=[-\s]+(?:century|decade|year|month|week|day|hour|minute)\b)"  # "a quarter century"
    r"|an?|" + alternation(VAGUE_QUANTITIES) + ")"
)
UNIT_SG = alternation(UNITS)
UNIT = rf"(?:{UNIT_SG}|centuries|millennia)s?"
ORDINAL = alternation(ORDINALS)
QUARTER = rf"(?:(?:{ORDINAL})[-\s]+quarter|q[1-4]|[1-4]q)"
HALF = r"(?:(?:first|second|last|latter|1st|2nd)[-\s]+half|h[12])"
# The same two, their number named for the rule that reads it: "third" or "last" is ``ordinal``,
# the digit of "Q3", "3Q" or "H1" is ``number``.
QUARTER_PARTS = rf"(?:{named('ordinal', ORDINAL)}[-\s]+quarter|q{named('number', '[1-4]')}|{named('number_2', '[1-4]')}q)"
HALF_PARTS = rf"(?:{named('ordinal', '(?:first|second|last|latter|1st|2nd)')}[-\s]+half|h{named('number', '[12]')})"
QUARTER_END_MONTH = r"(?:march|mar\.?|june|jun\.?|september|sept?\.?|december|dec\.?)"
_SPOKEN_UNIT = r"(?:one|two|three|four|five|six|seven|eight|nine)"
_SPOKEN_TENS = r"(?:ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
# Years as read aloud in broadcast transcripts: "nineteen ninety-six", "two thousand one".
SPOKEN_YEAR = (
    rf"(?:(?:nineteen|eighteen|twenty)[-\s]+(?:hundred|oh[-\s]+{_SPOKEN_UNIT}|{_SPOKEN_TENS}(?:[-\s]{_SPOKEN_UNIT})?)"
    rf"|two\s+thousand(?:\s+(?:and\s+)?(?:{_SPOKEN_UNIT}|{_SPOKEN_TENS}(?:[-\s]{_SPOKEN_UNIT})?))?)"
)
RELATIVE_WORD = r"(?:this|last|next|past|previous|coming|following|current|same|that|the\s+same|the\s+following|the\s+next|the\s+previous|the\s+past|the\s+last|the\s+coming|the\s+current|the\s+latest|the\s+most\s+recent|the\s+preceding)"
# Zones after a clock time: the names the finder took in any case before zones had values,
# the others only in capitals (several are words: "EAT", "ART"); offsets from GMT or UTC.
ZONE_NAME = (
    rf"(?:{alternation(zones.CASE_FREE)}"
    rf"|(?-i:{alternation(zones.NAMES - zones.CASE_FREE)}))"
)
ZONE_OFFSET = r"(?:GMT|UTC)\s?[+\-\u2212](?:1[0-4]|0?\d)(?::?[0-5]\d)?"
# A clock time, its parts named for the rule that reads them: ``hour`` and ``minute``, the
# ``meridian`` ("p.m."; "h" in "10:30h"), the ``part`` of the day ("4 in the afternoon"), the
# ``word`` ("noon"). Each alternative names its own (``hour_2``: a name is allowed once a pattern);
# a rule uses the piece once.
CLOCK = (
    r"(?:(?P<hour>[01]?\d|2[0-3])(?::(?P<minute>[0-5]\d))?(?::[0-5]\d)?\s*(?P<meridian>a\.?\s?m\.?|p\.?\s?m\.?)(?![a-z])"
    r"|(?P<hour_2>[01]?\d|2[0-3]):(?P<minute_2>[0-5]\d)(?:\s*(?P<meridian_2>a\.?m\.?|p\.?m\.?|h))?"
    r"|(?P<hour_3>[01]?\d|2[0-3])\.(?P<minute_3>[0-5]\d)\s*(?P<meridian_3>a\.?m\.?|p\.?m\.?)(?![a-z])"  # "7.30am"
    r"|(?P<hour_4>1[0-2]|0?[1-9])(?::(?P<minute_4>[0-5]\d))?(?:\s+o'clock)?\s+in\s+the\s+(?P<part>morning|afternoon|evening)"
    r"|(?P<hour_5>1[0-2]|0?[1-9])(?:\s+o'clock)?\s+at\s+(?P<part_2>night)"
    r"|(?P<hour_6>[01]?\d|2[0-3])\s+o'clock|(?P<word>noon|midnight|midday)"
    # the wire's "by 1005 GMT"; not the conversion in "3:15 p.m. (1915 GMT)", the same instant
    # again, nor the year of a date before a zone ("March 19, 2003 EST")
    rf"|(?<!\()(?<!\d,\s)(?<!\d,)(?P<hour_7>[01]\d|2[0-3])(?P<minute_7>[0-5]\d)(?=\s+(?:{ZONE_OFFSET}|{ZONE_NAME})(?![\w])|(?-i:Z)(?![\w]))"
    r"|(?P<hour_8>[01]?\d|2[0-3])(?P<minute_8>[0-5]\d)\s*(?P<meridian_8>am|pm)(?![a-z]))"
)
# The same clock time without its names, for a pattern that does not read it.
TIME_OF_DAY = re.sub(r"\(\?P<\w+>", "(?:", CLOCK)
# Fixed-width lookbehinds, one per modal: Python's re needs each of them fixed.
AFTER_MODAL = "(?:" + "|".join(rf"(?<=\b{m}\s)" for m in ("will", "would", "could", "may", "might", "can", "shall", "should", "must")) + ")"
# The zone written after a clock time (timeline/lang/zones.py): "10 a.m. EDT", "noon GMT+8",
# "9:30 UTC-05:00", "10:00 +0800", "16:15Z" (the Z attached), "local time" (no zone named).
# A rule names it ``named("zone", TIMEZONE)``: the group holds the space before the zone.
TIMEZONE = (
    rf"(?:\s+(?:{ZONE_OFFSET}|{ZONE_NAME}|[+\-\u2212](?:0\d|1[0-4]):?[0-5]\d|local\s+time)"
    r"|(?<=\d)(?-i:Z))(?![\w])"
)
# The zone written after the day that follows a clock time ("9:34 p.m., March 19 EST", "10:30 a.m.
# Wednesday EDT"): farther from its clock, a name is taken only in capitals, never one that is a
# word ("CAT"), and not before a number ("ET 302" is a flight); not "local time", which names no
# zone (the span stays the clock and its day).
ZONE_AFTER_DAY = (
    rf"\s+(?:{ZONE_OFFSET}|(?-i:{alternation(zones.NAMES - zones.WORDS)}))"
    r"(?![\w])(?!\s?\d)"
)

# A span may be widened to take a modifier written just before it ("late November",
# "more than two years") or just after it ("two years or so").
PREFIX_MOD = rf"(?:{alternation(POINT_MODS)}|{alternation(QUANTITY_MODS)})"
SUFFIX_MOD = alternation(SUFFIX_MODS)
# Words between the two ends of a range ("Monday to Friday"), and between a day and its clock time ("Friday at 3 p.m.").
RANGE_WORDS = r"to|through|thru|until|till|-|\u2013"
AT_TIME_WORDS = r"at|around|about"
