"""Menders: two neighbouring mentions read together (stage 9 of
:mod:`timeline.temporal.pipeline`), tried in order by :func:`mend_pair`: a period closed by
the day that follows it, a clock time and its day, a shared recurrence, a day set beside a
date, a range of weekdays, a clock time told after its day.

Choices where the TimeML guidelines are silent (index: docs/choices.md):

- "the quarter ended Sept. 30" is the quarter that closes that day, unless a fiscal quarter was
  just named, whose label stands (TimeML writes fiscal quarters by their fiscal number).
- "From Monday to Friday": a range of weekdays runs forward (ahead of publication the end moves
  on a week, behind it the start moves back one).
- A clock time takes the day that follows it ("at 3:15 p.m. local time (1915 GMT) on Tuesday",
  "5:34 a.m. Baghdad time on March 20"), a part of day the day it is "(the hours) of" ("the
  early morning hours of April 30").
- "Monday and Tuesday nights" are both recurring (``XXXX-WXX-1TNI``, ``XXXX-WXX-2TNI``).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace

from timeline.lang.en import patterns as en_patterns
from timeline.lang.fr import patterns as fr_patterns
from timeline.periods import period_interval, period_value
from timeline.types import Anchor, Mention, Timex

_FLAGS = re.IGNORECASE



def _apposed_unit(text: str, first: Mention, second: Mention) -> Timex | None:
    """"Oct. 12, the day before the plunge": set beside a date, "the day before" names that
    date itself, not the day before it."""
    if second.timex.rule != "unit_before_after" or not re.fullmatch(r",\s*", text[first.end : second.start]):
        return None
    if first.timex.granularity != second.timex.granularity or first.timex.interval_start is None:
        return None
    return replace(first.timex, rule="unit_before_after", anchor=Anchor.PREVIOUS_MENTION)


def mend_pair(text: str, first: Mention, second: Mention, published: dt.date) -> tuple[Timex, Timex] | None:
    """Two neighbouring mentions read together: the second completes, shares with or orders the first."""
    mended = _ended_on(text, first, second) or _time_on_day(text, first, second) or _shared_recurrence(text, first, second)
    if mended is not None:
        first = replace(first, timex=mended)
    apposed = _apposed_unit(text, first, second)
    if apposed is not None:
        return first.timex, apposed
    ordered = _weekday_range(text, first, second, published)
    if ordered is not None:
        return ordered
    timed = _time_after_day(text, first, second)
    if timed is not None:
        return first.timex, timed
    return (mended, second.timex) if mended is not None else None


def _shared_recurrence(text: str, first: Mention, second: Mention) -> Timex | None:
    """ "on Monday and Tuesday nights": the plural covers both weekdays, each one recurring."""
    a, b = first.timex, second.timex
    if a.rule != "weekday" or b.type != "SET" or not re.fullmatch(r"XXXX-WXX-\dT\w\w", b.value):
        return None
    if not re.fullmatch(r"\s*,?\s*(?:and|or|&)\s+", text[first.end : second.start], _FLAGS):
        return None
    return replace(b, value=f"XXXX-WXX-{a.interval_start.isoweekday()}{b.value[10:]}", rule="set",
                   stated=a.stated | b.stated)  # fmt: skip


_RANGE_BETWEEN = re.compile(rf"\s*(?:{en_patterns.RANGE_WORDS}|{fr_patterns.RANGE_WORDS})\s*", _FLAGS)


def _weekday_range(text: str, first: Mention, last: Mention, published: dt.date) -> tuple[Timex, Timex] | None:
    """ "from Monday to Friday": two weekdays read one by one can come out in the wrong order
    (next Monday, this Friday). The range runs forward: when it starts ahead of publication the
    end moves on a week, when it lies behind, the start moves back one."""
    a, b = first.timex, last.timex
    if not (a.rule == b.rule == "weekday" and a.interval_start and b.interval_start and b.interval_start < a.interval_start):
        return None
    if not _RANGE_BETWEEN.fullmatch(text[first.end : last.start]):
        return None
    week = dt.timedelta(days=7)
    if a.interval_start > published:  # a range ahead
        return a, _on_day(b, b.interval_start + week)
    return _on_day(a, a.interval_start - week), b


def _on_day(timex: Timex, day: dt.date) -> Timex:
    return replace(timex, value=day.isoformat(), interval_start=day, interval_end=day + dt.timedelta(days=1))


# Between a clock time and the day it is on: a parenthesis ("10:35 a.m. (0735 GMT) Friday"), a
# zone ("5:34 a.m. Baghdad time on March 20"), "on"; after a part of day, "(hours) of".
_TIME_THEN_DAY = re.compile(r"\s*(?:\([^()]{0,40}\))?\s*(?:[\w.]+\s+time\b)?\s*,?\s*(?:on\s+|(?:hours\s+)?of\s+)?", _FLAGS)


def _time_on_day(text: str, time: Mention, day: Mention) -> Timex | None:
    """ "at about 10:35 a.m. (0735 GMT) Friday": a clock time whose day follows it."""
    t, d = time.timex, day.timex
    if t.type != "TIME" or t.stated & {"day", "weekday", "month"} or d.interval_start is None:
        return None
    if d.granularity not in ("day", "part of day") or d.type == "SET":  # "at 8 p.m. the previous evening"
        return None
    if not _TIME_THEN_DAY.fullmatch(text[time.end : day.start]) or not re.match(r"\d{4}-\d\d-\d\dT", t.value):
        return None
    return _clock_on_day(t, d)


def _clock_on_day(time: Timex, day: Timex) -> Timex:
    """The clock time ``time`` moved onto the day of ``day``."""
    return replace(time, value=day.interval_start.isoformat() + time.value[10:], interval_start=day.interval_start,
                   interval_end=day.interval_end, anchor=day.anchor, reference=day.reference,
                   stated=time.stated | day.stated, inferred=day.inferred)  # fmt: skip


# Between a day and the clock time that follows it: "mardi à 15 heures", "Friday, 3 p.m.".
_DAY_THEN_TIME = re.compile(rf"\s*,?\s*(?:{fr_patterns.AT_TIME_WORDS}|{en_patterns.AT_TIME_WORDS})?\s*", _FLAGS)


def _time_after_day(text: str, day: Mention, time: Mention) -> Timex | None:
    """ "le 3 mars à 15 heures": a clock time told right after its day is on that day."""
    d, t = day.timex, time.timex
    if t.type != "TIME" or t.stated & {"day", "weekday", "month"} or not re.match(r"\d{4}-\d\d-\d\dT\d", t.value):
        return None
    if d.granularity not in ("day", "part of day") or d.interval_start is None or d.type == "SET":
        return None  # "demain matin à 9 heures" is on that day too
    if not _DAY_THEN_TIME.fullmatch(text[day.end : time.start]):
        return None
    return _clock_on_day(t, d)


_ENDED = re.compile(r"\s*,?\s*(?:that\s+|which\s+)?(?:ended|ending|ends|closed|closing|closes)\s+(?:on\s+)?", _FLAGS)


# How far before its closing day a period "ended <day>" mostly lies: half its length.
_PERIOD_MIDPOINT_DAYS = {"week": 3, "month": 14, "quarter": 45, "half": 91}


def closes_period(text: str, period: Mention, day: Mention) -> bool:
    """Whether ``day`` is the last day of the period told just before it: "the quarter
    ended Sept. 30", "the six months ending June 30", "the year, which ends Dec. 31"."""
    return (day.timex.granularity == "day" and day.timex.interval_start is not None
            and _ENDED.fullmatch(text[period.end : day.start]) is not None)


def _ended_on(text: str, period: Mention, day: Mention) -> Timex | None:
    """ "the quarter ended Sept. 30": the unnamed period is the one that closes on that day."""
    t, closing = period.timex, day.timex
    if t.rule not in ("the_unit", "period") or t.granularity not in _PERIOD_MIDPOINT_DAYS:
        return None
    if t.anchor is Anchor.PREVIOUS_MENTION and t.granularity in ("quarter", "half"):
        return None  # "the fiscal first quarter ... the quarter ended Sept. 29": the label named stands; a week has none
    if not closes_period(text, period, day):
        return None
    inside = closing.interval_start - dt.timedelta(days=_PERIOD_MIDPOINT_DAYS[t.granularity])
    start, end = period_interval(t.granularity, inside)
    return replace(t, value=period_value(t.granularity, inside), interval_start=start, interval_end=end,
                   rule="period_ended_on", anchor=closing.anchor, reference=closing.interval_start)  # fmt: skip
