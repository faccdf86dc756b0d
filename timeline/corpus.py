"""Reading a corpus: any mix of inputs to Articles, every problem reported.

One reader for every kind of article (``iter_corpus``, ``read_corpus``):

- text files: ``.txt``, ``.md``/``.markdown`` (front matter read), saved
  ``.html``/``.htm``/``.xhtml`` pages (main text by trafilatura, original
  publication date by htmldate, title, canonical URL and declared language);
  a ``<stem>.json`` sidecar beside a file gives its metadata;
- folders, read recursively in name order (hidden files skipped);
- JSON Lines (``.jsonl``, ``.ndjson``) and CSV (``.csv``, a header row; the
  delimiter is whichever of ``,`` ``;`` tab makes a ``text`` column) of
  articles: ``text``, ``published``, optional ``id``, ``title``, ``url``,
  ``lang`` (``language`` and ``date`` are read too);
- ``.zip`` archives of any of these.

Every article records where its publication date came from: ``given`` (a
field, a sidecar, front matter, or ``published=`` here), ``metadata`` (the
page itself) or ``missing``. ``published`` given here dates only the articles
that have no date of their own; an undated article is never dated today.

Ids are stable: the given id (a record's ``id``, a sidecar's ``id``, else a
file's name without suffix), else the first 12 hex digits of the SHA-256 of
the text. A second article with an id already taken gets ``-<8 hex of its
hash>`` appended.

Nothing is lost silently. A JSONL line that is not JSON, a CSV without a text
column, an empty text, an unreadable or binary file, an HTML page with no main
text, the same text twice: each becomes a :class:`Problem` naming its file
(and line) and is skipped; everything else is still read. Repairs that keep an
article (a guessed encoding, an impossible date read as missing) are in its
``warnings``.
"""

from __future__ import annotations

import codecs
import csv
import dataclasses
import hashlib
import io
import json
import sys
import zipfile
from collections.abc import Iterable, Iterator
from pathlib import Path, PurePosixPath
from typing import IO

from timeline import ingest
from timeline.errors import InputError, TimelineError
from timeline.types import Article

JSONL_SUFFIXES = (".jsonl", ".ndjson")
CSV_SUFFIXES = (".csv",)
ZIP_SUFFIXES = (".zip",)
MARKDOWN_SUFFIXES = (".md", ".markdown")
TEXT_SUFFIXES = (".txt", *MARKDOWN_SUFFIXES, *ingest.HTML_SUFFIXES)
CORPUS_SUFFIXES = (*TEXT_SUFFIXES, *JSONL_SUFFIXES, *CSV_SUFFIXES, *ZIP_SUFFIXES)
# Record fields, each with the names it is also known by (first one documented).
FIELDS = {
    "text": ("text",),
    "published": ("published", "date"),
    "id": ("id",),
    "title": ("title",),
    "url": ("url",),
    "lang": ("lang", "language"),
}
ID_HASH_DIGITS = 12
SNIFF_BYTES = 1 << 20  # how much of a CSV file tells its encoding


@dataclasses.dataclass(frozen=True, slots=True)
class Problem:
    """An input that was skipped, with where it is (``path`` or ``path:line``)."""

    source: str
    message: str

    def __str__(self) -> str:
        return f"{self.source}: {self.message}"


@dataclasses.dataclass(frozen=True, slots=True)
class Corpus:
    """What a reading produced: the articles, in input order, and what was skipped."""

    articles: tuple[Article, ...]
    problems: tuple[Problem, ...]

    @property
    def undated(self) -> tuple[Article, ...]:
        return tuple(a for a in self.articles if a.published is None)


def content_hash(text: str) -> str:
    """SHA-256 of the text: what identifies an article's content in ids and the store."""
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


def read_corpus(inputs: Iterable[str | Path], **options) -> Corpus:
    """All of :func:`iter_corpus` at once."""
    articles, problems = [], []
    for item in iter_corpus(inputs, **options):
        (articles if isinstance(item, Article) else problems).append(item)
    return Corpus(tuple(articles), tuple(problems))


