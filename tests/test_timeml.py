"""TimeML reading and writing: offsets, DCT, leniency, clear refusals, round trips."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from timeline import timeml
from timeline.errors import InputError
from timeline.timeml import (
    GoldTlink,
    annotate_file,
    mentions_to_timeml,
    read_corpus,
    read_timeml,
)
from timeline.types import Mention, Timex

CORPORA = Path(__file__).resolve().parents[2] / "shared" / "corpora"
DCT_1998_08_07 = dt.date(1998, 8, 7)

# A gold file in the TBAQ-cleaned layout: header, DCT with a time, EVENTs and a
# SIGNAL around TIMEX3s, an entity in the text, MAKEINSTANCE and TLINKs after TEXT.
GOLD = """<?xml version="1.0" ?>
<TimeML xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:noNamespaceSchemaLocation="http://timeml.org/timeMLdocs/TimeML_1.2.1.xsd">
<DOCID>APW_TEST</DOCID>
<DCT><TIMEX3 tid="t0" type="TIME" value="1998-08-07T02:30:00" temporalFunction="false" functionInDocument="CREATION_TIME">08/07/1998 02:30:00</TIMEX3></DCT>
<TITLE>Blasts <EVENT eid="e90" class="OCCURRENCE">hit</EVENT> embassies</TITLE>
<TEXT>
AT&amp;T <EVENT eid="e1" class="REPORTING">said</EVENT> <TIMEX3 tid="t1" type="DATE" value="1998-08-07" temporalFunction="false" functionInDocument="NONE">Friday</TIMEX3> that sales <EVENT eid="e2" class="OCCURRENCE">rose</EVENT> <SIGNAL sid="s1">for</SIGNAL> <TIMEX3 tid="t2" type="DURATION" value="P2Y" mod="MORE_THAN">more than two years</TIMEX3>.
Shares &lt;rose&gt; <TIMEX3 tid="t3">earlier</TIMEX3>.
</TEXT>
<MAKEINSTANCE eventID="e1" eiid="ei1" tense="PAST" aspect="NONE" polarity="POS" pos="VERB"/>
<MAKEINSTANCE eventID="e2" eiid="ei2" tense="PAST" aspect="NONE" polarity="POS" pos="VERB"/>
<MAKEINSTANCE eventID="e2" eiid="ei3" tense="PAST" aspect="NONE" polarity="POS" pos="VERB"/>
<TLINK lid="l1" relType="IS_INCLUDED" eventInstanceID="ei1" relatedToTime="t1"/>
<TLINK lid="l2" relType="BEFORE" timeID="t2" relatedToEventInstance="ei2"/>
</TimeML>
"""
GOLD_TEXT = "\nAT&T said Friday that sales rose for more than two years.\nShares <rose> earlier.\n"


def write(tmp_path: Path, content: str | bytes, name: str = "doc.tml") -> Path:
    path = tmp_path / name
    if isinstance(content, str):
        content = content.encode("utf-8")
    path.write_bytes(content)
    return path


def mention(text: str, fragment: str, type_: str = "DATE", value: str = "1998-08-07",
            mod: str | None = None, occurrence: int = 0) -> Mention:
    start = -1
    for _ in range(occurrence + 1):
        start = text.index(fragment, start + 1)
    timex = Timex(type=type_, value=value, granularity="day", rule="test", mod=mod)
    return Mention(fragment, start, start + len(fragment), timex)


# --- reading ----------------------------------------------------------------------


def test_text_is_tag_free_and_unescaped(tmp_path):
    doc = read_timeml(write(tmp_path, GOLD))
    assert doc.text == GOLD_TEXT
    assert doc.name == "doc.tml"


def test_timex_offsets_point_at_the_text(tmp_path):
    doc = read_timeml(write(tmp_path, GOLD))
    got = [(t.tid, doc.text[t.start:t.end], t.text, t.type, t.value, t.mod) for t in doc.timexes]
    assert got == [
        ("t1", "Friday", "Friday", "DATE", "1998-08-07", None),
        ("t2", "more than two years", "more than two years", "DURATION", "P2Y", "MORE_THAN"),
        # missing attributes are read as "" rather than refused
        ("t3", "earlier", "earlier", "", "", None),
    ]


def test_events_instances_and_tlinks(tmp_path):
    doc = read_timeml(write(tmp_path, GOLD))
    # The EVENT in TITLE (outside TEXT) is not part of the text and not read.
    assert [(e.eid, e.eiids, doc.text[e.start:e.end], e.class_) for e in doc.events] == [
        ("e1", ("ei1",), "said", "REPORTING"),
        ("e2", ("ei2", "ei3"), "rose", "OCCURRENCE"),
    ]
    assert doc.tlinks == (
        GoldTlink("l1", "IS_INCLUDED", eventInstanceID="ei1", relatedToTime="t1"),
        GoldTlink("l2", "BEFORE", timeID="t2", relatedToEventInstance="ei2"),
    )


# (DCT element, expected date, note)
DCT_CASES = [
    ('<DCT><TIMEX3 tid="t0" type="DATE" value="1998-08-07" functionInDocument="CREATION_TIME">x</TIMEX3></DCT>',
     DCT_1998_08_07, "plain date"),
    ('<DCT><TIMEX3 tid="t0" type="TIME" value="19980807T02:30" functionInDocument="CREATION_TIME">x</TIMEX3></DCT>',
     DCT_1998_08_07, "basic format with a time"),
    ('<DCT><TIMEX3 tid="t0" type="TIME" value="1998-08-07T02:30:00" functionInDocument="CREATION_TIME">x</TIMEX3></DCT>',
     DCT_1998_08_07, "extended format with a time"),
    ('<DCT><TIMEX3 tid="t0" type="DATE" functionInDocument="CREATION_TIME">19980807</TIMEX3></DCT>',
     DCT_1998_08_07, "no value attribute: the element's content"),
    ("<DCT><TIMEX3 value='1998-08-07' functionInDocument='CREATION_TIME'/></DCT>",
     DCT_1998_08_07, "single quotes, empty element"),
    ('<TIMEX3 tid="t0" type="DATE" value="1998-08-07" functionInDocument="CREATION_TIME">x</TIMEX3>',
     DCT_1998_08_07, "no DCT wrapper: found by its function"),
]
assert len({c[0] for c in DCT_CASES}) == len(DCT_CASES)


@pytest.mark.parametrize("dct, expected, note", DCT_CASES, ids=[c[2] for c in DCT_CASES])
def test_dct(tmp_path, dct, expected, note):
    path = write(tmp_path, f"<TimeML>\n{dct}\n<TEXT>On Friday.</TEXT>\n</TimeML>\n")
    assert read_timeml(path).dct == expected


def test_crlf_is_read_as_lf_like_any_xml_parser(tmp_path):
    content = GOLD.replace("\n", "\r\n")
    doc = read_timeml(write(tmp_path, content))
    assert doc.text == GOLD_TEXT
    assert doc.text == "".join(ET.fromstring(content.encode()).find("TEXT").itertext())


def test_comments_and_cdata_in_text(tmp_path):
    body = 'A <!-- note <b> --><![CDATA[R&D <x>]]> <TIMEX3 tid="t1" type="DATE" value="1998">1998</TIMEX3>.'
    doc = read_timeml(write(tmp_path, GOLD.replace(GOLD[GOLD.index("<TEXT>"):GOLD.index("</TEXT>") + 7],
                                                    f"<TEXT>{body}</TEXT>")))
    assert doc.text == "A R&D <x> 1998."
    assert [doc.text[t.start:t.end] for t in doc.timexes] == ["1998"]


def test_non_consuming_timex_is_kept_with_an_empty_span(tmp_path):
    body = 'From <TIMEX3 tid="t9" type="DURATION" value="P2D"/>now on.'
    doc = read_timeml(write(tmp_path, GOLD.replace(GOLD[GOLD.index("<TEXT>"):GOLD.index("</TEXT>") + 7],
                                                    f"<TEXT>{body}</TEXT>")))
    assert [(t.tid, t.start, t.end) for t in doc.timexes] == [("t9", 5, 5)]


def test_junk_files_are_skipped_by_the_corpus_reader(tmp_path):
    write(tmp_path, GOLD, "a.tml")
    write(tmp_path, b"\x00\x05\x16\x07\x00\x02\x00\x00Mac OS X", "._a.tml")
    write(tmp_path, "not a timeml file", "notes.txt")
    docs, problems = read_corpus(tmp_path)
    assert [d.name for d in docs] == ["a.tml"]
    assert problems == []


def test_junk_file_read_directly_is_refused_by_name(tmp_path):
    path = write(tmp_path, b"\x00\x05\x16\x07", "._a.tml")
    with pytest.raises(InputError, match=r"\._a\.tml: macOS resource-fork"):
        read_timeml(path)


# (content, expected message fragment, note)
UNREADABLE = [
    ('<TimeML><DCT><TIMEX3 value="1998-08-07" functionInDocument="CREATION_TIME"/></DCT></TimeML>',
     "no <TEXT>", "no TEXT element"),
    ("<TimeML><TEXT>On Friday.</TEXT></TimeML>", "no document creation time", "no DCT"),
    ('<TimeML><DCT><TIMEX3 value="soon" functionInDocument="CREATION_TIME">soon</TIMEX3></DCT>'
     "<TEXT>x</TEXT></TimeML>", "no valid date", "DCT value not a date"),
    ('<TimeML><DCT><TIMEX3 value="1998-02-30" functionInDocument="CREATION_TIME"/></DCT>'
     "<TEXT>x</TEXT></TimeML>", "no valid date", "impossible DCT date"),
    ('<TimeML><DCT><TIMEX3 value="1998-08-07" functionInDocument="CREATION_TIME"/></DCT>'
     '<TEXT>On <TIMEX3 tid="t1">Friday.</TEXT></TimeML>', "unclosed <TIMEX3 t1>", "unclosed timex"),
    ('<TimeML><DCT><TIMEX3 value="1998-08-07" functionInDocument="CREATION_TIME"/></DCT>'
     "<TEXT>On Friday</TIMEX3>.</TEXT></TimeML>", "</TIMEX3> without an opening tag", "stray end tag"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary file", "binary"),
    ("<TimeML>caf\u00e9</TimeML>".encode("latin-1"), "cannot decode as utf-8", "not UTF-8"),
]


@pytest.mark.parametrize("content, message, note", UNREADABLE, ids=[c[2] for c in UNREADABLE])
def test_unreadable_file_names_the_file_and_the_reason(tmp_path, content, message, note):
    path = write(tmp_path, content, "bad.tml")
    with pytest.raises(InputError) as error:
        read_timeml(path)
    assert str(error.value).startswith(f"{path}: ")
    assert message in str(error.value)


def test_corpus_reader_reports_bad_files_and_keeps_going(tmp_path):
    write(tmp_path, GOLD, "good.tml")
    write(tmp_path, "<TimeML><TEXT>x</TEXT></TimeML>", "nodct.tml")
    docs, problems = read_corpus(tmp_path)
    assert [d.name for d in docs] == ["good.tml"]
    assert len(problems) == 1 and "nodct.tml" in problems[0] and "creation time" in problems[0]


def test_missing_file_and_missing_folder(tmp_path):
    with pytest.raises(InputError, match="cannot read"):
        read_timeml(tmp_path / "absent.tml")
    with pytest.raises(InputError, match="not a directory"):
        read_corpus(tmp_path / "absent")


# --- writing --------------------------------------------------------------------------

TRICKY_TEXT = 'AT&T said on "Friday" <b> that\r\nprofits rose 5% in 1998 & fell\tlater.\n'


def test_round_trip_gives_the_same_text_and_spans(tmp_path):
    mentions = [
        mention(TRICKY_TEXT, "Friday"),
        mention(TRICKY_TEXT, "1998", value="1998"),
        mention(TRICKY_TEXT, "later", type_="DATE", value="PAST_REF", mod="AFTER"),
    ]
    path = write(tmp_path, mentions_to_timeml(TRICKY_TEXT, mentions, dct=DCT_1998_08_07))
    doc = read_timeml(path)
    assert doc.text == TRICKY_TEXT
    assert doc.dct == DCT_1998_08_07
    assert [(t.start, t.end, t.type, t.value, t.mod) for t in doc.timexes] == [
        (m.start, m.end, m.type, m.value, m.mod) for m in mentions
    ]
    assert [t.tid for t in doc.timexes] == ["t1", "t2", "t3"]


def test_written_document_is_well_formed_xml_with_the_same_text():
    xml = mentions_to_timeml(TRICKY_TEXT, [mention(TRICKY_TEXT, "Friday")], dct=DCT_1998_08_07)
    root = ET.fromstring(xml.encode("utf-8"))
    assert "".join(root.find("TEXT").itertext()) == TRICKY_TEXT
    dct = root.find("DCT/TIMEX3")
    assert dct.get("functionInDocument") == "CREATION_TIME" and dct.get("value") == "1998-08-07"


def test_overlapping_and_out_of_range_mentions_are_dropped_not_nested():
    text = "on Friday morning"
    mentions = [
        mention(text, "Friday morning"),
        mention(text, "Friday"),  # inside the previous one: TIMEX3 cannot nest
        Mention("x", 40, 41, Timex("DATE", "1998", "year", "test")),  # beyond the text
    ]
    xml = mentions_to_timeml(text, mentions, dct=DCT_1998_08_07)
    assert xml.count("<TIMEX3") == 2  # the DCT and "Friday morning"
    assert '>Friday morning</TIMEX3>' in xml


@settings(max_examples=60, deadline=None)
@given(text=st.text(alphabet=st.characters(blacklist_categories=("Cs",),
                                           blacklist_characters="\x00\ufffe\uffff"), max_size=60),
       cuts=st.lists(st.integers(min_value=0, max_value=60), max_size=6))
def test_round_trip_property(tmp_path_factory, text, cuts):
    # Any text (minus what XML cannot carry at all) and any non-overlapping spans survive.
    text = "".join(c for c in text if c in "\t\n\r" or ord(c) >= 0x20)
    points = sorted({min(c, len(text)) for c in cuts})
    spans = [(a, b) for a, b in zip(points[::2], points[1::2]) if a < b]
    mentions = [Mention(text[a:b], a, b, Timex("DATE", "1998", "year", "test")) for a, b in spans]
    path = tmp_path_factory.mktemp("rt") / "doc.tml"
    path.write_text(mentions_to_timeml(text, mentions, dct=DCT_1998_08_07), encoding="utf-8")
    doc = read_timeml(path)
    assert doc.text == text
    assert [(t.start, t.end) for t in doc.timexes] == spans


def test_annotate_output_is_readable_and_keeps_text_and_dct(tmp_path):
    source = write(tmp_path, GOLD, "APW_TEST.tml")

    def fake_find_mentions(text, *, published, lang="en", doc=None):
        assert published == DCT_1998_08_07
        return [mention(text, "Friday"), mention(text, "two years", "DURATION", "P2Y")]

    out = annotate_file(source, tmp_path / "out", find_mentions=fake_find_mentions)
    assert out == tmp_path / "out" / "APW_TEST.tml"
    written = out.read_text(encoding="utf-8")
    doc = read_timeml(out)
    assert doc.text == GOLD_TEXT
    assert doc.dct == DCT_1998_08_07
    assert [(t.text, t.value) for t in doc.timexes] == [("Friday", "1998-08-07"), ("two years", "P2Y")]
    # The DCT element is kept as it was; gold annotations are not carried over.
    assert '<DCT><TIMEX3 tid="t0" type="TIME" value="1998-08-07T02:30:00"' in written
    assert "<DOCID>APW_TEST</DOCID>" in written
    for gold_only in ("<EVENT", "<SIGNAL", "<MAKEINSTANCE", "<TLINK", 'tid="t3"'):
        assert gold_only not in written
    ET.fromstring(written.encode("utf-8"))  # well-formed


def test_annotate_refuses_to_overwrite_its_input(tmp_path):
    source = write(tmp_path, GOLD, "a.tml")
    with pytest.raises(InputError, match="refusing to overwrite"):
        annotate_file(source, tmp_path, find_mentions=lambda text, **_: [])


# --- reading in linear time: an XML parser, else a one-pass scanner ---------------------

BROKEN = GOLD.replace("AT&amp;T", "AT&T")  # a stray "&": not XML, read by the scanner


def spy_readers(monkeypatch) -> list[str]:
    """Record which reader each read_timeml call used."""
    used: list[str] = []
    for name in ("_from_tree", "_from_tokens"):
        real = getattr(timeml, name)

        def spy(*args, _real=real, _name=name):
            used.append(_name)
            return _real(*args)

        monkeypatch.setattr(timeml, name, spy)
    return used


def test_a_well_formed_file_is_read_by_the_xml_parser_alone(tmp_path, monkeypatch):
    used = spy_readers(monkeypatch)
    doc = read_timeml(write(tmp_path, GOLD))
    assert used == ["_from_tree"]
    assert doc.text == GOLD_TEXT and len(doc.timexes) == 3 and len(doc.tlinks) == 2


def test_a_broken_file_falls_back_to_the_scanner_with_the_same_result(tmp_path, monkeypatch):
    expected = read_timeml(write(tmp_path, GOLD, "gold.tml"))
    used = spy_readers(monkeypatch)
    doc = read_timeml(write(tmp_path, BROKEN, "broken.tml"))
    assert used == ["_from_tokens"]
    assert (doc.dct, doc.text, doc.timexes, doc.events, doc.tlinks) == (
        expected.dct, expected.text, expected.timexes, expected.events, expected.tlinks)


N_PATHOLOGICAL = 40_000
# (content, expected outcome): unclosed start tags that made the old regex scanner
# search to the end of the file from every one of them (quadratic time).
PATHOLOGICAL = [
    ("<TimeML>" + '<DCT><TIMEX3 value="x">' * N_PATHOLOGICAL + "<TEXT>Monday</TEXT></TimeML>",
     "no document creation time"),
    ('<TimeML><DCT><TIMEX3 value="2020-06-11"/></DCT><TEXT>' + "<TIMEX3 " * N_PATHOLOGICAL
     + "Monday</TEXT></TimeML>", "<TIMEX3 " * N_PATHOLOGICAL + "Monday"),
    ('<TimeML><DCT><TIMEX3 value="2020-06-11"/></DCT><TEXT>' + '<!--<?<![CDATA[<a b="' * N_PATHOLOGICAL
     + "Monday</TEXT></TimeML>", '<!--<?<![CDATA[<a b="' * N_PATHOLOGICAL + "Monday"),
]
READ_IN_A_SUBPROCESS = """
import sys
from timeline.errors import InputError
from timeline.timeml import read_timeml
try:
    print(read_timeml(sys.argv[1]).text, end="")
