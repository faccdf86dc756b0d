"""TimeML in and out: read gold ``.tml`` files, write TIMEX3-tagged documents.

Reading (``read_timeml``) gives a :class:`TimemlDocument`: the document
creation time from ``<DCT>``, the text of ``<TEXT>`` with every tag removed and
entities unescaped, and the gold TIMEX3 / EVENT / TLINK annotations with
character offsets into that text (``doc.text[t.start:t.end] == t.text``).
A well-formed file is read by an XML parser (defusedxml over expat: no entity
expansion, no external references); a broken one (a stray ``&``, an unclosed
tag) by a lenient scanner that gives the same offsets and stays linear in the
file's length. UTF-16 and UTF-32 files are recognised by their first bytes.

Writing (``mentions_to_timeml``, ``annotate_file``) produces the TempEval-3
system-output format: the same text, only TIMEX3 tags added inside ``<TEXT>``,
the DCT element kept. The official TE3 scorer compares the tag-stripped text of
the gold and system files, so the text comes out unchanged, except for the
characters XML 1.0 cannot carry at all (most C0 controls, U+FFFE, U+FFFF): each
becomes U+FFFD, one character for one, so offsets still hold and every file
written parses.
"""

from __future__ import annotations

import datetime as dt
import html
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import NamedTuple

from defusedxml.ElementTree import fromstring as defused_fromstring

from timeline.errors import InputError

TIMEML_OPEN = (
    '<TimeML xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
    'xsi:noNamespaceSchemaLocation="http://timeml.org/timeMLdocs/TimeML_1.2.1.xsd">'
)
JUNK_PREFIX = "._"  # macOS AppleDouble resource forks that ride along in zips
# Characters XML 1.0 cannot carry, not even as a character reference.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
NOT_XML_REPLACEMENT = "\ufffd"


@dataclass(frozen=True, slots=True)
class GoldTimex:
    tid: str
    start: int  # offsets into TimemlDocument.text
    end: int
    text: str
    type: str
    value: str
    mod: str | None = None


@dataclass(frozen=True, slots=True)
class GoldEvent:
    eid: str
    eiids: tuple[str, ...]  # instance ids from MAKEINSTANCE (TLINKs point at these)
    start: int
    end: int
    text: str
    class_: str  # TimeML "class" (a Python keyword)


@dataclass(frozen=True, slots=True)
class GoldTlink:
    lid: str
    relType: str
    eventInstanceID: str | None = None  # source: an event instance ...
    timeID: str | None = None  # ... or a timex
    relatedToTime: str | None = None  # target: a timex ...
    relatedToEventInstance: str | None = None  # ... or an event instance


@dataclass(frozen=True, slots=True)
class TimemlDocument:
    name: str  # file name, e.g. "APW19980807.0261.tml"
    path: Path
    dct: dt.date
    text: str
    timexes: tuple[GoldTimex, ...] = ()
    events: tuple[GoldEvent, ...] = ()
    tlinks: tuple[GoldTlink, ...] = ()


# --- decoding -----------------------------------------------------------------

_ENCODING = re.compile(rb"""^<\?xml[^>]*encoding\s*=\s*["']([\w.-]+)["']""")
_BYTE_ORDER_MARKS = (
    (b"\xef\xbb\xbf", "utf-8"),
    (b"\xff\xfe\x00\x00", "utf-32-le"),  # before UTF-16 LE, whose mark it starts with
    (b"\x00\x00\xfe\xff", "utf-32-be"),
    (b"\xff\xfe", "utf-16-le"),
    (b"\xfe\xff", "utf-16-be"),
)
# Without a byte order mark, UTF-16 still shows in how "<?" is spelt (XML 1.0, appendix F).
_UNMARKED_UTF16 = ((b"<\x00?\x00", "utf-16-le"), (b"\x00<\x00?", "utf-16-be"))


def _byte_encoding(data: bytes) -> tuple[str | None, int]:
    """The encoding the first bytes prove (a byte order mark, or UTF-16 "<?"), and the mark's length."""
    for mark, encoding in _BYTE_ORDER_MARKS:
        if data.startswith(mark):
            return encoding, len(mark)
    for head, encoding in _UNMARKED_UTF16:
        if data.startswith(head):
            return encoding, 0
    return None, 0


