"""Reporting periods: quarters, halves, "the year-ago quarter", "the latest period", "the year ended".

Choices where the TimeML guidelines are silent (index: docs/choices.md):

- "the latest quarter" is the last one closed; "the current quarter" the one under way; "the
  year-ago period" compares with a period already reported, never a forecast one.
- "the March quarter" is the quarter ending in March; "Q1 FY22", "H1 2021", "3Q", "2Q21" are
  that quarter or half; "last year's quarter" is the same quarter a year before.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace

from timeline.lang.en import words as en
from timeline.lang.en.patterns import HALF, MONTH, QUARTER, QUARTER_END_MONTH, RELATIVE_WORD, YEAR4
from timeline.periods import (
    period_start,
    shift,
)
from timeline.temporal import registry
from timeline.temporal.context import (
    Context,
    comparison_rules,
    stated_direction,
)
from timeline.temporal.families.common import _MONTH_RE, _ORDINAL_RE, _YEAR4_RE, _month_of, _period
from timeline.temporal.families.years import _two_digit_year
from timeline.temporal.registry import Rule
from timeline.types import Anchor, Direction, Timex


def _quarter_or_half(granularity: str):
    letter = "Q" if granularity == "quarter" else "H"
    size = 3 if granularity == "quarter" else 6

    def handler(text: str, ctx: Context) -> Timex:
        lowered = text.lower()
        ordinal = _ORDINAL_RE.search(lowered)
        short = re.search(rf"\b{letter.lower()}([1-4])\b", lowered) or re.search(rf"\b([1-4]){letter.lower()}\b", lowered)
        if granularity == "half" and re.search(r"\b(last|latter)[-\s]+half", lowered):
            number = 2
        else:
            number = en.ORDINALS[ordinal.group(1)] if ordinal else int(short.group(1))
        if number > (4 if granularity == "quarter" else 2):
            raise ValueError("no such period")
        month = (number - 1) * size + 1
        year_match = _YEAR4_RE.search(text)
        fiscal_year = re.search(r"\bfy\s*'?(\d\d)\b", lowered)  # "Q1 FY22"
        ref = ctx.reference
        if year_match or fiscal_year:
            year = int(year_match.group(1)) if year_match else _two_digit_year(int(fiscal_year.group(1)), ctx)
            d = dt.date(year, month, 1)
            return _period(granularity, d, granularity, ctx, anchor=Anchor.ABSOLUTE, stated={"year", granularity})
        if re.search(r"year-ago|year-earlier|a year (ago|earlier)", lowered):
            # "the year-ago third quarter": the same quarter, a year before the reported one
            this = _quarter_or_half(granularity)(re.sub(r"year-ago|year-earlier|a year (ago|earlier)", "", lowered), replace(ctx, direction=Direction.PAST))
            d = shift("year", this.interval_start, -1)
            return replace(_period(granularity, d, granularity, ctx, anchor=Anchor.PUBLICATION, stated={granularity}, inferred={"year"}), rule="comparison")
        if re.search(r"\blast year'?s?\b", lowered):
            year = ref.year - 1
        elif re.search(r"\bnext year'?s?\b", lowered):
            year = ref.year + 1
        elif re.search(r"\bthis year'?s?\b|\bthe year\b", lowered):
            year = ref.year
        else:
            direction = stated_direction(text, ctx)
            current_start = period_start(granularity, ref)
            this_year = dt.date(ref.year, month, 1)
            if direction is Direction.FUTURE:
                # "expects to report third-quarter results" in October: the quarter just closed.
                just_closed = shift(granularity, current_start, -1)
                year = ref.year if this_year >= just_closed else ref.year + 1
            else:  # reported periods: the latest one that has begun
                year = ref.year if this_year <= current_start else ref.year - 1
        d = dt.date(year, month, 1)
        return _period(granularity, d, granularity, ctx, anchor=Anchor.PUBLICATION, stated={granularity}, inferred={"year"})

    return handler


@registry.reads_groups
def _quarter_compact(text: str, ctx: Context, m) -> Timex:
    """ "2Q21", "Q3'21": that quarter of the two-digit year."""
    number, year = int(registry.group(m, "quarter")), _two_digit_year(int(m["yy"]), ctx)
    return _period("quarter", dt.date(year, (number - 1) * 3 + 1, 1), "quarter_compact", ctx, anchor=Anchor.ABSOLUTE,
                   stated={"year", "quarter"})  # fmt: skip


def _month_quarter(text: str, ctx: Context) -> Timex:
    """ "the March quarter", "the September quarter of 2020": the quarter ending with the month."""
    number = _month_of(text) // 3
    as_ordinal = _MONTH_RE.sub(("first", "second", "third", "fourth")[number - 1], text, count=1)
    return replace(_quarter_or_half("quarter")(as_ordinal, ctx), rule="month_quarter")


def _names_comparison(timex: Timex, ctx: Context) -> bool:
    """A mention that names the period results are compared with: "a year ago", "the year-ago
    quarter", and in a results story "last year"."""
    if timex.interval_start is None:
        return False
    last_year = (timex.rule == "relative_unit" and timex.granularity == "year" and timex.anchor is Anchor.PUBLICATION
                 and timex.interval_start.year == ctx.reference.year - 1)  # fmt: skip
    return timex.rule in comparison_rules() or last_year


