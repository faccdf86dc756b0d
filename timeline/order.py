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
    confidence        0..1 (stated day > stated month > inferred > publication)
    rule              how the time was linked and the actor found

Order: start, then granularity (finer first), then article, then position in
the text; undated rows last. One row per (actor, action, time) in an article.
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

from timeline.types import GRANULARITIES, Event

COLUMNS = (
    "event_id", "article_id", "start", "end", "dated", "value", "granularity", "type", "mod",
    "anchor", "expression", "actor", "action", "trigger", "entities", "sentence",
    "char_start", "char_end", "sentence_start", "sentence_end",
    "expression_start", "expression_end", "confidence", "rule",
)  # fmt: skip
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
    return {column: row[column] for column in COLUMNS}


def _empty() -> pd.DataFrame:
    return _typed(pd.DataFrame({column: [] for column in COLUMNS}))


def _typed(df: pd.DataFrame) -> pd.DataFrame:
    """Fix the dtypes so a table built from events equals one read back from CSV."""
    df = df.astype({c: "object" for c in df.columns if c not in (
        *INT_COLUMNS, *NULLABLE_INT_COLUMNS, "confidence", "dated")})
    for column in INT_COLUMNS:
        df[column] = df[column].astype("int64")
    for column in NULLABLE_INT_COLUMNS:
        df[column] = df[column].astype("Int64")
    df["confidence"] = df["confidence"].astype("float64")
    df["dated"] = df["dated"].astype("bool")
    return df.reset_index(drop=True)


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
            event.start or dt.date.max,
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
        return neutralise(json.dumps(list(value), ensure_ascii=False))
    if isinstance(value, str):
        return neutralise(value)
    return value


def to_csv(df: pd.DataFrame) -> str:
    """The table as CSV text (RFC 4180, "\\r\\n" line ends); :func:`from_csv` reads it back.

    Dates are ISO, entities a JSON list, missing values empty, and text cells
    that a spreadsheet would run as a formula are prefixed with "'".
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
    if set(COLUMNS) - set(df.columns):
        return df  # not a timeline table: leave the text as text
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
    return _typed(df)


# --- JSON --------------------------------------------------------------------


def _json_value(value):
    if value is None or value is pd.NA or (isinstance(value, float) and pd.isna(value)):
        return None
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    if isinstance(value, tuple):
        return list(value)
    if hasattr(value, "item"):  # numpy scalars
        return value.item()
    return value


def to_records(df: pd.DataFrame) -> list[dict]:
    """Rows as plain dicts of JSON types (dates ISO, entities lists, missing None)."""
    columns = list(df.columns)
    return [
        {column: _json_value(value) for column, value in zip(columns, row)}
        for row in df.itertuples(index=False, name=None)
    ]


def to_json(df: pd.DataFrame) -> str:
    """``{"events": [row, ...]}`` with the columns of :func:`build_timeline`."""
    return json.dumps({"columns": list(df.columns), "events": to_records(df)},
                      ensure_ascii=False, indent=2)


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
    return f"{html.escape(row['sentence'])}<br><small>{html.escape(source)}</small>"


def to_timelinejs_json(df: pd.DataFrame, title: str = "Timeline") -> str:
    """TimelineJS JSON (``{"title": ..., "events": [...]}``); undated rows are left out."""
    records = to_records(df)
    several = len({r["article_id"] for r in records}) > 1
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
    return json.dumps({
        "title": {"text": {"headline": html.escape(title),
                           "text": f"{len(events)} dated events"}},
        "events": events,
    }, ensure_ascii=False, indent=2)


def to_timelinejs_csv(df: pd.DataFrame) -> str:
    """The TimelineJS Google-Sheet template as CSV (exact column names, partial dates).

    Undated rows are left out; text cells are neutralised against formulas.
    """
    rows = df.to_dict("records")
    several = len({r["article_id"] for r in rows}) > 1
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
            "Text": neutralise(html.escape(row["sentence"])),
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


def _corpus_events(args: argparse.Namespace, articles) -> list:
    """Events of the articles (through the store, in N processes), skipped ones
    reported on stderr, and the one-line summary at the end."""
    from timeline.engine import SKIPPED, parse_processes, process_corpus, progress_bar, summarise
    from timeline.errors import TimelineError

    processes = parse_processes(args.processes)
    results = []
    with progress_bar(len(articles), quiet=args.quiet) as progress:
        for result in process_corpus(articles, processes=processes, engine=args.engine,
                                     scheduler=args.scheduler, store=args.store, progress=progress,
                                     languages=tuple(dict.fromkeys(a.language for a in articles))):
            if result.status == SKIPPED:
                print(f"warning: skipped {result.article.source or result.article.article_id}: "
                      f"{result.problem}", file=sys.stderr)
            results.append(result)
    if not args.quiet:
        print(f"timeline: {summarise(results)}", file=sys.stderr)
    if results and all(r.status == SKIPPED for r in results):
        raise TimelineError(f"No article could be processed: {results[0].problem}")
    return [event for result in results for event in result.events]


def _stored_events(path: str) -> list:
    """Every event the store holds for this pipeline version (``--store`` without input)."""
    from timeline.engine import pipeline_version
    from timeline.store import Store

    version = pipeline_version()
    with Store(path, readonly=True) as store:
        events = store.events(version)
        current, other = store.counts(version)
    if other:
        print(f"warning: {other:,} stored articles are from another pipeline version and left out; "
              "run extract on their inputs again to refresh them", file=sys.stderr)
    print(f"timeline: {current:,} articles read from store", file=sys.stderr)
    return events


def _cmd_extract(args: argparse.Namespace) -> int:
    from timeline.cli import read_dated_article
    from timeline.errors import TimelineError

    if not args.files and not args.store:
        raise TimelineError("Give articles to read (FILE...), or --store FILE to export what a store holds.")
    articles = [read_dated_article(path, published=args.published, language=args.lang) for path in args.files]
    ids = [a.article_id for a in articles]
    if len(set(ids)) < len(ids):  # same file name in two folders: keep rows apart
        from dataclasses import replace

        articles = [replace(a, article_id=f"{a.article_id}-{n}") for n, a in enumerate(articles, 1)]
    events = _corpus_events(args, articles) if articles else _stored_events(args.store)
    df = build_timeline(events)
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
    return 0


def register_cli(subparsers) -> None:
    """``timeline extract [FILE...] [--published] [--format] [-o OUT] [--processes N]
    [--engine local|dask] [--scheduler ADDRESS] [--store FILE] [--quiet]``."""
    from timeline.engine import ENGINES

    extract = subparsers.add_parser(
        "extract", help="extract events from articles into one ordered timeline"
    )
    extract.add_argument("files", nargs="*", metavar="FILE",
                         help=".txt, .md or .html articles (none with --store: export the store)")
    extract.add_argument("--published", help="publication date YYYY-MM-DD (else from sidecar)")
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
