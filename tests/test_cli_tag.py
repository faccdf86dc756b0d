"""``timeline tag FILE --published ... --format jsonl|timeml``, run in-process.

Bad input (empty, binary, impossible date, no date at all) gives exit status 2
and one line on stderr, never a traceback; invalid UTF-8 is decoded with
replacement and said so on stderr.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from timeline.cli import main

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
FIELDS = {"text", "start", "end", "type", "value", "mod", "interval_start", "interval_end", "granularity", "rule"}
TEXT = "The board met on Monday. It will vote in late November. Talks lasted for two years."


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def one_line_error(err: str) -> str:
    lines = [line for line in err.splitlines() if line.strip()]
    assert len(lines) == 1, f"expected one line on stderr, got: {err!r}"
    assert "Traceback" not in err
    return lines[0]


@pytest.fixture
def article(tmp_path) -> Path:
    path = tmp_path / "article.txt"
    path.write_text(TEXT, encoding="utf-8")
    return path


def test_jsonl_fields_and_values(capsys, article, nlp_en):
    code, out, err = run(capsys, "tag", str(article), "--published", "2020-06-11")
    assert code == 0, err
    records = [json.loads(line) for line in out.splitlines()]
    assert records, out
    for r in records:
        assert FIELDS <= set(r), r
        assert TEXT[r["start"] : r["end"]] == r["text"]
        if r["interval_start"] is not None:
            assert r["interval_start"] < r["interval_end"]
    by_value = {r["value"]: r for r in records}
    monday = by_value["2020-06-08"]
    assert (monday["type"], monday["granularity"], monday["interval_start"], monday["interval_end"]) == (
        "DATE", "day", "2020-06-08", "2020-06-09",
    )
    november = by_value["2020-11"]
    assert november["mod"] == "END" and "late November" in november["text"]
    duration = by_value["P2Y"]
    assert (duration["type"], duration["interval_start"], duration["interval_end"]) == ("DURATION", None, None)
    assert all(isinstance(r["rule"], str) and r["rule"] for r in records)


def test_timeml_output(capsys, article, nlp_en):
    code, out, err = run(capsys, "tag", str(article), "--published", "2020-06-11", "--format", "timeml")
    assert code == 0, err
    assert "<TIMEX3" in out and "</TIMEX3>" in out
    assert 'value="2020-06-08"' in out and "Monday</TIMEX3>" in out
    assert "2020-06-11" in out  # the document creation time


def test_sidecar_gives_the_publication_date(capsys, tmp_path, nlp_en):
    for name in ("microsoft-facial-recognition-police.txt", "microsoft-facial-recognition-police.json"):
        shutil.copy(SEEDS / name, tmp_path / name)
    code, out, err = run(capsys, "tag", str(tmp_path / "microsoft-facial-recognition-police.txt"))
    assert code == 0, err
    values = [json.loads(line)["value"] for line in out.splitlines()]
    assert "2020-W22" in values and "2020-06-10" in values


def test_empty_file(capsys, tmp_path):
    path = tmp_path / "empty.txt"
    path.write_bytes(b"")
    code, out, err = run(capsys, "tag", str(path), "--published", "2020-06-11")
    assert code == 2 and out == ""
    assert "empty" in one_line_error(err).lower()


def test_whitespace_only_file(capsys, tmp_path):
    path = tmp_path / "blank.txt"
    path.write_bytes(b"  \n\n\t ")
    code, out, err = run(capsys, "tag", str(path), "--published", "2020-06-11")
    assert code == 2 and out == ""
    one_line_error(err)


def test_binary_file(capsys, tmp_path):
    path = tmp_path / "image.txt"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00" + bytes(range(256)))
    code, out, err = run(capsys, "tag", str(path), "--published", "2020-06-11")
    assert code == 2 and out == ""
    assert "binary" in one_line_error(err).lower()


def test_invalid_utf8_works_with_a_warning(capsys, tmp_path, nlp_en):
    path = tmp_path / "broken.txt"
    path.write_bytes("The board met on Monday and ".encode() + b"\xff\xfe\xfa" + " voted yesterday.".encode())
    code, out, err = run(capsys, "tag", str(path), "--published", "2020-06-11")
    assert code == 0, err
    assert "warning" in err.lower() and "Traceback" not in err
    values = [json.loads(line)["value"] for line in out.splitlines()]
    assert values == ["2020-06-08", "2020-06-10"]


@pytest.mark.parametrize("date", ["2020-02-30", "2021-02-29", "2020-13-01", "yesterday", "11/06/2020"])
def test_impossible_or_malformed_date(capsys, article, date):
    code, out, err = run(capsys, "tag", str(article), "--published", date)
    assert code == 2 and out == ""
    line = one_line_error(err)
    assert date in line and "date" in line.lower()


def test_missing_date_without_sidecar(capsys, article):
    code, out, err = run(capsys, "tag", str(article))
    assert code == 2 and out == ""
    line = one_line_error(err)
    assert "date" in line.lower() and "--published" in line


def test_missing_file(capsys, tmp_path):
    code, out, err = run(capsys, "tag", str(tmp_path / "nope.txt"), "--published", "2020-06-11")
    assert code == 2 and out == ""
    one_line_error(err)


def test_a_text_without_dates_gives_no_records(capsys, tmp_path, nlp_en):
    path = tmp_path / "plain.txt"
    path.write_text("The cat sat on the mat.", encoding="utf-8")
    code, out, err = run(capsys, "tag", str(path), "--published", "2020-06-11")
    assert code == 0 and out == "" and err == ""


def test_the_language_nobody_gave_is_detected_from_the_text(capsys, tmp_path):
    path = tmp_path / "article.txt"
    path.write_text("Le gouvernement a présenté son projet il y a deux semaines, a annoncé le ministre.", encoding="utf-8")
    code, out, _ = run(capsys, "tag", str(path), "--published", "2020-06-11")
    assert code == 0
    assert [(r["text"], r["value"]) for r in map(json.loads, out.splitlines())] == [("il y a deux semaines", "2020-W22")]


def test_a_text_clearly_in_another_language_is_refused_with_a_message(capsys, tmp_path):
    path = tmp_path / "artikel.txt"
    path.write_text("Die Regierung hat gestern ein neues Gesetz beschlossen, sagte der Minister.", encoding="utf-8")
    code, _, err = run(capsys, "tag", str(path), "--published", "2020-06-11")
    assert code == 2 and "German" in one_line_error(err)
