"""Sets: "every week", "Friday nights", "twice a year", "quarterly".

Choices where the TimeML guidelines are silent (index: docs/choices.md):

- "every 15 minutes" is a SET ``PT15M``; "every Monday morning" is ``XXXX-WXX-1TMO``.
"""

from __future__ import annotations

from timeline.lang.en import words as en
from timeline.lang.en.patterns import MONTH_FULL, NUMBER, PART_OF_DAY, SEASON, UNIT, UNIT_SG, WEEKDAY
from timeline.temporal import registry
from timeline.temporal.context import (
    Context,
)
from timeline.temporal.families.common import _fmt_number, _unit_of, duration_value, parse_number
from timeline.temporal.registry import Rule
from timeline.types import Anchor, Timex

_ADVERBS = {"daily": "P1D", "nightly": "P1D", "weekly": "P1W", "biweekly": "P2W", "monthly": "P1M",
            "quarterly": "P3M", "annually": "P1Y", "yearly": "P1Y", "hourly": "PT1H",
            "biannually": "P6M", "semiannually": "P6M"}  # fmt: skip


@registry.reads_groups
def _set(text: str, ctx: Context, m) -> Timex | None:
    quant, freq, granularity = None, None, "unknown"
    if m["adverb"]:  # "weekly"
        value = _ADVERBS[m["adverb"].lower()]
        granularity = {"D": "day", "W": "week", "M": "month", "Y": "year", "H": "hour"}[value[-1]]
        if value == "P3M":
            granularity = "quarter"
    else:
        times, times_count = m["times"], m["times_count"]  # "twice a year", "three times a week"
        if times or times_count:
            count = {"once": 1, "twice": 2, "thrice": 3}[times.lower()] if times else parse_number(times_count)
            freq = f"{_fmt_number(count)}X" if count else None
        last = registry.group(m, "period").lower()  # the word that says what recurs, always the last
        if last in ("mornings", "afternoons", "evenings", "nights"):  # "Friday nights": every Friday night
            last = last[:-1]
            quant = "EVERY"
        weekday = (registry.group(m, "weekday") or "").lower()  # the weekday before a part of day
        if weekday in en.WEEKDAYS and last in en.PARTS_OF_DAY:  # "every Monday morning"
            value, granularity = f"XXXX-WXX-{en.WEEKDAYS[weekday] + 1}T{en.PARTS_OF_DAY[last]}", "part of day"
        elif last in en.WEEKDAYS:
            value, granularity = f"XXXX-WXX-{en.WEEKDAYS[last] + 1}", "day"
        elif last in en.SEASONS:
            value, granularity = f"XXXX-{en.SEASONS[last]}", "season"
        elif last in en.MONTHS:
            value, granularity = f"XXXX-{en.MONTHS[last]:02d}", "month"
        elif last in ("morning", "afternoon", "evening", "night"):
            value, granularity = f"T{en.PARTS_OF_DAY[last]}", "part of day"
        else:
            unit = _unit_of(last)
            if unit not in en.UNITS:
                return None  # "every nite": a spelling of a part of day, no unit
            if m["count"]:  # "every 15 minutes", "every few weeks": PXW
                value = duration_value(parse_number(m["count"]), unit)
            else:
                value = duration_value(2 if m["other"] else 1, unit)
            granularity = en.UNITS[unit][1]
        every = (registry.group(m, "quant") or "").lower()
        if every == "every" or quant == "EVERY":
            quant = "EVERY"
        elif every == "each":
            quant = "EACH"
    return Timex(type="SET", value=value, granularity=granularity, rule="set", reference=None,
                 anchor=Anchor.ABSOLUTE, quant=quant, freq=freq, stated=frozenset({"frequency"}))  # fmt: skip


# --- rules: this family's patterns, each with its handler and the example it must read -----
RULES: tuple[Rule, ...] = (
    Rule(
        "set",
        rf"(?:(?P<quant>every|each)\s+)?(?P<weekday>{WEEKDAY})\s+(?P<period>mornings|afternoons|evenings|nights)"  # "Friday nights"
        rf"|(?P<quant_2>every|each)\s+(?P<weekday_2>{WEEKDAY})\s+(?P<period_2>{PART_OF_DAY})"  # "every Monday morning"
        rf"|(?P<quant_3>every|each|per)\s+(?P<other>other\s+)?(?P<period_3>{UNIT_SG}|{WEEKDAY}|{SEASON}|{MONTH_FULL}|{PART_OF_DAY})"
        rf"|(?P<quant_4>every)\s+(?P<count>{NUMBER})[-\s]+(?P<period_4>{UNIT})"  # "every 15 minutes", "every two years"
        r"|(?P<adverb>daily|weekly|monthly|quarterly|annually|yearly|nightly|hourly|biweekly|biannually|semiannually)"
        rf"|(?:(?P<times>once|twice|thrice)|(?P<times_count>{NUMBER})\s+times)\s+(?:a|an|per|each|every)\s+(?P<period_5>{UNIT_SG})",
        "every week", value="P1W", quantity=True,
        handler=_set,
    ),
)
