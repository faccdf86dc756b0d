"""A small mixed corpus for the engine and store tests: the seed articles' paragraphs
(English and French) as separate articles, on two publication dates."""

from __future__ import annotations

import contextlib
import datetime as dt
import io
from pathlib import Path

from timeline.types import Article

SEED_DIR = Path(__file__).resolve().parent.parent / "seeds"
DATES = (dt.date(2020, 6, 11), dt.date(2021, 1, 5))


def small_corpus() -> list[Article]:
    """About 20 distinct articles, languages interleaved so that batches mix them."""
    english = _paragraphs("microsoft-facial-recognition-police.txt")
    french = _paragraphs("microsoft-reconnaissance-faciale-police-fr.txt")
    articles = []
    for n, text in enumerate(english):
        articles.append(Article(text, DATES[n % 2], "en", article_id=f"en-{n}"))
        if n < len(french):
            articles.append(Article(french[n], DATES[n % 2], "fr", article_id=f"fr-{n}"))
    return articles


def _paragraphs(name: str) -> list[str]:
    text = (SEED_DIR / name).read_text(encoding="utf-8")
    return [p.strip() for p in text.split("\n\n") if len(p.split()) >= 6]


def write_texts(articles: list[Article], directory: Path) -> list[str]:
    """Each article's text in ``<directory>/<id>.txt``: the paths, for the CLI."""
    paths = []
    for article in articles:
        path = directory / f"{article.article_id}.txt"
        path.write_text(article.text, encoding="utf-8")
        paths.append(str(path))
    return paths


def run_cli(*argv) -> tuple[int, str, str]:
    """``timeline ARGV...`` in this process: (exit status, stdout, stderr)."""
    from timeline.cli import main

    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main(list(argv))
    return code, out.getvalue(), err.getvalue()
