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
