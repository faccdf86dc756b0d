"""The timeline: events ordered in a pandas DataFrame, and its exports.

Columns of :func:`build_timeline` (one row per event), in this order:

    event_id          "<article_id>-e<n>", n in text order
    article_id        the article the event comes from
    start, end        ``datetime.date`` or None: half-open span [start, end);
                      None for undated events (upcoming plans, FUTURE_REF)
    dated             False when start is None: the chart must not draw the row
    value             TimeML value: 2020-06-10, 2020-W22, P1Y, FUTURE_REF ...
    granularity       day, week, month, year, ... (timeline.types.GRANULARITIES)
    type              DATE | TIME | DURATION
    mod               TimeML mod (START, APPROX, ...) or None
    anchor            stated | inferred | publication | previous mention
    expression        the temporal expression ("" when dated by publication)
    actor             who (subject resolved through appositions, pronouns ...)
    action            short phrase: verb (+ not, particle) + object
    trigger           the governing word (verb or event noun)
    entities          tuple of named participants, actor first
    sentence          the evidence sentence
    char_start, char_end                 offsets of the trigger in the article
    sentence_start, sentence_end         offsets of the sentence
    expression_start, expression_end     offsets of the expression (<NA> if none)
    confidence        0..1: how the date was stated (stated day 0.9 > stated month
                      > inferred > publication: timeline.events.when.confidence) times
                      the probability of the expression's reading among its distinct
                      readings (Timex.probability, timeline.readings; 1 when it has one)
    alternative       the runner-up reading's TimeML value ("" when the expression has
                      one reading): "2020-06-17" for "on Wednesday" read as 2020-06-10
    alternative_label the runner-up for a person: "next Wednesday, 2020-06-17",
                      "a length of 8 years" ("" when none)
    alternative_probability  its probability among the readings (NaN when none)
    rule              how the time was linked and the actor found
    article_ids       tuple of the articles reporting the event (first: article_id)
    sources           tuple of timeline.types.Source(article_id, title, url, sentence),
                      aligned with article_ids
    n_sources         len(article_ids)
    merge_reason      why the sources were merged ("" for a single source)
    date_conflict     tuple of timeline.types.DateReading(value, article_ids) when
                      the sources read different days; () when they agree

build_timeline gives the per-article form (one source, title and url empty);
timeline.merge.merge_events merges the reports of one happening across
articles and fills the sources' titles and urls.

In CSV the tuple columns (entities, article_ids, sources, date_conflict) are
JSON arrays in the cell (sources and readings as JSON objects), neutralised
against formulas like every text cell; in JSON they are arrays and objects.

Order: start, then granularity (finer first), then article, then position in
the text; undated rows last. A clock time with a zone ("11 p.m. EDT") sorts by its
instant in UTC (:func:`when_key`), so it comes in its real place among other zoned
times across zones; one without a zone keeps its day's place (its zone is unknown).
One row per (actor, action, time) in an article.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import html
import io
import json
import re
import sys
from collections.abc import Iterable
from dataclasses import asdict

import pandas as pd

from timeline.periods import time_on_day
from timeline.types import GRANULARITIES, DateReading, Event, Reading, Source

COLUMNS = (
    "event_id", "article_id", "start", "end", "dated", "value", "granularity", "type", "mod",
    "anchor", "expression", "actor", "action", "trigger", "entities", "sentence",
    "char_start", "char_end", "sentence_start", "sentence_end",
    "expression_start", "expression_end", "confidence",
    "alternative", "alternative_label", "alternative_probability", "rule",
    "article_ids", "sources", "n_sources", "merge_reason", "date_conflict",
)  # fmt: skip
# The columns merging adds; a CSV written before them reads back as one source a row.
SOURCE_COLUMNS = ("article_ids", "sources", "n_sources", "merge_reason", "date_conflict")
# The runner-up reading of the expression (Timex.alternative); a CSV written before them
# reads back with none.
READING_COLUMNS = ("alternative", "alternative_label", "alternative_probability")
# TimelineJS is for narratives: past this many dated events only the best
# reported (most sources, then most confident) are kept, in time order.
TIMELINEJS_MAX_EVENTS = 300
DATE_COLUMNS = ("start", "end")
INT_COLUMNS = ("char_start", "char_end", "sentence_start", "sentence_end")
NULLABLE_INT_COLUMNS = ("expression_start", "expression_end")
NULLABLE_TEXT_COLUMNS = ("mod",)

TIMELINEJS_COLUMNS = (
    "Year", "Month", "Day", "Time", "End Year", "End Month", "End Day", "End Time",
    "Display Date", "Headline", "Text", "Media", "Media Credit", "Media Caption",
    "Media Thumbnail", "Type", "Group", "Background",
)  # fmt: skip

# A spreadsheet runs a cell that begins with one of these as a formula (OWASP
# "CSV injection"). Quotes already in front are counted so the escape is
# reversible: a cell that really begins with "'=" is written "''=".
_FORMULA = re.compile(r"^'*[=+\-@\t\r]")
_NEUTRALISED = re.compile(r"^'+[=+\-@\t\r]")


def _granularity_rank(granularity: str) -> int:
    """Higher is finer; unknown granularities sort after all known ones."""
    if granularity in GRANULARITIES and granularity != "unknown":
        return GRANULARITIES.index(granularity)
    return -1


def _row(event: Event) -> dict:
    row = asdict(event)
    row.pop("timex", None)
    row["dated"] = event.start is not None
    row["entities"] = tuple(event.entities)
    row["mod"] = event.mod or None
    for column in NULLABLE_INT_COLUMNS:
        row[column] = row[column] if row[column] is not None and row[column] >= 0 else pd.NA
    row.update(single_source(event.article_id, event.sentence))
    row.update(reading_columns(event.timex.alternative if event.timex is not None else None))
    return {column: row[column] for column in COLUMNS}


def reading_columns(alternative: Reading | None) -> dict:
    """The alternative columns of a row: the runner-up reading, or empty."""
    if alternative is None:
        return {"alternative": "", "alternative_label": "", "alternative_probability": float("nan")}
    return {"alternative": alternative.value, "alternative_label": alternative.label,
            "alternative_probability": alternative.probability}


def single_source(article_id: str, sentence: str, title: str = "", url: str = "") -> dict:
    """The source columns of an event reported by one article."""
    return {"article_ids": (article_id,), "sources": (Source(article_id, title, url, sentence),),
            "n_sources": 1, "merge_reason": "", "date_conflict": ()}


def _empty() -> pd.DataFrame:
    return _typed(pd.DataFrame({column: [] for column in COLUMNS}))


def _typed(df: pd.DataFrame) -> pd.DataFrame:
    """Fix the dtypes so a table built from events equals one read back from CSV."""
    df = df.astype({c: "object" for c in df.columns if c not in (
        *INT_COLUMNS, *NULLABLE_INT_COLUMNS, "confidence", "alternative_probability", "dated")})
    for column in INT_COLUMNS:
        df[column] = df[column].astype("int64")
    for column in NULLABLE_INT_COLUMNS:
        df[column] = df[column].astype("Int64")
    df["confidence"] = df["confidence"].astype("float64")
    if "alternative_probability" in df.columns:
        df["alternative_probability"] = df["alternative_probability"].astype("float64")
    df["dated"] = df["dated"].astype("bool")
    if "n_sources" in df.columns:
        df["n_sources"] = df["n_sources"].astype("int64")
    return df.reset_index(drop=True)


def when_key(start: dt.date | None, value: str) -> dt.datetime:
    """Where a row sorts in time: the start of its first day, or for a clock time with a
    zone its instant in UTC ("2020-06-10T23:00-04:00" after "2020-06-11T01:00Z"); undated last."""
    if start is None:
        return dt.datetime.max
    clock = time_on_day(start, value)
    if clock is not None and clock[1]:
        return clock[0]
    return dt.datetime.combine(start, dt.time())


def build_timeline(events: Iterable[Event]) -> pd.DataFrame:
    """Ordered, deduplicated table of events (columns: see the module docstring).

    Sorting is stable: events that tie on start, granularity, article and
    position keep their input order. Of duplicates on (article, actor,
    action, time) the most confident, then the earliest, is kept.
    """
    events = list(events)
    if not events:
        return _empty()
    article_rank: dict[str, int] = {}
    for event in events:
        article_rank.setdefault(event.article_id, len(article_rank))

    best: dict[tuple, tuple[int, Event]] = {}
    for n, event in enumerate(events):
        key = (event.article_id, event.actor.casefold(), event.action.casefold(),
               event.value, event.start, event.end)
        if key not in best or event.confidence > best[key][1].confidence:
            best[key] = (n, event)
    kept = sorted(best.values(), key=lambda pair: pair[0])

    def order(pair: tuple[int, Event]) -> tuple:
        _, event = pair
        return (
            event.start is None,  # undated (upcoming) rows go last
            when_key(event.start, event.value),
            -_granularity_rank(event.granularity),  # finer first
            article_rank[event.article_id],
            event.char_start,
        )

    rows = [_row(event) for _, event in sorted(kept, key=order)]
    return _typed(pd.DataFrame(rows, columns=list(COLUMNS)))


# --- CSV ---------------------------------------------------------------------


def neutralise(cell: str) -> str:
    """Make a text cell safe for spreadsheets: "=1+1" -> "'=1+1" (reversible)."""
    return "'" + cell if _FORMULA.match(cell) else cell


def unneutralise(cell: str) -> str:
    """Undo :func:`neutralise`: "'=1+1" -> "=1+1", "''=x" -> "'=x"."""
    return cell[1:] if _NEUTRALISED.match(cell) else cell


def _cell(value) -> str | int | float | bool:
    if value is None or value is pd.NA or (isinstance(value, float) and pd.isna(value)):
        return ""
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    if isinstance(value, (tuple, list)):
        return neutralise(json.dumps(_plain(value), ensure_ascii=False))
    if isinstance(value, str):
        return neutralise(value)
    return value


def _plain(value):
    """Tuples as lists and Source / DateReading as dicts, for JSON."""
    if isinstance(value, (Source, DateReading)):
        return {key: _plain(item) for key, item in asdict(value).items()}
    if isinstance(value, (tuple, list)):
        return [_plain(item) for item in value]
    return value


def to_csv(df: pd.DataFrame) -> str:
    """The table as CSV text (RFC 4180, "\\r\\n" line ends); :func:`from_csv` reads it back.

    Dates are ISO; entities, article_ids, sources and date_conflict JSON arrays
    (sources and readings JSON objects); missing values empty; and text cells
    (JSON cells too) that a spreadsheet would run as a formula are prefixed with "'".
    """
    out = io.StringIO(newline="")
    # RFC 4180 line ends: QUOTE_MINIMAL then quotes any cell holding a comma, a
    # quote, \r or \n (with "\n" alone as terminator, a bare \r went unquoted).
    writer = csv.writer(out, lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    writer.writerow([neutralise(str(column)) for column in df.columns])
    for row in df.itertuples(index=False, name=None):
        writer.writerow([_cell(value) for value in row])
    return out.getvalue()


def from_csv(text: str) -> pd.DataFrame:
    """Read :func:`to_csv` output back into the same table (same values and dtypes)."""
    # The stdlib reader is the exact inverse of the writer (pandas' C parser
    # splits rows at some control characters inside cells).
    rows = list(csv.reader(io.StringIO(text, newline="")))
    if not rows:
        return _empty()
    header = [unneutralise(name) for name in rows[0]]
    body = [[unneutralise(cell) for cell in row] for row in rows[1:] if row]
    df = pd.DataFrame(body, columns=header, dtype=object)
    if set(COLUMNS) - set(SOURCE_COLUMNS) - set(READING_COLUMNS) - set(df.columns):
        return df  # not a timeline table: leave the text as text
    if set(READING_COLUMNS) - set(df.columns):  # written before the readings existed: none
        at = list(df.columns).index("confidence") + 1
        for n, (column, value) in enumerate(reading_columns(None).items()):
            df.insert(at + n, column, value)
    df["alternative_probability"] = [float(c) if c else float("nan") for c in df["alternative_probability"]]
    for column in DATE_COLUMNS:
        df[column] = [dt.date.fromisoformat(c) if c else None for c in df[column]]
    for column in NULLABLE_TEXT_COLUMNS:
        df[column] = [c if c else None for c in df[column]]
    for column in INT_COLUMNS:
        df[column] = [int(c) for c in df[column]]
    for column in NULLABLE_INT_COLUMNS:
        df[column] = [int(c) if c else pd.NA for c in df[column]]
    df["confidence"] = [float(c) for c in df["confidence"]]
    df["dated"] = [c == "True" for c in df["dated"]]
    df["entities"] = [tuple(json.loads(c)) if c else () for c in df["entities"]]
    if set(SOURCE_COLUMNS) - set(df.columns):  # written before merging existed
        singles = [single_source(a, s) for a, s in zip(df["article_id"], df["sentence"])]
        for column in SOURCE_COLUMNS:
            df[column] = [single[column] for single in singles]
        return _typed(df[list(COLUMNS)])
    df["article_ids"] = [tuple(json.loads(c)) for c in df["article_ids"]]
    df["sources"] = [tuple(Source(**s) for s in json.loads(c)) for c in df["sources"]]
    df["n_sources"] = [int(c) for c in df["n_sources"]]
    df["date_conflict"] = [
        tuple(DateReading(r["value"], tuple(r["article_ids"])) for r in json.loads(c)) if c else ()
        for c in df["date_conflict"]
    ]
    return _typed(df)


# --- JSON --------------------------------------------------------------------


def _json_value(value):
    if value is None or value is pd.NA or (isinstance(value, float) and pd.isna(value)):
        return None
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    if isinstance(value, (tuple, list)):
        return _plain(value)
    if hasattr(value, "item"):  # numpy scalars
        return value.item()
    return value


def to_records(df: pd.DataFrame) -> list[dict]:
    """Rows as plain dicts of JSON types (dates ISO, tuples lists, sources objects, missing None)."""
    columns = list(df.columns)
    return [
        {column: _json_value(value) for column, value in zip(columns, row)}
        for row in df.itertuples(index=False, name=None)
    ]


# "<", ">" and "&" written as \u escapes: the JSON loads to the same values and can sit
# inside an HTML <script> element (a sentence's "</script>" cannot close it). They
# only occur inside JSON strings, so escaping the dumped text is exact.
_HTML_SAFE = str.maketrans({"<": "\\u003c", ">": "\\u003e", "&": "\\u0026"})


def dumps_html_safe(data) -> str:
    """Indented JSON (non-ASCII kept as is) with ``<``, ``>`` and ``&`` escaped; every JSON export."""
    return json.dumps(data, ensure_ascii=False, indent=2).translate(_HTML_SAFE)


def to_json(df: pd.DataFrame) -> str:
    """``{"events": [row, ...]}`` with the columns of :func:`build_timeline`."""
    return dumps_html_safe({"columns": list(df.columns), "events": to_records(df)})


# --- TimelineJS --------------------------------------------------------------


def _precision(start: dt.date, end: dt.date | None) -> str:
    """How much of a date to show: a whole year or month stays partial."""
    if end is None:
        return "day"
    if start.month == 1 and start.day == 1 and end.month == 1 and end.day == 1:
        return "year"
    if start.day == 1 and end.day == 1:
        return "month"
    return "day"


def _parts(day: dt.date, precision: str) -> dict:
    parts = {"year": day.year}
    if precision in ("month", "day"):
        parts["month"] = day.month
    if precision == "day":
        parts["day"] = day.day
    return parts


_TIME = re.compile(r"T(\d{2}):(\d{2})")


def timelinejs_dates(row: dict) -> tuple[dict, dict | None]:
    """TimelineJS start and end dates of a row; the end is inclusive and omitted
    when the span is one unit ("2020-01" -> year 2020 month 1, no day, no end)."""
    start, end = row["start"], row["end"]
    precision = _precision(start, end)
    start_parts = _parts(start, precision)
    time = _TIME.search(row.get("value") or "")
    if time and row.get("type") == "TIME":
        start_parts["hour"], start_parts["minute"] = int(time[1]), int(time[2])
    if end is None:
        return start_parts, None
    last = end - dt.timedelta(days=1) if end > dt.date.min else end
    end_parts = _parts(last, precision)
    if end_parts == _parts(start, precision) or last < start:
        return start_parts, None
    return start_parts, end_parts


def _display_date(row: dict) -> str:
    if row.get("anchor") == "publication":
        return f"{row['value']} (publication date)"
    if row.get("expression"):
        return f"{row['expression']} ({row['value']})"
    return str(row.get("value") or "")


def _headline(row: dict) -> str:
    return f"{row['actor']}: {row['action']}" if row.get("actor") else str(row.get("action", ""))


def _text(row: dict) -> str:
    """Evidence and provenance, HTML-escaped (TimelineJS renders HTML)."""
    source = (f"{row['article_id']}, characters {row['sentence_start']}-{row['sentence_end']}; "
              f"anchor: {row['anchor']}; confidence {row['confidence']:.2f}")
    return f"{html.escape(row['sentence'])}<br><small>{html.escape(source)}</small>{_sources_html(row)}"


def _sources_html(row: dict) -> str:
    """The reporting articles as an escaped list (links only to http(s) URLs); "" for one
    untitled source, and the readings when the sources disagree on the date."""
    sources = row.get("sources") or ()
    if len(sources) < 2 and not any(s.title or s.url for s in sources):
        return ""
    items = []
    for source in sources:
        name = html.escape(source.title or source.article_id)
        if source.url.startswith(("http://", "https://")):
            name = f'<a href="{html.escape(source.url)}">{name}</a>'
        items.append(f"<li>{name}: {html.escape(source.sentence)}</li>")
    conflict = "".join(
        f"<br>{html.escape(r.value)}: {html.escape(', '.join(r.article_ids))}"
        for r in row.get("date_conflict") or ())
    conflict = f"<br><small>Sources disagree on the date:{conflict}</small>" if conflict else ""
    return f"<br><small>{len(sources)} source(s):</small><ul>{''.join(items)}</ul>{conflict}"


def timelinejs_rows(df: pd.DataFrame) -> pd.DataFrame:
    """The dated rows TimelineJS shows: all of them up to TIMELINEJS_MAX_EVENTS, else
    the most reported (n_sources, then confidence) in the table's time order."""
    dated = df[[start is not None for start in df["start"]]]
    if len(dated) <= TIMELINEJS_MAX_EVENTS:
        return dated
    sources = dated["n_sources"] if "n_sources" in dated.columns else pd.Series(1, dated.index)
    best = (pd.DataFrame({"n": sources, "c": dated["confidence"]}, index=dated.index)
            .sort_values(["n", "c"], ascending=False, kind="stable").index[:TIMELINEJS_MAX_EVENTS])
    return dated.loc[sorted(best)]


