"""Word lists and patterns of French temporal expressions, kept as data.

A French rule finds an expression and *reads* it: it writes the English phrase that
says the same thing ("il y a deux semaines" -> "2 weeks ago", "fin janvier" -> "late
January"), which :func:`timeline.resolve.resolve` then resolves like any English
expression. Calendars, anchoring, granularity and anaphora ("le lendemain") are thus
written once, for both languages; only the words and the tense cues are French.

The words are in :mod:`timeline.lang.fr.words` and the pattern pieces in
:mod:`timeline.lang.fr.patterns` (both re-exported here). Each rule carries an
example that ``tests/test_french.py`` runs through the finder. Patterns are matched case-insensitively on whole words. A rule whose pattern has a
group named ``x`` only looks at the rest ("depuis deux ans": the span is "deux ans").

Choices where the TimeML guidelines are silent (index: docs/choices.md):

- French has a rule lexicon of its own. Each rule finds a French expression and says it in
  English ("il y a deux semaines" -> "2 weeks ago", "fin janvier" -> "late January", "au milieu
  des années 1980" -> "the middle of the 1980s"), which the one resolver reads; calendars,
  anchoring and anaphora ("le lendemain", "la veille") are written once for both languages.
  There is no French gold corpus here, so French is measured only by its tests (a table of
  sentences in ``tests/test_french.py``) and its speed by ``benchmarks/bench_french.py``.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from timeline.lang.en.words import MONTH_NAMES
from timeline.lang.fr.patterns import (  # noqa: F401  (re-exported: fr.MONTHS, fr.UNIT, ...)
    AMOUNT,
    AT,
    CLOCK,
    DAY_NUM,
    MONTH,
    MONTH_ABBR,
    NUMBER,
    QMOD,
    SEASON,
    UNIT,
    UNIT_PLURAL,
    WEEKDAY,
    YEAR4,
    ZONE,
    _alt,
)
from timeline.lang.fr.words import (  # noqa: F401  (re-exported: fr.MONTHS, fr.UNIT, ...)
    ENGLISH_ORDINALS,
    FUTURE_WORDS,
    HALF_PREFIXES,
    HOLIDAYS,
    LOCAL_TIME,
    MONTH_ABBREVIATIONS,
    MONTHS,
    NUMBER_WORDS,
    ORDINALS,
    PARTS_OF_DAY,
    PAST_WORDS,
    POINT_MODS,
    PRESENT_WORDS,
    QUANTITY_MODS,
    RELATIVE,
    ROUND_AMOUNTS,
    SEASONS,
    TERMS,
    UNITS,
    UNIVERSAL_TIME,
    VAGUE_AMOUNTS,
    WEEKDAYS,
)


def number_value(words: str) -> int | None:
    """ "vingt-deux" -> 22, "quatre-vingt-dix" -> 90, "deux cents" -> 200, "12" -> 12."""
    words = words.lower().strip()
    if words.isdigit():
        return int(words)
    total, current = 0, 0
    for word in re.split(r"[-\s]+", words.replace("quatre-vingts", "quatre-vingt")):
        if word == "et":
            continue
        value = NUMBER_WORDS.get(word)
        if value is None:
            return None
        if value == 20 and current == 4:
            current = 80  # "quatre-vingt"
        elif value in (100, 1000):
            total += max(current, 1) * value
            current = 0
        else:
            current += value
    return total + current


def amount(words: str) -> str | None:
    """The English of a French amount: "deux" -> "2", "quelques" -> "a few", "une dizaine de" -> "about 10"."""
    words = re.sub(r"\s+", " ", words.lower().strip())
    if words in VAGUE_AMOUNTS:
        return VAGUE_AMOUNTS[words]
    if words in HALF_PREFIXES:
        return "half a"
    rounded = re.fullmatch(r"une (\w+) d['’]?(?:e)?", words)
    if rounded:
        return f"about {ROUND_AMOUNTS[rounded.group(1)]}"
    if words in ("un", "une"):
        return "a"
    value = number_value(words)
    return None if value is None else str(value)


def singular_unit(word: str) -> str | None:
    """The English unit of a French one, singular or plural: "années" -> "year"."""
    word = word.lower()
    return UNITS.get(word) or UNITS.get(word[:-1])


def unit(word: str, count: str) -> str:
    """The English unit, plural unless the count is one: ("semaines", "2") -> "weeks"."""
    singular = singular_unit(word)
    if singular == "century" and count not in ("a", "1"):
        return "centuries"
    return singular if count in ("a", "1") else singular + "s"


def clock(words: str) -> str:
    """ "15h30" -> "15:30", "8 heures du soir" -> "20:00", "midi" -> "noon"."""
    words = re.sub(r"\s+", " ", words.lower().replace("’", "'"))
    if words in ("midi", "minuit"):
        return "noon" if words == "midi" else "midnight"
    hour, minute = re.match(r"(\d+)\s?(?:h|heures?)\s?(\d\d)?", words).groups()
    hour, minute = int(hour), int(minute or 0)
    if "et demie" in words:
        minute = 30
    elif "et quart" in words:
        minute = 15
    elif "moins le quart" in words:
        hour, minute = hour - 1, 45
    if ("du soir" in words or "après-midi" in words) and hour < 12:
        hour += 12
    return f"{hour % 24:02d}:{minute:02d}"


def english_zone(written: str | None) -> str:
    """ " GMT" -> " GMT", " TU" -> " UTC", " heure locale" -> "" (no zone named), None -> ""."""
    written = " ".join((written or "").split())  # the pattern takes any run of spaces
    if not written or written.lower() in LOCAL_TIME:
        return ""
    return " UTC" if written in UNIVERSAL_TIME else f" {written}"


def _read_clock(m: re.Match) -> str:
    return clock(m.group("at") or m.group("bare")) + english_zone(m.group("zone") or m.group("zone2"))


def english_month(word: str) -> str:
    word = word.lower()
    return MONTHS.get(word) or MONTH_ABBREVIATIONS[word]


def english_day(word: str) -> int:
    return 1 if word.lower() in ("1er", "premier") else int(word)


Part = tuple[str, str, str]  # first group, last group, English reading: one date of a range


@dataclass(frozen=True, slots=True)
class Rule:
    """A French pattern, an example it must find, and how to say the match in English."""

    name: str
    pattern: str  # regex source; a group "x", when present, is the span; a group "way"
    # ("le 3 mars dernier") says the direction outright
    example: str
    read: Callable[[re.Match], str | tuple[Part, ...] | None]  # a range reads as its parts


def _words(match: re.Match) -> str:
    """The whole match, lower-cased, one space between words, straight apostrophes."""
    return re.sub(r"\s+", " ", match.group(0).lower().replace("’", "'"))


def _g(match: re.Match, name: str) -> str:
    """A named group's text, or "" when the pattern has no such group or it did not match."""
    if name not in match.re.groupindex:
        return ""
    return (match.group(name) or "").strip()


