"""TimeML in and out: read gold ``.tml`` files, write TIMEX3-tagged documents.

Reading (``read_timeml``) gives a :class:`TimemlDocument`: the document
creation time from ``<DCT>``, the text of ``<TEXT>`` with every tag removed and
entities unescaped, and the gold TIMEX3 / EVENT / TLINK annotations with
character offsets into that text (``doc.text[t.start:t.end] == t.text``).

Writing (``mentions_to_timeml``, ``annotate_file``) produces the TempEval-3
system-output format: the same text, only TIMEX3 tags added inside ``<TEXT>``,
the DCT element kept. The official TE3 scorer compares the tag-stripped text of
the gold and system files, so the text must come out byte-for-byte unchanged.

The reader is a small tag scanner rather than an XML parser on purpose: real
TimeML files carry stray ``&``, ``._*`` resource forks and odd DCT values, and
a scanner can be lenient about those while still giving exact offsets.
"""

from __future__ import annotations

import datetime as dt
import html
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from timeline.errors import InputError

TIMEML_OPEN = (
    '<TimeML xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
    'xsi:noNamespaceSchemaLocation="http://timeml.org/timeMLdocs/TimeML_1.2.1.xsd">'
)
JUNK_PREFIX = "._"  # macOS AppleDouble resource forks that ride along in zips


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


# --- scanning ---------------------------------------------------------------

# Markup we step over inside TEXT. Comments, CDATA and processing instructions
# come first so a "<" inside them is not taken for a tag.
_MARKUP = re.compile(
    r"<!--.*?-->|<!\[CDATA\[(?P<cdata>.*?)\]\]>|<\?.*?\?>|<!DOCTYPE[^>]*>"
    r"|<(?P<close>/?)(?P<name>[A-Za-z_][\w.:-]*)(?P<attrs>(?:\s+[^\s=/>]+\s*=\s*(?:\"[^\"]*\"|'[^']*'))*)"
    r"\s*(?P<empty>/?)>",
    re.S,
)
_ATTR = re.compile(r"([^\s=/>]+)\s*=\s*(?:\"([^\"]*)\"|'([^']*)')")
_TEXT = re.compile(r"<TEXT(?:\s[^>]*)?>(?P<body>.*?)</TEXT\s*>", re.S)
_DCT = re.compile(r"<DCT(?:\s[^>]*)?>(?P<body>.*?)</DCT\s*>", re.S)
_TIMEX_ELEMENT = re.compile(r"(?P<tag><TIMEX3\b[^>]*?)(?:/>|>(?P<body>.*?)</TIMEX3\s*>)", re.S)
_TAG_NAMED = r"<{name}\b[^>]*>"
_DATE = re.compile(r"(\d{4})-?(\d{2})-?(\d{2})")  # 1998-08-07, 19980807, 1998-08-07T02:30
_ENCODING = re.compile(rb"""^<\?xml[^>]*encoding\s*=\s*["']([\w.-]+)["']""")


def _attrs(raw: str) -> dict[str, str]:
    return {m.group(1): html.unescape(m.group(2) if m.group(2) is not None else m.group(3))
            for m in _ATTR.finditer(raw)}


def _decode(data: bytes, path: Path) -> str:
    if b"\x00" in data[:8192]:
        raise InputError(f"{path}: binary file, not TimeML.")
    declared = _ENCODING.match(data)
    encoding = declared.group(1).decode("ascii") if declared else "utf-8"
    try:
        source = data.decode("utf-8-sig" if encoding.lower() in ("utf-8", "utf8") else encoding)
    except (UnicodeDecodeError, LookupError) as error:
        raise InputError(f"{path}: cannot decode as {encoding}: {error}.") from None
    # XML end-of-line handling: every parser (and the TE3 scorer) sees CRLF and CR
    # as LF, so offsets must be counted on the normalised text (tweets use CRLF).
    return source.replace("\r\n", "\n").replace("\r", "\n")


def _parse_date(value: str) -> dt.date | None:
    match = _DATE.search(value)
    if not match:
        return None
    try:
        return dt.date(*(int(g) for g in match.groups()))
    except ValueError:
        return None