def _year_ago_period(text: str, ctx: Context) -> Timex:
    """ "the year-ago quarter": the reporting period under discussion, one year back."""
    lowered = text.lower()
    wanted = next((g for g in ("quarter", "half", "month") if g in lowered), None)
    period = ctx.last_of(wanted, closed=True)  # a forecast ("losses through 1990's third quarter") is not reported
    if period is not None and period.granularity in ("quarter", "half", "month", "season", "year", "day"):
        granularity, base, anchor = period.granularity, period.interval_start, Anchor.PREVIOUS_MENTION
        if granularity == "day":
            granularity = "year"
    else:
        granularity = wanted or "year"
        base, anchor = ctx.reference, Anchor.PUBLICATION
        if granularity in ("quarter", "half"):
            base = shift(granularity, base, -1)  # the period last reported
    if ctx.previous is not None and _names_comparison(ctx.previous, ctx):
        # the comparison period was just named ("in the 1988 period ... the year-ago results")
        granularity, d = ctx.previous.granularity, ctx.previous.interval_start
    else:
        d = shift("year", base, -1)
    return _period(granularity, d, "year_ago_period", ctx, anchor=anchor, stated=set(), inferred={"year"})


def _reported_period(ctx: Context) -> Timex | None:
    """The quarter or half a results sentence just named, also when the day that closes it
    follows ("the quarter ended Dec. 26 ... a year earlier")."""
    recent = [t for t in ctx.history if t.rule not in comparison_rules() and t.interval_start is not None][-2:]
    if recent and recent[-1].granularity in ("quarter", "half"):
        return recent[-1]
    if len(recent) == 2 and recent[-1].granularity == "day" and recent[0].granularity in ("quarter", "half"):
        return recent[0]
    return None


def _reporting_period(text: str, ctx: Context) -> Timex:
    """ "the latest period", "the 1988 period": the reporting period being discussed."""
    lowered = text.lower()
    named = next((g for g in ("quarter", "half") if g in lowered), None)
    default = named or "quarter"
    if re.search(r"\bcurrent\b", lowered):  # "the current quarter" is the one under way at publication
        return _period(default, ctx.reference, "period", ctx, anchor=Anchor.PUBLICATION, stated=set(), inferred={"year", default})
    wanted = (named,) if named else ("quarter", "half", "month", "year")
    # "the latest quarter" is one already closed: a quarter still under way is not yet reported
    period = ctx.last_of(wanted, closed=re.search(r"\b(latest|most recent)\b", lowered) is not None)
    granularity, base = (period.granularity, period.interval_start) if period else (default, shift(default, ctx.reference, -1))
    anchor = Anchor.PREVIOUS_MENTION if period else Anchor.PUBLICATION
    year = _YEAR4_RE.search(text)
    if year:
        base = base.replace(year=int(year.group(1)), day=1)
    elif base.year >= ctx.reference.year and re.search(r"year-ago|year-earlier|a year (ago|earlier)|last year", lowered):
        base = shift("year", base, -1)  # the same period, a year before
    elif base.year >= ctx.reference.year and re.search(r"\b(previous|preceding|prior)\b", lowered):
        base = shift(granularity, base, -1)  # the period before
    timex = _period(granularity, base, "period", ctx, anchor=anchor, stated=set(), inferred={"year", granularity})
    if base.year < ctx.reference.year and "latest" not in lowered:
        timex = replace(timex, rule="comparison")  # "the 1988 period": the comparison, not the one reported
    return timex


