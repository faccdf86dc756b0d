"""Word lists and patterns of English temporal expressions, kept as data.

Every rule in :data:`RULES` carries an example that ``tests/test_lexicon.py``
runs through the finder and the resolver, in the spirit of HeidelTime's
``// EXAMPLE`` lines. Patterns are regular-expression *sources* composed from
the word tables of :mod:`timeline.lang.en.words` and the pattern pieces of
:mod:`timeline.lang.en.patterns` (both re-exported here, as ``lx.MONTHS``,
``lx.WEEKDAY``); :mod:`timeline.temporal` searches them in text and
:mod:`timeline.resolve` full-matches them against one expression, so the
finder can never find what the resolver cannot read.
"""

from __future__ import annotations

from timeline.lang.en.patterns import (  # noqa: F401  (re-exported: lx.MONTHS, lx.WEEKDAY, ...)
    AFTER_MODAL,
    DAY_NUM,
    HALF,
    MONTH,
    MONTH_ABBR,
    MONTH_AFTER_DAY,
    MONTH_FULL,
    NUMBER,
    ORDINAL,
    PART_OF_DAY,
    PREFIX_MOD,
    QUARTER,
    QUARTER_END_MONTH,
    RELATIVE_WORD,
    SEASON,
    SPOKEN_YEAR,
    SUFFIX_MOD,
    TIME_OF_DAY,
    TIMEZONE,
    UNIT,
    UNIT_SG,
    WEEKDAY,
    YEAR,
    YEAR4,
    alternation,
    named,
)
from timeline.lang.en.words import (  # noqa: F401  (re-exported: lx.MONTHS, lx.WEEKDAY, ...)
    COUNT_QUALIFIERS,
    DAY_KINDS,
    DECADE_WORDS,
    FUTURE_REF_WORDS,
    HOLIDAYS,
    INFORMAL_DAYS,
    MONTH_NAMES,
    MONTHS,
    NUMBER_WORDS,
    ORDINALS,
    PARTS_OF_DAY,
    PAST_REF_WORDS,
    POINT_MODS,
    PRESENT_REF_WORDS,
    QUANTITY_MODS,
    SEASONS,
    SUFFIX_MODS,
    UNIT_ABBREVIATIONS,
    UNIT_PLURALS,
    UNITS,
    VAGUE_QUANTITIES,
    WEEKDAY_ABBREVIATIONS,
    WEEKDAYS,
)
from timeline.temporal.registry import Rule  # noqa: F401  (re-exported: lx.Rule)

