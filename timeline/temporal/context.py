"""The anchoring policy, in one place: what an expression is resolved against (the
publication date, the history of dated mentions), which way a bare expression points, which
year a year-less date takes (the 62-day tolerance of a past sentence, the year of a story
told years back).

Choices where the TimeML guidelines are silent (index: docs/choices.md):

- A year-less date or month in the past tense is the latest one before publication, but one up
  to 62 days ahead keeps the current year: a plan reported in the past ("invited them to a
  ceremony on March 12", "was planned for early March"); further ahead it is last year's; with
  no tense, the nearest one. When the date is the adverbial of a finite past verb itself ("was
  lifted on May 18", "died on July 2") there is no such tolerance (the parse tells it:
  ``firm_past`` in :mod:`timeline.lang.en.tense`).
- A history keeps its year for bare months ("In 1940 ... In April, Germany invaded Denmark";
  after "December 7, 1941", "In January" is 1942's) when it tells of nothing near publication;
  news telling a history ("said Saturday") reads its bare months against publication.
- "the quarter", "the latest period", "a year ago" in results stories refer to the reporting
  period named before (:meth:`Context.last_of`): comparison periods are skipped.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from dataclasses import dataclass

from timeline.types import Anchor, Direction, Timex

_FLAGS = re.IGNORECASE


@functools.cache
def comparison_rules() -> frozenset[str]:
    """Comparison periods (``Rule.comparison``: "a year ago", "the year-ago quarter") and the
    lengths "ago" reads as a sequence ("three days later"): never the period a story reports."""
    from timeline import lexicon as lx  # on first use: the families that hold the rules import this module

    return frozenset({rule.name for rule in lx.RULES if rule.comparison} | {"sequence"})


_PAST_WORDS = re.compile(r"\b(last|past|previous|preceding|latest|most recent|prior|ago|earlier|before|back|previously)\b", _FLAGS)


_FUTURE_WORDS = re.compile(r"\b(next|coming|following|later|after|from now|hence)\b", _FLAGS)


@dataclass(frozen=True, slots=True)
class Context:
    """What an expression is resolved against."""

    reference: dt.date
    direction: Direction = Direction.UNKNOWN
    history: tuple[Timex, ...] = ()  # every dated mention before this one, oldest first
    # The expression dates a finite past verb itself ("was lifted on May 18"), so it cannot
    # be a plan reported in the past: no tolerance for a date a few weeks ahead.
    firm_past: bool = False

    @property
    def previous(self) -> Timex | None:
        """The last dated mention: what anaphoric expressions count from."""
        return self.history[-1] if self.history else None

    def last_of(self, granularity: str | tuple[str, ...] | None = None, *, closed: bool = False) -> Timex | None:
        """The latest earlier mention of this granularity ("the quarter" -> the last quarter named).

        Comparison periods ("a year ago", "the year-ago quarter") are skipped: "the
        quarter" in a results story is the one being reported, not its comparison.
        ``closed`` skips periods ahead of the reference, and quarters, halves and months
        still under way: they are forecasts, not periods reported.
        """
        for timex in reversed(self.history):
            if timex.rule in comparison_rules() or timex.interval_start is None:
                continue
            if closed and (timex.interval_start > self.reference or (
                timex.granularity in ("quarter", "half", "month") and timex.interval_end > self.reference)):
                continue
            if granularity is None or timex.granularity in ((granularity,) if isinstance(granularity, str) else granularity):
                return timex
        return None


def anchor_date(ctx: Context, anchor: Anchor) -> dt.date:
    if anchor is Anchor.PREVIOUS_MENTION and ctx.previous and ctx.previous.interval_start:
        return ctx.previous.interval_start
    return ctx.reference


def anaphora(ctx: Context) -> tuple[dt.date, Anchor]:
    """The date anaphoric expressions count from: the previous mention, else publication."""
    if ctx.previous is not None and ctx.previous.interval_start is not None:
        return ctx.previous.interval_start, Anchor.PREVIOUS_MENTION
    return ctx.reference, Anchor.PUBLICATION


def stated_direction(text: str, ctx: Context) -> Direction:
    """The expression's own words win over the sentence's tense."""
    if _PAST_WORDS.search(text):
        return Direction.PAST
    if _FUTURE_WORDS.search(text):
        return Direction.FUTURE
    return ctx.direction


PAST_TOLERANCE_DAYS = 62


def past_tolerance(ctx: Context) -> dt.timedelta:
    """How far ahead a past sentence's year-less date may lie and still be this year's:
    "invited them to a ceremony on March 12" tells of a plan, "was lifted on May 18" of an event."""
    return dt.timedelta(days=0 if ctx.firm_past else PAST_TOLERANCE_DAYS)


def pick_year(month: int, day: int, ctx: Context, direction: Direction) -> int:
    return pick_year_and_anchor(month, day, ctx, direction)[0]


def pick_year_and_anchor(month: int, day: int, ctx: Context, direction: Direction) -> tuple[int, Anchor]:
    """Year of a year-less month/day and where it comes from: the year of a history being told,
    else the one around publication."""
    told = narrative_year(month, ctx) if direction is not Direction.FUTURE else None
    if told is not None:
        return told, Anchor.PREVIOUS_MENTION
    return year_near_reference(month, day, ctx, direction), Anchor.PUBLICATION


def year_near_reference(month: int, day: int, ctx: Context, direction: Direction) -> int:
    """Year of a year-less month/day: before the reference in the past, after in the future,
    else the nearest one (an article of 2021-01-05 saying "December" means 2020-12)."""
    ref = ctx.reference
    here = (month, day)
    now = (ref.month, ref.day)
    if direction is Direction.PAST:
        # Tolerance: a date a few weeks ahead in a past-tense sentence is mostly a plan
        # reported in the past ("invited them to a ceremony on March 12"), not last year's.
        ahead = dt.date(ref.year, month, min(day, 28)) - ref
        return ref.year if here <= now or ahead <= past_tolerance(ctx) else ref.year - 1
    if direction is Direction.FUTURE:
        return ref.year if here >= now else ref.year + 1
    candidates = [ref.year - 1, ref.year, ref.year + 1]

    def distance(year: int) -> int:
        try:
            return abs((dt.date(year, month, min(day, 28)) - ref).days)
        except ValueError:
            return 10**6

    return min(candidates, key=lambda y: (distance(y), y != ref.year))


def narrative_year(month: int, ctx: Context) -> int | None:
    """A story told years back ("In 1940 ... In April, Germany invaded Denmark") keeps its
    year for a year-less month: the year of the date just told, the next one when the month
    comes six or more months before that date's ("December 7, 1941 ... In January"); a nearer
    month is a step back within the year ("July 14 ... in June"). Only for a story
    two years or more before publication that has told nothing of the days near publication:
    news telling a history ("said Saturday") reads its bare months against publication."""
    told = ctx.previous
    if told is None or told.interval_start is None or told.rule in comparison_rules():
        return None
    if "year" not in told.stated and told.anchor is not Anchor.PREVIOUS_MENTION:
        return None
    year = told.interval_start.year
    if year > ctx.reference.year - 2:
        return None
    wraps = told.granularity in ("month", "day", "part of day", "hour", "minute") and told.interval_start.month - month >= 6
    # A history, not news: nothing told so far is near publication ("said Saturday", "today").
    # Bare months read against publication are no evidence: they are what is being decided.
    if any(t.interval_start is not None and abs((t.interval_start - ctx.reference).days) < 731
           and ("year" in t.stated or (t.anchor is Anchor.PUBLICATION and "month" not in t.stated))
           for t in ctx.history):  # fmt: skip
        return None
    return year + 1 if wraps else year
