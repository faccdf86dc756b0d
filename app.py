"""The timeline dashboard: ``make app`` (``streamlit run app.py``).

Opens on the bundled seed article with its publication date. This file only
takes inputs, calls the pipeline and renders; the work is in ``timeline/``
(``timeline/ui.py`` holds the Streamlit pieces, ``timeline/chart.py`` the figure).
"""

from __future__ import annotations

import logging
import time

import pandas as pd
import streamlit as st

from timeline import ui
from timeline.errors import TimelineError

st.set_page_config(page_title="timeline", page_icon="🗓️", layout="wide")


def main(lap) -> None:
    try:
        given = ui.inputs()
    except TimelineError as error:  # unreadable sample or file
        st.error(str(error))
        return
    for message in given.errors:
        st.error(message)
    heading = st.container()  # the title goes above the list of undated articles
    articles = given.articles + tuple(ui.date_undated(given.undated))
    if not articles:
        heading.title("timeline")
        if given.message:
            st.info(given.message)
        elif given.undated:
            st.info("Give the articles above a publication date to put them on a timeline.")
        return
    ui.reset_on_new_data(articles)

    lap("inputs")
    if given.store is not None:  # a corpus the CLI processed: read, not recomputed
        timeline, mentions = given.store.timeline, ui.StoredMentions(given.store)
        expression_count = mentions.total()
        if given.store.other_versions:
            st.info(f"{given.store.other_versions:,} stored article(s) come from another version of the "
                    "pipeline and are left out; run timeline extract on them again to refresh them.")
        if not given.store.cached:
            st.caption("This store keeps no merged timeline yet (a run still writing, or an older store): "
                       "merged here.")
        lap("store")
    else:
        timeline, mentions = analyse_articles(articles)
        if timeline is None:
            return
        expression_count = sum(map(len, mentions.values()))
        lap("analyse")
        if len(articles) > 1 and not timeline.empty:  # one row per happening, with its sources
            timeline = ui.merged(timeline, articles, ui.merge_key(articles))
            lap("merge")

    title = articles[0].title if len(articles) == 1 and articles[0].title else "timeline"
    heading.title(title)
    dates = sorted({a.published for a in articles})
    heading.caption(
        f"{len(articles):,} article(s) · published {ui.date_list(dates)} · "
        f"language {', '.join(sorted({a.language for a in articles}))} · "
        f"{expression_count:,} temporal expressions · {len(timeline):,} events"
    )
    if timeline.empty or not expression_count:
        st.warning(
            "No dates found in this text, so there is nothing to put on a timeline. "
            "Try another article, or check the language and the publication date in the sidebar."
        )
        st.subheader("Text")
        ui.text_view(articles, mentions, timeline, None)
        return

    st.sidebar.header("Chart")
    color_by = st.sidebar.radio(
        "Colour by", ("actor", "article"), key="color_by", horizontal=True, format_func=str.capitalize
    )
    chart_area = st.container()  # drawn after the table, so it shows this run's edits
    selected = st.session_state.get("selected_event") or None
    st.subheader("Events")
    shown, filtered = ui.table(timeline, selected, {a.article_id: a.title for a in articles})
    lap("table")
    with chart_area:
        if shown["start"].notna().any():
            ui.chart(shown, dates, color_by, selected)
        else:
            st.info("No dated events to draw with the current filters and edits.")
        selected = ui.select_event(shown)
    lap("chart")
    ui.downloads(shown, articles, filtered)
    lap("downloads")
    st.subheader("Text")
    ui.text_view(articles, mentions, shown, selected)
    lap("text")


def analyse_articles(articles) -> tuple[pd.DataFrame | None, dict]:
    """Each article through the pipeline (cached per text and date), with progress:
    the concatenated per-article timeline (None after an error) and the mentions."""
    frames, mentions = [], {}
    progress = st.progress(0.0) if len(articles) > 1 else None
    for done, article in enumerate(articles):
        if progress is not None:
            progress.progress(done / len(articles), text=f"Processing article {done + 1} of {len(articles)}…")
        for warning in article.warnings:
            st.warning(f"{article.source or article.article_id}: {warning}")
        try:
            df, found = ui.analyse(
                article.text, article.published, article.language, article.article_id, article.title
            )
        except TimelineError as error:  # e.g. the language's model is not installed
            st.error(f"{article.title or article.article_id}: {error}")
            return None, mentions
        frames.append(df)
        mentions[article.article_id] = found
    if progress is not None:
        progress.empty()
    return (pd.concat(frames, ignore_index=True) if frames else pd.DataFrame()), mentions


def _stopwatch() -> tuple[dict[str, float], callable]:
    """Seconds spent per stage of this run, kept in session state for benchmarks/bench_app.py."""
    timings: dict[str, float] = {}
    last = [time.perf_counter()]

    def lap(stage: str) -> None:
        now = time.perf_counter()
        timings[stage] = now - last[0]
        last[0] = now

    return timings, lap


_timings, _lap = _stopwatch()
try:
    main(_lap)
    st.session_state["_timings"] = _timings
except Exception:  # noqa: BLE001 - the page shows a message, the log keeps the traceback
    logging.getLogger("timeline.app").exception("dashboard failure")
    st.error(
        "Something went wrong while building this timeline. The details are in the "
        "server log; please report them with the article you used."
    )
