'''Results kept in one SQLite file, reused by later runs and queryable with plain SQL.

Why SQLite in WAL mode: one file, in the standard library, and write-ahead
logging lets any number of readers (the dashboard, ``sqlite3`` in a shell)
read a consistent snapshot while one writer (a ``timeline extract`` run)
appends; the writer commits once per batch, so readers see progress batch by
batch and a crash loses at most the batch in flight. Readers open the file
read-only (``mode=ro`` URI); every connection waits up to
:data:`BUSY_TIMEOUT_MS` for a lock instead of failing.

An article is keyed by ``content_hash`` (SHA-256 of its text), ``language``,
``published`` and ``pipeline_version`` (:func:`timeline.engine.pipeline_version`):
a row is reused only when all four match, so a change in the rules or models
invalidates it. The store keeps one row per (text, language, date): a run of
a newer pipeline replaces the older row; rows no run has refreshed keep their
old version and are left out of exports (:meth:`Store.events`).

Schema (dates are ISO text, ``YYYY-MM-DD``; offsets index the article text;
columns of ``events`` are those of the per-article timeline table, timeline.order.COLUMNS
without the SOURCE_COLUMNS merging adds)::

    CREATE TABLE articles (
        article_row      INTEGER PRIMARY KEY,
        content_hash     TEXT NOT NULL,     -- sha256 of the text (UTF-8), hex
        language         TEXT NOT NULL,     -- en, fr
        published        TEXT NOT NULL,     -- publication date
        pipeline_version TEXT NOT NULL,     -- "<package version>+<hash of rules and models>"
        article_id       TEXT NOT NULL,     -- the id of the article's latest run
        title            TEXT NOT NULL,
        source           TEXT NOT NULL,     -- file (":line") it was read from
        url              TEXT NOT NULL,
        text             TEXT NOT NULL,     -- the article text (exports merge across articles)
        characters       INTEGER NOT NULL,
        mention_count    INTEGER NOT NULL,
        event_count      INTEGER NOT NULL,
        stored_at        TEXT NOT NULL,     -- UTC time of the run, ISO
        UNIQUE (content_hash, language, published)
    );
    CREATE TABLE mentions (               -- temporal expressions found (find_mentions)
        article_row      INTEGER NOT NULL REFERENCES articles ON DELETE CASCADE,
        n                INTEGER NOT NULL,  -- 1.. in text order
        content_hash     TEXT NOT NULL,
        article_id       TEXT NOT NULL,
        text             TEXT NOT NULL,
        start            INTEGER NOT NULL,
        "end"            INTEGER NOT NULL,
        sentence_start   INTEGER NOT NULL,
        sentence_end     INTEGER NOT NULL,
        type             TEXT NOT NULL,     -- DATE TIME DURATION SET
        value            TEXT NOT NULL,     -- TimeML value
        granularity      TEXT NOT NULL,
        mod              TEXT,
        anchor           TEXT NOT NULL,     -- absolute | publication | previous mention
        reference        TEXT,              -- the date it was resolved against
        interval_start   TEXT,              -- half-open span of days, or NULL
        interval_end     TEXT,
        rule             TEXT NOT NULL,
        timex            TEXT NOT NULL,     -- the whole Timex as JSON
        PRIMARY KEY (article_row, n)
    );
    CREATE TABLE events (                 -- one row per event, as in the timeline table
        article_row      INTEGER NOT NULL REFERENCES articles ON DELETE CASCADE,
        n                INTEGER NOT NULL,  -- 1.. in text order
        content_hash     TEXT NOT NULL,
        event_id TEXT NOT NULL, article_id TEXT NOT NULL,
        start TEXT, "end" TEXT,             -- half-open span of days; NULL when undated
        dated INTEGER NOT NULL,             -- 0 or 1
        value TEXT NOT NULL, granularity TEXT NOT NULL, type TEXT NOT NULL, mod TEXT,
        anchor TEXT NOT NULL, expression TEXT NOT NULL, actor TEXT NOT NULL,
        action TEXT NOT NULL, trigger TEXT NOT NULL,
        entities TEXT NOT NULL,             -- JSON list of names
        sentence TEXT NOT NULL,
        char_start INTEGER NOT NULL, char_end INTEGER NOT NULL,
        sentence_start INTEGER NOT NULL, sentence_end INTEGER NOT NULL,
        expression_start INTEGER, expression_end INTEGER,   -- NULL when dated by publication
        confidence REAL NOT NULL, rule TEXT NOT NULL,
        timex TEXT,                         -- the expression's Timex as JSON, or NULL
        PRIMARY KEY (article_row, n)
    );
    CREATE TABLE timelines (              -- the merged timeline of a run, for the dashboard
        pipeline_version TEXT PRIMARY KEY,
        articles_digest  TEXT NOT NULL,     -- sha256 of the run's (content_hash, language, published)
        article_count    INTEGER NOT NULL,
        event_count      INTEGER NOT NULL,
        stored_at        TEXT NOT NULL,
        csv              TEXT NOT NULL      -- the merged table as `timeline extract --format csv` writes it
    );

A merged timeline is kept only for the articles its run merged: the dashboard
reads it when the store holds exactly those articles (of this version), and
merges the stored events itself otherwise.

Example: ``SELECT actor, count(*) FROM events WHERE start >= '2020-01-01'
GROUP BY actor`` (quote ``"end"``: it is an SQL keyword).
'''

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import json
import sqlite3
from collections.abc import Iterable, Iterator
from pathlib import Path

