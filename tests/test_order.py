"""Timeline ordering, deduplication and exports (no spaCy model: events made by hand)."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from dataclasses import replace

import pandas as pd
import pytest

from timeline.order import (
    COLUMNS,
    TIMELINEJS_COLUMNS,
    build_timeline,
    from_csv,
    neutralise,
    to_csv,
    to_json,
    to_timelinejs_csv,
    to_timelinejs_json,
    unneutralise,
)
from timeline.types import Event

D = dt.date


def event(n: int, start=None, end=None, granularity="day", **changes) -> Event:
    base = Event(
        article_id="a", actor=f"Actor{n}", action=f"did thing {n}", trigger="did",
        char_start=10 * n, char_end=10 * n + 3, sentence=f"Actor{n} did thing {n}.",
        sentence_start=10 * n, sentence_end=10 * n + 9, anchor="stated", confidence=0.9,
        rule="test", type="DATE", value=start.isoformat() if start else "FUTURE_REF",
        granularity=granularity, start=start, end=end, event_id=f"a-e{n}",
    )
    return replace(base, **changes)


def ids(df) -> list[str]:
    return list(df["event_id"])


# (events, expected order of ids, note)
ORDER_CASES = [
    ([event(1, D(2020, 6, 10), D(2020, 6, 11)), event(2, D(2020, 1, 1), D(2020, 2, 1), "month")],
     ["a-e2", "a-e1"], "by start"),
    ([event(1, D(2020, 1, 1), D(2020, 2, 1), "month"), event(2, D(2020, 1, 1), D(2020, 1, 2))],
     ["a-e2", "a-e1"], "same start: finer granularity first"),
    ([event(2, D(2020, 1, 1), D(2020, 1, 2)), event(1, D(2020, 1, 1), D(2020, 1, 2))],
     ["a-e1", "a-e2"], "same start and granularity: text position"),
    ([event(1), event(2, D(2020, 1, 1), D(2020, 1, 2))], ["a-e2", "a-e1"], "undated last"),
    ([event(1, D(2019, 1, 1), D(2020, 1, 1), "year"), event(2, D(2019, 1, 1), D(2019, 1, 8),
                                                            "week")],
     ["a-e2", "a-e1"], "week before year"),
]


@pytest.mark.parametrize("events, expected, note", ORDER_CASES, ids=[c[-1] for c in ORDER_CASES])
def test_order(events, expected, note):
    assert ids(build_timeline(events)) == expected, note


def test_columns_and_empty_table():
    df = build_timeline([])
    assert tuple(df.columns) == COLUMNS and df.empty
    assert from_csv(to_csv(df)).empty
    for required in ("event_id", "article_id", "start", "end", "value", "granularity", "type",
                     "mod", "anchor", "expression", "actor", "action", "entities", "sentence",
                     "char_start", "char_end", "confidence", "rule"):
        assert required in df.columns


def test_duplicates_keep_the_most_confident():
    low = event(1, D(2020, 1, 1), D(2020, 1, 2), confidence=0.3)
    high = replace(low, event_id="a-e2", char_start=50, confidence=0.9, actor="actor1")
    other_article = replace(low, article_id="b", event_id="b-e1")
    df = build_timeline([low, high, other_article])
    assert ids(df) == ["a-e2", "b-e1"]


def test_several_articles_interleave_by_date():
    a = event(1, D(2020, 1, 5), D(2020, 1, 6))
    b = replace(event(1, D(2020, 1, 3), D(2020, 1, 4)), article_id="b", event_id="b-e1")
    assert ids(build_timeline([a, b])) == ["b-e1", "a-e1"]


def test_ordering_is_stable_for_ties():
    tied = [event(1, D(2020, 1, 1), D(2020, 1, 2), event_id=f"x{n}", action=f"act {n}")
            for n in range(5)]
    assert ids(build_timeline(tied)) == [f"x{n}" for n in range(5)]


def sample() -> pd.DataFrame:
    return build_timeline([
        event(1, D(2020, 6, 10), D(2020, 6, 11), entities=("Amazon", "Congress"),
              expression="On Wednesday", expression_start=0, expression_end=12),
        event(2, D(2020, 1, 1), D(2020, 2, 1), "month", actor="=HYPERLINK(\"x\")",
              action="+1 -2 @sum", sentence="\tTab, comma, \"quote\"\r\nnew line", mod="START"),
        event(3, D(2018, 6, 11), D(2020, 6, 11), type="DURATION", value="P2Y", anchor="inferred",
              confidence=0.45, actor="'=already quoted"),
        event(4, D(2020, 6, 11), D(2020, 6, 12), anchor="publication", confidence=0.3),
        event(5),
    ])


def test_csv_round_trip():
    df = sample()
    pd.testing.assert_frame_equal(from_csv(to_csv(df)), df)


def test_csv_cells_are_not_formulas():
    rows = list(csv.reader(io.StringIO(to_csv(sample()))))
    for row in rows:
        for cell in row:
            assert not cell.startswith(("=", "+", "-", "@", "\t", "\r")), cell
    assert "'=HYPERLINK" in to_csv(sample())


@pytest.mark.parametrize("cell", ["=1+1", "+1", "-1", "@SUM", "\tx", "\rx", "'=x", "''@",
                                  "plain", "", "'", "it's"])
def test_neutralise_is_reversible(cell):
    assert unneutralise(neutralise(cell)) == cell
    assert not neutralise(cell).startswith(("=", "+", "-", "@", "\t", "\r"))


def test_json():
    data = json.loads(to_json(sample()))
    assert data["columns"] == list(COLUMNS)
    first = data["events"][0]
    assert first["start"] == "2018-06-11" and first["value"] == "P2Y"
    assert data["events"][-1]["start"] is None
    assert ["Amazon", "Congress"] in [e["entities"] for e in data["events"]]


def test_timelinejs_csv_columns_and_partial_dates():
    rows = list(csv.DictReader(io.StringIO(to_timelinejs_csv(sample()))))
    assert tuple(csv.reader(io.StringIO(to_timelinejs_csv(sample()))).__next__()) \
        == TIMELINEJS_COLUMNS
    assert len(rows) == 4, "the undated event is left out"
    span, month, day = rows[0], rows[1], rows[2]
    assert (span["Year"], span["Month"], span["Day"]) == ("2018", "6", "11")
    assert (span["End Year"], span["End Month"], span["End Day"]) == ("2020", "6", "10")
    assert (month["Year"], month["Month"], month["Day"], month["End Year"]) == ("2020", "1", "", "")
    assert (day["Day"], day["End Day"]) == ("10", "")
    assert month["Headline"].startswith("'="), "formula neutralised"
    assert "&quot;" in month["Headline"] and "<" not in to_timelinejs_csv(
        build_timeline([event(9, D(2020, 1, 1), D(2020, 1, 2), sentence="<script>x</script>")])
    ), "HTML escaped: TimelineJS renders cells as HTML"
    assert month["Group"] == "", "one article: no groups"


def test_timelinejs_year_stays_a_year():
    df = build_timeline([event(1, D(2019, 1, 1), D(2020, 1, 1), "year")])
    row = next(csv.DictReader(io.StringIO(to_timelinejs_csv(df))))
    assert (row["Year"], row["Month"], row["Day"], row["End Year"]) == ("2019", "", "", "")


def test_timelinejs_json():
    data = json.loads(to_timelinejs_json(sample(), title="Test <b>"))
    assert data["title"]["text"]["headline"] == "Test &lt;b&gt;"
    assert len(data["events"]) == 4
    span = data["events"][0]
    assert span["start_date"] == {"year": 2018, "month": 6, "day": 11}
    assert span["end_date"] == {"year": 2020, "month": 6, "day": 10}
    month = data["events"][1]
    assert month["start_date"] == {"year": 2020, "month": 1} and "end_date" not in month
    assert all("group" not in e for e in data["events"])
    several = build_timeline([event(1, D(2020, 1, 1), D(2020, 1, 2)),
                              replace(event(2, D(2020, 1, 2), D(2020, 1, 3)), article_id="b")])
    assert {e["group"] for e in json.loads(to_timelinejs_json(several))["events"]} == {"a", "b"}


# --- CLI: timeline extract -----------------------------------------------------


def run_cli(*argv) -> tuple[int, str, str]:
    import contextlib

    from timeline.cli import main

    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main(list(argv))
    return code, out.getvalue(), err.getvalue()


def test_cli_missing_publication_date(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("The mayor resigned on Monday.", encoding="utf-8")
    code, out, err = run_cli("extract", str(path))
    assert code == 2 and "--published" in err and "Traceback" not in err


@pytest.mark.parametrize("content, message", [
    (b"", "empty"),
    (b"\x00\x01\x02binary\x00" * 50, "binary"),
])
def test_cli_bad_input_is_a_clear_message(tmp_path, content, message):
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    code, out, err = run_cli("extract", str(path), "--published", "2020-06-11")
    assert code == 2 and message in err and "Traceback" not in err


def test_cli_too_large_file(tmp_path):
    path = tmp_path / "big.txt"
    path.write_bytes(b"word " * (21 * 1024 * 1024 // 5))
    code, out, err = run_cli("extract", str(path), "--published", "2020-06-11")
    assert code == 2 and "MiB" in err


@pytest.mark.slow
def test_cli_formats(tmp_path):
    one = tmp_path / "one.txt"
    one.write_text("The mayor resigned on Monday. The council says it regrets it.", encoding="utf-8")
    two = tmp_path / "two.txt"
    two.write_text("The city opened a park in January.", encoding="utf-8")
    code, out, err = run_cli("extract", str(one), str(two), "--published", "2020-06-11")
    assert code == 0, err
    df = from_csv(out)
    assert set(df["article_id"]) == {"one", "two"}
    assert list(df["start"]) == sorted(df["start"])
    for fmt in ("json", "timelinejs-json", "timelinejs-csv"):
        target = tmp_path / f"out.{fmt}"
        code, out, err = run_cli("extract", str(one), "--published", "2020-06-11",
                                 "--format", fmt, "-o", str(target))
        assert code == 0 and out == "" and target.read_text(encoding="utf-8")


@pytest.mark.slow
def test_cli_text_without_dates_or_verbs(tmp_path):
    path = tmp_path / "plain.txt"
    path.write_text("Share Button\n\nAbout us", encoding="utf-8")
    code, out, err = run_cli("extract", str(path), "--published", "2020-06-11")
    assert code == 0 and from_csv(out).empty
