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

# Bound here, not lazily: ``resolve`` is also a submodule's name, and the import of
# that submodule must not leave the module where the function is expected.
from timeline.resolve import resolve
from timeline.temporal import find_mentions
from timeline.types import Anchor, Article, Direction, Event, Mention, Timex

if TYPE_CHECKING:
    from timeline.order import extract_timeline

# Imported on first use (PEP 562): a worker process or a CLI command that never
# builds a DataFrame does not pay for pandas (~0.4 s per process).
_LAZY = {"extract_timeline": "timeline.order"}


def __getattr__(name: str):
    if name not in _LAZY:
        raise AttributeError(f"module 'timeline' has no attribute {name!r}")
    value = getattr(importlib.import_module(_LAZY[name]), name)
    globals()[name] = value  # once: later lookups find it without this hook
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})


__all__ = [
    "Anchor", "Article", "Direction", "Event", "Mention", "Timex", "extract_timeline",
    "find_mentions", "resolve",
]