def to_timelinejs_json(df: pd.DataFrame, title: str = "Timeline") -> str:
    """TimelineJS JSON (``{"title": ..., "events": [...]}``); undated rows are left out,
    and past TIMELINEJS_MAX_EVENTS only the most reported are kept (:func:`timelinejs_rows`)."""
    several = len(set(df["article_id"])) > 1
    df = timelinejs_rows(df)
    records = to_records(df)
    events = []
    for record, row in zip(records, df.to_dict("records")):
        if row["start"] is None:
            continue
        start, end = timelinejs_dates(row)
        event = {
            "start_date": start,
            "display_date": html.escape(_display_date(row)),
            "text": {"headline": html.escape(_headline(row)), "text": _text(row)},
            "unique_id": record["event_id"],
        }
        if end is not None:
            event["end_date"] = end
        if several:
            event["group"] = record["article_id"]
        events.append(event)
    return dumps_html_safe({
        "title": {"text": {"headline": html.escape(title),
                           "text": f"{len(events)} dated events"}},
        "events": events,
    })


def to_timelinejs_csv(df: pd.DataFrame) -> str:
    """The TimelineJS Google-Sheet template as CSV (exact column names, partial dates).

    Undated rows are left out (and past TIMELINEJS_MAX_EVENTS the least reported);
    text cells are neutralised against formulas; the sources follow the sentence.
    """
    several = len(set(df["article_id"])) > 1
    rows = timelinejs_rows(df).to_dict("records")
    out = io.StringIO(newline="")
    writer = csv.DictWriter(out, fieldnames=list(TIMELINEJS_COLUMNS), lineterminator="\r\n")
    writer.writeheader()
    for row in rows:
        if row["start"] is None:
            continue
        start, end = timelinejs_dates(row)
        end = end or {}
        time = f"{start['hour']:02d}:{start['minute']:02d}" if "hour" in start else ""
        record = dict.fromkeys(TIMELINEJS_COLUMNS, "")
        record.update({
            "Year": start["year"], "Month": start.get("month", ""), "Day": start.get("day", ""),
            "Time": time, "End Year": end.get("year", ""), "End Month": end.get("month", ""),
            "End Day": end.get("day", ""),
            # TimelineJS renders sheet cells as HTML: article text is escaped.
            "Display Date": neutralise(html.escape(_display_date(row))),
            "Headline": neutralise(html.escape(_headline(row))),
            "Text": neutralise(html.escape(row["sentence"]) + _sources_html(row)),
            "Group": neutralise(row["article_id"]) if several else "",
        })
        writer.writerow(record)
    return out.getvalue()


