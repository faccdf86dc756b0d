"""Temporal core tables."""

from __future__ import annotations

import datetime as dt

from timeline import lexicon as lx
from timeline.resolve import resolve
from timeline.temporal import registry
from timeline.temporal.context import comparison_rules
from timeline.temporal.vetoes import VETOES
from timeline.types import Tense


def test_every_rule_is_bound_to_a_handler():
    assert {rule.name for rule in lx.RULES} <= set(registry._HANDLERS)
    assert lx.QUANTITY_RULES == {rule.name for rule in lx.RULES if rule.quantity}
    assert {rule.name for rule in lx.RULES if rule.comparison} < comparison_rules()


def test_vetoes_have_unique_names_and_examples():
    names = [veto.name for veto in VETOES]
    assert len(names) == len(set(names))
    assert all(veto.example.strip() for veto in VETOES)


def test_a_handler_declines_with_none():
    ref = dt.date(2020, 6, 11)
    assert resolve("every nite", reference=ref) is None
    assert resolve("in 1.5 seconds", reference=ref) is None
    assert registry.read("month_day", "February 30", registry_context(ref)) is None  # impossible


def registry_context(reference):
    from timeline.temporal.context import Context

    return Context(reference)


def test_tense_is_its_word():
    assert Tense.PAST == "past" and f"{Tense.FUTURE} tense" == "future tense"


def test_the_rule_order_names_every_family_rule_once():
    from types import SimpleNamespace

    import pytest

    from timeline.lexicon import FAMILIES, RULE_ORDER, _in_order

    assert [rule.name for rule in lx.RULES] == list(RULE_ORDER)
    assert sorted(rule.name for family in FAMILIES for rule in family.RULES) == sorted(RULE_ORDER)
    with pytest.raises(AssertionError, match="out of the order"):
        _in_order(FAMILIES, RULE_ORDER[:-1])  # a family's rule left out of the order
    with pytest.raises(AssertionError, match="named twice"):
        _in_order(FAMILIES, (*RULE_ORDER, RULE_ORDER[0]))
    stray = SimpleNamespace(RULES=(lx.RULES[0],))
    with pytest.raises(AssertionError, match="two rules named"):
        _in_order((*FAMILIES, stray), RULE_ORDER)


def test_a_handler_reading_groups_gets_its_rules_match():
    ref = dt.date(2020, 6, 11)
    ctx = registry_context(ref)
    assert registry.read("weekday", "next Wednesday", ctx).value == "2020-06-17"
    assert registry.read("relative_unit", "the following year", ctx, None) is not None  # no history: publication's
    assert registry.read("holiday", "Christmas 2019 week", ctx).value == "2019-W52"
    assert registry.read("holiday", "Christmas of 2019", ctx) is None  # not of the rule's shape: it declines
    assert registry.handler("weekday_informal")("Sat", ctx).value == "2020-06-06"  # its "on" outside the span


def test_relative_words_are_read_from_one_table():
    from timeline.lang.en.words import RELATIVE_WORDS, WEEKDAY_RELATIVE_WORDS

    assert set(WEEKDAY_RELATIVE_WORDS) <= set(RELATIVE_WORDS)  # a weekday's word means what the table says
    ref = dt.date(2020, 6, 11)  # a Thursday
    ctx = registry_context(ref)
    for word, (step, _) in RELATIVE_WORDS.items():
        if word in WEEKDAY_RELATIVE_WORDS and step:
            day = registry.read("weekday", f"{word} Monday", ctx).interval_start
            assert (day > ref) == (step > 0), word