def _decode(data: bytes, path: Path) -> str:
    encoding, mark_length = _byte_encoding(data)
    if encoding is None:
        # NUL bytes mean binary only in an ASCII-compatible encoding (UTF-16 is full of them).
        if b"\x00" in data[:8192]:
            raise InputError(f"{path}: binary file, not TimeML.")
        declared = _ENCODING.match(data)
        encoding = declared.group(1).decode("ascii") if declared else "utf-8"
        if encoding.lower().replace("-", "").startswith(("utf16", "utf32")):
            encoding = "utf-8"  # the bytes are one per character: the declaration is wrong
    try:
        source = data[mark_length:].decode(encoding)
    except (UnicodeDecodeError, LookupError) as error:
        raise InputError(f"{path}: cannot decode as {encoding}: {error}.") from None
    if "\x00" in source[:8192]:
        raise InputError(f"{path}: binary file, not TimeML.")
    # XML end-of-line handling: every parser (and the TE3 scorer) sees CRLF and CR
    # as LF, so offsets must be counted on the normalised text (tweets use CRLF).
    return source.replace("\r\n", "\n").replace("\r", "\n")


# --- the creation date ------------------------------------------------------------

# A TIMEX3 date, extended (1998-08-07) or basic (19980807) format, with an optional
# ISO 8601 time (1998-08-07T02:30:00, 19980807T02:30, ...Z, ...+01:00) or part of day.
_DATE = re.compile(
    r"(?P<year>\d{4})(?P<dash>-?)(?P<month>\d{2})(?P=dash)(?P<day>\d{2})"
    r"(?:T(?:(?P<hour>\d{2})(?::?(?P<minute>\d{2})(?::?(?P<second>\d{2})(?:[.,]\d+)?)?)?"
    r"(?:Z|[+-]\d{2}(?::?\d{2})?)?|MO|AF|EV|NI|DT))?"
)


def _parse_date(value: str) -> dt.date:
    """The day of a TIMEX3 date value (a time part is checked, then dropped).

    Raises ValueError saying what is wrong: the whole value must be a date, so
    "12020-06-11" is not read as 2020-06-11 nor "2020-06-11T25:00" as that day.
    """
    match = _DATE.fullmatch(value)
    if match is None:
        raise ValueError("not a date of the form YYYY-MM-DD or YYYYMMDD, optionally with a time")
    day = dt.date(int(match["year"]), int(match["month"]), int(match["day"]))
    if match["hour"] is not None:
        dt.time(int(match["hour"]), int(match["minute"] or 0), int(match["second"] or 0))
    return day


def _creation_date(candidates: Sequence[tuple[dict[str, str], str]], has_dct: bool, path: Path) -> dt.date:
    """The first creation time that states a date decides; a wrong one is refused, not skipped.

    ``candidates`` are (attributes, content) of the TIMEX3s in <DCT>, then of those
    whose function is CREATION_TIME (some files mark the creation time only so).
    """
    for attrs, content in candidates:
        # The element's content ("19980108") stands in for a missing value.
        stated = attrs.get("value", "").strip() or content.strip()
        if not stated:
            continue
        try:
            return _parse_date(stated)
        except ValueError as error:
            raise InputError(f"{path}: the document creation time (<DCT>) has no valid date value "
                             f"({stated!r}: {error}).") from None
    if has_dct or candidates:
        raise InputError(f"{path}: the document creation time (<DCT>) has no valid date value.")
    raise InputError(f"{path}: no document creation time (<DCT><TIMEX3 value=...>).")


# --- reading a well-formed file: an XML parser ----------------------------------------

# (tag, attributes, start, end) of an element inside <TEXT>, offsets into its text.
Element = tuple[str, dict[str, str], int, int]


@dataclass(frozen=True, slots=True)
class _Parsed:
    """What :func:`read_timeml` takes from a file, whichever reader read it."""

    reader: str  # "xml" (a well-formed file) or "scanner" (the lenient fallback)
    text: str
    elements: tuple[Element, ...]  # sorted by start, longer first
    has_dct: bool
    creation_times: tuple[tuple[dict[str, str], str], ...]  # see _creation_date
    instances: tuple[dict[str, str], ...]  # MAKEINSTANCE attributes (outside <TEXT>)
    tlinks: tuple[dict[str, str], ...]  # TLINK attributes (outside <TEXT>)


def _parse_xml(source: str) -> ET.Element | None:
    """The element tree of a well-formed file, else None. defusedxml refuses entity
    declarations and external references (entity expansion bombs, XXE); expat reads
    in linear time however the markup is nested."""
    try:
        return defused_fromstring(source)
    except (ET.ParseError, ValueError):  # defusedxml's refusals are ValueErrors
        return None


