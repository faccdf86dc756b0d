"""Stage 1, units: sentences, also cut at paragraph breaks (titles and paragraphs
the parser glued together stay apart).
"""

from __future__ import annotations

import bisect


def sentence_units(doc) -> list[tuple[int, int]]:
    """Token ranges of sentences, also cut where the text has a blank line.

    The parser often runs a title, a subtitle and the first paragraph into one
    sentence; a blank line always ends a unit. A single newline does not: hard-
    wrapped text breaks lines inside sentences.
    """
    units = []
    for sent in doc.sents:
        start = sent.start
        for token in sent:
            if token.is_space and token.text.count("\n") >= 2:
                if token.i > start:
                    units.append((start, token.i))
                start = token.i + 1
        if sent.end > start:
            units.append((start, sent.end))
    return [(s, e) for s, e in units if any(not t.is_space and not t.is_punct for t in doc[s:e])]


def _unit_of(units, i) -> tuple[int, int]:
    n = bisect.bisect_right(units, (i, float("inf"))) - 1  # units are sorted by start
    if n >= 0 and units[n][0] <= i < units[n][1]:
        return units[n]
    return i, i + 1
