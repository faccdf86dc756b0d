"""Times of day: clock times, with a day ("10 p.m. Wednesday"), parts of the day ("this morning").

A clock time keeps the zone written after it, as ISO 8601 and TIMEX3 write it (the zones
and their offsets: :mod:`timeline.lang.zones`): "10 a.m. EDT" is ``2020-06-11T10:00-04:00``,
"1005 GMT" ``2020-06-11T10:05Z``, "noon GMT+8" ``2020-06-11T12:00+08:00``; "ET", "PT"
take the US region's offset on that day. The zone may follow the clock's day ("9:34 p.m.,
March 19 EST", "10:30 a.m. Wednesday EDT"). "local time" names no zone: the value has none.
The interval is the day as written (the local day); the instant in UTC orders and places
zoned times (:func:`timeline.periods.clock_instant`, used by the timeline and the chart).

Choices where the TimeML guidelines are silent (index: docs/choices.md):

- A bare clock time told in the past is on the day the mention before it named ("broke out on
  Tuesday ... shortly before 1 a.m.").
- A bare "midnight" told in the past is the one that began the day (``T00:00``), ahead the one
  that ends it ("midnight Friday" is Friday's ``T24``).
- "In the morning" told in the past is the morning of the day the story tells of ("Shares fell
  Friday. Dealers bought in the morning").
- "Overnight" told in the past is the night before the day the story tells of (within the week),
  else the night before publication.
- A clock time with a zone is on the day as written ("11 p.m. EDT Wednesday" is Wednesday, the
  local day), and sorts and is drawn at its instant in UTC; one without a zone keeps its day's place.
- A zone written after the clock's day ("10:30 a.m. Wednesday EDT") is taken only in capitals,
  never one that is a word ("10 p.m. Wednesday CAT scans") nor one before a number ("ET 302",
  a flight); "local time" there stays out of the span (it names no zone).
"""

from __future__ import annotations

import datetime as dt
import re
import zoneinfo
from dataclasses import replace

from timeline.lang import zones
from timeline.lang.en import words as en
from timeline.lang.en.patterns import (
    CLOCK,
    DAY_NUM,
    MONTH,
    PART_OF_DAY,
    TIMEZONE,
    WEEKDAY,
    WEEKDAY_ABBREVIATION_CAPITALISED,
    YEAR4,
    ZONE_AFTER_DAY,
    alternation,
    named,
)
from timeline.lang.en.words import INFORMAL_DAYS, WEEKDAY_ABBREVIATIONS
from timeline.periods import zone_suffix
from timeline.temporal import registry
from timeline.temporal.context import (
    Context,
    anaphora,
    pick_year,
)
from timeline.temporal.families.common import (
    _MONTH_RE,
    _QUALIFIED_WEEKDAY_RE,
    _YEAR4_RE,
    _day_number,
    _day_of,
    _month_number,
    _month_of,
    _period,
    relative_word,
)
from timeline.temporal.families.relative_days import _RELATIVE_DAYS, _day_word
from timeline.temporal.families.weekdays import _weekday_date, weekday_date
from timeline.temporal.registry import Rule
from timeline.types import Anchor, Direction, Timex

_FLAGS = re.IGNORECASE


def _clock(m) -> tuple[int, int | None]:
    """The hour and minute of the clock time a rule's match names in its ``CLOCK`` groups
    (``None`` minutes for midnight, which ends the day: hour 24)."""
    word = registry.group(m, "word")
    if word:
        return (24, None) if word.lower() == "midnight" else (12, 0)
    hour, minute = int(registry.group(m, "hour")), int(registry.group(m, "minute") or 0)
    meridian = (registry.group(m, "meridian") or "").lower().replace(".", "").replace(" ", "")
    part = (registry.group(m, "part") or "").lower()
    if part in ("afternoon", "evening") or (part == "night" and hour >= 5):
        meridian = "pm"  # "4 in the afternoon"; "2 at night" stays early morning
    if meridian == "pm" and hour < 12:
        hour += 12
    if meridian == "am" and hour == 12:
        hour = 0
    if hour > 24 or minute > 59:
        raise ValueError("no such time")
    return hour, minute