# Order matters only for ties: the finder keeps the longest match, then the earliest rule.
RULES: tuple[Rule, ...] = (
    Rule(
        "iso_date",
        rf"{named('year', YEAR4)}-(?P<month>0[1-9]|1[0-2])-(?P<day>[0-2]\d|3[01])(?:T(?P<hour>\d\d):(?P<minute>\d\d)(?::\d\d)?)?",
        "2020-06-10", value="2020-06-10",
    ),
    Rule("numeric_date", r"(?P<month>0?[1-9]|1[0-2])/(?P<day>0?[1-9]|[12]\d|3[01])/(?P<year>\d{4}|\d\d)", "6/10/2020", value="2020-06-10"),
    # A month/day without a year only after "on" or "since": elsewhere "6/5" is a fraction or a score.
    Rule("numeric_month_day", rf"(?:(?<=\bon\s)|(?<=\bsince\s))(?:0?[1-9]|1[0-2])/(?:0?[1-9]|[12]\d|3[01])(?![/\d])(?!\s+(?:of\b|{UNIT}\b))", "on 6/10", value="2020-06-10"),
    Rule(
        "weekday_month_day_year",
        rf"{named('weekday', WEEKDAY)},?\s+{named('month', MONTH)}\s+{named('day', DAY_NUM)}(?:,?\s+{named('year', YEAR4)})?"
        rf"|{named('weekday_2', WEEKDAY)},?\s+(?:the\s+)?{named('day_2', DAY_NUM)}\s+(?:of\s+)?{named('month_2', MONTH_AFTER_DAY)}"
        rf"(?:,?\s+{named('year_2', YEAR4)})?",  # "Thursday 6 May"
        "Wednesday, June 10, 2020", value="2020-06-10",
    ),
    # Ranges of days: each end is a date of its own ("10-12 October" -> the 10th and the 12th).
    Rule(
        "day_range",
        rf"{DAY_NUM}\s*[-\u2013]\s*{DAY_NUM}\s+(?:of\s+)?(?:{MONTH_AFTER_DAY})(?:,?\s+{YEAR4})?"
        rf"|(?:{MONTH})\s+{DAY_NUM}\s*[-\u2013]\s*{DAY_NUM}(?:\s*,\s*{DAY_NUM}\s*[-\u2013]\s*{DAY_NUM})*(?:,?\s+{YEAR4})?(?![\d:])"
        rf"|{DAY_NUM}\s+(?:and|&)\s+{DAY_NUM}\s+(?:of\s+)?(?:{MONTH_AFTER_DAY})(?:,?\s+{YEAR4})?"
        rf"|(?:{MONTH})\s+{DAY_NUM}\s+(?:and|&)\s+{DAY_NUM}(?!\s*(?:%|percent|per\b|times|points?\b|cents?\b|[.,]\d))(?:,?\s+{YEAR4})?(?![\d:])",
        "10-12 October 2013", value=("2013-10-10", "2013-10-12"),
        splits=True,
    ),
    Rule("month_day_year", rf"{named('month', MONTH)}\s+{named('day', DAY_NUM)},?\s+(?:of\s+)?{named('year', YEAR4)}", "June 10, 2020", value="2020-06-10"),
    # "in August of that year", "on July 25 of the same year": the year of the story's last date
    Rule("month_that_year", rf"(?:{MONTH})(?:\s+{DAY_NUM})?,?\s+of\s+(?:that|the\s+same|the\s+following|the\s+next|the\s+previous|the\s+preceding)\s+year", "August of that year", value="2020-08"),
    Rule(
        "day_month_year",
        rf"(?:the\s+)?{named('day', DAY_NUM)}\s+(?:of\s+)?{named('month', MONTH_AFTER_DAY)},?\s+{named('year', YEAR4)}",
        "10 June 2020", value="2020-06-10",
    ),
    # day.month.year, as written outside North America: "27.03.15", "27.03.2015"
    Rule("dotted_date", r"(?<![\d.])(?P<day>[12]\d|3[01]|0?[1-9])\.(?P<month>0?[1-9]|1[0-2])\.(?P<year>\d{4}|\d\d)(?![\d.]|\.\d)", "27.03.2015", value="2015-03-27"),
    Rule("month_day", rf"(?:(?:last|this|next)\s+)?(?:{MONTH})\s+{DAY_NUM}(?![\d,.]*\d)", "June 10", value="2020-06-10"),
    Rule("day_month", rf"(?:the\s+)?{DAY_NUM}\s+(?:of\s+)?(?:{MONTH_AFTER_DAY})", "the 10th of June", value="2020-06-10"),
    # "the first of March", "the 15th of next month", "the first of the year"
    Rule("ordinal_of_month", rf"the\s+(?:{ORDINAL}|{DAY_NUM})\s+of\s+(?:{MONTH_AFTER_DAY})(?![\w-])(?:,?\s+{YEAR4})?", "the first of March", value="2020-03-01"),
    Rule(
        "ordinal_of_relative",
        rf"the\s+(?:{ORDINAL}|{DAY_NUM})\s+of\s+(?:this|last|next|that|the\s+following|the\s+previous|the\s+same)\s+month"
        r"|the\s+(?:first|1st)\s+of\s+(?:the|this|last|next|that|the\s+following)\s+year",
        "the 15th of next month", value="2020-07-15",
    ),
    # "on the 5th": a day of the month told of, or of the publication month
    Rule("ordinal_day", r"(?<=\bon\s)the\s+(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)(?![\w-])", "on the 5th", value="2020-06-05"),
    Rule("month_year", rf"(?:{MONTH}),?\s+(?:of\s+)?(?:{YEAR4}|{SPOKEN_YEAR})", "January 2020", value="2020-01"),
    Rule("month_relative_year", rf"(?:{MONTH}),?\s+(?:of\s+)?(?:this|last|next)\s+year", "June last year", value="2019-06"),
    Rule("relative_month", rf"(?:{RELATIVE_WORD})\s+(?:{MONTH})(?!\s*\d)", "last March", value="2020-03"),
    Rule("month", rf"(?:{MONTH})", "January", value="2020-01"),
    Rule("season_year", rf"(?:the\s+)?(?:{SEASON})\s+(?:of\s+)?(?:{YEAR4}|{SPOKEN_YEAR})", "summer 2019", value="2019-SU"),
    Rule("relative_season", rf"(?:{RELATIVE_WORD})\s+(?:{SEASON})", "next spring", value="2021-SP"),
    Rule("season", rf"(?:the\s+)?(?:{SEASON})", "the spring", value="2020-SP"),
    Rule(
        "quarter",
        rf"(?:the\s+|its\s+|their\s+)?(?:(?:comparable|corresponding)\s+)?(?:(?:{RELATIVE_WORD}|fiscal|year-ago|year-earlier|{YEAR4}(?:'s)?|this\s+year's|last\s+year's|next\s+year's)\s+)?(?:fiscal[-\s]+)?{QUARTER}(?:\s+(?:of\s+)?(?:fiscal\s+)?{YEAR4}|\s+(?:of\s+)?fy\s*'?\d\d(?!\d)|\s+(?:a\s+year\s+(?:ago|earlier)|of\s+last\s+year|of\s+next\s+year))?",
        "the third quarter", value="2019-Q3",
    ),
    # "2Q21", "Q3'21": analysts' quarter of a two-digit year
    Rule("quarter_compact", r"(?:q[1-4]|[1-4]q)(?:'|-)?\d\d(?![\d%])", "2Q21", value="2021-Q2"),
    # "the March quarter": the quarter that ends with that month (Jan-Mar is the first)
    Rule("month_quarter", rf"(?:the\s+|its\s+|their\s+)?(?:{QUARTER_END_MONTH})[-\s]+quarter(?:\s+(?:of\s+)?{YEAR4})?", "the September quarter", value="2019-Q3"),
    Rule("half", rf"(?:the\s+)?(?:fiscal\s+)?{HALF}(?:\s+of\s+(?:the\s+year|{YEAR4}|this\s+year|last\s+year|next\s+year)|\s+{YEAR4})?", "the first half of 2020", value="2020-H1"),
    Rule("year_ago_period", r"(?:the\s+)?(?:comparable\s+|corresponding\s+)?year[-\s](?:ago|earlier)(?:\s+(?:quarter|period|month|half))?|the\s+(?:quarter|period)\s+a\s+year\s+(?:ago|earlier)|last\s+year's\s+(?:quarter|period)", "the year-ago quarter", value="2019-Q1", comparison=True),
    Rule("decade", rf"(?:the\s+)?(?:(?:early|mid|late)[-\s]?)?(?:1[0-9]\d0s|20\d0s|'\d0s|\d0s|(?:{alternation(DECADE_WORDS)}))", "the 1990s", value="199"),
    Rule("century", rf"(?:the\s+)?(?:{ORDINAL}|\d{{1,2}}(?:st|nd|rd|th))[-\s]+century", "the 19th century", value="18"),
    # "1937-1945", "1998-99": the finder gives each year its own mention, as TimeML does
    Rule("year_range", rf"{YEAR4}\s?[-–/]\s?(?:\d\d|{YEAR4})(?!\d)", "1998-99", value=("1998", "1999"), splits=True),
    Rule("fiscal_year", rf"(?:fiscal(?:\s+year)?|the\s+year)\s*{YEAR}|fy\s*'?(?:\d{{4}}|\d\d)(?!\d)", "fiscal 1989", value="1989"),
    Rule("year", rf"(?:the\s+year\s+)?{YEAR4}(?![\d,]\d|\.\d)", "1998", value="1998"),
    Rule("spoken_year", rf"(?:the\s+year\s+)?{SPOKEN_YEAR}", "nineteen ninety-six", value="1996"),
    Rule("year_end", r"(?:the\s+)?(?:year[-\s]end|year's\s+end|end\s+of\s+the\s+year)", "year-end", value="2020-12-31"),
    Rule("full_year", r"the\s+(?:full|whole|entire|calendar)\s+year", "the full year", value="2020"),
    Rule(
        "period",
        rf"(?:the|that)\s+(?:latest|same|comparable|corresponding|year-ago|year-earlier|{YEAR4}|current|previous|prior|preceding)\s+(?:fiscal\s+)?(?:period|quarter|half)(?:\s+(?:a\s+year\s+(?:ago|earlier)|last\s+year|of\s+{YEAR4}))?",
        "the latest period", value="2020-Q1",
    ),
    Rule("period_ended", rf"(?<![\w-])the\s+(?:fiscal\s+)?year(?=\s+(?:ended|ending|that\s+ended|to\s+date|to\s+(?:the\s+end\s+of\s+)?(?:{MONTH})))", "the year ended", value="P1Y", right_context=True),
    Rule("holiday", rf"(?:(?:last|next|this)\s+|the\s+(?=fourth))?(?:{alternation(HOLIDAYS)})(?:\s+{YEAR4})?(?:\s+(?:weekend|week))?", "Christmas", value="2019-12-25"),
    # "the week of March 6": the ISO week holding that day
    Rule("week_of_date", rf"the\s+week\s+of\s+(?:(?:{MONTH})\s+{DAY_NUM}|{DAY_NUM}\s+(?:{MONTH_AFTER_DAY}))(?:,?\s+{YEAR4})?", "the week of March 6", value="2020-W10"),
    # "the day before Thanksgiving", "the day after last Tuesday": one unit from a date named
    Rule(
        "unit_from_date",
        rf"the\s+(?:day|night|week|month|year)\s+(?:before|after)\s+(?:(?:last|next|this)\s+)?(?:(?:{WEEKDAY})|(?:{alternation(HOLIDAYS)})|(?:{MONTH})\s+{DAY_NUM}(?:,?\s+{YEAR4})?|{DAY_NUM}\s+(?:{MONTH_AFTER_DAY})(?:,?\s+{YEAR4})?|yesterday|today|tomorrow)",
        "the day before Thanksgiving", value="2020-11-25",
    ),
    # "the evening of March 2", "the early hours of Sunday": a part of the day named
    Rule(
        "part_of_date",
        rf"(?:early\s+(?:in\s+)?)?the\s+(?:(?:early\s+)?(?:morning|afternoon|evening|night)|early\s+(?:morning\s+)?hours)\s+of\s+(?:(?:{WEEKDAY}),?\s+)?(?:(?:{WEEKDAY})(?:\s+(?:morning|night))?|(?:{MONTH})\s+{DAY_NUM}(?:,?\s+{YEAR4})?|{DAY_NUM}\s+(?:{MONTH_AFTER_DAY})(?:,?\s+{YEAR4})?)",
        "the evening of March 2", value="2020-03-02TEV",
    ),
    # "the first week of May": ISO 8601's rule for a year's first week, applied to a month
    Rule("week_of_month", rf"the\s+(?:first|second|third|fourth|last|final)\s+week\s+of\s+(?:{MONTH})(?:,?\s+{YEAR4})?", "the first week of May", value="2020-W19"),
    # "the first day of the month", "the last day of June": a period's first or last day
    Rule("day_of_period", rf"the\s+(?:first|last|final)\s+day\s+of\s+(?:(?:the|this|next|last)\s+(?:month|year|quarter)|(?:{MONTH})(?:,?\s+{YEAR4})?|{YEAR4})", "the first day of the month", value="2020-06-01"),
    # "the second Tuesday in November", "the last Friday of April": the calendar's nth weekday
    Rule("weekday_of_month", rf"the\s+(?:first|second|third|fourth|fifth|last|final)\s+(?:{WEEKDAY})\s+(?:of|in)\s+(?:{MONTH})(?:,?\s+{YEAR4})?", "the last Friday of April", value="2020-04-24"),
    Rule(
        "time_weekday",
        rf"{TIME_OF_DAY}{named('zone', TIMEZONE)}?,?\s+(?:on\s+)?(?:(?:{WEEKDAY})|today|yesterday|tomorrow|tonight|{alternation(INFORMAL_DAYS)}|(?:{MONTH})\s+{DAY_NUM})",
        "10 p.m. Wednesday", value="2020-06-10T22:00",
    ),
    Rule(
        "weekday_time",
        rf"(?:(?:(?:this|next|last|coming)\s+)?(?:{WEEKDAY}|(?:{alternation(WEEKDAY_ABBREVIATIONS)})\.?(?![\w']))|today|yesterday|tomorrow|(?:{MONTH})\s+{DAY_NUM}(?:,?\s+{YEAR4})?),?\s*(?:at\s+)?{TIME_OF_DAY}{named('zone', TIMEZONE)}?",
        "next Wednesday at 10 p.m.", value="2020-06-17T22:00",
    ),
    Rule("time", rf"(?:{TIME_OF_DAY}){named('zone', TIMEZONE)}?", "10:35 a.m.", value="2020-06-11T10:35"),
    Rule(
        "part_of_day",
        rf"(?:(?:this|tomorrow|yesterday|last|that|the\s+same|the\s+next|the\s+following|the\s+previous|(?:{WEEKDAY})|{alternation(INFORMAL_DAYS)})\s+{PART_OF_DAY}|tonight|tonite|2nite|overnight|(?:{WEEKDAY})\s+{PART_OF_DAY})",
        "this morning", value="2020-06-11TMO",
    ),
    Rule(
        "part_of_day_bare",
        r"(?:(?<=\bat\s)night|(?<=\bin\s)the\s+(?:morning|afternoon|evening)|(?:mid|late|early)[-\s]?(?:morning|afternoon|evening))",
        "mid-afternoon", value="2020-06-11TAF",
    ),
    # A part of the day named on its own ("a walk in the night", "morning class"): the day told of.
    Rule("part_of_day_noun", r"(?:the\s+)?(?:morning|afternoon|evening|night|nite)(?![\w-])", "the evening", value="2020-06-11TEV"),
    Rule("weekend", r"(?:(?:the\s+)?long\s+)?weekend(?![\w-])", "over the long weekend", value="2020-W23-WE"),
    Rule("weekends", r"weekends", "on weekends", value="XXXX-WXX-WE"),
    Rule(
        "weekday",
        rf"(?:(?:last|next|this\s+past|this|coming|past|previous|the\s+following|the\s+previous|the\s+next|the\s+last|the\s+coming|the\s+past|that)\s+)?(?:{WEEKDAY})",
        "on Wednesday", value="2020-06-10",
    ),
    Rule("weekday_plural", rf"(?:{WEEKDAY})s", "Mondays", value="XXXX-WXX-1"),
    Rule(
        "weekday_informal",
        rf"(?:(?:this|next|last|coming)\s+|(?<=\bon\s))(?:{alternation(WEEKDAY_ABBREVIATIONS)})\.?(?![\w'])",
        "this Sat", value="2020-06-13",
    ),
    Rule("relative_day_informal", alternation(INFORMAL_DAYS), "tmr", value="2020-06-12"),
    Rule(
        "duration_abbr",
        rf"\d+(?:\.\d+)?\s*(?:{alternation(UNIT_ABBREVIATIONS)})(?![\w])|\d+(?:days?|hours?|weeks?|months?|years?|minutes?)(?![\w])",
        "2 hrs", value="PT2H", quantity=True,
    ),
    Rule(
        "relative_day",
        r"(?:the\s+day\s+(?:before|after)\s+(?:yesterday|tomorrow)|today|yesterday|tomorrow)",
        "yesterday", value="2020-06-10",
    ),
    # "the year before last", "the week after next", "the Friday after next"
    Rule("before_last", rf"the\s+(?:day|week|weekend|month|year|{WEEKDAY})\s+(?:before\s+last|after\s+next)", "the year before last", value="2018"),
    # "a week from today", "two weeks from Friday": a day counted from a day
    Rule(
        "offset_from_day",
        rf"(?:{NUMBER})[-\s]+(?:days?|weeks?|months?|years?)\s+from\s+(?:today|tomorrow|yesterday|(?:next\s+|this\s+)?(?:{WEEKDAY})|(?:{MONTH})\s+{DAY_NUM})",
        "a week from Friday", value="2020-06-19",
    ),
    # "sales rose 2% from a month earlier": the idiom names the period compared with, a date.
    # The finder keeps this rule only after a word of comparison ("from", "than"); else "ago".
    Rule("comparison", r"(?:a|one)\s+(?:week|month|quarter|year)\s+(?:earlier|before)", "from a month earlier", value="2020-05", quantity=True, comparison=True),
    Rule(
        "ago",
        rf"(?:{NUMBER})[-\s]+(?:{UNIT})(?:\s+or\s+so)?\s+(?:ago|earlier|later|back|from\s+now|hence|previously)",
        "two weeks ago", value="2020-W22", quantity=True, comparison=True,
    ),
    # "two weeks after the attack": a length of time between two events, not a date.
    # "after" is a signal, outside the expression (TimeML).
    Rule("interval_relation", rf"(?:{NUMBER})[-\s]+(?:{UNIT})(?=\s+(?:after|before|prior\s+to)(?!\s+(?:that|this|then)))", "a month after", value="P1M", quantity=True),
    Rule("vague_plural", r"(?:(?:recent|the\s+past\s+few|the\s+last\s+few|the\s+next\s+few|the\s+coming|coming|future|upcoming)\s+(?:days|weeks|months|quarters|years|decades))", "recent months", value="PXM", quantity=True),
    Rule("in_units", rf"(?<=\bin\s)(?:{NUMBER})\s+(?:{UNIT})(?!\s+(?:of|ago|earlier|later|that|which|when|in\s+which)\b)", "in two weeks", value="2020-W26", quantity=True),
    Rule(
        "relative_unit",
        rf"(?:(?:earlier|later)\s+(?:in\s+)?)?(?:this\s+past|this|last|next|past|previous|coming|following|current|that|the\s+same|the\s+following|the\s+next|the\s+previous|the\s+preceding|the\s+current|the\s+latest|the\s+coming|the\s+past|the\s+last|the\s+most\s+recent|the\s+prior|(?:the\s+)?upcoming|nxt)\s+(?:fiscal\s+|long\s+)?(?:{UNIT_SG}|{SEASON}|yr|wk|mth)(?![\w-])",
        "last week", value="2020-W23",
    ),
    # "early in the new year": the year that comes next (lower case: "the New Year" is the holiday)
    Rule("new_year", r"(?-i:the\s+new\s+year)(?![\w'-])", "the new year", value="2020"),
    # "she left the day before.", "the day after his death": one unit from the date told of
    # (the event named after it is mostly the one just dated); not "the day before authorities
    # issued ...", where a clause follows.
    Rule(
        "unit_before_after",
        r"the\s+(?:day|week|month|year|night)\s+(?:before|after|earlier|later)"
        r"(?=\s*(?:[.,;:!?)]|$)|\s+(?:the|his|her|their|its)\s+(?!same\b)[a-z])",
        "the day before", value="2020-06-10",
        right_context=True,
    ),
    # "earlier in the day": the day (week, year) being told of
    Rule("in_the_unit", r"(?:earlier|later|early|late)\s+in\s+the\s+(?:day|week|month|year|quarter)", "later in the day", value="2020-06-11"),
    # "the week ahead" is the coming week; "the weeks ahead" an open stretch of them.
    Rule("unit_ahead", rf"the\s+(?:{UNIT_SG})\s+ahead", "the week ahead", value="2020-W25"),
    Rule("units_ahead", r"the\s+(?:days|weeks|months|years|decades)\s+ahead", "in the weeks ahead", value="PXW"),
    Rule("the_unit", r"the\s+(?:fiscal\s+)?(?:week|month|year|quarter|weekend|decade|century)(?![-\w])", "the weekend", value="2020-W23-WE"),
    Rule("mid_unit", r"mid[-\s]?(?:century|decade|year|month|week)(?![-\w])", "by mid-century", value="20"),  # the middle of the current one
    Rule(
        "span",
        rf"(?:the\s+)?(?:past|last|previous|next|coming|following|first|final|latest|preceding|recent|these|those|the\s+past)\s+(?:{NUMBER})\s+(?:{UNIT})",
        "the past two years", value="P2Y", quantity=True,
    ),
    # "will one day be": between a modal and its verb, "one day" is an indefinite future, not a length
    Rule("modal_one_day", rf"{AFTER_MODAL}(?:one|some)\s+day(?=\s+[a-z])", "could one day become", value="FUTURE_REF", right_context=True),
    Rule(
        "compound_duration",
        rf"(?:{NUMBER})[-\s]+(?:{UNIT})(?:(?:\s+and\s+|\s+(?!an?\s|per\s))(?:{NUMBER})[-\s]+(?:{UNIT}))+(?![-\s]+old)",
        "two hours and 30 minutes", value="PT2H30M",
    ),
    Rule(
        "duration",
        # not "a weeks-long standoff": the article is the standoff's, the weeks are uncounted
        rf"(?!an?\s+\w+s[-\s]long\b)(?:{NUMBER})(?:[-\s]+|-)(?:(?:{alternation(COUNT_QUALIFIERS)})\s+|(?:{alternation(DAY_KINDS)})\s+(?=days?\b))?(?:{UNIT})(?:\s+and\s+a\s+half)?(?:[-\s]+long)?(?![-\s]+old)",
        "two years", value="P2Y", quantity=True,
    ),
    Rule("vague_duration", r"(?:(?<=\bfor\s)|(?<=\bover\s)|(?<=\bwithin\s))(?:years|months|weeks|days|decades|hours|centuries)(?!\s+(?:ago|of|later|earlier))"
         r"|(?<=\bover\s)the\s+years", "for years", value="PXY", quantity=True),  # "over the years": years, how many unsaid
    Rule("decades_long", r"(?:decades|years|months|weeks|days|hours|centuries)[-\s]long", "decades-long", value="PXDE", quantity=True),
    Rule("unit_long", r"(?:hour|day|week|month|year|decade)-long", "day-long", value="P1D", quantity=True),  # one unit: "their third day-long meeting"
    Rule(
        "set",
        rf"(?:(?:every|each)\s+)?(?:{WEEKDAY})\s+(?:mornings|afternoons|evenings|nights)"  # "Friday nights"
        rf"|(?:every|each)\s+(?:{WEEKDAY})\s+{PART_OF_DAY}"  # "every Monday morning"
        rf"|(?:every|each|per)\s+(?:other\s+)?(?:{UNIT_SG}|{WEEKDAY}|{SEASON}|{MONTH_FULL}|{PART_OF_DAY})"
        rf"|every\s+(?:{NUMBER})[-\s]+(?:{UNIT})"  # "every 15 minutes", "every two years"
        r"|(?:daily|weekly|monthly|quarterly|annually|yearly|nightly|hourly|biweekly|biannually|semiannually)"
        rf"|(?:once|twice|thrice|(?:{NUMBER})\s+times)\s+(?:a|an|per|each|every)\s+(?:{UNIT_SG})",
        "every week", value="P1W", quantity=True,
    ),
    Rule("present_ref", alternation(PRESENT_REF_WORDS), "at the present time", value="PRESENT_REF"),
    Rule("past_ref", alternation(PAST_REF_WORDS), "recently", value="PAST_REF"),
    Rule("future_ref", alternation(FUTURE_REF_WORDS), "in the future", value="FUTURE_REF"),
)


# Rules whose expressions are amounts of time (``Rule.quantity``): only they take quantity
# modifiers ("more than two years"); the others take point modifiers ("late November").
QUANTITY_RULES = frozenset(rule.name for rule in RULES if rule.quantity)
