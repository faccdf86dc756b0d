"""English word tables of temporal expressions: months, days, units, numbers, modifiers,
references and holidays; and the verbs and nouns the finder reads the parse with."""

from __future__ import annotations

from timeline.types import Anchor

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
# Words the tokenizer keeps whole, each with its norm (the full word's, as the model reads it): the
# English model splits a capitalised "Wed" into "We" + "d", the contraction "we'd" written without
# its apostrophe; in news it is the weekday ("10 a.m. Wed EDT"). Lower case "wed" (to marry, or
# "we'd") is left as the model has it.
TOKENIZER_SPECIAL_CASES = {"Wed": "wednesday", "Wed.": "wednesday"}
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
# Number words that multiply the count before them: "a dozen" is 12, "two dozen" 24, "three hundred" 300.
NUMBER_MULTIPLIERS = ("dozen", "hundred", "thousand")
# The word that joins a multiplier of a hundred or more to the smaller number after it:
# "a hundred and twenty", "a thousand and one" (never two counts: "two and three years").
NUMBER_JOINERS = ("and",)
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

# Holidays as specs of their date in a year: ("date", month, day); ("nth_weekday", month,
# weekday, n, days after) for the nth weekday of a month (n = -1: the last one), then some days
# on (Black Friday: the day after Thanksgiving); ("easter", days after Easter Sunday).
_THANKSGIVING = ("nth_weekday", 11, "TH", 4, 0)
HOLIDAYS = {
    "new year's day": ("date", 1, 1), "new year's eve": ("date", 12, 31), "new year's": ("date", 1, 1),
    "valentine's day": ("date", 2, 14), "st. patrick's day": ("date", 3, 17), "independence day": ("date", 7, 4),
    "halloween": ("date", 10, 31), "veterans day": ("date", 11, 11), "christmas eve": ("date", 12, 24),
    "christmas day": ("date", 12, 25), "christmas": ("date", 12, 25), "xmas": ("date", 12, 25),
    "x'mas": ("date", 12, 25), "boxing day": ("date", 12, 26),
    "bastille day": ("date", 7, 14), "may day": ("date", 5, 1), "armistice day": ("date", 11, 11),
    "thanksgiving day": _THANKSGIVING, "thanksgiving": _THANKSGIVING,
    "labor day": ("nth_weekday", 9, "MO", 1, 0), "memorial day": ("nth_weekday", 5, "MO", -1, 0),
    "easter sunday": ("easter", 0), "easter": ("easter", 0), "good friday": ("easter", -2),
    "election day": ("nth_weekday", 11, "MO", 1, 1),  # the Tuesday after the first Monday of November
    "martin luther king day": ("nth_weekday", 1, "MO", 3, 0), "fourth of july": ("date", 7, 4),
    "juneteenth": ("date", 6, 19),
    "black friday": ("nth_weekday", 11, "TH", 4, 1), "cyber monday": ("nth_weekday", 11, "TH", 4, 4),
    "presidents day": ("nth_weekday", 2, "MO", 3, 0), "presidents' day": ("nth_weekday", 2, "MO", 3, 0),
    "columbus day": ("nth_weekday", 10, "MO", 2, 0), "mother's day": ("nth_weekday", 5, "SU", 2, 0),
    "father's day": ("nth_weekday", 6, "SU", 3, 0), "easter monday": ("easter", 1), "palm sunday": ("easter", -7),
    "ash wednesday": ("easter", -46), "ascension day": ("easter", 39), "pentecost": ("easter", 49),
    "whit monday": ("easter", 50), "all saints' day": ("date", 11, 1), "all saints day": ("date", 11, 1),
}  # fmt: skip


# Relative words before a unit or a day's name ("the following year", "last Friday"): how many
# units on, and what they count from, the publication or the date last told of ("the next"
# counts from the date told of only for a day or a night: "the next day", "the next Friday";
# "the next year" is publication's). The one table the relative-unit, weekday, month, season and
# holiday rules read: a word means the same whatever it qualifies.
_PUB, _TOLD = Anchor.PUBLICATION, Anchor.PREVIOUS_MENTION
RELATIVE_WORDS = {
    "this": (0, _PUB), "nxt": (1, _PUB), "upcoming": (1, _PUB), "the upcoming": (1, _PUB), "current": (0, _PUB),
    "the current": (0, _PUB), "last": (-1, _PUB), "past": (-1, _PUB), "previous": (-1, _PUB), "next": (1, _PUB),
    "coming": (1, _PUB), "the coming": (1, _PUB), "the next": (1, _PUB), "the following": (1, _TOLD),
    "following": (1, _PUB), "the previous": (-1, _TOLD), "the preceding": (-1, _TOLD), "the same": (0, _TOLD),
    "that": (0, _TOLD), "the latest": (-1, _PUB), "the most recent": (-1, _PUB), "the prior": (-1, _TOLD),
    "this past": (-1, _PUB), "the last": (-1, _PUB), "the past": (-1, _PUB),
}  # fmt: skip
# The relative words a weekday's name takes ("the following Friday"); their meaning is in the table above.
WEEKDAY_RELATIVE_WORDS = ("last", "next", "this past", "this", "coming", "past", "previous", "the following",
                          "the previous", "the next", "the last", "the coming", "the past", "that")  # fmt: skip