def _local(tag) -> str:
    """``{namespace}TEXT`` -> ``TEXT``; comments and PIs (not str tags) -> ""."""
    return tag.rpartition("}")[2] if isinstance(tag, str) else ""


def _tree_text(text_element: ET.Element) -> tuple[str, list[Element]]:
    """The text of ``text_element`` and its descendants' spans (an explicit stack:
    deep nesting must not reach Python's recursion limit)."""
    pieces = [text_element.text or ""]
    length = len(pieces[0])
    elements: list[Element] = []
    children = [iter(text_element)]
    open_elements: list[tuple[ET.Element, int]] = []
    while children:
        child = next(children[-1], None)
        if child is None:
            children.pop()
            if open_elements:
                element, start = open_elements.pop()
                elements.append((_local(element.tag), dict(element.attrib), start, length))
                pieces.append(element.tail or "")
                length += len(pieces[-1])
            continue
        open_elements.append((child, length))
        pieces.append(child.text or "")
        length += len(pieces[-1])
        children.append(iter(child))
    return "".join(pieces), elements


def _from_tree(root: ET.Element, path: Path) -> _Parsed:
    everything = list(root.iter())
    text_element = next((e for e in everything if _local(e.tag) == "TEXT"), None)
    if text_element is None:
        raise InputError(f"{path}: no <TEXT>...</TEXT> element.")
    text, elements = _tree_text(text_element)
    inside_text = {id(e) for e in text_element.iter()}
    outside = [e for e in everything if id(e) not in inside_text]
    dct = next((e for e in everything if _local(e.tag) == "DCT"), None)
    timexes = [] if dct is None else [e for e in dct.iter() if _local(e.tag) == "TIMEX3"]
    timexes += [e for e in everything if _local(e.tag) == "TIMEX3"
                and any("CREATION_TIME" in v for v in e.attrib.values())]
    return _Parsed(
        reader="xml", text=text, elements=tuple(sorted(elements, key=lambda e: (e[2], -e[3]))),
        has_dct=dct is not None,
        creation_times=tuple((dict(e.attrib), "".join(e.itertext())) for e in timexes),
        instances=tuple(dict(e.attrib) for e in outside if _local(e.tag) == "MAKEINSTANCE"),
        tlinks=tuple(dict(e.attrib) for e in outside if _local(e.tag) == "TLINK"),
    )


# --- reading a broken file: a lenient scanner, linear in the file's length -----------
#
# Real TimeML files may carry a stray "&" or an HTML entity (&nbsp;); the scanner
# reads them leniently while still giving exact offsets. It tokenizes the file
# once: no pattern can run past the next "<" (attribute values may not hold one, as
# in XML), and the terminators of comments, CDATA and the like are looked up by
# _Finder, which never searches the same stretch twice. Elements are then paired
# on the token list, so an unclosed start tag costs nothing more than its token.


class _Token(NamedTuple):
    kind: str  # "start", "end", "empty", "cdata" or "other" (comment, PI, DOCTYPE)
    name: str  # tag name ("" unless a tag)
    attrs: str  # the raw attribute text of a tag
    start: int  # offsets into the source
    end: int


_TAG = re.compile(
    r"<(?P<close>/?)(?P<name>[A-Za-z_][\w.:-]*)"
    r"(?P<attrs>(?:\s+[^\s=/<>\"']+\s*=\s*(?:\"[^\"<]*\"|'[^'<]*'))*)\s*(?P<empty>/?)>"
)
_ATTR = re.compile(r"([^\s=/<>\"']+)\s*=\s*(?:\"([^\"]*)\"|'([^']*)')")
_CDATA_OPEN = "<![CDATA["
# Markup that runs to a terminator, which may come after further "<"s.
_DELIMITED = (("<!--", "-->", "other"), (_CDATA_OPEN, "]]>", "cdata"), ("<?", "?>", "other"),
              ("<!DOCTYPE", ">", "other"))


_REFERENCE = re.compile(r"&(?:#(\d+);?|#[xX]([0-9a-fA-F]+);?|[A-Za-z][A-Za-z0-9]*;?)")


