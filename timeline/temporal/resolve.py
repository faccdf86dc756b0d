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
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, replace

from dateutil.easter import easter
from dateutil.relativedelta import FR, MO, SA, SU, TH, TU, WE, relativedelta
from dateutil.relativedelta import weekday as relativedelta_weekday

from timeline import lexicon as lx
from timeline.periods import (
    STEP,
    narrow,
    period_interval,
    period_start,
    period_value,
    season_of,
    season_start,
    shift,
)
from timeline.temporal import registry
from timeline.temporal.context import (
    COMPARISON_RULES,
    Context,
    anaphora,
    anchor_date,
    past_tolerance,
    pick_year,
    pick_year_and_anchor,
    stated_direction,
)
from timeline.types import GRANULARITIES, Anchor, Direction, Timex

__all__ = ["Context", "duration_value", "parse_number", "resolve"]


_FLAGS = re.IGNORECASE


_RULES = {rule.name: re.compile(rule.pattern, _FLAGS) for rule in lx.RULES}


_PREFIX_MOD = re.compile(rf"^(?P<mod>{lx.PREFIX_MOD})(?:\s+|-)(?=\S)", _FLAGS)


_SUFFIX_MOD = re.compile(rf"\s+(?P<mod>{lx.SUFFIX_MOD})$", _FLAGS)


_LOOKAHEAD_RULES = tuple(rule.name for rule in lx.RULES if rule.right_context)  # in the lexicon's order


_CONTEXT_RULES = {rule.name for rule in lx.RULES if rule.needs_context}


_MOD_OF = {**lx.POINT_MODS, **lx.QUANTITY_MODS, **lx.SUFFIX_MODS}


_MONTH_RE = re.compile(rf"\b({lx.MONTH_AFTER_DAY})", _FLAGS)


_YEAR4_RE = re.compile(rf"(?<!\d)({lx.YEAR4})(?!\d)")


_DAY_RE = re.compile(r"(?<![\d:])([12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?![\d:])", _FLAGS)


_WEEKDAY_NUMBERS = {**lx.WEEKDAYS, **lx.WEEKDAY_ABBREVIATIONS}


_WEEKDAY_RE = re.compile(rf"\b({lx.WEEKDAY}|{lx.alternation(lx.WEEKDAY_ABBREVIATIONS)})\b", _FLAGS)


_QUALIFIED_WEEKDAY_RE = re.compile(rf"(?:\b(?:this|next|last|coming)\s+)?\b(?:{lx.WEEKDAY}|{lx.alternation(lx.WEEKDAY_ABBREVIATIONS)})\b", _FLAGS)


_SEASON_RE = re.compile(rf"\b({lx.SEASON})\b", _FLAGS)


_UNIT_RE = re.compile(rf"\b({lx.UNIT}|{lx.alternation(lx.UNIT_ABBREVIATIONS)})\b", _FLAGS)


_ORDINAL_RE = re.compile(rf"\b({lx.ORDINAL})\b", _FLAGS)


_ANAPHORIC_WORDS = re.compile(r"\b(the following|the next|the previous|the preceding|the same|that|the prior)\b", _FLAGS)


# --- numbers --------------------------------------------------------------------------------
def parse_number(text: str) -> float | None:
    """'two' -> 2, '2,000' -> 2000, 'twenty-five' -> 25, 'a couple of' -> 2; vague -> None."""
    t = re.sub(r"\s+", " ", text.strip().lower())
    if t in lx.VAGUE_QUANTITIES or t in ("dozens of", "hundreds of"):
        return None
    if re.fullmatch(r"\d+(?:,\d{3})*(?:\.\d+)?", t):
        return float(t.replace(",", ""))
    if re.fullmatch(r"\d+ 1/2", t):  # "5 1/2 hours"
        return float(t.split()[0]) + 0.5
    if t in ("a couple of", "a couple", "couple of"):
        return 2
    if t in ("half a", "half an", "a half"):
        return 0.5
    if t in ("a quarter", "a quarter of a", "a quarter of an"):
        return 0.25
    if t.endswith(" and a half"):  # "two and a half", "one and a half"
        whole = parse_number(t[: -len(" and a half")])
        return None if whole is None else whole + 0.5
    total, current = 0, 0
    for word in re.split(r"[-\s]+", t):
        if word not in lx.NUMBER_WORDS:
            return None
        n = lx.NUMBER_WORDS[word]
        if n in (100, 1000):
            current = max(current, 1) * n
            if n == 1000:
                total, current = total + current, 0
        else:
            current += n
    return float(total + current)


def _fmt_number(n: float) -> str:
    return str(int(n)) if float(n).is_integer() else f"{n:g}"


def _unit_of(word: str) -> str:
    w = word.lower()
    if w in lx.UNIT_ABBREVIATIONS:
        return lx.UNIT_ABBREVIATIONS[w]
    w = lx.UNIT_PLURALS.get(w, w)
    return w[:-1] if w.endswith("s") and w[:-1] in lx.UNITS else w


def duration_value(n: float | None, unit: str) -> str:
    """TIMEX3 duration: (2, 'year') -> 'P2Y'; (None, 'week') -> 'PXW'; hours -> 'PT5H'.
    Raises ``ValueError`` for a fraction of a quarter or a second, which has no smaller unit."""
    letters, _ = lx.UNITS[unit]
    scale = {"DE": (10, "Y"), "CE": (100, "Y"), "ML": (1000, "Y"), "WE": (2, "D"), "S": (3, "M"), "2W": (2, "W")}
    if letters in scale:
        factor, letters = scale[letters]
        if n is not None:
            n = n * factor
        elif unit in ("decade", "century", "millennium"):
            letters = {"decade": "DE", "century": "CE", "millennium": "ML"}[unit]
    time = letters.startswith("T")
    letter = letters.lstrip("T")  # "DE" and "CE" are two-letter units
    if n is not None and not float(n).is_integer() and len(letter) == 1:
        # "two and a half years" -> P2Y6M: the remainder in the next smaller unit, when it is whole
        smaller = {"Y": (12, "M"), "M": (30, "D"), "W": (7, "D"), "D": (24, "H"), "H": (60, "M"), "TM": (60, "S")}
        key = "TM" if time and letter == "M" else letter
        if key not in smaller:  # "half a quarter", "1.5 seconds": no smaller unit to write the rest in
            raise ValueError(f"no ISO 8601 unit below {letters} for {n:g} {unit}")
        factor, sub = smaller[key]
        whole, rest = int(n), (n - int(n)) * factor
        if float(rest).is_integer():
            head = f"{whole}{letter}" if whole else ""
            if time or letter == "D":  # the remainder of a day is hours, after the T
                return f"P{'T' if time else ''}{head}{'' if time else 'T'}{int(rest)}{sub}"
            return f"P{head}{int(rest)}{sub}"
    amount = "X" if n is None else _fmt_number(n)
    return f"P{'T' if time else ''}{amount}{letter}"


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
        if not trusted and _RULES[name].fullmatch(core) is None:
            continue
        timex = registry.read(name, core, ctx)  # None: not of this rule's shape, or an impossible date
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


def _period(
    granularity: str,
    d: dt.date,
    rule: str,
    ctx: Context,
    *,
    anchor: Anchor,
    stated: frozenset[str] | set[str],
    inferred: frozenset[str] | set[str] = frozenset(),
    type_: str = "DATE",
    mod: str | None = None,
) -> Timex:
    start, end = period_interval(granularity, d) or (None, None)  # None: 9999-12-31, the value stands
    return Timex(
        type=type_,
        value=period_value(granularity, d),
        granularity=granularity,
        rule=rule,
        reference=None if anchor is Anchor.ABSOLUTE else anchor_date(ctx, anchor),
        anchor=anchor,
        mod=mod,
        interval_start=start,
        interval_end=end,
        stated=frozenset(stated),
        inferred=frozenset(inferred),
    )


def _month_of(text: str) -> int:
    word = _MONTH_RE.search(text).group(1).lower().rstrip(".")
    return lx.MONTHS[word]


def _day_of(text: str) -> int:
    without_years = _YEAR4_RE.sub(" ", text)
    return int(_DAY_RE.search(without_years).group(1))


# --- handlers: one per lexicon rule ---------------------------------------------------------
def _iso_date(text: str, ctx: Context) -> Timex:
    m = re.fullmatch(r"(\d{4})-(\d\d)-(\d\d)(?:T(\d\d):(\d\d)(?::\d\d)?)?", text)
    d = dt.date(int(m[1]), int(m[2]), int(m[3]))
    timex = _period("day", d, "iso_date", ctx, anchor=Anchor.ABSOLUTE, stated={"year", "month", "day"})
    if m[4]:
        return replace(timex, type="TIME", value=f"{d.isoformat()}T{m[4]}:{m[5]}", granularity="minute")
    return timex


