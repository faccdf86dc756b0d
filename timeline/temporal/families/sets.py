"""Sets: "every week", "Friday nights", "twice a year", "quarterly".

Choices where the TimeML guidelines are silent (index: docs/choices.md):

- "every 15 minutes" is a SET ``PT15M``; "every Monday morning" is ``XXXX-WXX-1TMO``.
"""

from __future__ import annotations

import re

from timeline.lang.en import words as en
from timeline.lang.en.patterns import MONTH_FULL, NUMBER, PART_OF_DAY, SEASON, UNIT, UNIT_SG, WEEKDAY
from timeline.temporal.context import (
    Context,
)
from timeline.temporal.families.common import _fmt_number, _unit_of, duration_value, parse_number
from timeline.temporal.registry import Rule
from timeline.types import Anchor, Timex


def _set(text: str, ctx: Context) -> Timex | None:
    lowered = re.sub(r"\s+", " ", text.lower())
    adverbs = {"daily": "P1D", "nightly": "P1D", "weekly": "P1W", "biweekly": "P2W", "monthly": "P1M",
               "quarterly": "P3M", "annually": "P1Y", "yearly": "P1Y", "hourly": "PT1H",
               "biannually": "P6M", "semiannually": "P6M"}  # fmt: skip
    quant, freq, granularity = None, None, "unknown"
    if lowered in adverbs:
        value = adverbs[lowered]
        granularity = {"D": "day", "W": "week", "M": "month", "Y": "year", "H": "hour"}[value[-1]]
        if value == "P3M":
            granularity = "quarter"
    else:
        times = re.match(r"(once|twice|thrice|.+?) times? (?:a|an|per|each|every) ", lowered + " ")
        if times or re.match(r"(once|twice|thrice) ", lowered):
            word = lowered.split()[0]
            count = {"once": 1, "twice": 2, "thrice": 3}.get(word) or parse_number(lowered.split(" times")[0])
            freq = f"{_fmt_number(count)}X" if count else None
        last = lowered.split()[-1]
        if last in ("mornings", "afternoons", "evenings", "nights"):  # "Friday nights": every Friday night
            last = last[:-1]
            quant = "EVERY"
        before_last = lowered.split()[-2] if len(lowered.split()) >= 2 else ""
        if before_last in en.WEEKDAYS and last in en.PARTS_OF_DAY:  # "every Monday morning"
            value, granularity = f"XXXX-WXX-{en.WEEKDAYS[before_last] + 1}T{en.PARTS_OF_DAY[last]}", "part of day"
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
            counted = re.match(r"every (.+?)[- ]\S+$", lowered)  # "every 15 minutes"
            if counted and counted.group(1) != "other":
                value = duration_value(parse_number(counted.group(1)), unit)  # "every few weeks": PXW
            else:
                value = duration_value(2 if " other " in lowered else 1, unit)
            granularity = en.UNITS[unit][1]
        if lowered.startswith("every") or quant == "EVERY":
            quant = "EVERY"
        elif lowered.startswith("each"):
            quant = "EACH"
    return Timex(type="SET", value=value, granularity=granularity, rule="set", reference=None,
                 anchor=Anchor.ABSOLUTE, quant=quant, freq=freq, stated=frozenset({"frequency"}))  # fmt: skip


# --- rules: this family's patterns, each with its handler and the example it must read -----
RULES: tuple[Rule, ...] = (
    Rule(
        "set",
        rf"(?:(?:every|each)\s+)?(?:{WEEKDAY})\s+(?:mornings|afternoons|evenings|nights)"  # "Friday nights"
        rf"|(?:every|each)\s+(?:{WEEKDAY})\s+{PART_OF_DAY}"  # "every Monday morning"
        rf"|(?:every|each|per)\s+(?:other\s+)?(?:{UNIT_SG}|{WEEKDAY}|{SEASON}|{MONTH_FULL}|{PART_OF_DAY})"
        rf"|every\s+(?:{NUMBER})[-\s]+(?:{UNIT})"  # "every 15 minutes", "every two years"
        r"|(?:daily|weekly|monthly|quarterly|annually|yearly|nightly|hourly|biweekly|biannually|semiannually)"
        rf"|(?:once|twice|thrice|(?:{NUMBER})\s+times)\s+(?:a|an|per|each|every)\s+(?:{UNIT_SG})",
        "every week", value="P1W", quantity=True,
        handler=_set,
    ),
)