def iter_corpus(
    inputs: Iterable[str | Path],
    *,
    published=None,
    language: str | None = None,
) -> Iterator[Article | Problem]:
    """Articles and problems from paths (files, folders, JSONL, CSV, zip), in order.

    ``published`` (a date or ``YYYY-MM-DD``) dates the articles without a date
    of their own; ``language`` overrides every article's language.
    """
    default_date = ingest.parse_date(published)
    return _finish(_from_paths(inputs), default_date, language)


def iter_uploads(
    files: Iterable[tuple[str, bytes]], *, published=None, language: str | None = None
) -> Iterator[Article | Problem]:
    """The same reader for files held in memory (dashboard uploads): ``(name, bytes)``."""
    files = list(files)
    sidecars = {PurePosixPath(name).with_suffix(""): data for name, data in files if _is_sidecar(name)}
    blobs = ((name, data) for name, data in files if not _is_sidecar(name))
    items = (
        item
        for name, data in blobs
        for item in _from_blob(name, data, sidecar=_sidecar_from_bytes(sidecars, name))
    )
    return _finish(items, ingest.parse_date(published), language)


# --- Walking inputs -----------------------------------------------------------


def _is_sidecar(name: str) -> bool:
    return name.lower().endswith(".json")


def _from_paths(inputs: Iterable[str | Path]) -> Iterator[Article | Problem]:
    for entry in inputs:
        path = Path(entry)
        if path.is_dir():
            files = sorted(
                p for p in path.rglob("*")
                if p.is_file() and not any(part.startswith(".") for part in p.relative_to(path).parts)
            )
            for file in files:
                if _is_sidecar(file.name):
                    continue  # read with the file it describes
                if not file.name.lower().endswith(CORPUS_SUFFIXES):
                    yield Problem(str(file), "unsupported file type; skipped.")
                    continue
                yield from _from_file(file)
        elif path.exists():
            yield from _from_file(path)
        else:
            yield Problem(str(path), "no such file or folder.")


def _from_file(path: Path) -> Iterator[Article | Problem]:
    name = str(path)
    lower = path.name.lower()
    try:
        if lower.endswith(JSONL_SUFFIXES):
            with path.open("rb") as stream:
                yield from _jsonl_records(stream, name)
            return
        if lower.endswith(CSV_SUFFIXES):
            with path.open("rb") as stream:
                yield from _csv_records(stream, name)
            return
        if lower.endswith(ZIP_SUFFIXES):
            yield from _zip_members(path, name)
            return
        size = path.stat().st_size
        if size > ingest.MAX_BYTES:
            yield Problem(name, ingest.size_message(size))
            return
        data = path.read_bytes()
    except OSError as error:
        yield Problem(name, f"cannot read it: {error.strerror or error}.")
        return
    try:
        sidecar = ingest.sidecar_metadata(path)
    except InputError as error:
        yield Problem(name, str(error))
        sidecar = {}
    yield from _from_blob(name, data, sidecar=sidecar)


def _sidecar_from_bytes(sidecars: dict[PurePosixPath, bytes], name: str) -> dict | Problem:
    data = sidecars.get(PurePosixPath(name).with_suffix(""))
    if data is None:
        return {}
    try:
        meta = json.loads(data.decode("utf-8-sig"))
    except (UnicodeDecodeError, ValueError) as error:
        return Problem(f"{PurePosixPath(name).with_suffix('.json')}", f"not a readable JSON metadata file ({error}).")
    return meta if isinstance(meta, dict) else {}


def _from_blob(name: str, data: bytes, *, sidecar: dict | Problem | None = None) -> Iterator[Article | Problem]:
    """One file's bytes, of any kind, to articles and problems."""
    lower = name.lower()
    if isinstance(sidecar, Problem):
        yield sidecar
        sidecar = {}
    if lower.endswith(JSONL_SUFFIXES):
        yield from _jsonl_records(io.BytesIO(data), name)
    elif lower.endswith(CSV_SUFFIXES):
        yield from _csv_records(io.BytesIO(data), name)
    elif lower.endswith(ZIP_SUFFIXES):
        yield from _zip_members(io.BytesIO(data), name)
    elif lower.endswith(TEXT_SUFFIXES) or "." not in PurePosixPath(name).name:
        try:
            yield text_article(name, data, sidecar or {})
        except TimelineError as error:
            yield Problem(name, _without_name(str(error), name))
    else:
        yield Problem(name, "unsupported file type; give .txt, .md, .html, .jsonl, .csv or .zip files.")