def _numeric_date(text: str, ctx: Context) -> Timex:
    month, day, year = (int(x) for x in text.split("/"))
    if year < 100:  # two-digit year: the century that puts it nearest the reference
        year += 2000 if 2000 + year <= ctx.reference.year + 10 else 1900
    d = dt.date(year, month, day)
    return _period("day", d, "numeric_date", ctx, anchor=Anchor.ABSOLUTE, stated={"year", "month", "day"})


def _numeric_month_day(text: str, ctx: Context) -> Timex | None:
    """ "on 6/5": June 5 (American order), its year from the tense like any year-less date."""
    month, day = (int(x) for x in text.split("/"))
    timex = _resolve_part(f"{lx.MONTH_NAMES[month - 1]} {day}", ctx)
    return None if timex is None else replace(timex, rule="numeric_month_day")


def _dotted_date(text: str, ctx: Context) -> Timex:
    day, month, year = (int(x) for x in text.split("."))
    return _numeric_date(f"{month}/{day}/{year}", ctx)


@dataclass(frozen=True, slots=True)
class RangeDay:
    """One day of a range of days: where it stands in the range's text and how to read it."""

    start: int
    end: int
    reading: str  # "10 October 2013": the day with the range's month and year
    rule: str


def range_days(span: str) -> list[RangeDay]:
    """The days that "10-12 October 2013" or "Oct. 10-12" names, in order; [] when the numbers do
    not rise ("12-10 October" is a score). The first day keeps a month written before it, the last
    the month or year written after it."""
    month = _MONTH_RE.search(span).group(0)
    year = _YEAR4_RE.search(span)
    days = [m for m in _DAY_RE.finditer(span) if not (year and m.start() >= year.start())]
    numbers = [int(m.group(1)) for m in days]
    if not days or numbers != sorted(set(numbers)):
        return []
    suffix, rule = (f" {year.group(1)}", "day_month_year") if year else ("", "day_month")
    month_first = _MONTH_RE.match(span) is not None
    return [
        RangeDay(0 if month_first and i == 0 else m.start(), len(span) if i == len(days) - 1 else m.end(),
                 f"{m.group(0)} {month}{suffix}", rule)
        for i, m in enumerate(days)
    ]  # fmt: skip


def _day_range(text: str, ctx: Context) -> Timex | None:
    """ "10-12 October" on its own reads as its first day (the finder splits it into every day)."""
    days = range_days(text)
    return replace(_HANDLERS[days[0].rule](days[0].reading, ctx), rule="day_range") if days else None


def _full_date(rule: str):
    def handler(text: str, ctx: Context) -> Timex:
        year = int(_YEAR4_RE.search(text).group(1))
        d = dt.date(year, _month_of(text), _day_of(_MONTH_RE.sub(" ", text)))
        return _period("day", d, rule, ctx, anchor=Anchor.ABSOLUTE, stated={"year", "month", "day"})

    return handler


def _weekday_month_day_year(text: str, ctx: Context) -> Timex:
    if _YEAR4_RE.search(text):
        return _full_date("weekday_month_day_year")(text, ctx)
    weekday = lx.WEEKDAYS[_WEEKDAY_RE.search(text).group(1).lower()]
    rest = _WEEKDAY_RE.sub(" ", text)
    month, day = _month_of(rest), _day_of(_MONTH_RE.sub(" ", rest))
    ref = ctx.reference
    for year in sorted((ref.year - 1, ref.year, ref.year + 1), key=lambda y: abs(y - ref.year)):
        try:
            d = dt.date(year, month, day)
        except ValueError:
            continue
        if d.weekday() == weekday:  # the stated weekday fixes the year
            return _period("day", d, "weekday_month_day_year", ctx, anchor=Anchor.PUBLICATION,
                           stated={"weekday", "month", "day"}, inferred={"year"})  # fmt: skip
    return replace(_month_day(rest, ctx), rule="weekday_month_day_year")


def _month_day(text: str, ctx: Context) -> Timex:
    month, day = _month_of(text), _day_of(_MONTH_RE.sub(" ", text))
    year, anchor = pick_year_and_anchor(month, day, ctx, stated_direction(text, ctx))
    d = dt.date(year, month, day)
    return _period("day", d, "month_day", ctx, anchor=anchor, stated={"month", "day"}, inferred={"year"})


def _ordinal_number(text: str) -> int:
    word = re.match(r"the\s+(\S+)", text, _FLAGS).group(1).lower()
    return lx.ORDINALS[word] if word in lx.ORDINALS else int(re.match(r"\d+", word).group(0))


def _ordinal_of_month(text: str, ctx: Context) -> Timex:
    """ "the first of March": a day and month in words, read as "March 1"."""
    month = re.search(rf"\bof\s+({lx.MONTH_AFTER_DAY})", text, _FLAGS).group(1)
    day, year = _ordinal_number(text), _YEAR4_RE.search(text)
    if year:
        return _period("day", dt.date(int(year.group(1)), _month_of(month), day), "ordinal_of_month", ctx,
                       anchor=Anchor.ABSOLUTE, stated={"year", "month", "day"})  # fmt: skip
    return replace(_month_day(f"{month} {day}", ctx), rule="ordinal_of_month")


def _ordinal_of_relative(text: str, ctx: Context) -> Timex | None:
    """ "the 15th of next month": that day of the month the rest names; "the first of the
    year" is January 1 of the year ahead, or of this year when told in the past."""
    day = _ordinal_number(text)
    period_text = re.search(r"\bof\s+(.+)$", text, _FLAGS).group(1)
    if period_text.lower() == "the year":
        year = ctx.reference.year + (ctx.direction is not Direction.PAST and ctx.reference > dt.date(ctx.reference.year, 1, 1))
        period = _period("year", dt.date(year, 1, 1), "ordinal_of_relative", ctx, anchor=Anchor.PUBLICATION, stated=set())
    else:
        period = _relative_unit(period_text, ctx)
    if period is None or period.interval_start is None:
        return None
    d = period.interval_start.replace(day=day)  # ValueError for "the 31st" of a 30-day month: not a date
    return _period("day", d, "ordinal_of_relative", ctx, anchor=period.anchor, stated={"day", "offset"},
                   inferred={"year", "month"})  # fmt: skip


def _ordinal_day(text: str, ctx: Context) -> Timex | None:
    """ "on the 5th": that day of the month last told of, else of the publication month, the
    nearest one the tense allows ("left on the 28th" in early March is February's)."""
    day = int(re.search(r"\d+", text).group(0))
    told = ctx.last_of(("month", "day"))
    if told is not None and told.interval_start is not None:
        options, anchor = [told.interval_start.replace(day=1)], Anchor.PREVIOUS_MENTION
    else:
        ref, anchor = ctx.reference, Anchor.PUBLICATION
        this = ref.replace(day=1)
        options = [this + relativedelta(months=k) for k in (-1, 0, 1)]
        if ctx.direction is Direction.PAST:
            options = [m for m in options if m.replace(day=min(day, 28)) <= ref]
        elif ctx.direction is Direction.FUTURE:
            options = [m for m in options if m.replace(day=min(day, 28)) >= ref]
        options.sort(key=lambda m: abs((m.replace(day=min(day, 28)) - ref).days))
    for month in options:
        try:
            d = month.replace(day=day)
        except ValueError:
            continue  # "the 31st" of a 30-day month
        return _period("day", d, "ordinal_day", ctx, anchor=anchor, stated={"day"}, inferred={"year", "month"})
    return None


def _month_year(text: str, ctx: Context) -> Timex:
    d = dt.date(int(_YEAR4_RE.search(text).group(1)), _month_of(text), 1)
    return _period("month", d, "month_year", ctx, anchor=Anchor.ABSOLUTE, stated={"year", "month"})


