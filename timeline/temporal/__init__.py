"""The temporal core: find temporal expressions in a text and resolve each one.

The stages are written once, in :mod:`timeline.temporal.pipeline`; the vetoes are in
:mod:`timeline.temporal.vetoes`, the pair menders in :mod:`timeline.temporal.menders`, the
English tense in :mod:`timeline.lang.en.tense`.
"""

from timeline.lang.en.tense import direction_of, firm_past
from timeline.temporal.candidates import names_a_baseline
from timeline.temporal.menders import closes_period
from timeline.temporal.pipeline import (
    CARRIED_HISTORY,
    CHUNK_CHARS,
    TaggedPiece,
    chunk_bounds,
    find_mentions,
    tagged_pieces,
)

__all__ = [
    "CARRIED_HISTORY",
    "CHUNK_CHARS",
    "TaggedPiece",
    "chunk_bounds",
    "closes_period",
    "direction_of",
    "find_mentions",
    "firm_past",
    "names_a_baseline",
    "tagged_pieces",
]