def _day_part_date(text: str | None, ctx: Context) -> tuple[dt.date, Anchor, set[str]]:
    """The day named in ``text``, the words left of a time read without a match: a date, a named
    weekday, today/yesterday, the day told of ("that", "the next"); none: the reference."""
    if not text:
        return ctx.reference, Anchor.PUBLICATION, set()
    if _MONTH_RE.search(text):  # before the weekday: "Friday, Oct. 23" is dated by its month and day
        year = _YEAR4_RE.search(text)
        return _dated(_month_of(text), _day_of(_MONTH_RE.sub(" ", _CLOCK_RE.sub(" ", text))), year and year.group(1), ctx)
    weekday = _QUALIFIED_WEEKDAY_RE.search(text)
    if weekday:  # "next Wednesday at 10 p.m.": the qualifier counts
        d, anchor = _weekday_date(weekday.group(0), ctx)
        return d, anchor, {"weekday"}
    offset = _day_word(text)
    if offset is not None:
        return ctx.reference + dt.timedelta(days=offset), Anchor.PUBLICATION, {"day"}
    return _day_told_of_or_reference(text, ctx)


def _day_in(m, ctx: Context) -> tuple[dt.date, Anchor, set[str]]:
    """The day a time or part of day is on, from its rule's groups: a date (``month``, ``daynum``,
    ``year``), a weekday (``rel``, ``weekday``), today or "tmr" (``dayword``), else the words of
    the ``day`` ("that", "the next"; none: the reference)."""
    month = registry.group(m, "month")
    if month:
        return _dated(_month_number(month), _day_number(registry.group(m, "daynum")), registry.group(m, "year"), ctx)
    weekday = registry.group(m, "weekday")
    if weekday:  # "next Wednesday at 10 p.m.": the qualifier counts
        d, anchor = weekday_date(weekday, registry.group(m, "rel") or "", ctx)
        return d, anchor, {"weekday"}
    word = registry.group(m, "dayword")
    if word:
        word = word.lower()
        offset = en.INFORMAL_DAYS[word] if word in en.INFORMAL_DAYS else _RELATIVE_DAYS[word]
        return ctx.reference + dt.timedelta(days=offset), Anchor.PUBLICATION, {"day"}
    return _day_told_of_or_reference(registry.group(m, "day"), ctx)


def _dated(month: int, day: int, year: str | None, ctx: Context) -> tuple[dt.date, Anchor, set[str]]:
    if year:
        return dt.date(int(year), month, day), Anchor.ABSOLUTE, {"year", "month", "day"}
    return dt.date(pick_year(month, day, ctx, ctx.direction), month, day), Anchor.PUBLICATION, {"month", "day"}


def _day_told_of_or_reference(words: str | None, ctx: Context) -> tuple[dt.date, Anchor, set[str]]:
    """ "that night", "the next morning": the day told of, or one on (a day counts from it, as
    "the next day" does), as the relative-word table says; another word ("this"): the reference."""
    step, counts_from = relative_word(words)
    if counts_from is Anchor.PREVIOUS_MENTION or " ".join((words or "").lower().split()) == "the next":
        base, anchor = anaphora(ctx)
        return base + dt.timedelta(days=step), anchor, set()
    return ctx.reference, Anchor.PUBLICATION, set()


_DAY_OR_FINER = ("day", "part of day", "hour", "minute", "second")


def _day_told_of(ctx: Context, ahead: bool = False) -> dt.date | None:
    """The day a past narrative has just named ("Wednesday", "June 3", "that night"), if the
    mention before is one: a bare clock time told in the past is on that day, as news writing
    leaves it unrepeated. After a coarser mention ("next month") the day is no longer in view.
    ``ahead``: the day a schedule has just named ("votes on Tuesday ... the session starts at noon")."""
    told = ctx.previous
    if told is None or told.granularity not in _DAY_OR_FINER or told.interval_start is None:
        return None
    if ahead:
        return told.interval_start if told.interval_start >= ctx.reference else None
    return told.interval_start if told.interval_start <= ctx.reference else None


_CLOCK_RE = re.compile(CLOCK, _FLAGS)
_ZONE_RE = re.compile(TIMEZONE, _FLAGS)
_DAY_ZONE_RE = re.compile(rf"{ZONE_AFTER_DAY}$", _FLAGS)  # the zone that ends the words after the clock
_OFFSET_RE = re.compile(r"(?:GMT|UTC)?\s?([+\-\u2212])(\d{1,2}):?(\d\d)?", _FLAGS)


