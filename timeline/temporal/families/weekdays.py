"""Weekdays and weekends: "on Wednesday", "Mondays", "this Sat", "the weekend".

Choices where the TimeML guidelines are silent (index: docs/choices.md):

- A weekday in a past or present tense sentence is the latest such day, the publication day
  itself included; in the future tense the next one, the publication day itself included ("polls
  close Wednesday" in a Wednesday paper is that day, as TimeML reads it; a week on is "next
  Wednesday").
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from timeline.lang.en import words as en
from timeline.lang.en.patterns import WEEKDAY, alternation, named
from timeline.lang.en.words import WEEKDAY_ABBREVIATIONS, WEEKDAY_RELATIVE_WORDS
from timeline.temporal import registry
from timeline.temporal.context import (
    Context,
    anaphora,
)
from timeline.temporal.families.common import _WEEKDAY_NUMBERS, _WEEKDAY_RE, _period, relative_word
from timeline.temporal.families.relative_units import _the_unit, relative_unit
from timeline.temporal.registry import Rule
from timeline.types import Anchor, Direction, Timex


def _weekday_date(text: str, ctx: Context) -> tuple[dt.date, Anchor]:
    """The date of a (possibly qualified) weekday name, read from its text ("next Wednesday")."""
    found = _WEEKDAY_RE.search(text)
    return weekday_date(found.group(1), text[: found.start()], ctx)


def weekday_date(weekday: str, rel: str, ctx: Context) -> tuple[dt.date, Anchor]:
    """The date of a weekday's name ("Wed"), after its relative word ("the following", or "")."""
    target = _WEEKDAY_NUMBERS[weekday.lower()]
    word = " ".join(rel.lower().split())
    step, counts_from = relative_word(word)  # no relative word: the tense decides
    ref, anchor = ctx.reference, Anchor.PUBLICATION
    # "the next Friday", a day, counts from the date told of, as "the next day" does
    if (counts_from is Anchor.PREVIOUS_MENTION or word == "the next") and ctx.previous is not None:
        ref, anchor = anaphora(ctx)
        same_day = next((t for t in reversed(ctx.history) if t.granularity == "day" and t.interval_start
                         and t.interval_start.weekday() == target), None)  # fmt: skip
        if same_day is not None:  # "Friday ... the previous Friday": a week before the one named
            ref = same_day.interval_start
    back = (ref.weekday() - target) % 7  # days since the latest such weekday (0: ref itself)
    ahead = (target - ref.weekday()) % 7
    if step == -1:
        return ref - dt.timedelta(days=back or 7), anchor
    if step == 1:
        return ref + dt.timedelta(days=ahead or 7), anchor
    direction = ctx.direction
    if step == 0 and counts_from is Anchor.PUBLICATION and direction not in (Direction.PAST, Direction.FUTURE):
        return ref - dt.timedelta(days=ref.weekday()) + dt.timedelta(days=target), anchor  # the day of this week
    if direction is Direction.FUTURE:
        # "Polls close Wednesday" in a Wednesday paper: today; a week on would be "next Wednesday".
        return ref + dt.timedelta(days=ahead), anchor
    if direction in (Direction.PAST, Direction.PRESENT):
        # The simple present can announce a schedule ("meets Albright Monday"), but on the
        # development corpora reading it as the latest such day scores better (0.800 vs 0.797).
        return ref - dt.timedelta(days=back), anchor
    # No tense: news mostly reports what happened; only tomorrow-ish days point forward.
    return (ref + dt.timedelta(days=ahead)) if ahead == 1 and back > 1 else ref - dt.timedelta(days=back), anchor


@registry.reads_groups
def _weekday(text: str, ctx: Context, m) -> Timex:
    # no match: "Sat" read on the finder's word, for its "on" ("on Sat") outside the span
    d, anchor = weekday_date(m["weekday"], m["rel"] or "", ctx) if m else _weekday_date(text, ctx)
    return _period("day", d, "weekday", ctx, anchor=anchor, stated={"weekday"}, inferred={"year", "month", "day"})


@registry.reads_groups
def _weekday_plural(text: str, ctx: Context, m) -> Timex:
    day = en.WEEKDAYS[m["weekday"].lower()] + 1
    return Timex(type="SET", value=f"XXXX-WXX-{day}", granularity="day", rule="weekday_plural",
                 reference=None, anchor=Anchor.ABSOLUTE, stated=frozenset({"weekday"}), quant="EVERY")  # fmt: skip


def _bare_weekend(text: str, ctx: Context) -> Timex:
    """ "weekend" with no article: the coming one, unless the sentence tells of the past ("had a long weekend")."""
    if ctx.direction is Direction.PAST or text.lower().startswith("the"):
        return _the_unit("the weekend", ctx)
    return relative_unit("this", "weekend", ctx)


def _the_weekend(text: str, ctx: Context) -> Timex:
    return replace(_bare_weekend(text, ctx), rule="weekend")


def _weekends(text: str, ctx: Context) -> Timex:
    return Timex(type="SET", value="XXXX-WXX-WE", granularity="week", rule="weekends",
                 reference=None, anchor=Anchor.ABSOLUTE, stated=frozenset({"weekend"}))  # fmt: skip


# --- rules: this family's patterns, each with its handler and the example it must read -----
RULES: tuple[Rule, ...] = (
    Rule("weekend", r"(?:(?:the\s+)?long\s+)?weekend(?![\w-])", "over the long weekend", value="2020-W23-WE", handler=_the_weekend),
    Rule("weekends", r"weekends", "on weekends", value="XXXX-WXX-WE", handler=_weekends),
    Rule(
        "weekday",
        rf"(?:{named('rel', alternation(WEEKDAY_RELATIVE_WORDS))}\s+)?{named('weekday', WEEKDAY)}",
        "on Wednesday", value="2020-06-10",
        handler=_weekday,
    ),
    Rule("weekday_plural", rf"{named('weekday', WEEKDAY)}s", "Mondays", value="XXXX-WXX-1", handler=_weekday_plural),
    Rule(
        "weekday_informal",
        rf"(?:(?P<rel>this|next|last|coming)\s+|(?<=\bon\s)){named('weekday', alternation(WEEKDAY_ABBREVIATIONS))}\.?(?![\w'])",
        "this Sat", value="2020-06-13",
        handler=_weekday,
    ),
)
