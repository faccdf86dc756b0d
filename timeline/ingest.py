"""Reading articles: bytes -> text, with metadata from a sidecar file.

Nothing is lost silently: every repair (replacement characters, a guessed
encoding, HTML stripped) is recorded in ``Article.warnings``; input that
cannot become text raises :class:`InputError` with a message for the user.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import json
import re
from pathlib import Path

from timeline.errors import InputError, TimelineError, UnsupportedLanguageError
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


def size_message(size: int) -> str:
    """Why a file is refused, both sizes in one unit so the excess shows."""
    # Hundredths of a MiB rounded up: a file a byte over the limit reads 20.01, not 20.00.
    hundredths = -(-size * 100 // 2**20)
    return (
        f"is {hundredths // 100}.{hundredths % 100:02d} MiB; the limit is {MAX_BYTES / 2**20:.0f} MiB. "
        "Split it into smaller files."
    )


def decode(data: bytes, *, name: str = "input") -> tuple[str, tuple[str, ...]]:
    """Decode bytes to text. Returns the text and the warnings about repairs made."""
    if not data.strip():
        raise InputError(f"{name} is empty.")
    if len(data) > MAX_BYTES:
        raise InputError(f"{name} {size_message(len(data))}")
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
    """Read a text or HTML file; metadata not given comes from its JSON sidecar, and a
    language given by neither is detected from the text."""
    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError as error:
        raise InputError(f"Cannot read {path}: {error.strerror or error}") from None
    meta = sidecar_metadata(path)
    article = article_from_bytes(
        data,
        name=str(path),
        published=published or meta.get("published"),
        language=language or meta.get("language"),
        title=meta.get("title", ""),
    )
    if not (language or meta.get("language")):  # nobody said: the text tells
        article = dataclasses.replace(article, language=detect_language(article.text))
    return article


# --- Language detection -------------------------------------------------------

# Names for the messages of detect_language; codes are py3langid's (ISO 639-1).
LANGUAGE_NAMES = {
    "en": "English", "fr": "French", "de": "German", "es": "Spanish", "it": "Italian",
    "pt": "Portuguese", "nl": "Dutch", "ru": "Russian", "zh": "Chinese", "ja": "Japanese",
    "ar": "Arabic", "pl": "Polish", "sv": "Swedish", "tr": "Turkish", "ko": "Korean",
}  # fmt: skip
# Below this many letters a text is too short to call unsupported: it gets the
# most likely supported language instead (a pasted headline, "hello").
MIN_LETTERS_TO_REFUSE = 20
# An unsupported language is refused only when the detector is this sure.
REFUSE_CONFIDENCE = 0.8


@functools.cache
def _language_identifier():
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def detect_language(text: str, supported: tuple[str, ...] | None = None) -> str:
    """The language code of ``text`` among ``supported`` (default: the installed pipelines).

    Raises :class:`UnsupportedLanguageError` when the text is clearly in
    another language; short or ambiguous text gets the likeliest supported one.

    >>> detect_language("Le gouvernement a annoncé hier une nouvelle loi sur la police.")
    'fr'
    """
    from timeline.nlp import SUPPORTED_LANGUAGES

    supported = supported or SUPPORTED_LANGUAGES
    sample = text[:20_000]
    ranking = _language_identifier().rank(sample)
    best, confidence = ranking[0]
    if best in supported:
        return best
    letters = sum(ch.isalpha() for ch in sample)
    if letters >= MIN_LETTERS_TO_REFUSE and confidence >= REFUSE_CONFIDENCE:
        names = ", ".join(f"{LANGUAGE_NAMES.get(c, c)} ({c})" for c in supported)
        raise UnsupportedLanguageError(
            f"This text looks like {LANGUAGE_NAMES.get(best, best)} ({best}); "
            f"supported languages are {names}. If the detection is wrong, choose the language."
        )
    return next((code for code, _ in ranking if code in supported), supported[0])


# --- Uploads: several files at once, metadata from the files themselves -------

TEXT_SUFFIXES = (".txt", ".md", ".markdown", *HTML_SUFFIXES)
_FRONT_MATTER = re.compile(r"\A---[ \t]*\r?\n(?P<body>.*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|\Z)", re.S)
_FRONT_MATTER_FIELD = re.compile(r"^(?P<key>[A-Za-z_]+)[ \t]*:[ \t]*(?P<value>.*?)[ \t]*$", re.M)


def split_front_matter(text: str) -> tuple[dict[str, str], str]:
    """Markdown front matter (``---`` … ``---``, flat ``key: value`` lines) and the body.

    >>> split_front_matter("---\\ntitle: A\\ndate: 2020-06-11\\n---\\nBody")
    ({'title': 'A', 'date': '2020-06-11'}, 'Body')
    """
    match = _FRONT_MATTER.match(text)
    if not match:
        return {}, text
    fields = {
        m["key"].lower(): m["value"].strip().strip("\"'")
        for m in _FRONT_MATTER_FIELD.finditer(match["body"])
    }
    return fields, text[match.end() :]


def html_metadata(html: str) -> dict[str, str]:
    """Title and publication date from an HTML page's metadata (trafilatura), if any."""
    import trafilatura

    try:
        meta = trafilatura.extract_metadata(html)
    except Exception:  # noqa: BLE001 - metadata is optional; the text is what matters
        return {}
    if meta is None:
        return {}
    found = {"title": meta.title or "", "published": meta.date or ""}
    return {k: v for k, v in found.items() if v}


