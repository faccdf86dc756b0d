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

from timeline.errors import InputError, UnsupportedLanguageError
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
    return read_html_page(html).text


@dataclasses.dataclass(frozen=True, slots=True)
class HtmlPage:
    """What a saved web page says of itself: main text and metadata ("" when absent)."""

    text: str
    title: str = ""
    published: str = ""  # YYYY-MM-DD, the original publication date (htmldate)
    url: str = ""  # canonical URL
    language: str = ""  # as the page declares it (<html lang>), ISO 639-1


def read_html_page(html: str) -> HtmlPage:
    """Main text (trafilatura: navigation, share buttons, comments and footers
    removed), original publication date (htmldate, not the last modification),
    title, canonical URL and declared language of a saved page.

    Raises :class:`InputError` when the page has no main text.
    """
    import htmldate
    import trafilatura
    from lxml import etree

    text = trafilatura.extract(html, include_comments=False, include_tables=False)
    if not text or not text.strip():
        raise InputError("No article text could be extracted from this HTML page.")
    tree = trafilatura.load_html(html)
    title = url = published = language = ""
    if tree is not None:
        try:
            meta = trafilatura.extract_metadata(tree)
        except Exception:  # noqa: BLE001 - metadata is optional; the text is what matters
            meta = None
        if meta is not None:
            title, url = meta.title or "", meta.url or ""
        try:
            # extensive_search=False: a date from the page's markup and metadata only,
            # never one guessed from a number in the text or from today.
            published = htmldate.find_date(tree, original_date=True, extensive_search=False) or ""
        except (ValueError, etree.LxmlError):
            published = ""
        declared = tree.get("lang") or tree.get("{http://www.w3.org/XML/1998/namespace}lang") or ""
        language = re.split(r"[-_]", declared.strip().lower())[0] if declared.strip() else ""
    return HtmlPage(text=text, title=title, published=published, url=url, language=language)


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


def read_article(
    path: str | Path, *, published: str | dt.date | None = None, language: str | None = None
) -> Article:
    """Read one text, Markdown or HTML file as an Article.

    ``published`` and ``language`` given here win; what they leave open comes
    from the file's JSON sidecar, its front matter or page metadata, and a
    language said by none of them is detected from the text (raising
    :class:`UnsupportedLanguageError` for a clear unsupported one).
    """
    from timeline.corpus import text_article

    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError as error:
        raise InputError(f"Cannot read {path}: {error.strerror or error}") from None
    article = text_article(str(path), data, sidecar_metadata(path))
    return _given(article, published=published, language=language)


def _given(article: Article, *, published, language: str | None) -> Article:
    """The article with the date and language the caller gave, else detected."""
    changes: dict = {}
    if published:
        changes.update(published=parse_date(published), published_source="given")
    if language:
        changes["language"] = language
    elif not article.language:
        changes["language"] = detect_language(article.text)
    return dataclasses.replace(article, **changes) if changes else article


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
    # One model per process for both callers (loading it costs ~0.5 s).
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def likeliest_language(text: str) -> str:
    """py3langid's likeliest language code for ``text``, among all it knows."""
    return _language_identifier().classify(text)[0]


def detect_language(text: str, supported: tuple[str, ...] | None = None, *, strict: bool = True) -> str:
    """The language code of ``text`` among ``supported`` (default: the installed pipelines).

    When the text is clearly in another language, raises
    :class:`UnsupportedLanguageError`, or with ``strict=False`` returns that
    language's code (to report it; only extraction needs a supported one).
    Short or ambiguous text gets the likeliest supported one.

    >>> detect_language("Le gouvernement a annoncé hier une nouvelle loi sur la police.")
    'fr'
    >>> detect_language("Der Bundestag hat am Donnerstag ein neues Gesetz beschlossen.", strict=False)
    'de'
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
        if not strict:
            return best
        raise UnsupportedLanguageError(unsupported_language_message(best, supported))
    return next((code for code, _ in ranking if code in supported), supported[0])


def unsupported_language_message(code: str, supported: tuple[str, ...] | None = None) -> str:
    from timeline.nlp import SUPPORTED_LANGUAGES

    names = ", ".join(f"{LANGUAGE_NAMES.get(c, c)} ({c})" for c in supported or SUPPORTED_LANGUAGES)
    return (
        f"This text looks like {LANGUAGE_NAMES.get(code, code)} ({code}); "
        f"supported languages are {names}. If the detection is wrong, choose the language."
    )


# --- Uploads: several files at once, metadata from the files themselves -------

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


def article_from_upload(
    data: bytes,
    *,
    name: str,
    published: str | dt.date | None = None,
    language: str | None = None,
    meta: dict | None = None,
) -> Article:
    """One uploaded file -> Article; ``published``/``language`` given here win,
    then ``meta`` (a JSON sidecar uploaded with it), then the file's own front
    matter or page metadata. Raises :class:`InputError` when it has no text."""
    from timeline.corpus import text_article

    return _given(text_article(name, data, meta or {}), published=published, language=language)


def articles_from_uploads(
    files: list[tuple[str, bytes]],
    *,
    published: str | dt.date | None = None,
    language: str | None = None,
) -> tuple[list[Article], list[str]]:
    """Several uploaded files (any kind the corpus reader takes: text, HTML,
    JSONL, CSV, zip) -> (articles, one message per skipped file or record).

    A ``<stem>.json`` uploaded with ``<stem>.txt`` is its metadata sidecar;
    ``published`` dates the articles without a date of their own. A bad file
    does not stop the others; ids are unique (see :mod:`timeline.corpus`).
    """
    from timeline.corpus import Problem, iter_uploads

    articles: list[Article] = []
    errors: list[str] = []
    for item in iter_uploads(files, published=published, language=language):
        if isinstance(item, Problem):
            errors.append(str(item))
        else:
            articles.append(item)
    return articles, errors
