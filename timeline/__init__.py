"""timeline: turn news articles into ordered, explorable event timelines.

Public surface::

    from timeline import find_mentions
    mentions = find_mentions(text, published=datetime.date(2020, 6, 11))
"""

from timeline.order import extract_timeline
from timeline.temporal import find_mentions
from timeline.types import Anchor, Article, Direction, Event, Mention, Timex

__all__ = [
    "Anchor", "Article", "Direction", "Event", "Mention", "Timex", "extract_timeline",
    "find_mentions",
]