def _period_ended(text: str, ctx: Context) -> Timex:
    return Timex(type="DURATION", value="P1Y", granularity="year", rule="period_ended", reference=None,
                 anchor=Anchor.ABSOLUTE, stated=frozenset({"unit"}))  # fmt: skip


# --- rules: this family's patterns, each with its handler and the example it must read -----
RULES: tuple[Rule, ...] = (
    Rule(
        "quarter",
        rf"(?:the\s+|its\s+|their\s+)?(?:(?:comparable|corresponding)\s+)?(?:(?:{RELATIVE_WORD}|fiscal|year-ago|year-earlier|{YEAR4}(?:'s)?|this\s+year's|last\s+year's|next\s+year's)\s+)?(?:fiscal[-\s]+)?{QUARTER}(?:\s+(?:of\s+)?(?:fiscal\s+)?{YEAR4}|\s+(?:of\s+)?fy\s*'?\d\d(?!\d)|\s+(?:a\s+year\s+(?:ago|earlier)|of\s+last\s+year|of\s+next\s+year))?",
        "the third quarter", value="2019-Q3",
        handler=_quarter_or_half("quarter"),
    ),
    # "2Q21", "Q3'21": analysts' quarter of a two-digit year
    Rule("quarter_compact", r"(?:q(?P<quarter>[1-4])|(?P<quarter_2>[1-4])q)(?:'|-)?(?P<yy>\d\d)(?![\d%])", "2Q21", value="2021-Q2", handler=_quarter_compact),
    # "the March quarter": the quarter that ends with that month (Jan-Mar is the first)
    Rule("month_quarter", rf"(?:the\s+|its\s+|their\s+)?(?:{QUARTER_END_MONTH})[-\s]+quarter(?:\s+(?:of\s+)?{YEAR4})?", "the September quarter", value="2019-Q3", handler=_month_quarter),
    Rule("half", rf"(?:the\s+)?(?:fiscal\s+)?{HALF}(?:\s+of\s+(?:the\s+year|{YEAR4}|this\s+year|last\s+year|next\s+year)|\s+{YEAR4})?", "the first half of 2020", value="2020-H1", handler=_quarter_or_half("half")),
    Rule("year_ago_period", r"(?:the\s+)?(?:comparable\s+|corresponding\s+)?year[-\s](?:ago|earlier)(?:\s+(?:quarter|period|month|half))?|the\s+(?:quarter|period)\s+a\s+year\s+(?:ago|earlier)|last\s+year's\s+(?:quarter|period)", "the year-ago quarter", value="2019-Q1", comparison=True, handler=_year_ago_period),
    Rule(
        "period",
        rf"(?:the|that)\s+(?:latest|same|comparable|corresponding|year-ago|year-earlier|{YEAR4}|current|previous|prior|preceding)\s+(?:fiscal\s+)?(?:period|quarter|half)(?:\s+(?:a\s+year\s+(?:ago|earlier)|last\s+year|of\s+{YEAR4}))?",
        "the latest period", value="2020-Q1",
        handler=_reporting_period,
    ),
    Rule("period_ended", rf"(?<![\w-])the\s+(?:fiscal\s+)?year(?=\s+(?:ended|ending|that\s+ended|to\s+date|to\s+(?:the\s+end\s+of\s+)?(?:{MONTH})))", "the year ended", value="P1Y", right_context=True, handler=_period_ended),
)