def _reference(match: re.Match) -> str:
    if match[1] is None and match[2] is None:
        return html.unescape(match[0])  # named: the XML five, and HTML's (&nbsp;) leniently
    code = int(match[1]) if match[1] is not None else int(match[2], 16)
    if code > 0x10FFFF or _NOT_XML.match(chr(code)):
        return NOT_XML_REPLACEMENT  # one character still, so nothing vanishes
    return chr(code)  # as XML reads it (HTML would remap &#128; to the euro sign)


def _unescape(text: str) -> str:
    """Entity and character references resolved in one pass (``&#38;amp;`` is "&amp;")."""
    return _REFERENCE.sub(_reference, text) if "&" in text else text


def _attrs(raw: str) -> dict[str, str]:
    return {m.group(1): _unescape(m.group(2) if m.group(2) is not None else m.group(3))
            for m in _ATTR.finditer(raw)}


class _Finder:
    """``source.find(needle, start)`` for starts that never decrease, remembering the
    answer: the file is searched once per needle, however many unterminated
    comments (say) ask for their end."""

    def __init__(self, source: str, needle: str) -> None:
        self._source, self._needle = source, needle
        self._searched_from, self._found = len(source) + 1, -1

    def find(self, start: int) -> int:
        if not (self._searched_from <= start and (self._found < 0 or self._found >= start)):
            self._searched_from, self._found = start, self._source.find(self._needle, start)
        return self._found


def _tokenize(source: str) -> list[_Token]:
    """The markup of ``source`` in order; a "<" that starts no markup is text."""
    finders = {closing: _Finder(source, closing) for _, closing, _ in _DELIMITED}
    tokens: list[_Token] = []
    position = source.find("<")
    while position >= 0:
        token = None
        for opening, closing, kind in _DELIMITED:
            if source.startswith(opening, position):
                end = finders[closing].find(position + len(opening))
                if end >= 0:
                    token = _Token(kind, "", "", position, end + len(closing))
                break
        else:
            match = _TAG.match(source, position)
            if match:
                kind = "end" if match["close"] else "empty" if match["empty"] else "start"
                token = _Token(kind, match["name"], match["attrs"], position, match.end())
        if token is None:
            position = source.find("<", position + 1)
        else:
            tokens.append(token)
            position = source.find("<", token.end)
    return tokens


def _element_bounds(tokens: Sequence[_Token], name: str, start: int = 0,
                    stop: int | None = None) -> tuple[int, int] | None:
    """Token indices of the first ``<name>`` in tokens[start:stop] and the first ``</name>`` after it."""
    stop = len(tokens) if stop is None else stop
    opening = next((i for i in range(start, stop) if tokens[i].kind == "start" and tokens[i].name == name), None)
    if opening is None:
        return None
    closing = next((i for i in range(opening + 1, stop) if tokens[i].kind == "end" and tokens[i].name == name), None)
    return None if closing is None else (opening, closing)


def _content(source: str, tokens: Sequence[_Token], opening: int, closing: int) -> str:
    """The text between tokens[opening] and tokens[closing], tags removed, references resolved."""
    pieces, position = [], tokens[opening].end
    for token in tokens[opening + 1:closing]:
        pieces.append(_unescape(source[position:token.start]))
        if token.kind == "cdata":
            pieces.append(source[token.start + len(_CDATA_OPEN):token.end - 3])
        position = token.end
    pieces.append(_unescape(source[position:tokens[closing].start]))
    return "".join(pieces)


def _timex_elements(source: str, tokens: Sequence[_Token], start: int, stop: int, *,
                    creation_only: bool = False) -> list[tuple[dict[str, str], str]]:
    """(attributes, content) of TIMEX3 elements in tokens[start:stop], one after the other
    (not nested: each search resumes after the previous element's end tag)."""
    next_end, ends = [None] * (stop - start), None
    for i in range(stop - 1, start - 1, -1):  # the first </TIMEX3> after each token
        next_end[i - start] = ends
        if tokens[i].kind == "end" and tokens[i].name == "TIMEX3":
            ends = i
    found, i = [], start
    while i < stop:
        token = tokens[i]
        if (token.name != "TIMEX3" or token.kind not in ("start", "empty")
                or (creation_only and "CREATION_TIME" not in token.attrs)):
            i += 1
        elif token.kind == "empty":
            found.append((_attrs(token.attrs), ""))
            i += 1
        elif next_end[i - start] is None:
            i += 1  # never closed: not an element
        else:
            found.append((_attrs(token.attrs), _content(source, tokens, i, next_end[i - start])))
            i = next_end[i - start] + 1
    return found


