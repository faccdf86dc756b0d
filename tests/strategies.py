"""Hypothesis strategies shared by the property tests: dates, fully stated dates in
many written forms, temporal-looking phrases built from the lexicon's word
lists, and sentences that mix them with noise."""

from __future__ import annotations

import datetime as dt

from hypothesis import strategies as st

from timeline import lexicon as lx
from timeline.types import Direction

MONTH_NAMES = [
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
]  # fmt: skip
MONTH_ABBR = ["Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."]
WEEKDAY_NAMES = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]

# Publication dates: a modern range for realistic runs, every date for robustness.
# The lexicon reads four-digit years 1000-2099 (YEAR4); news dates stay inside that range.
news_dates = st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2099, 12, 31))
any_dates = st.dates()
directions = st.sampled_from(list(Direction))


@st.composite
def stated_dates(draw, dates=news_dates):
    """(text, date): a fully stated calendar date in one of many written forms."""
    d = draw(dates)
    month, abbr = MONTH_NAMES[d.month - 1], MONTH_ABBR[d.month - 1]
    forms = [
        f"{month} {d.day}, {d.year}",
        f"{abbr} {d.day}, {d.year}",
        f"{d.day} {month} {d.year}",
        f"the {d.day}{_suffix(d.day)} of {month}, {d.year}",
        d.isoformat(),
        f"{d.month}/{d.day}/{d.year}",
        f"{WEEKDAY_NAMES[d.weekday()]}, {month} {d.day}, {d.year}",
    ]
    return draw(st.sampled_from(forms)), d