def _find_dct(source: str, path: Path) -> dt.date:
    """The creation date: ``<DCT><TIMEX3 value=...>``; a time part is dropped."""
    element = _DCT.search(source)
    candidates = []
    if element:
        candidates.extend(_TIMEX_ELEMENT.finditer(element.group("body")))
    # Lenient: some files mark the creation time only by its function.
    candidates.extend(m for m in _TIMEX_ELEMENT.finditer(source)
                      if 'CREATION_TIME' in m.group("tag"))
    for match in candidates:
        attrs = _attrs(match.group("tag"))
        # Fall back to the element's content ("19980108") when value is missing.
        for raw in (attrs.get("value", ""), re.sub(r"<[^>]*>", "", match.group("body") or "")):
            date = _parse_date(raw)
            if date is not None:
                return date
    if element or candidates:
        raise InputError(f"{path}: the document creation time (<DCT>) has no valid date value.")
    raise InputError(f"{path}: no document creation time (<DCT><TIMEX3 value=...>).")


def _scan_text(body: str, path: Path) -> tuple[str, list[tuple[str, dict[str, str], int, int]]]:
    """Strip tags from ``body``. Returns the text and (tag, attrs, start, end) elements."""
    pieces: list[str] = []
    length = 0
    open_stack: list[tuple[str, dict[str, str], int]] = []
    elements: list[tuple[str, dict[str, str], int, int]] = []
    position = 0
    for match in _MARKUP.finditer(body):
        chunk = html.unescape(body[position:match.start()])
        pieces.append(chunk)
        length += len(chunk)
        position = match.end()
        if match.group("cdata") is not None:
            pieces.append(match.group("cdata"))
            length += len(match.group("cdata"))
            continue
        name = match.group("name")
        if name is None:  # comment or processing instruction
            continue
        if match.group("close"):
            for depth in range(len(open_stack) - 1, -1, -1):
                if open_stack[depth][0] == name:
                    tag, attrs, start = open_stack.pop(depth)
                    elements.append((tag, attrs, start, length))
                    break
            else:
                if name == "TIMEX3":  # a gold span we cannot place: refuse, do not guess
                    raise InputError(f"{path}: </TIMEX3> without an opening tag in <TEXT>.")
        elif match.group("empty"):
            elements.append((name, _attrs(match.group("attrs")), length, length))
        else:
            open_stack.append((name, _attrs(match.group("attrs")), length))
    chunk = html.unescape(body[position:])
    pieces.append(chunk)
    unclosed = [f"<{tag} {attrs.get('tid') or attrs.get('eid') or ''}>".replace(" >", ">")
                for tag, attrs, _ in open_stack if tag in ("TIMEX3", "EVENT")]
    if unclosed:
        raise InputError(f"{path}: unclosed {', '.join(unclosed)} in <TEXT>.")
    elements.sort(key=lambda e: (e[2], -e[3]))
    return "".join(pieces), elements