def _month(text: str, ctx: Context) -> Timex:
    month = _month_of(text)
    direction = stated_direction(text, ctx)
    ref = ctx.reference
    if re.match(r"(the )?(following|next|previous|preceding|same)\b|that\b", text, _FLAGS) and ctx.previous:
        base, anchor = anaphora(ctx)
        ctx = replace(ctx, reference=base)
        ref = base
    else:
        anchor = Anchor.PUBLICATION
    lowered = text.lower()
    if re.match(r"(this|the current|current)\b", lowered) or (anchor is Anchor.PREVIOUS_MENTION and re.match(r"(that|the same)\b", lowered)):
        year = ref.year  # "in 1996 ... signed that September": the year just told of
    elif re.match(r"(last|the last|past|the past|previous|the previous|the preceding)\b", lowered):
        # "last February" said in March is a year back: the month just gone is "last month".
        year = ref.year if month < ref.month - 1 else ref.year - 1
    elif re.match(r"(next|the next|coming|the coming|the following|following)\b", lowered):
        year = ref.year if month > ref.month else ref.year + 1
    elif direction is Direction.PAST:
        year, anchor = pick_year_and_anchor(month, 1, ctx, Direction.PAST)
    elif direction is Direction.FUTURE:
        year = ref.year if month >= ref.month else ref.year + 1
    else:
        year, anchor = pick_year_and_anchor(month, 15, ctx, Direction.UNKNOWN)
    return _period("month", dt.date(year, month, 1), "month", ctx, anchor=anchor, stated={"month"}, inferred={"year"})


def _season(text: str, ctx: Context) -> Timex:
    code = lx.SEASONS[_SEASON_RE.search(text).group(1).lower()]
    year_match = _YEAR4_RE.search(text)
    spoken = re.search(lx.SPOKEN_YEAR, text, _FLAGS)
    if year_match or spoken:
        year = int(year_match.group(1)) if year_match else spoken_number(spoken.group(0))
        return _period("season", season_start(year, code), "season", ctx, anchor=Anchor.ABSOLUTE, stated={"year", "season"})
    lowered = text.lower()
    told = ctx.previous.interval_start if ctx.previous is not None else None
    if told is not None and _year_or_finer(ctx.previous.granularity) and re.match(r"(that|the same|the following)\b", lowered):
        # "It was not until 2014 ... Construction began that fall": the season of the date told of
        d = season_start(told.year, code)  # "that fall": the year told of
        after = ctx.previous.interval_end or told
        if lowered.startswith("the following"):  # the first one after it ("in 2014 ... the following spring": 2015's)
            d = min(s for s in (season_start(told.year + k, code) for k in range(3)) if s >= after)
        return _period("season", d, "season", ctx, anchor=Anchor.PREVIOUS_MENTION, stated={"season"}, inferred={"year"})
    ref = ctx.reference
    current = season_start(*season_of(ref))
    # Candidates: this season's occurrence in the years around the reference.
    options = [season_start(y, code) for y in (ref.year - 2, ref.year - 1, ref.year, ref.year + 1, ref.year + 2)]
    past = [o for o in options if o <= current]
    future = [o for o in options if o >= current]
    direction = stated_direction(text, ctx)
    if re.match(r"(last|the last|past|the past|previous|the previous|this past)\b", lowered):
        d = max(o for o in options if o < current)
    elif re.match(r"(this|the current|current)\b", lowered):
        # the season under way; else the tense decides; else this calendar year's ("this
        # fall" said in February is the coming one, "this winter" in October the coming one)
        if current in options:
            d = current
        elif direction is Direction.PAST:
            d = max(past)
        elif direction is Direction.FUTURE:
            d = min(future)
        else:
            d = next(o for o in options if o.year == ref.year)
    elif re.match(r"(next|the next|coming|the coming|following|the following)\b", lowered):
        d = min(o for o in options if o > current)
    elif direction is Direction.PAST:
        d = max(past)
    elif direction is Direction.FUTURE:
        d = min(future)
    else:
        d = min(options, key=lambda o: abs((o - ref).days))
    return _period("season", d, "season", ctx, anchor=Anchor.PUBLICATION, stated={"season"}, inferred={"year"})


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
            number = lx.ORDINALS[ordinal.group(1)] if ordinal else int(short.group(1))
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


def _quarter_compact(text: str, ctx: Context) -> Timex:
    """ "2Q21", "Q3'21": that quarter of the two-digit year."""
    m = re.fullmatch(r"(?:q([1-4])|([1-4])q)(?:'|-)?(\d\d)", text.lower())
    number, year = int(m.group(1) or m.group(2)), _two_digit_year(int(m.group(3)), ctx)
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
    return timex.rule in COMPARISON_RULES or last_year


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


def _decade(text: str, ctx: Context) -> Timex:
    lowered = text.lower()
    mod = None
    m = re.search(r"\b(early|mid|late)", lowered)
    if m:
        mod = {"early": "START", "mid": "MID", "late": "END"}[m.group(1)]
    full = re.search(r"(\d{3})0s", lowered)
    if full and re.fullmatch(r"1\d0", full.group(1)):
        # "the 1800s", "the early 1900s": a hundred years (HeidelTime reads them so), written
        # like a century by its leading digits; "the 2000s" stay the decade they are used as
        first = dt.date(int(full.group(1)) * 10, 1, 1)
        timex = _period("century", first, "decade", ctx, anchor=Anchor.ABSOLUTE, stated={"century"}, mod=mod)
        return replace(timex, value=full.group(1)[:2])
    if full:
        decade_start = int(full.group(1)) * 10
        stated = {"century", "decade"}
        anchor = Anchor.ABSOLUTE
    else:
        short = re.search(r"'?(\d)0s", lowered)
        digit = int(short.group(1)) if short else next(v for k, v in lx.DECADE_WORDS.items() if k in lowered)
        century = ctx.reference.year // 100 * 100
        decade_start = century + digit * 10
        if decade_start > ctx.reference.year:
            decade_start -= 100  # "the nineties" said in 2020 are the 1990s
        stated, anchor = {"decade"}, Anchor.PUBLICATION
    d = dt.date(max(decade_start, 1), 1, 1)
    return _period("decade", d, "decade", ctx, anchor=anchor, stated=stated, inferred={"century"} - stated, mod=mod)


def _century(text: str, ctx: Context) -> Timex:
    lowered = text.lower()
    ordinal = _ORDINAL_RE.search(lowered)
    number = lx.ORDINALS[ordinal.group(1)] if ordinal else int(re.search(r"\d+", lowered).group())
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
    def handler(text: str, ctx: Context) -> Timex:
        m = _YEAR4_RE.search(text)
        year = int(m.group(1)) if m else _two_digit_year(int(re.search(r"(\d\d)\s*$", text).group(1)), ctx)
        return _period("year", dt.date(year, 1, 1), rule, ctx, anchor=Anchor.ABSOLUTE, stated={"year"})

    return handler


_WEEKDAY_OF = {"MO": MO, "TU": TU, "WE": WE, "TH": TH, "FR": FR, "SA": SA, "SU": SU}


def _holiday_date(name: str, year: int) -> dt.date:
    """The date of a holiday in ``year``, from its spec in :data:`timeline.lang.en.words.HOLIDAYS`."""
    kind, *spec = lx.HOLIDAYS[name]
    if kind == "date":
        month, day = spec
        return dt.date(year, month, day)
    if kind == "easter":
        return easter(year) + dt.timedelta(days=spec[0])
    month, weekday, n, after = spec  # "nth_weekday": from the month's first day, or its last for n < 0
    start = dt.date(year, month, 1) if n > 0 else dt.date(year, month, 1) + relativedelta(day=31)
    return start + relativedelta(weekday=_WEEKDAY_OF[weekday](n)) + dt.timedelta(days=after)


def _holiday(text: str, ctx: Context) -> Timex:
    lowered = re.sub(r"\s+", " ", text.lower())
    if lowered.endswith(" week"):  # "Easter week": the ISO week holding the holiday
        day = _holiday(text[: text.lower().rfind(" week")], ctx)
        return replace(_period("week", day.interval_start, "holiday", ctx, anchor=day.anchor, stated=day.stated | {"week"},
                               inferred=day.inferred), reference=day.reference)  # fmt: skip
    if lowered.endswith(" weekend"):  # "Memorial Day weekend": the weekend next to the holiday
        day = _holiday(text[: text.lower().rfind(" weekend")], ctx)
        d = day.interval_start
        saturday = d - dt.timedelta(days=2) if d.weekday() == 0 else d + dt.timedelta(days=(5 - d.weekday()) % 7)
        return _weekend(saturday, "holiday", day.reference, day.anchor, day.stated | {"weekend"}, day.inferred)
    lowered = re.sub(r"^the (?=fourth)", "", lowered)
    year_match = _YEAR4_RE.search(text)
    name = re.sub(rf"\s*{lx.YEAR4}$", "", lowered)
    relative = re.match(r"(last|next|this) ", name)
    if relative:
        name = name[relative.end() :]
    if year_match:
        d = _holiday_date(name, int(year_match.group(1)))
        return _period("day", d, "holiday", ctx, anchor=Anchor.ABSOLUTE, stated={"year", "month", "day"})
    direction = stated_direction(text, ctx)
    ref = ctx.reference
    options = [_holiday_date(name, y) for y in (ref.year - 1, ref.year, ref.year + 1)]
    if relative and relative.group(1) == "last":
        d = max(o for o in options if o < ref)
    elif relative and relative.group(1) == "next":
        d = min(o for o in options if o > ref)
    elif direction is Direction.PAST:
        # as for year-less dates: one a few weeks ahead, told in the past, is mostly a plan
        near = [o for o in options if ref < o <= ref + past_tolerance(ctx)]
        d = near[0] if near else max(o for o in options if o <= ref)
    elif direction is Direction.FUTURE:
        d = min(o for o in options if o >= ref)
    else:
        d = min(options, key=lambda o: abs((o - ref).days))
    return _period("day", d, "holiday", ctx, anchor=Anchor.PUBLICATION, stated={"month", "day"}, inferred={"year"})


