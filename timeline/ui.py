"""The dashboard's Streamlit layer: inputs, caching, table, text view, downloads.

This and ``app.py`` are the only modules that import streamlit; the pipeline
(``temporal``, ``events``, ``order``) and the figure (``chart``) stay pure.
The pure helpers here (corrections, filters, file names, the highlighted text)
take and return plain values so they are tested without a running app.

Flow of one script run (``app.py`` calls these in order):

    inputs()          -> Inputs: articles with date and language  (sidebar widgets)
    analyse()         -> timeline DataFrame + mentions    (cached: parse per text,
                                                           resolution per date)
    table()           -> corrected, filtered DataFrame    (filters + data_editor;
                                                           edits kept per event_keys)
    chart()           -> the figure; a click selects an event
    select_event()    -> the selected event_id + its card
    text_view()       -> the article, expressions labelled, all text escaped
    downloads()       -> CSV / JSON / TimelineJS of the corrected, filtered table
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import html
import os
import re
import urllib.parse
from collections.abc import Iterable, Sequence
from pathlib import Path

import pandas as pd
import streamlit as st

from timeline import chart as chart_module
from timeline import ingest, nlp
from timeline.errors import InputError, TimelineError, UnsupportedLanguageError
from timeline.events import extract_events
from timeline.events.when import duration_span, value_span
from timeline.merge import merge_events
from timeline.order import build_timeline, to_csv, to_json, to_timelinejs_json
from timeline.temporal import find_mentions
from timeline.types import Article, Mention

SAMPLES_DIR = Path(__file__).resolve().parent.parent / "seeds"
DEFAULT_SAMPLE = "microsoft-facial-recognition-police"
# Long texts are parsed in pieces (temporal.CHUNK_CHARS), but beyond a few hundred
# thousand characters the page stops being interactive, so the dashboard says so.
MAX_CHARS = 300_000
LANGUAGE_CHOICES = ("auto", "en", "fr")
LANGUAGE_LABELS = {"auto": "Auto-detect", "en": "English", "fr": "French"}
SOURCE_CHOICES = ("Sample", "Paste text", "Upload files", "Open a store")
STORE_ENV = "TIMELINE_STORE"  # a store to open at start: TIMELINE_STORE=corpus.db make app
FILTER_KEYS = ("f_actor", "f_type", "f_anchor", "f_dates", "f_confidence", "f_text", "f_article", "f_outlet", "f_sources")
DATE_MIN, DATE_MAX = dt.date(1800, 1, 1), dt.date(2199, 12, 31)
# Columns the event table shows, in order; only those in EDITABLE can be changed.
TABLE_COLUMNS = (
    "keep", "selected", "start", "end", "expression", "value", "actor", "action", "n_sources",
    "type", "anchor", "confidence", "alternative_label", "granularity", "sentence", "article_id", "event_id",
)  # fmt: skip
EDITABLE = ("keep", "start", "end", "actor")
CORRECTED_RULE = "user correction"
# Below this confidence (order.py: stated parts times the reading's probability) the event
# card marks the date as doubtful.
LOW_CONFIDENCE = 0.5


# --- Samples and inputs -------------------------------------------------------


@dataclasses.dataclass(frozen=True, slots=True)
class Sample:
    name: str  # file stem
    path: Path
    title: str
    published: dt.date | None
    language: str | None  # from the sidecar; "auto" uses it instead of detecting


def list_samples(directory: Path = SAMPLES_DIR) -> list[Sample]:
    """The bundled articles (``seeds/*.txt`` with JSON sidecars), the default first."""
    samples = []
    for path in sorted(directory.glob("*.txt")):
        try:
            meta = ingest.sidecar_metadata(path)
            published = ingest.parse_date(meta.get("published"))
        except InputError:
            meta, published = {}, None
        samples.append(Sample(path.stem, path, meta.get("title") or path.stem, published, meta.get("language")))
    samples.sort(key=lambda s: (s.name != DEFAULT_SAMPLE, s.name))
    return samples


@dataclasses.dataclass(frozen=True, slots=True)
class Inputs:
    articles: tuple[Article, ...]  # with ``published`` set and ``language`` resolved
    errors: tuple[str, ...] = ()  # unreadable files etc., shown but not fatal
    message: str = ""  # why there is nothing to show (no text yet)
    undated: tuple[Article, ...] = ()  # uploads without a date: the user dates them (date_undated)
    store: StoredCorpus | None = None  # a store written by `timeline extract --store`


@dataclasses.dataclass(frozen=True, slots=True)
class StoredCorpus:
    """What the dashboard shows of a store: its articles and their merged timeline."""

    path: str
    version: str  # the pipeline version whose rows are shown
    articles: tuple[Article, ...]
    timeline: pd.DataFrame = dataclasses.field(compare=False)
    mention_count: int
    cached: bool  # the merged timeline was kept by the CLI run (else merged here)
    other_versions: int  # stored articles of another pipeline version, left out


def _prefill_date(signature: str, date: dt.date | None) -> None:
    """Set the date picker from the source's metadata when the source changes.

    Runs before the date widget is created, so the widget shows it; a date the
    user picked is kept until another sample or file is chosen.
    """
    if st.session_state.get("_prefill_for") != signature:
        st.session_state["_prefill_for"] = signature
        if date is not None:
            st.session_state["published"] = date
    if "published" not in st.session_state:
        st.session_state["published"] = date or dt.date(2020, 6, 11)


@st.cache_data(max_entries=256, show_spinner=False)
def detect_language(text: str) -> str:
    return ingest.detect_language(text)


def inputs() -> Inputs:
    """The sidebar: source (sample / paste / upload), publication date, language."""
    sb = st.sidebar
    sb.header("Article")
    opens_on = SOURCE_CHOICES.index("Open a store") if os.environ.get(STORE_ENV) else 0
    source = sb.radio("Source", SOURCE_CHOICES, index=opens_on, key="source", horizontal=True)
    articles: list[Article] = []
    undated: list[Article] = []
    stated_language: dict[str, str] = {}  # article_id -> language given by its metadata
    errors: list[str] = []
    message = ""
    published = None
    if source == "Sample":
        samples = list_samples()
        by_name = {s.name: s for s in samples}
        name = sb.selectbox(
            "Bundled sample", list(by_name), key="sample", format_func=lambda n: by_name[n].title
        )
        sample = by_name[name]
        _prefill_date(f"sample:{name}", sample.published)
        articles.append(ingest.read_article(sample.path))
        if sample.language:
            stated_language[articles[-1].article_id] = sample.language
    elif source == "Paste text":
        text = sb.text_area(
            "Article text",
            key="paste_text",
            height=220,
            placeholder="Paste a news article here, then press Ctrl+Enter.",
        )
        _prefill_date("paste", None)
        if len(text) > MAX_CHARS:
            errors.append(
                f"The pasted text has {len(text):,} characters; the dashboard handles up to "
                f"{MAX_CHARS:,}. Paste a shorter text or split it."
            )
        elif text.strip():
            articles.append(Article(text=text, published=None, article_id="pasted", source="pasted text"))
        else:
            message = "Paste an article's text in the sidebar, then press Ctrl+Enter."
    elif source == "Open a store":
        path = sb.text_input(
            "Store file", key="store_path", value=os.environ.get(STORE_ENV, ""),
            placeholder="corpus.db", help="A file written by: timeline extract --store FILE INPUT...",
        ).strip()
        if not path:
            message = "Give the path of a store written by `timeline extract --store FILE INPUT...`."
        else:
            try:
                stored = open_store(path, _store_stamp(path))
            except TimelineError as error:
                errors.append(str(error))
            else:
                if not stored.articles:
                    message = f"{path} holds no article of this pipeline version; run timeline extract on it again."
                return Inputs(stored.articles, tuple(errors), message, (), stored)
        return Inputs((), tuple(errors), message)
    else:
        limit = st.get_option("server.maxUploadSize")
        uploads = sb.file_uploader(
            "Articles: .txt, .md, .html pages, a corpus as .jsonl or .csv, or a .zip of them "
            "(a .json beside a file gives its metadata)",
            type=["txt", "md", "markdown", "html", "htm", "json", "jsonl", "ndjson", "csv", "zip"],
            accept_multiple_files=True,
            key="upload",
            help=f"Up to {limit} MB per file. Several files make one timeline.",
        )
        files = []
        for upload in uploads or []:
            if upload.size > limit * 1024 * 1024:
                errors.append(f"{upload.name} {ingest.size_message(upload.size)}")
                continue
            files.append((upload.name, upload.getvalue()))
        found, bad = read_uploads(tuple(files))
        errors.extend(bad)
        for article in found:
            if len(article.text) > MAX_CHARS:
                errors.append(
                    f"{article.source} has {len(article.text):,} characters of text; the dashboard "
                    f"handles up to {MAX_CHARS:,} per article. Split it into smaller files."
                )
            else:
                articles.append(article)
                stated_language[article.article_id] = article.language
        signature = "upload:" + "|".join(f"{n}:{len(d)}" for n, d in files)
        _prefill_date(signature, next((a.published for a in articles if a.published), None))
        if len(articles) > 1:
            # Several articles: each keeps its own date; the undated are listed for the
            # user to date (date_undated), never given one by default.
            undated = [a for a in articles if a.published is None]
            articles = [a for a in articles if a.published is not None]
        if not files and not errors:
            message = "Upload one or more articles (.txt, .md, .html, .jsonl, .csv or .zip) in the sidebar."
    if len(articles) <= 1 and not undated:
        published = sb.date_input(
            "Publication date", key="published", min_value=DATE_MIN, max_value=DATE_MAX, format="YYYY-MM-DD"
        )
    choice = sb.selectbox(
        "Language", LANGUAGE_CHOICES, key="lang", format_func=LANGUAGE_LABELS.__getitem__
    )
    resolved = [
        dataclasses.replace(article, language=language)
        for article in articles
        if (language := _language(article, choice, stated_language, errors))
    ]
    if published is not None:  # one article: the date picker is its date (prefilled from it)
        resolved = [dataclasses.replace(a, published=published) for a in resolved]
    undated = [
        dataclasses.replace(article, language=language)
        for article in undated
        if (language := _language(article, choice, stated_language, errors))
    ]
    return Inputs(tuple(resolved), tuple(errors), message, tuple(undated))


def _language(article: Article, choice: str, stated: dict[str, str], errors: list[str]) -> str:
    """The language to process ``article`` in, or "" (with a message) when unsupported."""
    if choice != "auto":
        return choice
    language = stated.get(article.article_id)
    try:
        if language and language not in nlp.SUPPORTED_LANGUAGES:
            raise UnsupportedLanguageError(ingest.unsupported_language_message(language))
        return language or detect_language(article.text)
    except TimelineError as error:
        errors.append(f"{article.title or article.article_id}: {error}")
        return ""


def _store_stamp(path: str) -> tuple:
    """Changes whenever a run writes to the store (the file or its write-ahead log)."""
    stamp = []
    for name in (path, path + "-wal"):
        try:
            info = os.stat(name)
        except OSError:
            stamp.append(None)
            continue
        # An empty log is no change: opening the store may create one.
        stamp.append((info.st_mtime_ns, info.st_size) if info.st_size else None)
    return tuple(stamp)


@st.cache_resource(max_entries=4, show_spinner="Opening the store…")
def open_store(path: str, stamp: tuple) -> StoredCorpus:
    """The store's articles and merged timeline, once per state of the file (``stamp``).

    Read-only, so a CLI run can go on writing. The merged timeline the run
    kept is read as is; without one (an older store, or a run still going)
    the events are merged here.
    """
    from timeline.engine import pipeline_version
    from timeline.store import Store

    version = pipeline_version()
    with Store(path, readonly=True) as store:
        articles = tuple(store.articles(version))
        _, other = store.counts(version)
        mention_count = store.mention_count(version)
        timeline = store.timeline(version)
        cached = timeline is not None
        if timeline is None:
            events = store.events(version)
            timeline = merge_events(build_timeline(events), articles) if len(articles) > 1 else build_timeline(events)
    return StoredCorpus(path, version, articles, normalise(timeline), mention_count, cached, other)


class StoredMentions:
    """The mentions of a stored article, read when its text is shown (a corpus
    holds too many to load them all for one text view)."""

    def __init__(self, stored: StoredCorpus) -> None:
        self._stored = stored

    def get(self, article_id: str, default=None) -> list[Mention]:
        return stored_mentions(self._stored.path, self._stored.version, article_id, _store_stamp(self._stored.path))

    def total(self) -> int:
        return self._stored.mention_count


@st.cache_data(max_entries=64, show_spinner=False)
def stored_mentions(path: str, version: str, article_id: str, stamp: tuple) -> list[Mention]:
    from timeline.store import Store

    with Store(path, readonly=True) as store:
        return store.mentions_of(article_id, version)


@st.cache_data(max_entries=8, show_spinner="Reading the files…")
def read_uploads(files: tuple[tuple[str, bytes], ...]) -> tuple[list[Article], list[str]]:
    """Uploaded files through the corpus reader, once per set of files."""
    return ingest.articles_from_uploads(list(files))


def date_undated(undated: Sequence[Article]) -> list[Article]:
    """List the undated articles with a date input each; return those the user dated.

    Relative dates need a publication date, and none is ever guessed, so an
    undated article joins the timeline only once the user gives it one.
    """
    if not undated:
        return []
    st.subheader("Undated articles")
    st.caption(
        f"{len(undated)} article(s) have no publication date, so their relative dates "
        "cannot be resolved. Give each a date to add it to the timeline."
    )
    frame = pd.DataFrame({
        "published": pd.Series([None] * len(undated), dtype=object),
        "title": [a.title or a.article_id for a in undated],
        "source": [a.source for a in undated],
        "chars": [len(a.text) for a in undated],
    })  # fmt: skip
    edited = st.data_editor(
        frame,
        key="undated_" + _data_id(undated),
        hide_index=True,
        width="stretch",
        disabled=("title", "source", "chars"),
        column_config={
            "published": st.column_config.DateColumn(
                "publication date", min_value=DATE_MIN, max_value=DATE_MAX, format="YYYY-MM-DD"
            ),
        },
    )
    dated = []
    for article, value in zip(undated, edited["published"], strict=True):
        day = chart_module.to_date(value)
        if day is not None:
            dated.append(dataclasses.replace(article, published=day))
    return dated


# --- The pipeline, cached -----------------------------------------------------


@st.cache_resource(max_entries=16, show_spinner="Parsing the article…")
def parsed(text: str, lang: str):
    """The spaCy parse of ``text``: computed once per (text, language).

    A publication-date change re-runs only resolution, on this cached Doc.
    """
    return nlp.parse(text, lang)


@st.cache_data(max_entries=128, show_spinner=False)
def analyse(
    text: str, published: dt.date, lang: str, article_id: str, title: str
) -> tuple[pd.DataFrame, list[Mention]]:
    """Events and mentions of one article: the timeline DataFrame (normalised) and the mentions."""
    doc = parsed(text, lang)
    mentions = find_mentions(text, published=published, lang=lang, doc=doc)
    article = Article(text=text, published=published, language=lang, article_id=article_id, title=title)
    events = extract_events(article, doc=doc, mentions=mentions)
    return normalise(build_timeline(events)), mentions


@st.cache_data(max_entries=16, show_spinner="Merging the reports of each happening…")
def merged(_timeline: pd.DataFrame, _articles: Sequence[Article], key: tuple) -> pd.DataFrame:
    """One row per happening across the articles (:mod:`timeline.merge`); ``key``
    names the articles and dates the table comes from, for the cache."""
    return normalise(merge_events(_timeline, _articles))


def merge_key(articles: Sequence[Article]) -> tuple:
    return (_data_id(articles), tuple(a.published for a in articles))


def normalise(df: pd.DataFrame) -> pd.DataFrame:
    """Plain column types for display and editing: dates as ``datetime.date`` or None."""
    out = df.copy()
    for column in ("start", "end"):
        if column not in out:
            out[column] = None
        out[column] = pd.Series([chart_module.to_date(v) for v in out[column]], index=out.index, dtype=object)
    for column in ("actor", "action", "expression", "sentence", "value", "type", "anchor", "granularity", "rule"):
        if column not in out:
            out[column] = ""
        out[column] = out[column].fillna("").astype(str)
    if "confidence" not in out:
        out["confidence"] = 0.0
    out["confidence"] = pd.to_numeric(out["confidence"], errors="coerce").fillna(0.0)
    return out.reset_index(drop=True)


# --- Corrections and filters (pure) ------------------------------------------


def apply_corrections(df: pd.DataFrame, corrections: dict[str, dict]) -> pd.DataFrame:
    """``df`` with the user's edits applied, plus ``keep`` and ``edited`` columns.

    ``corrections`` maps an event's :func:`event_key` to the edited fields (``keep``,
    ``start``, ``end``, ``actor``). A corrected date makes the value the new
    interval (a day, or ``start/end``) and the rule ``"user correction"``; a reading
    taken from the card (:func:`alternative_correction`) also sets ``value``, ``type``
    and ``granularity``.
    Rows stay in the timeline's order, re-sorted by the corrected start.
    """
    out = df.copy()
    out["keep"] = True
    out["edited"] = False
    for i, key in enumerate(event_keys(out) if corrections else ()):  # no keys to make for no corrections
        change = corrections.get(key)
        if not change:
            continue
        out.at[i, "edited"] = True
        if "keep" in change:
            out.at[i, "keep"] = bool(change["keep"])
        if "actor" in change:
            out.at[i, "actor"] = "" if change["actor"] is None else str(change["actor"])
        if "start" in change or "end" in change:
            start = chart_module.to_date(change["start"]) if "start" in change else out.at[i, "start"]
            # A new start alone means "that day": the old end belonged to the old start.
            end = chart_module.to_date(change["end"]) if "end" in change else (None if "start" in change else out.at[i, "end"])
            if start is not None and (end is None or end <= start):
                end = start + dt.timedelta(days=1)
            out.at[i, "start"], out.at[i, "end"] = start, (end if start is not None else None)
            if "dated" in out:
                out.at[i, "dated"] = start is not None
            out.at[i, "rule"] = CORRECTED_RULE
            if start is None:
                out.at[i, "value"], out.at[i, "granularity"] = "", "unknown"
            elif end - start == dt.timedelta(days=1):
                out.at[i, "value"], out.at[i, "granularity"] = start.isoformat(), "day"
            else:
                out.at[i, "value"] = f"{start.isoformat()}/{end.isoformat()}"
                out.at[i, "granularity"] = "unknown"
        for column in ("value", "type", "granularity"):
            if column in change and column in out:
                out.at[i, column] = change[column]
    starts = out["start"].tolist()
    order = sorted(range(len(out)), key=lambda i: (starts[i] is None, starts[i] or dt.date.min))
    return out.iloc[order].reset_index(drop=True)


_GRANULARITY_OF_VALUE = (("day", r"\d{4}-\d{2}-\d{2}.*"), ("week", r"\d{4}-W\d{2}"), ("month", r"\d{4}-\d{2}"),
                         ("year", r"\d{4}"), ("decade", r"\d{3}"))


def alternative_correction(row) -> dict | None:
    """The correction that puts the runner-up reading of a row's expression in place of its
    value (for :func:`apply_corrections`), or None when it has none. A date takes the days
    its value names; a length is laid back from the end of the chosen date (the days it
    would have lasted up to then); an undated row stays undated."""
    value = str(row.get("alternative") or "")
    if not value:
        return None
    granularity = next((name for name, shape in _GRANULARITY_OF_VALUE if re.fullmatch(shape, value)), "unknown")
    kind = "DURATION" if value.startswith("P") else "TIME" if re.match(r"\d{4}-\d{2}-\d{2}T", value) else "DATE"
    change = {"value": value, "type": kind, "granularity": granularity}
    if granularity == "decade":
        span = (dt.date(int(value) * 10, 1, 1), dt.date(int(value) * 10 + 10, 1, 1))
    elif value.startswith("P"):
        end = chart_module.to_date(row.get("end"))
        span = duration_span(value, end, backward=True) if end is not None else None
        change["granularity"] = row.get("granularity") or "unknown"
    else:
        span = value_span(value)
    if span is not None:
        change["start"], change["end"] = span
    return change


def event_keys(df: pd.DataFrame) -> list[str]:
    """A key per row that survives re-resolution, unlike ``event_id``.

    ``event_id`` numbers events in text order, so a new publication date that
    finds one more event renumbers the rest; a correction must stay with its
    event. The key is the trigger's and the expression's place in the text.
    """
    columns = [c for c in ("article_id", "char_start", "char_end", "expression_start") if c in df]
    if "char_start" not in columns:
        return [str(e) for e in df["event_id"]]
    return ["|".join("" if pd.isna(v) else str(v) for v in values) for values in zip(*(df[c].tolist() for c in columns))]


@dataclasses.dataclass(frozen=True, slots=True)
class Filters:
    actors: tuple[str, ...] = ()  # empty: all
    types: tuple[str, ...] = ()
    anchors: tuple[str, ...] = ()
    dates: tuple[dt.date, dt.date] | None = None  # inclusive; undated events drop out
    min_confidence: float = 0.0
    articles: tuple[str, ...] = ()  # article ids: an event reported by any of them passes
    outlets: tuple[str, ...] = ()  # web hosts ("apnews.com"): an event with a source there passes
    min_sources: int = 1
    text: str = ""  # words that must all appear in the event's fields or its sources' sentences

    @property
    def active(self) -> bool:
        return bool(
            self.actors or self.types or self.anchors or self.dates or self.min_confidence > 0
            or self.articles or self.outlets or self.min_sources > 1 or self.text.strip()
        )  # fmt: skip


def outlet(url: object) -> str:
    """The host a URL names, without "www." ("" when there is none)."""
    host = urllib.parse.urlsplit(str(url or "")).hostname or ""
    return host.removeprefix("www.")


def article_ids_of(df: pd.DataFrame) -> list[tuple[str, ...]]:
    """Each row's reporting articles: ``article_ids`` of a merged table, else its ``article_id``."""
    if "article_ids" in df:
        return [tuple(ids) if isinstance(ids, (list, tuple)) and len(ids) else (str(one),)
                for ids, one in zip(df["article_ids"], df["article_id"])]  # fmt: skip
    return [(str(one),) for one in df["article_id"]]


def sources_of(df: pd.DataFrame) -> list[tuple]:
    """Each row's sources (``timeline.types.Source``), empty for a table that has none."""
    if "sources" not in df:
        return [()] * len(df)
    return [tuple(s) if isinstance(s, (list, tuple)) else () for s in df["sources"]]


def search_text(df: pd.DataFrame) -> list[str]:
    """What the free-text filter searches, per row, lower-cased."""
    # Lists, not Series: zipping Arrow-backed columns iterates them item by item, many times slower.
    columns = [c for c in ("actor", "action", "expression", "value", "sentence", "trigger") if c in df]
    fields = [df[c].fillna("").astype(str).tolist() for c in columns]
    sentences = [" ".join(f"{s.title} {s.sentence}" for s in sources) for sources in sources_of(df)]
    return [" ".join(parts).lower() for parts in zip(*fields, sentences)]


def filter_events(df: pd.DataFrame, filters: Filters) -> pd.DataFrame:
    """The rows of ``df`` that pass every filter (an empty choice passes all)."""
    mask = pd.Series(True, index=df.index)
    if filters.actors:
        mask &= df["actor"].map(lambda a: (a or chart_module.NO_ACTOR) in filters.actors)
    if filters.types:
        mask &= df["type"].isin(filters.types)
    if filters.anchors:
        mask &= df["anchor"].isin(filters.anchors)
    if filters.min_confidence > 0:
        mask &= df["confidence"] >= filters.min_confidence
    if filters.dates:
        lo, hi = filters.dates
        mask &= pd.Series(
            [s is not None and s <= hi and (e or s + dt.timedelta(days=1)) > lo for s, e in zip(df["start"], df["end"])],
            index=df.index,
            dtype=bool,
        )
    if filters.articles:
        chosen = set(filters.articles)
        mask &= pd.Series([not chosen.isdisjoint(ids) for ids in article_ids_of(df)], index=df.index, dtype=bool)
    if filters.outlets:
        chosen = set(filters.outlets)
        mask &= pd.Series([any(outlet(s.url) in chosen for s in sources) for sources in sources_of(df)],
                          index=df.index, dtype=bool)  # fmt: skip
    if filters.min_sources > 1:
        counts = df["n_sources"] if "n_sources" in df else pd.Series(1, index=df.index)
        mask &= pd.to_numeric(counts, errors="coerce").fillna(1) >= filters.min_sources
    words = filters.text.lower().split()
    if words:
        mask &= pd.Series([all(w in hay for w in words) for hay in search_text(df)], index=df.index, dtype=bool)
    return df[mask]


def table_edits(shown: pd.DataFrame, edited: pd.DataFrame) -> dict[str, dict]:
    """What the user changed in the editor: ``{event_id: {column: new value}}``."""
    changes: dict[str, dict] = {}
    rows = min(len(shown), len(edited))
    ids = shown["event_id"].tolist()[:rows]
    for column in EDITABLE:
        if column not in shown or column not in edited:
            continue
        # Whole columns as lists: an .iloc per cell costs seconds on a corpus.
        for i, (before, after) in enumerate(zip(shown[column].tolist()[:rows], edited[column].tolist()[:rows])):
            if column in ("start", "end"):
                before, after = chart_module.to_date(before), chart_module.to_date(after)
            elif column == "actor":
                before, after = before or "", "" if after is None or (isinstance(after, float) and pd.isna(after)) else after
            if before != after:
                changes.setdefault(ids[i], {})[column] = after
    return changes


def export_stem(articles: Sequence[Article], filtered: bool = False) -> str:
    """A file name stem that says what a download holds.

    >>> export_stem([Article("x", dt.date(2020, 6, 11), article_id="seed")])
    'timeline_seed_2020-06-11'
    """
    if len(articles) == 1:
        a = articles[0]
        stem = f"timeline_{_safe(a.article_id)}_{a.published.isoformat() if a.published else 'undated'}"
    else:
        dates = sorted(a.published for a in articles if a.published)
        span = f"{dates[0].isoformat()}_to_{dates[-1].isoformat()}" if dates else "undated"
        stem = f"timeline_{len(articles)}-articles_{span}"
    return stem + ("_filtered" if filtered else "")


def _safe(name: str) -> str:
    kept = "".join(c if c.isalnum() or c in "-_" else "-" for c in name)
    return kept.strip("-")[:60] or "article"


def for_export(df: pd.DataFrame) -> pd.DataFrame:
    """The rows kept by the user, without the dashboard's own columns."""
    kept = df[df["keep"]] if "keep" in df else df
    return kept.drop(columns=[c for c in ("keep", "edited", "selected") if c in kept]).reset_index(drop=True)


def exports(df: pd.DataFrame, title: str) -> dict[str, str]:
    """``{"csv": ..., "json": ..., "timelinejs": ...}``: the texts the download buttons offer."""
    return {"csv": to_csv(df), "json": to_json(df), "timelinejs": to_timelinejs_json(df, title=title)}


# --- Highlighted text (pure) --------------------------------------------------


def highlight_html(
    text: str,
    mentions: Iterable[tuple[int, int, str]],
    emphasis: tuple[int, int] | None = None,
    trigger: tuple[int, int] | None = None,
) -> str:
    """The article as HTML: each ``(start, end, label)`` mention marked and labelled.

    ``emphasis`` (the selected event's sentence) and ``trigger`` (its word)
    are character spans. Every piece of the text and every label goes through
    ``html.escape``, so pasted markup is shown, never run.

    >>> highlight_html("<b>on 5 May</b>", [(6, 11, "2020-05-05")])
    '&lt;b&gt;on <mark class="tl-timex" title="2020-05-05">5 May<sup>2020-05-05</sup></mark>&lt;/b&gt;'
    """
    spans = []
    last_end = 0
    for start, end, label in sorted(mentions):
        if start < last_end or not 0 <= start < end <= len(text):
            continue  # overlapping or out of range: keep the text readable
        spans.append((start, end, label))
        last_end = end
    cuts = {0, len(text)}
    for start, end, _ in spans:
        cuts.update((start, end))
    for span in (emphasis, trigger):
        if span:
            cuts.update(max(0, min(len(text), p)) for p in span)
    cuts = sorted(cuts)
    by_start = {s: (e, label) for s, e, label in spans}
    out = []
    open_mention: tuple[int, str] | None = None
    for a, b in zip(cuts, cuts[1:]):
        piece = html.escape(text[a:b])
        if open_mention is None and a in by_start:
            open_mention = by_start[a]
            out.append(f'<mark class="tl-timex" title="{html.escape(open_mention[1])}">')
        if trigger and trigger[0] <= a and b <= trigger[1]:
            piece = f'<b class="tl-trigger">{piece}</b>'
        if emphasis and emphasis[0] <= a and b <= emphasis[1]:
            piece = f'<span class="tl-selected">{piece}</span>'
        out.append(piece)
        if open_mention is not None and b == open_mention[0]:
            out.append(f"<sup>{html.escape(open_mention[1])}</sup></mark>")
            open_mention = None
    return "".join(out)


TEXT_CSS = """
<style>
.tl-text { white-space: pre-wrap; line-height: 1.7; font-size: 0.95rem;
  max-height: 40rem; overflow-y: auto; padding: 0.75rem 1rem;
  border: 1px solid #e3e6ea; border-radius: 0.5rem; background: #fff; }
.tl-text mark.tl-timex { background: #dbe9f8; border-radius: 0.25rem; padding: 0 0.15rem; }
.tl-text mark.tl-timex sup { color: #1f5fa8; font-size: 0.7rem; margin-left: 0.2rem; font-weight: 600; }
.tl-text .tl-selected { background: #fff3bf; }
.tl-text mark .tl-selected { background: #ffe08a; }
.tl-text .tl-trigger { text-decoration: underline; }
.tl-source { border: 1px solid #e3e6ea; border-radius: 0.5rem; padding: 0.5rem 0.75rem;
  line-height: 1.5; font-size: 0.9rem; background: #fff; height: 100%; }
.tl-source .tl-about { color: #5f6b7a; font-size: 0.8rem; margin-bottom: 0.25rem; }
.tl-card { border-left: 4px solid #1f5fa8; background: #f4f8fc; padding: 0.5rem 0.75rem;
  border-radius: 0.25rem; line-height: 1.5; font-size: 0.92rem; }
.tl-card .tl-doubt { background: #fff3bf; color: #7a4b00; border-radius: 0.25rem; padding: 0 0.3rem; }
</style>
"""


# --- Rendering ----------------------------------------------------------------


def _data_id(articles: Sequence[Article]) -> str:
    """Identity of the texts (not the dates): corrections survive a date change."""
    digest = hashlib.sha1()
    for a in articles:
        digest.update(f"{a.article_id}\0{a.language}\0{a.text}\0".encode())
    return digest.hexdigest()[:12]


def reset_on_new_data(articles: Sequence[Article]) -> None:
    """New texts: forget corrections, filters and the selection of the old ones."""
    data_id = _data_id(articles)
    if st.session_state.get("_data_id") != data_id:
        st.session_state["_data_id"] = data_id
        st.session_state["corrections"] = {}
        for key in (*FILTER_KEYS, "selected_event", "chart_view"):
            st.session_state.pop(key, None)
    # New dates renumber events: a selection by event_id would jump to another one.
    dates_id = tuple(a.published for a in articles)
    if st.session_state.get("_dates_id") != dates_id:
        st.session_state["_dates_id"] = dates_id
        st.session_state.pop("selected_event", None)


def filters_ui(df: pd.DataFrame, titles: dict[str, str] | None = None) -> Filters:
    """Filter widgets above the table; options come from the current events.

    ``titles`` (article id -> title) names the articles; the article, outlet and
    sources filters appear only when the table comes from several articles.
    """
    text = st.text_input("Search", key="f_text", placeholder="words in the actor, action, date or sentences")
    c1, c2, c3 = st.columns(3)
    actors = sorted({a or chart_module.NO_ACTOR for a in df["actor"].unique()}, key=str.lower)
    chosen_actors = c1.multiselect("Actor", actors, key="f_actor", placeholder="all actors")
    chosen_types = c2.multiselect("Type", sorted(df["type"].unique()), key="f_type", placeholder="all types")
    chosen_anchors = c3.multiselect("Anchor", sorted(df["anchor"].unique()), key="f_anchor", placeholder="all anchors")
    c4, c5 = st.columns(2)
    dates = c4.date_input(
        "Date range", value=(), key="f_dates", min_value=DATE_MIN, max_value=DATE_MAX, format="YYYY-MM-DD"
    )
    confidence = c5.slider("Minimum confidence", 0.0, 1.0, 0.0, 0.05, key="f_confidence")
    date_range = (dates[0], dates[1]) if isinstance(dates, tuple) and len(dates) == 2 else None
    chosen_articles, chosen_outlets, min_sources = [], [], 1
    titles = titles or {}
    ids = sorted({i for row in article_ids_of(df) for i in row})
    if len(ids) > 1:
        c6, c7, c8 = st.columns(3)
        chosen_articles = c6.multiselect(
            "Article", ids, key="f_article", placeholder="all articles",
            format_func=lambda i: f"{shorten_title(titles.get(i, ''))} ({i})" if titles.get(i) else i,
        )  # fmt: skip
        urls = {s.url for sources in sources_of(df) for s in sources}  # a site has many articles: parse each URL once
        outlets = sorted({outlet(url) for url in urls} - {""})
        chosen_outlets = c7.multiselect("Source", outlets, key="f_outlet", placeholder="all sources",
                                        disabled=not outlets, help="The site an article comes from (its URL)")  # fmt: skip
        most = int(pd.to_numeric(df.get("n_sources", pd.Series([1])), errors="coerce").fillna(1).max())
        min_sources = c8.number_input("At least this many sources", 1, max(most, 1), 1, key="f_sources",
                                      disabled=most <= 1)  # fmt: skip
    return Filters(
        tuple(chosen_actors), tuple(chosen_types), tuple(chosen_anchors), date_range, float(confidence),
        tuple(chosen_articles), tuple(chosen_outlets), int(min_sources), text or "",
    )  # fmt: skip


def date_list(dates: Sequence[dt.date], most: int = 4) -> str:
    """A few dates in full; more as their range ("2020-01-02 – 2020-12-30, 212 dates")."""
    if len(dates) <= most:
        return ", ".join(d.isoformat() for d in dates)
    return f"{min(dates).isoformat()} – {max(dates).isoformat()}, {len(dates):,} dates"


def shorten_title(title: str, limit: int = 50) -> str:
    return title if len(title) <= limit else title[: limit - 1].rstrip() + "…"


def table(df: pd.DataFrame, selected: str | None, titles: dict[str, str] | None = None) -> tuple[pd.DataFrame, bool]:
    """Filters + the editable event table. Returns the corrected, filtered rows
    and whether a filter is on.

    Edits are merged into ``st.session_state["corrections"]`` by :func:`event_keys`.
    The editor's key names the rows it shows, so when filters or a corrected
    date reorder them it starts afresh (with the corrections already in its
    data) instead of re-applying positional edits to the wrong rows.
    """
    corrections: dict = st.session_state.setdefault("corrections", {})
    corrected = apply_corrections(df, corrections)
    filters = filters_ui(corrected, titles)
    shown = filter_events(corrected, filters).reset_index(drop=True)
    shown = shown.assign(selected=[e == selected for e in shown["event_id"]])
    view = shown[[c for c in TABLE_COLUMNS if c in shown]]
    key = "events_table_" + hashlib.sha1("\0".join(view["event_id"]).encode()).hexdigest()[:10]
    edited = st.data_editor(
        view,
        key=key,
        hide_index=True,
        num_rows="fixed",
        width="stretch",
        disabled=[c for c in view.columns if c not in EDITABLE],
        column_config={
            "keep": st.column_config.CheckboxColumn("keep", help="Untick to drop the event from chart and exports"),
            "selected": st.column_config.CheckboxColumn("▶", help="The event selected in the chart", width="small"),
            "start": st.column_config.DateColumn("start", format="YYYY-MM-DD", help="Correct the date here"),
            "end": st.column_config.DateColumn("end (excl.)", format="YYYY-MM-DD"),
            "actor": st.column_config.TextColumn("actor", help="Correct who did it"),
            "confidence": st.column_config.ProgressColumn("confidence", min_value=0.0, max_value=1.0, format="%.2f"),
            "alternative_label": st.column_config.TextColumn("or", help="The runner-up reading of the expression"),
            "sentence": st.column_config.TextColumn("sentence", width="large"),
        },
    )
    # Without edits in the editor's state there is nothing to compare (a cell-by-cell
    # look at thousands of rows on every rerun).
    changes = table_edits(view, edited) if (st.session_state.get(key) or {}).get("edited_rows") else {}
    if changes:
        before = {k: dict(v) for k, v in corrections.items()}
        key_of = dict(zip(shown["event_id"], event_keys(shown)))
        for event_id, change in changes.items():
            corrections.setdefault(key_of[event_id], {}).update(change)
        if corrections != before:
            # Redraw from the top so that derived cells (end, value, rule), the
            # chart and the exports all show the edit. The editor's own edit
            # state then matches its data, so this does not loop.
            st.rerun()
    dropped = int((~corrected["keep"]).sum())
    note = f"{len(shown)} of {len(corrected)} events shown" + (" (filtered)" if filters.active else "")
    if dropped:
        note += f" · {dropped} dropped"
    if corrections:
        note += f" · {sum(1 for c in corrections.values() if c)} corrected"
    st.caption(note + ". Edit start, end or actor in place; untick keep to drop an event.")
    return shown, filters.active


def _on_chart_select() -> None:
    """A click on the chart selects its event (table marker and text follow)."""
    state = st.session_state.get("chart")
    points = (state or {}).get("selection", {}).get("points", []) if state else []
    for point in points:
        data = point.get("customdata")
        if data:
            st.session_state["selected_event"] = data[-1]
            return


DETAIL_MAX = 500  # events the detailed chart draws at most: more is ink, not information


def _reset_chart_view() -> None:
    st.session_state.pop("chart_view", None)


def _on_overview_select() -> None:
    """Bins clicked or a span dragged on the overview zoom the chart to them."""
    state = st.session_state.get("overview") or {}
    view = chart_module.overview_view(state.get("selection") if state else None)
    if view is not None:
        st.session_state["chart_view"] = view


def content_key(df: pd.DataFrame, columns: Sequence[str], *settings) -> str:
    """A short digest of the values of ``df``'s rows, in order, in ``columns`` (those
    it has) and of ``settings``: the same rows and settings give the same key; a
    filter or an edit that changes what is drawn gives another one.

    It keys the cached figures, so a rerun that draws the same events (a filter
    cleared, a click in the text) reuses them instead of building them again.
    """
    present = [c for c in columns if c in df]
    digest = hashlib.sha1(repr((present, len(df), settings)).encode())
    if len(df) and present:
        # One vectorised hash per row; dates and tuples go through str(), as pandas hashes objects.
        digest.update(pd.util.hash_pandas_object(df[present], index=False).to_numpy().tobytes())
    return digest.hexdigest()[:20]


# Figures are cached as resources, not data: cache_data would pickle them, and
# unpickling a Plotly figure validates it again, which is most of its build time.
# A figure is never changed once built (st.plotly_chart reads a copy of it).
@st.cache_resource(max_entries=8, show_spinner=False)
def overview_figure(key: str, _kept: pd.DataFrame, _by: str, _published: list[dt.date]):
    """:func:`timeline.chart.build_overview`, once per :func:`content_key` ``key``."""
    return chart_module.build_overview(_kept, by=_by, published=_published)


@st.cache_resource(max_entries=8, show_spinner=False)
def detail_figure(key: str, _drawn: pd.DataFrame, _published: list[dt.date], _color_by: str, _selected, _view):
    """:func:`timeline.chart.build_figure`, once per :func:`content_key` ``key``."""
    return chart_module.build_figure(_drawn, published=_published, color_by=_color_by, selected=_selected, view=_view)


def chart(df: pd.DataFrame, published: Iterable[dt.date], color_by: str, selected: str | None) -> None:
    kept = df[df["keep"]] if "keep" in df else df
    view = st.session_state.get("chart_view")
    published = list(published)
    if len(kept) > chart_module.DENSE_ABOVE:  # a corpus: where the events are, before the events
        key = content_key(kept, chart_module.OVERVIEW_COLUMNS, "overview", color_by, published)
        overview = overview_figure(key, kept, color_by, published)
        st.plotly_chart(
            overview, key="overview", width="stretch", on_select=_on_overview_select,
            selection_mode=("points", "box"), config={"displaylogo": False},
        )  # fmt: skip
        if view:
            left, right = st.columns([5, 1])
            left.caption(f"Chart zoomed to {view[0].isoformat()} – {view[1].isoformat()} (from the overview).")
            # A callback, so the zoom is gone before this script writes the caption again.
            right.button("Show all", key="chart_view_reset", width="stretch", on_click=_reset_chart_view)
        else:
            st.caption("Click a bar or drag across the overview to zoom the chart below to that time.")
    else:
        view = None
    drawn = chart_module.most_important(kept, DETAIL_MAX, view=view, selected=selected)
    if len(drawn) < len(kept):
        st.caption(f"The chart draws the {len(drawn):,} best-attested of {len(kept):,} events"
                   + (" in this view" if view else "") + "; zoom in on the overview or filter to see the others.")
    key = content_key(drawn, chart_module.FIGURE_COLUMNS, "detail", published, color_by, selected, view)
    figure = detail_figure(key, drawn, published, color_by, selected, view)
    st.plotly_chart(
        figure,
        key="chart",
        on_select=_on_chart_select,
        selection_mode="points",
        width="stretch",
        config={"displaylogo": False, "scrollZoom": False},
    )
    undated = int(kept["start"].isna().sum()) if len(kept) else 0
    if undated:
        st.caption(f"{undated} undated event(s) (e.g. plans with no date) are drawn in the band on the right.")
    off_chart = int((~chart_module.drawable(kept)).sum()) if len(kept) else 0
    if off_chart:
        first, last = chart_module.DRAWABLE
        st.caption(f"{off_chart} event(s) dated before {first.year} or after {last.year} are in the table "
                   "and the exports, not on the chart.")


def event_label(start: dt.date | None, expression: str, actor: str) -> str:
    date = start.isoformat() if start else "undated"
    who = f" · {actor}" if actor else ""
    return f"{date} · {expression or '(publication date)'}{who}"


def select_event(df: pd.DataFrame) -> str | None:
    """The selected event: set by a chart click or chosen here (among the events
    the chart draws: a list of thousands is no way to choose)."""
    current = st.session_state.get("selected_event") or None
    choices = chart_module.most_important(df, DETAIL_MAX, view=st.session_state.get("chart_view"), selected=current)
    # Columns as lists: itertuples builds a tuple of every column per row.
    labels = {event_id: event_label(start, expression, actor) for event_id, start, expression, actor in zip(
        *(choices[c].tolist() for c in ("event_id", "start", "expression", "actor")))}  # fmt: skip
    options = ["", *labels]
    if st.session_state.get("selected_event") not in options:
        st.session_state["selected_event"] = ""
    chosen = st.selectbox(
        "Selected event (click a marker or choose)",
        options,
        key="selected_event",
        format_func=lambda e: labels.get(e, "— none —"),
    )
    if chosen:
        row = df[df["event_id"] == chosen].iloc[0]
        st.html(TEXT_CSS + event_card(row))
        change = alternative_correction(row)
        if change is not None and st.button(f"Use {row['alternative_label'] or row['alternative']}",
                                            key="use_alternative", help="Take this reading of the expression instead"):
            key = event_keys(df[df["event_id"] == chosen])[0]
            st.session_state.setdefault("corrections", {}).setdefault(key, {}).update(change)
            st.rerun()
    return chosen or None


def event_card(row) -> str:
    """The selected event as escaped HTML: when, expression -> value, who did what,
    evidence, and for a merged event the number of articles that report it. A confidence
    below LOW_CONFIDENCE is marked; the expression's runner-up reading, if any, follows
    ("Other reading: next Wednesday, 2020-06-17 (12%)"; :func:`select_event` offers it)."""
    e = html.escape
    if row["start"] is not None:
        end = row["end"]
        one_day = end is None or end - row["start"] <= dt.timedelta(days=1)
        when = row["start"].isoformat() if one_day else f"{row['start'].isoformat()} – {end.isoformat()} (excl.)"
    else:
        when = "undated"
    expression = row["expression"] or "(publication date)"
    who = " ".join(p for p in (row["actor"], row["action"]) if p) or "(no actor)"
    sources = tuple(row.get("sources") or ())  # a merged table's row; none for one article
    reported = ""
    if len(sources) > 1:
        reason = row.get("merge_reason") or ""
        reported = f"<br>Reported by {len(sources)} articles" + (f" · merged on {e(str(reason))}" if reason else "")
    confidence = float(row["confidence"])
    doubt = ' <span class="tl-doubt">low confidence</span>' if confidence < LOW_CONFIDENCE else ""
    if row.get("alternative"):
        probability = row.get("alternative_probability")
        chance = f" ({float(probability):.0%})" if probability is not None and not pd.isna(probability) else ""
        reported += f"<br>Other reading: {e(str(row.get('alternative_label') or row['alternative']))}{e(chance)}"
    conflict = row.get("date_conflict")
    if isinstance(conflict, (list, tuple)) and conflict:
        readings = "; ".join(f"{r.value} ({', '.join(r.article_ids)})" for r in conflict)
        reported += f"<br><b>Sources disagree on the date:</b> {e(readings)}"
    return (
        '<div class="tl-card">'
        f"<b>{e(when)}</b> · {e(expression)} → <code>{e(row['value'])}</code> · "
        f"{e(row['anchor'])}, confidence {confidence:.2f}{doubt} · rule <code>{e(row['rule'])}</code><br>"
        f"<b>{e(who)}</b><br><i>{e(' '.join(str(row['sentence']).split()))}</i>{reported}</div>"
    )


SIDE_BY_SIDE = 4  # source sentences shown in columns; the rest listed below them


def source_cards(sources: Sequence, published: dict[str, dt.date]) -> list[str]:
    """One escaped HTML card per source of a merged event: title, site, date, sentence."""
    e = html.escape
    cards = []
    for source in sources:
        day = published.get(source.article_id)
        about = " · ".join(p for p in (outlet(source.url), day.isoformat() if day else "", source.article_id) if p)
        cards.append(
            f'<div class="tl-source"><b>{e(source.title or source.article_id)}</b>'
            f'<div class="tl-about">{e(about)}</div><i>{e(" ".join(str(source.sentence).split()))}</i></div>'
        )
    return cards


def text_view(articles: Sequence[Article], mentions: dict[str, list[Mention]], df: pd.DataFrame, selected: str | None) -> None:
    """The article with every temporal expression marked; the selected sentence emphasised.

    A selected event reported by several articles first shows how each of them
    tells it: the source sentences side by side.
    """
    row = df[df["event_id"] == selected].iloc[0] if selected and (df["event_id"] == selected).any() else None
    ids = [a.article_id for a in articles]
    sources = tuple(row.get("sources") or ()) if row is not None and "sources" in row else ()
    if len(sources) > 1:
        st.markdown(f"**How the {len(sources)} sources tell it**")
        cards = source_cards(sources, {a.article_id: a.published for a in articles})
        columns = st.columns(min(len(cards), SIDE_BY_SIDE))
        for column, card in zip(columns, cards):
            column.html(TEXT_CSS + card)
        if len(cards) > SIDE_BY_SIDE:
            with st.expander(f"{len(cards) - SIDE_BY_SIDE} more source(s)"):
                st.html(TEXT_CSS + "".join(cards[SIDE_BY_SIDE:]))
    if selected != st.session_state.get("_text_follows"):  # a new selection shows its article
        st.session_state["_text_follows"] = selected
        if row is not None and row["article_id"] in ids:
            st.session_state["text_article"] = row["article_id"]
    if len(articles) > 1:
        titles = {a.article_id: a.title for a in articles}
        article_id = st.selectbox(
            "Article", ids, key="text_article",
            format_func=lambda i: f"{shorten_title(titles[i])} ({i})" if titles.get(i) else i,
        )  # fmt: skip
    else:
        article_id = ids[0]
    article = articles[ids.index(article_id)]
    emphasis = trigger = None
    if row is not None and row["article_id"] == article_id:
        emphasis = _sentence_span(article.text, row)
        if int(row.get("char_end", -1) or -1) > int(row.get("char_start", -1) or -1) >= 0:
            trigger = (int(row["char_start"]), int(row["char_end"]))
    elif row is not None and sources:  # another source of the event: emphasise its own sentence
        mine = next((s for s in sources if s.article_id == article_id and s.sentence), None)
        at = article.text.find(mine.sentence) if mine else -1
        emphasis = (at, at + len(mine.sentence)) if at >= 0 else None
    marks = [(m.start, m.end, m.value) for m in mentions.get(article_id, [])]
    body = highlight_html(article.text, marks, emphasis, trigger)
    st.html(TEXT_CSS + f'<div class="tl-text" data-testid="tl-text">{body}</div>')


def _sentence_span(text: str, row) -> tuple[int, int] | None:
    start, end = row.get("sentence_start"), row.get("sentence_end")
    if start is not None and end is not None and not pd.isna(start) and int(end) > int(start):
        return int(start), int(end)
    sentence = row.get("sentence") or ""
    if not sentence:
        return None
    at = text.find(sentence, max(0, int(row.get("char_start", 0) or 0) - len(sentence)))
    at = text.find(sentence) if at < 0 else at
    return (at, at + len(sentence)) if at >= 0 else None


# Above, the files are written when a button is clicked, not on every rerun: a thousand
# rows take half a second to write three ways, too long for each filter change.
EAGER_EXPORT_ROWS = 100


def downloads(df: pd.DataFrame, articles: Sequence[Article], filtered: bool) -> dict[str, str]:
    """Download buttons for the shown, kept, corrected events. Returns the texts
    offered (empty for a large table, whose files are written on click)."""
    data = for_export(df)
    stem = export_stem(articles, filtered)
    title = articles[0].title if len(articles) == 1 and articles[0].title else stem
    if len(data) <= EAGER_EXPORT_ROWS:
        texts = exports(data, title)
        files = {"csv": texts["csv"], "json": texts["json"], "timelinejs": texts["timelinejs"]}
    else:  # a corpus: thousands of rows take seconds to write; do it only when asked
        texts = {}
        files = {
            "csv": lambda: to_csv(data),
            "json": lambda: to_json(data),
            "timelinejs": lambda: to_timelinejs_json(data, title=title),
        }
    st.session_state["_exports"] = {"stem": stem, **texts}  # what the buttons hold (read by tests)
    c1, c2, c3 = st.columns(3)
    c1.download_button("CSV", files["csv"], f"{stem}.csv", "text/csv", key="dl_csv", on_click="ignore", width="stretch")
    c2.download_button("JSON", files["json"], f"{stem}.json", "application/json", key="dl_json", on_click="ignore", width="stretch")
    c3.download_button(
        "TimelineJS", files["timelinejs"], f"{stem}_timelinejs.json", "application/json",
        key="dl_timelinejs", on_click="ignore", width="stretch",
        help="JSON for TimelineJS (timeline.knightlab.com)",
    )  # fmt: skip
    st.caption(f"{len(data):,} events → `{stem}.*`" + (" (filters applied)" if filtered else ""))
    return texts