def read_timeml(path: str | Path) -> TimemlDocument:
    """Read one TimeML file.

    >>> doc = read_timeml("APW19980807.0261.tml")          # doctest: +SKIP
    >>> doc.dct, doc.timexes[0].text, doc.timexes[0].value  # doctest: +SKIP
    (datetime.date(1998, 8, 7), 'Friday', '1998-08-07')

    Missing attributes become "" (type, value) or None (mod); TIMEX3 tags
    without text (TimeML non-consuming timexes) are kept with start == end.
    Raises InputError naming the file and the reason when the file is junk
    (``._*``), not text, has no ``<TEXT>`` or no usable DCT.
    """
    path = Path(path)
    if path.name.startswith(JUNK_PREFIX):
        raise InputError(f"{path}: macOS resource-fork file ('._' prefix), not TimeML.")
    try:
        data = path.read_bytes()
    except OSError as error:
        raise InputError(f"{path}: cannot read: {error.strerror or error}.") from None
    source = _decode(data, path)
    text_element = _TEXT.search(source)
    if text_element is None:
        raise InputError(f"{path}: no <TEXT>...</TEXT> element.")
    dct = _find_dct(source, path)
    text, elements = _scan_text(text_element.group("body"), path)

    timexes = tuple(
        GoldTimex(
            tid=attrs.get("tid", ""), start=start, end=end, text=text[start:end],
            type=attrs.get("type", ""), value=attrs.get("value", ""),
            mod=attrs.get("mod") or None,
        )
        for tag, attrs, start, end in elements if tag == "TIMEX3"
    )
    # MAKEINSTANCE and the links live after </TEXT>; read them from the whole file.
    tail = source[:text_element.start()] + source[text_element.end():]
    instances: dict[str, list[str]] = {}
    for tag in re.finditer(_TAG_NAMED.format(name="MAKEINSTANCE"), tail):
        attrs = _attrs(tag.group(0))
        instances.setdefault(attrs.get("eventID", ""), []).append(attrs.get("eiid", ""))
    events = tuple(
        GoldEvent(
            eid=attrs.get("eid", ""), eiids=tuple(instances.get(attrs.get("eid", ""), ())),
            start=start, end=end, text=text[start:end], class_=attrs.get("class", ""),
        )
        for tag, attrs, start, end in elements if tag == "EVENT"
    )
    tlinks = []
    for tag in re.finditer(_TAG_NAMED.format(name="TLINK"), tail):
        attrs = _attrs(tag.group(0))
        tlinks.append(GoldTlink(
            lid=attrs.get("lid", ""), relType=attrs.get("relType", ""),
            eventInstanceID=attrs.get("eventInstanceID"), timeID=attrs.get("timeID"),
            relatedToTime=attrs.get("relatedToTime"),
            relatedToEventInstance=attrs.get("relatedToEventInstance"),
        ))
    return TimemlDocument(
        name=path.name, path=path, dct=dct, text=text,
        timexes=timexes, events=events, tlinks=tuple(tlinks),
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
    parsers turn a literal CR into LF, which would change the text."""
    return (text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            .replace("\r", "&#13;"))


def _attr(value: str) -> str:
    return '"' + escape_text(str(value)).replace('"', "&quot;").replace("\n", "&#10;") + '"'


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

    Stripping the tags and unescaping gives back ``text`` exactly.
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

    ``read_timeml`` of the result gives back ``text`` and the mentions' spans.
    """
    return (
        '<?xml version="1.0" ?>\n'
        f"{TIMEML_OPEN}\n"
        f"<DOCID>{escape_text(docid)}</DOCID>\n"
        f"{dct_element(dct)}\n"
        f"<TEXT>{tag_text(text, mentions)}</TEXT>\n"
        "</TimeML>"
    )


def _strip_annotations(header: str) -> str:
    """Header markup (DOCID, TITLE, EXTRAINFO, ...) without gold EVENT/SIGNAL/TIMEX3
    tags; the TIMEX3 inside <DCT> is kept (the scorer and readers need it)."""
    tags = re.compile(r"</?(?:EVENT|SIGNAL|TIMEX3)\b[^>]*>")
    parts, position = [], 0
    for dct in _DCT.finditer(header):
        parts.append(tags.sub("", header[position:dct.start()]))
        parts.append(dct.group(0))
        position = dct.end()
    parts.append(tags.sub("", header[position:]))
    return "".join(parts)


def system_output(doc: TimemlDocument, mentions: Sequence) -> str:
    """The TempEval-3 system-output file for ``doc``: its header (DOCID, DCT, ...)
    kept as it was, its text unchanged with the system's TIMEX3 tags, and none of
    the gold annotations (EVENT, MAKEINSTANCE, TLINK, ...)."""
    source = _decode(doc.path.read_bytes(), doc.path)
    text_element = _TEXT.search(source)
    if text_element is None:  # pragma: no cover - read_timeml already refused it
        raise InputError(f"{doc.path}: no <TEXT>...</TEXT> element.")
    header = _strip_annotations(source[:text_element.start()])
    if _DCT.search(header) is None:  # a creation time found elsewhere: restate it
        header = header.rstrip("\n") + "\n" + dct_element(doc.dct) + "\n"
    open_tag = re.match(r"<TEXT[^>]*>", text_element.group(0)).group(0)
    closing = "</TimeML>\n" if "<TimeML" in header else "\n"
    return f"{header}{open_tag}{tag_text(doc.text, mentions)}</TEXT>\n{closing}"


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
