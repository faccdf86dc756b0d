"""Seasons: "summer 2019", "next spring", "the fall"."""

from __future__ import annotations

import re

from dateutil.relativedelta import relativedelta

from timeline.lang.en import words as en
from timeline.lang.en.patterns import SEASON, SPOKEN_YEAR, YEAR4, alternation, named
from timeline.periods import (
    season_of,
    season_start,
)
from timeline.temporal import registry
from timeline.temporal.context import (
    Context,
    stated_direction,
)
from timeline.temporal.families.common import _period, _year_or_finer, relative_word
from timeline.temporal.families.years import spoken_number
from timeline.temporal.registry import Rule
from timeline.types import Anchor, Direction, Timex

_FLAGS = re.IGNORECASE


@registry.reads_groups
def _season(text: str, ctx: Context, m) -> Timex:
    year, spoken = registry.group(m, "year"), registry.group(m, "spoken_year")
    stated_year = int(year) if year else spoken_number(spoken) if spoken else None
    return season_named(m["season"], registry.group(m, "rel") or "", stated_year, text, ctx)


def season_named(season: str, rel: str, year: int | None, text: str, ctx: Context) -> Timex:
    """The season a word names ("fall"), after its relative word ("the following", or ""), in the
    year stated, else the one the words or the sentence's tense point to."""
    code = en.SEASONS[season.lower()]
    if year is not None:
        return _period("season", season_start(year, code), "season", ctx, anchor=Anchor.ABSOLUTE, stated={"year", "season"})
    step, counts_from = relative_word(rel)
    told = ctx.previous.interval_start if ctx.previous is not None else None
    if told is not None and _year_or_finer(ctx.previous.granularity) and counts_from is Anchor.PREVIOUS_MENTION:
        # "It was not until 2014 ... Construction began that fall": the season of the date told of
        d = season_start(told.year, code)  # "that fall": the year told of
        after = ctx.previous.interval_end or told
        if step == 1:  # the first one after it ("in 2014 ... the following spring": 2015's)
            d = min(s for s in (season_start(told.year + k, code) for k in range(3)) if s >= after)
        elif step == -1:  # the last one over before it ("in 2014 ... the previous spring": 2013's)
            d = max(s for s in (season_start(told.year - k, code) for k in range(3)) if s + relativedelta(months=3) <= told)
        return _period("season", d, "season", ctx, anchor=Anchor.PREVIOUS_MENTION, stated={"season"}, inferred={"year"})
    ref = ctx.reference
    current = season_start(*season_of(ref))
    # Candidates: this season's occurrence in the years around the reference.
    options = [season_start(y, code) for y in (ref.year - 2, ref.year - 1, ref.year, ref.year + 1, ref.year + 2)]
    past = [o for o in options if o <= current]
    future = [o for o in options if o >= current]
    direction = stated_direction(text, ctx)
    if step == -1:
        d = max(o for o in options if o < current)
    elif step == 0 and counts_from is Anchor.PUBLICATION:
        # the season under way; else the tense decides; else this calendar year's ("this
        # fall" said in February is the coming one, "this winter" in October the coming one)
        if current in options:
            d = current
        elif direction is Direction.PAST:
            d = max(past)
        elif direction is Direction.FUTURE:
            d = min(future)
        else:
            d = next(o for o in options if o.year == ref.year)
    elif step == 1:
        d = min(o for o in options if o > current)
    elif direction is Direction.PAST:
        d = max(past)
    elif direction is Direction.FUTURE:
        d = min(future)
    else:
        d = min(options, key=lambda o: abs((o - ref).days))
    return _period("season", d, "season", ctx, anchor=Anchor.PUBLICATION, stated={"season"}, inferred={"year"})


# --- rules: this family's patterns, each with its handler and the example it must read -----
RULES: tuple[Rule, ...] = (
    Rule("season_year", rf"(?:the\s+)?{named('season', SEASON)}\s+(?:of\s+)?(?:{named('year', YEAR4)}|{named('spoken_year', SPOKEN_YEAR)})", "summer 2019", value="2019-SU", handler=_season),
    Rule("relative_season", rf"{named('rel', alternation(en.RELATIVE_WORDS))}\s+{named('season', SEASON)}", "next spring", value="2021-SP", handler=_season),
    Rule("season", rf"(?:the\s+)?{named('season', SEASON)}", "the spring", value="2020-SP", handler=_season),
)
