"""Time zones after a clock time: found, written as ISO 8601 does ("T10:00-04:00", "T16:15Z"),
kept through TimeML, and ordered and placed by their instant (the resolve cases are in
tests/cases/resolve_cases.py)."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pandas as pd
import pytest

from timeline import find_mentions
from timeline.chart import prepare
from timeline.lang import zones
from timeline.merge import merge_events
from timeline.order import build_timeline, when_key
from timeline.periods import clock_instant, zone_suffix
from timeline.resolve import resolve
from timeline.timeml import mentions_to_timeml, read_timeml
from timeline.types import Article, Event

PUB = dt.date(2020, 6, 11)


@pytest.mark.parametrize(
    ("text", "expected", "note"),
    [
        ("The talks resumed at noon GMT+8 on Thursday.", [("noon GMT+8 on Thursday", "2020-06-11T12:00+08:00")],
         "an offset from GMT, then the day"),
        ("Trading closed at 4 p.m. EDT.", [("4 p.m. EDT", "2020-06-11T16:00-04:00")], "a named zone"),
        ("The launch is set for 1615Z on Friday.", [("1615Z on Friday", "2020-06-12T16:15Z")],
         "the wire's clock with the Z attached"),
        ("The blast happened at 3:15 p.m. local time (1915 GMT) on Tuesday.",
         [("3:15 p.m. local time", "2020-06-09T15:15"), ("Tuesday", "2020-06-09")],
         "local time names no zone; the conversion in brackets is no second time"),
        ("We met at 5 p.m. and then eat at 7 p.m. eat", [("5 p.m.", "2020-06-11T17:00"), ("7 p.m.", "2020-06-11T19:00")],
         "a zone that is a word is found only in capitals"),
        # the zone after the clock's day
        ("The invasion began at 9:34 p.m., March 19 EST, officials said.",
         [("9:34 p.m., March 19 EST", "2020-03-19T21:34-05:00")], "the zone after the date that follows the clock"),
        ("The invasion began at 9:34 p.m., March 19, 2003 EST, officials said.",
         [("9:34 p.m., March 19, 2003 EST", "2003-03-19T21:34-05:00")],
         "the year of the date: not a wire clock before the zone"),
        ("The Senate will vote at 10:30 a.m. Wednesday EDT in Washington.",
         [("10:30 a.m. Wednesday EDT", "2020-06-17T10:30-04:00")], "after a weekday; the zone takes no more words"),
        ("The Senate voted at 10:30 a.m. Wed EDT in Washington.",
         [("10:30 a.m. Wed EDT", "2020-06-10T10:30-04:00")], "an abbreviated weekday, then the zone: as the full name"),
        ("The talks begin at 10 a.m. Wed EDT.", [("10 a.m. Wed EDT", "2020-06-17T10:00-04:00")],
         "'Wed' is one token, the weekday: 'begin' is read in the present, as with 'Wednesday'"),
        ("The talks begin at 10 a.m. Wed. EDT.", [("10 a.m. Wed. EDT", "2020-06-17T10:00-04:00")],
         "'Wed.' with its dot: one token too"),
        ("The polls closed at 11 p.m. Tues. ET.", [("11 p.m. Tues. ET", "2020-06-09T23:00-04:00")],
         "the abbreviation with its dot"),
        ("The polls closed at 11 p.m. ET Tues.", [("11 p.m. ET Tues.", "2020-06-09T23:00-04:00")],
         "the zone before the abbreviated weekday"),
        ("The talks resumed at noon Thursday GMT+8.", [("noon Thursday GMT+8", "2020-06-11T12:00+08:00")],
         "an offset from GMT after the day"),
        ("The polls closed at 11 p.m. Tuesday ET.", [("11 p.m. Tuesday ET", "2020-06-09T23:00-04:00")],
         "a US region: its offset that day"),
        ("The market opened at 10 a.m. March 6 ET.", [("10 a.m. March 6 ET", "2020-03-06T10:00-05:00")],
         "ET on a day before the change of clocks (2020-03-08): standard time, though June is daylight time"),
        ("The clocks changed at 1 a.m. March 8 ET.", [("1 a.m. March 8 ET", "2020-03-08T01:00-05:00")],
         "the region's offset at that clock on that day: before 2 a.m. it is still standard time"),
        ("The polls closed at 11 p.m. Tuesday (0300 GMT Wednesday).",
         [("11 p.m. Tuesday", "2020-06-09T23:00"), ("Wednesday", "2020-06-10")],
         "the zone of a conversion in brackets is not the clock's"),
        ("The shops closed March 19 EST.", [("March 19", "2020-03-19")], "no clock: the zone names no time"),
        ("He arrived at 10 p.m. Wednesday local time.", [("10 p.m. Wednesday", "2020-06-10T22:00")],
         "local time after the day names no zone and stays out of the span"),
        ("The scan began at 10 p.m. Wednesday CAT scans.", [("10 p.m. Wednesday", "2020-06-10T22:00")],
         "after the day, a zone that is a word is none"),
        ("They left at 10 p.m. Wednesday est", [("10 p.m. Wednesday", "2020-06-10T22:00")],
         "after the day, a zone only in capitals"),
        ("They boarded at 8 p.m. Tuesday ET 302 to Nairobi.", [("8 p.m. Tuesday", "2020-06-09T20:00")],
         "a zone name before a number is a flight"),
        ("They left at 10 p.m. EDT Wednesday GMT", [("10 p.m. EDT Wednesday", "2020-06-10T22:00-04:00")],
         "a zone before the day: none taken after it"),
    ],
)
def test_zones_found_in_a_sentence(nlp_en, text, expected, note):
    assert [(m.text, m.value) for m in find_mentions(text, published=PUB)] == expected, note


def test_every_zone_of_the_table_is_read_after_a_clock_time():
    for name, minutes in zones.FIXED_OFFSETS.items():
        assert resolve(f"10:30 a.m. {name}", reference=PUB).value == "2020-06-11T10:30" + zone_suffix(minutes), name
    for name in zones.REGIONAL_ZONES:  # the US regions in June: daylight time
        assert resolve(f"10:30 a.m. {name}", reference=PUB).value[-6:] in ("-04:00", "-05:00", "-06:00", "-07:00"), name


def test_regional_zone_follows_the_change_of_clocks():
    # 2020: US daylight time began on March 8 at 2 a.m. local time.
    assert resolve("10 a.m. ET", reference=dt.date(2020, 3, 7)).value == "2020-03-07T10:00-05:00"
    assert resolve("10 a.m. ET", reference=dt.date(2020, 3, 8)).value == "2020-03-08T10:00-04:00"


def test_zone_suffix_and_instant():
    assert [zone_suffix(m) for m in (0, -240, 330, 60)] == ["Z", "-04:00", "+05:30", "+01:00"]
    assert clock_instant("2020-06-10T23:00-04:00") == (dt.datetime(2020, 6, 11, 3, 0), True)
    assert clock_instant("2020-06-11T09:00Z") == (dt.datetime(2020, 6, 11, 9, 0), True)
    assert clock_instant("2020-06-11T12:00+08:00") == (dt.datetime(2020, 6, 11, 4, 0), True)
    assert clock_instant("2020-06-11T10:00") == (dt.datetime(2020, 6, 11, 10, 0), False)
    assert clock_instant("2020-06-12T24") == (dt.datetime(2020, 6, 13, 0, 0), False)
    assert clock_instant("2020-06-11TMO") is None and clock_instant("2020-06-11") is None


def zoned_event(n: int, expression: str, reference: dt.date = PUB) -> Event:
    timex = resolve(expression, reference=reference)
    return Event(
        article_id=f"art{n}", actor=f"Actor{n}", action=f"did {n}", trigger="did", char_start=0, char_end=3,
        sentence=f"Actor{n} did it at {expression}.", sentence_start=0, sentence_end=20, anchor="stated",
        confidence=0.9, rule="test", type=timex.type, value=timex.value, granularity=timex.granularity,
        start=timex.interval_start, end=timex.interval_end, expression=expression, timex=timex, event_id=f"art{n}-e1",
    )


def test_events_across_zones_are_ordered_by_their_instant():
    # 11 p.m. EDT on Wednesday is 03:00 UTC on Thursday: after 1 a.m. GMT on Thursday, though
    # its day as written (Wednesday) comes first.
    late_new_york = zoned_event(1, "11 p.m. EDT Wednesday")
    early_london = zoned_event(2, "1 a.m. GMT Thursday")
    assert (late_new_york.start, early_london.start) == (dt.date(2020, 6, 10), dt.date(2020, 6, 11))
    table = build_timeline([late_new_york, early_london])
    assert list(table["event_id"]) == ["art2-e1", "art1-e1"]
    assert list(table["start"]) == [dt.date(2020, 6, 11), dt.date(2020, 6, 10)]  # the intervals stay the local days
    morning_london = zoned_event(3, "9 a.m. GMT Thursday")
    assert list(build_timeline([morning_london, late_new_york])["event_id"]) == ["art1-e1", "art3-e1"]


def test_a_time_without_a_zone_keeps_its_place_in_the_day():
    local = replace(zoned_event(1, "10 a.m. Thursday"), article_id="a", event_id="a-e1")
    assert when_key(local.start, local.value) == dt.datetime(2020, 6, 11)
    edited = replace(zoned_event(2, "1 a.m. GMT Thursday"), start=dt.date(2020, 6, 20), end=dt.date(2020, 6, 21))
    assert when_key(edited.start, edited.value) == dt.datetime(2020, 6, 20)  # a day edited since: the day counts


def test_chart_places_clock_times_at_their_instant():
    rows = [zoned_event(1, "11 p.m. EDT Wednesday"), zoned_event(2, "9 a.m. GMT Thursday"),
            zoned_event(3, "10 a.m. Thursday"), replace(zoned_event(4, "Thursday"), event_id="art4-e1")]
    table = build_timeline(rows)
    placed = prepare(table, published=[PUB]).set_index("event_id")["t0"]
    assert placed["art1-e1"] == pd.Timestamp("2020-06-11 03:00")  # the UTC instant
    assert placed["art2-e1"] == pd.Timestamp("2020-06-11 09:00")
    assert placed["art3-e1"] == pd.Timestamp("2020-06-11 10:00")  # no zone: the clock as written
    assert placed["art4-e1"] == pd.Timestamp("2020-06-11")  # a day: its start


def test_timeml_round_trip_keeps_the_zone(tmp_path, nlp_en):
    text = "The rocket lifted off at 11 p.m. EDT Wednesday and landed at noon GMT+8 on Thursday."
    mentions = find_mentions(text, published=PUB)
    assert [m.value for m in mentions] == ["2020-06-10T23:00-04:00", "2020-06-11T12:00+08:00"]
    path = tmp_path / "doc.tml"
    path.write_text(mentions_to_timeml(text, mentions, dct=PUB), encoding="utf-8")
    doc = read_timeml(path)
    assert [(t.text, t.value) for t in doc.timexes] == [(m.text, m.value) for m in mentions]


def test_merged_timeline_keeps_the_order_by_instant():
    late_new_york, early_london = zoned_event(1, "11 p.m. EDT Wednesday"), zoned_event(2, "1 a.m. GMT Thursday")
    articles = [Article(e.sentence, PUB, article_id=e.article_id) for e in (late_new_york, early_london)]
    merged = merge_events(build_timeline([late_new_york, early_london]), articles)
    assert list(merged["event_id"]) == ["art2-e1", "art1-e1"]
