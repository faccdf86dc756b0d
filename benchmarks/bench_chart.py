"""Chart build time for 100 / 5,000 / 50,000 events (timeline.chart).

    .venv/bin/python benchmarks/bench_chart.py                 # 100, 5000, 50000
    .venv/bin/python benchmarks/bench_chart.py --sizes 100 5000
    .venv/bin/python benchmarks/bench_chart.py --html /tmp/corpus.html --sizes 5000 --seed-html /tmp/seed.html

(``--html``/``--seed-html``: the figures as pages, to look at or screenshot with
``chromium --headless --screenshot=x.png --window-size=1400,900 file:///tmp/seed.html``.)

Rows are realistic: the seed article's table (extracted once, not timed)
replicated with shifted dates (articles spread over 18 months, a few busy
weeks), actors drawn from a Zipf-like list of 60 names, and the merge columns
(``n_sources``, ``date_conflict`` ...) on some rows. Prints, per size, the
median of 3 runs of ``build_figure`` and ``build_overview``, and the size of
the figure's JSON (what Streamlit sends to the browser). Prints figures only.
"""

from __future__ import annotations

import argparse
import datetime as dt
import statistics
import time
from pathlib import Path

import numpy as np
import pandas as pd

from timeline import chart

SEED = Path(__file__).resolve().parent.parent / "seeds" / "microsoft-facial-recognition-police.txt"
PUBLISHED = dt.date(2020, 6, 11)


def seed_table() -> pd.DataFrame:
    from timeline.cli import read_dated_article
    from timeline.order import extract_timeline

    return extract_timeline([read_dated_article(str(SEED), published=PUBLISHED, language=None)])


def synthetic_corpus(seed: pd.DataFrame, n: int, *, random_state: int = 0) -> tuple[pd.DataFrame, list[dt.date]]:
    """About ``n`` events: copies of ``seed`` as articles published on shifted dates."""
    rng = np.random.default_rng(random_state)
    copies = max(1, round(n / len(seed)))
    # Publication days: spread over 18 months, a third of them in three busy weeks.
    busy = rng.choice([60, 200, 420], size=copies) + rng.integers(0, 7, size=copies)
    spread = rng.integers(0, 540, size=copies)
    offsets = np.where(rng.random(copies) < 0.35, busy, spread)
    actors = [f"Actor {i:02d}" for i in range(60)]
    weights = 1 / np.arange(1, 61)
    weights /= weights.sum()
    frames, published = [], []
    for i, offset in enumerate(offsets):
        shift = dt.timedelta(days=int(offset) - 540)
        part = seed.copy()
        part["article_id"] = f"article-{i:05d}"
        part["event_id"] = [f"article-{i:05d}-e{k}" for k in range(len(part))]
        part["start"] = [d + shift if d else None for d in part["start"]]
        part["end"] = [d + shift if d else None for d in part["end"]]
        renamed = dict(zip(sorted(set(seed["actor"])), rng.choice(actors, size=seed["actor"].nunique(), p=weights)))
        part["actor"] = [renamed.get(a, a) for a in part["actor"]]
        frames.append(part)
        published.append(PUBLISHED + shift)
    df = pd.concat(frames, ignore_index=True).head(n)
    merged = rng.random(len(df)) < 0.2
    df["n_sources"] = np.where(merged, rng.integers(2, 6, size=len(df)), 1)
    df["sources"] = [f"{n} articles" if n > 1 else "" for n in df["n_sources"]]
    df["date_conflict"] = [("2020-06-10 vs 2020-06-11" if c else None) for c in rng.random(len(df)) < 0.03]
    return df, sorted(set(published))


def _median_seconds(function, runs: int = 3) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        function()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[100, 5000, 50000])
    parser.add_argument("--html", help="write the overview and figure of the last size to this HTML file")
    parser.add_argument("--seed-html", help="write the seed article's figure to this HTML file")
    args = parser.parse_args()
    seed = seed_table()
    print(f"seed table: {len(seed)} events")
    if args.seed_html:
        _page(chart.build_figure(seed, published=PUBLISHED), args.seed_html)
    for n in args.sizes:
        df, published = synthetic_corpus(seed, n)
        figure = chart.build_figure(df, published=published)
        overview = chart.build_overview(df, published=published)
        build = _median_seconds(lambda: chart.build_figure(df, published=published))
        build_overview = _median_seconds(lambda: chart.build_overview(df, published=published))
        json_mb = len(figure.to_json()) / 2**20
        print(
            f"{len(df):>6} events: build_figure {build * 1000:7.0f} ms ({len(figure.data)} traces, "
            f"{sum(1 for a in figure.layout.annotations if a.name == chart.LABEL_NAME)} labels, JSON {json_mb:.1f} MiB)"
            f" · build_overview {build_overview * 1000:5.0f} ms ({len(overview.data)} traces)"
        )
        if args.html and n == args.sizes[-1]:
            _page([overview, figure], args.html)


def _page(figures, path: str) -> None:
    """The figures one above the other in one self-contained HTML page."""
    figures = figures if isinstance(figures, list) else [figures]
    parts = []
    for n, figure in enumerate(figures):
        # plotly_white stands in for the Streamlit theme st.plotly_chart applies.
        figure.update_layout(template="plotly_white", width=1380)
        parts.append(figure.to_html(full_html=False, include_plotlyjs=n == 0))
    Path(path).write_text("<html><body style='margin:0'>" + "".join(parts) + "</body></html>", encoding="utf-8")


if __name__ == "__main__":
    main()