def _weekday_date(text: str, ctx: Context) -> tuple[dt.date, Anchor]:
    """The date of a (possibly qualified) weekday name."""
    target = _WEEKDAY_NUMBERS[_WEEKDAY_RE.search(text).group(1).lower()]
    lowered = text.lower()
    ref, anchor = ctx.reference, Anchor.PUBLICATION
    if _ANAPHORIC_WORDS.match(lowered) and ctx.previous is not None:
        ref, anchor = anaphora(ctx)
        same_day = next((t for t in reversed(ctx.history) if t.granularity == "day" and t.interval_start
                         and t.interval_start.weekday() == target), None)  # fmt: skip
        if same_day is not None:  # "Friday ... the previous Friday": a week before the one named
            ref = same_day.interval_start
    back = (ref.weekday() - target) % 7  # days since the latest such weekday (0: ref itself)
    ahead = (target - ref.weekday()) % 7
    if re.match(r"(last|past|this past|previous|the previous|the last|the past)\b", lowered):
        return ref - dt.timedelta(days=back or 7), anchor
    if re.match(r"(next|coming|the next|the following|the coming)\b", lowered):
        return ref + dt.timedelta(days=ahead or 7), anchor
    direction = ctx.direction
    if lowered.startswith("this ") and direction not in (Direction.PAST, Direction.FUTURE):
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


def _weekday(text: str, ctx: Context) -> Timex:
    d, anchor = _weekday_date(text, ctx)
    return _period("day", d, "weekday", ctx, anchor=anchor, stated={"weekday"}, inferred={"year", "month", "day"})


def _weekday_plural(text: str, ctx: Context) -> Timex:
    day = lx.WEEKDAYS[_WEEKDAY_RE.search(text.rstrip("sS")).group(1).lower()] + 1
    return Timex(type="SET", value=f"XXXX-WXX-{day}", granularity="day", rule="weekday_plural",
                 reference=None, anchor=Anchor.ABSOLUTE, stated=frozenset({"weekday"}), quant="EVERY")  # fmt: skip


_RELATIVE_DAYS = {"the day before yesterday": -2, "the day after tomorrow": 2, "yesterday": -1, "today": 0, "tomorrow": 1}


def _day_word(text: str) -> int | None:
    lowered = re.sub(r"\s+", " ", text.lower())
    for word, offset in _RELATIVE_DAYS.items():
        if word in lowered:
            return offset
    informal = next((w for w in lowered.split() if w in lx.INFORMAL_DAYS), None)  # "tmr night"
    return None if informal is None else lx.INFORMAL_DAYS[informal]


def _relative_day(text: str, ctx: Context) -> Timex:
    offset = lx.INFORMAL_DAYS.get(text.lower().strip())
    if offset is None:
        offset = _day_word(text)
    d = ctx.reference + dt.timedelta(days=offset)
    return _period("day", d, "relative_day", ctx, anchor=Anchor.PUBLICATION, stated={"day"}, inferred={"year", "month"})


def _clock(text: str) -> tuple[int, int | None]:
    lowered = text.lower()
    if re.search(r"\b(noon|midday)\b", lowered):
        return 12, 0
    if "midnight" in lowered:
        return 24, None
    compact = re.fullmatch(r"(\d{1,2})(\d\d)\s*(am|pm)", lowered.strip())
    if compact:  # "430pm"
        lowered = f"{compact.group(1)}:{compact.group(2)} {compact.group(3)}"
    wire = re.match(r"([01]\d|2[0-3])([0-5]\d)(?![\d:.])", lowered.strip())
    if wire:  # "1005 GMT": the 24-hour clock without a colon
        lowered = f"{wire.group(1)}:{wire.group(2)}{lowered.strip()[4:]}"
    m = re.search(r"(\d{1,2})(?:[:.](\d\d))?(?::\d\d)?\s*(a\.?\s?m\.?|p\.?\s?m\.?)?", lowered)
    hour, minute = int(m.group(1)), int(m.group(2)) if m.group(2) else 0
    meridian = (m.group(3) or "").replace(".", "").replace(" ", "")
    if re.search(r"\b(afternoon|evening|night)$", lowered) and not (lowered.endswith("night") and hour < 5):
        meridian = "pm"  # "4 in the afternoon"; "2 at night" stays early morning
    if meridian == "pm" and hour < 12:
        hour += 12
    if meridian == "am" and hour == 12:
        hour = 0
    if hour > 24 or minute > 59:
        raise ValueError("no such time")
    return hour, minute


def _day_part_date(text: str, ctx: Context) -> tuple[dt.date, Anchor, set[str]]:
    """The day a time or part of day is on: a named weekday, today/yesterday, or the reference."""
    if _MONTH_RE.search(text):  # before the weekday: "Friday, Oct. 23" is dated by its month and day
        month, day = _month_of(text), _day_of(_MONTH_RE.sub(" ", _TIME_RE.sub(" ", text)))
        year = _YEAR4_RE.search(text)
        if year:
            return dt.date(int(year.group(1)), month, day), Anchor.ABSOLUTE, {"year", "month", "day"}
        return dt.date(pick_year(month, day, ctx, ctx.direction), month, day), Anchor.PUBLICATION, {"month", "day"}
    weekday = _QUALIFIED_WEEKDAY_RE.search(text)
    if weekday:  # "next Wednesday at 10 p.m.": the qualifier counts
        d, anchor = _weekday_date(weekday.group(0), ctx)
        return d, anchor, {"weekday"}
    offset = _day_word(text)
    if offset is not None:
        return ctx.reference + dt.timedelta(days=offset), Anchor.PUBLICATION, {"day"}
    if re.match(r"(that|the same|the next|the following|the previous)\b", text, _FLAGS):
        base, anchor = anaphora(ctx)
        step = {"next": 1, "following": 1, "previous": -1}
        word = re.match(r"(?:the )?(\w+)", text.lower()).group(1)
        return base + dt.timedelta(days=step.get(word, 0)), anchor, set()
    return ctx.reference, Anchor.PUBLICATION, set()


_DAY_OR_FINER = ("day", "part of day", "hour", "minute", "second")


def _day_told_of(ctx: Context, ahead: bool = False) -> dt.date | None:
    """The day a past narrative has just named ("Wednesday", "June 3", "that night"), if the
    mention before is one: a bare clock time told in the past is on that day, as news writing
    leaves it unrepeated. After a coarser mention ("next month") the day is no longer in view.
    ``ahead``: the day a schedule has just named ("votes on Tuesday ... the session starts at noon")."""
    told = ctx.previous
    if told is None or told.granularity not in _DAY_OR_FINER or told.interval_start is None:
        return None
    if ahead:
        return told.interval_start if told.interval_start >= ctx.reference else None
    return told.interval_start if told.interval_start <= ctx.reference else None


_TIME_RE = re.compile(lx.TIME_OF_DAY, _FLAGS)