def _scan_text(source: str, tokens: Sequence[_Token], opening: int, closing: int,
               path: Path) -> tuple[str, list[Element]]:
    """The text of the <TEXT> element between tokens[opening] and tokens[closing],
    and the (tag, attrs, start, end) spans of the elements in it."""
    pieces: list[str] = []
    length = 0
    open_stack: list[tuple[str, dict[str, str], int]] = []
    elements: list[Element] = []
    position = tokens[opening].end
    for token in tokens[opening + 1:closing]:
        chunk = _unescape(source[position:token.start])
        pieces.append(chunk)
        length += len(chunk)
        position = token.end
        if token.kind == "cdata":
            chunk = source[token.start + len(_CDATA_OPEN):token.end - 3]
            pieces.append(chunk)
            length += len(chunk)
        elif token.kind == "end":
            for depth in range(len(open_stack) - 1, -1, -1):
                if open_stack[depth][0] == token.name:
                    tag, attrs, start = open_stack.pop(depth)
                    elements.append((tag, attrs, start, length))
                    break
            else:
                if token.name == "TIMEX3":  # a gold span we cannot place: refuse, do not guess
                    raise InputError(f"{path}: </TIMEX3> without an opening tag in <TEXT>.")
        elif token.kind == "empty":
            elements.append((token.name, _attrs(token.attrs), length, length))
        elif token.kind == "start":
            open_stack.append((token.name, _attrs(token.attrs), length))
    pieces.append(_unescape(source[position:tokens[closing].start]))
    unclosed = [f"<{tag} {attrs.get('tid') or attrs.get('eid') or ''}>".replace(" >", ">")
                for tag, attrs, _ in open_stack if tag in ("TIMEX3", "EVENT")]
    if unclosed:
        raise InputError(f"{path}: unclosed {', '.join(unclosed)} in <TEXT>.")
    elements.sort(key=lambda e: (e[2], -e[3]))
    return "".join(pieces), elements


def _from_tokens(source: str, path: Path) -> _Parsed:
    tokens = _tokenize(source)
    text_bounds = _element_bounds(tokens, "TEXT")
    if text_bounds is None:
        raise InputError(f"{path}: no <TEXT>...</TEXT> element.")
    text, elements = _scan_text(source, tokens, *text_bounds, path)
    dct = _element_bounds(tokens, "DCT")
    creation_times = [] if dct is None else _timex_elements(source, tokens, *dct)
    creation_times += _timex_elements(source, tokens, 0, len(tokens), creation_only=True)
    outside = tokens[:text_bounds[0]] + tokens[text_bounds[1] + 1:]
    return _Parsed(
        reader="scanner", text=text, elements=tuple(elements), has_dct=dct is not None,
        creation_times=tuple(creation_times),
        instances=tuple(_attrs(t.attrs) for t in outside if t.name == "MAKEINSTANCE" and t.kind != "end"),
        tlinks=tuple(_attrs(t.attrs) for t in outside if t.name == "TLINK" and t.kind != "end"),
    )


def _read(source: str, path: Path) -> _Parsed:
    """A well-formed file through the XML parser; a broken one through the scanner."""
    root = _parse_xml(source)
    return _from_tree(root, path) if root is not None else _from_tokens(source, path)


