"""timeline: turn news articles into ordered, explorable event timelines.

Public surface::

    import datetime
    from timeline import extract_timeline, find_mentions, resolve

    find_mentions("IBM announced on Monday ...", published=datetime.date(2020, 6, 11))
    resolve("in January", reference=datetime.date(2020, 6, 11)).value   # '2020-01'
    extract_timeline([article])                                          # pandas DataFrame
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from timeline.order import extract_timeline
    from timeline.resolve import resolve
    from timeline.temporal import find_mentions
    from timeline.types import Anchor, Article, Direction, Event, Mention, Timex

# Imported on first use (PEP 562): a worker process or a CLI command that never
# builds a DataFrame does not pay for pandas (~0.4 s per process).
_WHERE = {
    "extract_timeline": "timeline.order", "resolve": "timeline.resolve", "find_mentions": "timeline.temporal",
    **{name: "timeline.types" for name in ("Anchor", "Article", "Direction", "Event", "Mention", "Timex")},
}


def __getattr__(name: str):
    if name not in _WHERE:
        raise AttributeError(f"module 'timeline' has no attribute {name!r}")
    value = getattr(importlib.import_module(_WHERE[name]), name)
    globals()[name] = value  # once: later lookups find it without this hook
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})


__all__ = [
    "Anchor", "Article", "Direction", "Event", "Mention", "Timex", "extract_timeline",
    "find_mentions", "resolve",
]
