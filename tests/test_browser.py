"""End to end: `streamlit run app.py` in a subprocess, driven by headless Chromium (Playwright).

Checks what only a browser shows: the Plotly chart is drawn (event markers,
bars, the dashed publication-date line) and pasted markup stays inert text.
It saves a screenshot of the seed; with ``TIMELINE_SCREENSHOT=1`` it writes it
to docs/screenshot.png (the README's picture), otherwise to pytest's tmp dir,
so that a plain test run leaves the working tree clean (PNG bytes differ
from run to run).
Skipped, with the reason, only when Chromium or Playwright is missing
(``.ci/run`` installs Debian's chromium).
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM = Path("/usr/bin/chromium")
SCREENSHOT = ROOT / "docs" / "screenshot.png"
XSS = '<script>window.__xss=1</script><img src=x onerror="window.__xss=1">'
MAIN_MARKERS = ".js-plotly-plot .cartesianlayer .scatterlayer .point"  # not the range slider's copy
MAIN_BARS = ".js-plotly-plot .cartesianlayer .barlayer .point"
STARTUP_SECONDS = 90  # cold start: imports + loading the spaCy model

pytestmark = pytest.mark.browser


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _python() -> str:
    venv = ROOT / ".venv" / "bin" / "python"
    return str(venv) if venv.exists() else sys.executable


@pytest.fixture(scope="module")
def app_url():
    """A headless `streamlit run app.py` on a free port; always stopped afterwards."""
    if not CHROMIUM.exists():
        pytest.skip(f"{CHROMIUM} not found: install Debian's chromium (apt-get install chromium), as .ci/run does")
    pytest.importorskip("playwright.sync_api", reason="playwright is not installed (pip install -e '.[dev]')")
    port = _free_port()
    log = tempfile.NamedTemporaryFile("w+", prefix="streamlit-", suffix=".log", delete=False)
    process = subprocess.Popen(
        [_python(), "-m", "streamlit", "run", "app.py", "--server.headless", "true",
         "--server.port", str(port), "--server.address", "127.0.0.1", "--browser.gatherUsageStats", "false"],
        cwd=ROOT, stdout=log, stderr=subprocess.STDOUT, env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )  # fmt: skip
    try:
        url = f"http://127.0.0.1:{port}"
        deadline = time.monotonic() + STARTUP_SECONDS
        while True:
            try:
                with urllib.request.urlopen(f"{url}/_stcore/health", timeout=2) as response:
                    if response.status == 200:
                        break
            except OSError:
                pass
            if process.poll() is not None or time.monotonic() > deadline:
                log.seek(0)
                pytest.fail(f"streamlit did not start (exit {process.poll()}):\n{log.read()[-3000:]}")
            time.sleep(0.3)
        yield url
    finally:
        process.terminate()
        try:
            process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=5)
        log.close()
        os.unlink(log.name)


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(
            executable_path=str(CHROMIUM),
            args=["--no-sandbox", "--disable-gpu", "--disable-background-networking"],
        )
        try:
            yield chromium
        finally:
            chromium.close()


@pytest.fixture
def page(browser, app_url):
    context = browser.new_context(viewport={"width": 1400, "height": 1700})
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.goto(app_url)
    page.wait_for_selector(MAIN_MARKERS, timeout=STARTUP_SECONDS * 1000)
    page.errors = errors
    try:
        yield page
    finally:
        context.close()


def test_seed_chart_is_drawn_with_markers_bars_and_publication_line(page, tmp_path):
    assert page.locator(MAIN_MARKERS).count() >= 3
    assert page.locator(MAIN_BARS).count() >= 1, "coarse events (a month, two years) are bars"
    dashed = page.locator(".js-plotly-plot .shapelayer path").evaluate_all(
        "paths => paths.map(p => p.style.strokeDasharray || p.getAttribute('stroke-dasharray') || '')"
    )
    assert any(d and d != "none" for d in dashed), f"no dashed publication line: {dashed}"
    assert page.locator(".js-plotly-plot .annotation-text", has_text="published 2020-06-11").count() == 1
    page.locator(".tl-text mark").first.wait_for()
    page.wait_for_timeout(500)  # let fonts and the table settle before the picture
    target = SCREENSHOT if os.environ.get("TIMELINE_SCREENSHOT") == "1" else tmp_path / "screenshot.png"
    target.parent.mkdir(exist_ok=True)
    page.screenshot(path=str(target), full_page=True)
    assert target.stat().st_size > 10_000


def test_clicking_a_marker_selects_its_event(page):
    page.wait_for_timeout(1000)  # Plotly binds its click handlers after drawing
    page.locator(MAIN_MARKERS).first.click(force=True)
    page.locator(".tl-text .tl-selected").first.wait_for(timeout=30_000)
    chosen = page.locator('[data-testid="stSelectbox"]', has_text="Selected event").inner_text()
    assert "none" not in chosen.split("\n")[-1], chosen


def test_pasted_script_is_shown_as_text_and_not_run(page):
    page.get_by_text("Paste text", exact=True).click()
    box = page.get_by_label("Article text")
    box.fill(XSS)
    box.press("Control+Enter")
    shown = page.locator(".tl-text", has_text="<script>window.__xss=1</script>")
    shown.wait_for(timeout=30_000)
    assert '<img src=x onerror="window.__xss=1">' in shown.inner_text()
    assert page.get_by_text("No dates found").count() >= 1
    page.wait_for_timeout(500)
    assert page.evaluate("() => window.__xss") is None, "pasted script ran"
    assert page.locator('img[src="x"]').count() == 0, "pasted <img> became an element"
    assert not page.errors, page.errors


CORPUS = ROOT / "tests" / "data" / "police-corpus.jsonl"
CORPUS_SCREENSHOT = ROOT / "docs" / "screenshot-corpus.png"


def test_an_uploaded_corpus_is_drawn_with_its_articles(page, tmp_path):
    page.get_by_text("Upload files", exact=True).click()
    page.locator('[data-testid="stFileUploaderDropzoneInput"]').set_input_files(str(CORPUS))
    caption = page.get_by_text("6 article(s)")
    caption.wait_for(timeout=STARTUP_SECONDS * 1000)
    page.locator(MAIN_MARKERS).first.wait_for(timeout=60_000)
    assert page.locator(MAIN_MARKERS).count() >= 6
    page.wait_for_timeout(500)
    target = CORPUS_SCREENSHOT if os.environ.get("TIMELINE_SCREENSHOT") == "1" else tmp_path / "corpus.png"
    page.screenshot(path=str(target), full_page=True)
    assert target.stat().st_size > 10_000
    assert not page.errors, page.errors