def read_timeml(path: str | Path) -> TimemlDocument:
    """Read one TimeML file.

    >>> doc = read_timeml("APW19980807.0261.tml")          # doctest: +SKIP
    >>> doc.dct, doc.timexes[0].text, doc.timexes[0].value  # doctest: +SKIP
    (datetime.date(1998, 8, 7), 'Friday', '1998-08-07')

    Missing attributes become "" (type, value) or None (mod); TIMEX3 tags
    without text (TimeML non-consuming timexes) are kept with start == end.
    Raises InputError naming the file and the reason when the file is junk
    (``._*``), not text, has no ``<TEXT>`` or no valid DCT.
    """
    path = Path(path)
    if path.name.startswith(JUNK_PREFIX):
        raise InputError(f"{path}: macOS resource-fork file ('._' prefix), not TimeML.")
    try:
        data = path.read_bytes()
    except OSError as error:
        raise InputError(f"{path}: cannot read: {error.strerror or error}.") from None
    parsed = _read(_decode(data, path), path)
    dct = _creation_date(parsed.creation_times, parsed.has_dct, path)
    text = parsed.text
    timexes = tuple(
        GoldTimex(
            tid=attrs.get("tid", ""), start=start, end=end, text=text[start:end],
            type=attrs.get("type", ""), value=attrs.get("value", ""),
            mod=attrs.get("mod") or None,
        )
        for tag, attrs, start, end in parsed.elements if tag == "TIMEX3"
    )
    instances: dict[str, list[str]] = {}
    for attrs in parsed.instances:
        instances.setdefault(attrs.get("eventID", ""), []).append(attrs.get("eiid", ""))
    events = tuple(
        GoldEvent(
            eid=attrs.get("eid", ""), eiids=tuple(instances.get(attrs.get("eid", ""), ())),
            start=start, end=end, text=text[start:end], class_=attrs.get("class", ""),
        )
        for tag, attrs, start, end in parsed.elements if tag == "EVENT"
    )
    tlinks = tuple(
        GoldTlink(
            lid=attrs.get("lid", ""), relType=attrs.get("relType", ""),
            eventInstanceID=attrs.get("eventInstanceID"), timeID=attrs.get("timeID"),
            relatedToTime=attrs.get("relatedToTime"),
            relatedToEventInstance=attrs.get("relatedToEventInstance"),
        )
        for attrs in parsed.tlinks
    )
    return TimemlDocument(
        name=path.name, path=path, dct=dct, text=text,
        timexes=timexes, events=events, tlinks=tlinks,
    )


def list_timeml_files(directory: str | Path) -> list[Path]:
    """The ``*.tml`` files directly in ``directory``, sorted, junk ``._*`` files skipped."""
    directory = Path(directory)
    if not directory.is_dir():
        raise InputError(f"{directory}: not a directory.")
    return sorted(p for p in directory.glob("*.tml")
                  if p.is_file() and not p.name.startswith(JUNK_PREFIX))


def read_corpus(directory: str | Path) -> tuple[list[TimemlDocument], list[str]]:
    """Every readable ``*.tml`` in ``directory`` (not recursive).

    Returns (documents, problems): one "path: reason" line per file that could
    not be read, so one bad file does not stop an evaluation of hundreds.
    """
    docs, problems = [], []
    for path in list_timeml_files(directory):
        try:
            docs.append(read_timeml(path))
        except InputError as error:
            problems.append(str(error))
    return docs, problems


# --- writing ----------------------------------------------------------------


def escape_text(text: str) -> str:
    """XML-escape text content. ``\\r`` becomes a character reference because XML
    parsers turn a literal CR into LF, which would change the text. A character
    XML 1.0 forbids becomes U+FFFD: one for one, so offsets into the text hold."""
    return (_NOT_XML.sub(NOT_XML_REPLACEMENT, text)
            .replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            .replace("\r", "&#13;"))


def _attr(value: str) -> str:
    # A parser turns a literal tab or newline in an attribute into a space.
    return ('"' + escape_text(str(value)).replace('"', "&quot;")
            .replace("\n", "&#10;").replace("\t", "&#9;") + '"')


def _non_overlapping(text: str, mentions: Iterable) -> list:
    """Mentions sorted by position, without the ones TIMEX3 cannot express:
    out-of-range or empty spans, and any that overlap an earlier (longer) one."""
    kept, last_end = [], 0
    for m in sorted(mentions, key=lambda m: (m.start, -m.end)):
        if 0 <= m.start < m.end <= len(text) and m.start >= last_end:
            kept.append(m)
            last_end = m.end
    return kept


def tag_text(text: str, mentions: Iterable, *, first_tid: int = 1) -> str:
    """``text`` XML-escaped, with ``<TIMEX3 tid type value [mod]>`` around each mention.

    Stripping the tags and unescaping gives back ``text`` exactly, but for the
    characters XML forbids, each replaced by U+FFFD (see :func:`escape_text`).
    """
    out, position = [], 0
    for number, m in enumerate(_non_overlapping(text, mentions), start=first_tid):
        timex = m.timex
        attrs = f'tid="t{number}" type={_attr(timex.type)} value={_attr(timex.value)}'
        if timex.mod:
            attrs += f" mod={_attr(timex.mod)}"
        out.append(escape_text(text[position:m.start]))
        out.append(f"<TIMEX3 {attrs}>{escape_text(text[m.start:m.end])}</TIMEX3>")
        position = m.end
    out.append(escape_text(text[position:]))
    return "".join(out)