# --- CLI ---------------------------------------------------------------------

FORMATS = {
    "csv": lambda df, title: to_csv(df),
    "json": lambda df, title: to_json(df),
    "timelinejs-json": lambda df, title: to_timelinejs_json(df, title=title),
    "timelinejs-csv": lambda df, title: to_timelinejs_csv(df),
}


def extract_timeline(articles, **options) -> pd.DataFrame:
    """One ordered timeline from several articles (each needs a publication date).

    ``options`` are those of :func:`timeline.engine.process_corpus`: ``processes``,
    ``engine``, ``scheduler``, ``store``, ``progress``, ``batch_size``. The table is
    the same for all of them. Raises the first article's problem (no date, no
    model for its language) instead of leaving the article out.
    """
    from timeline.engine import SKIPPED, process_corpus
    from timeline.errors import InputError

    articles = list(articles)
    for article in articles:
        if article.published is None:
            raise InputError(f"{article.article_id}: no publication date; events are dated relative to it.")
    events = []
    for result in process_corpus(articles, **options):
        if result.status == SKIPPED:
            raise InputError(f"{result.article.article_id}: {result.problem}")
        events.extend(result.events)
    return build_timeline(events)


def read_extractable(inputs, *, published=None, language=None) -> tuple[list, int, int]:
    """The articles of ``inputs`` that can be extracted, with every one left out
    warned about on stderr: (articles, undated count, skipped count)."""
    from timeline.corpus import Problem, iter_corpus
    from timeline.ingest import unsupported_language_message
    from timeline.nlp import SUPPORTED_LANGUAGES

    articles, undated, skipped = [], 0, 0
    for item in iter_corpus(inputs, published=published, language=language):
        if isinstance(item, Problem):
            print(f"warning: {item}", file=sys.stderr)
            skipped += 1
            continue
        for warning in item.warnings:
            print(f"warning: {item.source}: {warning}", file=sys.stderr)
        if item.published is None:
            print(f"warning: {item.source}: no publication date, so it is left out; give it one with "
                  "--published YYYY-MM-DD, a \"published\" field or a JSON sidecar.", file=sys.stderr)
            undated += 1
        elif item.language not in SUPPORTED_LANGUAGES:
            print(f"warning: {item.source}: {unsupported_language_message(item.language)}", file=sys.stderr)
            skipped += 1
        else:
            articles.append(item)
    return articles, undated, skipped


