"""Shared fixtures. Reference dates are fixed and named after themselves, never today."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

SEED_DIR = Path(__file__).resolve().parent.parent / "seeds"


@pytest.fixture(scope="session")
def published_2020_06_11() -> dt.date:
    """The seed article's publication date (a Thursday, ISO week 2020-W24)."""
    return dt.date(2020, 6, 11)


@pytest.fixture(scope="session")
def published_2021_01_05() -> dt.date:
    """Early January: year-boundary cases ("in December" means 2020-12)."""
    return dt.date(2021, 1, 5)


@pytest.fixture(scope="session")
def nlp_en():
    """The English spaCy pipeline, loaded once per test session."""
    from timeline import nlp

    return nlp.load("en")


@pytest.fixture(scope="session")
def seed_text() -> str:
    return (SEED_DIR / "microsoft-facial-recognition-police.txt").read_text(encoding="utf-8")
