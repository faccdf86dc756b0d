"""What the families share: the regexes that re-read a match, numbers and units, and the period a value names."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from timeline.lang.en import patterns as pat
from timeline.lang.en import words as en
from timeline.periods import (
    period_interval,
    period_value,
)
from timeline.temporal.context import (
    Context,
    anchor_date,
)
from timeline.types import GRANULARITIES, Anchor, Timex

_FLAGS = re.IGNORECASE


_MONTH_RE = re.compile(rf"\b({pat.MONTH_AFTER_DAY})", _FLAGS)


_YEAR4_RE = re.compile(rf"(?<!\d)({pat.YEAR4})(?!\d)")


_DAY_RE = re.compile(r"(?<![\d:])([12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?![\d:])", _FLAGS)


_WEEKDAY_NUMBERS = {**en.WEEKDAYS, **en.WEEKDAY_ABBREVIATIONS}


_WEEKDAY_RE = re.compile(rf"\b({pat.WEEKDAY}|{pat.alternation(en.WEEKDAY_ABBREVIATIONS)})\b", _FLAGS)


_QUALIFIED_WEEKDAY_RE = re.compile(rf"(?:\b(?:this|next|last|coming)\s+)?\b(?:{pat.WEEKDAY}|{pat.alternation(en.WEEKDAY_ABBREVIATIONS)})\b", _FLAGS)


_SEASON_RE = re.compile(rf"\b({pat.SEASON})\b", _FLAGS)


_UNIT_RE = re.compile(rf"\b({pat.UNIT}|{pat.alternation(en.UNIT_ABBREVIATIONS)})\b", _FLAGS)


_ORDINAL_RE = re.compile(rf"\b({pat.ORDINAL})\b", _FLAGS)


# --- numbers --------------------------------------------------------------------------------
def parse_number(text: str) -> float | None:
    """'two' -> 2, '2,000' -> 2000, 'twenty-five' -> 25, 'a couple of' -> 2; vague -> None."""
    t = re.sub(r"\s+", " ", text.strip().lower())
    if t in en.VAGUE_QUANTITIES or t in ("dozens of", "hundreds of"):
        return None
    if re.fullmatch(r"\d+(?:,\d{3})*(?:\.\d+)?", t):
        return float(t.replace(",", ""))
    if re.fullmatch(r"\d+ 1/2", t):  # "5 1/2 hours"
        return float(t.split()[0]) + 0.5
    if t in ("a couple of", "a couple", "couple of"):
        return 2
    if t in ("half a", "half an", "a half", "half"):  # "half" joined to its unit: "a half-hour"
        return 0.5
    if t in ("a quarter", "a quarter of a", "a quarter of an"):
        return 0.25
    if t.endswith(" and a half"):  # "two and a half", "one and a half"
        whole = parse_number(t[: -len(" and a half")])
        return None if whole is None else whole + 0.5
    total, current, previous = 0, 0, ""
    for word in re.split(r"[-\s]+", t):
        if word in en.NUMBER_JOINERS and en.NUMBER_WORDS.get(previous, 0) >= 100:
            previous = word  # "a hundred and twenty": the smaller number after a multiplier
            continue
        previous = word
        if word not in en.NUMBER_WORDS:
            return None
        n = en.NUMBER_WORDS[word]
        if word in en.NUMBER_MULTIPLIERS:  # "a dozen": 1 x 12, not 1 + 12
            current = max(current, 1) * n
            if n == 1000:
                total, current = total + current, 0
        else:
            current += n
    return float(total + current)


def _fmt_number(n: float) -> str:
    return str(int(n)) if float(n).is_integer() else f"{n:g}"


def _unit_of(word: str) -> str:
    w = word.lower()
    if w in en.UNIT_ABBREVIATIONS:
        return en.UNIT_ABBREVIATIONS[w]
    w = en.UNIT_PLURALS.get(w, w)
    return w[:-1] if w.endswith("s") and w[:-1] in en.UNITS else w


def duration_value(n: float | None, unit: str) -> str:
    """TIMEX3 duration: (2, 'year') -> 'P2Y'; (None, 'week') -> 'PXW'; hours -> 'PT5H'.
    Raises ``ValueError`` for a fraction of a quarter or a second, which has no smaller unit."""
    letters, _ = en.UNITS[unit]
    scale = {"DE": (10, "Y"), "CE": (100, "Y"), "ML": (1000, "Y"), "WE": (2, "D"), "S": (3, "M"), "2W": (2, "W")}
    if letters in scale:
        factor, letters = scale[letters]
        if n is not None:
            n = n * factor
        elif unit in ("decade", "century", "millennium"):
            letters = {"decade": "DE", "century": "CE", "millennium": "ML"}[unit]
    time = letters.startswith("T")
    letter = letters.lstrip("T")  # "DE" and "CE" are two-letter units
    if n is not None and not float(n).is_integer() and len(letter) == 1:
        # "two and a half years" -> P2Y6M: the remainder in the next smaller unit, when it is whole
        smaller = {"Y": (12, "M"), "M": (30, "D"), "W": (7, "D"), "D": (24, "H"), "H": (60, "M"), "TM": (60, "S")}
        key = "TM" if time and letter == "M" else letter
        if key not in smaller:  # "half a quarter", "1.5 seconds": no smaller unit to write the rest in
            raise ValueError(f"no ISO 8601 unit below {letters} for {n:g} {unit}")
        factor, sub = smaller[key]
        whole, rest = int(n), (n - int(n)) * factor
        if float(rest).is_integer():
            head = f"{whole}{letter}" if whole else ""
            if time or letter == "D":  # the remainder of a day is hours, after the T
                return f"P{'T' if time else ''}{head}{'' if time else 'T'}{int(rest)}{sub}"
            return f"P{head}{int(rest)}{sub}"
    amount = "X" if n is None else _fmt_number(n)
    return f"P{'T' if time else ''}{amount}{letter}"


def _period(
    granularity: str,
    d: dt.date,
    rule: str,
    ctx: Context,
    *,
    anchor: Anchor,
    stated: frozenset[str] | set[str],
    inferred: frozenset[str] | set[str] = frozenset(),
    type_: str = "DATE",
    mod: str | None = None,
) -> Timex:
    start, end = period_interval(granularity, d) or (None, None)  # None: 9999-12-31, the value stands
    return Timex(
        type=type_,
        value=period_value(granularity, d),
        granularity=granularity,
        rule=rule,
        reference=None if anchor is Anchor.ABSOLUTE else anchor_date(ctx, anchor),
        anchor=anchor,
        mod=mod,
        interval_start=start,
        interval_end=end,
        stated=frozenset(stated),
        inferred=frozenset(inferred),
    )


def _month_of(text: str) -> int:
    """The month named in ``text``; ValueError when none is (the rule declines)."""
    found = _MONTH_RE.search(text)
    if found is None:
        raise ValueError("no month named")
    return en.MONTHS[found.group(1).lower().rstrip(".")]


def _month_number(word: str) -> int:
    """The month a month's name (a group of the rule's match) names: "June", "Sept." -> 6, 9."""
    return en.MONTHS[word.lower().rstrip(".")]


def _day_number(word: str) -> int:
    """The day a day's number (a group of the rule's match) names: "10", "1st" -> 10, 1."""
    return int(word.rstrip("stndrhSTNDRH"))


def _day_of(text: str) -> int:
    """The day number in ``text`` (years left out); ValueError when there is none, as in
    "at 10 a.m. in March" read as a time on a day: the rule declines."""
    found = _DAY_RE.search(_YEAR4_RE.sub(" ", text))
    if found is None:
        raise ValueError("no day number")
    return int(found.group(1))


@dataclass(frozen=True, slots=True)
class RangeDay:
    """One day of a range of days: where it stands in the range's text and how to read it."""

    start: int
    end: int
    reading: str  # "10 October 2013": the day with the range's month and year
    rule: str


