"""French pattern pieces: regular-expression *sources* composed from the word tables of
:mod:`timeline.lang.fr.words`, matched case-insensitively."""

from __future__ import annotations

import re

from timeline.lang import zones
from timeline.lang.en.patterns import ZONE_OFFSET, alternation
from timeline.lang.fr.words import (
    HALF_PREFIXES,
    LOCAL_TIME,
    MONTH_ABBREVIATIONS,
    MONTHS,
    NUMBER_WORDS,
    QUANTITY_MODS,
    ROUND_AMOUNTS,
    SEASONS,
    UNITS,
    UNIVERSAL_TIME,
    VAGUE_AMOUNTS,
    WEEKDAYS,
)


def _alt(words) -> str:
    """Alternation of words, apostrophes written either way."""
    return alternation(words).replace("'", "['’]")


# --- building blocks ----------------------------------------------------------------------
MONTH = _alt(MONTHS)
MONTH_ABBR = "|".join(re.escape(k) for k in sorted(MONTH_ABBREVIATIONS, key=len, reverse=True))
WEEKDAY = _alt(WEEKDAYS)
SEASON = _alt(SEASONS)
DAY_NUM = r"(?:1er|premier|[12]\d|3[01]|0?[1-9])"
YEAR4 = r"(?:1[0-9]\d\d|20\d\d)"
_NUM_WORD = _alt(NUMBER_WORDS)
NUMBER = rf"(?:\d+|(?:{_NUM_WORD})(?:-(?:et-)?(?:{_NUM_WORD}))*(?:\s+et\s+une?)?)"
_HALF = "|".join(re.escape(prefix).replace(r"\ ", r"\s+") for prefix in HALF_PREFIXES)
AMOUNT = (
    rf"(?:{NUMBER}|{_alt(VAGUE_AMOUNTS)}|une\s+(?:{_alt(ROUND_AMOUNTS)})\s+d['’]?(?:e\s+)?"
    rf"|{_HALF})"
)  # "une dizaine de", "une quinzaine d'années", "une demi-heure"
QMOD = _alt(QUANTITY_MODS)
_UNIT_FORMS = sorted({form for unit in UNITS for form in (unit, unit + "s", unit + "x")}, key=len, reverse=True)
UNIT = "(?:" + "|".join(re.escape(u) for u in _UNIT_FORMS if u not in ("moiss", "moisx")) + ")"
UNIT_PLURAL = r"(?:secondes|minutes|heures|jours|journées|nuits|semaines|week-ends|mois|trimestres|ans|années|décennies|siècles)"
CLOCK = (
    r"(?:(?:[01]?\d|2[0-3])\s?h\s?(?:[0-5]\d)?(?![\w])"  # 15h, 15 h 30, 8h05
    r"|(?:[01]?\d|2[0-3])\s+heures?(?:\s+(?:[0-5]\d|et\s+demie|et\s+quart|moins\s+le\s+quart))?"
    r"(?:\s+(?:du\s+matin|du\s+soir|de\s+l['’]après-midi))?"
    r"|midi|minuit)"
)
# The zone written after a clock time ("15h30 GMT", "10 heures TU"; the abbreviations are
# shared, timeline/lang/zones.py). Only in capitals: "est" is a French word ("à 15h est prévue").
ZONE = (
    rf"(?:\s+(?:{ZONE_OFFSET}|(?-i:{alternation([*zones.FIXED_OFFSETS, *zones.REGIONAL_ZONES, *UNIVERSAL_TIME])})"
    rf"|{alternation(LOCAL_TIME)}))(?![\w])"
)
AT = r"(?:à|vers|dès)\s+"  # "à 15 heures": the preposition that makes a number a clock time
# Words between the two ends of a range ("lundi au vendredi"), and between a day and its clock time ("mardi à 15 heures").
RANGE_WORDS = r"à|au|jusqu'à"
AT_TIME_WORDS = r"à|vers|dès"
