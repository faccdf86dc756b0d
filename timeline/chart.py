"""The timeline chart: pure functions from the timeline DataFrame to Plotly figures.

No Streamlit here, so the figures can be tested (and reused in a notebook) on
their own. Input: the table of :func:`timeline.order.build_timeline` (columns
``event_id, start, end, expression, value, actor, action, sentence,
article_id, confidence`` are read; the merge columns ``n_sources, sources,
merge_reason, date_conflict`` are read when present; others are ignored).

:func:`build_figure` draws the events so that they read without hovering:

* one lane per actor, named on the y axis (the ``max_lanes`` commonest; the
  rest share an "other" lane); inside a lane, items that would touch are put
  on separate rows, so labels are staggered rather than piled;
* x is time; a clock time sits at its hour (one with a zone at its instant in UTC,
  one without at its clock as written); an event spanning a day or less is a marker, a longer one
  ("June", "the past two years") a bar over its half-open ``[start, end)``;
* each event is labelled with a short, HTML-escaped headline (its action,
  with the actor when the lane does not already say it, "×3" for three
  sources); only the ``max_labels`` most important (selected first, then by
  number of sources and confidence) and only where a label fits: the rest
  keep their hover;
* the initial view zooms to where the events are: the Tukey-fenced spread of
  the events' points (markers and short bars), plus the publication dates.
  Long bars run off the view and stay reachable with the range slider;
* undated events (plans) are drawn in their actor's lane in a band of their
  own at the right, "undated plans", with no date axis under it;
* a merged event whose sources disagree on the date (``date_conflict``) is
  hollow (marker) or hatched (bar), and its hover says "dates disagree";
* a dashed vertical line marks each publication date; colour is the actor or
  the article (``color_by``); hover shows expression, value, actor and
  evidence sentence, all escaped (Plotly renders tags in hover text);
* every point carries its ``event_id`` as the last ``customdata`` item, so a
  click selection can be mapped back to a table row.

Traces are one per colour and kind (bar, marker), never one per event, and
WebGL (``Scattergl``) above :data:`WEBGL_ABOVE` items, so thousands of events
stay fast. :func:`build_overview` is the corpus overview: events per day, week
or month, stacked by the commonest actors (or articles) and "other".
"""

from __future__ import annotations

import bisect
import collections
import datetime as dt
import html
import math
from collections.abc import Iterable, Sequence

import numpy as np
import pandas as pd
import plotly.graph_objects as go

from timeline.periods import time_on_day

NO_ACTOR = "(no actor)"
OTHER = "other"
UNDATED_BAND = "undated plans"
LABEL_NAME = "label"  # name of the annotations that label events
PUBLICATION_LINE = "publication date"
PUBLICATION_COLOR = "#555555"
SINGLE_COLOR = "#1f5fa8"  # .streamlit/config.toml primaryColor
NO_ACTOR_COLOR = "#BBBBBB"
OTHER_COLOR = "#999999"
SELECTED_LINE = "#111111"
LABEL_COLOR = "#222222"
LANE_SHADE = "rgba(0, 0, 0, 0.035)"
# Qualitative palette (Plotly's "Safe"), readable on white and for most colour-blind viewers.
PALETTE = (
    "#88CCEE", "#CC6677", "#DDCC77", "#117733", "#332288", "#AA4499",
    "#44AA99", "#999933", "#882255", "#661100", "#6699CC",
)  # fmt: skip
HOVER_TEMPLATE = (
    "<b>%{customdata[0]}</b> → %{customdata[1]}<br>"
    "%{customdata[2]}<br>"
    "<i>%{customdata[3]}</i>%{customdata[4]}<extra></extra>"
)
# The input columns each figure reads (when present): what a cache of the figure is keyed on.
FIGURE_COLUMNS = ("event_id", "start", "end", "expression", "value", "actor", "action", "sentence", "article_id",
                  "confidence", "n_sources", "sources", "merge_reason", "date_conflict")  # fmt: skip
OVERVIEW_COLUMNS = ("start", "end", "actor", "article_id")
DENSE_ABOVE = 300  # events: above, unlabelled ones are drawn small and faint
WEBGL_ABOVE = 1500  # items of one kind: SVG is sharper and clickable in tests, WebGL scales
LABEL_CHARS = 34  # a headline's length on the chart
LABEL_FONT_PX = 11
CHAR_PX = 6.3  # average width of a character at LABEL_FONT_PX
MARKER_PX = 14
ROW_PX = 24  # height of one row inside a lane
ROW_BUDGET = 40  # rows of all lanes together, before a lane is limited to fewer rows
MAX_PUBLICATION_LINES = 8  # more (a corpus): one note instead of a fence of lines
UNDATED_DOMAIN = 0.16  # share of the plot width given to the undated band
ONE_DAY = pd.Timedelta(days=1)
EPOCH = pd.Timestamp(0)


# --- text ----------------------------------------------------------------------


def _blank(text: object) -> bool:
    return text is None or text is pd.NA or (isinstance(text, float) and math.isnan(text))


def escape(text: object) -> str:
    """Text made inert for Plotly hover/labels: ``& < >`` escaped, None -> ''.

    >>> escape('<img src=x onerror="alert(1)">')
    '&lt;img src=x onerror="alert(1)"&gt;'
    """
    if _blank(text):
        return ""
    return html.escape(str(text), quote=False)