def _time(rule: str):
    def handler(text: str, ctx: Context) -> Timex:
        clock = _TIME_RE.search(text)
        hour, minute = _clock(clock.group(0))
        d, anchor, stated = _day_part_date(text[: clock.start()] + " " + text[clock.end() :], ctx)
        told = None
        if not stated and anchor is Anchor.PUBLICATION and ctx.direction in (Direction.PAST, Direction.FUTURE):
            told = _day_told_of(ctx, ahead=ctx.direction is Direction.FUTURE)
        if told is not None:  # "The blaze broke out on Wednesday ... shortly before 1 a.m.": that Wednesday
            d, anchor = told, Anchor.PREVIOUS_MENTION
        if hour == 24 and not stated and ctx.direction is not Direction.FUTURE:
            hour, minute = 0, 0  # "shortly after midnight", no day named: the midnight that began the day
        timex = _period("day", d, rule, ctx, anchor=anchor, stated=stated | {"hour"}, inferred={"year", "month", "day"} - stated)
        value = f"{d.isoformat()}T{hour:02d}" + (f":{minute:02d}" if minute is not None else "")
        return replace(timex, type="TIME", value=value, granularity="minute" if minute else "hour")

    return handler


def _part_of_day(text: str, ctx: Context) -> Timex:
    lowered = text.lower()
    code = next(v for k, v in lx.PARTS_OF_DAY.items() if k in lowered)
    d, anchor, stated = _day_part_date(lowered, ctx)
    if re.match(r"last\s+ni(ght|te)", lowered):
        d = ctx.reference - dt.timedelta(days=1)
    if re.fullmatch(r"(?:(?:in |during )?the |(?:early|late|mid)[- ]?)?(?:morning|afternoon|evening|night)", lowered) and ctx.direction is Direction.PAST:
        told = _day_told_of(ctx)  # "Shares fell Friday. Dealers bought in the morning": Friday's
        if told is not None:
            d, anchor = told, Anchor.PREVIOUS_MENTION
    if lowered == "overnight" and ctx.direction is Direction.PAST:
        # "shares were depressed by overnight losses": the night before the day the story tells
        # of (within the week), else before publication: the night ending that day's morning
        told = _day_told_of(ctx)
        if told is not None and (ctx.reference - told).days <= 7:  # the story's day, not a background one
            d, anchor = told - dt.timedelta(days=1), Anchor.PREVIOUS_MENTION
        else:
            d = ctx.reference - dt.timedelta(days=1)
    timex = _period("day", d, "part_of_day", ctx, anchor=anchor, stated=stated | {"part of day"}, inferred={"year", "month", "day"} - stated)
    return replace(timex, type="TIME", value=f"{d.isoformat()}T{code}", granularity="part of day")


def _reported_period(ctx: Context) -> Timex | None:
    """The quarter or half a results sentence just named, also when the day that closes it
    follows ("the quarter ended Dec. 26 ... a year earlier")."""
    recent = [t for t in ctx.history if t.rule not in COMPARISON_RULES and t.interval_start is not None][-2:]
    if recent and recent[-1].granularity in ("quarter", "half"):
        return recent[-1]
    if len(recent) == 2 and recent[-1].granularity == "day" and recent[0].granularity in ("quarter", "half"):
        return recent[0]
    return None


def _before_last(text: str, ctx: Context) -> Timex | None:
    """ "the year before last": one before last year; "the Friday after next": one after next Friday."""
    m = re.match(r"the\s+(\w+)\s+(before\s+last|after\s+next)", text, _FLAGS)
    word, backwards = m.group(1).lower(), m.group(2).lower().startswith("before")
    one = _resolve_part(f"{'last' if backwards else 'next'} {word}", ctx)
    if one is None or one.interval_start is None:
        return None
    granularity = "day" if word in lx.WEEKDAYS else ("week" if word == "weekend" else one.granularity)
    d = shift("week" if word in lx.WEEKDAYS else granularity, one.interval_start, -1 if backwards else 1)
    if word == "weekend":
        return _weekend(d, "before_last", ctx.reference, Anchor.PUBLICATION, {"offset"}, {"year", "week"})
    return _period(granularity, d, "before_last", ctx, anchor=Anchor.PUBLICATION, stated={"offset"}, inferred={"year"})


def _offset_from_day(text: str, ctx: Context) -> Timex | None:
    """ "a week from Friday": the day named (a weekday ahead, as the phrase looks forward; a
    date the nearest one), moved on."""
    length, day_text = re.split(r"\s+from\s+", text, maxsplit=1, flags=_FLAGS)
    n, unit = _duration_parts(length)
    direction = Direction.FUTURE if _WEEKDAY_RE.search(day_text) else Direction.UNKNOWN
    day = _resolve_part(day_text, replace(ctx, direction=direction))
    if n is None or not float(n).is_integer() or day is None or day.granularity != "day" or day.interval_start is None:
        return None
    d = shift(lx.UNITS[unit][1], day.interval_start, int(n))
    return _period("day", d, "offset_from_day", ctx, anchor=day.anchor, stated=day.stated | {"offset"},
                   inferred=day.inferred)  # fmt: skip


def _comparison(text: str, ctx: Context) -> Timex:
    return replace(_ago(text, ctx, comparison=True), rule="comparison")


def _coarseness_rank(granularity: str, unknown: int) -> int:
    """Position in types.GRANULARITIES, coarsest first; a time of day ranks as its day."""
    if granularity in ("part of day", "hour", "minute", "second"):
        granularity = "day"
    return GRANULARITIES.index(granularity) if granularity in GRANULARITIES and granularity != "unknown" else unknown


def _coarser(granularity: str, than: str) -> bool:
    return _coarseness_rank(granularity, len(GRANULARITIES)) < _coarseness_rank(than, len(GRANULARITIES))


def _year_or_finer(granularity: str) -> bool:
    return _coarseness_rank(granularity, -1) >= GRANULARITIES.index("year")


def _ago(text: str, ctx: Context, comparison: bool = False) -> Timex:
    lowered = text.lower()
    unit_match = _UNIT_RE.search(lowered)
    unit = _unit_of(unit_match.group(1))
    n = parse_number(re.split(r"[-\s]+(?=" + re.escape(unit_match.group(1)) + ")", lowered[: unit_match.end()])[0])
    backwards = bool(re.search(r"\b(ago|earlier|before|back|previously|prior)$", lowered))
    counts_from_reference = bool(re.search(r"\b(ago|back|from now|hence)$", lowered))
    # "three days later": a length of time after the event told of, "later" being a signal (TimeML).
    # "a year earlier" stays a date: the idiom names the period a result is compared with.
    sequence = not counts_from_reference and not comparison and not (unit == "year" and n == 1)
    # "two decades ago ... a year later": which year is not told
    vaguer = not counts_from_reference and ctx.previous is not None and _coarser(ctx.previous.granularity, lx.UNITS[unit][1])
    if (sequence or vaguer) and (n is None or vaguer or ctx.previous is None or ctx.previous.interval_start is None):
        # no day to lead to: "a few days later", or nothing told before it
        return Timex(type="DURATION", value=duration_value(n, unit), granularity=lx.UNITS[unit][1],
                     rule="sequence", reference=None, anchor=Anchor.ABSOLUTE,
                     stated=frozenset({"quantity", "unit"} if n is not None else {"unit"}))  # fmt: skip
    if n is None:
        value = "PAST_REF" if backwards else "FUTURE_REF"
        return Timex(type="DATE", value=value, granularity="unknown", rule="ago", reference=ctx.reference,
                     anchor=Anchor.PUBLICATION, stated=frozenset({"unit"}))  # fmt: skip
    if unit == "year" and n == 1 and backwards and not counts_from_reference and ctx.previous is not None and \
            _names_comparison(ctx.previous, ctx):
        # "fell 8% from a year ago ... compared with a year earlier": one comparison period, named twice
        return replace(ctx.previous, rule="comparison" if comparison else "ago", anchor=Anchor.PREVIOUS_MENTION,
                       stated=frozenset({"offset"}))  # fmt: skip
    base, anchor = (ctx.reference, Anchor.PUBLICATION) if counts_from_reference else anaphora(ctx)
    period = _reported_period(ctx)
    if unit == "year" and period is not None:
        # Results "up from $10 million a year ago" compare the reporting period just named.
        base, anchor = period.interval_start, Anchor.PREVIOUS_MENTION
    granularity = lx.UNITS[unit][1]
    if granularity in ("hour", "minute", "second"):
        granularity = "day"
    if unit == "weekend":
        granularity = "week"
    compared = period if unit == "year" and period is not None else ctx.previous
    if anchor is Anchor.PREVIOUS_MENTION and granularity == "year" and compared.granularity in ("quarter", "half", "season", "month"):
        granularity = compared.granularity  # "a year earlier" than a quarter is that quarter
    whole = int(n) if float(n).is_integer() else None
    sign = -1 if backwards else 1
    if whole is None:
        d = base + sign * dt.timedelta(days=round(n * {"year": 365, "month": 30, "week": 7}.get(unit, 1)))
    elif lx.UNITS[unit][1] in ("hour", "minute", "second"):
        d = base  # the hour of publication is unknown: "two hours ago" stays on its day
    else:
        d = shift(lx.UNITS[unit][1], base, sign * whole * (2 if unit == "fortnight" else 1))
    date = _period(granularity, d, "ago", ctx, anchor=anchor, stated={"offset"}, inferred={"year", "month", "day"})
    if sequence:  # the length keeps the day it leads to, so the event it dates keeps its place on the timeline
        return replace(date, type="DURATION", value=duration_value(n, unit), rule="sequence")
    return date