def _read_date(m: re.Match) -> str:
    weekday = WEEKDAYS.get(_g(m, "wd").lower())
    day = f"{english_month(_g(m, 'm'))} {english_day(_g(m, 'd'))}"
    year = _g(m, "y")
    return (f"{weekday}, " if weekday else "") + day + (f", {year}" if year else "")


def _read_day_range(m: re.Match) -> tuple[Part, Part]:
    """ "du 3 au 5 juillet", "samedi 13 et dimanche 14 juin": each end with the range's month and year."""
    month, year = english_month(_g(m, "m")), _g(m, "y")
    first_month = english_month(_g(m, "m1")) if _g(m, "m1") else month
    tail = f", {year}" if year else ""

    def day(weekday: str, month_name: str, number: str) -> str:
        return (f"{WEEKDAYS[weekday.lower()]}, " if weekday else "") + f"{month_name} {english_day(number)}{tail}"

    first = ("wd1" if _g(m, "wd1") else "d1", "m1" if _g(m, "m1") else "d1", day(_g(m, "wd1"), first_month, _g(m, "d1")))
    last = ("wd2" if _g(m, "wd2") else "d2", "y" if year else "m", day(_g(m, "wd2"), month, _g(m, "d2")))
    return first, last


def _read_month_range(m: re.Match) -> tuple[Part, Part]:
    year = _g(m, "y")
    return ("m1", "m1", f"{english_month(_g(m, 'm1'))} {year}"), ("m2", "y", f"{english_month(_g(m, 'm2'))} {year}")


