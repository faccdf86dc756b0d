"""Word lists and patterns of English temporal expressions, kept as data.

Every rule in :data:`RULES` carries an example that ``tests/test_lexicon.py``
runs through the finder and the resolver, in the spirit of HeidelTime's
``// EXAMPLE`` lines. Patterns are regular-expression *sources* composed from
the word lists below; :mod:`timeline.temporal` searches them in text and
:mod:`timeline.resolve` full-matches them against one expression, so the
finder can never find what the resolver cannot read.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3,
    "april": 4, "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7,
    "august": 8, "aug": 8, "september": 9, "sept": 9, "sep": 9, "october": 10,
    "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}  # fmt: skip
# Month names by number, for readings that spell a numbered month out ("on 6/5" -> "June 5").
MONTH_NAMES = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
               "October", "November", "December")  # fmt: skip
WEEKDAYS = {
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4,
    "saturday": 5, "sunday": 6,
}  # fmt: skip
# Informal spellings (messages, social media): only read where the context is clear.
WEEKDAY_ABBREVIATIONS = {
    "mon": 0, "tue": 1, "tues": 1, "wed": 2, "thu": 3, "thur": 3, "thurs": 3, "fri": 4,
    "sat": 5, "sun": 6,
}  # fmt: skip
INFORMAL_DAYS = {"tmr": 1, "tmrw": 1, "tmrow": 1, "tomoro": 1, "tomorow": 1, "2moro": 1, "2morrow": 1, "tdy": 0, "2day": 0}
UNIT_ABBREVIATIONS = {
    "hr": "hour", "hrs": "hour", "min": "minute", "mins": "minute", "sec": "second",
    "secs": "second", "yr": "year", "yrs": "year", "wk": "week", "wks": "week",
    "mth": "month", "mths": "month",
}  # fmt: skip
SEASONS = {"spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI"}
PARTS_OF_DAY = {
    "morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI",
    "overnight": "NI", "tonight": "NI", "tonite": "NI", "2nite": "NI", "nite": "NI",
}  # fmt: skip
ORDINALS = {
    "first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4,
    "4th": 4, "fifth": 5, "5th": 5, "sixth": 6, "6th": 6, "seventh": 7, "7th": 7,
    "eighth": 8, "8th": 8, "ninth": 9, "9th": 9, "tenth": 10, "10th": 10,
    "eleventh": 11, "11th": 11, "twelfth": 12, "12th": 12, "thirteenth": 13,
    "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17,
    "eighteenth": 18, "nineteenth": 19, "twentieth": 20, "twenty-first": 21,
    "twenty-second": 22, "twenty-third": 23, "twenty-fourth": 24, "twenty-fifth": 25,
    "twenty-sixth": 26, "twenty-seventh": 27, "twenty-eighth": 28, "twenty-ninth": 29,
    "thirtieth": 30, "thirty-first": 31,
}  # fmt: skip
NUMBER_WORDS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
    "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40,
    "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
    "hundred": 100, "thousand": 1000, "a": 1, "an": 1, "dozen": 12,
}  # fmt: skip
# Quantities that are stated but not exact: the value gets an X ("PXY").
VAGUE_QUANTITIES = ("a few", "few", "several", "many", "some", "numerous", "a number of")
DECADE_WORDS = {
    "twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6,
    "seventies": 7, "eighties": 8, "nineties": 9,
}  # fmt: skip

# Units: singular form -> (TIMEX3 duration letter(s), granularity).
UNITS = {
    "second": ("TS", "second"), "minute": ("TM", "minute"), "hour": ("TH", "hour"),
    "day": ("D", "day"), "night": ("D", "day"), "week": ("W", "week"),
    "weekend": ("WE", "week"), "fortnight": ("2W", "week"), "month": ("M", "month"),
    "quarter": ("Q", "quarter"), "season": ("S", "season"), "year": ("Y", "year"),
    "decade": ("DE", "decade"), "century": ("CE", "century"),
    "millennium": ("ML", "millennium"),
}  # fmt: skip
UNIT_PLURALS = {"centuries": "century", "millennia": "millennium", "millenniums": "millennium"}

# Modifiers (TimeML ``mod``) that may precede an expression and belong to its span.
POINT_MODS = {
    "the beginning of": "START", "the start of": "START", "beginning of": "START",
    "start of": "START", "the dawn of": "START", "early": "START", "earlier": None,
    "the middle of": "MID", "middle of": "MID", "mid": "MID", "the end of": "END",
    "end of": "END", "the close of": "END", "late": "END", "later": None,
    "the turn of": "START", "the latter part of": "END",
}  # fmt: skip
QUANTITY_MODS = {
    "about": "APPROX", "around": "APPROX", "approximately": "APPROX", "roughly": "APPROX",
    "some": "APPROX", "nearly": "APPROX", "almost": "LESS_THAN", "close to": "APPROX",
    "more than": "MORE_THAN", "over": "MORE_THAN", "longer than": "MORE_THAN",
    "less than": "LESS_THAN", "under": "LESS_THAN", "fewer than": "LESS_THAN",
    "shorter than": "LESS_THAN", "at least": "EQUAL_OR_MORE", "no less than": "EQUAL_OR_MORE",
    "at most": "EQUAL_OR_LESS", "up to": "EQUAL_OR_LESS", "no more than": "EQUAL_OR_LESS",
    "just over": "MORE_THAN", "just under": "LESS_THAN", "well over": "MORE_THAN",
    "barely": "EQUAL_OR_LESS", "only": None, "just": None, "another": None,
    "the better part of": "APPROX",
}  # fmt: skip
SUFFIX_MODS = {"or so": "APPROX", "or more": "EQUAL_OR_MORE", "or less": "EQUAL_OR_LESS"}

# Indefinite references (TimeML ``*_REF``).
PRESENT_REF_WORDS = (
    "now", "currently", "current", "at present", "presently", "nowadays", "these days",
    "at the present time", "at this time", "at the moment", "right now",
    "the present", "present-day", "the time being",
)  # fmt: skip
# Words that *can* refer to the past but mostly modify other words ("previously",
# "recent") are left out: in news they are rarely temporal expressions of their own.
PAST_REF_WORDS = (
    "recently", "lately", "in the past", "the past", "once upon a time", "in recent years",
    "recent years", "in years past", "years ago", "some time ago", "a while ago",
    "a long time ago",
)  # fmt: skip
FUTURE_REF_WORDS = (
    "soon", "as soon as possible", "in the future", "in future", "the future", "in the near future", "the near future",
    "someday", "sooner or later", "a later date", "the near term", "the short term",
    "the long term",
)  # fmt: skip

# Fixed-date and computed holidays: name -> (month, day) or a rule name.
HOLIDAYS = {
    "new year's day": (1, 1), "new year's eve": (12, 31), "new year's": (1, 1),
    "valentine's day": (2, 14), "st. patrick's day": (3, 17), "independence day": (7, 4),
    "halloween": (10, 31), "veterans day": (11, 11), "christmas eve": (12, 24),
    "christmas day": (12, 25), "christmas": (12, 25), "xmas": (12, 25), "x'mas": (12, 25), "boxing day": (12, 26),
    "bastille day": (7, 14), "may day": (5, 1), "armistice day": (11, 11),
    "thanksgiving day": "thanksgiving", "thanksgiving": "thanksgiving",
    "labor day": "labor", "memorial day": "memorial", "easter sunday": "easter",
    "easter": "easter", "good friday": "good_friday", "election day": "election",
    "martin luther king day": "mlk", "fourth of july": (7, 4), "juneteenth": (6, 19),
    "black friday": "black_friday", "cyber monday": "cyber_monday", "presidents day": "presidents",
    "presidents' day": "presidents", "columbus day": "columbus", "mother's day": "mothers",
    "father's day": "fathers", "easter monday": "easter_monday", "palm sunday": "palm_sunday",
    "ash wednesday": "ash_wednesday", "ascension day": "ascension", "pentecost": "pentecost",
    "whit monday": "whit_monday", "all saints' day": (11, 1), "all saints day": (11, 1),
}  # fmt: skip


# Words between a count and its unit that leave the length as counted: "two more years",
# "three straight days"; and kinds of days counted as days: "eight trading days".
COUNT_QUALIFIERS = ("more", "additional", "extra", "straight", "consecutive", "full")
DAY_KINDS = ("trading", "business", "working", "calendar")


def alternation(words) -> str:
    """A regex alternation of literal words, longest first so that "the end of" wins
    over "the"; a space matches any run of whitespace."""
    items = sorted(set(words), key=len, reverse=True)
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in items)


# --- building blocks (regex sources; matched case-insensitively) ---------------------------
_MONTH_FULL = alternation(k for k in MONTHS if len(k) > 3 or k == "may")
_MONTH_ABBR = r"(?:jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\."
MONTH = rf"(?:{_MONTH_FULL}|{_MONTH_ABBR}|(?:jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)(?=\s+\d))"
# After a day number an abbreviation needs no dot: "from 21 Jan", "3 Oct".
MONTH_AFTER_DAY = rf"(?:{MONTH}|(?:jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)(?![\w-]))"
WEEKDAY = alternation(WEEKDAYS)
SEASON = alternation(SEASONS)
PART_OF_DAY = r"(?:morning|afternoon|evening|night|nite)"
DAY_NUM = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
YEAR4 = r"(?:1[0-9]\d\d|20\d\d)"
YEAR = rf"(?:{YEAR4}|'\d\d)"
_NUM_WORD = alternation(k for k in NUMBER_WORDS if k not in ("a", "an", "hundred", "thousand", "dozen"))
_TENS_WORD = alternation(k for k, v in NUMBER_WORDS.items() if v in range(20, 100, 10))
_DIGIT_WORD = alternation(k for k, v in NUMBER_WORDS.items() if v in range(1, 10) and k not in ("a", "an"))
# "twenty-four", "twenty four"; never two numbers side by side ("the most recent one two weeks ago")
_WORD_NUMBER = rf"(?:{_TENS_WORD})[-\s](?:{_DIGIT_WORD})|(?:{_NUM_WORD})"
NUMBER = (
    rf"(?:(?:\d+(?:[.,]\d+)?(?:\s+1/2)?|(?:{_WORD_NUMBER})(?:\s+(?:hundred|thousand))?)(?:\s+and\s+a\s+half)?"
    r"|a\s+hundred|a\s+thousand|a\s+dozen|dozens\s+of|hundreds\s+of|a\s+couple\s+of|a\s+couple|couple\s+of"
    r"|one\s+and\s+a\s+half|a\s+half|half\s+an?"
    r"|a\s+quarter(?:\s+of\s+an?)?(?=[-\s]+(?:century|decade|year|month|week|day|hour|minute)\b)"  # "a quarter century"
    r"|an?|" + alternation(VAGUE_QUANTITIES) + ")"
)
UNIT_SG = alternation(UNITS)
UNIT = rf"(?:{UNIT_SG}|centuries|millennia)s?"
ORDINAL = alternation(ORDINALS)
QUARTER = rf"(?:(?:{ORDINAL})[-\s]+quarter|q[1-4]|[1-4]q)"
HALF = r"(?:(?:first|second|last|latter|1st|2nd)[-\s]+half|h[12])"
QUARTER_END_MONTH = r"(?:march|mar\.?|june|jun\.?|september|sept?\.?|december|dec\.?)"
_SPOKEN_UNIT = r"(?:one|two|three|four|five|six|seven|eight|nine)"
_SPOKEN_TENS = r"(?:ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
# Years as read aloud in broadcast transcripts: "nineteen ninety-six", "two thousand one".
SPOKEN_YEAR = (
    rf"(?:(?:nineteen|eighteen|twenty)[-\s]+(?:hundred|oh[-\s]+{_SPOKEN_UNIT}|{_SPOKEN_TENS}(?:[-\s]{_SPOKEN_UNIT})?)"
    rf"|two\s+thousand(?:\s+(?:and\s+)?(?:{_SPOKEN_UNIT}|{_SPOKEN_TENS}(?:[-\s]{_SPOKEN_UNIT})?))?)"
)
RELATIVE_WORD = r"(?:this|last|next|past|previous|coming|following|current|same|that|the\s+same|the\s+following|the\s+next|the\s+previous|the\s+past|the\s+last|the\s+coming|the\s+current|the\s+latest|the\s+most\s+recent|the\s+preceding)"
TIME_OF_DAY = (
    r"(?:(?:[01]?\d|2[0-3])(?::[0-5]\d)?(?::[0-5]\d)?\s*(?:a\.?\s?m\.?|p\.?\s?m\.?)(?![a-z])"
    r"|(?:[01]?\d|2[0-3]):[0-5]\d(?:\s*(?:a\.?m\.?|p\.?m\.?|h))?"
    r"|(?:[01]?\d|2[0-3])\.[0-5]\d\s*(?:a\.?m\.?|p\.?m\.?)(?![a-z])"  # "7.30am"
    r"|(?:1[0-2]|0?[1-9])(?::[0-5]\d)?(?:\s+o'clock)?\s+in\s+the\s+(?:morning|afternoon|evening)|(?:1[0-2]|0?[1-9])(?:\s+o'clock)?\s+at\s+night"
    r"|(?:[01]?\d|2[0-3])\s+o'clock|noon|midnight|midday"
    # the wire's "by 1005 GMT"; not the conversion in "3:15 p.m. (1915 GMT)", the same instant again
    r"|(?<!\()(?:[01]\d|2[0-3])[0-5]\d(?=\s+(?:GMT|UTC|BST|CET|CEST|[ECMP][SD]?T)(?![\w]))"
    r"|(?:[01]?\d|2[0-3])[0-5]\d\s*(?:am|pm)(?![a-z]))"
)
# Fixed-width lookbehinds, one per modal: Python's re needs each of them fixed.
AFTER_MODAL = "(?:" + "|".join(rf"(?<=\b{m}\s)" for m in ("will", "would", "could", "may", "might", "can", "shall", "should", "must")) + ")"
TIMEZONE = r"(?:\s+(?:[ECMP][SD]?T|GMT|UTC|BST|CET|CEST|local\s+time)(?![\w]))"


@dataclass(frozen=True, slots=True)
class Rule:
    """A named pattern with an example that it must find and resolve."""

    name: str
    pattern: str  # regex source, matched case-insensitively on whole words
    example: str  # a phrase the rule finds exactly (the test runs it)
    right_context: bool = False  # the pattern ends in a lookahead at the words after the span
    splits: bool = False  # the finder cuts a match into one mention per date it names ("10-12 October")


# Order matters only for ties: the finder keeps the longest match, then the earliest rule.
RULES: tuple[Rule, ...] = (
    Rule("iso_date", rf"{YEAR4}-(?:0[1-9]|1[0-2])-(?:[0-2]\d|3[01])(?:T\d\d:\d\d(?::\d\d)?)?", "2020-06-10"),
    Rule("numeric_date", r"(?:0?[1-9]|1[0-2])/(?:0?[1-9]|[12]\d|3[01])/(?:\d{4}|\d\d)", "6/10/2020"),
    # A month/day without a year only after "on" or "since": elsewhere "6/5" is a fraction or a score.
    Rule("numeric_month_day", rf"(?:(?<=\bon\s)|(?<=\bsince\s))(?:0?[1-9]|1[0-2])/(?:0?[1-9]|[12]\d|3[01])(?![/\d])(?!\s+(?:of\b|{UNIT}\b))", "on 6/10"),
    Rule(
        "weekday_month_day_year",
        rf"(?:{WEEKDAY}),?\s+(?:{MONTH})\s+{DAY_NUM}(?:,?\s+{YEAR4})?"
        rf"|(?:{WEEKDAY}),?\s+(?:the\s+)?{DAY_NUM}\s+(?:of\s+)?(?:{MONTH_AFTER_DAY})(?:,?\s+{YEAR4})?",  # "Thursday 6 May"
        "Wednesday, June 10, 2020",
    ),
    # Ranges of days: each end is a date of its own ("10-12 October" -> the 10th and the 12th).
    Rule(
        "day_range",
        rf"{DAY_NUM}\s*[-\u2013]\s*{DAY_NUM}\s+(?:of\s+)?(?:{MONTH_AFTER_DAY})(?:,?\s+{YEAR4})?"
        rf"|(?:{MONTH})\s+{DAY_NUM}\s*[-\u2013]\s*{DAY_NUM}(?:\s*,\s*{DAY_NUM}\s*[-\u2013]\s*{DAY_NUM})*(?:,?\s+{YEAR4})?(?![\d:])"
        rf"|{DAY_NUM}\s+(?:and|&)\s+{DAY_NUM}\s+(?:of\s+)?(?:{MONTH_AFTER_DAY})(?:,?\s+{YEAR4})?"
        rf"|(?:{MONTH})\s+{DAY_NUM}\s+(?:and|&)\s+{DAY_NUM}(?!\s*(?:%|percent|per\b|times|points?\b|cents?\b|[.,]\d))(?:,?\s+{YEAR4})?(?![\d:])",
        "10-12 October 2013",
        splits=True,
    ),
    Rule("month_day_year", rf"(?:{MONTH})\s+{DAY_NUM},?\s+(?:of\s+)?{YEAR4}", "June 10, 2020"),
    # "in August of that year", "on July 25 of the same year": the year of the story's last date
    Rule("month_that_year", rf"(?:{MONTH})(?:\s+{DAY_NUM})?,?\s+of\s+(?:that|the\s+same|the\s+following|the\s+next|the\s+previous|the\s+preceding)\s+year", "August of that year"),
    Rule("day_month_year", rf"(?:the\s+)?{DAY_NUM}\s+(?:of\s+)?(?:{MONTH_AFTER_DAY}),?\s+{YEAR4}", "10 June 2020"),
    # day.month.year, as written outside North America: "27.03.15", "27.03.2015"
    Rule("dotted_date", r"(?<![\d.])(?:[12]\d|3[01]|0?[1-9])\.(?:0?[1-9]|1[0-2])\.(?:\d{4}|\d\d)(?![\d.]|\.\d)", "27.03.2015"),
    Rule("month_day", rf"(?:(?:last|this|next)\s+)?(?:{MONTH})\s+{DAY_NUM}(?![\d,.]*\d)", "June 10"),
    Rule("day_month", rf"(?:the\s+)?{DAY_NUM}\s+(?:of\s+)?(?:{MONTH_AFTER_DAY})", "the 10th of June"),
    # "the first of March", "the 15th of next month", "the first of the year"
    Rule("ordinal_of_month", rf"the\s+(?:{ORDINAL}|{DAY_NUM})\s+of\s+(?:{MONTH_AFTER_DAY})(?![\w-])(?:,?\s+{YEAR4})?", "the first of March"),
    Rule(
        "ordinal_of_relative",
        rf"the\s+(?:{ORDINAL}|{DAY_NUM})\s+of\s+(?:this|last|next|that|the\s+following|the\s+previous|the\s+same)\s+month"
        r"|the\s+(?:first|1st)\s+of\s+(?:the|this|last|next|that|the\s+following)\s+year",
        "the 15th of next month",
    ),
    # "on the 5th": a day of the month told of, or of the publication month
    Rule("ordinal_day", r"(?<=\bon\s)the\s+(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)(?![\w-])", "on the 5th"),
    Rule("month_year", rf"(?:{MONTH}),?\s+(?:of\s+)?(?:{YEAR4}|{SPOKEN_YEAR})", "January 2020"),
    Rule("month_relative_year", rf"(?:{MONTH}),?\s+(?:of\s+)?(?:this|last|next)\s+year", "June last year"),
    Rule("relative_month", rf"(?:{RELATIVE_WORD})\s+(?:{MONTH})(?!\s*\d)", "last March"),
    Rule("month", rf"(?:{MONTH})", "January"),
    Rule("season_year", rf"(?:the\s+)?(?:{SEASON})\s+(?:of\s+)?(?:{YEAR4}|{SPOKEN_YEAR})", "summer 2019"),
    Rule("relative_season", rf"(?:{RELATIVE_WORD})\s+(?:{SEASON})", "next spring"),
    Rule("season", rf"(?:the\s+)?(?:{SEASON})", "the spring"),
    Rule(
        "quarter",
        rf"(?:the\s+|its\s+|their\s+)?(?:(?:comparable|corresponding)\s+)?(?:(?:{RELATIVE_WORD}|fiscal|year-ago|year-earlier|{YEAR4}(?:'s)?|this\s+year's|last\s+year's|next\s+year's)\s+)?(?:fiscal[-\s]+)?{QUARTER}(?:\s+(?:of\s+)?(?:fiscal\s+)?{YEAR4}|\s+(?:of\s+)?fy\s*'?\d\d(?!\d)|\s+(?:a\s+year\s+(?:ago|earlier)|of\s+last\s+year|of\s+next\s+year))?",
        "the third quarter",
    ),
    # "2Q21", "Q3'21": analysts' quarter of a two-digit year
    Rule("quarter_compact", r"(?:q[1-4]|[1-4]q)(?:'|-)?\d\d(?![\d%])", "2Q21"),
    # "the March quarter": the quarter that ends with that month (Jan-Mar is the first)
    Rule("month_quarter", rf"(?:the\s+|its\s+|their\s+)?(?:{QUARTER_END_MONTH})[-\s]+quarter(?:\s+(?:of\s+)?{YEAR4})?", "the September quarter"),
    Rule("half", rf"(?:the\s+)?(?:fiscal\s+)?{HALF}(?:\s+of\s+(?:the\s+year|{YEAR4}|this\s+year|last\s+year|next\s+year)|\s+{YEAR4})?", "the first half of 2020"),
    Rule("year_ago_period", r"(?:the\s+)?(?:comparable\s+|corresponding\s+)?year[-\s](?:ago|earlier)(?:\s+(?:quarter|period|month|half))?|the\s+(?:quarter|period)\s+a\s+year\s+(?:ago|earlier)|last\s+year's\s+(?:quarter|period)", "the year-ago quarter"),
    Rule("decade", rf"(?:the\s+)?(?:(?:early|mid|late)[-\s]?)?(?:1[0-9]\d0s|20\d0s|'\d0s|\d0s|(?:{alternation(DECADE_WORDS)}))", "the 1990s"),
    Rule("century", rf"(?:the\s+)?(?:{ORDINAL}|\d{{1,2}}(?:st|nd|rd|th))[-\s]+century", "the 19th century"),
    # "1937-1945", "1998-99": the finder gives each year its own mention, as TimeML does
    Rule("year_range", rf"{YEAR4}\s?[-–/]\s?(?:\d\d|{YEAR4})(?!\d)", "1998-99", splits=True),
    Rule("fiscal_year", rf"(?:fiscal(?:\s+year)?|the\s+year)\s*{YEAR}|fy\s*'?(?:\d{{4}}|\d\d)(?!\d)", "fiscal 1989"),
    Rule("year", rf"(?:the\s+year\s+)?{YEAR4}(?![\d,]\d|\.\d)", "1998"),
    Rule("spoken_year", rf"(?:the\s+year\s+)?{SPOKEN_YEAR}", "nineteen ninety-six"),
    Rule("year_end", r"(?:the\s+)?(?:year[-\s]end|year's\s+end|end\s+of\s+the\s+year)", "year-end"),
    Rule("full_year", r"the\s+(?:full|whole|entire|calendar)\s+year", "the full year"),
    Rule(
        "period",
        rf"(?:the|that)\s+(?:latest|same|comparable|corresponding|year-ago|year-earlier|{YEAR4}|current|previous|prior|preceding)\s+(?:fiscal\s+)?(?:period|quarter|half)(?:\s+(?:a\s+year\s+(?:ago|earlier)|last\s+year|of\s+{YEAR4}))?",
        "the latest period",
    ),
    Rule("period_ended", rf"(?<![\w-])the\s+(?:fiscal\s+)?year(?=\s+(?:ended|ending|that\s+ended|to\s+date|to\s+(?:the\s+end\s+of\s+)?(?:{MONTH})))", "the year ended", right_context=True),
    Rule("holiday", rf"(?:(?:last|next|this)\s+|the\s+(?=fourth))?(?:{alternation(HOLIDAYS)})(?:\s+{YEAR4})?(?:\s+(?:weekend|week))?", "Christmas"),
    # "the week of March 6": the ISO week holding that day
    Rule("week_of_date", rf"the\s+week\s+of\s+(?:(?:{MONTH})\s+{DAY_NUM}|{DAY_NUM}\s+(?:{MONTH_AFTER_DAY}))(?:,?\s+{YEAR4})?", "the week of March 6"),
    # "the day before Thanksgiving", "the day after last Tuesday": one unit from a date named
    Rule(
        "unit_from_date",
        rf"the\s+(?:day|night|week|month|year)\s+(?:before|after)\s+(?:(?:last|next|this)\s+)?(?:(?:{WEEKDAY})|(?:{alternation(HOLIDAYS)})|(?:{MONTH})\s+{DAY_NUM}(?:,?\s+{YEAR4})?|{DAY_NUM}\s+(?:{MONTH_AFTER_DAY})(?:,?\s+{YEAR4})?|yesterday|today|tomorrow)",
        "the day before Thanksgiving",
    ),
    # "the evening of March 2", "the early hours of Sunday": a part of the day named
    Rule(
        "part_of_date",
        rf"(?:early\s+(?:in\s+)?)?the\s+(?:(?:early\s+)?(?:morning|afternoon|evening|night)|early\s+(?:morning\s+)?hours)\s+of\s+(?:(?:{WEEKDAY}),?\s+)?(?:(?:{WEEKDAY})(?:\s+(?:morning|night))?|(?:{MONTH})\s+{DAY_NUM}(?:,?\s+{YEAR4})?|{DAY_NUM}\s+(?:{MONTH_AFTER_DAY})(?:,?\s+{YEAR4})?)",
        "the evening of March 2",
    ),
    # "the first week of May": ISO 8601's rule for a year's first week, applied to a month
    Rule("week_of_month", rf"the\s+(?:first|second|third|fourth|last|final)\s+week\s+of\s+(?:{MONTH})(?:,?\s+{YEAR4})?", "the first week of May"),
    # "the first day of the month", "the last day of June": a period's first or last day
    Rule("day_of_period", rf"the\s+(?:first|last|final)\s+day\s+of\s+(?:(?:the|this|next|last)\s+(?:month|year|quarter)|(?:{MONTH})(?:,?\s+{YEAR4})?|{YEAR4})", "the first day of the month"),
    # "the second Tuesday in November", "the last Friday of April": the calendar's nth weekday
    Rule("weekday_of_month", rf"the\s+(?:first|second|third|fourth|fifth|last|final)\s+(?:{WEEKDAY})\s+(?:of|in)\s+(?:{MONTH})(?:,?\s+{YEAR4})?", "the last Friday of April"),
    Rule(
        "time_weekday",
        rf"{TIME_OF_DAY}{TIMEZONE}?,?\s+(?:on\s+)?(?:(?:{WEEKDAY})|today|yesterday|tomorrow|tonight|{alternation(INFORMAL_DAYS)}|(?:{MONTH})\s+{DAY_NUM})",
        "10 p.m. Wednesday",
    ),
    Rule(
        "weekday_time",
        rf"(?:(?:(?:this|next|last|coming)\s+)?(?:{WEEKDAY}|(?:{alternation(WEEKDAY_ABBREVIATIONS)})\.?(?![\w']))|today|yesterday|tomorrow|(?:{MONTH})\s+{DAY_NUM}(?:,?\s+{YEAR4})?),?\s*(?:at\s+)?{TIME_OF_DAY}{TIMEZONE}?",
        "next Wednesday at 10 p.m.",
    ),
    Rule("time", rf"(?:{TIME_OF_DAY}){TIMEZONE}?", "10:35 a.m."),
    Rule(
        "part_of_day",
        rf"(?:(?:this|tomorrow|yesterday|last|that|the\s+same|the\s+next|the\s+following|the\s+previous|(?:{WEEKDAY})|{alternation(INFORMAL_DAYS)})\s+{PART_OF_DAY}|tonight|tonite|2nite|overnight|(?:{WEEKDAY})\s+{PART_OF_DAY})",
        "this morning",
    ),
    Rule(
        "part_of_day_bare",
        r"(?:(?<=\bat\s)night|(?<=\bin\s)the\s+(?:morning|afternoon|evening)|(?:mid|late|early)[-\s]?(?:morning|afternoon|evening))",
        "mid-afternoon",
    ),
    # A part of the day named on its own ("a walk in the night", "morning class"): the day told of.
    Rule("part_of_day_noun", r"(?:the\s+)?(?:morning|afternoon|evening|night|nite)(?![\w-])", "the evening"),
    Rule("weekend", r"(?:(?:the\s+)?long\s+)?weekend(?![\w-])", "over the long weekend"),
    Rule("weekends", r"weekends", "on weekends"),
    Rule(
        "weekday",
        rf"(?:(?:last|next|this\s+past|this|coming|past|previous|the\s+following|the\s+previous|the\s+next|the\s+last|the\s+coming|the\s+past|that)\s+)?(?:{WEEKDAY})",
        "on Wednesday",
    ),
    Rule("weekday_plural", rf"(?:{WEEKDAY})s", "Mondays"),
    Rule(
        "weekday_informal",
        rf"(?:(?:this|next|last|coming)\s+|(?<=\bon\s))(?:{alternation(WEEKDAY_ABBREVIATIONS)})\.?(?![\w'])",
        "this Sat",
    ),
    Rule("relative_day_informal", alternation(INFORMAL_DAYS), "tmr"),
    Rule(
        "duration_abbr",
        rf"\d+(?:\.\d+)?\s*(?:{alternation(UNIT_ABBREVIATIONS)})(?![\w])|\d+(?:days?|hours?|weeks?|months?|years?|minutes?)(?![\w])",
        "2 hrs",
    ),
    Rule(
        "relative_day",
        r"(?:the\s+day\s+(?:before|after)\s+(?:yesterday|tomorrow)|today|yesterday|tomorrow)",
        "yesterday",
    ),
    # "the year before last", "the week after next", "the Friday after next"
    Rule("before_last", rf"the\s+(?:day|week|weekend|month|year|{WEEKDAY})\s+(?:before\s+last|after\s+next)", "the year before last"),
    # "a week from today", "two weeks from Friday": a day counted from a day
    Rule(
        "offset_from_day",
        rf"(?:{NUMBER})[-\s]+(?:days?|weeks?|months?|years?)\s+from\s+(?:today|tomorrow|yesterday|(?:next\s+|this\s+)?(?:{WEEKDAY})|(?:{MONTH})\s+{DAY_NUM})",
        "a week from Friday",
    ),
    # "sales rose 2% from a month earlier": the idiom names the period compared with, a date.
    # The finder keeps this rule only after a word of comparison ("from", "than"); else "ago".
    Rule("comparison", r"(?:a|one)\s+(?:week|month|quarter|year)\s+(?:earlier|before)", "from a month earlier"),
    Rule(
        "ago",
        rf"(?:{NUMBER})[-\s]+(?:{UNIT})(?:\s+or\s+so)?\s+(?:ago|earlier|later|back|from\s+now|hence|previously)",
        "two weeks ago",
    ),
    # "two weeks after the attack": a length of time between two events, not a date.
    # "after" is a signal, outside the expression (TimeML).
    Rule("interval_relation", rf"(?:{NUMBER})[-\s]+(?:{UNIT})(?=\s+(?:after|before|prior\s+to)(?!\s+(?:that|this|then)))", "a month after"),
    Rule("vague_plural", r"(?:(?:recent|the\s+past\s+few|the\s+last\s+few|the\s+next\s+few|the\s+coming|coming|future|upcoming)\s+(?:days|weeks|months|quarters|years|decades))", "recent months"),
    Rule("in_units", rf"(?<=\bin\s)(?:{NUMBER})\s+(?:{UNIT})(?!\s+(?:of|ago|earlier|later|that|which|when|in\s+which)\b)", "in two weeks"),
    Rule(
        "relative_unit",
        rf"(?:(?:earlier|later)\s+(?:in\s+)?)?(?:this\s+past|this|last|next|past|previous|coming|following|current|that|the\s+same|the\s+following|the\s+next|the\s+previous|the\s+preceding|the\s+current|the\s+latest|the\s+coming|the\s+past|the\s+last|the\s+most\s+recent|the\s+prior|(?:the\s+)?upcoming|nxt)\s+(?:fiscal\s+|long\s+)?(?:{UNIT_SG}|{SEASON}|yr|wk|mth)(?![\w-])",
        "last week",
    ),
    # "early in the new year": the year that comes next (lower case: "the New Year" is the holiday)
    Rule("new_year", r"(?-i:the\s+new\s+year)(?![\w'-])", "the new year"),
    # "she left the day before.", "the day after his death": one unit from the date told of
    # (the event named after it is mostly the one just dated); not "the day before authorities
    # issued ...", where a clause follows.
    Rule(
        "unit_before_after",
        r"the\s+(?:day|week|month|year|night)\s+(?:before|after|earlier|later)"
        r"(?=\s*(?:[.,;:!?)]|$)|\s+(?:the|his|her|their|its)\s+(?!same\b)[a-z])",
        "the day before",
        right_context=True,
    ),
    # "earlier in the day": the day (week, year) being told of
    Rule("in_the_unit", r"(?:earlier|later|early|late)\s+in\s+the\s+(?:day|week|month|year|quarter)", "later in the day"),
    # "the week ahead" is the coming week; "the weeks ahead" an open stretch of them.
    Rule("unit_ahead", rf"the\s+(?:{UNIT_SG})\s+ahead", "the week ahead"),
    Rule("units_ahead", r"the\s+(?:days|weeks|months|years|decades)\s+ahead", "in the weeks ahead"),
    Rule("the_unit", r"the\s+(?:fiscal\s+)?(?:week|month|year|quarter|weekend|decade|century)(?![-\w])", "the weekend"),
    Rule("mid_unit", r"mid[-\s]?(?:century|decade|year|month|week)(?![-\w])", "by mid-century"),  # the middle of the current one
    Rule(
        "span",
        rf"(?:the\s+)?(?:past|last|previous|next|coming|following|first|final|latest|preceding|recent|these|those|the\s+past)\s+(?:{NUMBER})\s+(?:{UNIT})",
        "the past two years",
    ),
    # "will one day be": between a modal and its verb, "one day" is an indefinite future, not a length
    Rule("modal_one_day", rf"{AFTER_MODAL}(?:one|some)\s+day(?=\s+[a-z])", "could one day become", right_context=True),
    Rule(
        "compound_duration",
        rf"(?:{NUMBER})[-\s]+(?:{UNIT})(?:(?:\s+and\s+|\s+(?!an?\s|per\s))(?:{NUMBER})[-\s]+(?:{UNIT}))+(?![-\s]+old)",
        "two hours and 30 minutes",
    ),
    Rule(
        "duration",
        # not "a weeks-long standoff": the article is the standoff's, the weeks are uncounted
        rf"(?!an?\s+\w+s[-\s]long\b)(?:{NUMBER})(?:[-\s]+|-)(?:(?:{alternation(COUNT_QUALIFIERS)})\s+|(?:{alternation(DAY_KINDS)})\s+(?=days?\b))?(?:{UNIT})(?:\s+and\s+a\s+half)?(?:[-\s]+long)?(?![-\s]+old)",
        "two years",
    ),
    Rule("vague_duration", r"(?:(?<=\bfor\s)|(?<=\bover\s)|(?<=\bwithin\s))(?:years|months|weeks|days|decades|hours|centuries)(?!\s+(?:ago|of|later|earlier))"
         r"|(?<=\bover\s)the\s+years", "for years"),  # "over the years": years, how many unsaid
    Rule("decades_long", r"(?:decades|years|months|weeks|days|hours|centuries)[-\s]long", "decades-long"),
    Rule("unit_long", r"(?:hour|day|week|month|year|decade)-long", "day-long"),  # one unit: "their third day-long meeting"
    Rule(
        "set",
        rf"(?:(?:every|each)\s+)?(?:{WEEKDAY})\s+(?:mornings|afternoons|evenings|nights)"  # "Friday nights"
        rf"|(?:every|each)\s+(?:{WEEKDAY})\s+{PART_OF_DAY}"  # "every Monday morning"
        rf"|(?:every|each|per)\s+(?:other\s+)?(?:{UNIT_SG}|{WEEKDAY}|{SEASON}|{_MONTH_FULL}|{PART_OF_DAY})"
        rf"|every\s+(?:{NUMBER})[-\s]+(?:{UNIT})"  # "every 15 minutes", "every two years"
        r"|(?:daily|weekly|monthly|quarterly|annually|yearly|nightly|hourly|biweekly|biannually|semiannually)"
        rf"|(?:once|twice|thrice|(?:{NUMBER})\s+times)\s+(?:a|an|per|each|every)\s+(?:{UNIT_SG})",
        "every week",
    ),
    Rule("present_ref", alternation(PRESENT_REF_WORDS), "at the present time"),
    Rule("past_ref", alternation(PAST_REF_WORDS), "recently"),
    Rule("future_ref", alternation(FUTURE_REF_WORDS), "in the future"),
)

# A span may be widened to take a modifier written just before it ("late November",
# "more than two years") or just after it ("two years or so").
PREFIX_MOD = rf"(?:{alternation(POINT_MODS)}|{alternation(QUANTITY_MODS)})"
SUFFIX_MOD = alternation(SUFFIX_MODS)

# Rules whose expressions are amounts of time: only they take quantity modifiers
# ("more than two years"); the others take point modifiers ("late November").
QUANTITY_RULES = frozenset({
    "duration", "span", "ago", "comparison", "interval_relation", "vague_duration", "in_units",
    "decades_long", "unit_long", "vague_plural", "set", "duration_abbr",
})  # fmt: skip
