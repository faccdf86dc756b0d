"""The runner-up reading of each mention and the confidence a user sees (issue 17, item 3):
timeline.readings.attach_readings, the event's confidence, the CSV columns and the card."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pandas as pd
import pytest

from timeline import readings, ui
from timeline.events import extract_events
from timeline.events.when import confidence
from timeline.order import COLUMNS, build_timeline, from_csv, to_csv
from timeline.temporal import find_mentions
from timeline.types import Anchor, Article, Mention, Reading, Timex

PUBLISHED = dt.date(2020, 6, 11)  # a Thursday


def only(sentence: str) -> Mention:
    (mention,) = find_mentions(sentence, published=PUBLISHED)
    return mention


@pytest.mark.parametrize(
    ("sentence", "value", "alternative", "label"),
    [
        # a weekday in a past sentence: the one before publication, or the one after
        ("The company said on Wednesday that it had stopped.", "2020-06-10", "2020-06-17",
         "next Wednesday, 2020-06-17"),
        ("The company will decide on Wednesday.", "2020-06-17", "2020-06-10", "last Wednesday, 2020-06-10"),
        # date against length: a year ahead, or a length of eight years
        ("The plant will open in eight years.", "2028", "P8Y", "a length of 8 years"),
        ("The plant was built in eight years.", "P8Y", "2028", "2028"),
        ("Sales fell over the last week.", "P1W", "2020-W23", "the week of 2020-06-01"),
        ("Growth will slow in the next decade.", "203", "P10Y", "a length of 10 years"),
    ],
)
def test_an_ambiguous_mention_keeps_its_value_and_records_the_runner_up(sentence, value, alternative, label):
    timex = only(sentence).timex
    assert timex.value == value
    assert timex.alternative is not None
    assert (timex.alternative.value, timex.alternative.label) == (alternative, label)
    assert 0.0 <= timex.alternative.probability <= timex.probability < 1.0


@pytest.mark.parametrize("sentence", ["The deal was signed on June 10, 2020.", "It was founded in 1998."])
def test_a_date_written_in_full_has_one_reading(sentence):
    timex = only(sentence).timex
    assert timex.alternative is None and timex.probability == 1.0


def test_the_readings_do_not_change_the_values():
    text = "The company said on Wednesday that the plant will open in eight years, not on June 10, 2020."
    mentions = find_mentions(text, published=PUBLISHED)
    bare = [dataclasses.replace(m.timex, probability=1.0, alternative=None) for m in mentions]
    rerun = readings.attach_readings(text, None, [dataclasses.replace(m, timex=t) for m, t in zip(mentions, bare)],
                                     PUBLISHED, model=None)
    assert [m.timex.value for m in rerun] == [m.timex.value for m in mentions] == ["2020-06-10", "2028", "2020-06-10"]


def test_without_a_model_the_hand_reading_is_certain_and_the_next_one_is_offered():
    text = "The company said on Wednesday that it had stopped."
    (mention,) = find_mentions(text, published=PUBLISHED)
    bare = dataclasses.replace(mention, timex=dataclasses.replace(mention.timex, probability=1.0, alternative=None))
    (read,) = readings.attach_readings(text, None, [bare], PUBLISHED, model=None)
    assert read.timex.probability == 1.0
    assert read.timex.alternative == Reading("DATE", "2020-06-17", "next Wednesday, 2020-06-17", 0.0)


def test_french_mentions_keep_one_reading():
    (mention,) = find_mentions("La société a annoncé mercredi son retrait.", published=PUBLISHED, lang="fr")
    assert mention.timex.alternative is None and mention.timex.probability == 1.0


def test_reading_labels():
    day = Timex("DATE", "2020-06-03", "day", "r", interval_start=dt.date(2020, 6, 3))
    assert readings.reading_label(day, PUBLISHED) == "Wednesday 2020-06-03"
    month = Timex("DATE", "2021-06", "month", "r", interval_start=dt.date(2021, 6, 1))
    assert readings.reading_label(month, PUBLISHED) == "June 2021"
    assert readings.reading_label(Timex("DURATION", "P1Y6M", "month", "r"), PUBLISHED) == "a length of 1 year, 6 months"
    assert readings.reading_label(Timex("DATE", "FUTURE_REF", "unknown", "r"), PUBLISHED) == "some time ahead"


# --- confidence -------------------------------------------------------------------------------


def test_confidence_is_the_stated_parts_times_the_reading_probability():
    assert confidence("stated", "day", True) == 0.9
    assert confidence("stated", "day", True, probability=0.5) == 0.45
    assert confidence("publication", "day", True, probability=0.5) == 0.15


def test_an_event_confidence_takes_its_reading_probability():
    text = "Microsoft said on Wednesday that it would stop selling the software."
    (event,) = [e for e in extract_events(Article(text, PUBLISHED)) if e.expression == "Wednesday"]
    probability = event.timex.probability
    assert probability < 1.0
    assert event.confidence == round(0.9 * probability, 3)


# --- CSV --------------------------------------------------------------------------------------


def _event(alternative: Reading | None) -> "object":
    from timeline.types import Event

    timex = Timex("DATE", "2020-06-10", "day", "weekday", PUBLISHED, Anchor.PUBLICATION,
                  interval_start=dt.date(2020, 6, 10), interval_end=dt.date(2020, 6, 11),
                  probability=0.7, alternative=alternative)
    return Event("a", "Microsoft", "said", "said", 10, 14, "Microsoft said on Wednesday.", 0, 28, "stated", 0.63,
                 "r", "DATE", "2020-06-10", "day", dt.date(2020, 6, 10), dt.date(2020, 6, 11),
                 expression="Wednesday", expression_start=18, expression_end=27, timex=timex, event_id="a-e1")


def test_the_table_and_csv_carry_the_alternative_and_read_back():
    df = build_timeline([_event(Reading("DATE", "2020-06-17", "next Wednesday, 2020-06-17", 0.3))])
    assert {"confidence", "alternative", "alternative_label", "alternative_probability"} <= set(COLUMNS)
    row = df.iloc[0]
    assert (row["alternative"], row["alternative_label"], row["alternative_probability"]) == (
        "2020-06-17", "next Wednesday, 2020-06-17", 0.3)
    text = to_csv(df)
    assert "2020-06-17,\"next Wednesday, 2020-06-17\",0.3" in text
    pd.testing.assert_frame_equal(from_csv(text), df)


def test_no_alternative_is_an_empty_cell():
    df = build_timeline([_event(None)])
    assert df.iloc[0]["alternative"] == "" and pd.isna(df.iloc[0]["alternative_probability"])
    pd.testing.assert_frame_equal(from_csv(to_csv(df)), df)


def test_alternative_cells_are_formula_safe():
    df = build_timeline([_event(Reading("DATE", "=HYPERLINK(1)", "@SUM(A1)", 0.2))])
    text = to_csv(df)
    assert "'=HYPERLINK(1)" in text and "'@SUM(A1)" in text
    back = from_csv(text).iloc[0]
    assert (back["alternative"], back["alternative_label"]) == ("=HYPERLINK(1)", "@SUM(A1)")


def test_a_csv_written_before_the_alternatives_reads_back_with_none():
    df = build_timeline([_event(Reading("DATE", "2020-06-17", "next Wednesday, 2020-06-17", 0.3))])
    old = to_csv(df.drop(columns=["alternative", "alternative_label", "alternative_probability"]))
    back = from_csv(old)
    assert list(back.columns) == list(COLUMNS)
    assert back.iloc[0]["alternative"] == "" and pd.isna(back.iloc[0]["alternative_probability"])


# --- the card and the correction ----------------------------------------------------------------


def _row(**changes) -> pd.Series:
    row = dict(event_id="a-e1", article_id="a", start=dt.date(2020, 6, 10), end=dt.date(2020, 6, 11),
               value="2020-06-10", granularity="day", type="DATE", anchor="stated", expression="Wednesday",
               actor="Microsoft", action="said", confidence=0.9, rule="r", sentence="It said so on Wednesday.",
               char_start=0, char_end=2, expression_start=14, alternative="2020-06-17",
               alternative_label="next Wednesday, 2020-06-17", alternative_probability=0.3)
    row.update(changes)
    return ui.normalise(pd.DataFrame([row])).iloc[0]


def test_the_card_marks_a_low_confidence_and_shows_the_other_reading_escaped():
    card = ui.event_card(_row(confidence=0.3, alternative_label="<b>next</b> Wednesday"))
    assert "low confidence" in card
    assert "Other reading: &lt;b&gt;next&lt;/b&gt; Wednesday (30%)" in card and "<b>next</b>" not in card
    assert "low confidence" not in ui.event_card(_row(confidence=0.9))
    assert "Other reading" not in ui.event_card(_row(alternative="", alternative_label=""))


def test_the_alternative_is_applied_as_a_correction():
    row = _row()
    change = ui.alternative_correction(row)
    assert change == {"value": "2020-06-17", "type": "DATE", "granularity": "day",
                      "start": dt.date(2020, 6, 17), "end": dt.date(2020, 6, 18)}
    df = ui.normalise(pd.DataFrame([row]))
    fixed = ui.apply_corrections(df, {ui.event_keys(df)[0]: change}).iloc[0]
    assert (fixed["start"], fixed["value"], fixed["rule"]) == (dt.date(2020, 6, 17), "2020-06-17", ui.CORRECTED_RULE)


def test_a_length_alternative_is_laid_back_from_the_chosen_date_and_a_decade_spans_ten_years():
    year = _row(start=dt.date(2028, 1, 1), end=dt.date(2029, 1, 1), value="2028", granularity="year",
                alternative="P8Y", alternative_label="a length of 8 years")
    assert ui.alternative_correction(year) == {"value": "P8Y", "type": "DURATION", "granularity": "year",
                                               "start": dt.date(2021, 1, 1), "end": dt.date(2029, 1, 1)}
    decade = ui.alternative_correction(_row(alternative="203"))
    assert (decade["start"], decade["end"], decade["granularity"]) == (dt.date(2030, 1, 1), dt.date(2040, 1, 1), "decade")
    assert ui.alternative_correction(_row(alternative="")) is None


@pytest.mark.slow
def test_use_the_alternative_in_the_dashboard_changes_the_date():
    from streamlit.testing.v1 import AppTest

    from tests.test_app import APP, paste, table

    at = paste(AppTest.from_file(str(APP), default_timeout=60).run(),
               "Microsoft said on Wednesday that it would stop selling the software to police.")
    assert not at.exception
    (event_id,) = [e for e, x in zip(table(at)["event_id"], table(at)["expression"]) if x == "Wednesday"]
    assert table(at).set_index("event_id").loc[event_id, "start"] == dt.date(2020, 6, 10)
    at.selectbox(key="selected_event").set_value(event_id).run()
    button = at.button(key="use_alternative")
    assert button.label == "Use next Wednesday, 2020-06-17"
    button.click().run()
    assert not at.exception
    row = table(at).set_index("event_id").loc[event_id]
    assert row["start"] == dt.date(2020, 6, 17) and row["value"] == "2020-06-17"
    (exported,) = [line for line in at.session_state["_exports"]["csv"].splitlines() if line.startswith(event_id + ",")]
    assert ",2020-06-17,2020-06-18," in exported


# --- timeline tag --format jsonl ----------------------------------------------------------------


def test_tag_jsonl_records_the_probability_and_the_runner_up(tmp_path, capsys):
    import json

    from timeline.cli import main

    path = tmp_path / "article.txt"
    path.write_text("The company said on Wednesday that it had stopped. The deal was signed on June 10, 2020.",
                    encoding="utf-8")
    assert main(["tag", str(path), "--published", PUBLISHED.isoformat()]) == 0
    records = {r["text"]: r for r in map(json.loads, capsys.readouterr().out.splitlines())}
    wednesday, full = records["Wednesday"], records["June 10, 2020"]
    assert 0.0 < wednesday["probability"] < 1.0
    assert wednesday["alternative"]["value"] == "2020-06-17"
    assert wednesday["alternative"]["label"] == "next Wednesday, 2020-06-17"
    assert wednesday["alternative"]["type"] == "DATE"
    assert 0.0 <= wednesday["alternative"]["probability"] <= wednesday["probability"]
    assert (full["probability"], full["alternative"]) == (1.0, None)