def _read_numeric(m: re.Match) -> str:
    """ "03/06/2020" is day first in French: June 3. Two-digit years pivot at 50 ("03/06/20")."""
    year = _g(m, "y")
    if len(year) == 2:
        year = ("20" if int(year) < 50 else "19") + year
    return f"{MONTH_NAMES[int(_g(m, 'm')) - 1]} {int(_g(m, 'd'))}, {year}"


def _read_month(m: re.Match) -> str:
    relative = RELATIVE.get(_g(m, "rel").lower(), "")
    reading = f"{english_month(_g(m, 'm'))} {_g(m, 'y')}".strip()
    return f"{relative} {reading}".strip()


def _read_decade(m: re.Match) -> str | None:
    words = _g(m, "dec").lower()
    spoken = {"vingt": 20, "trente": 30, "quarante": 40, "cinquante": 50, "soixante": 60,
              "soixante-dix": 70, "quatre-vingt": 80, "quatre-vingts": 80, "quatre-vingt-dix": 90}  # fmt: skip
    if words in spoken:
        return f"the '{spoken[words]}s"
    return f"the {words}s" if len(words) == 4 else f"the '{words}s"


_ROMAN = {"i": 1, "v": 5, "x": 10}


def _read_century(m: re.Match) -> str | None:
    number = _g(m, "c").lower()
    if number.isdigit():
        value = int(number)
    else:
        values = [_ROMAN[c] for c in number]
        value = sum(-v if i + 1 < len(values) and v < values[i + 1] else v for i, v in enumerate(values))
    suffix = "th" if 10 <= value % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(value % 10, "th")
    return f"the {value}{suffix} century"


def _read_part(m: re.Match, kind: str) -> str:
    ordinal = ENGLISH_ORDINALS[ORDINALS[_g(m, "o").lower()]] if _g(m, "o").lower() != "dernier" else "last"
    year = _g(m, "y")
    if kind == "half":
        ordinal = {"third": "second", "fourth": "second"}.get(ordinal, ordinal)
    return f"the {ordinal} {kind}" + (f" of {year}" if year else "")


def _read_season(m: re.Match) -> str:
    """ "l'été dernier" -> "last summer", "cet hiver" -> "this winter", "printemps 2019"."""
    if not _g(m, "s"):  # a bare season other than "été" (which is also "been")
        return f"{SEASONS[_g(m, 's2').lower()]} {_g(m, 'y2')}".strip()
    season = SEASONS[_g(m, "s").lower()]
    det, relative, year = _g(m, "det").lower(), _g(m, "rel").lower(), _g(m, "y")
    if year:
        return f"{season} {year}"
    if relative:
        return f"{RELATIVE[relative].replace('the previous', 'last')} {season}"
    return f"this {season}" if det.startswith("ce") else f"the {season}"


_DEICTIC = {
    "aujourd'hui": "today", "hier": "yesterday", "demain": "tomorrow",
    "avant-hier": "the day before yesterday", "après-demain": "the day after tomorrow",
}  # fmt: skip


def _read_holiday(m: re.Match) -> str:
    name, year = _words(m), _g(m, "y")
    if year:
        name = name[: -len(year)].strip()
    return HOLIDAYS[name] + (f" {year}" if year else "")


def _read_clock_length(m: re.Match) -> str:
    hours, minutes = int(_g(m, "h")), int(_g(m, "mi") or 0)
    if minutes:
        return f"{hours * 60 + minutes} minutes"
    return f"{hours} hour" + ("s" if hours != 1 else "")


def _read_deictic(m: re.Match) -> str:
    day = _DEICTIC[_g(m, "w").lower().replace("’", "'")]
    part = PARTS_OF_DAY.get((_g(m, "p") or _g(m, "p2")).lower())  # "hier soir", "demain dans la matinée"
    if part and not day.startswith("the"):
        return "last night" if (day, part) == ("yesterday", "night") else f"{day} {part}"
    return day


def _read_part_of_day(m: re.Match) -> str:
    part = {"matinée": "morning", "après-midi": "afternoon", "soirée": "evening"}[_g(m, "p").lower()]
    mod = {"début": "early", "fin": "late", "milieu": "mid"}.get(_g(m, "mod").lower())
    return f"{mod}-{part}" if mod else f"in the {part}"