def _zone_offset(zone: str, day: dt.date, hour: int, minute: int | None) -> int | None:
    """Minutes east of UTC of the zone written ``zone`` ("EDT", "GMT+8", "+0530", "ET") at that
    clock time on ``day``; ``None`` for "local time", which names no zone."""
    name = zone.strip()
    upper = name.upper()
    if upper == "Z" or upper in zones.FIXED_OFFSETS:
        return zones.FIXED_OFFSETS.get(upper, 0)
    if upper in zones.REGIONAL_ZONES:  # the region's offset that day: daylight saving time or not
        moment = dt.datetime.combine(day, dt.time()) + dt.timedelta(hours=hour, minutes=minute or 0)
        offset = moment.replace(tzinfo=zoneinfo.ZoneInfo(zones.REGIONAL_ZONES[upper])).utcoffset()
        return int(offset.total_seconds() // 60)
    offset = _OFFSET_RE.fullmatch(name)
    if offset is None:
        return None  # "local time"
    sign = -1 if offset.group(1) in "-\u2212" else 1
    return sign * (int(offset.group(2)) * 60 + int(offset.group(3) or 0))


def _rest(text: str, start: int, end: int, zone: str | None) -> str:
    """``text`` without its clock (``start``-``end``) and its zone: the words its day is read in."""
    rest = text[:start] + " " + text[end:]
    return rest.replace(zone, " ", 1) if zone else rest  # "GMT+8 Wednesday": the day without the zone


def _time(rule: str):
    @registry.reads_groups
    def handler(text: str, ctx: Context, m) -> Timex:
        if m is None:  # read on the finder's word (its "(?<=" is the zone's): the first clock, the rest its day
            m = _CLOCK_RE.search(text)
            found = _ZONE_RE.match(text, m.end()) or _DAY_ZONE_RE.search(text, m.end())  # "10 p.m. Friday EDT"
            zone = found.group(0) if found else None
            d, anchor, stated = _day_part_date(_rest(text, m.start(), m.end(), zone), ctx)
        else:
            zone = registry.group(m, "zone")
            d, anchor, stated = _day_in(m, ctx)
        hour, minute = _clock(m)
        told = None
        if not stated and anchor is Anchor.PUBLICATION and ctx.direction in (Direction.PAST, Direction.FUTURE):
            told = _day_told_of(ctx, ahead=ctx.direction is Direction.FUTURE)
        if told is not None:  # "The blaze broke out on Wednesday ... shortly before 1 a.m.": that Wednesday
            d, anchor = told, Anchor.PREVIOUS_MENTION
        if hour == 24 and not stated and ctx.direction is not Direction.FUTURE:
            hour, minute = 0, 0  # "shortly after midnight", no day named: the midnight that began the day
        timex = _period("day", d, rule, ctx, anchor=anchor, stated=stated | {"hour"}, inferred={"year", "month", "day"} - stated)
        value = f"{d.isoformat()}T{hour:02d}" + (f":{minute:02d}" if minute is not None else "")
        offset = _zone_offset(zone, d, hour, minute) if zone else None
        if offset is not None:
            value += zone_suffix(offset)
        return replace(timex, type="TIME", value=value, granularity="minute" if minute else "hour")

    return handler


@registry.reads_groups
def _part_of_day(text: str, ctx: Context, m) -> Timex:
    """ "this morning", "Wednesday night", "tonight", "overnight": that part of the day named."""
    day, part = registry.group(m, "day"), registry.group(m, "part").lower()
    d, anchor, stated = _day_in(m, ctx)
    if day and day.lower() == "last" and part in ("night", "nite"):
        d = ctx.reference - dt.timedelta(days=1)
    if part == "overnight" and ctx.direction is Direction.PAST:
        # "shares were depressed by overnight losses": the night before the day the story tells
        # of (within the week), else before publication: the night ending that day's morning
        told = _day_told_of(ctx)
        if told is not None and (ctx.reference - told).days <= 7:  # the story's day, not a background one
            d, anchor = told - dt.timedelta(days=1), Anchor.PREVIOUS_MENTION
        else:
            d = ctx.reference - dt.timedelta(days=1)
    return _part_of_day_on(d, anchor, stated, part, ctx)


@registry.reads_groups
def _bare_part_of_day(text: str, ctx: Context, m) -> Timex:
    """ "in the morning", "mid-afternoon", "the evening": that part of the day told of, told in
    the past ("Shares fell Friday. Dealers bought in the morning": Friday's), else of the reference."""
    part = registry.group(m, "part")
    if m is None:  # "night" read on the finder's word, its "at" outside the span
        part = next(k for k in en.PARTS_OF_DAY if k in text.lower())
    part = part.lower()
    d, anchor = ctx.reference, Anchor.PUBLICATION
    if part != "nite" and ctx.direction is Direction.PAST:
        told = _day_told_of(ctx)
        if told is not None:
            d, anchor = told, Anchor.PREVIOUS_MENTION
    return _part_of_day_on(d, anchor, set(), part, ctx)


def _part_of_day_on(d: dt.date, anchor: Anchor, stated: set[str], part: str, ctx: Context) -> Timex:
    timex = _period("day", d, "part_of_day", ctx, anchor=anchor, stated=stated | {"part of day"}, inferred={"year", "month", "day"} - stated)
    return replace(timex, type="TIME", value=f"{d.isoformat()}T{en.PARTS_OF_DAY[part]}", granularity="part of day")


# --- rules: this family's patterns, each with its handler and the example it must read -----
RULES: tuple[Rule, ...] = (
    Rule(
        "time_weekday",
        rf"{CLOCK}{named('zone', TIMEZONE)}?,?\s+(?:on\s+)?(?P<day>{named('weekday', WEEKDAY)}"
        # the weekday abbreviated ("10 a.m. Wed EDT"), only with a zone written before it or after it
        rf"|{named('weekday_3', WEEKDAY_ABBREVIATION_CAPITALISED)}\.?(?(zone)(?![\w'])|(?={ZONE_AFTER_DAY}))|(?P<dayword>today|yesterday|tomorrow)|tonight|(?P<dayword_2>{alternation(INFORMAL_DAYS)})|{named('month', MONTH)}\s+{named('daynum', DAY_NUM)}(?:,?\s+{named('year', YEAR4)})?)"
        # the zone after the day, when none came before it ("10:30 a.m. Wednesday EDT")
        rf"(?(zone)|{named('zone_2', ZONE_AFTER_DAY)}?)",
        "10 p.m. Wednesday", value="2020-06-10T22:00",
        handler=_time("time_weekday"),
    ),
    Rule(
        "weekday_time",
        rf"(?P<day>(?:(?P<rel>this|next|last|coming)\s+)?(?:{named('weekday', WEEKDAY)}|{named('weekday_2', alternation(WEEKDAY_ABBREVIATIONS))}\.?(?![\w']))"
        rf"|(?P<dayword>today|yesterday|tomorrow)|{named('month', MONTH)}\s+{named('daynum', DAY_NUM)}(?:,?\s+{named('year', YEAR4)})?),?\s*(?:at\s+)?(?<!\d){CLOCK}{named('zone', TIMEZONE)}?",
        "next Wednesday at 10 p.m.", value="2020-06-17T22:00",
        handler=_time("weekday_time"),
    ),
    Rule("time", rf"(?:{CLOCK}){named('zone', TIMEZONE)}?", "10:35 a.m.", value="2020-06-11T10:35", handler=_time("time")),
    Rule(
        "part_of_day",
        rf"(?:(?P<day>this|(?P<dayword>tomorrow|yesterday)|last|that|the\s+same|the\s+next|the\s+following|the\s+previous|{named('weekday', WEEKDAY)}|(?P<dayword_2>{alternation(INFORMAL_DAYS)}))\s+{named('part', PART_OF_DAY)}"
        rf"|(?P<part_2>tonight|tonite|2nite|overnight)|(?P<day_2>{named('weekday_2', WEEKDAY)})\s+{named('part_3', PART_OF_DAY)})",
        "this morning", value="2020-06-11TMO",
        handler=_part_of_day,
    ),
    Rule(
        "part_of_day_bare",
        r"(?:(?<=\bat\s)(?P<part>night)|(?<=\bin\s)the\s+(?P<part_2>morning|afternoon|evening)|(?:mid|late|early)[-\s]?(?P<part_3>morning|afternoon|evening))",
        "mid-afternoon", value="2020-06-11TAF",
        handler=_bare_part_of_day,
    ),
    # A part of the day named on its own ("a walk in the night", "morning class"): the day told of.
    Rule("part_of_day_noun", r"(?:the\s+)?(?P<part>morning|afternoon|evening|night|nite)(?![\w-])", "the evening", value="2020-06-11TEV", handler=_bare_part_of_day),
)