# Words before a count or a plural of units that the table above leaves out, and which way they
# look: "the preceding two years", "recent years", "future decades". Not relative words of one
# unit ("the latest week" is no relative unit), so apart.
COUNT_DIRECTION_WORDS = {"latest": -1, "preceding": -1, "recent": -1, "future": 1}


# Words between a count and its unit that leave the length as counted: "two more years",
# "three straight days"; and kinds of days counted as days: "eight trading days".
COUNT_QUALIFIERS = ("more", "additional", "extra", "straight", "consecutive", "full")
DAY_KINDS = ("trading", "business", "working", "calendar")


# --- words the finder reads the parse with ------------------------------------------------
AMBIGUOUS_MONTHS = {"may", "march", "august", "jan", "jun", "jul", "mar", "dec", "sept"}
FUTURE_VERBS = {
    "expect", "plan", "schedule", "intend", "aim", "hope", "propose", "prepare", "want",
    "seek", "promise", "vow", "pledge", "threaten", "due", "set", "slate", "likely", "go",
}  # fmt: skip
# Verbs of timetables, whose simple present names what is scheduled to happen.
TIMETABLE_VERBS = {
    "expire", "begin", "start", "resume", "open", "reopen", "close", "end", "launch", "convene", "depart", "arrive",
    "run", "last", "continue", "conclude", "meet", "vote",
}  # fmt: skip
# Nouns of published figures: "the November jobs report" covers a month that is mostly past.
DATA_NOUNS = {"report", "figure", "data", "number", "result", "statistic", "survey", "reading", "payroll", "index", "sale", "estimate"}
# Verbs that ask or order: their infinitive names something still to be done ("told them to leave by Friday").
DIRECTIVE_VERBS = {"urge", "ask", "order", "tell", "advise", "instruct", "encourage", "warn", "direct", "request", "invite", "summon"}
DEADLINE_VERBS = {"postpone", "extend", "delay", "defer", "adjourn", "give", "grant", "suspend", "recess", "push"}
SCHEDULING_VERBS = {"schedule", "reschedule", "slate", "postpone"}
# Verbs of prediction: their simple present looks ahead ("forecasters predict snow on Sunday").
PREDICTION_VERBS = {"expect", "plan", "schedule", "intend", "predict", "forecast", "anticipate", "foresee", "project"}
# Deadline verbs whose new date follows "to" as well as "until": "the deadline was extended to Friday".
MOVED_TO_VERBS = {"postpone", "extend", "delay", "defer", "adjourn", "push", "reschedule"}
# Words that make a number before 1600 a year ("in 1150", "since 1066"); without them it is a count.
EARLY_YEAR_WORDS = {"in", "since", "from", "by", "of", "until", "till", "before", "after", "around", "circa", "c.", "year", "between", "and", "to"}
# Nouns after which "today's" means nowadays ("in today's world"), not the publication day.
GENERIC_TODAY_NOUNS = {"world", "youth", "society", "generation", "children", "kids", "young", "culture", "age", "standards"}
# Words that make a weekday a name of its own ("Super Tuesday", "Bloody Sunday", "Fat Tuesday").
WEEKDAY_NAME_WORDS = {"super", "bloody", "fat", "holy", "maundy", "shrove", "blue", "manic", "giving"}
# Words of weather reports, in whose sentences "the 90s" are degrees, not a decade.
TEMPERATURE_WORDS = {"temperature", "degree", "heat", "fahrenheit", "celsius", "thermometer", "mercury"}

MODALS = {"would", "could", "might", "may", "should", "must", "can", "'d"}
POSSESSIVES = {"his", "her", "their", "its", "my", "our", "your"}


SPORTS_WORDS = frozenset(
    "halftime half-time touchdown inning innings equaliser equalizer equalise equalize striker referee kickoff "
    "quarterback goalkeeper goalie hat-trick".split()
)
SCORED = frozenset("goal twice try point winner header".split())  # what "scored" scores in a game