def _read_this_part(m: re.Match) -> str:
    part = PARTS_OF_DAY[_g(m, "p").lower()]
    return "overnight" if part == "night" else f"this {part}"  # "cette nuit": last night in a past clause


def _read_weekday(m: re.Match) -> str:
    weekday = WEEKDAYS[_g(m, "wd").lower()]
    after = _g(m, "rel").lower()
    if after in RELATIVE:
        return f"{RELATIVE[after]} {weekday}"
    if after in PARTS_OF_DAY:
        return f"{weekday} {PARTS_OF_DAY[after]}"
    return f"this {weekday}" if _g(m, "this") else weekday


def _read_relative_unit(m: re.Match) -> str:
    english = UNITS[_g(m, "u").lower()]
    relative = _g(m, "rel").lower().replace("’", "'")
    return f"{RELATIVE[relative]} {english}"


def _read_last_unit(m: re.Match) -> str:
    word = _g(m, "rel").lower()
    return f"the {'last' if word.startswith('dern') else 'next'} {UNITS[_g(m, 'u').lower()]}"


_DEMONSTRATIVE_UNIT = {"semaine": "week", "mois": "month", "année": "year", "an": "year", "week-end": "weekend",
                       "trimestre": "quarter", "décennie": "decade", "siècle": "century", "jour": "day"}  # fmt: skip


def _read_this_unit(m: re.Match) -> str:
    english = _DEMONSTRATIVE_UNIT[_g(m, "u").lower()]
    return f"that {english}" if _g(m, "la") else f"this {english}"


def _read_same_unit(m: re.Match) -> str:
    return f"the same {_DEMONSTRATIVE_UNIT[_g(m, 'u').lower()]}"


def _amount_and_unit(m: re.Match) -> str | None:
    count = amount(_g(m, "n"))
    if count is None:
        return None
    mod = QUANTITY_MODS.get(re.sub(r"\s+", " ", _g(m, "q").lower().replace("’", "'")), "")
    if count == "half a":  # "une demi-heure": "half a hour", read as 0.5 hour
        return f"{mod} half a {unit(_g(m, 'u'), 'a')}".strip()
    half = " and a half" if _g(m, "half") else ""
    if half and count == "a":
        return f"{mod} a {unit(_g(m, 'u'), 'a')}{half}".strip()
    if half:
        return f"{mod} {count}{half} {unit(_g(m, 'u'), '2')}".strip()
    return f"{mod} {count} {unit(_g(m, 'u'), count)}".strip()


# A unit and a half, said in the next smaller unit: "il y a un an et demi" is 18 months ago.
_HALF_IN_SMALLER = {"year": (12, "months"), "month": (4, "weeks"), "week": (7, "days"), "day": (24, "hours"), "hour": (60, "minutes")}


def _point_length(m: re.Match) -> str | None:
    """The amount and unit of an offset in time ("ago", "in"), halves made whole."""
    if not _g(m, "half"):
        return _amount_and_unit(m)
    count, english = amount(_g(m, "n")), singular_unit(_g(m, "u"))
    if count is None or english not in _HALF_IN_SMALLER or not (count == "a" or count.isdigit()):
        return None
    per, smaller = _HALF_IN_SMALLER[english]
    whole = 1 if count == "a" else int(count)
    mod = QUANTITY_MODS.get(re.sub(r"\s+", " ", _g(m, "q").lower().replace("’", "'")), "")
    return f"{mod} {whole * per + per // 2} {smaller}".strip()


def _read_ago(m: re.Match) -> str | None:
    length = _point_length(m)
    return None if length is None else f"{length} ago"


def _read_in(m: re.Match) -> str | None:
    length = _point_length(m)
    return None if length is None else f"in {length}"


def _read_sequence(m: re.Match) -> str | None:
    length = _amount_and_unit(m)
    signal = _g(m, "sig").lower()
    if length is None:
        return None
    return f"{length} {'later' if signal in ('plus tard', 'après') else 'earlier'}"


def _read_span(m: re.Match) -> str | None:
    count = amount(_g(m, "n"))
    if count is None:
        return None
    word = "past" if _g(m, "rel").lower().startswith("dern") else "next"
    return f"the {word} {count} {unit(_g(m, 'u'), '2')}"