def _in_units(text: str, ctx: Context) -> Timex:
    if ctx.direction is Direction.PAST:
        return _duration(text, ctx)  # "sales doubled in two years": a length of time
    date = replace(_ago(f"{text} from now", ctx), rule="in_units")
    length = _duration(text, ctx)
    if length is not None and length.granularity in ("hour", "minute", "second"):
        # "the flight leaves in two hours": the hour of publication is unknown, so the length is
        # what was said; it keeps the day it leads to for the timeline.
        return replace(date, type="DURATION", value=length.value)
    return date


def _relative_unit(text: str, ctx: Context) -> Timex | None:
    lowered = re.sub(r"\s+", " ", text.lower())
    lowered = re.sub(r"^(earlier|later) (in )?", "", lowered).replace(" fiscal ", " ").replace(" long ", " ")
    if _SEASON_RE.search(lowered) and not _UNIT_RE.search(lowered):
        return _season(lowered, ctx)
    unit = _unit_of(_UNIT_RE.search(lowered).group(1))
    granularity = lx.UNITS[unit][1]
    word = lowered[: lowered.rfind(" ")]
    if word in ("the past", "the last") and unit not in ("weekend",):
        # "the past year": the length of time up to now, not last calendar year
        return _span(f"{word} 1 {unit}", ctx)
    offsets = {
        "this": 0, "nxt": 1, "upcoming": 1, "the upcoming": 1, "current": 0, "the current": 0, "last": -1, "past": -1, "previous": -1,
        "next": 1, "coming": 1, "the coming": 1, "the next": 1, "the following": 1,
        "following": 1, "the previous": -1, "the preceding": -1, "the same": 0, "that": 0,
        "the latest": -1, "the most recent": -1, "the prior": -1, "this past": -1,
    }  # fmt: skip
    if word not in offsets:
        return None
    offset = offsets[word]
    if unit == "weekend" and word in ("coming", "the coming", "upcoming", "the upcoming") and ctx.reference.weekday() < 5:
        offset = 0  # on a weekday, the coming weekend is this week's
    anaphoric = word in ("the following", "the same", "that", "the previous", "the preceding", "the prior") or (
        word == "the next" and unit in ("day", "morning", "night")
    )
    # "the following year" counts from the latest date, whatever its granularity
    base, anchor = anaphora(ctx) if anaphoric else (ctx.reference, Anchor.PUBLICATION)
    d = shift(granularity, base, offset) if granularity in STEP else base
    if unit == "weekend":
        saturday = period_start("week", d) + dt.timedelta(days=5)
        return _weekend(saturday, "relative_unit", base, anchor, {"weekend"}, {"year", "week"})
    return _period(granularity, d, "relative_unit", ctx, anchor=anchor, stated={"offset"}, inferred={"year"})


def _new_year(text: str, ctx: Context) -> Timex:
    """ "the new year": from the second half of a year, the next one; early in a year, that year
    ("so far in the new year", said in January). Told in the past, it counts from the date
    the story tells of ("eight days before the new year" in an account of 1938)."""
    base, anchor = anaphora(ctx) if ctx.direction is Direction.PAST else (ctx.reference, Anchor.PUBLICATION)
    year = base.year + (1 if base.month >= 7 else 0)
    return _period("year", dt.date(year, 1, 1), "new_year", ctx, anchor=anchor, stated={"offset"}, inferred={"year"})


def _weekend(saturday: dt.date, rule: str, reference, anchor: Anchor, stated, inferred) -> Timex:
    """The weekend that starts on ``saturday``: ``YYYY-Www-WE``, Saturday and Sunday."""
    year, week, _ = saturday.isocalendar()
    return Timex(type="DATE", value=f"{year:04d}-W{week:02d}-WE", granularity="week", rule=rule,
                 reference=reference, anchor=anchor, interval_start=saturday, interval_end=saturday + dt.timedelta(days=2),
                 stated=frozenset(stated), inferred=frozenset(inferred))  # fmt: skip


def _resolve_part(text: str, ctx: Context) -> Timex | None:
    """The date inside a bigger expression ("the week of [March 6]"), read in the same context."""
    return resolve(text, reference=ctx.reference, direction=ctx.direction, history=ctx.history, firm_past=ctx.firm_past)


def _week_of_date(text: str, ctx: Context) -> Timex | None:
    """ "the week of March 6": the ISO week holding the day named."""
    day = _resolve_part(re.sub(r"^the\s+week\s+of\s+", "", text, flags=_FLAGS), ctx)
    if day is None or day.interval_start is None:
        return None
    return replace(_period("week", day.interval_start, "week_of_date", ctx, anchor=day.anchor, stated=day.stated | {"week"},
                           inferred=day.inferred), reference=day.reference)  # fmt: skip


def _part_of_date(text: str, ctx: Context) -> Timex | None:
    """ "the evening of March 2": that part of the day named; "the early hours" are its morning."""
    m = re.match(r"(?:early\s+(?:in\s+)?)?the\s+(?:early\s+)?(morning|afternoon|evening|night|(?:morning\s+)?hours)\s+of\s+(.+)$", text, _FLAGS)
    day = _resolve_part(m.group(2), ctx)
    if day is not None and day.granularity == "part of day":
        return replace(day, rule="part_of_date")  # "the early hours of Thursday morning"
    if day is None or day.interval_start is None or day.granularity != "day":
        return None
    code = lx.PARTS_OF_DAY.get(m.group(1).lower(), "MO")  # "the early (morning) hours" are before dawn
    return replace(day, rule="part_of_date", type="TIME", value=f"{day.value}T{code}", granularity="part of day",
                   stated=day.stated | {"part of day"})  # fmt: skip


def _unit_from_date(text: str, ctx: Context) -> Timex | None:
    """ "the day before Thanksgiving": one unit before or after the date named."""
    m = re.match(r"the\s+(day|night|week|month|year)\s+(before|after)\s+(.+)$", text, _FLAGS)
    unit, relation, named = m.group(1).lower(), m.group(2).lower(), m.group(3)
    day = _resolve_part(named, ctx)
    if day is None or day.interval_start is None:
        return None
    granularity = "day" if unit == "night" else unit
    d = shift(granularity, day.interval_start, -1 if relation == "before" else 1)
    timex = replace(_period(granularity, d, "unit_from_date", ctx, anchor=day.anchor, stated=day.stated,
                            inferred=day.inferred), reference=day.reference)  # fmt: skip
    if unit == "night":
        return replace(timex, type="TIME", value=f"{d.isoformat()}TNI", granularity="part of day")
    return timex


def _month_in_year(text: str, ctx: Context) -> tuple[int, int, re.Match | None]:
    """The month named and its year: the one written, else the sentence's. "last" in "the last
    week of May" places the week in the month; it does not make the month a past one."""
    month = _month_of(text)
    year_match = _YEAR4_RE.search(text)
    year = int(year_match.group(1)) if year_match else pick_year(month, 15, ctx, ctx.direction)
    return month, year, year_match


def _week_of_month(text: str, ctx: Context) -> Timex:
    """ "the first week of May": the ISO week holding May 4th, as ISO 8601 picks a year's first week
    (the first one mostly in the month); "the last week" holds the month's fourth-last day."""
    lowered = text.lower()
    month, year, year_match = _month_in_year(text, ctx)
    if re.search(r"\b(last|final)\b", lowered):
        d = dt.date(year, month, 1) + relativedelta(months=1) - dt.timedelta(days=4)
    else:
        n = lx.ORDINALS[re.search(r"the\s+(\w+)", lowered).group(1)]
        d = dt.date(year, month, 4) + dt.timedelta(weeks=n - 1)
    stated = {"month", "week"} | ({"year"} if year_match else set())
    return _period("week", d, "week_of_month", ctx, anchor=Anchor.ABSOLUTE if year_match else Anchor.PUBLICATION,
                   stated=stated, inferred=set() if year_match else {"year"})  # fmt: skip


