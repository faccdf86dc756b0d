"""The temporal core: find temporal expressions in a text and resolve each one.

The stages are written once, in :mod:`timeline.temporal.pipeline`; the rules' flags and the
one dispatch to their handlers are in :mod:`timeline.temporal.registry`, the handlers in
:mod:`timeline.temporal.resolve`, the anchoring policy in :mod:`timeline.temporal.context`,
the vetoes in :mod:`timeline.temporal.vetoes`, the pair menders in
:mod:`timeline.temporal.menders`; the English tense in :mod:`timeline.lang.en.tense`.

The names below are imported on first use, so that :mod:`timeline.lexicon` can import the
registry without loading the pipeline that reads the lexicon.
"""

from __future__ import annotations

import importlib

_EXPORTS = {
    "CARRIED_HISTORY": "timeline.temporal.pipeline",
    "CHUNK_CHARS": "timeline.temporal.pipeline",
    "TaggedPiece": "timeline.temporal.pipeline",
    "chunk_bounds": "timeline.temporal.pipeline",
    "find_mentions": "timeline.temporal.pipeline",
    "tagged_pieces": "timeline.temporal.pipeline",
    "closes_period": "timeline.temporal.menders",
    "names_a_baseline": "timeline.temporal.candidates",
    "direction_of": "timeline.lang.en.tense",
    "firm_past": "timeline.lang.en.tense",
}
__all__ = sorted(_EXPORTS)


def __getattr__(name: str):
    if name not in _EXPORTS:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(_EXPORTS[name]), name)
    globals()[name] = value  # looked up once
    return value


def __dir__():
    return sorted({*globals(), *_EXPORTS})