def _read_recent(m: re.Match) -> str:
    english = unit(_g(m, "u"), "2")
    if _g(m, "rel").lower().startswith("dern"):
        return f"in recent {english}"
    return f"the coming {english}"


def _read_vague(m: re.Match) -> str:
    return f"for {unit(_g(m, 'u'), '2')}"


def _read_set(m: re.Match) -> str | None:
    """ "chaque lundi" -> "every Monday", "tous les deux ans" -> "every 2 years"."""
    word = (_g(m, "u") or _g(m, "u2")).lower()
    singular = word.rstrip("s")
    if singular in WEEKDAYS or singular in PARTS_OF_DAY:
        return f"every {WEEKDAYS.get(singular) or PARTS_OF_DAY[singular]}"
    count = amount(_g(m, "n")) if _g(m, "n") else None
    return f"every {count} {unit(word, count)}" if count else f"every {unit(word, '1')}"


def _read_times_per(m: re.Match) -> str | None:
    count = amount(_g(m, "n"))
    times = {"a": "once", "1": "once", "2": "twice"}.get(count or "", f"{count} times")
    return f"{times} a {unit(_g(m, 'u'), '1')}"


def _read_mod_period(m: re.Match) -> str | None:
    mod = POINT_MODS[re.sub(r"\s+", " ", _g(m, "mod").lower()).replace("’", "'")]
    inner = _g(m, "inner").lower().replace("’", "'")
    if inner.startswith("années"):  # "à la fin des années 1990": "des" holds the article
        inner = "les " + inner
    inner = re.sub(r"^(?:le\s+)?mois\s+d(?:e\s+|')", "", inner)  # "la fin du mois de mai": of May
    inner_reading = None
    for rule in _PERIOD_RULES:
        found = re.fullmatch(rule.pattern, inner, re.IGNORECASE)
        if found:
            inner_reading = rule.read(found)
            break
    if inner_reading is None:
        bare = {"l'année": "year", "année": "year", "l'an": "year", "mois": "month", "le mois": "month",
                "la semaine": "week", "semaine": "week", "la journée": "day", "journée": "day",
                "la décennie": "decade", "siècle": "century", "le siècle": "century"}.get(inner)  # fmt: skip
        if bare is None:
            return None
        inner_reading = f"the {bare}"
    if mod in ("early", "late", "mid-", "") and inner_reading.startswith("the ") and " of " not in inner_reading:
        mod = {"early": "the beginning of", "late": "the end of", "mid-": "the middle of", "": ""}[mod]
    joiner = "" if mod.endswith("-") else " "
    return f"{mod}{joiner}{inner_reading}".strip()


# Periods a modifier can open ("fin janvier", "début 2020", "à la fin de l'année dernière").
_PERIOD_RULES: tuple[Rule, ...] = (
    Rule("month_year", rf"(?P<m>{MONTH})\s+(?:de\s+l['’]année\s+)?(?P<y>{YEAR4})", "en mai 2019", _read_month),
    Rule("relative_unit",
         r"(?:la|le|l['’])\s*(?P<u>semaine|mois|année|an|week-end|trimestre|décennie|siècle)\s+"
         r"(?P<rel>dernière|dernier|passée|passé|précédente|précédent|prochaine|prochain|suivante|suivant|d['’]avant|d['’]après|à\s+venir)",
         "la semaine dernière", _read_relative_unit),  # fmt: skip
    Rule("this_unit", r"(?:cette|cet|ce)\s+(?P<u>semaine|mois|année|an|week-end|trimestre|décennie|siècle|jour)(?:(?P<la>-là)|-ci)?",
         "cette année", _read_this_unit),  # fmt: skip
    Rule("season",
         rf"(?P<det>l['’]|cet\s+|ce\s+)(?P<s>{SEASON})(?:\s+(?:(?P<rel>dernier|prochain)|(?:de\s+l['’]année\s+)?(?P<y>{YEAR4})))?"
         rf"|(?P<s2>printemps|automne|hiver)(?:\s+(?P<y2>{YEAR4}))?",
         "l'été dernier", _read_season),
    Rule("decade", r"(?:les|des|aux)\s+années\s+(?P<dec>(?:19|20)\d0|\d0|vingt|trente|quarante|cinquante|soixante-dix|soixante|quatre-vingt-dix|quatre-vingts?)",
         "les années 1990", _read_decade),  # fmt: skip
    Rule("century", r"(?:le\s+)?(?P<c>[xvi]{1,5}|\d{1,2})(?:e|è|ème|ᵉ)\s+siècle", "le XXe siècle", _read_century),
    Rule("month", rf"(?P<m>{MONTH})(?:\s+(?P<rel>dernier|prochain))?", "en janvier", _read_month),
    Rule("year", rf"(?P<y>{YEAR4})", "en 2019", lambda m: m.group("y")),
)