def _corpus_events(args: argparse.Namespace, articles: list) -> tuple[list, list, list]:
    """Run the per-article pipeline over ``articles`` through the engine (the store,
    N processes or Dask), with a progress bar: (events, articles processed or read
    back, results). An article the pipeline skips (no model for its language, an
    unreadable text) is warned about on stderr and left out of the articles."""
    from timeline.engine import SKIPPED, parse_processes, process_corpus, progress_bar

    processes = parse_processes(args.processes)
    results, kept = [], []
    with progress_bar(len(articles), quiet=args.quiet) as progress:
        for result in process_corpus(articles, processes=processes, engine=args.engine,
                                     scheduler=args.scheduler, store=args.store, progress=progress,
                                     languages=tuple(dict.fromkeys(a.language for a in articles))):
            if result.status == SKIPPED:
                print(f"warning: {result.article.source or result.article.article_id}: {result.problem}",
                      file=sys.stderr)
            else:
                kept.append(result.article)
            results.append(result)
    return [event for result in results for event in result.events], kept, results


def _from_store(path: str, merged: bool) -> tuple[list, list, pd.DataFrame | None]:
    """What ``--store`` without input exports, for this pipeline version: (articles,
    events, kept). ``kept`` is the merged table the last run kept when ``merged``
    and it still covers the store; the events are read only when it is None."""
    from timeline.engine import pipeline_version
    from timeline.store import Store

    version = pipeline_version()
    with Store(path, readonly=True) as store:
        kept = store.timeline(version) if merged else None
        articles, events = store.contents(version, with_events=kept is None)
        _, other = store.counts(version)
    if other:
        print(f"warning: {other:,} stored articles are from another pipeline version and left out; "
              "run extract on their inputs again to refresh them", file=sys.stderr)
    return articles, events, kept


