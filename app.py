"""The timeline dashboard: ``make app`` (``streamlit run app.py``).

Opens on the bundled seed article with its publication date. This file only
takes inputs, calls the pipeline and renders; the work is in ``timeline/``
(``timeline/ui.py`` holds the Streamlit pieces, ``timeline/chart.py`` the figure).
"""

from __future__ import annotations

import logging

import pandas as pd
import streamlit as st

from timeline import ui
from timeline.errors import TimelineError

st.set_page_config(page_title="timeline", page_icon="🗓️", layout="wide")


def main() -> None:
    try:
        given = ui.inputs()
    except TimelineError as error:  # unreadable sample or file
        st.error(str(error))
        return
    for message in given.errors:
        st.error(message)
    if not given.articles:
        st.title("timeline")
        if given.message:
            st.info(given.message)
        return
    articles = given.articles
    ui.reset_on_new_data(articles)

    frames, mentions = [], {}
    for article in articles:
        for warning in article.warnings:
            st.warning(f"{article.source or article.article_id}: {warning}")
        df, found = ui.analyse(article.text, article.published, article.language, article.article_id, article.title)
        frames.append(df)
        mentions[article.article_id] = found
    timeline = pd.concat(frames, ignore_index=True) if frames else pd.DataFrame()

    title = articles[0].title if len(articles) == 1 and articles[0].title else "timeline"
    st.title(title)
    dates = sorted({a.published for a in articles})
    st.caption(
        f"{len(articles)} article(s) · published {', '.join(d.isoformat() for d in dates)} · "
        f"language {', '.join(sorted({a.language for a in articles}))} · "
        f"{sum(map(len, mentions.values()))} temporal expressions · {len(timeline)} events"
    )
    if timeline.empty or not any(mentions.values()):
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
    shown = ui.table(timeline, selected)
    with chart_area:
        if shown["start"].notna().any():
            ui.chart(shown, dates, color_by, selected)
        else:
            st.info("No dated events to draw with the current filters and edits.")
        selected = ui.select_event(shown)
    ui.downloads(shown, articles)
    st.subheader("Text")
    ui.text_view(articles, mentions, shown, selected)


try:
    main()
except Exception:  # noqa: BLE001 - the page shows a message, the log keeps the traceback
    logging.getLogger("timeline.app").exception("dashboard failure")
    st.error(
        "Something went wrong while building this timeline. The details are in the "
        "server log; please report them with the article you used."
    )