def _day_of_period(text: str, ctx: Context) -> Timex | None:
    """ "the first day of the month", "the last day of June 2020": the period's first or last day."""
    m = re.match(r"the\s+(first|last|final)\s+day\s+of\s+(.+)$", text, _FLAGS)
    period = _resolve_part(m.group(2), ctx)
    if period is None or period.interval_start is None or period.type != "DATE":
        return None
    first = m.group(1).lower() == "first"
    d = period.interval_start if first else period.interval_end - dt.timedelta(days=1)
    return replace(_period("day", d, "day_of_period", ctx, anchor=period.anchor, stated=period.stated | {"day"},
                           inferred=period.inferred), reference=period.reference)  # fmt: skip


def _weekday_of_month(text: str, ctx: Context) -> Timex | None:
    """ "the second Tuesday in November", "the last Friday of April"."""
    lowered = text.lower()
    month, year, year_match = _month_in_year(text, ctx)
    weekday = relativedelta_weekday(_WEEKDAY_NUMBERS[_WEEKDAY_RE.search(text).group(1).lower()])
    if re.search(r"\b(last|final)\b", lowered):
        d = dt.date(year, month, 1) + relativedelta(months=1, days=-1, weekday=weekday(-1))
    else:
        n = lx.ORDINALS[re.search(r"the\s+(\w+)", lowered).group(1)]
        d = dt.date(year, month, 1) + relativedelta(weekday=weekday(n))
        if d.month != month:
            return None  # "the fifth Monday of February" in a year that has four
    stated = {"month", "weekday"} | ({"year"} if year_match else set())
    return _period("day", d, "weekday_of_month", ctx, anchor=Anchor.ABSOLUTE if year_match else Anchor.PUBLICATION,
                   stated=stated, inferred={"day"} if year_match else {"year", "day"})  # fmt: skip


def _the_unit(text: str, ctx: Context) -> Timex | None:
    """ "the week", "the quarter": the period of the previous mention, else the current one."""
    unit = _unit_of(text.split()[-1])
    granularity = lx.UNITS[unit][1]
    # "over the weekend" is the one next to publication, not next to a week told of before
    same = ctx.last_of(granularity) if unit != "weekend" else None
    if same is not None and granularity == "year" and ctx.previous is not same:
        same = None  # "the year" follows a year just named, else it is the current one
    if same is not None:
        base, anchor = same.interval_start, Anchor.PREVIOUS_MENTION
    else:
        base, anchor = ctx.reference, Anchor.PUBLICATION
        if unit in ("quarter", "half") and ctx.direction is not Direction.FUTURE:
            base = shift(granularity, base, -1)  # "the quarter" reported is the last one closed
    if unit == "weekend":
        if ctx.direction is not Direction.FUTURE and base.weekday() < 5:
            base = base - dt.timedelta(days=7)  # "over the weekend", told on a weekday: the one just past
        return _relative_unit("this weekend", replace(ctx, reference=base))
    return _period(granularity, base, "the_unit", ctx, anchor=anchor, stated=set(), inferred={"year", unit})


def _in_the_unit(text: str, ctx: Context) -> Timex:
    """ "later in the day": the day told of (the latest day named), else the publication day."""
    unit = text.split()[-1].lower()
    granularity = lx.UNITS[unit][1]
    same = ctx.last_of(granularity)
    base, anchor = (same.interval_start, Anchor.PREVIOUS_MENTION) if same is not None else (ctx.reference, Anchor.PUBLICATION)
    mod = "START" if text.lower().startswith("early") else "END" if text.lower().startswith("late ") else None
    timex = _period(granularity, base, "in_the_unit", ctx, anchor=anchor, stated=set(), inferred={"year", unit})
    return replace(timex, mod=mod) if mod else timex


def _bare_weekend(text: str, ctx: Context) -> Timex:
    """ "weekend" with no article: the coming one, unless the sentence tells of the past ("had a long weekend")."""
    if ctx.direction is Direction.PAST or text.lower().startswith("the"):
        return _the_unit("the weekend", ctx)
    return _relative_unit("this weekend", ctx)


_COUNT_QUALIFIER_RE = re.compile(rf"\s+(?:{lx.alternation(lx.COUNT_QUALIFIERS + lx.DAY_KINDS)})$")


def _duration_parts(text: str) -> tuple[float | None, str]:
    lowered = re.sub(r"\s+", " ", text.lower()).replace("-long", "").replace(" long", "")
    lowered = re.sub(r"^an? (?=\S+-)", "", lowered)  # "a six-week trial": the article is no count
    if lowered.endswith(" and a half"):  # "an hour and a half"
        n, unit = _duration_parts(lowered[: -len(" and a half")])
        return (None if n is None else n + 0.5), unit
    unit_match = list(_UNIT_RE.finditer(lowered))[-1]
    unit = _unit_of(unit_match.group(1))
    quantity = _COUNT_QUALIFIER_RE.sub("", lowered[: unit_match.start()].strip(" -"))
    quantity = re.sub(r"^(the |these |those )?(past|last|previous|next|coming|following|first|final|latest|preceding|recent)\s+", "", quantity)
    quantity = re.sub(r"^(the|these|those)\s+", "", quantity)
    if quantity in ("half an", "half a"):
        return 0.5, unit
    return (parse_number(quantity) if quantity else None), unit


_DURATION_PART = re.compile(rf"(?:{lx.NUMBER})[-\s]+(?:{lx.UNIT})", _FLAGS)


_UNIT_RANK = ("Y", "M", "W", "D", "TH", "TM", "TS")  # largest first, as ISO 8601 writes them


def _compound_duration(text: str, ctx: Context) -> Timex | None:
    """ "two hours and 30 minutes" -> PT2H30M: the parts, largest unit first, each once."""
    parts = []
    for match in _DURATION_PART.finditer(text):
        n, unit = _duration_parts(match.group(0))
        letters = lx.UNITS[unit][0]
        if n is None or letters not in _UNIT_RANK or not float(n).is_integer():
            return _duration(text[: match.end()], ctx)  # not a plain sum: keep the first part
        parts.append((letters, int(n), unit))
    ranks = [_UNIT_RANK.index(letters) for letters, _, _ in parts]
    if ranks != sorted(set(ranks)):  # "two weeks and three weeks", "three months two years": no sum
        return _duration(_DURATION_PART.search(text).group(0), ctx)
    date = "".join(f"{n}{l}" for l, n, _ in parts if not l.startswith("T"))
    time = "".join(f"{n}{l[1]}" for l, n, _ in parts if l.startswith("T"))
    value = f"P{date}" + (f"T{time}" if time else "")
    smallest = parts[-1][2]
    return Timex(type="DURATION", value=value, granularity=lx.UNITS[smallest][1], rule="compound_duration",
                 reference=None, anchor=Anchor.ABSOLUTE, stated=frozenset({"quantity", "unit"}))  # fmt: skip


def _duration(text: str, ctx: Context) -> Timex | None:
    n, unit = _duration_parts(text)
    if n is not None and n <= 0:
        return None
    return Timex(type="DURATION", value=duration_value(n, unit), granularity=lx.UNITS[unit][1],
                 rule="duration", reference=None, anchor=Anchor.ABSOLUTE,
                 stated=frozenset({"quantity", "unit"} if n is not None else {"unit"}))  # fmt: skip


def _vague_duration(text: str, ctx: Context) -> Timex:
    unit = _unit_of(re.split(r"[-\s]", re.sub(r"^the\s+", "", text.lower()))[0])
    return Timex(type="DURATION", value=duration_value(None, unit), granularity=lx.UNITS[unit][1],
                 rule="vague_duration", reference=None, anchor=Anchor.ABSOLUTE, stated=frozenset({"unit"}))  # fmt: skip


def _mid_unit(text: str, ctx: Context) -> Timex | None:
    """ "by mid-century", "midweek": the middle of the current century, week, ..."""
    unit = re.sub(r"^mid[-\s]?", "", text.lower())
    timex = _resolve_part(f"the middle of the {unit}", ctx)
    if timex is None or timex.interval_start is None:
        return timex
    middle = timex.interval_start + (timex.interval_end - timex.interval_start) / 2
    if ctx.direction is Direction.FUTURE and middle <= ctx.reference:  # "by midweek" said on a Thursday
        timex = _resolve_part(f"the middle of next {unit}", ctx) or timex
    elif ctx.direction is Direction.PAST and middle > ctx.reference:  # "since midweek" said on a Monday
        timex = _resolve_part(f"the middle of last {unit}", ctx) or timex
    return replace(timex, rule="mid_unit")


