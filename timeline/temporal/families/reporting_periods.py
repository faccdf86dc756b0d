"""Reporting periods: quarters, halves, "the year-ago quarter", "the latest period", "the year ended".

Choices where the TimeML guidelines are silent (index: docs/choices.md):

- "the latest quarter" is the last one closed; "the current quarter" the one under way; "the
  year-ago period" compares with a period already reported, never a forecast one.
- "the March quarter" is the quarter ending in March; "Q1 FY22", "H1 2021", "3Q", "2Q21" are
  that quarter or half; "last year's quarter" is the same quarter a year before.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from timeline.lang.en import words as en
from timeline.lang.en.patterns import HALF_PARTS, MONTH, QUARTER_END_MONTH, QUARTER_PARTS, RELATIVE_WORD, YEAR4, named
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
from timeline.temporal.families.common import _month_number, _period
from timeline.temporal.families.years import _two_digit_year
from timeline.temporal.registry import Rule
from timeline.types import Anchor, Direction, Timex


def _numbered_period(granularity: str, number: int, ctx: Context, *, direction: Direction, year: int | None = None,
                     year_ago: bool = False, named_years: frozenset[str] = frozenset()) -> Timex:
    """Quarter or half ``number`` ("the third quarter" is 3), of ``year`` when one is stated, else
    the one a year before the reported one (``year_ago``), else of the year a word names
    (``named_years``: "last", "next", "this"), else the latest reported one (or, in the future
    ``direction``, the next to be reported)."""
    if number > (4 if granularity == "quarter" else 2):
        raise ValueError("no such period")
    month = (number - 1) * (3 if granularity == "quarter" else 6) + 1
    ref = ctx.reference
    if year is not None:
        d = dt.date(year, month, 1)
        return _period(granularity, d, granularity, ctx, anchor=Anchor.ABSOLUTE, stated={"year", granularity})
    if year_ago:
        # "the year-ago third quarter": the same quarter, a year before the reported one
        past = replace(ctx, direction=Direction.PAST)
        this = _numbered_period(granularity, number, past, direction=direction, named_years=named_years)
        d = shift("year", this.interval_start, -1)
        return replace(_period(granularity, d, granularity, ctx, anchor=Anchor.PUBLICATION, stated={granularity}, inferred={"year"}), rule="comparison")
    if "last" in named_years:  # "last year's third quarter", "the first half of last year"
        year = ref.year - 1
    elif "next" in named_years:
        year = ref.year + 1
    elif named_years:  # "this year's", "of the year"
        year = ref.year
    else:
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


def _period_number(m) -> int:
    """The number of the quarter or half the rule's match names: "third", "Q3", "3Q", "H1"; the
    "last" or "latter" half is the second."""
    ordinal = registry.group(m, "ordinal")
    if ordinal is None:
        return int(registry.group(m, "number"))
    ordinal = ordinal.lower()
    return 2 if ordinal in ("last", "latter") else en.ORDINALS[ordinal]


def _named_years(m) -> frozenset[str]:
    """The words that name the year of a period: "last" (year's), "next", "this", "the" (year)."""
    return frozenset(v.lower() for k, v in m.groupdict().items() if k.startswith("year_word") and v)


def _stated_year(m, ctx: Context) -> int | None:
    """The year a quarter or half states: "2020", or the two digits of "FY22"."""
    year, fiscal_year = registry.group(m, "year"), registry.group(m, "fy")
    if year is not None:
        return int(year)
    return None if fiscal_year is None else _two_digit_year(int(fiscal_year), ctx)


def _quarter_or_half(granularity: str):
    @registry.reads_groups
    def handler(text: str, ctx: Context, m) -> Timex:
        number, year = _period_number(m), _stated_year(m, ctx)
        if year is None and registry.group(m, "ago") is not None:
            # the relative word alone says which way the reported period lies, in the past
            direction = stated_direction(registry.group(m, "rel") or "", replace(ctx, direction=Direction.PAST))
            return _numbered_period(granularity, number, ctx, direction=direction, year_ago=True, named_years=_named_years(m))
        return _numbered_period(granularity, number, ctx, direction=stated_direction(text, ctx), year=year,
                                named_years=_named_years(m))  # fmt: skip

    return handler


@registry.reads_groups
def _quarter_compact(text: str, ctx: Context, m) -> Timex:
    """ "2Q21", "Q3'21": that quarter of the two-digit year."""
    number, year = int(registry.group(m, "quarter")), _two_digit_year(int(m["yy"]), ctx)
    return _period("quarter", dt.date(year, (number - 1) * 3 + 1, 1), "quarter_compact", ctx, anchor=Anchor.ABSOLUTE,
                   stated={"year", "quarter"})  # fmt: skip


@registry.reads_groups
def _month_quarter(text: str, ctx: Context, m) -> Timex | None:
    """ "the March quarter", "the September quarter of 2020": the quarter ending with the month."""
    word = m["month"]
    if text[m.end("month")] == "-" and not word.endswith(".") and word.lower() not in ("march", "june", "september", "december"):
        return None  # "the Dec-quarter": a bare abbreviation before a hyphen is not read as a month (as before)
    year = registry.group(m, "year")
    timex = _numbered_period("quarter", _month_number(word) // 3, ctx, direction=stated_direction(text, ctx),
                             year=None if year is None else int(year))  # fmt: skip
    return replace(timex, rule="month_quarter")


def _names_comparison(timex: Timex, ctx: Context) -> bool:
    """A mention that names the period results are compared with: "a year ago", "the year-ago
    quarter", and in a results story "last year"."""
    if timex.interval_start is None:
        return False
    last_year = (timex.rule == "relative_unit" and timex.granularity == "year" and timex.anchor is Anchor.PUBLICATION
                 and timex.interval_start.year == ctx.reference.year - 1)  # fmt: skip
    return timex.rule in comparison_rules() or last_year


@registry.reads_groups
def _year_ago_period(text: str, ctx: Context, m) -> Timex:
    """ "the year-ago quarter": the reporting period under discussion, one year back."""
    unit = (registry.group(m, "unit") or "").lower()
    wanted = unit if unit in ("quarter", "half", "month") else None  # "the year-ago period": whichever was reported
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


@registry.reads_groups
def _reporting_period(text: str, ctx: Context, m) -> Timex:
    """ "the latest period", "the 1988 period": the reporting period being discussed."""
    unit, qualifier = m["unit"].lower(), m["qualifier"].lower()
    named = unit if unit in ("quarter", "half") else None
    default = named or "quarter"
    if qualifier == "current":  # "the current quarter" is the one under way at publication
        return _period(default, ctx.reference, "period", ctx, anchor=Anchor.PUBLICATION, stated=set(), inferred={"year", default})
    wanted = (named,) if named else ("quarter", "half", "month", "year")
    # "the latest quarter" is one already closed: a quarter still under way is not yet reported
    period = ctx.last_of(wanted, closed=qualifier == "latest")
    granularity, base = (period.granularity, period.interval_start) if period else (default, shift(default, ctx.reference, -1))
    anchor = Anchor.PREVIOUS_MENTION if period else Anchor.PUBLICATION
    year = qualifier if qualifier.isdigit() else m["year"]  # "the 1988 period", "the same period of 1988"
    if year:
        base = base.replace(year=int(year), day=1)
    elif base.year >= ctx.reference.year and (qualifier in ("year-ago", "year-earlier") or m["ago"]):
        base = shift("year", base, -1)  # the same period, a year before
    elif base.year >= ctx.reference.year and qualifier in ("previous", "preceding", "prior"):
        base = shift(granularity, base, -1)  # the period before
    timex = _period(granularity, base, "period", ctx, anchor=anchor, stated=set(), inferred={"year", granularity})
    if base.year < ctx.reference.year and qualifier != "latest":
        timex = replace(timex, rule="comparison")  # "the 1988 period": the comparison, not the one reported
    return timex


def _period_ended(text: str, ctx: Context) -> Timex:
    return Timex(type="DURATION", value="P1Y", granularity="year", rule="period_ended", reference=None,
                 anchor=Anchor.ABSOLUTE, stated=frozenset({"unit"}))  # fmt: skip


# --- rules: this family's patterns, each with its handler and the example it must read -----
RULES: tuple[Rule, ...] = (
    Rule(
        "quarter",
        rf"(?:the\s+|its\s+|their\s+)?(?:(?:comparable|corresponding)\s+)?(?:(?:{named('rel', RELATIVE_WORD)}|fiscal|(?P<ago>year-ago|year-earlier)|{named('year', YEAR4)}(?:'s)?|(?P<year_word>this|last|next)\s+year's)\s+)?(?:fiscal[-\s]+)?{QUARTER_PARTS}(?:\s+(?:of\s+)?(?:fiscal\s+)?{named('year_2', YEAR4)}|\s+(?:of\s+)?fy\s*'?(?P<fy>\d\d)(?!\d)|\s+(?:(?P<ago_2>a\s+year\s+(?:ago|earlier))|of\s+(?P<year_word_2>last|next)\s+year))?",
        "the third quarter", value="2019-Q3",
        handler=_quarter_or_half("quarter"),
    ),
    # "2Q21", "Q3'21": analysts' quarter of a two-digit year
    Rule("quarter_compact", r"(?:q(?P<quarter>[1-4])|(?P<quarter_2>[1-4])q)(?:'|-)?(?P<yy>\d\d)(?![\d%])", "2Q21", value="2021-Q2", handler=_quarter_compact),
    # "the March quarter": the quarter that ends with that month (Jan-Mar is the first)
    Rule("month_quarter", rf"(?:the\s+|its\s+|their\s+)?{named('month', QUARTER_END_MONTH)}[-\s]+quarter(?:\s+(?:of\s+)?{named('year', YEAR4)})?", "the September quarter", value="2019-Q3", handler=_month_quarter),
    Rule("half", rf"(?:the\s+)?(?:fiscal\s+)?{HALF_PARTS}(?:\s+of\s+(?:(?P<year_word>the|this|last|next)\s+year|{named('year', YEAR4)})|\s+{named('year_2', YEAR4)})?", "the first half of 2020", value="2020-H1", handler=_quarter_or_half("half")),
    Rule("year_ago_period", r"(?:the\s+)?(?:comparable\s+|corresponding\s+)?year[-\s](?:ago|earlier)(?:\s+(?P<unit>quarter|period|month|half))?|the\s+(?P<unit_2>quarter|period)\s+a\s+year\s+(?:ago|earlier)|last\s+year's\s+(?P<unit_3>quarter|period)", "the year-ago quarter", value="2019-Q1", comparison=True, handler=_year_ago_period),
    Rule(
        "period",
        rf"(?:the|that)\s+(?P<qualifier>latest|same|comparable|corresponding|year-ago|year-earlier|{YEAR4}|current|previous|prior|preceding)\s+(?:fiscal\s+)?(?P<unit>period|quarter|half)(?:\s+(?:(?P<ago>a\s+year\s+(?:ago|earlier)|last\s+year)|of\s+{named('year', YEAR4)}))?",
        "the latest period", value="2020-Q1",
        handler=_reporting_period,
    ),
    Rule("period_ended", rf"(?<![\w-])the\s+(?:fiscal\s+)?year(?=\s+(?:ended|ending|that\s+ended|to\s+date|to\s+(?:the\s+end\s+of\s+)?(?:{MONTH})))", "the year ended", value="P1Y", right_context=True, handler=_period_ended),
)