def _zip_members(archive, name: str) -> Iterator[Article | Problem]:
    try:
        with zipfile.ZipFile(archive) as zf:
            infos = sorted(
                (i for i in zf.infolist() if not i.is_dir()
                 and not any(part.startswith((".", "__MACOSX")) for part in PurePosixPath(i.filename).parts)),
                key=lambda i: i.filename,
            )
            members = {PurePosixPath(i.filename).with_suffix(""): i for i in infos if _is_sidecar(i.filename)}
            for info in infos:
                member = f"{name}/{info.filename}"
                lower = info.filename.lower()
                if _is_sidecar(lower):
                    continue
                if lower.endswith(ZIP_SUFFIXES):
                    yield Problem(member, "a zip inside a zip is not read; unpack it first.")
                    continue
                if lower.endswith(JSONL_SUFFIXES + CSV_SUFFIXES):
                    with zf.open(info) as stream:
                        reader = _jsonl_records if lower.endswith(JSONL_SUFFIXES) else _csv_records
                        yield from reader(stream, member)
                    continue
                if info.file_size > ingest.MAX_BYTES:
                    yield Problem(member, ingest.size_message(info.file_size))
                    continue
                side = members.get(PurePosixPath(info.filename).with_suffix(""))
                sidecar = _sidecar_from_bytes({PurePosixPath(member).with_suffix(""): zf.read(side)}, member) if side else {}
                yield from _from_blob(member, zf.read(info), sidecar=sidecar)
    except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, OSError) as error:
        yield Problem(name, f"not a readable zip archive ({error}).")


# --- One text file --------------------------------------------------------------


def text_article(name: str, data: bytes, sidecar: dict) -> Article:
    """A .txt, .md or .html file (and its sidecar's metadata) to an Article."""
    text, warnings = ingest.decode(data, name=name)
    lower = name.lower()
    meta = {key: sidecar[key] for key in sidecar if isinstance(sidecar[key], str)}
    dated_by_page = False
    if lower.endswith(MARKDOWN_SUFFIXES):
        fields, text = ingest.split_front_matter(text)
        for key, value in fields.items():
            meta.setdefault(key, value)
    elif lower.endswith(ingest.HTML_SUFFIXES) or text.lstrip()[:15].lower().startswith(("<!doctype html", "<html")):
        page = ingest.read_html_page(text)
        text = page.text
        page_meta = {"title": page.title, "url": page.url, "lang": page.language}
        for key, value in page_meta.items():
            if value:
                meta.setdefault(key, value)
        if page.published and not _field(meta, "published"):
            meta["published"], dated_by_page = page.published, True
    if not text.strip():
        raise InputError("has no text.")
    stem = PurePosixPath(name.replace("\\", "/")).stem
    record = {**meta, "id": _field(meta, "id") or stem}
    return _article(record, text, source=name, warnings=warnings, dated_by_page=dated_by_page)


# --- Records: JSON Lines and CSV ------------------------------------------------


def _jsonl_records(stream: IO[bytes], name: str) -> Iterator[Article | Problem]:
    for number, raw in enumerate(stream, 1):
        where = f"{name}:{number}"
        if not raw.strip():
            continue
        line = raw.decode("utf-8-sig" if number == 1 else "utf-8", errors="replace")
        warnings = (f"{where} has invalid UTF-8; undecodable bytes were replaced by U+FFFD.",) if "\ufffd" in line and b"\xef\xbf\xbd" not in raw else ()
        try:
            record = json.loads(line)
        except ValueError as error:
            yield Problem(where, f"not JSON ({error}).")
            continue
        if not isinstance(record, dict):
            yield Problem(where, f"a JSON {type(record).__name__}, not an object with a \"text\" field.")
            continue
        yield _record(record, where, warnings)


