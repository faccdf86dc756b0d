"""Years: "1998", "fiscal 1989", "1998-99", decades, centuries, spoken years, "the full year".

Choices where the TimeML guidelines are silent (index: docs/choices.md):

- "FY21" is fiscal 2021.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace

from timeline.lang.en import words as en
from timeline.lang.en.patterns import ORDINAL, SPOKEN_YEAR, YEAR4, alternation, named
from timeline.lang.en.words import DECADE_WORDS
from timeline.temporal import registry
from timeline.temporal.context import (
    Context,
    anaphora,
    stated_direction,
)
from timeline.temporal.families.common import RangeDay, _period, parse_number
from timeline.temporal.registry import Rule
from timeline.types import Anchor, Direction, Timex


@registry.reads_groups
def _decade(text: str, ctx: Context, m) -> Timex:
    mod = {"early": "START", "mid": "MID", "late": "END"}[m["mod"].lower()] if m["mod"] else None
    full = m["decade"]  # the decade's first three digits: "199" of "the 1990s"
    if full and re.fullmatch(r"1\d0", full):
        # "the 1800s", "the early 1900s": a hundred years (HeidelTime reads them so), written
        # like a century by its leading digits; "the 2000s" stay the decade they are used as
        first = dt.date(int(full) * 10, 1, 1)
        timex = _period("century", first, "decade", ctx, anchor=Anchor.ABSOLUTE, stated={"century"}, mod=mod)
        return replace(timex, value=full[:2])
    if full:
        decade_start = int(full) * 10
        stated = {"century", "decade"}
        anchor = Anchor.ABSOLUTE
    else:
        digit = int(m["digit"]) if m["digit"] else en.DECADE_WORDS[m["words"].lower()]
        century = ctx.reference.year // 100 * 100
        decade_start = century + digit * 10
        if decade_start > ctx.reference.year:
            decade_start -= 100  # "the nineties" said in 2020 are the 1990s
        stated, anchor = {"decade"}, Anchor.PUBLICATION
    d = dt.date(max(decade_start, 1), 1, 1)
    return _period("decade", d, "decade", ctx, anchor=anchor, stated=stated, inferred={"century"} - stated, mod=mod)


@registry.reads_groups
def _century(text: str, ctx: Context, m) -> Timex:
    number = en.ORDINALS[m["ordinal"].lower()] if m["ordinal"] else int(m["number"])
    if number < 1:
        raise ValueError("there is no 0th century")
    # TIMEX3 names a century by its leading digits: the 19th century (1801-1900) is "18".
    d = dt.date(max((number - 1) * 100, 1), 1, 1)
    timex = _period("century", d, "century", ctx, anchor=Anchor.ABSOLUTE, stated={"century"})
    return replace(timex, value=f"{number - 1:02d}")


_YEAR_RANGE_RE = re.compile(r"(\d{4})\s?[-\u2013/]\s?(\d{4}|\d\d)\s*$")


def _range_bounds(text: str) -> tuple[re.Match, int, int] | None:
    """ "1998-99" -> 1998, 1999 (and where they stand); None when it is no range of years
    ("1990-1870", "1990-2060", "1000-00")."""
    m = _YEAR_RANGE_RE.search(text)
    if m is None:
        return None
    start, second = int(m.group(1)), m.group(2)
    end = int(second) if len(second) == 4 else start // 100 * 100 + int(second)
    if end < start and len(second) == 2:
        end += 100  # "1999-01" crosses the century: 1999 to 2001
    return (m, start, end) if 0 < end - start <= 50 else None


def range_years(span: str) -> list[RangeDay]:
    """The two years that "1937-1945" or "1998-99" names, each with its place in the text (a
    modifier before the range stays with the first: "the early 1990-92")."""
    bounds = _range_bounds(span)
    if bounds is None:
        return []
    m, start, end = bounds
    return [RangeDay(0, m.end(1), span[: m.start(1)] + str(start), "year"), RangeDay(m.start(2), m.end(2), str(end), "year")]


def _year_range(text: str, ctx: Context) -> Timex:
    bounds = _range_bounds(text)
    if bounds is None:
        raise ValueError("not a year range")
    _, start, end = bounds
    timex = _period("year", dt.date(start, 1, 1), "year_range", ctx, anchor=Anchor.ABSOLUTE, stated={"year"})
    # "1998-99": a fiscal or season year named by its first year, spanning both.
    return replace(timex, interval_end=dt.date(end + 1, 1, 1))


def _two_digit_year(two: int, ctx: Context) -> int:
    """ "'98", "FY21": the century that puts the year no more than ten years ahead of the reference."""
    return 2000 + two if 2000 + two <= ctx.reference.year + 10 else 1900 + two


def _year(rule: str):
    @registry.reads_groups
    def handler(text: str, ctx: Context, m) -> Timex:
        year4 = registry.group(m, "year")
        year = int(year4) if year4 else _two_digit_year(int(registry.group(m, "yy")), ctx)  # "'98", "FY21"
        return _period("year", dt.date(year, 1, 1), rule, ctx, anchor=Anchor.ABSOLUTE, stated={"year"})

    return handler


def _new_year(text: str, ctx: Context) -> Timex:
    """ "the new year": from the second half of a year, the next one; early in a year, that year
    ("so far in the new year", said in January). Told in the past, it counts from the date
    the story tells of ("eight days before the new year" in an account of 1938)."""
    base, anchor = anaphora(ctx) if ctx.direction is Direction.PAST else (ctx.reference, Anchor.PUBLICATION)
    year = base.year + (1 if base.month >= 7 else 0)
    return _period("year", dt.date(year, 1, 1), "new_year", ctx, anchor=anchor, stated={"offset"}, inferred={"year"})


def spoken_number(words: str) -> int:
    """ "nineteen ninety-six" -> 1996, "two thousand one" -> 2001, "twenty ten" -> 2010."""
    parts = [w for w in re.split(r"[-\s]+", words.lower()) if w and w not in ("the", "year", "and")]
    if parts[:2] == ["two", "thousand"]:
        rest = parts[2:]
        return 2000 + (int(parse_number(" ".join(rest))) if rest else 0)
    century = en.NUMBER_WORDS[parts[0]]
    rest = parts[1:]
    if rest == ["hundred"]:
        return century * 100
    if rest and rest[0] == "oh":
        rest = rest[1:]
    return century * 100 + int(parse_number(" ".join(rest)))


@registry.reads_groups
def _spoken_year(text: str, ctx: Context, m) -> Timex:
    year = spoken_number(m["spoken_year"])
    return _period("year", dt.date(year, 1, 1), "spoken_year", ctx, anchor=Anchor.ABSOLUTE, stated={"year"})


def _year_end(text: str, ctx: Context) -> Timex:
    """ "by year-end" is this December 31st; "since year-end" the last one."""
    year = ctx.reference.year - (1 if stated_direction(text, ctx) is Direction.PAST and ctx.reference.month < 12 else 0)
    return _period("day", dt.date(year, 12, 31), "year_end", ctx, anchor=Anchor.PUBLICATION, stated={"month", "day"}, inferred={"year"})


def _full_year(text: str, ctx: Context) -> Timex:
    same = ctx.previous if ctx.previous is not None and ctx.previous.granularity == "year" else None
    if same is not None and same.interval_start.year > ctx.reference.year:
        same = None  # "by 1992 ... forecast a rise for the full year": a target year is not the one reported
    base, anchor = (same.interval_start, Anchor.PREVIOUS_MENTION) if same else (ctx.reference, Anchor.PUBLICATION)
    return _period("year", base, "full_year", ctx, anchor=anchor, stated=set(), inferred={"year"})


# --- rules: this family's patterns, each with its handler and the example it must read -----
RULES: tuple[Rule, ...] = (
    Rule("decade", rf"(?:the\s+)?(?:(?P<mod>early|mid|late)[-\s]?)?(?:(?P<decade>1[0-9]\d|20\d)0s|'?(?P<digit>\d)0s|(?P<words>{alternation(DECADE_WORDS)}))", "the 1990s", value="199", handler=_decade),
    Rule("century", rf"(?:the\s+)?(?:{named('ordinal', ORDINAL)}|(?P<number>\d{{1,2}})(?:st|nd|rd|th))[-\s]+century", "the 19th century", value="18", handler=_century),
    # "1937-1945", "1998-99": the finder gives each year its own mention, as TimeML does
    Rule("year_range", rf"{YEAR4}\s?[-–/]\s?(?:\d\d|{YEAR4})(?!\d)", "1998-99", value=("1998", "1999"), splits=True, handler=_year_range),
    Rule("fiscal_year", rf"(?:fiscal(?:\s+year)?|the\s+year)\s*(?:{named('year', YEAR4)}|'(?P<yy>\d\d))"
             rf"|fy\s*'?(?:{named('year_2', YEAR4)}|\d\d(?P<yy_2>\d\d)|(?P<yy_3>\d\d))(?!\d)", "fiscal 1989", value="1989", handler=_year("fiscal_year")),
    Rule("year", rf"(?:the\s+year\s+)?{named('year', YEAR4)}(?![\d,]\d|\.\d)", "1998", value="1998", handler=_year("year")),
    Rule("spoken_year", rf"(?:the\s+year\s+)?{named('spoken_year', SPOKEN_YEAR)}", "nineteen ninety-six", value="1996", handler=_spoken_year),
    Rule("year_end", r"(?:the\s+)?(?:year[-\s]end|year's\s+end|end\s+of\s+the\s+year)", "year-end", value="2020-12-31", handler=_year_end),
    Rule("full_year", r"the\s+(?:full|whole|entire|calendar)\s+year", "the full year", value="2020", handler=_full_year),
    # "early in the new year": the year that comes next (lower case: "the New Year" is the holiday)
    Rule("new_year", r"(?-i:the\s+new\s+year)(?![\w'-])", "the new year", value="2020", handler=_new_year),
)