def _unit_long(text: str, ctx: Context) -> Timex | None:
    """ "a third day-long meeting": one day, the count left to the article or ordinal before."""
    timex = _duration("a " + text.lower().replace("-long", ""), ctx)
    return None if timex is None else replace(timex, rule="unit_long")


def _span(text: str, ctx: Context) -> Timex | None:
    """ "the past two years": a duration that ends (or starts) at the reference."""
    timex = _duration(text, ctx)
    if timex is None:
        return None
    lowered = text.lower()
    n, unit = _duration_parts(text)
    timex = replace(timex, rule="span")
    if n is None or not float(n).is_integer() or unit not in ("day", "week", "month", "quarter", "year", "decade", "century", "weekend", "fortnight", "season"):
        return timex
    granularity = lx.UNITS[unit][1]
    length = STEP.get(granularity, relativedelta(days=1)) * int(n)
    if unit == "fortnight":
        length = relativedelta(weeks=2 * int(n))
    ref = ctx.reference
    if re.search(r"\b(past|last|previous|preceding|recent|latest)\b", lowered):
        return replace(timex, interval_start=ref - length, interval_end=ref, reference=ref, anchor=Anchor.PUBLICATION)
    if re.search(r"\b(next|coming|following)\b", lowered):
        if ctx.direction is Direction.PAST and ctx.previous is not None and _year_or_finer(ctx.previous.granularity):
            # "joined the institute in 1961 and spent the next four decades there": from the date told of
            start, anchor = anaphora(ctx)
            return replace(timex, interval_start=start, interval_end=start + length, reference=start, anchor=anchor)
        return replace(timex, interval_start=ref, interval_end=ref + length, reference=ref, anchor=Anchor.PUBLICATION)
    return timex


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
        if before_last in lx.WEEKDAYS and last in lx.PARTS_OF_DAY:  # "every Monday morning"
            value, granularity = f"XXXX-WXX-{lx.WEEKDAYS[before_last] + 1}T{lx.PARTS_OF_DAY[last]}", "part of day"
        elif last in lx.WEEKDAYS:
            value, granularity = f"XXXX-WXX-{lx.WEEKDAYS[last] + 1}", "day"
        elif last in lx.SEASONS:
            value, granularity = f"XXXX-{lx.SEASONS[last]}", "season"
        elif last in lx.MONTHS:
            value, granularity = f"XXXX-{lx.MONTHS[last]:02d}", "month"
        elif last in ("morning", "afternoon", "evening", "night"):
            value, granularity = f"T{lx.PARTS_OF_DAY[last]}", "part of day"
        else:
            unit = _unit_of(last)
            if unit not in lx.UNITS:
                return None  # "every nite": a spelling of a part of day, no unit
            counted = re.match(r"every (.+?)[- ]\S+$", lowered)  # "every 15 minutes"
            if counted and counted.group(1) != "other":
                value = duration_value(parse_number(counted.group(1)), unit)  # "every few weeks": PXW
            else:
                value = duration_value(2 if " other " in lowered else 1, unit)
            granularity = lx.UNITS[unit][1]
        if lowered.startswith("every") or quant == "EVERY":
            quant = "EVERY"
        elif lowered.startswith("each"):
            quant = "EACH"
    return Timex(type="SET", value=value, granularity=granularity, rule="set", reference=None,
                 anchor=Anchor.ABSOLUTE, quant=quant, freq=freq, stated=frozenset({"frequency"}))  # fmt: skip


def _ref(value: str):
    def handler(text: str, ctx: Context) -> Timex:
        if value == "PRESENT_REF":  # drawn as the publication day
            start, end = period_interval("day", ctx.reference) or (None, None)
            return Timex(type="DATE", value=value, granularity="day", rule="present_ref", reference=ctx.reference,
                         anchor=Anchor.PUBLICATION, interval_start=start, interval_end=end)  # fmt: skip
        return Timex(type="DATE", value=value, granularity="unknown", rule=value.lower(), reference=ctx.reference,
                     anchor=Anchor.PUBLICATION)  # fmt: skip

    return handler


def spoken_number(words: str) -> int:
    """ "nineteen ninety-six" -> 1996, "two thousand one" -> 2001, "twenty ten" -> 2010."""
    parts = [w for w in re.split(r"[-\s]+", words.lower()) if w and w not in ("the", "year", "and")]
    if parts[:2] == ["two", "thousand"]:
        rest = parts[2:]
        return 2000 + (int(parse_number(" ".join(rest))) if rest else 0)
    century = lx.NUMBER_WORDS[parts[0]]
    rest = parts[1:]
    if rest == ["hundred"]:
        return century * 100
    if rest and rest[0] == "oh":
        rest = rest[1:]
    return century * 100 + int(parse_number(" ".join(rest)))


def _spoken_year(text: str, ctx: Context) -> Timex:
    year = spoken_number(text)
    return _period("year", dt.date(year, 1, 1), "spoken_year", ctx, anchor=Anchor.ABSOLUTE, stated={"year"})


def _month_year_any(text: str, ctx: Context) -> Timex:
    if _YEAR4_RE.search(text):
        return _month_year(text, ctx)
    month = _month_of(text)
    year = spoken_number(_MONTH_RE.sub(" ", text).replace(",", " ").replace(" of ", " "))
    return _period("month", dt.date(year, month, 1), "month_year", ctx, anchor=Anchor.ABSOLUTE, stated={"year", "month"})


def _month_that_year(text: str, ctx: Context) -> Timex:
    """ "in August of that year": the month (and day) in the year of the last date told of."""
    base, anchor = anaphora(ctx)
    step = 1 if re.search(r"\b(following|next)\b", text, _FLAGS) else -1 if re.search(r"\b(previous|preceding)\b", text, _FLAGS) else 0
    year, month = base.year + step, _month_of(text)
    day = re.search(rf"\b{lx.DAY_NUM}", _MONTH_RE.sub(" ", text, count=1))
    if day:
        return _period("day", dt.date(year, month, int(re.sub(r"\D", "", day.group(0)))), "month_that_year", ctx,
                       anchor=anchor, stated={"month", "day"}, inferred={"year"})  # fmt: skip
    return _period("month", dt.date(year, month, 1), "month_that_year", ctx, anchor=anchor, stated={"month"}, inferred={"year"})


def _month_relative_year(text: str, ctx: Context) -> Timex:
    offset = {"this": 0, "last": -1, "next": 1}[re.search(r"(this|last|next)\s+year", text, _FLAGS).group(1).lower()]
    d = dt.date(ctx.reference.year + offset, _month_of(text), 1)
    return _period("month", d, "month_relative_year", ctx, anchor=Anchor.PUBLICATION, stated={"month"}, inferred={"year"})


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


def _interval_relation(text: str, ctx: Context) -> Timex | None:
    core = re.sub(r"\s+(after|before|prior\s+to)$", "", text, flags=_FLAGS)
    timex = _duration(core, ctx)
    return replace(timex, rule="interval_relation") if timex else None


def _vague_plural(text: str, ctx: Context) -> Timex:
    lowered = text.lower()
    unit = _unit_of(lowered.split()[-1])
    if re.search(r"\b(coming|future|upcoming)\b", lowered) or (unit == "year" and "recent" in lowered):
        value = "FUTURE_REF" if "recent" not in lowered else "PAST_REF"
        return Timex(type="DATE", value=value, granularity="unknown", rule="vague_plural", reference=ctx.reference,
                     anchor=Anchor.PUBLICATION)  # fmt: skip
    return Timex(type="DURATION", value=duration_value(None, unit), granularity=lx.UNITS[unit][1],
                 rule="vague_plural", reference=None, anchor=Anchor.ABSOLUTE, stated=frozenset({"unit"}))  # fmt: skip


def _unit_before_after(text: str, ctx: Context) -> Timex:
    """ "the day before", "the year after": one unit from the latest date mentioned."""
    words = text.lower().split()
    unit = "day" if words[1] == "night" else words[1]
    granularity = lx.UNITS[unit][1]
    base, anchor = anaphora(ctx)
    d = shift(granularity, base, -1 if words[-1] in ("before", "earlier") else 1)
    timex = _period(granularity, d, "unit_before_after", ctx, anchor=anchor, stated={"offset"}, inferred={"year", "month", "day"})
    if words[1] == "night":  # "the night before": that day's night, a TIME
        return replace(timex, type="TIME", value=f"{d.isoformat()}TNI", granularity="part of day")
    return timex


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
