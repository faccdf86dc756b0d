"""Reading articles: bytes -> text, with metadata from a sidecar file.

Nothing is lost silently: every repair (replacement characters, a guessed
encoding, HTML stripped) is recorded in ``Article.warnings``; input that
cannot become text raises :class:`InputError` with a message for the user.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from timeline.errors import InputError
from timeline.types import Article

MAX_BYTES = 20 * 1024 * 1024  # larger uploads are refused with a clear message
HTML_SUFFIXES = (".html", ".htm", ".xhtml")


def parse_date(value: str | dt.date | None, *, what: str = "publication date") -> dt.date | None:
    """``YYYY-MM-DD`` (a time part is ignored) -> date; impossible dates raise InputError."""
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    text = str(value).strip()
    try:
        return dt.date.fromisoformat(text[:10])
    except ValueError as error:
        raise InputError(f"Invalid {what} {text!r}: expected YYYY-MM-DD ({error}).") from None


def decode(data: bytes, *, name: str = "input") -> tuple[str, tuple[str, ...]]:
    """Decode bytes to text. Returns the text and the warnings about repairs made."""
    if not data.strip():
        raise InputError(f"{name} is empty.")
    if len(data) > MAX_BYTES:
        raise InputError(
            f"{name} is {len(data) / 1e6:.1f} MB; the limit is {MAX_BYTES / 1e6:.0f} MB. "
            "Split it into smaller files."
        )
    if b"\x00" in data[:8192] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise InputError(f"{name} looks like a binary file, not text.")
    try:
        return data.decode("utf-8-sig"), ()
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is not None and best.encoding not in ("utf_8",):
        return str(best), (f"{name} is not UTF-8; decoded as {best.encoding}.",)
    text = data.decode("utf-8", errors="replace")
    return text, (f"{name} has invalid UTF-8; undecodable bytes were replaced by U+FFFD.",)


def html_to_text(html: str) -> str:
    """The main text of an HTML page (boilerplate removed) via trafilatura."""
    import trafilatura

    text = trafilatura.extract(html, include_comments=False, include_tables=False)
    if not text:
        raise InputError("No article text could be extracted from this HTML page.")
    return text


def sidecar_metadata(path: Path) -> dict:
    """Metadata from ``<stem>.json`` beside the file (title, published, language)."""
    sidecar = path.with_suffix(".json")
    if sidecar == path or not sidecar.exists():
        return {}
    try:
        meta = json.loads(sidecar.read_text(encoding="utf-8"))
    except (OSError, ValueError) as error:
        raise InputError(f"Cannot read metadata file {sidecar}: {error}") from None
    return meta if isinstance(meta, dict) else {}


def article_from_bytes(
    data: bytes,
    *,
    name: str = "input",
    published: str | dt.date | None = None,
    language: str | None = None,
    title: str = "",
) -> Article:
    """Build an Article from raw bytes; HTML (by name or content) is reduced to its text."""
    text, warnings = decode(data, name=name)
    looks_html = name.lower().endswith(HTML_SUFFIXES) or text.lstrip()[:15].lower().startswith(
        ("<!doctype html", "<html")
    )
    if looks_html:
        text = html_to_text(text)
    if not text.strip():
        raise InputError(f"{name} has no text.")
    return Article(
        text=text,
        published=parse_date(published),
        language=language or "en",
        article_id=Path(name).stem or "article",
        title=title,
        source=name,
        warnings=warnings,
    )


def read_article(
    path: str | Path, *, published: str | dt.date | None = None, language: str | None = None
) -> Article:
    """Read a text or HTML file; metadata not given comes from its JSON sidecar."""
    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError as error:
        raise InputError(f"Cannot read {path}: {error.strerror or error}") from None
    meta = sidecar_metadata(path)
    return article_from_bytes(
        data,
        name=str(path),
        published=published or meta.get("published"),
        language=language or meta.get("language"),
        title=meta.get("title", ""),
    )
