"""The public surface: `timeline.__all__` is sorted, complete and importable."""

import datetime as dt
import subprocess
import sys

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


def test_a_worker_does_not_import_pandas():
    # Each corpus worker imports timeline.engine and the pipeline; pandas (~0.4 s a
    # process) is only for DataFrames, loaded when a public name needs it.
    code = ("import sys, timeline.engine, timeline.temporal, timeline.events; "
            "assert 'pandas' not in sys.modules, 'pandas imported'; "
            "timeline.extract_timeline; assert 'pandas' in sys.modules")
    subprocess.run([sys.executable, "-c", code], check=True)


def test_unknown_public_name_is_an_attribute_error():
    with pytest.raises(AttributeError, match="no attribute 'nope'"):
        timeline.nope  # noqa: B018
    assert not hasattr(timeline, "nope")


def test_resolve_stays_the_function_whatever_was_imported_first():
    # timeline.resolve is also a submodule: importing it must not shadow the function
    code = ("import timeline.resolve, timeline.order, timeline; from timeline import resolve; "
            "assert callable(timeline.resolve) and callable(resolve)")
    subprocess.run([sys.executable, "-c", code], check=True)
