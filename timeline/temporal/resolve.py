"""Resolve one temporal expression to a TIMEX3 value. Pure: no spaCy, no clock.

    >>> import datetime as dt
    >>> resolve("in January", reference=dt.date(2020, 6, 11), direction=Direction.PAST).value
    '2020-01'

The reference date is required (HeidelTime refuses news without a creation
date; so do we). Direction comes from the sentence (tense of the governing
verb) and is overridden by the expression's own words ("ago", "next").
Anaphoric expressions ("the next day", "a year earlier") use ``previous``,
the last dated mention before this one, when there is one.

Values never claim more precision than was written: "in January" is the month
``2020-01`` (day unknown); "two weeks ago" is the ISO week it falls in.

The handlers live in :mod:`timeline.temporal.families`, one module per family of
expressions; :data:`_HANDLERS` binds each lexicon rule to its handler in the registry.

Choices where the TimeML guidelines are silent (index: docs/choices.md):

- "A two-year plan" is tagged ``two-year``, without the article.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace

from timeline import lexicon as lx
from timeline.periods import (
    narrow,
)
from timeline.temporal import registry
from timeline.temporal.context import (
    Context,
)
from timeline.temporal.families.common import RangeDay, duration_value, parse_number  # noqa: F401  (re-exported)
from timeline.temporal.families.composites import _part_of_date, _unit_from_date, _week_of_date
from timeline.temporal.families.durations import (
    _compound_duration,
    _duration,
    _interval_relation,
    _span,
    _unit_long,
    _vague_duration,
    _vague_plural,
)
from timeline.temporal.families.holidays import _holiday
from timeline.temporal.families.months import (
    _day_of_period,
    _month,
    _month_relative_year,
    _month_that_year,
    _month_year_any,
    _week_of_month,
    _weekday_of_month,
)
from timeline.temporal.families.offsets import _ago, _comparison, _in_units, _offset_from_day
from timeline.temporal.families.references import _ref
from timeline.temporal.families.relative_days import _before_last, _relative_day
from timeline.temporal.families.relative_units import (
    _in_the_unit,
    _mid_unit,
    _relative_unit,
    _the_unit,
    _unit_before_after,
)
from timeline.temporal.families.reporting_periods import (
    _month_quarter,
    _period_ended,
    _quarter_compact,
    _quarter_or_half,
    _reporting_period,
    _year_ago_period,
)
from timeline.temporal.families.seasons import _season
from timeline.temporal.families.sets import _set
from timeline.temporal.families.stated_dates import (
    _day_range,
    _dotted_date,
    _full_date,
    _iso_date,
    _numeric_date,
    _weekday_month_day_year,
    range_days,  # noqa: F401  (re-exported)
)
from timeline.temporal.families.times_of_day import _part_of_day, _time
from timeline.temporal.families.weekdays import _bare_weekend, _weekday, _weekday_plural
from timeline.temporal.families.yearless_days import (
    _month_day,
    _numeric_month_day,
    _ordinal_day,
    _ordinal_of_month,
    _ordinal_of_relative,
)
from timeline.temporal.families.years import (  # noqa: F401  (re-exported)
    _century,
    _decade,
    _full_year,
    _new_year,
    _spoken_year,
    _year,
    _year_end,
    _year_range,
    range_years,
    spoken_number,
)
from timeline.types import Anchor, Direction, Timex

__all__ = ["Context", "duration_value", "parse_number", "resolve"]


_FLAGS = re.IGNORECASE


_RULES = {rule.name: re.compile(rule.pattern, _FLAGS) for rule in lx.RULES}


_PREFIX_MOD = re.compile(rf"^(?P<mod>{lx.PREFIX_MOD})(?:\s+|-)(?=\S)", _FLAGS)


_SUFFIX_MOD = re.compile(rf"\s+(?P<mod>{lx.SUFFIX_MOD})$", _FLAGS)


_LOOKAHEAD_RULES = tuple(rule.name for rule in lx.RULES if rule.right_context)  # in the lexicon's order


_CONTEXT_RULES = {rule.name for rule in lx.RULES if rule.needs_context}


_MOD_OF = {**lx.POINT_MODS, **lx.QUANTITY_MODS, **lx.SUFFIX_MODS}


# --- the resolver ---------------------------------------------------------------------------
_ABBREVIATED_MONTH_END = re.compile(r"\b(?:jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\.$", _FLAGS)


def resolve(
    expression: str,
    *,
    reference: dt.date,
    direction: Direction = Direction.UNKNOWN,
    previous: Timex | None = None,
    history: tuple[Timex, ...] = (),
    rule: str | None = None,
    firm_past: bool = False,
) -> Timex | None:
    """Resolve ``expression`` (one temporal expression) against ``reference``.

    Returns ``None`` when the text is not a temporal expression this resolver knows.
    ``rule`` names the lexicon rule to try first (the finder knows it). ``firm_past``
    says the expression dates a finite past verb ("was lifted on May 18"): a year-less
    date is then never read a few weeks ahead, as a plan told in the past would be.
    """
    if not isinstance(reference, dt.date):
        raise TypeError("reference must be a datetime.date (the publication date)")
    if isinstance(reference, dt.datetime):
        reference = reference.date()
    text = re.sub(r"\s+", " ", expression.replace("\u2013", "-").replace("\u2019", "'")).strip(" ,;:")
    if not _ABBREVIATED_MONTH_END.search(text):  # "in Aug.": the dot is the abbreviation's
        text = text.rstrip(" .")
    mod, core = _split_mods(text)
    history = tuple(history)
    if previous is not None and (not history or history[-1] is not previous):
        history = (*history, previous)
    ctx = Context(reference, direction, history, firm_past)
    hinted = rule in _HANDLERS
    if not hinted and not any(pattern.fullmatch(core) for pattern in _RULES.values()):
        # a leading preposition says how to read what follows ("in two weeks")
        core = re.sub(r"^an? (?=[\w.]+-\w)", "", core, flags=_FLAGS)  # "a six-week (trial)": the article is no part of it
        prep = re.match(r"(in|for|over|within|on|at|since|until|till|by|during|from) (?=\S)", core, _FLAGS)
        if prep:
            core = core[prep.end() :]
            word = prep.group(1).lower()
            if word == "in" and _RULES["duration"].fullmatch(core):
                rule, hinted = "in_units", True
            elif word == "on" and re.fullmatch(r"the \d{1,2}(st|nd|rd|th)", core, _FLAGS):
                rule, hinted = "ordinal_day", True  # "on the 5th"
            elif word in ("for", "over", "within") and re.fullmatch(r"(years|months|weeks|days|decades|hours|centuries)", core, _FLAGS):
                rule, hinted = "vague_duration", True
    if not hinted:
        # A rule that reads its right context ("the year" ended March 31) may be given the
        # whole phrase: resolve the part it names.
        for name in _LOOKAHEAD_RULES:
            m = _RULES[name].match(core)
            if m and m.end() < len(core) and core[m.end()] == " " and not any(p.fullmatch(core) for p in _RULES.values()):
                core, rule, hinted = core[: m.end()], name, True
                break
    names = [rule] if hinted else []
    names += [r.name for r in lx.RULES if r.name != rule]
    for name in names:
        # Rules that need their left context ("in" two weeks) are trusted on the finder's word.
        trusted = hinted and name == rule and name in _CONTEXT_RULES
        match = _RULES[name].fullmatch(core)
        if not trusted and match is None:
            continue
        timex = registry.read(name, core, ctx, match)  # None: not of this rule's shape, or an impossible date
        if timex is None:
            continue
        return _apply_mod(timex, mod, name)
    return None


def _split_mods(text: str) -> tuple[str | None, str]:
    mod: str | None = None
    while True:
        m = _PREFIX_MOD.match(text)
        if not m:
            break
        rest = text[m.end() :]
        if not any(_RULES[r.name].fullmatch(rest) for r in lx.RULES) and not _PREFIX_MOD.match(rest):
            break
        word = re.sub(r"\s+", " ", m.group("mod").lower())
        if word == "over" and rest.lower().startswith("the "):
            break  # "over the past two years": "during", not "more than"
        mod = mod or _MOD_OF.get(word)
        text = rest
    m = _SUFFIX_MOD.search(text)
    if m:
        mod = mod or _MOD_OF.get(m.group("mod").lower())
        text = text[: m.start()]
    return mod, text


def _apply_mod(timex: Timex, mod: str | None, rule: str) -> Timex:
    if mod in lx.QUANTITY_MODS.values() and mod not in ("START", "MID", "END", "APPROX") and rule not in lx.QUANTITY_RULES:
        mod = None  # "over the weekend": a preposition, not "more than"; "about 8 p.m." stays approximate
    mod = timex.mod or mod
    if mod is None:
        return timex
    start, end = timex.interval_start, timex.interval_end
    if start is not None and end is not None:
        start, end = narrow(start, end, mod)
    return replace(timex, mod=mod, interval_start=start, interval_end=end)


_HANDLERS = {
    "unit_before_after": _unit_before_after,
    "spoken_year": _spoken_year,
    "month_relative_year": _month_relative_year,
    "month_that_year": _month_that_year,
    "year_end": _year_end,
    "full_year": _full_year,
    "period": _reporting_period,
    "period_ended": _period_ended,
    "interval_relation": _interval_relation,
    "vague_plural": _vague_plural,
    "iso_date": _iso_date,
    "numeric_date": _numeric_date,
    "numeric_month_day": _numeric_month_day,
    "weekday_month_day_year": _weekday_month_day_year,
    "month_day_year": _full_date("month_day_year"),
    "day_month_year": _full_date("day_month_year"),
    "month_day": _month_day,
    "ordinal_day": _ordinal_day,
    "dotted_date": _dotted_date,
    "part_of_day_noun": _part_of_day,
    "weekend": lambda text, ctx: replace(_bare_weekend(text, ctx), rule="weekend"),
    "weekends": lambda text, ctx: Timex(type="SET", value="XXXX-WXX-WE", granularity="week", rule="weekends",
                                        reference=None, anchor=Anchor.ABSOLUTE, stated=frozenset({"weekend"})),
    "day_range": _day_range,
    "day_month": lambda text, ctx: replace(_month_day(text, ctx), rule="day_month"),
    "month_year": _month_year_any,
    "relative_month": _month,
    "month": _month,
    "season_year": _season,
    "relative_season": _season,
    "season": _season,
    "quarter": _quarter_or_half("quarter"),
    "half": _quarter_or_half("half"),
    "year_ago_period": _year_ago_period,
    "decade": _decade,
    "century": _century,
    "year_range": _year_range,
    "fiscal_year": _year("fiscal_year"),
    "year": _year("year"),
    "holiday": _holiday,
    "time_weekday": _time("time_weekday"),
    "weekday_time": _time("weekday_time"),
    "time": _time("time"),
    "part_of_day": _part_of_day,
    "part_of_day_bare": _part_of_day,
    "weekday": _weekday,
    "weekday_plural": _weekday_plural,
    "weekday_informal": _weekday,
    "relative_day_informal": _relative_day,
    "duration_abbr": lambda text, ctx: _duration(re.sub(r"(\d)([a-z])", r"\1 \2", text.lower()), ctx),
    "relative_day": _relative_day,
    "ago": _ago,
    "ordinal_of_month": _ordinal_of_month,
    "ordinal_of_relative": _ordinal_of_relative,
    "comparison": _comparison,
    "offset_from_day": _offset_from_day,
    "before_last": _before_last,
    "quarter_compact": _quarter_compact,
    "in_units": _in_units,
    "relative_unit": _relative_unit,
    "the_unit": _the_unit,
    "span": _span,
    "duration": _duration,
    "vague_duration": _vague_duration,
    "week_of_month": _week_of_month,
    "month_quarter": _month_quarter,
    "weekday_of_month": _weekday_of_month,
    "day_of_period": _day_of_period,
    "week_of_date": _week_of_date,
    "unit_from_date": _unit_from_date,
    "part_of_date": _part_of_date,
    "new_year": _new_year,
    "compound_duration": _compound_duration,
    "in_the_unit": _in_the_unit,
    "unit_ahead": lambda text, ctx: replace(_relative_unit(f"the coming {text.split()[1]}", ctx), rule="unit_ahead"),
    "units_ahead": lambda text, ctx: replace(_vague_duration(text.split()[1], ctx), rule="units_ahead"),
    "decades_long": _vague_duration,
    "unit_long": _unit_long,
    "mid_unit": _mid_unit,
    "set": _set,
    "present_ref": _ref("PRESENT_REF"),
    "past_ref": _ref("PAST_REF"),
    "future_ref": _ref("FUTURE_REF"),
    "modal_one_day": _ref("FUTURE_REF"),
}


registry.bind(lx.RULES, _HANDLERS)
# A composite ("the week of March 6") reads the date inside it as resolve does, in the same context.
registry.bind_resolver(lambda text, ctx: resolve(text, reference=ctx.reference, direction=ctx.direction,
                                                 history=ctx.history, firm_past=ctx.firm_past))