def _suffix(day: int) -> str:
    if day in (11, 12, 13):
        return "th"
    return {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")


@st.composite
def stated_months(draw, dates=news_dates):
    """(text, date of the 1st): a fully stated month ("June 2020", "June of 2020")."""
    d = draw(dates)
    month = MONTH_NAMES[d.month - 1]
    text = draw(st.sampled_from([f"{month} {d.year}", f"{month} of {d.year}", f"{month}, {d.year}"]))
    return text, dt.date(d.year, d.month, 1)


_NUMBERS = ["a", "an", "one", "two", "three", "ten", "a few", "several", "2", "18", "100", "1.5", "half a", "0"]
_UNITS = ["second", "minute", "hour", "day", "week", "weekend", "fortnight", "month", "quarter",
          "season", "year", "decade", "century", "millennium"]  # fmt: skip
_RELATIVE = ["this", "last", "next", "past", "the following", "the previous", "that", "the same", "the next"]


@st.composite
def temporal_phrases(draw):
    """A phrase in the shape of some lexicon rule (or nearly: numbers and units are mixed freely)."""
    unit = draw(st.sampled_from(_UNITS))
    number = draw(st.sampled_from(_NUMBERS))
    plural = "" if number in ("a", "an", "one", "half a") else "s"
    month = draw(st.sampled_from(MONTH_NAMES + MONTH_ABBR + ["may", "march"]))
    weekday = draw(st.sampled_from(WEEKDAY_NAMES))
    day = draw(st.integers(0, 40))
    year = draw(st.integers(0, 9999))
    season = draw(st.sampled_from(list(lx.SEASONS)))
    part = draw(st.sampled_from(["morning", "afternoon", "evening", "night"]))
    rel = draw(st.sampled_from(_RELATIVE))
    mod = draw(st.sampled_from([""] + list(lx.POINT_MODS) + list(lx.QUANTITY_MODS)))
    shapes = [
        f"{number} {unit}{plural} ago",
        f"{number} {unit}{plural} later",
        f"in {number} {unit}{plural}",
        f"the past {number} {unit}{plural}",
        f"{number}-{unit}",
        f"{rel} {unit}",
        f"{rel} {weekday}",
        f"{rel} {month}",
        f"{rel} {season}",
        f"{month} {day}",
        f"{month} {day}, {year}",
        f"{day} {month} {year}",
        f"{month} {year}",
        f"{year}",
        f"the {year}s",
        f"the {day}th century",
        f"{year}-{day:02d}",
        f"{season} {year}",
        f"every {draw(st.sampled_from(_UNITS + WEEKDAY_NAMES + list(lx.SEASONS) + [part]))}",
        f"{draw(st.sampled_from(['once', 'twice', 'three times']))} a {unit}",
        f"{weekday} {part}",
        f"{day}:{draw(st.integers(0, 99)):02d} {draw(st.sampled_from(['a.m.', 'p.m.', '']))}",
        f"{weekday} at {day} p.m.",
        f"the {draw(st.sampled_from(list(lx.ORDINALS)))} quarter",
        f"Q{day % 6} {year}",
        f"the {draw(st.sampled_from(['first', 'second', 'third']))} half of {year}",
        draw(st.sampled_from(list(lx.HOLIDAYS))),
        draw(st.sampled_from(list(lx.PRESENT_REF_WORDS + lx.PAST_REF_WORDS + lx.FUTURE_REF_WORDS))),
        draw(st.sampled_from([rule.example for rule in lx.RULES])),
    ]
    phrase = draw(st.sampled_from(shapes))
    return f"{mod} {phrase}".strip() if mod else phrase


_FILLER = ["The company said", "Officials will meet", "Prices fell", "He may", "She is 58 years old",
           "Shares rose 12.53%", "Troops march", "\n\n", "“Quoted,” she said", "It costs $2,000",
           "In her 60s", "The score was 3-2", "", ",", "—", "é", "😀"]  # fmt: skip


@st.composite
def sentences(draw):
    """Text mixing temporal phrases, noise words and arbitrary characters."""
    parts = draw(
        st.lists(
            st.one_of(
                temporal_phrases(),
                st.sampled_from(_FILLER),
                st.text(max_size=12),
            ),
            max_size=8,
        )
    )
    separators = draw(st.lists(st.sampled_from([" ", ". ", ", ", " on ", " in ", "\n"]), min_size=len(parts), max_size=len(parts)))
    return "".join(p + s for p, s in zip(parts, separators))


_FRENCH_FILLER = ["Le gouvernement a annoncé", "Le ministre votera", "Il aurait été", "Les prix ont baissé",
                  "Un homme de 45 ans", "La croissance a atteint 1,5 %", "Mars", "à l'heure", "\n", "", ",",
                  "Jean Dupont, 45 ans,", "2 000 manifestants", "😀"]  # fmt: skip


@st.composite
def french_phrases(draw):
    """A phrase in the shape of some French rule, its words drawn from the French lexicon."""
    from timeline import lexicon_fr as fr

    number = draw(st.sampled_from(list(fr.NUMBER_WORDS) + list(fr.VAGUE_AMOUNTS) + ["2", "18", "0", "99"]))
    unit = draw(st.sampled_from(list(fr.UNITS)))
    month = draw(st.sampled_from(list(fr.MONTHS)))
    weekday = draw(st.sampled_from(list(fr.WEEKDAYS)))
    day = draw(st.integers(0, 40))
    year = draw(st.integers(0, 9999))
    relative = draw(st.sampled_from(list(fr.RELATIVE)))
    mod = draw(st.sampled_from(["", *fr.POINT_MODS, *fr.QUANTITY_MODS]))
    shapes = [
        f"il y a {number} {unit}s", f"dans {number} {unit}", f"{number} {unit}s plus tard",
        f"le {day} {month} {year}", f"{weekday} {day} {month}", f"{month} {year}", f"en {year}",
        f"la {unit} {relative}", f"{weekday} {relative}", f"{mod} {month}", f"{mod} {year}",
        f"{day}/{draw(st.integers(0, 13))}/{year}", f"{day}h{draw(st.integers(0, 70)):02d}", f"à {day} heures",
        f"du {day} au {day + 2} {month}", f"les années {year}", f"le {day}e siècle",
        f"tous les {number} {unit}s", f"{number} fois par {unit}", f"les {number} dernières {unit}s",
        draw(st.sampled_from([rule.example for rule in fr.RULES])),
    ]  # fmt: skip
    return draw(st.sampled_from(shapes))


@st.composite
def french_sentences(draw):
    """French text mixing rule-shaped phrases, noise words and arbitrary characters."""
    parts = draw(st.lists(st.one_of(french_phrases(), st.sampled_from(_FRENCH_FILLER), st.text(max_size=12)), max_size=8))
    separators = draw(st.lists(st.sampled_from([" ", ". ", ", ", " le ", " en ", "\n"]), min_size=len(parts), max_size=len(parts)))
    return "".join(p + s for p, s in zip(parts, separators))
