"""Merging the reports of one happening across articles (real extraction, spaCy model)."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from timeline.errors import InputError
from timeline.merge import merge_events, merged_timeline, normalise_actor, syndicated_pairs
from timeline.order import (
    COLUMNS,
    TIMELINEJS_MAX_EVENTS,
    build_timeline,
    from_csv,
    to_csv,
    to_json,
    to_timelinejs_csv,
    to_timelinejs_json,
)
from timeline.types import Article, DateReading, Event, Source

pytestmark = pytest.mark.slow
THURSDAY = dt.date(2020, 6, 11)  # Monday of that week: 2020-06-08


def article(article_id: str, text: str, published: dt.date = THURSDAY, title: str = "") -> Article:
    return Article(text=text, published=published, article_id=article_id, title=title or article_id,
                   url=f"https://news.example/{article_id}")


REUTERS = article("reuters", (
    "Microsoft halts face recognition sales\n\n"
    "Microsoft Corp. said on Monday it would stop selling its facial recognition software "
    "to police departments in the United States. The company also opened a new data centre "
    "in Sweden on Monday."
), title="Microsoft halts face recognition sales")
AP = article("ap", (
    "No face recognition for US police\n\n"
    "This week Microsoft said it would stop selling facial recognition technology to police "
    "forces until a federal law is passed."
), title='Microsoft: "no" to police, for now')


def rows_of(df: pd.DataFrame, action_word: str) -> pd.DataFrame:
    return df[df["action"].str.contains(action_word)]


@pytest.fixture(scope="module")
def merged() -> pd.DataFrame:
    return merged_timeline([REUTERS, AP])


def test_same_event_in_two_articles_is_one_event_with_two_sources():
    monday = article("wire", "Microsoft said on Monday it would stop selling facial recognition "
                             "software to police departments.")
    other = article("paper", "On Monday, Microsoft said that it would stop selling its facial "
                             "recognition software to the police.")
    df = merged_timeline([monday, other])
    stop = rows_of(df, "stop")
    assert len(stop) == 1
    row = stop.iloc[0]
    assert row["n_sources"] == 2 and set(row["article_ids"]) == {"wire", "paper"}
    assert {s.url for s in row["sources"]} == {"https://news.example/wire", "https://news.example/paper"}
    assert "actor 'microsoft'" in row["merge_reason"] and "score" in row["merge_reason"]
    assert len(rows_of(merged_timeline([monday, other], merge=False), "stop")) == 2


def test_two_happenings_of_one_actor_on_one_day_stay_two(merged):
    stop, centre = rows_of(merged, "stop"), rows_of(merged, "data centre")
    assert len(stop) == 1 and len(centre) == 1
    assert stop.iloc[0]["start"] == centre.iloc[0]["start"] == dt.date(2020, 6, 8)
    assert centre.iloc[0]["article_ids"] == ("reuters",)
    # in two articles too: same actor, same day, another action
    sweden = article("sweden", "Microsoft opened a new data centre in Sweden on Monday.")
    df = merged_timeline([article("police", REUTERS.text.split(". The company")[0] + "."), sweden])
    assert sorted(df["n_sources"]) == [1, 1, 1] and len(rows_of(df, "data centre")) == 1


def test_monday_and_this_week_merge_and_keep_the_monday(merged):
    row = rows_of(merged, "stop").iloc[0]
    assert row["article_ids"] == ("reuters", "ap")
    assert (row["start"], row["end"], row["value"]) == (dt.date(2020, 6, 8), dt.date(2020, 6, 9),
                                                        "2020-06-08")
    assert row["date_conflict"] == () and "time inside" in row["merge_reason"]


def test_conflicting_days_merge_only_on_a_strong_match_and_show_the_conflict():
    text = ("Microsoft announced on {day} that it would stop selling facial recognition "
            "software to police departments.")
    monday = article("monday", text.format(day="Monday"))
    tuesday = article("tuesday", text.format(day="Tuesday") + " Its shares rose.")
    weak = article("weak", "Microsoft announced on Tuesday a new tablet for schools.")
    df = merged_timeline([monday, tuesday, weak])
    announced = df[df["trigger"] == "announced"]
    assert len(announced) == 2, "the tablet is another happening"
    strong = announced[announced["n_sources"] == 2].iloc[0]
    assert set(strong["article_ids"]) == {"monday", "tuesday"}
    assert set(strong["date_conflict"]) == {DateReading("2020-06-08", ("monday",)),
                                            DateReading("2020-06-09", ("tuesday",))}
    assert "conflict" in strong["merge_reason"]
    # the conflict threshold is a setting: raised past the score, the two stay apart
    apart = merged_timeline([monday, tuesday], conflict_threshold=1.01)
    assert len(apart[apart["trigger"] == "announced"]) == 2


def test_a_syndicated_copy_adds_a_source_and_no_event():
    body = ("Microsoft said on Monday it would stop selling facial recognition software to "
            "police departments. The decision follows weeks of protests against police "
            "violence. Amazon announced a one-year pause on Wednesday. IBM said on Tuesday it "
            "would leave the business.")
    original = article("wire", "Tech giants step back\n\n" + body, title="Tech giants step back")
    copy = article("local", "Microsoft, Amazon and IBM pause police sales\n\n" + body
                   + "\n\nShare this story. Copyright 2020 Local Paper.",
                   title="Microsoft, Amazon and IBM pause police sales")
    assert ("local", "wire") in syndicated_pairs([original, copy])
    alone = merged_timeline([original])
    both = merged_timeline([original, copy])
    body_events = alone[alone["sentence"].apply(lambda s: s in body)]
    assert len(body_events) >= 3
    merged_body = both[both["sentence"].apply(lambda s: s in body)]
    assert len(merged_body) == len(body_events)
    assert (merged_body["n_sources"] == 2).all()
    assert merged_body["merge_reason"].str.contains("syndicated copy").all()


def test_company_suffixes_name_the_same_actor():
    assert normalise_actor("Microsoft Corp.") == normalise_actor("Microsoft") == "microsoft"
    assert normalise_actor("The Microsoft Corporation's") == "microsoft"
    assert normalise_actor("Apple Inc.") != normalise_actor("Microsoft")
    corp = article("corp", "Microsoft Corp. said on Monday it would stop selling facial "
                           "recognition software to police.")
    plain = article("plain", "Microsoft said on Monday it would stop selling face recognition "
                             "software to the police.")
    df = merged_timeline([corp, plain])
    row = rows_of(df, "stop").iloc[0]
    assert row["n_sources"] == 2 and row["actor"] in ("Microsoft Corp.", "Microsoft")


def test_a_person_merges_with_the_organisation_the_text_ties_them_to():
    person = article("person", "Brad Smith, Microsoft's president, said on Monday that the "
                               "company would stop selling facial recognition software to police.")
    company = article("company", "Microsoft said on Monday that it would stop selling facial "
                                 "recognition software to police departments.")
    df = merged_timeline([person, company])
    said = df[df["trigger"] == "said"]
    assert len(said) == 1 and said.iloc[0]["n_sources"] == 2
    assert "coreferent actors" in said.iloc[0]["merge_reason"]


def test_without_merging_every_row_has_the_source_columns():
    df = merged_timeline([REUTERS, AP], merge=False)
    assert list(df.columns) == list(COLUMNS)
    assert (df["n_sources"] == 1).all() and (df["merge_reason"] == "").all()
    assert all(ids == (aid,) for ids, aid in zip(df["article_ids"], df["article_id"]))
    assert all(s[0].title == ("Microsoft halts face recognition sales" if a == "reuters"
                              else 'Microsoft: "no" to police, for now')
               for s, a in zip(df["sources"], df["article_id"]))
    assert (df["date_conflict"] == ()).all()


def test_merging_needs_every_source_article(merged):
    df = merged_timeline([REUTERS, AP], merge=False)
    with pytest.raises(InputError, match="No article given for the events of ap"):
        merge_events(df, [REUTERS])
    with pytest.raises(InputError, match="already merged"):
        merge_events(merged, [REUTERS, AP])


# --- exports -----------------------------------------------------------------


def test_exports_carry_the_sources_and_csv_round_trips_them(merged):
    row = rows_of(merged, "stop").iloc[0]
    assert row["n_sources"] == 2
    back = from_csv(to_csv(merged))
    pd.testing.assert_frame_equal(back, merged)
    assert back.loc[back["event_id"] == row["event_id"], "sources"].iloc[0] == row["sources"]
    cell = next(r for r in csv.DictReader(io.StringIO(to_csv(merged)))
                if r["event_id"] == row["event_id"])
    assert json.loads(cell["article_ids"]) == ["reuters", "ap"]
    assert json.loads(cell["sources"])[1]["title"] == 'Microsoft: "no" to police, for now'

    record = next(e for e in json.loads(to_json(merged))["events"] if e["event_id"] == row["event_id"])
    assert record["article_ids"] == ["reuters", "ap"] and record["n_sources"] == 2
    assert record["sources"][1] == {"article_id": "ap", "title": 'Microsoft: "no" to police, for now',
                                    "url": "https://news.example/ap", "sentence": row["sources"][1].sentence}

    tjs = next(e for e in json.loads(to_timelinejs_json(merged))["events"]
               if e["unique_id"] == row["event_id"])
    assert "Microsoft: &quot;no&quot; to police, for now" in tjs["text"]["text"]
    assert 'href="https://news.example/ap"' in tjs["text"]["text"]
    sheet = "".join(r["Text"] for r in csv.DictReader(io.StringIO(to_timelinejs_csv(merged))))
    assert "https://news.example/ap" in sheet


awkward = st.sampled_from(['say "hi", then', "a,b\nc", "=cmd|' /C calc'!A0", "</script><b>",
                           "+1", "@x", "'=y", "", "é ü ✓", "\r\n"]) | st.text(max_size=12)


@st.composite
def merged_rows(draw):
    n = draw(st.integers(1, 3))
    ids = tuple(f"a{i}" for i in range(n))
    sentence = draw(awkward)
    base = Event(article_id=ids[0], actor=draw(awkward), action=draw(awkward), trigger="said",
                 char_start=0, char_end=4, sentence=sentence, sentence_start=0, sentence_end=4,
                 anchor="stated", confidence=0.9, rule=draw(awkward), type="DATE",
                 value="2020-06-08", granularity="day", start=dt.date(2020, 6, 8),
                 end=dt.date(2020, 6, 9), event_id="a0-e1")
    df = build_timeline([base])
    df.at[0, "article_ids"] = ids
    df.at[0, "sources"] = tuple(Source(i, draw(awkward), draw(awkward), draw(awkward)) for i in ids)
    df.at[0, "n_sources"] = n
    df.at[0, "merge_reason"] = draw(awkward)
    df.at[0, "date_conflict"] = tuple(DateReading(draw(awkward), (i,)) for i in ids[:draw(st.integers(0, n))])
    return df


@given(merged_rows())
@settings(deadline=None, max_examples=60)
def test_csv_round_trip_of_sources_with_awkward_text(df):
    text = to_csv(df)
    pd.testing.assert_frame_equal(from_csv(text), df)
    for row in csv.reader(io.StringIO(text, newline="")):
        assert not any(cell.startswith(("=", "+", "-", "@", "\t", "\r")) for cell in row)
    assert "</script>" not in to_timelinejs_json(df)


def test_timelinejs_keeps_the_best_reported_events_in_time_order():
    events = [Event(article_id="a", actor="X", action=f"did {n}", trigger="did", char_start=n,
                    char_end=n + 1, sentence=f"X did {n}.", sentence_start=n, sentence_end=n + 1,
                    anchor="stated", confidence=0.5, rule="t", type="DATE",
                    value=(dt.date(2020, 1, 1) + dt.timedelta(days=n)).isoformat(), granularity="day",
                    start=dt.date(2020, 1, 1) + dt.timedelta(days=n),
                    end=dt.date(2020, 1, 2) + dt.timedelta(days=n), event_id=f"a-e{n}")
              for n in range(TIMELINEJS_MAX_EVENTS + 50)]
    df = build_timeline(events)
    df.loc[df.index[-1], "n_sources"] = 5  # the last day is the best reported
    shown = json.loads(to_timelinejs_json(df))["events"]
    assert len(shown) == TIMELINEJS_MAX_EVENTS
    assert shown[-1]["unique_id"] == f"a-e{TIMELINEJS_MAX_EVENTS + 49}"
    days = [(e["start_date"]["month"], e["start_date"]["day"]) for e in shown]
    assert days == sorted(days)
    rows = list(csv.DictReader(io.StringIO(to_timelinejs_csv(df))))
    assert len(rows) == TIMELINEJS_MAX_EVENTS


def test_a_csv_written_before_merging_reads_back_with_one_source_a_row():
    df = merged_timeline([AP], merge=False)
    df["sources"] = [(Source(aid, "", "", sentence),) for aid, sentence in zip(df["article_id"], df["sentence"])]
    old = df.drop(columns=["article_ids", "sources", "n_sources", "merge_reason", "date_conflict"])
    pd.testing.assert_frame_equal(from_csv(to_csv(old)), df)


def test_one_article_never_gives_two_rows_to_one_merged_event():
    # Both of the first article's sentences match the second's one report;
    # only the better joins it, or the two happenings would become one.
    twice = article("twice", "On Monday Microsoft stopped selling facial recognition software to "
                             "police. On Monday Microsoft stopped selling facial recognition "
                             "cameras to police.")
    once = article("once", "On Monday Microsoft stopped selling its facial recognition software to "
                           "police forces.")
    assert len(merged_timeline([twice], merge=False)) == 2
    df = merged_timeline([twice, once])
    stopped = df[df["trigger"] == "stopped"]
    assert sorted(stopped["n_sources"]) == [1, 2]
    assert all(len(set(ids)) == len(ids) for ids in stopped["article_ids"])