def article_from_upload(
    data: bytes,
    *,
    name: str,
    published: str | dt.date | None = None,
    language: str | None = None,
    meta: dict | None = None,
) -> Article:
    """One uploaded file -> Article, with metadata from the file when not given.

    Metadata comes, in order of preference, from ``published``/``language``
    given here, from ``meta`` (a JSON sidecar uploaded with it), then from the
    file: Markdown front matter (``published:`` or ``date:``, ``title:``,
    ``lang:``) or HTML meta tags. Front matter is removed from the text.
    """
    meta = dict(meta or {})
    lower = name.lower()
    if lower.endswith((".md", ".markdown")):
        text, warnings = decode(data, name=name)
        fields, body = split_front_matter(text)
        if not body.strip():
            raise InputError(f"{name} has no text.")
        for key in ("title", "language", "lang", "published", "date"):
            if key in fields:
                meta.setdefault(key, fields[key])
        article = Article(text=body, published=None, article_id=Path(name).stem or "article",
                          source=name, warnings=warnings)
    else:
        if lower.endswith(HTML_SUFFIXES):
            text, _ = decode(data, name=name)
            for key, value in html_metadata(text).items():
                meta.setdefault(key, value)
        article = article_from_bytes(data, name=name)
    date = published or meta.get("published") or meta.get("date")
    return dataclasses.replace(
        article,
        published=parse_date(date),
        language=language or meta.get("language") or meta.get("lang") or "en",
        title=meta.get("title", "") or article.title,
    )


def articles_from_uploads(
    files: list[tuple[str, bytes]],
    *,
    published: str | dt.date | None = None,
    language: str | None = None,
) -> tuple[list[Article], list[str]]:
    """Several uploaded files -> (articles, one error message per unreadable file).

    A ``<stem>.json`` uploaded together with ``<stem>.txt`` is read as its
    metadata sidecar. A bad file does not stop the others. Article ids are
    made unique (``a``, ``a-2``) so events of two files never share an id.
    """
    sidecars: dict[str, dict] = {}
    errors: list[str] = []
    texts = []
    for name, data in files:
        if name.lower().endswith(".json"):
            try:
                meta = json.loads(data.decode("utf-8-sig"))
            except (UnicodeDecodeError, ValueError) as error:
                errors.append(f"{name}: not a readable JSON metadata file ({error}).")
                continue
            if isinstance(meta, dict):
                sidecars[Path(name).stem] = meta
            continue
        if not name.lower().endswith(TEXT_SUFFIXES):
            errors.append(f"{name}: unsupported file type; upload .txt, .md or .html files.")
            continue
        texts.append((name, data))
    articles: list[Article] = []
    seen: dict[str, int] = {}
    for name, data in texts:
        try:
            article = article_from_upload(
                data, name=name, published=published, language=language,
                meta=sidecars.get(Path(name).stem),
            )
        except TimelineError as error:
            errors.append(str(error) if name in str(error) else f"{name}: {error}")
            continue
        count = seen.get(article.article_id, 0) + 1
        seen[article.article_id] = count
        if count > 1:
            article = dataclasses.replace(article, article_id=f"{article.article_id}-{count}")
        articles.append(article)
    return articles, errors