from timeline.errors import InputError
from timeline.types import Anchor, Article, Event, Mention, Reading, Timex

SCHEMA_VERSION = "2"  # 2: articles.text
BUSY_TIMEOUT_MS = 10_000
_LOOKUP_CHUNK = 500  # parameters per IN (...) query, under SQLite's limit

_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS articles (
    article_row INTEGER PRIMARY KEY, content_hash TEXT NOT NULL, language TEXT NOT NULL,
    published TEXT NOT NULL, pipeline_version TEXT NOT NULL, article_id TEXT NOT NULL,
    title TEXT NOT NULL, source TEXT NOT NULL, url TEXT NOT NULL, text TEXT NOT NULL,
    characters INTEGER NOT NULL,
    mention_count INTEGER NOT NULL, event_count INTEGER NOT NULL, stored_at TEXT NOT NULL,
    UNIQUE (content_hash, language, published)
);
CREATE TABLE IF NOT EXISTS mentions (
    article_row INTEGER NOT NULL REFERENCES articles ON DELETE CASCADE, n INTEGER NOT NULL,
    content_hash TEXT NOT NULL, article_id TEXT NOT NULL, text TEXT NOT NULL,
    start INTEGER NOT NULL, "end" INTEGER NOT NULL, sentence_start INTEGER NOT NULL,
    sentence_end INTEGER NOT NULL, type TEXT NOT NULL, value TEXT NOT NULL,
    granularity TEXT NOT NULL, mod TEXT, anchor TEXT NOT NULL, reference TEXT,
    interval_start TEXT, interval_end TEXT, rule TEXT NOT NULL, timex TEXT NOT NULL,
    PRIMARY KEY (article_row, n)
);
CREATE TABLE IF NOT EXISTS events (
    article_row INTEGER NOT NULL REFERENCES articles ON DELETE CASCADE, n INTEGER NOT NULL,
    content_hash TEXT NOT NULL, event_id TEXT NOT NULL, article_id TEXT NOT NULL,
    start TEXT, "end" TEXT, dated INTEGER NOT NULL, value TEXT NOT NULL,
    granularity TEXT NOT NULL, type TEXT NOT NULL, mod TEXT, anchor TEXT NOT NULL,
    expression TEXT NOT NULL, actor TEXT NOT NULL, action TEXT NOT NULL, trigger TEXT NOT NULL,
    entities TEXT NOT NULL, sentence TEXT NOT NULL, char_start INTEGER NOT NULL,
    char_end INTEGER NOT NULL, sentence_start INTEGER NOT NULL, sentence_end INTEGER NOT NULL,
    expression_start INTEGER, expression_end INTEGER, confidence REAL NOT NULL,
    rule TEXT NOT NULL, timex TEXT,
    PRIMARY KEY (article_row, n)
);
CREATE TABLE IF NOT EXISTS timelines (
    pipeline_version TEXT PRIMARY KEY, articles_digest TEXT NOT NULL, article_count INTEGER NOT NULL,
    event_count INTEGER NOT NULL, stored_at TEXT NOT NULL, csv TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS events_start ON events (start);
CREATE INDEX IF NOT EXISTS mentions_article ON mentions (article_id);
CREATE INDEX IF NOT EXISTS articles_version ON articles (pipeline_version);
"""

_MENTION_COLUMNS = (
    "article_row", "n", "content_hash", "article_id", "text", "start", '"end"', "sentence_start",
    "sentence_end", "type", "value", "granularity", "mod", "anchor", "reference",
    "interval_start", "interval_end", "rule", "timex",
)  # fmt: skip
_EVENT_COLUMNS = (
    "article_row", "n", "content_hash", "event_id", "article_id", "start", '"end"', "dated",
    "value", "granularity", "type", "mod", "anchor", "expression", "actor", "action", "trigger",
    "entities", "sentence", "char_start", "char_end", "sentence_start", "sentence_end",
    "expression_start", "expression_end", "confidence", "rule", "timex",
)  # fmt: skip
# Event fields read back as they are stored (the rest are converted).
_PLAIN_EVENT_FIELDS = (
    "event_id", "article_id", "value", "granularity", "type", "mod", "anchor", "expression",
    "actor", "action", "trigger", "sentence", "char_start", "char_end", "sentence_start",
    "sentence_end", "confidence", "rule",
)  # fmt: skip
_TIMEX_DATES = ("reference", "interval_start", "interval_end")
_TIMEX_SETS = ("stated", "inferred")


# --- conversions ---------------------------------------------------------------------


def _iso(day: dt.date | None) -> str | None:
    return day.isoformat() if day is not None else None


def _date(text: str | None) -> dt.date | None:
    return dt.date.fromisoformat(text) if text is not None else None


def timex_to_json(timex: Timex) -> str:
    record = {}
    for field in dataclasses.fields(Timex):
        value = getattr(timex, field.name)
        if field.name in _TIMEX_DATES:
            value = _iso(value)
        elif field.name in _TIMEX_SETS:
            value = sorted(value)
        elif isinstance(value, Anchor):
            value = value.value
        elif isinstance(value, Reading):
            value = dataclasses.asdict(value)
        record[field.name] = value
    return json.dumps(record, ensure_ascii=False, sort_keys=True)


def timex_from_json(text: str) -> Timex:
    record = json.loads(text)
    for name in _TIMEX_DATES:
        record[name] = _date(record[name])
    for name in _TIMEX_SETS:
        record[name] = frozenset(record[name])
    record["anchor"] = Anchor(record["anchor"])
    if record.get("alternative"):
        record["alternative"] = Reading(**record["alternative"])
    return Timex(**record)


def _mention_row(row: int, n: int, digest: str, article_id: str, mention: Mention) -> tuple:
    t = mention.timex
    return (row, n, digest, article_id, mention.text, mention.start, mention.end,
            mention.sentence_start, mention.sentence_end, t.type, t.value, t.granularity, t.mod,
            t.anchor.value, _iso(t.reference), _iso(t.interval_start), _iso(t.interval_end),
            t.rule, timex_to_json(t))  # fmt: skip


def _mention(record: sqlite3.Row) -> Mention:
    return Mention(record["text"], record["start"], record["end"], timex_from_json(record["timex"]),
                   record["sentence_start"], record["sentence_end"])


def _event_row(row: int, n: int, digest: str, event: Event) -> tuple:
    return (row, n, digest, event.event_id, event.article_id, _iso(event.start), _iso(event.end),
            int(event.start is not None), event.value, event.granularity, event.type, event.mod,
            event.anchor, event.expression, event.actor, event.action, event.trigger,
            json.dumps(list(event.entities), ensure_ascii=False), event.sentence, event.char_start,
            event.char_end, event.sentence_start, event.sentence_end,
            event.expression_start if event.expression_start >= 0 else None,
            event.expression_end if event.expression_end >= 0 else None,
            event.confidence, event.rule,
            timex_to_json(event.timex) if event.timex is not None else None)  # fmt: skip


def _event(record: sqlite3.Row) -> Event:
    fields = {name: record[name] for name in _PLAIN_EVENT_FIELDS}
    return Event(
        **fields, start=_date(record["start"]), end=_date(record["end"]),
        entities=tuple(json.loads(record["entities"])),
        expression_start=-1 if record["expression_start"] is None else record["expression_start"],
        expression_end=-1 if record["expression_end"] is None else record["expression_end"],
        timex=timex_from_json(record["timex"]) if record["timex"] is not None else None,
    )


def _key(article: Article) -> tuple[str, str, str]:
    from timeline.engine import content_hash

    return content_hash(article.text), article.language, article.published.isoformat()


def digest_of(keys: Iterable[tuple[str, str, str]]) -> str:
    """SHA-256 of a set of (content_hash, language, published): order does not count."""
    digest = hashlib.sha256()
    for key in sorted(set(keys)):
        digest.update("\t".join(key).encode() + b"\n")
    return digest.hexdigest()


def _relabelled(events: list[Event], article_id: str) -> list[Event]:
    """The events of the same text read under another id (a renamed file)."""
    return [dataclasses.replace(e, article_id=article_id, event_id=f"{article_id}-e{n}")
            for n, e in enumerate(events, start=1)]


# --- the store -----------------------------------------------------------------------


class Store:
    """One SQLite store file. ``Store(path)`` creates or opens it for writing;
    ``Store(path, readonly=True)`` reads it, also while a run writes to it.

    Use it as a context manager, or call :meth:`close`.
    """

    def __init__(self, path: str | Path, *, readonly: bool = False) -> None:
        self.path = Path(path)
        self.readonly = readonly
        if readonly and not self.path.is_file():
            raise InputError(f"No store at {self.path}: run 'timeline extract --store {self.path} FILE...' first.")
        try:
            if readonly:
                uri = self.path.resolve().as_uri() + "?mode=ro"
                self._db = sqlite3.connect(uri, uri=True, timeout=BUSY_TIMEOUT_MS / 1000)
            else:
                self.path.parent.mkdir(parents=True, exist_ok=True)
                self._db = sqlite3.connect(self.path, timeout=BUSY_TIMEOUT_MS / 1000)
            self._db.row_factory = sqlite3.Row
            self._db.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            self._db.execute("PRAGMA foreign_keys = ON")
            if not readonly:
                self._db.execute("PRAGMA journal_mode = WAL")  # persistent: readers get WAL too
                self._db.execute("PRAGMA synchronous = NORMAL")  # WAL: durable per checkpoint, never corrupt
                with self._db:
                    self._db.executescript(_SCHEMA)
                    self._db.execute("INSERT OR IGNORE INTO meta VALUES ('schema_version', ?)", (SCHEMA_VERSION,))
            self._check_schema()
        except sqlite3.DatabaseError as error:
            raise InputError(f"{self.path} is not a timeline store: {error}") from None

    def _check_schema(self) -> None:
        try:
            found = self._db.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
        except sqlite3.OperationalError:
            found = None
        if found is None or found[0] != SCHEMA_VERSION:
            version = found[0] if found else "none"
            raise InputError(f"{self.path} is not a timeline store of schema {SCHEMA_VERSION} (found {version}).")

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def close(self) -> None:
        self._db.close()

    def execute(self, sql: str, parameters: Iterable = ()) -> sqlite3.Cursor:
        """Plain SQL on the store (rows are ``sqlite3.Row``)."""
        return self._db.execute(sql, tuple(parameters))

    # --- reading back -------------------------------------------------------------

    def lookup(self, articles: list[Article], version: str) -> dict[int, tuple[tuple[Mention, ...], tuple[Event, ...]]]:
        """{position in ``articles``: (mentions, events)} of those stored by ``version``.

        Events come back under the article's current id; when the id (or title,
        source, URL) changed, the stored rows are updated to it.
        """
        wanted: dict[tuple[str, str, str], list[int]] = {}
        for n, article in enumerate(articles):
            wanted.setdefault(_key(article), []).append(n)
        hashes = sorted({key[0] for key in wanted})
        rows: dict[int, list[int]] = {}  # article_row -> positions
        stored_ids: dict[int, tuple] = {}
        for start in range(0, len(hashes), _LOOKUP_CHUNK):
            chunk = hashes[start : start + _LOOKUP_CHUNK]
            for record in self._db.execute(
                f"SELECT article_row, content_hash, language, published, article_id, title, source, url "
                f"FROM articles WHERE pipeline_version = ? AND content_hash IN ({','.join('?' * len(chunk))})",
                (version, *chunk),
            ):
                key = (record["content_hash"], record["language"], record["published"])
                if key in wanted:
                    rows[record["article_row"]] = wanted[key]
                    stored_ids[record["article_row"]] = tuple(record)[4:]
        if not rows:
            return {}
        mentions = self._children("mentions", list(rows), _mention)
        events = self._children("events", list(rows), _event)
        found, renamed = {}, []
        for row, positions in rows.items():
            for n in positions:
                article = articles[n]
                current = (article.article_id, article.title, article.source, article.url)
                own = events.get(row, [])
                if current != stored_ids[row]:
                    own = _relabelled(own, article.article_id)
                    renamed.append((row, current, own))
                found[n] = (tuple(mentions.get(row, ())), tuple(own))
        if renamed and not self.readonly:
            self._rename(renamed)
        return found

    def _children(self, table: str, rows: list[int], build) -> dict[int, list]:
        found: dict[int, list] = {}
        for start in range(0, len(rows), _LOOKUP_CHUNK):
            chunk = rows[start : start + _LOOKUP_CHUNK]
            for record in self._db.execute(
                f"SELECT * FROM {table} WHERE article_row IN ({','.join('?' * len(chunk))}) "
                "ORDER BY article_row, n", chunk,
            ):
                found.setdefault(record["article_row"], []).append(build(record))
        return found

    def _rename(self, renamed) -> None:
        with self._db:
            for row, (article_id, title, source, url), events in renamed:
                self._db.execute("UPDATE articles SET article_id = ?, title = ?, source = ?, url = ? "
                                 "WHERE article_row = ?", (article_id, title, source, url, row))
                self._db.execute("UPDATE mentions SET article_id = ? WHERE article_row = ?", (article_id, row))
                self._db.executemany(
                    "UPDATE events SET article_id = ?, event_id = ? WHERE article_row = ? AND n = ?",
                    [(article_id, event.event_id, row, n) for n, event in enumerate(events, start=1)],
                )

    def events(self, version: str) -> list[Event]:
        """Every event stored by ``version``: articles in the order they were stored,
        events in text order (what :func:`timeline.order.build_timeline` takes)."""
        return list(self.iter_events(version))

    def iter_events(self, version: str) -> Iterator[Event]:
        yield from map(_event, self._db.execute(
            "SELECT events.* FROM events JOIN articles USING (article_row) "
            "WHERE articles.pipeline_version = ? ORDER BY events.article_row, events.n", (version,)))

    def contents(self, version: str, *, with_events: bool = True) -> tuple[list[Article], list[Event]]:
        """(articles, events) stored by ``version``, in the order they were stored: what
        ``timeline extract --store FILE`` exports and merges. Two stored articles
        of one id (different texts from different runs) are told apart as the
        corpus reader does, ``<id>-<8 hex of the text hash>``, their events too."""
        articles, ids, rows = [], set(), {}
        for record in self._db.execute(
            "SELECT article_row, content_hash, language, published, article_id, title, source, url, text "
            "FROM articles WHERE pipeline_version = ? ORDER BY article_row", (version,)):
            article_id = record["article_id"]
            if article_id in ids:
                article_id = f"{article_id}-{record['content_hash'][:8]}"
            ids.add(article_id)
            rows[record["article_row"]] = article_id
            articles.append(Article(record["text"], _date(record["published"]), record["language"],
                                    article_id, record["title"], record["source"], url=record["url"]))
        events = []
        if not with_events:
            return articles, events
        for record in self._db.execute(
            "SELECT events.* FROM events JOIN articles USING (article_row) "
            "WHERE articles.pipeline_version = ? ORDER BY events.article_row, events.n", (version,)):
            event = _event(record)
            if rows[record["article_row"]] != event.article_id:
                event = dataclasses.replace(event, article_id=rows[record["article_row"]],
                                            event_id=f"{rows[record['article_row']]}-e{record['n']}")
            events.append(event)
        return articles, events

    def articles(self, version: str) -> list[Article]:
        """The articles stored by ``version``, in the order they were stored (ids as :meth:`contents`)."""
        return self.contents(version, with_events=False)[0]

    def mention_count(self, version: str) -> int:
        return self._db.execute("SELECT coalesce(sum(mention_count), 0) FROM articles WHERE pipeline_version = ?",
                                (version,)).fetchone()[0]  # fmt: skip

    def mentions_of(self, article_id: str, version: str) -> list[Mention]:
        """The mentions of one stored article (by its id in :meth:`contents`), in text order."""
        for article_row, own_id in self._ids(version):
            if own_id == article_id:
                return self._children("mentions", [article_row], _mention).get(article_row, [])
        return []

    def _ids(self, version: str) -> Iterator[tuple[int, str]]:
        """(article_row, id) as :meth:`contents` names them: a repeated id gets ``-<8 hex>``."""
        seen = set()
        for record in self._db.execute("SELECT article_row, article_id, content_hash FROM articles "
                                       "WHERE pipeline_version = ? ORDER BY article_row", (version,)):  # fmt: skip
            article_id = record["article_id"]
            if article_id in seen:
                article_id = f"{article_id}-{record['content_hash'][:8]}"
            seen.add(article_id)
            yield record["article_row"], article_id

    def articles_digest(self, version: str) -> str:
        """What a kept timeline was merged from: the stored articles of ``version``."""
        keys = self._db.execute("SELECT content_hash, language, published FROM articles WHERE pipeline_version = ?",
                                (version,)).fetchall()  # fmt: skip
        return digest_of(tuple(k) for k in keys)

    def save_timeline(self, version: str, articles: Iterable[Article], timeline) -> None:
        """Keep the merged ``timeline`` (a DataFrame) of ``articles`` for ``version``."""
        from timeline.order import to_csv

        if self.readonly:
            raise InputError(f"{self.path} was opened read-only.")
        articles = list(articles)
        now = dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")
        with self._db:
            self._db.execute("INSERT OR REPLACE INTO timelines VALUES (?, ?, ?, ?, ?, ?)", (
                version, digest_of(_key(a) for a in articles), len(articles), len(timeline), now, to_csv(timeline)))

    def timeline(self, version: str):
        """The kept merged timeline (a DataFrame) when it covers every stored article of
        ``version``; None when there is none or the store has changed since."""
        from timeline.order import from_csv

        try:
            found = self._db.execute("SELECT articles_digest, csv FROM timelines WHERE pipeline_version = ?",
                                     (version,)).fetchone()  # fmt: skip
        except sqlite3.OperationalError:  # a store written before timelines were kept
            return None
        if found is None or found["articles_digest"] != self.articles_digest(version):
            return None
        return from_csv(found["csv"])

    def counts(self, version: str) -> tuple[int, int]:
        """(articles stored by ``version``, articles stored by other versions)."""
        current, other = self._db.execute(
            "SELECT coalesce(sum(pipeline_version = ?), 0), coalesce(sum(pipeline_version != ?), 0) "
            "FROM articles", (version, version)).fetchone()
        return current, other

    # --- writing -----------------------------------------------------------------

    def save(self, results: Iterable, version: str) -> None:
        """Store computed :class:`timeline.engine.ArticleResult` s in one transaction
        (one commit per batch); a row of another version for the same text is replaced."""
        results = list(results)
        if not results:
            return
        if self.readonly:
            raise InputError(f"{self.path} was opened read-only.")
        now = dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")
        with self._db:
            for result in results:
                article = result.article
                digest, language, published = _key(article)
                self._db.execute("DELETE FROM articles WHERE content_hash = ? AND language = ? AND published = ?",
                                 (digest, language, published))
                row = self._db.execute(
                    "INSERT INTO articles (content_hash, language, published, pipeline_version, article_id, "
                    "title, source, url, text, characters, mention_count, event_count, stored_at) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    (digest, language, published, version, article.article_id, article.title,
                     article.source, article.url, article.text, len(article.text), len(result.mentions),
                     len(result.events), now),
                ).lastrowid
                self._db.executemany(
                    f"INSERT INTO mentions ({', '.join(_MENTION_COLUMNS)}) VALUES ({', '.join('?' * len(_MENTION_COLUMNS))})",
                    [_mention_row(row, n, digest, article.article_id, m) for n, m in enumerate(result.mentions, 1)],
                )
                self._db.executemany(
                    f"INSERT INTO events ({', '.join(_EVENT_COLUMNS)}) VALUES ({', '.join('?' * len(_EVENT_COLUMNS))})",
                    [_event_row(row, n, digest, e) for n, e in enumerate(result.events, 1)],
                )