def _csv_records(stream: IO[bytes], name: str) -> Iterator[Article | Problem]:
    head = stream.read(SNIFF_BYTES)
    encoding, warnings = _csv_encoding(head, name)
    body = io.TextIOWrapper(_Rewound(head, stream), encoding=encoding, errors="replace", newline="")
    header_line = body.readline()
    delimiter = _csv_delimiter(header_line)
    if delimiter is None:
        columns = next(csv.reader([header_line]), [])
        shown = ", ".join(c.strip() for c in columns if c.strip())[:200] or "none"
        yield Problem(name, f"no \"text\" column in the header row (columns: {shown}); file skipped.")
        return
    header = [c.strip().lower() for c in next(csv.reader([header_line], delimiter=delimiter))]
    previous_csv_limit = csv.field_size_limit()
    csv.field_size_limit(max(previous_csv_limit, ingest.MAX_BYTES))  # article texts are long cells
    try:
        reader = csv.reader(body, delimiter=delimiter)
        line = 1
        try:
            for row in reader:
                start, line = line + 1, reader.line_num + 1
                if not any(cell.strip() for cell in row):
                    continue
                where = f"{name}:{start}"
                if len(row) > len(header):
                    yield Problem(where, f"{len(row)} cells for {len(header)} columns; row skipped.")
                    continue
                record = {key: value for key, value in zip(header, row, strict=False) if key}
                yield _record(record, where, warnings)
        except csv.Error as error:
            yield Problem(f"{name}:{reader.line_num + 1}", f"unreadable CSV ({error}); the rest of the file is skipped.")
    finally:
        csv.field_size_limit(previous_csv_limit)


class _Rewound(io.RawIOBase):
    """A stream whose first bytes were already read: those, then the rest."""

    def __init__(self, head: bytes, rest: IO[bytes]):
        self._head, self._rest = memoryview(head), rest

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:
        if self._head:
            n = min(len(buffer), len(self._head))
            buffer[:n], self._head = self._head[:n], self._head[n:]
            return n
        data = self._rest.read(len(buffer))
        buffer[: len(data)] = data
        return len(data)


def _csv_encoding(head: bytes, name: str) -> tuple[str, tuple[str, ...]]:
    if head.startswith(codecs.BOM_UTF8):
        return "utf-8-sig", ()
    try:
        head.decode("utf-8")
        return "utf-8", ()
    except UnicodeDecodeError as error:
        if error.start >= len(head) - 4:  # a character cut by the sample's end
            return "utf-8", ()
    from charset_normalizer import from_bytes

    best = from_bytes(head).best()
    if best is not None:
        return best.encoding, (f"{name} is not UTF-8; decoded as {best.encoding}.",)
    return "utf-8", (f"{name} has invalid UTF-8; undecodable bytes were replaced by U+FFFD.",)


def _csv_delimiter(header_line: str) -> str | None:
    for delimiter in (",", ";", "\t"):
        columns = next(csv.reader([header_line], delimiter=delimiter), [])
        if "text" in (c.strip().lower() for c in columns):
            return delimiter
    return None


def _record(record: dict, where: str, warnings: tuple[str, ...]) -> Article | Problem:
    text = next((record[key] for key in FIELDS["text"] if key in record), None)
    if text is None:
        return Problem(where, "no \"text\" field; record skipped.")
    if not isinstance(text, str):
        return Problem(where, f"\"text\" is a {type(text).__name__}, not a string; record skipped.")
    if not text.strip():
        return Problem(where, "empty text; record skipped.")
    if len(text) > ingest.MAX_BYTES:
        return Problem(where, f"text of {len(text):,} characters; the limit is {ingest.MAX_BYTES:,}.")
    return _article(record, text, source=where, warnings=warnings)


def _field(record: dict, name: str):
    for key in FIELDS[name]:
        value = record.get(key)
        if value not in (None, ""):
            return value
    return None


def _article(record: dict, text: str, *, source: str, warnings: tuple[str, ...], dated_by_page: bool = False) -> Article:
    warnings = list(warnings)
    published = None
    raw_date = _field(record, "published")
    if raw_date is not None:
        try:
            published = ingest.parse_date(str(raw_date))
        except InputError as error:
            warnings.append(f"{error} The article is read as undated.")
    given_id = _field(record, "id")
    lang = _field(record, "lang")
    return Article(
        text=text,
        published=published,
        language=str(lang).strip().lower() if lang else "",
        article_id=str(given_id).strip() if given_id is not None and str(given_id).strip() else "",
        title=str(_field(record, "title") or ""),
        source=source,
        warnings=tuple(warnings),
        url=str(_field(record, "url") or ""),
        published_source="metadata" if dated_by_page and published else "",
    )


