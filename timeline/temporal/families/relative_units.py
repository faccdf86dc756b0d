"""Relative units: "last week", "the quarter", "later in the day", "mid-century", "the day before"."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace

from timeline.lang.en import words as en
from timeline.lang.en.patterns import SEASON, UNIT_SG, alternation, named
from timeline.lang.en.words import RELATIVE_WORDS
from timeline.periods import (
    STEP,
    period_start,
    shift,
)
from timeline.temporal import registry
from timeline.temporal.context import (
    Context,
    anaphora,
)
from timeline.temporal.families.common import _period, _unit_of, _weekend
from timeline.temporal.families.composites import _resolve_part
from timeline.temporal.families.durations import span
from timeline.temporal.families.seasons import season_named
from timeline.temporal.registry import Rule
from timeline.types import Anchor, Direction, Timex


@registry.reads_groups
def _relative_unit(text: str, ctx: Context, m) -> Timex | None:
    word = re.sub(r"\s+", " ", m["rel"].lower())
    if m["season"]:  # "last fall": the season, read as the season's own rule reads it ("earlier" aside)
        season = m["season"].lower()
        return season_named(season, word, None, f"{word} {season}", ctx)
    return relative_unit(word, registry.group(m, "unit"), ctx)


def relative_unit(word: str, unit_word: str, ctx: Context) -> Timex | None:
    """The unit ("week", "yr") a relative word ("the following", a key of ``RELATIVE_WORDS``)
    names: so many units on from publication or from the date told of."""
    unit = _unit_of(unit_word)
    granularity = en.UNITS[unit][1]
    if word in ("the past", "the last"):
        # "the past year": the length of time up to now, not last calendar year ("the past weekend": no reading)
        return span(1, unit, -1, ctx) if unit != "weekend" else None
    if word not in en.RELATIVE_WORDS:
        return None
    offset, counts_from = en.RELATIVE_WORDS[word]
    if unit == "weekend" and word in ("coming", "the coming", "upcoming", "the upcoming") and ctx.reference.weekday() < 5:
        offset = 0  # on a weekday, the coming weekend is this week's
    anaphoric = counts_from is Anchor.PREVIOUS_MENTION or (word == "the next" and unit in ("day", "morning", "night"))
    # "the following year" counts from the latest date, whatever its granularity
    base, anchor = anaphora(ctx) if anaphoric else (ctx.reference, Anchor.PUBLICATION)
    d = shift(granularity, base, offset) if granularity in STEP else base
    if unit == "weekend":
        saturday = period_start("week", d) + dt.timedelta(days=5)
        return _weekend(saturday, "relative_unit", base, anchor, {"weekend"}, {"year", "week"})
    return _period(granularity, d, "relative_unit", ctx, anchor=anchor, stated={"offset"}, inferred={"year"})


def _the_unit(text: str, ctx: Context) -> Timex | None:
    """ "the week", "the quarter": the period of the previous mention, else the current one."""
    unit = _unit_of(text.split()[-1])
    granularity = en.UNITS[unit][1]
    # "over the weekend" is the one next to publication, not next to a week told of before
    same = ctx.last_of(granularity) if unit != "weekend" else None
    if same is not None and granularity == "year" and ctx.previous is not same:
        same = None  # "the year" follows a year just named, else it is the current one
    if same is not None:
        base, anchor = same.interval_start, Anchor.PREVIOUS_MENTION
    else:
        base, anchor = ctx.reference, Anchor.PUBLICATION
        if unit in ("quarter", "half") and ctx.direction is not Direction.FUTURE:
            base = shift(granularity, base, -1)  # "the quarter" reported is the last one closed
    if unit == "weekend":
        if ctx.direction is not Direction.FUTURE and base.weekday() < 5:
            base = base - dt.timedelta(days=7)  # "over the weekend", told on a weekday: the one just past
        return relative_unit("this", "weekend", replace(ctx, reference=base))
    return _period(granularity, base, "the_unit", ctx, anchor=anchor, stated=set(), inferred={"year", unit})


def _in_the_unit(text: str, ctx: Context) -> Timex:
    """ "later in the day": the day told of (the latest day named), else the publication day."""
    unit = text.split()[-1].lower()
    granularity = en.UNITS[unit][1]
    same = ctx.last_of(granularity)
    base, anchor = (same.interval_start, Anchor.PREVIOUS_MENTION) if same is not None else (ctx.reference, Anchor.PUBLICATION)
    mod = "START" if text.lower().startswith("early") else "END" if text.lower().startswith("late ") else None
    timex = _period(granularity, base, "in_the_unit", ctx, anchor=anchor, stated=set(), inferred={"year", unit})
    return replace(timex, mod=mod) if mod else timex


def _mid_unit(text: str, ctx: Context) -> Timex | None:
    """ "by mid-century", "midweek": the middle of the current century, week, ..."""
    unit = re.sub(r"^mid[-\s]?", "", text.lower())
    timex = _resolve_part(f"the middle of the {unit}", ctx)
    if timex is None or timex.interval_start is None:
        return timex
    middle = timex.interval_start + (timex.interval_end - timex.interval_start) / 2
    if ctx.direction is Direction.FUTURE and middle <= ctx.reference:  # "by midweek" said on a Thursday
        timex = _resolve_part(f"the middle of next {unit}", ctx) or timex
    elif ctx.direction is Direction.PAST and middle > ctx.reference:  # "since midweek" said on a Monday
        timex = _resolve_part(f"the middle of last {unit}", ctx) or timex
    return replace(timex, rule="mid_unit")


def _unit_before_after(text: str, ctx: Context) -> Timex:
    """ "the day before", "the year after": one unit from the latest date mentioned."""
    words = text.lower().split()
    unit = "day" if words[1] == "night" else words[1]
    granularity = en.UNITS[unit][1]
    base, anchor = anaphora(ctx)
    d = shift(granularity, base, -1 if words[-1] in ("before", "earlier") else 1)
    timex = _period(granularity, d, "unit_before_after", ctx, anchor=anchor, stated={"offset"}, inferred={"year", "month", "day"})
    if words[1] == "night":  # "the night before": that day's night, a TIME
        return replace(timex, type="TIME", value=f"{d.isoformat()}TNI", granularity="part of day")
    return timex


def _unit_ahead(text: str, ctx: Context) -> Timex | None:
    return replace(relative_unit("the coming", text.split()[1], ctx), rule="unit_ahead")


# --- rules: this family's patterns, each with its handler and the example it must read -----
RULES: tuple[Rule, ...] = (
    Rule(
        "relative_unit",
        rf"(?:(?:earlier|later)\s+(?:in\s+)?)?{named('rel', alternation(RELATIVE_WORDS))}\s+(?:fiscal\s+|long\s+)?(?:(?P<unit>{UNIT_SG})|{named('season', SEASON)}|(?P<unit_2>yr|wk|mth))(?![\w-])",
        "last week", value="2020-W23",
        handler=_relative_unit,
    ),
    # "she left the day before.", "the day after his death": one unit from the date told of
    # (the event named after it is mostly the one just dated); not "the day before authorities
    # issued ...", where a clause follows.
    Rule(
        "unit_before_after",
        r"the\s+(?:day|week|month|year|night)\s+(?:before|after|earlier|later)"
        r"(?=\s*(?:[.,;:!?)]|$)|\s+(?:the|his|her|their|its)\s+(?!same\b)[a-z])",
        "the day before", value="2020-06-10",
        right_context=True,
        handler=_unit_before_after,
    ),
    # "earlier in the day": the day (week, year) being told of
    Rule("in_the_unit", r"(?:earlier|later|early|late)\s+in\s+the\s+(?:day|week|month|year|quarter)", "later in the day", value="2020-06-11", handler=_in_the_unit),
    # "the week ahead" is the coming week; "the weeks ahead" an open stretch of them.
    Rule("unit_ahead", rf"the\s+(?:{UNIT_SG})\s+ahead", "the week ahead", value="2020-W25", handler=_unit_ahead),
    Rule("the_unit", r"the\s+(?:fiscal\s+)?(?:week|month|year|quarter|weekend|decade|century)(?![-\w])", "the weekend", value="2020-W23-WE", handler=_the_unit),
    Rule("mid_unit", r"mid[-\s]?(?:century|decade|year|month|week)(?![-\w])", "by mid-century", value="20", handler=_mid_unit),  # the middle of the current one
)