except InputError as error:
    print(error, end="")
"""


@pytest.mark.parametrize("content, expected", PATHOLOGICAL, ids=["unclosed DCTs", "unclosed TIMEX3s",
                                                                 "unterminated comments and values"])
def test_unclosed_tags_by_the_ten_thousand_are_read_in_one_pass(tmp_path, content, expected):
    # Not a timing: a bound so that the quadratic reader (minutes at this size) fails
    # instead of hanging; the linear one needs a fraction of a second.
    # benchmarks/bench_timeml_read.py prints the figures.
    path = write(tmp_path, content, "many.tml")
    done = subprocess.run([sys.executable, "-c", READ_IN_A_SUBPROCESS, str(path)],
                          capture_output=True, text=True, timeout=60, check=True)
    assert expected in done.stdout


def test_the_scanner_agrees_with_the_xml_parser_on_a_well_formed_file(tmp_path):
    source = GOLD
    path = tmp_path / "doc.tml"
    by_parser = timeml._read(source, path)
    by_scanner = timeml._from_tokens(source, path)
    assert (by_parser.reader, by_scanner.reader) == ("xml", "scanner")
    fields = ("text", "elements", "has_dct", "creation_times", "instances", "tlinks")
    assert [getattr(by_scanner, f) for f in fields] == [getattr(by_parser, f) for f in fields]


def test_entity_declarations_are_not_expanded(tmp_path):
    bomb = ('<?xml version="1.0"?><!DOCTYPE TimeML [<!ENTITY a "aaaaaaaaaa">'
            '<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]><TimeML>'
            '<DCT><TIMEX3 value="2020-06-11"/></DCT><TEXT>&b;</TEXT></TimeML>')
    doc = read_timeml(write(tmp_path, bomb))
    assert "aaaaaaaaaa" not in doc.text


# --- the creation date must be a whole, valid date ------------------------------------------

WRONG_DCT_VALUES = [
    ("99999-01-01", "not a date"),  # read as 9999-01-01 before
    ("12020-06-11", "not a date"),  # read as 2020-06-11 before
    ("2020-06-11T25:00", "hour must be in 0..23"),
    ("2020-06-11T10:60", "minute must be in 0..59"),
    ("2020-06-11 and more", "not a date"),
    ("2020-0611", "not a date"),
    ("1998-02-30", "day is out of range for month"),
]


@pytest.mark.parametrize("value, reason", WRONG_DCT_VALUES, ids=[v for v, _ in WRONG_DCT_VALUES])
def test_a_wrong_creation_date_is_refused_with_the_file_and_the_reason(tmp_path, value, reason):
    path = write(tmp_path, f'<TimeML><DCT><TIMEX3 value="{value}" functionInDocument="CREATION_TIME">'
                           f"x</TIMEX3></DCT><TEXT>On Monday.</TEXT></TimeML>", "wrong.tml")
    with pytest.raises(InputError) as error:
        read_timeml(path)
    message = str(error.value)
    assert message.startswith(f"{path}: the document creation time (<DCT>) has no valid date value")
    assert repr(value) in message and reason in message


@pytest.mark.parametrize("value", ["2020-06-11", "2020-06-11T10:00:00", "20200611", "20200611T10:00",
                                   "2020-06-11T10:00:00.250Z", "2020-06-11T10:00+01:00", "2020-06-11TEV"])
def test_valid_creation_dates_are_still_read(tmp_path, value):
    path = write(tmp_path, f'<TimeML><DCT><TIMEX3 value="{value}"/></DCT><TEXT>On Monday.</TEXT></TimeML>')
    assert read_timeml(path).dct == dt.date(2020, 6, 11)


# --- UTF-16 ------------------------------------------------------------------------------

UTF16_DOC = ('<?xml version="1.0" encoding="UTF-16"?>\n<TimeML><DCT><TIMEX3 value="2020-06-11"/></DCT>'
             '<TEXT>Caf\u00e9 \u4e2d <TIMEX3 tid="t1" type="DATE" value="2020-06-08">Monday</TIMEX3>.</TEXT></TimeML>')
UTF16_ENCODINGS = [("utf-16", "BOM, native order"), ("utf-16-le", "little-endian, no BOM"),
                   ("utf-16-be", "big-endian, no BOM")]


@pytest.mark.parametrize("encoding, note", UTF16_ENCODINGS, ids=[n for _, n in UTF16_ENCODINGS])
def test_utf16_timeml_that_declares_its_encoding_is_read(tmp_path, encoding, note):
    doc = read_timeml(write(tmp_path, UTF16_DOC.encode(encoding)))
    assert doc.dct == dt.date(2020, 6, 11)
    assert doc.text == "Caf\u00e9 \u4e2d Monday."
    assert [(t.text, doc.text[t.start:t.end]) for t in doc.timexes] == [("Monday", "Monday")]


def test_utf16_with_nul_characters_is_still_binary(tmp_path):
    path = write(tmp_path, ("<TimeML>\x00\x00" + "x" * 20).encode("utf-16"), "nul.tml")
    with pytest.raises(InputError, match="binary file"):
        read_timeml(path)


# --- every file written parses, offsets exact ---------------------------------------------


def test_characters_xml_forbids_are_written_as_one_replacement_each():
    text = "IBM said\x0c on\x01 Monday\x1b.\x0b\x00\ufffe"
    xml = mentions_to_timeml(text, [mention(text, "Monday")], dct=DCT_1998_08_07, docid="doc\x01")
    root = ET.fromstring(xml.encode("utf-8"))  # well-formed
    written = "".join(root.find("TEXT").itertext())
    assert written == "IBM said\ufffd on\ufffd Monday\ufffd.\ufffd\ufffd\ufffd"
    assert len(written) == len(text)
    assert root.find("TEXT/TIMEX3").text == "Monday"


def test_annotate_writes_a_parsable_file_for_a_control_character_reference(tmp_path):
    # &#11; is not XML (the scanner reads it as U+000B); the output must be XML again.
    source = write(tmp_path, GOLD.replace("Shares &lt;rose&gt;", "Shares&#11; &lt;rose&gt;\x0c"), "vt.tml")
    out = annotate_file(source, tmp_path / "out", find_mentions=lambda text, **_: [mention(text, "Friday")])
    ET.fromstring(out.read_bytes())
    doc = read_timeml(out)
    assert doc.text == GOLD_TEXT.replace("Shares <rose>", "Shares\ufffd <rose>\ufffd")
    assert [t.text for t in doc.timexes] == ["Friday"]


def test_annotate_writes_a_parsable_file_for_a_broken_header(tmp_path):
    source = write(tmp_path, BROKEN.replace("<DOCID>APW_TEST", "<DOCID>R&D APW_TEST\x01"), "hdr.tml")
    out = annotate_file(source, tmp_path / "out", find_mentions=lambda text, **_: [mention(text, "Friday")])
    ET.fromstring(out.read_bytes())
    doc = read_timeml(out)
    assert doc.text == GOLD_TEXT and doc.dct == DCT_1998_08_07
    assert [t.text for t in doc.timexes] == ["Friday"]


@settings(max_examples=150, deadline=None)
@given(text=st.text(max_size=80), cuts=st.lists(st.integers(min_value=0, max_value=80), max_size=6),
       value=st.text(max_size=8))
def test_any_text_is_written_as_xml_that_reads_back_with_the_same_offsets(tmp_path_factory, text, cuts, value):
    # Any text at all: control characters, U+FFFE/U+FFFF, CR, "]]>" ... (st.text leaves out surrogates only).
    points = sorted({min(c, len(text)) for c in cuts})
    spans = [(a, b) for a, b in zip(points[::2], points[1::2]) if a < b]
    mentions = [Mention(text[a:b], a, b, Timex("DATE", value, "year", "test", mod=value or None))
                for a, b in spans]
    xml = mentions_to_timeml(text, mentions, dct=DCT_1998_08_07, docid=value)
    root = ET.fromstring(xml.encode("utf-8"))  # a real XML parser accepts it
    assert [x.get("value") for x in root.find("TEXT").iter("TIMEX3")] == [
        timeml._NOT_XML.sub("\ufffd", value)] * len(spans)
    path = tmp_path_factory.mktemp("any") / "doc.tml"
    path.write_text(xml, encoding="utf-8")
    doc = read_timeml(path)
    expected = timeml._NOT_XML.sub("\ufffd", text)
    assert len(doc.text) == len(text) and doc.text == expected
    assert [(t.start, t.end, t.text) for t in doc.timexes] == [(a, b, expected[a:b]) for a, b in spans]


# --- whole corpora (slow) ------------------------------------------------------------

FOLDERS = ["timebank", "aquaint", "tweets/trainingset", "tweets/testset", "wikiwars"]


@pytest.mark.slow
@pytest.mark.parametrize("folder", FOLDERS)
def test_corpus_text_and_timexes_agree_with_an_xml_parser(folder):
    if not (CORPORA / folder).is_dir():
        pytest.skip(f"corpus {folder} not available")
    docs, problems = read_corpus(CORPORA / folder)
    assert docs and problems == []
    for doc in docs:
        root = ET.parse(doc.path).getroot()
        text = root.find("TEXT")
        assert doc.text == "".join(text.itertext()), doc.name
        assert [t.text for t in doc.timexes] == ["".join(x.itertext()) for x in text.iter("TIMEX3")]
        assert [t.value for t in doc.timexes] == [x.get("value") for x in text.iter("TIMEX3")]
        assert all(doc.text[t.start:t.end] == t.text for t in doc.timexes)
