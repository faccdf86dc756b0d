"""Every rule in ``timeline.lexicon.RULES`` carries an example; the finder must find
the span its pattern matches in it (or a span containing that; context a rule
only looks at, like the "in" of "in two weeks", is not part of the span) and
the resolver must read the example."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from timeline import find_mentions
from timeline import lexicon as lx
from timeline.resolve import resolve

PUB = dt.date(2020, 6, 11)


def test_rule_names_are_unique_and_every_rule_has_an_example():
    names = [rule.name for rule in lx.RULES]
    assert len(names) == len(set(names))
    for rule in lx.RULES:
        assert rule.example.strip(), rule.name
        assert rule.value is not None, rule.name  # what the example resolves to
        re.compile(rule.pattern, re.IGNORECASE)


def rule_span(rule: lx.Rule) -> tuple[int, int]:
    """Where the rule itself matches in its example: context the rule only looks at
    ("in" two weeks, "the year" ended) lies outside the span."""
    match = re.search(rule.pattern, rule.example, re.IGNORECASE)
    assert match is not None, f"{rule.name}: the pattern does not match its own example"
    return match.span()


@pytest.mark.parametrize("rule", lx.RULES, ids=[rule.name for rule in lx.RULES])
def test_example_is_found_and_resolved(rule, nlp_en):
    example = rule.example
    start, end = rule_span(rule)
    mentions = find_mentions(example, published=PUB)
    if rule.splits:  # one mention per date named, together covering the span
        assert len(mentions) >= 2 and mentions[0].start == start and mentions[-1].end == end, [m.text for m in mentions]
        assert len({m.timex.granularity for m in mentions}) == 1, rule.name  # all days, or all years
        assert tuple(m.timex.value for m in mentions) == rule.value, rule.name  # the exact values
        return
    covering = [m for m in mentions if m.start <= start and m.end >= end]
    assert covering, f"{rule.name}: {example[start:end]!r} not found in {example!r}; got {[m.text for m in mentions]}"
    assert len(mentions) == 1, f"{rule.name}: {example!r} split into {[m.text for m in mentions]}"
    assert covering[0].timex.value == rule.value, rule.name  # the exact value, not only a value
    # A rule that looks at context after its span ("the year" ended) resolves its span;
    # every other example resolves as written, prepositions included ("on Wednesday").
    readable = example[start:end] if "(?=" in rule.pattern else example
    # A rule that only looks back at its context ("on 6/10": "6/10" is a date only after "on")
    # resolves its span with its name, as the finder passes it.
    hint = rule.name if "(?<=" in rule.pattern and resolve(readable, reference=PUB) is None else None
    readable = example[start:end] if hint else readable
    assert resolve(readable, reference=PUB, rule=hint) is not None, f"{rule.name}: {readable!r} does not resolve"
    interval = covering[0].timex.interval
    assert interval is None or interval[0] < interval[1]


@pytest.mark.parametrize("rule", lx.RULES, ids=[rule.name for rule in lx.RULES])
def test_example_resolves_with_its_rule_hint(rule):
    """The finder passes the rule name with the span it matched; the hint must work."""
    start, end = rule_span(rule)
    assert resolve(rule.example[start:end], reference=PUB, rule=rule.name) is not None, rule.name


def test_word_lists_are_consistent():
    assert set(lx.MONTHS.values()) == set(range(1, 13))
    assert sorted(lx.WEEKDAYS.values()) == list(range(7))
    assert set(lx.SEASONS.values()) == {"SP", "SU", "FA", "WI"}
    for unit, (letters, granularity) in lx.UNITS.items():
        assert letters and granularity, unit
    for name, spec in lx.HOLIDAYS.items():
        assert spec[0] in ("date", "nth_weekday", "easter"), name
        if spec[0] == "date":
            dt.date(2020, *spec[1:])  # a real month/day
