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
from timeline.temporal.families.stated_dates import range_days  # noqa: F401  (re-exported)
from timeline.temporal.families.years import range_years, spoken_number  # noqa: F401  (re-exported)
from timeline.types import Direction, Timex

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


_HANDLERS = {rule.name: rule.handler for rule in lx.RULES}  # each rule carries its handler, in its family


registry.bind(lx.RULES)
# A composite ("the week of March 6") reads the date inside it as resolve does, in the same context.
registry.bind_resolver(lambda text, ctx: resolve(text, reference=ctx.reference, direction=ctx.direction,
                                                 history=ctx.history, firm_past=ctx.firm_past))