def _coarseness_rank(granularity: str, unknown: int) -> int:
    """Position in types.GRANULARITIES, coarsest first; a time of day ranks as its day."""
    if granularity in ("part of day", "hour", "minute", "second"):
        granularity = "day"
    return GRANULARITIES.index(granularity) if granularity in GRANULARITIES and granularity != "unknown" else unknown


def _coarser(granularity: str, than: str) -> bool:
    return _coarseness_rank(granularity, len(GRANULARITIES)) < _coarseness_rank(than, len(GRANULARITIES))


def _year_or_finer(granularity: str) -> bool:
    return _coarseness_rank(granularity, -1) >= GRANULARITIES.index("year")


def _weekend(saturday: dt.date, rule: str, reference, anchor: Anchor, stated, inferred) -> Timex:
    """The weekend that starts on ``saturday``: ``YYYY-Www-WE``, Saturday and Sunday."""
    year, week, _ = saturday.isocalendar()
    return Timex(type="DATE", value=f"{year:04d}-W{week:02d}-WE", granularity="week", rule=rule,
                 reference=reference, anchor=anchor, interval_start=saturday, interval_end=saturday + dt.timedelta(days=2),
                 stated=frozenset(stated), inferred=frozenset(inferred))  # fmt: skip


def relative_word(words: str | None) -> tuple[int | None, Anchor | None]:
    """The step and counting point ``en.RELATIVE_WORDS`` gives a relative word as written
    ("The  following" -> (+1, the date told of)); (None, None) for none or one not in the table."""
    return en.RELATIVE_WORDS.get(" ".join((words or "").lower().split()), (None, None))
