"""Dashboard responsiveness: first paint of the seed and a publication-date redraw.

    .venv/bin/python benchmarks/bench_app.py            # server side (AppTest)
    .venv/bin/python benchmarks/bench_app.py --browser  # also end to end in Chromium

Server side, with streamlit.testing's AppTest in this process, after the
models are loaded (spaCy's and py3langid's; their load times are printed apart):
  * first paint: the first script run on the seed, caches empty (parse,
    resolution, events, chart, table, text view);
  * date change: a script run after changing the publication date to a date
    not seen before (the parse is cached; resolution and everything after re-run).
End to end (--browser): `streamlit run` + headless Chromium; after a warm-up
visit that loads the model, a new page's time to the first chart marker, and
the time from the date field losing focus (it commits then) to the
chart's publication-date label showing the new date.
Targets (issue 5): first paint < 3 s, date change < 0.3 s. Prints figures only.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import socket
import statistics
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
APP = ROOT / "app.py"
DATES = [dt.date(2019, 3, 1) + dt.timedelta(days=37 * i) for i in range(8)]


def server_side() -> None:
    import logging

    logging.getLogger("streamlit").setLevel(logging.ERROR)
    from streamlit.testing.v1 import AppTest

    from timeline import nlp

    start = time.perf_counter()
    nlp.load("en")
    print(f"spaCy model load (once per process):      {time.perf_counter() - start:6.2f} s")
    # timeline.events checks untranslated lines with py3langid's default model.
    import py3langid

    start = time.perf_counter()
    py3langid.classify("warm up")
    print(f"py3langid model load (once per process):  {time.perf_counter() - start:6.2f} s")

    at = AppTest.from_file(str(APP), default_timeout=120)
    start = time.perf_counter()
    at.run()
    first = time.perf_counter() - start
    assert not at.exception, at.exception
    print(f"first paint of the seed (AppTest run):     {first:6.2f} s   target < 3 s")
    print(f"  of which app stages: {_stages(at)}")

    times, stages = [], []
    for day in DATES:
        at.date_input(key="published").set_value(day)
        start = time.perf_counter()
        at.run()
        times.append(time.perf_counter() - start)
        assert not at.exception, at.exception
        stages.append(_stages(at))
    print(
        f"date change, new date (AppTest run, n={len(times)}): median {statistics.median(times):.3f} s, "
        f"max {max(times):.3f} s   target < 0.3 s"
    )
    print(f"  of which app stages (median run): {sorted(stages, key=lambda s: float(s.split()[-2]))[len(stages) // 2]}")


def _stages(at) -> str:
    """The app's own timings of the last run (app.py records them per stage)."""
    timings = at.session_state["_timings"]
    parts = " ".join(f"{stage} {seconds * 1000:.0f}" for stage, seconds in timings.items())
    return f"{parts} ms; total {sum(timings.values()):.3f} s"


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def browser() -> None:
    from playwright.sync_api import sync_playwright

    port = _free_port()
    url = f"http://127.0.0.1:{port}"
    process = subprocess.Popen(
        [sys.executable, "-m", "streamlit", "run", str(APP), "--server.headless", "true",
         "--server.port", str(port), "--server.address", "127.0.0.1"],
        cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )  # fmt: skip
    markers = ".js-plotly-plot .cartesianlayer .scatterlayer .point"
    try:
        for _ in range(300):
            try:
                urllib.request.urlopen(f"{url}/_stcore/health", timeout=2)
                break
            except OSError:
                time.sleep(0.2)
        with sync_playwright() as playwright:
            chromium = playwright.chromium.launch(
                executable_path="/usr/bin/chromium",
                args=["--no-sandbox", "--disable-gpu", "--disable-background-networking"],
            )
            page = chromium.new_page(viewport={"width": 1400, "height": 1200})
            start = time.perf_counter()
            page.goto(url)
            page.wait_for_selector(markers, timeout=120_000)
            print(f"browser, cold server (imports + model):    {time.perf_counter() - start:6.2f} s")
            page.close()

            page = chromium.new_page(viewport={"width": 1400, "height": 1200})
            start = time.perf_counter()
            page.goto(url)
            page.wait_for_selector(markers, timeout=60_000)
            print(f"browser, first paint of the seed (warm):   {time.perf_counter() - start:6.2f} s   target < 3 s")

            # The date field is a react-aria DateField: one spin button per part.
            year = page.get_by_role("spinbutton", name="year, Publication date")
            title = page.locator("h1").first
            times = []
            for day in [dt.date(y, 6, 11) for y in (2019, 2018, 2017, 2016, 2015)]:
                label = f"published {day.isoformat()}"
                year.click()
                year.type(str(day.year))
                start = time.perf_counter()
                title.click()  # the field sends its value when it loses focus
                page.locator(".js-plotly-plot .annotation-text", has_text=label).wait_for(timeout=30_000)
                times.append(time.perf_counter() - start)
            print(
                f"browser, date change to chart redrawn (n={len(times)}): median "
                f"{statistics.median(times):.3f} s, max {max(times):.3f} s   target < 0.3 s"
            )
            chromium.close()
    finally:
        process.terminate()
        process.wait(timeout=15)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--browser", action="store_true", help="also measure end to end in Chromium")
    args = parser.parse_args()
    os.chdir(ROOT)  # .streamlit/config.toml applies
    server_side()
    if args.browser:
        browser()


if __name__ == "__main__":
    main()