def _keep_timeline(path: str, articles: list, df: pd.DataFrame) -> None:
    """Keep the merged table for the dashboard, which then opens the store without merging."""
    from timeline.engine import pipeline_version
    from timeline.store import Store

    with Store(path) as store:
        store.save_timeline(pipeline_version(), articles, df)


def _cmd_extract(args: argparse.Namespace) -> int:
    from timeline.errors import InputError, TimelineError
    from timeline.merge import merge_events, with_sources

    if args.files:
        articles, undated, skipped = read_extractable(args.files, published=args.published, language=args.lang)
        if not articles:
            hint = (" undated articles need --published YYYY-MM-DD (or \"published\" in a JSON sidecar or record)."
                    if undated else " the warnings above say why each input was skipped.")
            raise InputError(f"No article to extract ({undated} undated, {skipped} skipped):{hint}")
        events, articles, results = _corpus_events(args, articles)
        if not articles:
            raise TimelineError(f"No article could be processed: {results[0].problem}")
        skipped += len(results) - len(articles)
        kept = None
    elif args.store:
        articles, events, kept = _from_store(args.store, merged=not args.no_merge)
        undated = skipped = 0
        results = None
    else:
        raise InputError("Give articles to read (INPUT...), or --store FILE to export what a store holds.")
    if kept is not None:  # the merged table the last run kept: nothing to merge again
        df = kept
    else:
        df = build_timeline(events)
        df = with_sources(df, articles) if args.no_merge or len(articles) <= 1 else merge_events(df, articles)
        if args.store and args.files and not args.no_merge:
            _keep_timeline(args.store, articles, df)
    title = articles[0].title if len(articles) == 1 and articles[0].title else "Timeline"
    text = FORMATS[args.format](df, title)
    if args.output and args.output != "-":
        try:
            with open(args.output, "w", encoding="utf-8", newline="") as handle:
                handle.write(text)
        except OSError as error:
            raise TimelineError(f"Cannot write {args.output}: {error.strerror or error}") from None
    else:
        sys.stdout.write(text)
    if not args.quiet:
        print(_summary(len(articles), undated, skipped, len(df), results), file=sys.stderr)
    return 0


