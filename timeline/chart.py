"""The timeline chart: a pure function from the timeline DataFrame to a Plotly figure.

No Streamlit here, so the figure can be tested (and reused in a notebook) on
its own. Input: the table of :func:`timeline.order.build_timeline` (columns
``event_id, start, end, expression, value, actor, action,
sentence, article_id`` are read; others are ignored). Output: a
``plotly.graph_objects.Figure`` where

* x is time; an event spanning a day or less is a marker, a longer one
  ("June", "the past two years") a bar over its half-open ``[start, end)``
  interval, so the uncertainty is visible;
* overlapping events are put on separate lanes (y), so none hides another;
* a dashed vertical line marks each publication date;
* colour is the actor or the article (``color_by``);
* hover shows expression, resolved value, actor and evidence sentence, all
  HTML-escaped (Plotly renders tags such as ``<b>`` or ``<a>`` in hover text);
* every point carries its ``event_id`` as the last ``customdata`` item, so a
  click selection can be mapped back to a table row.
"""

from __future__ import annotations

import datetime as dt
import html
import textwrap
from collections.abc import Iterable, Sequence

import pandas as pd
import plotly.graph_objects as go

NO_ACTOR = "(no actor)"
PUBLICATION_COLOR = "#555555"
SINGLE_COLOR = "#1f5fa8"  # .streamlit/config.toml primaryColor
NO_ACTOR_COLOR = "#BBBBBB"
SELECTED_LINE = "#111111"
# Qualitative palette (Plotly's "Safe"), readable on white and for most colour-blind viewers.
PALETTE = (
    "#88CCEE", "#CC6677", "#DDCC77", "#117733", "#332288", "#AA4499",
    "#44AA99", "#999933", "#882255", "#661100", "#6699CC", "#888888",
)  # fmt: skip
HOVER_TEMPLATE = (
    "<b>%{customdata[0]}</b> → %{customdata[1]}<br>"
    "%{customdata[2]}<br>"
    "<i>%{customdata[3]}</i><extra></extra>"
)


def escape(text: object) -> str:
    """Text made inert for Plotly hover/labels: ``& < >`` escaped, None -> ''.

    >>> escape('<img src=x onerror="alert(1)">')
    '&lt;img src=x onerror="alert(1)"&gt;'
    """
    if text is None or (isinstance(text, float) and pd.isna(text)):
        return ""
    return html.escape(str(text), quote=False)


def wrap_escaped(text: object, width: int = 70, limit: int = 400) -> str:
    """Escape, shorten to ``limit`` characters and wrap with ``<br>`` for hover boxes."""
    raw = "" if text is None or (isinstance(text, float) and pd.isna(text)) else str(text)
    raw = " ".join(raw.split())
    if len(raw) > limit:
        raw = raw[: limit - 1].rstrip() + "…"
    return "<br>".join(escape(line) for line in textwrap.wrap(raw, width) or [""])


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


def _as_timestamp(value) -> pd.Timestamp | None:
    if value is None or (not isinstance(value, str) and pd.isna(value)):
        return None
    try:
        return pd.Timestamp(value)
    except (ValueError, TypeError):
        return None


def prepare(df: pd.DataFrame, color_by: str = "actor") -> pd.DataFrame:
    """The dated rows with the columns the chart needs: ``t0, t1, is_point, lane, group``.

    Rows without a start (undated events) are dropped; a missing or empty end
    becomes ``start + 1 day``. Lanes are assigned in time order so that no two
    items on a lane overlap (markers get a visual width of 2% of the range).
    """
    columns = ["event_id", "t0", "t1", "is_point", "lane", "group"]
    if df is None or df.empty or "start" not in df:
        return pd.DataFrame(columns=columns)
    out = df.copy()
    out["t0"] = [_as_timestamp(v) for v in out["start"]]
    out = out[out["t0"].notna()].copy()
    if out.empty:
        return pd.DataFrame(columns=columns)
    ends = out["end"] if "end" in out else pd.Series([None] * len(out), index=out.index)
    out["t1"] = [_as_timestamp(v) for v in ends]
    one_day = pd.Timedelta(days=1)
    out["t1"] = [t1 if t1 is not None and t1 > t0 else t0 + one_day for t0, t1 in zip(out["t0"], out["t1"])]
    # The interval decides, not the granularity: "the past two years" has day
    # granularity (its edges are days) but spans two years, so it is a bar.
    out["is_point"] = [t1 - t0 <= one_day for t0, t1 in zip(out["t0"], out["t1"])]
    key = "article_id" if color_by == "article" else "actor"
    if key in out:
        out["group"] = [str(v).strip() if isinstance(v, str) and v.strip() else NO_ACTOR for v in out[key]]
    else:
        out["group"] = NO_ACTOR
    # Longer items first among equal starts, so a bar gets the lower lane.
    out["_length"] = out["t1"] - out["t0"]
    out = out.sort_values(["t0", "_length"], ascending=[True, False], kind="stable")
    t_min, t_max = out["t0"].min(), out["t1"].max()
    span_days = max((t_max - t_min) / one_day, 1.0)
    marker_width = max(span_days * 0.02, 0.5)  # days a marker visually occupies
    intervals = []
    for t0, t1, is_point in zip(out["t0"], out["t1"], out["is_point"]):
        start = (t0 - t_min) / one_day
        if is_point:
            intervals.append((start - marker_width / 2, start + marker_width / 2))
        else:
            intervals.append((start, (t1 - t_min) / one_day))
    out["lane"] = assign_lanes(intervals, gap=marker_width * 0.25)
    return out.drop(columns="_length")


