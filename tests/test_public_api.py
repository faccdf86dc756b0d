"""The public surface: `timeline.__all__` is sorted, complete and importable."""

import datetime as dt

import pytest

import timeline


def test_all_is_sorted_and_importable():
    assert timeline.__all__ == sorted(timeline.__all__)
    for name in timeline.__all__:
        assert getattr(timeline, name) is not None


def test_public_names_cover_each_stage():
    # one entry point per user: taggers, people unit-testing resolution, exporters
    assert {"find_mentions", "resolve", "extract_timeline"} <= set(timeline.__all__)


def test_resolve_needs_a_reference_date():
    # HeidelTime's rule: no creation date, no resolution; never "today" by default
    with pytest.raises(TypeError):
        timeline.resolve("in January")  # type: ignore[call-arg]
    assert timeline.resolve("in January", reference=dt.date(2020, 6, 11)).value == "2020-01"