def shorten(text: object, limit: int) -> str:
    """Whitespace collapsed and cut at a word to ``limit`` characters, with "…" (not escaped)."""
    raw = "" if _blank(text) else " ".join(str(text).split())
    if len(raw) <= limit:
        return raw
    cut = raw[: limit - 1]
    if " " in cut[limit // 2 :]:
        cut = cut[: cut.rindex(" ")]
    return cut.rstrip(" ,;:") + "…"


def wrap_escaped(text: object, width: int = 70, limit: int = 400) -> str:
    """Escape, shorten to ``limit`` characters and wrap with ``<br>`` for hover boxes."""
    raw = "" if _blank(text) else " ".join(str(text).split())
    if len(raw) > limit:
        raw = raw[: limit - 1].rstrip() + "…"
    return "<br>".join(escape(line) for line in _wrap(raw, width))


def _wrap(text: str, width: int) -> list[str]:
    """Greedy word wrap of single-spaced text, as ``textwrap.wrap`` (whose regex
    splitting was most of the build time for thousands of hover boxes); a word
    longer than ``width`` is cut into lines of its own."""
    lines, line = [], ""
    for word in text.split(" "):
        while len(word) > width:
            if line:
                lines.append(line)
                line = ""
            lines.append(word[:width])
            word = word[width:]
        if not line:
            line = word
        elif len(line) + 1 + len(word) <= width:
            line += " " + word
        else:
            lines.append(line)
            line = word
    if line or not lines:
        lines.append(line)
    return lines


def headline(actor: object, action: object, *, fallback: object = "", limit: int = LABEL_CHARS) -> str:
    """The short, escaped label of an event: "actor: action", or the action alone
    when ``actor`` is empty (the chart passes it empty when the lane names it).

    >>> headline("IBM", "announced to suspend the sale of similar software", limit=30)
    'IBM: announced to suspend…'
    >>> headline("", "said <b>no</b>")
    'said &lt;b&gt;no&lt;/b&gt;'
    """
    actor = "" if _blank(actor) else str(actor).strip()
    action = "" if _blank(action) else str(action).strip()
    if not action:
        action = "" if _blank(fallback) else str(fallback).strip()
    text = f"{actor}: {action}" if actor and action else actor or action
    return escape(shorten(text, limit))


# --- layout of the items ---------------------------------------------------------


def assign_lanes(intervals: Sequence[tuple[float, float]], gap: float = 0.0) -> list[int]:
    """Greedy interval partitioning: the lowest lane whose last item ends ``gap`` before.

    ``intervals`` are ``(start, end)`` numbers, processed in the given order
    (sort them by start first for the fewest lanes). Returns one lane per item.

    >>> assign_lanes([(0, 10), (5, 6), (11, 12)])
    [0, 1, 0]
    """
    lane_ends: list[float] = []
    lanes = []
    for start, end in intervals:
        for lane, last_end in enumerate(lane_ends):
            if start >= last_end + gap:
                lane_ends[lane] = end
                lanes.append(lane)
                break
        else:
            lane_ends.append(end)
            lanes.append(len(lane_ends) - 1)
    return lanes


class Rows:
    """Rows of one lane, each a set of non-overlapping ``[start, end)`` intervals.

    Items come in order of importance, not of time, so each row keeps its
    intervals sorted (bisect) and a new one goes on the first row where it fits.
    """

    def __init__(self, limit: int):
        self.limit = limit
        self.starts: list[list[float]] = []
        self.ends: list[list[float]] = []

    def fits(self, row: int, start: float, end: float) -> bool:
        if row >= len(self.starts):
            return True
        i = bisect.bisect_right(self.starts[row], start)
        if i and self.ends[row][i - 1] > start:  # the previous interval runs into this one
            return False
        return i == len(self.starts[row]) or self.starts[row][i] >= end

    def place(self, start: float, end: float) -> int | None:
        """The first row (below ``limit``) where ``[start, end)`` is free, taken; else None."""
        for row in range(self.limit):
            if self.fits(row, start, end):
                if row == len(self.starts):
                    self.starts.append([])
                    self.ends.append([])
                i = bisect.bisect_right(self.starts[row], start)
                self.starts[row].insert(i, start)
                self.ends[row].insert(i, end)
                return row
        return None

    @property
    def used(self) -> int:
        return max(len(self.starts), 1)


# The chart computes in nanosecond Timestamps, which reach from 1677 to 2262; an
# event outside ("in 300 AD") stays in the table and the exports, off the chart.
DRAWABLE = (dt.date(1678, 1, 1), dt.date(2261, 12, 31))


def _timestamps(values: pd.Series) -> pd.Series:
    """Dates, datetimes or ISO strings as Timestamps; anything else (or out of the drawable range) NaT."""
    try:
        # One unit (ns): dates parse to seconds, and Timedelta arithmetic across units overflows.
        return pd.to_datetime(values, errors="coerce", format="mixed").astype("datetime64[ns]")
    except (TypeError, ValueError, OverflowError):  # mixed time zones, years beyond the ns range
        return pd.Series([_as_timestamp(v) for v in values], index=values.index, dtype="datetime64[ns]")


def _clock_times(df: pd.DataFrame) -> pd.Series:
    """Where a clock time sits in its day: a zoned one at its instant in UTC ("11 p.m. EDT"
    at 03:00 the next day), one without a zone at its clock as written; NaT for other rows."""
    moments = [time_on_day(to_date(start), value) for start, value in zip(df["start"], _column(df, "value", None))]
    return _timestamps(pd.Series([m[0] if m else None for m in moments], index=df.index, dtype=object))


def _as_timestamp(value) -> pd.Timestamp | None:
    if _blank(value) or value is pd.NaT:
        return None
    try:
        stamp = pd.Timestamp(value).tz_localize(None)
        return stamp.as_unit("ns") if DRAWABLE[0] <= stamp.date() <= DRAWABLE[1] else None
    except (ValueError, TypeError, OverflowError):
        return None


def to_date(value) -> dt.date | None:
    """A table cell as a day: a date, a datetime or Timestamp, or an ISO string; None for a
    blank (None, NA, NaN, NaT) or unreadable cell."""
    if value is pd.NaT or _blank(value):  # NaT first: it passes for a datetime
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def _days(values: Iterable[object]) -> list[dt.date | None]:
    """`to_date` of each value; a plain date (the table's own type) passes as it is."""
    return [v if type(v) is dt.date else to_date(v) for v in values]


def drawable(df: pd.DataFrame) -> pd.Series:
    """False for the dated events the chart cannot place (outside :data:`DRAWABLE`)."""
    if df is None or "start" not in df:
        return pd.Series(True, index=getattr(df, "index", None), dtype=bool)
    lo, hi = DRAWABLE[0], DRAWABLE[1] + dt.timedelta(days=1)
    keep = [
        lo <= first and (last or first) <= hi if first is not None
        else _blank(start) or start is pd.NaT  # undated: the band; unreadable: left out
        for start, first, last in zip(df["start"], _days(df["start"]), _days(_column(df, "end", None)))
    ]  # fmt: skip
    return pd.Series(keep, index=df.index, dtype=bool)


def _names(values: Iterable[object], empty: str = NO_ACTOR) -> list[str]:
    values = values.tolist() if isinstance(values, pd.Series) else values  # iterating an Arrow column is slow
    return [str(v).strip() if isinstance(v, str) and v.strip() else empty for v in values]


def _top(names: Sequence[str], limit: int) -> dict[str, str]:
    """Each name -> itself for the ``limit`` commonest, else :data:`OTHER`.

    A single leftover keeps its own name (an "other" lane of one says less).
    """
    counts = collections.Counter(names)  # a dict: a Series lookup per name in the sort key was slow
    ranked = sorted(counts, key=lambda n: (n == NO_ACTOR, -counts[n], n.lower()))
    keep = set(ranked if len(ranked) <= limit + 1 else ranked[:limit])
    return {n: (n if n in keep else OTHER) for n in ranked}


def _column(df: pd.DataFrame, name: str, default) -> pd.Series:
    return df[name] if name in df else pd.Series([default] * len(df), index=df.index, dtype=object)


def _conflicts(values: Iterable[object]) -> list[bool]:
    """Whether each ``date_conflict`` cell lists readings: the table holds a tuple
    of readings (empty when sources agree); a CSV or older table holds text."""
    return [bool(v) if isinstance(v, (list, tuple)) else
            (not _blank(v) and bool(str(v).strip()) and str(v).strip().lower() not in ("false", "none", "[]", "()"))
            for v in values]  # fmt: skip


def default_range(
    t0: Sequence[pd.Timestamp],
    t1: Sequence[pd.Timestamp],
    published: Iterable[dt.date] = (),
    *,
    short_days: float = 62,
) -> tuple[pd.Timestamp, pd.Timestamp] | None:
    """The initial x range: where the events are, not where the longest bar reaches.

    Each event gives one point (so each counts once): a marker its day, a bar
    of up to ``short_days`` its middle; longer bars give none (unless nothing
    else does). Points past Tukey's fences (1.5 IQR beyond the quartiles) are
    left out; the range covers the kept events whole (a kept month shows all
    of it) and the publication dates, padded by 6% (at least a day).
    """
    t0 = pd.to_datetime(pd.Series(t0).reset_index(drop=True)).astype("datetime64[ns]")
    t1 = pd.to_datetime(pd.Series(t1).reset_index(drop=True)).astype("datetime64[ns]")
    if t0.empty:
        return None
    length = t1 - t0
    short = (length <= pd.Timedelta(days=short_days)).to_numpy().copy()
    if not short.any():
        short[:] = True
    is_point = (length <= ONE_DAY).to_numpy()
    start = ((t0 - EPOCH) / ONE_DAY).to_numpy(dtype=float)  # days: units differ by source
    end = np.where(is_point, start, ((t1 - EPOCH) / ONE_DAY).to_numpy(dtype=float))
    middle = (start + end) / 2
    q1, q3 = np.percentile(middle[short], [25, 75])
    fence = 1.5 * (q3 - q1)
    kept = short & (middle >= q1 - fence) & (middle <= q3 + fence)
    published = list(published)
    if all(type(d) is dt.date for d in published):  # the usual case, at once (a corpus has hundreds)
        days = (np.array(published, dtype="datetime64[D]") - np.datetime64(0, "D")).astype(float).tolist()
    else:
        days = [(pd.Timestamp(d) - EPOCH) / ONE_DAY for d in published]
    lo, hi = float(min([start[kept].min(), *days])), float(max([end[kept].max(), *days]))
    hi = max(hi, lo + 1)  # one day: show it with its neighbours
    pad = max((hi - lo) * 0.06, 1.0)
    return (EPOCH + ONE_DAY * float(lo - pad)).as_unit("ns"), (EPOCH + ONE_DAY * float(hi + pad)).as_unit("ns")


def prepare(
    df: pd.DataFrame,
    color_by: str = "actor",
    *,
    published: dt.date | Iterable[dt.date] | None = None,
    selected: str | None = None,
    view: tuple[pd.Timestamp, pd.Timestamp] | None = None,
    max_lanes: int = 10,
    max_labels: int = 40,
    width: int = 1000,
) -> pd.DataFrame:
    """One row per event with what the chart draws.

    Columns: ``event_id, dated, t0, t1, is_point, lane, row, y, group,
    label, conflict, n_sources, importance`` plus the input's. ``lane`` is
    the actor's lane (or "other"), ``row`` the row inside it, ``y`` the
    position on the y axis (lanes stacked, first lane on top); ``group`` the
    colour; ``label`` the escaped headline or "" when it is not labelled.
    Undated rows are kept (``dated`` False, ``t0``/``t1`` NaT): they go to the
    undated band. A missing or empty end becomes ``start + 1 day``.
    ``width`` is the plot's width in pixels the labels are spaced for.
    """
    columns = ["event_id", "dated", "t0", "t1", "is_point", "lane", "row", "y", "group",
               "label", "conflict", "n_sources", "importance"]  # fmt: skip
    if df is None or df.empty or "start" not in df:
        return pd.DataFrame(columns=columns)
    out = df[drawable(df)].copy()
    out["t0"] = _timestamps(out["start"])
    out["t0"] = _clock_times(out).fillna(out["t0"])
    t1 = _timestamps(_column(out, "end", None))
    out["t1"] = t1.where(t1 > out["t0"], out["t0"] + ONE_DAY)
    out["dated"] = out["t0"].notna()
    out.loc[~out["dated"], "t1"] = pd.NaT
    # The interval decides, not the granularity: "the past two years" has day
    # granularity (its edges are days) but spans two years, so it is a bar.
    out["is_point"] = (out["t1"] - out["t0"] <= ONE_DAY) | ~out["dated"]
    actors = _names(_column(out, "actor", None))
    lane_of = _top(actors, max_lanes)
    out["lane"] = [lane_of[a] for a in actors]
    if color_by == "article":
        articles = _names(_column(out, "article_id", None), empty="(no article)")
        group_of = _top(articles, len(PALETTE))
        out["group"] = [group_of[a] for a in articles]
    else:
        out["group"] = out["lane"]
    sources = pd.to_numeric(_column(out, "n_sources", 1), errors="coerce").fillna(1)
    out["n_sources"] = sources.clip(lower=1).astype(int)
    out["conflict"] = _conflicts(_column(out, "date_conflict", None))
    confidence = pd.to_numeric(_column(out, "confidence", 0.5), errors="coerce").fillna(0.5)
    out["importance"] = np.log2(out["n_sources"]) + confidence
    out["_selected"] = out["event_id"].astype(str) == str(selected) if selected is not None else False
    out["label"] = ""
    out["row"] = 0
    out["y"] = 0
    dated = out[out["dated"]]
    if view is None and not dated.empty:
        view = default_range(dated["t0"], dated["t1"], publication_dates(published))
        # Room on the right for the labels of the last events.
        main_px = width * (1 - UNDATED_DOMAIN if not out["dated"].all() else 1)
        label_px = LABEL_CHARS * CHAR_PX + MARKER_PX
        if main_px > 2 * label_px:
            view = (view[0], view[1] + (view[1] - view[0]) * float(label_px / (main_px - label_px)))
    _place(out, lane_of, view, max_lanes=max_lanes, max_labels=max_labels, width=width)
    return out.drop(columns="_selected")


def _place(out: pd.DataFrame, lane_of: dict[str, str], view, *, max_lanes: int, max_labels: int, width: int) -> None:
    """Rows, y positions and labels, in place (see :func:`prepare`)."""
    lanes = list(dict.fromkeys(lane_of[n] for n in lane_of))  # commonest first, "other" last
    if OTHER in lanes:
        lanes = [n for n in lanes if n != OTHER] + [OTHER]
    has_undated = not out["dated"].all()
    main_px = width * (1 - UNDATED_DOMAIN if has_undated else 1)
    band_px = width * UNDATED_DOMAIN
    lo = view[0] if view else pd.Timestamp(0)
    px_per_day = main_px / max((view[1] - view[0]) / ONE_DAY, 1e-9) if view else 1.0
    max_rows = max(2, min(6, ROW_BUDGET // max(len(lanes), 1)))
    order = out.sort_values(["_selected", "importance", "t0"], ascending=[False, False, True], kind="stable")
    labelled_quota = set(order.index[:max_labels]) | set(out.index[out["_selected"]])
    rows_of = {lane: (Rows(max_rows), Rows(max_rows)) for lane in lanes}  # dated, undated
    # Offsets in pixels of the default view: markers and labels take space there.
    t0_px = ((out["t0"] - lo) / ONE_DAY * px_per_day).to_numpy()
    t1_px = ((out["t1"] - lo) / ONE_DAY * px_per_day).to_numpy()
    position = {index: n for n, index in enumerate(out.index)}
    row_values, label_values, spill = {}, {}, {}
    columns = ["lane", "actor", "action", "expression", "dated", "is_point", "n_sources"]
    records = order.reindex(columns=columns).to_dict("index")
    for index, r in records.items():
        n = position[index]
        dated_rows, undated_rows = rows_of[r["lane"]]
        rows = dated_rows if r["dated"] else undated_rows
        if r["dated"]:
            start = t0_px[n] - MARKER_PX / 2 if r["is_point"] else t0_px[n]
            end = t0_px[n] + MARKER_PX / 2 if r["is_point"] else t1_px[n]
            label_at = t0_px[n] + MARKER_PX / 2 if r["is_point"] else max(t0_px[n], 0.0)
        else:
            start, end, label_at = 0.0, MARKER_PX, MARKER_PX
        row = None
        if index in labelled_quota:
            actor = "" if r["lane"] != OTHER else r["actor"]
            text = headline(actor, r["action"], fallback=r["expression"] or "(publication date)",
                            limit=LABEL_CHARS if r["dated"] else int(band_px / CHAR_PX) - 4)  # fmt: skip
            if r["n_sources"] > 1:
                text += f" ×{r['n_sources']}"
            text_px = len(text) * CHAR_PX + 8
            row = rows.place(start, max(end, label_at + text_px))
            if row is not None:
                label_values[index] = text
        if row is None:
            row = rows.place(start, end)
        if row is None:  # the lane is full here: overlap, spread over its rows
            spill[index] = n
            row = n % rows.limit
        row_values[index] = row
    out["row"] = pd.Series(row_values)
    out["label"] = pd.Series(label_values).reindex(out.index).fillna("")
    offsets, y = {}, 0
    for lane in lanes:
        offsets[lane] = y
        used = max(rows_of[lane][0].used, rows_of[lane][1].used)
        y += used
    out["row"] = [min(row, max(rows_of[lane][0].used, rows_of[lane][1].used) - 1)
                  for row, lane in zip(out["row"], out["lane"])]  # fmt: skip
    out["y"] = [offsets[lane] + row for lane, row in zip(out["lane"], out["row"])]
    out.attrs["lanes"] = {lane: (offsets[lane], max(rows_of[lane][0].used, rows_of[lane][1].used)) for lane in lanes}
    out.attrs["view"] = view


# --- figures ---------------------------------------------------------------------


def _hover_data(row: dict, limit: int) -> list[str]:
    """``customdata`` of one point: escaped expression, value, who/what, sentence,
    sources and date conflict; ``event_id`` last (ui.py maps a click back by it)."""
    actor, action = row.get("actor"), row.get("action")
    who_what = " ".join(str(part) for part in (actor, action) if not _blank(part) and part) or NO_ACTOR
    extra = ""
    if row.get("n_sources", 1) > 1:
        sources = row.get("sources")
        named = ", ".join(map(str, sources)) if isinstance(sources, (list, tuple)) else sources
        extra += "<br>" + wrap_escaped(f"×{row['n_sources']} sources" + (f": {named}" if not _blank(named) and named else ""), limit=160)
    if row.get("conflict"):
        extra += "<br><b>dates disagree</b>: " + wrap_escaped(row.get("date_conflict"), limit=200)
    return [
        escape(row.get("expression") or "(publication date)"),
        escape(row.get("value", "")),
        wrap_escaped(who_what, limit=160),
        wrap_escaped(row.get("sentence", ""), limit=limit),
        extra,
        str(row["event_id"]),
    ]


def _customdata(records: list[dict], hover_limit: int) -> np.ndarray:
    # A 2-D object array: Plotly checks a list of lists item by item, an array at once.
    data = np.empty((len(records), 6), dtype=object)
    for n, r in enumerate(records):
        data[n] = _hover_data(r, hover_limit)
    return data


def _colors(groups: Iterable[str]) -> dict[str, str]:
    ordered = sorted(set(groups), key=lambda g: (g in (NO_ACTOR, OTHER), g == OTHER, g.lower()))
    if len(ordered) == 1 and ordered[0] not in (NO_ACTOR, OTHER):  # the theme colour, not "unknown" grey
        return {ordered[0]: SINGLE_COLOR}
    palette = iter(PALETTE)
    return {g: NO_ACTOR_COLOR if g == NO_ACTOR else OTHER_COLOR if g == OTHER else next(palette, OTHER_COLOR)
            for g in ordered}  # fmt: skip


def publication_dates(published: dt.date | Iterable[dt.date] | None) -> list[dt.date]:
    if published is None:
        return []
    if isinstance(published, dt.date):
        return [published]
    return sorted({d for d in published if d is not None})


def _iso(values: Iterable[pd.Timestamp]) -> list[str]:
    return [t.isoformat() for t in values]


def _marker_trace(points: list[dict], color: str, hover_limit: int, *, dense: bool, xaxis: str = "x", **common) -> dict:
    # Arrays, not lists: Plotly validates a list item by item, an array at once.
    chosen = np.array([r["_chosen"] for r in points], dtype=bool)
    conflict = np.array([r["conflict"] for r in points], dtype=bool)
    # Dense: the labelled events stand out, the others are a faint strip (hover kept).
    faded = np.array([dense and not r["label"] for r in points], dtype=bool) & ~chosen
    sources = np.array([r["n_sources"] for r in points], dtype=float)
    sizes = np.where(faded, 7, np.minimum(MARKER_PX - 1 + 3 * np.log2(sources), 24) + 5 * chosen)
    return dict(
        type="scattergl" if len(points) > WEBGL_ABOVE else "scatter",
        mode="markers",
        x=np.array(_iso(r["t0"] for r in points) if xaxis == "x" else [r["_band_x"] for r in points]),
        y=np.array([r["y"] for r in points]),
        xaxis=xaxis,
        marker=dict(
            color=color,
            size=sizes,
            opacity=np.where(faded, 0.45, 1.0),
            symbol=np.where(conflict, "diamond-open", "diamond"),
            line=dict(
                # A colour array is checked colour by colour: only when one is selected.
                color=np.where(chosen, SELECTED_LINE, "white") if chosen.any() else "white",
                width=np.where(chosen, 3, np.where(conflict, 2.5, np.where(faded, 0, 1))),
            ),
        ),
        customdata=_customdata(points, hover_limit),
        hovertemplate=HOVER_TEMPLATE,
        **common,
    )


def _bar_trace(bars: list[dict], color: str, hover_limit: int, long_after: pd.Timedelta, *, dense: bool, **common) -> dict:
    if len(bars) > WEBGL_ABOVE:
        # Thousands of SVG rectangles are slow to draw: one WebGL polyline with
        # breaks instead (hover at either end of each span).
        hover = _customdata(bars, hover_limit)
        data = np.full((3 * len(bars), hover.shape[1]), "", dtype=object)
        data[0::3], data[1::3] = hover, hover
        x = np.full(3 * len(bars), None, dtype=object)
        x[0::3], x[1::3] = _iso(r["t0"] for r in bars), _iso(r["t1"] for r in bars)
        y = np.full(3 * len(bars), None, dtype=object)
        y[0::3] = y[1::3] = [r["y"] for r in bars]
        return dict(type="scattergl", mode="lines", x=x, y=y, line=dict(color=color, width=4), opacity=0.35,
                    customdata=data, hovertemplate=HOVER_TEMPLATE, connectgaps=False, **common)  # fmt: skip
    length = np.array([(r["t1"] - r["t0"]) / pd.Timedelta(milliseconds=1) for r in bars])
    long = length > long_after / pd.Timedelta(milliseconds=1)
    faded = np.array([dense and not r["label"] for r in bars], dtype=bool)
    chosen = np.array([r["_chosen"] for r in bars], dtype=bool)
    conflict = np.array([r["conflict"] for r in bars], dtype=bool)
    return dict(
        type="bar",
        orientation="h",
        base=np.array(_iso(r["t0"] for r in bars)),
        x=length,
        y=np.array([r["y"] for r in bars]),
        # Spans longer than half the view are context: thin and faint, not a wall.
        width=np.where(long, 0.3, 0.6),
        marker=dict(
            color=color,
            opacity=np.where(faded, 0.1, np.where(long, 0.4, 0.55)),
            pattern=dict(shape=np.where(conflict, "/", ""), fgcolor=SELECTED_LINE, solidity=0.25),
            line=dict(color=SELECTED_LINE, width=np.where(chosen, 3, np.where(conflict, 1.5, 0))),
        ),
        customdata=_customdata(bars, hover_limit),
        hovertemplate=HOVER_TEMPLATE,
        **common,
    )


def _label_annotations(records: list[dict], lo: pd.Timestamp | None) -> list[dict]:
    """Headlines as annotations: offset in pixels from their anchor, hidden when
    it is out of view, and not repeated in the range slider (trace text is)."""
    notes = []
    for r in records:
        if not r["dated"]:
            x, xref, shift = r["_band_x"], "x2", MARKER_PX * 0.6
        elif r["is_point"]:  # just right of the marker
            x, xref, shift = r["t0"].isoformat(), "x", MARKER_PX * 0.6
        else:  # inside the bar, at its left end, or the view's left edge when it runs in from there
            start = max(r["t0"], lo) if lo is not None and r["t1"] > lo else r["t0"]
            x, xref, shift = start.isoformat(), "x", 4
        notes.append(dict(
            x=x, xref=xref, y=r["y"], yref="y", text=r["label"], xanchor="left", xshift=shift, showarrow=False,
            font=dict(size=LABEL_FONT_PX, color=LABEL_COLOR), name=LABEL_NAME,
            bgcolor="rgba(255, 255, 255, 0.7)", borderpad=1,
        ))  # fmt: skip
    return notes


def build_figure(
    df: pd.DataFrame,
    *,
    published: dt.date | Iterable[dt.date] | None = None,
    color_by: str = "actor",
    selected: str | None = None,
    max_lanes: int = 10,
    max_labels: int = 40,
    width: int = 1000,
    view: tuple[dt.date, dt.date] | None = None,
) -> go.Figure:
    """The timeline figure for ``df`` (see the module docstring).

    ``published``: the publication date(s), drawn as dashed lines.
    ``color_by``: ``"actor"`` or ``"article"``. ``selected``: an ``event_id``
    drawn with a dark outline (and always labelled). ``max_lanes``: actors
    with a lane of their own; ``max_labels``: events labelled at most;
    ``width``: the plot width in pixels the labels are spaced for;
    ``view``: the initial x range (default: :func:`default_range`).
    """
    days = publication_dates(published)
    rows = prepare(
        df, color_by, published=days, selected=selected, max_lanes=max_lanes, max_labels=max_labels, width=width,
        view=(pd.Timestamp(view[0]), pd.Timestamp(view[1])) if view else None,
    )  # fmt: skip
    # Taken out of attrs: pandas deep-copies attrs into every frame derived from ``rows``.
    lanes = rows.attrs.pop("lanes", {})
    x_range = rows.attrs.pop("view", None)
    hover_limit = 400 if len(rows) <= WEBGL_ABOVE else 200  # keeps the figure's JSON small
    rows["_chosen"] = rows["event_id"].astype(str) == str(selected) if selected is not None else False
    rows["_band_x"] = 0.0
    undated_rows = rows.index[~rows["dated"]] if len(rows) else rows.index
    if len(undated_rows):
        # Labelled ones at the band's left edge; the others spread along it.
        rows.loc[undated_rows, "_band_x"] = [0.06 if label else 0.12 + 0.8 * ((n * 0.618) % 1)
                                            for n, label in enumerate(rows.loc[undated_rows, "label"])]  # fmt: skip
    dense = len(rows) > DENSE_ABOVE
    long_after = (x_range[1] - x_range[0]) / 2 if x_range else pd.Timedelta(days=365)
    needed = ["event_id", "dated", "t0", "t1", "is_point", "y", "group", "label", "conflict", "n_sources",
              "_chosen", "_band_x", "actor", "action", "expression", "value", "sentence", "sources", "date_conflict"]
    # Plain dicts of the columns drawn: pandas indexing per group is slow.
    records = rows[[c for c in needed if c in rows]].to_dict("records")
    colors = _colors(r["group"] for r in records)
    by_group: dict[str, dict[str, list[dict]]] = {g: {"bar": [], "point": [], "undated": []} for g in colors}
    for r in records:
        kind = "undated" if not r["dated"] else "point" if r["is_point"] else "bar"
        by_group[r["group"]][kind].append(r)
    traces = []
    for group, color in colors.items():
        members = by_group[group]
        common = dict(name=escape(group), legendgroup=group)
        shown = False
        if members["bar"]:
            traces.append(_bar_trace(members["bar"], color, hover_limit, long_after, dense=dense, showlegend=True, **common))
            shown = True
        if members["point"]:
            traces.append(_marker_trace(members["point"], color, hover_limit, dense=dense, showlegend=not shown, **common))
            shown = True
        if members["undated"]:
            traces.append(_marker_trace(members["undated"], color, hover_limit, dense=dense, xaxis="x2", showlegend=not shown, **common))  # fmt: skip
    has_undated = len(undated_rows) > 0
    total_rows = sum(n for _, n in lanes.values()) or 1
    shapes = [
        dict(type="rect", xref="paper", yref="y", x0=0, x1=1, y0=offset - 0.5, y1=offset + n - 0.5,
             fillcolor=LANE_SHADE, line=dict(width=0), layer="below", name="lane")
        for i, (offset, n) in enumerate(lanes.values()) if i % 2 == 0
    ]  # fmt: skip
    shapes += _publication_lines(days)
    if len(days) <= MAX_PUBLICATION_LINES:
        annotations = [
            dict(
                x=at.isoformat(), xref="x", y=1, yref="paper", yanchor="bottom", xanchor="left",
                showarrow=False, text=text, font=dict(size=11, color=PUBLICATION_COLOR),
            )
            for at, text in publication_labels(days, x_range, width)
        ]  # fmt: skip
    else:  # a corpus: a line per article would hide the events
        annotations = [dict(
            x=0.5, xref="paper", y=1, yref="paper", yanchor="bottom", showarrow=False,
            text=f"{len(days)} publication dates, {days[0].isoformat()} – {days[-1].isoformat()}",
            font=dict(size=11, color=PUBLICATION_COLOR),
        )]  # fmt: skip
    annotations += _label_annotations([r for r in records if r["label"]], x_range[0] if x_range else None)
    main_end = 1 - UNDATED_DOMAIN if has_undated else 1.0
    xaxis = dict(type="date", domain=[0, main_end - (0.01 if has_undated else 0)], showgrid=True,
                 rangeslider=dict(visible=True, thickness=0.07))  # fmt: skip
    if x_range:
        xaxis["range"] = [x_range[0].isoformat(), x_range[1].isoformat()]
        outside = _outside(rows, x_range)
        if outside:
            annotations.append(dict(
                x=0, xref="paper", y=1, yref="paper", yanchor="bottom", xanchor="left", showarrow=False,
                text=escape(outside), font=dict(size=11, color=PUBLICATION_COLOR),
            ))  # fmt: skip
        annotations += _empty_lane_hints(rows, lanes, x_range)
    if any(r["conflict"] for r in records):
        annotations.append(dict(
            x=main_end, xref="paper", y=1, yref="paper", yanchor="bottom", xanchor="right", showarrow=False,
            text="hollow ◇ / hatched: sources disagree on the date", font=dict(size=11, color=PUBLICATION_COLOR),
        ))  # fmt: skip
    layout = dict(
        # No template: st.plotly_chart applies the Streamlit theme, and resolving
        # a named template costs more than the rest of the figure.
        barmode="overlay",
        height=min(max(170 + ROW_PX * total_rows, 320), 900),
        margin=dict(l=10, r=10, t=40, b=10),
        hovermode="closest",
        clickmode="event+select",
        dragmode="zoom",
        showlegend=color_by != "actor",  # by actor the lanes already name the colours
        legend=dict(orientation="h", yanchor="top", y=-0.25, x=0, title=dict(text="")),
        hoverlabel=dict(align="left"),
        shapes=shapes,
        annotations=annotations,
        xaxis=xaxis,
        yaxis=dict(
            range=[total_rows - 0.5, -0.5], fixedrange=True, showgrid=False, zeroline=False, automargin=True,
            tickvals=[offset for offset, _ in lanes.values()],
            ticktext=[escape(shorten(lane, 30)) for lane in lanes],
            tickfont=dict(size=12),
        ),
    )
    if has_undated:
        layout["xaxis2"] = dict(domain=[main_end + 0.01, 1], range=[0, 1], anchor="y", fixedrange=True,
                                showgrid=False, zeroline=False, showticklabels=False)  # fmt: skip
        shapes.append(dict(type="rect", xref="paper", yref="paper", x0=main_end + 0.01, x1=1, y0=0, y1=1,
                           fillcolor="rgba(31, 95, 168, 0.06)", line=dict(width=0), layer="below",
                           name=UNDATED_BAND))  # fmt: skip
        annotations.append(dict(x=main_end + 0.01 + UNDATED_DOMAIN / 2, xref="paper", y=1, yref="paper",
                                yanchor="bottom", showarrow=False, text=UNDATED_BAND,
                                font=dict(size=11, color=PUBLICATION_COLOR)))  # fmt: skip
    # One constructor call: Plotly validates the whole spec once (add_trace and
    # update_* deep-copy and re-validate at every step, several times slower).
    return go.Figure(data=traces, layout=layout)


PUBLICATION_LABEL_PX = 200  # the width of "published 2020-06-09 – 06-12" at 11 px


def publication_labels(
    days: Sequence[dt.date], x_range: tuple[pd.Timestamp, pd.Timestamp] | None, width: int = 1000
) -> list[tuple[dt.date, str]]:
    """(where, text) of the labels above the publication lines: dates too close
    to be labelled apart at this zoom share one label ("published 2020-06-09 – 06-12").
    Each label starts at its first date and reads rightwards.

    Two labels need :data:`PUBLICATION_LABEL_PX` pixels between their centres;
    the x range and the plot ``width`` tell how many days that is.
    """
    days = sorted(set(days))
    if not days:
        return []
    if x_range is None:
        span = max((days[-1] - days[0]).days, 1)
    else:
        span = max((x_range[1] - x_range[0]) / ONE_DAY, 1.0)
    min_gap = span * PUBLICATION_LABEL_PX / max(width, 1)
    groups: list[list[dt.date]] = [[days[0]]]
    for day in days[1:]:
        if (day - groups[-1][0]).days < min_gap:
            groups[-1].append(day)
        else:
            groups.append([day])
    labels = []
    for group in groups:
        first, last = group[0], group[-1]
        if first == last:
            labels.append((first, f"published {first.isoformat()}"))
            continue
        shown_last = last.isoformat()[5:] if last.year == first.year else last.isoformat()
        labels.append((first, f"published {first.isoformat()} – {shown_last}"))
    return labels


def _publication_lines(days: Sequence[dt.date], width: float = 2) -> list[dict]:
    """A dashed vertical line per publication date, up to :data:`MAX_PUBLICATION_LINES`."""
    if len(days) > MAX_PUBLICATION_LINES:
        return []
    return [
        dict(
            type="line", x0=day.isoformat(), x1=day.isoformat(), xref="x", yref="paper", y0=0, y1=1,
            line=dict(color=PUBLICATION_COLOR, width=width, dash="dash"), name=PUBLICATION_LINE, layer="below",
        )
        for day in days
    ]  # fmt: skip


def _empty_lane_hints(rows: pd.DataFrame, lanes: dict[str, tuple[int, int]], x_range) -> list[dict]:
    """"◀ 2 earlier, 2020-01" at the edge of a lane whose dated events are all out of the view."""
    hints = []
    # Arrays, not a boolean frame per lane: a frame selection per lane was most of the build.
    dated = rows["dated"].to_numpy(dtype=bool)
    lane_of = rows["lane"].to_numpy(dtype=object)[dated]
    t0 = rows["t0"].to_numpy()[dated]
    before_all = rows["t1"].to_numpy()[dated] <= x_range[0].to_datetime64()
    after_all = t0 >= x_range[1].to_datetime64()
    for lane, (offset, _) in lanes.items():
        mine = lane_of == lane
        before, after = before_all & mine, after_all & mine
        if not mine.any() or int(before.sum() + after.sum()) < int(mine.sum()):
            continue  # something of it is in view
        for part, x, anchor, text in (
            (before, x_range[0], "left", "◀ {n} earlier, {when}"),
            (after, x_range[1], "right", "{n} later, {when} ▶"),
        ):
            if part.any():
                when = pd.Timestamp(t0[part].max() if anchor == "left" else t0[part].min()).strftime("%Y-%m")
                hints.append(dict(
                    x=x.isoformat(), xref="x", y=offset, yref="y", xanchor=anchor, showarrow=False, name="hint",
                    text=text.format(n=int(part.sum()), when=when), font=dict(size=11, color=PUBLICATION_COLOR),
                ))  # fmt: skip
    return hints


def _outside(rows: pd.DataFrame, x_range) -> str:
    """"3 earlier and 1 later event beyond this view …" for events wholly outside it."""
    dated = rows["dated"].to_numpy(dtype=bool)
    before = int((rows["t1"].to_numpy()[dated] <= x_range[0].to_datetime64()).sum())
    after = int((rows["t0"].to_numpy()[dated] >= x_range[1].to_datetime64()).sum())
    if not before and not after:
        return ""
    parts = [f"{before} earlier" if before else "", f"{after} later" if after else ""]
    return " and ".join(p for p in parts if p) + " beyond this view: zoom out or drag the slider"


# --- corpus overview -----------------------------------------------------------------

BINS = {"day": ONE_DAY, "week": pd.Timedelta(days=7), "month": pd.Timedelta(days=30.44)}


def overview_bin(lo: pd.Timestamp, hi: pd.Timestamp) -> str:
    """``day`` up to three months, ``week`` up to two years, else ``month``."""
    span = (hi - lo) / ONE_DAY
    return "day" if span <= 92 else "week" if span <= 731 else "month"


def _bin_starts(t0: pd.Series, size: str) -> pd.Series:
    if size == "day":
        return t0.dt.floor("D")
    return t0.dt.to_period("W-SUN" if size == "week" else "M").dt.start_time  # weeks start on Monday


def build_overview(
    df: pd.DataFrame,
    *,
    by: str = "actor",
    top: int = 8,
    bin: str | None = None,
    published: dt.date | Iterable[dt.date] | None = None,
) -> go.Figure:
    """Events per day, week or month, stacked by the ``top`` commonest actors
    (``by="actor"``) or articles (``by="article"``), the rest as "other".

    Each dated event counts once, in the bin of its start. ``bin``: ``"day"``,
    ``"week"`` or ``"month"``; by default chosen from the spread of the
    events (:func:`default_range`, :func:`overview_bin`), which is also the
    initial view. Undated events are counted in the title.
    """
    days = publication_dates(published)
    if df is None or df.empty or "start" not in df:
        return go.Figure(layout=dict(height=220, title=dict(text="No events")))
    df = df[drawable(df)]
    t0 = _timestamps(df["start"])
    dated = t0.notna()
    t1 = _timestamps(_column(df, "end", None))
    t1 = t1.where(t1 > t0, t0 + ONE_DAY)
    names = _names(_column(df, "article_id" if by == "article" else "actor", None),
                   empty="(no article)" if by == "article" else NO_ACTOR)  # fmt: skip
    group_of = _top([n for n, d in zip(names, dated) if d] or [OTHER], top)
    groups = pd.Series([group_of.get(n, OTHER) for n in names], index=df.index)
    x_range = default_range(t0[dated], t1[dated], days) if dated.any() else None
    size = bin or (overview_bin(*x_range) if x_range else "day")
    if size not in BINS:
        raise ValueError(f"bin must be one of {', '.join(BINS)}, not {size!r}")
    counts = (
        pd.DataFrame({"bin": _bin_starts(t0[dated], size), "group": groups[dated]})
        .groupby(["group", "bin"]).size().rename("n").reset_index()
    )  # fmt: skip
    colors = _colors(counts["group"])
    bar_ms = BINS[size] / pd.Timedelta(milliseconds=1) * 0.9
    traces = []
    for group, color in colors.items():
        part = counts[counts["group"] == group]
        traces.append(dict(
            # Arrays, not lists: Plotly validates a list item by item, an array at once.
            type="bar", name=escape(shorten(group, 30)), x=np.array(_iso(part["bin"])), y=part["n"].to_numpy(),
            width=bar_ms, marker=dict(color=color, line=dict(width=0)), offset=0,
            customdata=np.full(len(part), size, dtype=object),
            hovertemplate=f"%{{y}} event(s) · {escape(group)}<br>{size} of %{{x|%Y-%m-%d}}"
                          "<br>click to zoom the chart to it<extra></extra>",
        ))  # fmt: skip
    undated = int((~dated).sum())
    title = f"{int(dated.sum())} dated events per {size}" + (f" · {undated} undated" if undated else "")
    xaxis = dict(type="date", showgrid=True)
    if x_range:
        xaxis["range"] = [x_range[0].isoformat(), x_range[1].isoformat()]
    shapes = _publication_lines(days, width=1)
    layout = dict(
        barmode="stack", height=240, margin=dict(l=10, r=10, t=36, b=10), bargap=0,
        title=dict(text=title, font=dict(size=13), x=0, xanchor="left"),
        legend=dict(orientation="v", yanchor="top", y=1, x=1.01, xanchor="left", title=dict(text=""),
                    traceorder="reversed"),  # top of the stack first
        xaxis=xaxis, yaxis=dict(title=dict(text="events"), fixedrange=True), shapes=shapes, hovermode="closest",
        clickmode="event+select", dragmode="select", selectdirection="h",
    )  # fmt: skip
    return go.Figure(data=traces, layout=layout)


def most_important(
    df: pd.DataFrame, limit: int, *, view: tuple[dt.date, dt.date] | None = None, selected: str | None = None
) -> pd.DataFrame:
    """At most ``limit`` rows of ``df`` for the detailed chart, in their order: those
    in ``view`` (undated ones too), the best attested first (sources, then
    confidence), the ``selected`` event always."""
    if len(df) <= limit and view is None:
        return df
    if view is not None:
        lo, hi = view
        inside = np.array([s is None or (s < hi and (e or s + dt.timedelta(days=1)) > lo)
                           for s, e in zip(_days(df["start"]), _days(_column(df, "end", None)))], dtype=bool)  # fmt: skip
    else:
        inside = np.ones(len(df), dtype=bool)
    sources = pd.to_numeric(_column(df, "n_sources", 1), errors="coerce").fillna(1).to_numpy(dtype=float)
    confidence = pd.to_numeric(_column(df, "confidence", 0.0), errors="coerce").fillna(0.0).to_numpy(dtype=float)
    chosen = (df["event_id"].astype(str) == str(selected)).to_numpy() if selected is not None else np.zeros(len(df), bool)
    # The selected first, then by sources and confidence, ties in table order (lexsort's
    # last key leads, and it is stable): a Python sort key per row was slow on a corpus.
    candidates = np.flatnonzero(inside)
    order = np.lexsort((-confidence[candidates], -sources[candidates], ~chosen[candidates]))
    keep = np.sort(candidates[order[:limit]])
    return df.iloc[keep]


def overview_view(selection: dict | None) -> tuple[dt.date, dt.date] | None:
    """The chart's x range a selection on the overview asks for: the bins clicked
    (their whole span) or the span dragged; ``None`` for no selection.

    ``selection`` is what ``st.plotly_chart(..., on_select=...)`` reports:
    ``{"points": [{"x": "2020-06-08", "customdata": ["week"]}, ...], "box": [{"x": [lo, hi]}]}``.
    """
    if not selection:
        return None
    spans = []
    for box in selection.get("box") or ():
        xs = [pd.Timestamp(x) for x in box.get("x", ()) if x is not None]
        if len(xs) >= 2:
            spans.append((min(xs), max(xs)))
    for point in selection.get("points") or ():
        if point.get("x") is None:
            continue
        start = pd.Timestamp(point["x"])
        data = point.get("customdata")
        size = (data[0] if isinstance(data, (list, tuple)) and data else data) if data else "day"
        end = start + pd.DateOffset(months=1) if size == "month" else start + BINS.get(size, ONE_DAY)
        spans.append((start, end))
    if not spans:
        return None
    lo, hi = min(a for a, _ in spans), max(b for _, b in spans)
    return lo.date(), max(hi.date(), lo.date() + dt.timedelta(days=1))