RULES: tuple[Rule, ...] = (
    Rule("numeric_date", r"(?P<d>0?[1-9]|[12]\d|3[01])[/.](?P<m>0?[1-9]|1[0-2])[/.](?P<y>\d{4}|\d\d)(?![\d/])(?!\.\d)",
         "le 03/03/2020", _read_numeric),  # fmt: skip
    # A day/month without a year only after "le", "du", "depuis le": elsewhere "5/6" is a fraction or a score.
    Rule("numeric_day_month", r"(?:le|du|au)\s+(?P<x>(?P<d>0?[1-9]|[12]\d|3[01])/(?P<m>0?[1-9]|1[0-2]))(?![/\d])(?!\.\d)",
         "le 05/06", lambda m: f"{MONTH_NAMES[int(m.group('m')) - 1]} {int(m.group('d'))}"),  # fmt: skip
    Rule("date",
         rf"(?:(?P<wd>{WEEKDAY})\s+)?(?P<d>{DAY_NUM})\s+(?P<m>{MONTH}|{MONTH_ABBR})(?:\s+(?P<y>{YEAR4})|\s+(?P<way>dernier|prochain))?",
         "le mardi 3 mars 2020", _read_date),  # fmt: skip
    # Ranges of days: each end is a date of its own ("du 3 au 5 juillet" -> the 3rd and the 5th);
    # without "du" or "les", weekdays say it is a range ("samedi 13 et dimanche 14 juin").
    Rule("day_range",
         rf"(?:(?:du|entre\s+le|les)\s+|(?=(?:{WEEKDAY})\s))(?:(?P<wd1>{WEEKDAY})\s+)?(?P<d1>{DAY_NUM})(?:\s+(?P<m1>{MONTH}))?"
         rf"\s+(?:au|et\s+le|et)\s+(?:(?P<wd2>{WEEKDAY})\s+)?(?P<d2>{DAY_NUM})\s+(?P<m>{MONTH})(?:\s+(?P<y>{YEAR4}))?",
         "du 3 au 5 juillet", _read_day_range),  # fmt: skip
    Rule("month_range",
         rf"(?:de|entre)\s+(?P<m1>{MONTH})\s+(?:à|et)\s+(?P<m2>{MONTH})\s+(?P<y>{YEAR4})",
         "de janvier à mars 2020", _read_month_range),  # fmt: skip
    *_PERIOD_RULES[:-2],
    Rule("mod_period",
         r"(?P<mod>au\s+début|au\s+milieu|le\s+début|la\s+fin|le\s+milieu|la\s+mi-"
         r"|en\s+début|en\s+fin|en\s+milieu|début|fin|mi-|mi|courant)"
         r"\s*(?:du\s+|des\s+(?=années)|de\s+|d['’](?=\w))?"
         rf"(?P<inner>l['’]année\s+(?:dernière|passée|prochaine|suivante|précédente)|(?:le|la)\s+(?:mois|semaine|décennie|siècle)\s+(?:dernier|dernière|prochain|prochaine|suivant|suivante|précédent|précédente)"
         rf"|(?:cette|cet|ce)\s+(?:semaine|mois|année|siècle)|(?:(?:le\s+)?mois\s+d(?:e\s+|['’]))?(?:{MONTH})(?:\s+{YEAR4})?|{YEAR4}|l['’]année|l['’]an|année|(?:le\s+)?mois|(?:la\s+)?semaine|(?:la\s+)?journée|(?:la\s+)?décennie|(?:le\s+)?siècle"
         r"|l['’](?:été|hiver|automne)|(?:été|hiver|automne|printemps)|(?:les\s+)?années\s+(?:19|20)?\d0)",
         "fin janvier", _read_mod_period),  # fmt: skip
    Rule("quarter", rf"(?:le\s+)?(?P<o>{_alt(ORDINALS)})\s+trimestre(?:\s+(?:de\s+l['’]année\s+|de\s+)?(?P<y>{YEAR4}))?",
         "au premier trimestre 2020", lambda m: _read_part(m, "quarter")),  # fmt: skip
    Rule("half", rf"(?:le\s+)?(?P<o>{_alt(ORDINALS)})\s+semestre(?:\s+(?:de\s+)?(?P<y>{YEAR4}))?",
         "au second semestre", lambda m: _read_part(m, "half")),  # fmt: skip
    Rule("quarter_compact", rf"T(?P<q>[1-4])\s+(?P<y>{YEAR4})", "au T3 2020", lambda m: f"Q{m.group('q')} {m.group('y')}"),
    Rule("holiday", rf"(?:{_alt(HOLIDAYS)})(?:\s+(?P<y>{YEAR4}))?", "à Noël", _read_holiday),
    Rule("deictic",
         r"(?P<w>avant-hier|après-demain|aujourd['’]hui|hier|demain)"
         r"(?:\s+(?P<p>matin|après-midi|soir|nuit)|\s+dans\s+la\s+(?P<p2>matinée|soirée|nuit))?",
         "hier soir", _read_deictic),  # fmt: skip
    Rule("week_of", rf"la\s+semaine\s+du\s+(?P<d>{DAY_NUM})\s+(?P<m>{MONTH})(?:\s+(?P<y>{YEAR4}))?", "la semaine du 15 juin",
         lambda m: "the week of " + _read_date(m)),  # fmt: skip
    # "en fin de matinée", "dans l'après-midi": a part of the day the story tells of.
    Rule("part_of_day", r"(?:en\s+(?P<mod>début|fin|milieu)\s+d['’e]\s*|dans\s+(?:la|l['’]))\s*(?P<p>matinée|après-midi|soirée)",
         "en fin de matinée", _read_part_of_day),  # fmt: skip
    Rule("this_part", r"(?:ce|cet|cette)\s+(?P<p>matin|après-midi|soir|nuit|matinée|soirée)", "ce matin", _read_this_part),
    Rule("last_night", r"la\s+nuit\s+dernière", "la nuit dernière", lambda m: "last night"),
    Rule("night_of", rf"(?:dans\s+)?(?P<x>la\s+nuit\s+d[eu]\s+(?P<wd>{WEEKDAY})\s+(?:à|au)\s+(?:{WEEKDAY}))",
         "dans la nuit de samedi à dimanche", lambda m: f"{WEEKDAYS[m.group('wd').lower()]} night"),  # fmt: skip
    Rule("weekday",
         rf"(?:(?P<this>ce)\s+)?(?P<wd>{WEEKDAY})(?:\s+(?P<rel>dernier|prochain|suivant|précédent|matin|après-midi|soir))?",
         "mercredi dernier", _read_weekday),  # fmt: skip
    Rule("the_weekday", rf"le\s+(?P<wd>{WEEKDAY})\s+(?P<rel>suivant|précédent)", "le lundi suivant", _read_weekday),
    Rule("last_unit", r"(?:la|le|l['’])\s*(?P<rel>dernière|dernier|prochaine|prochain)\s+(?P<u>semaine|mois|année|décennie|siècle)",
         "la dernière semaine", _read_last_unit),  # fmt: skip
    Rule("same_unit", r"(?:le|la)\s+même\s+(?P<u>jour|semaine|mois|année)|le\s+jour\s+même(?P<same>)",
         "le même jour", lambda m: "the same day" if m.group("same") is not None else _read_same_unit(m)),  # fmt: skip
    Rule("next_day", r"le\s+lendemain|la\s+veille", "le lendemain",
         lambda m: "the next day" if "lendemain" in m.group(0).lower() else "the day before"),  # fmt: skip
    Rule("ago", rf"il\s+y\s+a\s+(?:(?P<q>{QMOD})(?:\s+|(?<=['’])))?(?P<n>{AMOUNT})\s*(?P<u>{UNIT})(?P<half>\s+et\s+demie?)?",
         "il y a deux semaines", _read_ago),  # fmt: skip
    Rule("in_units", rf"dans\s+(?:(?P<q>{QMOD})(?:\s+|(?<=['’])))?(?P<n>{AMOUNT})\s*(?P<u>{UNIT})(?P<half>\s+et\s+demie?)?",
         "dans trois mois", _read_in),  # fmt: skip
    Rule("span",
         rf"(?P<x>(?:les|ces)\s+(?P<n>{AMOUNT})\s+(?P<rel>derniers|dernières|prochains|prochaines)\s+(?P<u>{UNIT_PLURAL}))",
         "les trois prochains mois", _read_span),  # fmt: skip
    Rule("span_of", rf"(?:au\s+cours|durant|pendant|lors)\s+des\s+(?P<x>(?P<n>{AMOUNT})\s+(?P<rel>derniers|dernières|prochains|prochaines)\s+(?P<u>{UNIT_PLURAL}))",
         "au cours des cinq dernières années", _read_span),  # fmt: skip
    Rule("recent", rf"(?:ces|les)\s+(?P<rel>derniers|dernières|prochains|prochaines)\s+(?P<u>{UNIT_PLURAL})"
                   rf"|(?:les|des)\s+(?P<u2>{UNIT_PLURAL})\s+(?P<rel2>à\s+venir|qui\s+viennent)",
         "ces dernières années",
         lambda m: _read_recent(m) if m.group("u") else f"the coming {unit(m.group('u2'), '2')}"),  # fmt: skip
    # "pendant 2h", "en 1h30": the clock notation as a length.
    Rule("clock_length", r"(?:pendant|durant|en)\s+(?P<x>(?P<h>\d{1,2})\s?h\s?(?P<mi>[0-5]\d)?(?![\w]))",
         "en 1h30", _read_clock_length),  # fmt: skip
    Rule("clock", rf"{AT}(?P<x>(?P<at>{CLOCK})(?P<zone>{ZONE})?)"
                  rf"|(?P<x2>(?P<bare>(?:[01]?\d|2[0-3])\s?h\s?(?:[0-5]\d)?(?![\w]))(?P<zone2>{ZONE})?)",
         "à 15h30 GMT", _read_clock),  # fmt: skip
    Rule("sequence",
         rf"(?P<x>(?:(?P<q>{QMOD})(?:\s+|(?<=['’])))?(?P<n>{AMOUNT})\s*(?P<u>{UNIT})(?P<half>\s+et\s+demie?)?)\s+(?P<sig>plus\s+tard|plus\s+tôt|auparavant)",
         "trois jours plus tard", _read_sequence),  # fmt: skip
    Rule("duration", rf"(?:(?P<q>{QMOD})(?:\s+|(?<=['’])))?(?P<n>{AMOUNT})\s*(?P<u>{UNIT})(?P<half>\s+et\s+demie?)?",
         "pendant deux ans", _amount_and_unit),  # fmt: skip
    Rule("vague_duration", r"(?:pendant|durant|depuis)\s+(?P<x>des\s+(?P<u>années|mois|semaines|décennies|siècles|jours|heures))",
         "depuis des années", _read_vague),  # fmt: skip
    Rule("set",
         rf"chaque\s+(?P<u>jour|semaine|mois|année|an|{WEEKDAY}|matin|soir|week-end)"
         rf"|(?:tous|toutes)\s+les\s+(?:(?P<n>{NUMBER})\s+)?(?P<u2>jours|semaines|mois|ans|années|heures|lundis|mardis|mercredis|jeudis|vendredis|samedis|dimanches|matins|soirs|week-ends)",
         "chaque lundi", _read_set),  # fmt: skip
    Rule("times_per", rf"(?P<n>{NUMBER})\s+fois\s+par\s+(?P<u>jour|semaine|mois|an|année)", "deux fois par an", _read_times_per),
    Rule("daily", r"quotidiennement", "quotidiennement", lambda m: "daily"),
    Rule("term", _alt(TERMS), "à long terme", lambda m: TERMS[_words(m)]),
    Rule("present_ref", _alt(PRESENT_WORDS), "actuellement", lambda m: "now"),
    Rule("past_ref", _alt(PAST_WORDS), "récemment", lambda m: PAST_WORDS[_words(m)]),
    Rule("future_ref", _alt(FUTURE_WORDS), "bientôt", lambda m: FUTURE_WORDS[_words(m)]),
    *_PERIOD_RULES[-2:],  # a month or a year alone last: a longer rule of the same span wins
)