def _hover_data(row: dict) -> list[str]:
    """``customdata`` of one point: escaped expression, value, who/what, sentence; event_id last."""
    actor, action = row.get("actor") or "", row.get("action") or ""
    who_what = " ".join(part for part in (str(actor), str(action)) if part) or NO_ACTOR
    return [
        escape(row.get("expression") or "(publication date)"),
        escape(row.get("value", "")),
        wrap_escaped(who_what, limit=160),
        wrap_escaped(row.get("sentence", "")),
        str(row["event_id"]),
    ]


def _colors(groups: Iterable[str]) -> dict[str, str]:
    ordered = sorted(set(groups), key=lambda g: (g == NO_ACTOR, g.lower()))
    if len(ordered) == 1:  # one group: the theme colour, not "unknown" grey
        return {ordered[0]: SINGLE_COLOR}
    return {g: (NO_ACTOR_COLOR if g == NO_ACTOR else PALETTE[i % len(PALETTE)]) for i, g in enumerate(ordered)}


def publication_dates(published: dt.date | Iterable[dt.date] | None) -> list[dt.date]:
    if published is None:
        return []
    if isinstance(published, dt.date):
        return [published]
    return sorted({d for d in published if d is not None})


def build_figure(
    df: pd.DataFrame,
    *,
    published: dt.date | Iterable[dt.date] | None = None,
    color_by: str = "actor",
    selected: str | None = None,
) -> go.Figure:
    """The timeline figure for ``df`` (see the module docstring).

    ``published``: the publication date(s), drawn as dashed lines.
    ``color_by``: ``"actor"`` or ``"article"``. ``selected``: an ``event_id``
    drawn with a dark outline.
    """
    rows = prepare(df, color_by)
    records = rows.to_dict("records")  # plain dicts: pandas indexing per group is slow
    colors = _colors(r["group"] for r in records)
    traces = []
    for group, color in colors.items():
        members = [r for r in records if r["group"] == group]
        bars = [r for r in members if not r["is_point"]]
        points = [r for r in members if r["is_point"]]
        common = dict(name=escape(group), legendgroup=group, hovertemplate=HOVER_TEMPLATE)
        if bars:
            traces.append(
                dict(
                    type="bar",
                    showlegend=True,
                    orientation="h",
                    base=[r["t0"].isoformat() for r in bars],
                    x=[(r["t1"] - r["t0"]) / pd.Timedelta(milliseconds=1) for r in bars],
                    y=[r["lane"] for r in bars],
                    width=0.55,
                    marker=dict(
                        color=color,
                        opacity=0.75,
                        line=dict(color=SELECTED_LINE, width=[3 if r["event_id"] == selected else 0 for r in bars]),
                    ),
                    customdata=[_hover_data(r) for r in bars],
                    **common,
                )
            )
        if points:
            chosen = [r["event_id"] == selected for r in points]
            traces.append(
                dict(
                    type="scatter",
                    showlegend=not bars,
                    mode="markers",
                    x=[r["t0"].isoformat() for r in points],
                    y=[r["lane"] for r in points],
                    marker=dict(
                        color=color,
                        size=[18 if c else 13 for c in chosen],
                        symbol="diamond",
                        line=dict(
                            color=[SELECTED_LINE if c else "white" for c in chosen],
                            width=[3 if c else 1 for c in chosen],
                        ),
                    ),
                    customdata=[_hover_data(r) for r in points],
                    **common,
                )
            )
    lanes = int(rows["lane"].max()) + 1 if not rows.empty else 1
    days = publication_dates(published)
    shapes = [
        dict(
            type="line", x0=day.isoformat(), x1=day.isoformat(), xref="x", yref="paper", y0=0, y1=1,
            line=dict(color=PUBLICATION_COLOR, width=2, dash="dash"), name="publication date",
        )
        for day in days
    ]  # fmt: skip
    annotations = [
        dict(
            x=day.isoformat(), xref="x", y=1, yref="paper", yanchor="bottom", showarrow=False,
            text=f"published {day.isoformat()}", font=dict(size=11, color=PUBLICATION_COLOR),
        )
        for day in days
    ]  # fmt: skip
    xaxis = dict(type="date", rangeslider=dict(visible=True, thickness=0.08), showgrid=True)
    if records:
        # Always show the publication date(s) inside the initial range.
        lo = min([rows["t0"].min(), *map(pd.Timestamp, days)])
        hi = max([rows["t1"].max(), *map(pd.Timestamp, days)])
        pad = max((hi - lo) * 0.04, pd.Timedelta(days=2))
        xaxis["range"] = [(lo - pad).isoformat(), (hi + pad).isoformat()]
    layout = dict(
        # No template: st.plotly_chart applies the Streamlit theme, and resolving
        # a named template costs more than the rest of the figure.
        barmode="overlay",
        height=min(220 + 34 * lanes, 700),
        margin=dict(l=10, r=10, t=40, b=10),
        hovermode="closest",
        clickmode="event+select",
        dragmode="zoom",
        legend=dict(orientation="h", yanchor="top", y=-0.35, x=0, title=dict(text="")),
        hoverlabel=dict(align="left"),
        shapes=shapes,
        annotations=annotations,
        xaxis=xaxis,
        yaxis=dict(visible=False, range=[lanes - 0.4, -0.6], fixedrange=True),  # lane 0 on top
    )
    # One constructor call: Plotly validates the whole spec once (add_trace and
    # update_* deep-copy and re-validate at every step, several times slower).
    fig = go.Figure(data=traces, layout=layout)
    return fig