# --- Ids, duplicates, defaults ----------------------------------------------------


def _finish(items: Iterable[Article | Problem], default_date, language: str | None) -> Iterator[Article | Problem]:
    """Ids, duplicate texts, the default date and the language of every article."""
    first_source: dict[str, str] = {}
    taken: set[str] = set()
    for item in items:
        if isinstance(item, Problem):
            yield item
            continue
        digest = content_hash(item.text)
        if digest in first_source:
            yield Problem(item.source, f"the same text as {first_source[digest]}; skipped as a duplicate.")
            continue
        first_source[digest] = item.source
        article_id = item.article_id or digest[:ID_HASH_DIGITS]
        if article_id in taken:
            article_id = f"{article_id}-{digest[:8]}"
        taken.add(article_id)
        changes = {"article_id": article_id}
        if item.published is None and default_date is not None:
            changes.update(published=default_date, published_source="given")
        if language:
            changes["language"] = language
        elif not item.language:
            changes["language"] = ingest.detect_language(item.text, strict=False)
        yield dataclasses.replace(item, **changes)


def _without_name(message: str, name: str) -> str:
    """An ingest message without the file name the Problem already shows."""
    return message[len(name):].lstrip(" :") if message.startswith(name) else message


# --- CLI: timeline articles -----------------------------------------------------

ARTICLE_COLUMNS = ("id", "source", "title", "url", "published", "published_source", "lang", "chars", "problems")


def article_row(article: Article) -> dict:
    return {
        "id": article.article_id,
        "source": article.source,
        "title": article.title,
        "url": article.url,
        "published": article.published.isoformat() if article.published else None,
        "published_source": article.published_source,
        "lang": article.language,
        "chars": len(article.text),
        "problems": list(article.warnings),
    }


def format_table(rows: list[dict]) -> str:
    """Rows as aligned text columns, long cells cut, for a terminal."""
    widths = {"source": 40, "title": 40, "url": 30, "problems": 40}

    def cell(row, column) -> str:
        value = row[column]
        text = "; ".join(value) if isinstance(value, list) else ("" if value is None else str(value))
        text = " ".join(text.split())
        limit = widths.get(column, 24)
        return text if len(text) <= limit else text[: limit - 1] + "…"

    table = [list(ARTICLE_COLUMNS)] + [[cell(r, c) for c in ARTICLE_COLUMNS] for r in rows]
    sizes = [max(len(line[i]) for line in table) for i in range(len(ARTICLE_COLUMNS))]
    return "\n".join("  ".join(v.ljust(s) for v, s in zip(line, sizes, strict=True)).rstrip() for line in table) + "\n"


def _cmd_articles(args) -> int:
    rows = []
    problems = 0
    for item in iter_corpus(args.inputs, published=args.published, language=args.lang):
        if isinstance(item, Problem):
            problems += 1
            print(f"warning: {item}", file=sys.stderr)
            continue
        if args.format == "jsonl":
            sys.stdout.write(json.dumps(article_row(item), ensure_ascii=False) + "\n")
        rows.append(article_row(item))
    if args.format == "table" and rows:
        sys.stdout.write(format_table(rows))
    undated = sum(1 for r in rows if r["published"] is None)
    print(f"{len(rows)} article(s) read, {undated} undated, {problems} skipped.", file=sys.stderr)
    return 0 if rows else 2


def register_cli(subparsers) -> None:
    """``timeline articles INPUT... [--format jsonl|table]``."""
    articles = subparsers.add_parser(
        "articles", help="show what the corpus reader reads from files, folders, JSONL, CSV, HTML or zip"
    )
    articles.add_argument("inputs", nargs="+", metavar="INPUT", help="files, folders, .jsonl, .csv, .zip")
    articles.add_argument("--published", help="date YYYY-MM-DD for the articles that have none")
    articles.add_argument("--lang", default=None, help="language code for every article (default: given, else detected)")
    articles.add_argument("--format", choices=("jsonl", "table"), default="table")
    articles.set_defaults(func=_cmd_articles)
