"""Composites: an expression around a date ("the week of March 6", "the evening of March 2", "the day before Thanksgiving"); the date inside is read through the registry's ``read_part`` callback, not by importing the resolver."""

from __future__ import annotations

import re
from dataclasses import replace

from timeline.lang.en import words as en
from timeline.lang.en.patterns import DAY_NUM, MONTH, MONTH_AFTER_DAY, WEEKDAY, YEAR4, alternation
from timeline.lang.en.words import HOLIDAYS
from timeline.periods import (
    shift,
)
from timeline.temporal import registry
from timeline.temporal.context import (
    Context,
)
from timeline.temporal.families.common import _period
from timeline.temporal.registry import Rule
from timeline.types import Timex

_FLAGS = re.IGNORECASE


def _resolve_part(text: str, ctx: Context) -> Timex | None:
    """The date inside a bigger expression ("the week of [March 6]"), read in the same context."""
    return registry.read_part(text, ctx)


@registry.reads_groups
def _week_of_date(text: str, ctx: Context, m) -> Timex | None:
    """ "the week of March 6": the ISO week holding the day named."""
    day = _resolve_part(m["date"], ctx)
    if day is None or day.interval_start is None:
        return None
    return replace(_period("week", day.interval_start, "week_of_date", ctx, anchor=day.anchor, stated=day.stated | {"week"},
                           inferred=day.inferred), reference=day.reference)  # fmt: skip


@registry.reads_groups
def _part_of_date(text: str, ctx: Context, m) -> Timex | None:
    """ "the evening of March 2": that part of the day named; "the early hours" are its morning."""
    day = _resolve_part(m["date"], ctx)
    if day is not None and day.granularity == "part of day":
        return replace(day, rule="part_of_date")  # "the early hours of Thursday morning"
    if day is None or day.interval_start is None or day.granularity != "day":
        return None
    code = en.PARTS_OF_DAY.get((m["part"] or "hours").lower(), "MO")  # "the early (morning) hours" are before dawn
    return replace(day, rule="part_of_date", type="TIME", value=f"{day.value}T{code}", granularity="part of day",
                   stated=day.stated | {"part of day"})  # fmt: skip


@registry.reads_groups
def _unit_from_date(text: str, ctx: Context, m) -> Timex | None:
    """ "the day before Thanksgiving": one unit before or after the date named."""
    unit, relation = m["unit"].lower(), m["relation"].lower()
    day = _resolve_part(m["date"], ctx)
    if day is None or day.interval_start is None:
        return None
    granularity = "day" if unit == "night" else unit
    d = shift(granularity, day.interval_start, -1 if relation == "before" else 1)
    timex = replace(_period(granularity, d, "unit_from_date", ctx, anchor=day.anchor, stated=day.stated,
                            inferred=day.inferred), reference=day.reference)  # fmt: skip
    if unit == "night":
        return replace(timex, type="TIME", value=f"{d.isoformat()}TNI", granularity="part of day")
    return timex


# --- rules: this family's patterns, each with its handler and the example it must read -----
RULES: tuple[Rule, ...] = (
    # "the week of March 6": the ISO week holding that day
    Rule("week_of_date", rf"the\s+week\s+of\s+(?P<date>(?:(?:{MONTH})\s+{DAY_NUM}|{DAY_NUM}\s+(?:{MONTH_AFTER_DAY}))(?:,?\s+{YEAR4})?)", "the week of March 6", value="2020-W10", handler=_week_of_date),
    # "the day before Thanksgiving", "the day after last Tuesday": one unit from a date named
    Rule(
        "unit_from_date",
        rf"the\s+(?P<unit>day|night|week|month|year)\s+(?P<relation>before|after)\s+(?P<date>(?:(?:last|next|this)\s+)?(?:(?:{WEEKDAY})|(?:{alternation(HOLIDAYS)})|(?:{MONTH})\s+{DAY_NUM}(?:,?\s+{YEAR4})?|{DAY_NUM}\s+(?:{MONTH_AFTER_DAY})(?:,?\s+{YEAR4})?|yesterday|today|tomorrow))",
        "the day before Thanksgiving", value="2020-11-25",
        handler=_unit_from_date,
    ),
    # "the evening of March 2", "the early hours of Sunday": a part of the day named
    Rule(
        "part_of_date",
        rf"(?:early\s+(?:in\s+)?)?the\s+(?:(?:early\s+)?(?P<part>morning|afternoon|evening|night)|early\s+(?:morning\s+)?hours)\s+of\s+(?P<date>(?:(?:{WEEKDAY}),?\s+)?(?:(?:{WEEKDAY})(?:\s+(?:morning|night))?|(?:{MONTH})\s+{DAY_NUM}(?:,?\s+{YEAR4})?|{DAY_NUM}\s+(?:{MONTH_AFTER_DAY})(?:,?\s+{YEAR4})?))",
        "the evening of March 2", value="2020-03-02TEV",
        handler=_part_of_date,
    ),
)
