"""timeline: turn news articles into ordered, explorable event timelines.

Public surface::

    import datetime
    from timeline import extract_timeline, find_mentions, resolve

    find_mentions("IBM announced on Monday ...", published=datetime.date(2020, 6, 11))
    resolve("in January", reference=datetime.date(2020, 6, 11)).value   # '2020-01'
    extract_timeline([article])                                          # pandas DataFrame
"""

from timeline.order import extract_timeline
from timeline.resolve import resolve
from timeline.temporal import find_mentions
from timeline.types import Anchor, Article, Direction, Event, Mention, Timex

__all__ = [
    "Anchor", "Article", "Direction", "Event", "Mention", "Timex", "extract_timeline",
    "find_mentions", "resolve",
]