def dct_element(dct: dt.date) -> str:
    value = dct.isoformat()
    return (f'<DCT><TIMEX3 tid="t0" type="DATE" value="{value}" temporalFunction="false" '
            f'functionInDocument="CREATION_TIME">{value}</TIMEX3></DCT>')


def mentions_to_timeml(text: str, mentions: Sequence, dct: dt.date, *, docid: str = "article") -> str:
    """A full TimeML document: DCT element, then ``text`` with TIMEX3 tags in ``<TEXT>``.

    ``read_timeml`` of the result gives back ``text`` (characters XML forbids
    replaced, one for one) and the mentions' spans.
    """
    return (
        '<?xml version="1.0" ?>\n'
        f"{TIMEML_OPEN}\n"
        f"<DOCID>{escape_text(docid)}</DOCID>\n"
        f"{dct_element(dct)}\n"
        f"<TEXT>{tag_text(text, mentions)}</TEXT>\n"
        "</TimeML>"
    )


def _strip_annotations(source: str, tokens: Sequence[_Token], end: int) -> str:
    """``source[:end]`` (the header: DOCID, TITLE, EXTRAINFO, ...; ``tokens`` are its
    markup) without gold EVENT/SIGNAL/TIMEX3 tags; the TIMEX3 inside <DCT> is kept
    (the scorer and readers need it)."""
    parts, position, in_dct = [], 0, False
    for token in tokens:
        if token.name == "DCT" and token.kind in ("start", "end"):
            in_dct = token.kind == "start"
        elif token.name in ("EVENT", "SIGNAL", "TIMEX3") and token.kind != "other" and not in_dct:
            parts.append(source[position:token.start])
            position = token.end
    parts.append(source[position:end])
    return "".join(parts)


def system_output(doc: TimemlDocument, mentions: Sequence) -> str:
    """The TempEval-3 system-output file for ``doc``: its header (DOCID, DCT, ...)
    kept as it was, its text unchanged with the system's TIMEX3 tags, and none of
    the gold annotations (EVENT, MAKEINSTANCE, TLINK, ...).

    A header that is not XML (a stray ``&`` in a broken input) is replaced by a
    fresh one (DOCID, DCT), so that the file written always parses.
    """
    source = _decode(doc.path.read_bytes(), doc.path)
    tokens = _tokenize(source)
    text_bounds = _element_bounds(tokens, "TEXT")
    if text_bounds is None:  # pragma: no cover - read_timeml already refused it
        raise InputError(f"{doc.path}: no <TEXT>...</TEXT> element.")
    text_open = tokens[text_bounds[0]]
    header_tokens = tokens[:text_bounds[0]]
    header = _NOT_XML.sub(NOT_XML_REPLACEMENT, _strip_annotations(source, header_tokens, text_open.start))
    if _element_bounds(header_tokens, "DCT") is None:  # a creation time found elsewhere: restate it
        header = header.rstrip("\n") + "\n" + dct_element(doc.dct) + "\n"
    open_tag = source[text_open.start:text_open.end]
    has_root = any(t.kind == "start" and t.name == "TimeML" for t in header_tokens)
    closing = "</TimeML>\n" if has_root else "\n"
    output = f"{header}{open_tag}{tag_text(doc.text, mentions)}</TEXT>\n{closing}"
    if _parse_xml(output) is None:
        output = mentions_to_timeml(doc.text, mentions, doc.dct, docid=Path(doc.name).stem) + "\n"
    return output


def annotate_file(in_path: str | Path, out_dir: str | Path, *, find_mentions=None) -> Path:
    """Tag ``in_path`` (gold or raw TimeML; only its DCT and text are used) and write
    the system-output file of the same name into ``out_dir``. Returns its path.

    ``find_mentions`` defaults to :func:`timeline.temporal.find_mentions`.
    """
    if find_mentions is None:
        from timeline.temporal import find_mentions
    doc = read_timeml(in_path)
    return write_system_output(doc, find_mentions(doc.text, published=doc.dct), out_dir)


def write_system_output(doc: TimemlDocument, mentions: Sequence, out_dir: str | Path) -> Path:
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    out_path = out_dir / doc.name
    if out_path.resolve() == doc.path.resolve():
        raise InputError(f"{doc.path}: refusing to overwrite the input; choose another output folder.")
    out_path.write_text(system_output(doc, mentions), encoding="utf-8")
    return out_path
