"""The English rules of temporal expressions, in the one order the finder breaks ties by.

Each family module of :mod:`timeline.temporal.families` holds its rules (``RULES``) next to
their handlers; :data:`RULE_ORDER` names them all, once, in order, and :data:`RULES` is that
list of rules. Every rule carries an example that ``tests/test_lexicon.py`` runs through the
finder and the resolver, in the spirit of HeidelTime's ``// EXAMPLE`` lines. Patterns are
regular-expression *sources* composed from the word tables of :mod:`timeline.lang.en.words`
and the pattern pieces of :mod:`timeline.lang.en.patterns` (both re-exported here, as
``lx.MONTHS``, ``lx.WEEKDAY``); :mod:`timeline.temporal` searches them in text and
:mod:`timeline.resolve` full-matches them against one expression, so the finder can never
find what the resolver cannot read.
"""

from __future__ import annotations

from timeline.lang.en.patterns import (  # noqa: F401  (re-exported: lx.MONTHS, lx.WEEKDAY, ...)
    AFTER_MODAL,
    DAY_NUM,
    HALF,
    MONTH,
    MONTH_ABBR,
    MONTH_AFTER_DAY,
    MONTH_FULL,
    NUMBER,
    ORDINAL,
    PART_OF_DAY,
    PREFIX_MOD,
    QUARTER,
    QUARTER_END_MONTH,
    RELATIVE_WORD,
    SEASON,
    SPOKEN_YEAR,
    SUFFIX_MOD,
    TIME_OF_DAY,
    TIMEZONE,
    UNIT,
    UNIT_SG,
    WEEKDAY,
    YEAR,
    YEAR4,
    alternation,
    named,
)
from timeline.lang.en.words import (  # noqa: F401  (re-exported: lx.MONTHS, lx.WEEKDAY, ...)
    COUNT_QUALIFIERS,
    DAY_KINDS,
    DECADE_WORDS,
    FUTURE_REF_WORDS,
    HOLIDAYS,
    INFORMAL_DAYS,
    MONTH_NAMES,
    MONTHS,
    NUMBER_WORDS,
    ORDINALS,
    PARTS_OF_DAY,
    PAST_REF_WORDS,
    POINT_MODS,
    PRESENT_REF_WORDS,
    QUANTITY_MODS,
    SEASONS,
    SUFFIX_MODS,
    UNIT_ABBREVIATIONS,
    UNIT_PLURALS,
    UNITS,
    VAGUE_QUANTITIES,
    WEEKDAY_ABBREVIATIONS,
    WEEKDAYS,
)
from timeline.temporal.families import (
    composites,
    durations,
    holidays,
    months,
    offsets,
    references,
    relative_days,
    relative_units,
    reporting_periods,
    seasons,
    sets,
    stated_dates,
    times_of_day,
    weekdays,
    yearless_days,
    years,
)
from timeline.temporal.registry import Rule  # noqa: F401  (re-exported: lx.Rule)

# Order matters only for ties: the finder keeps the longest match, then the earliest rule.
RULE_ORDER: tuple[str, ...] = (
    "iso_date", "numeric_date", "numeric_month_day", "weekday_month_day_year", "day_range", "month_day_year",
    "month_that_year", "day_month_year", "dotted_date", "month_day", "day_month", "ordinal_of_month",
    "ordinal_of_relative", "ordinal_day", "month_year", "month_relative_year", "relative_month", "month",
    "season_year", "relative_season", "season", "quarter", "quarter_compact", "month_quarter", "half",
    "year_ago_period", "decade", "century", "year_range", "fiscal_year", "year", "spoken_year", "year_end",
    "full_year", "period", "period_ended", "holiday", "week_of_date", "unit_from_date", "part_of_date",
    "week_of_month", "day_of_period", "weekday_of_month", "time_weekday", "weekday_time", "time", "part_of_day",
    "part_of_day_bare", "part_of_day_noun", "weekend", "weekends", "weekday", "weekday_plural",
    "weekday_informal", "relative_day_informal", "duration_abbr", "relative_day", "before_last",
    "offset_from_day", "comparison", "ago", "vague_plural", "in_units", "relative_unit",
    "new_year", "unit_before_after", "in_the_unit", "unit_ahead", "units_ahead", "the_unit", "mid_unit", "span",
    "modal_one_day", "compound_duration", "duration", "vague_duration", "decades_long", "unit_long", "set",
    "present_ref", "past_ref", "future_ref",
)  # fmt: skip

FAMILIES = (stated_dates, yearless_days, months, seasons, reporting_periods, years, holidays, composites,
            times_of_day, weekdays, relative_days, durations, offsets, relative_units, references, sets)  # fmt: skip


def _in_order(families, order: tuple[str, ...]) -> tuple[Rule, ...]:
    """The families' rules in ``order``, which must name each of them exactly once."""
    by_name: dict[str, Rule] = {}
    for family in families:
        for rule in family.RULES:
            assert rule.name not in by_name, f"two rules named {rule.name!r}"
            by_name[rule.name] = rule
    assert len(order) == len(set(order)), f"named twice in the order: {sorted({n for n in order if order.count(n) > 1})}"
    assert set(order) == set(by_name), f"rules out of the order, or names without a rule: {sorted(set(order) ^ set(by_name))}"
    return tuple(by_name[name] for name in order)


RULES: tuple[Rule, ...] = _in_order(FAMILIES, RULE_ORDER)


# Rules whose expressions are amounts of time (``Rule.quantity``): only they take quantity
# modifiers ("more than two years"); the others take point modifiers ("late November").
QUANTITY_RULES = frozenset(rule.name for rule in RULES if rule.quantity)