def _summary(extracted: int, undated: int, skipped: int, events: int, results) -> str:
    """The line ``extract`` ends with on stderr; ``results`` None: exported from a store."""
    from timeline.engine import summarise

    if results is None:
        return f"{extracted:,} articles read from store; {events:,} events."
    counts = summarise(results)
    return (f"{extracted:,} article(s) extracted, {undated:,} undated, {skipped:,} skipped; "
            f"{events:,} events ({counts.computed:,} processed, {counts.stored:,} read from store).")


def register_cli(subparsers) -> None:
    """``timeline extract [FILE...] [--published] [--format] [-o OUT] [--processes N]
    [--engine local|dask] [--scheduler ADDRESS] [--store FILE] [--quiet]``."""
    from timeline.engine import ENGINES

    extract = subparsers.add_parser(
        "extract", help="extract events from articles into one ordered timeline"
    )
    extract.add_argument("files", nargs="*", metavar="INPUT",
                         help="files (.txt, .md, .html), folders, .jsonl or .csv corpora, .zip archives "
                              "(none with --store: export what the store holds)")
    extract.add_argument("--published", help="publication date YYYY-MM-DD for the articles that have none")
    extract.add_argument("--no-merge", action="store_true",
                         help="one row per report: do not merge the reports of one happening across articles")
    extract.add_argument("--lang", default=None, help="language code (en, fr); default from a JSON sidecar, else detected")
    extract.add_argument("--format", choices=tuple(FORMATS), default="csv")
    extract.add_argument("-o", "--output", help="output file (default: standard output)")
    extract.add_argument("--processes", metavar="N", default=None,
                         help="worker processes, or 'auto' for one per core (default 1; "
                              "with --engine dask and no scheduler, one per core)")
    extract.add_argument("--engine", choices=ENGINES, default="local",
                         help="local processes, or a Dask cluster (pip install 'timeline[dask]')")
    extract.add_argument("--scheduler", metavar="ADDRESS",
                         help="Dask scheduler address, e.g. tcp://host:8786 (default: a local cluster)")
    extract.add_argument("--store", metavar="FILE",
                         help="SQLite file: results are kept there and reused by later runs")
    extract.add_argument("--quiet", action="store_true", help="no progress bar and no summary on stderr")
    extract.set_defaults(func=_cmd_extract)
