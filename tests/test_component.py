"""The spaCy component, on a fresh pipeline (the shared cached one is left untouched)."""

import datetime as dt
import importlib

import pytest

from timeline import nlp as timeline_nlp
from timeline.errors import InputError

pytestmark = pytest.mark.slow


@pytest.fixture()
def fresh_nlp():
    return importlib.import_module(timeline_nlp.model_name("en")).load()


def test_component_stores_spans_with_their_values(fresh_nlp):
    fresh_nlp.add_pipe("timeline_timex", config={"published": "2020-06-11"})
    doc = fresh_nlp("IBM announced on Monday that it would stop selling the software for a year.")
    found = [(s.text, s.label_, s._.timex.value) for s in doc.spans["timeline_timex"]]
    assert found == [("Monday", "DATE", "2020-06-08"), ("a year", "DURATION", "P1Y")]
    assert not any(ent.label_ == "TIMEX" for ent in doc.ents)  # doc.ents left alone


def test_per_document_date_wins_over_config(fresh_nlp):
    fresh_nlp.add_pipe("timeline_timex", config={"published": "2020-06-11"})
    doc = fresh_nlp.make_doc("The talks ended on Monday.")
    doc._.timeline_published = dt.date(2021, 1, 6)
    doc = fresh_nlp(doc)
    assert [s._.timex.value for s in doc.spans["timeline_timex"]] == ["2021-01-04"]


def test_no_publication_date_is_refused(fresh_nlp):
    fresh_nlp.add_pipe("timeline_timex")
    with pytest.raises(InputError, match="publication date"):
        fresh_nlp("The talks ended on Monday.")
