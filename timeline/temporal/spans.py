"""Span selection, one for every language: of overlapping spans the longest wins, then the
better ranked (the earlier rule); the kept spans come back in text order."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TypeVar

S = TypeVar("S")  # anything with ``start`` and ``end``


def longest_first(spans: Iterable[S], rank: Callable[[S], tuple]) -> list[S]:
    """Non-overlapping spans: the longest first, ties broken by ``rank`` (lower wins)."""
    spans = list(spans)
    kept: list[S] = []
    taken = bytearray(max((s.end for s in spans), default=0))
    for span in sorted(spans, key=lambda s: (s.start - s.end, *rank(s))):
        if not any(taken[span.start : span.end]):
            kept.append(span)
            taken[span.start : span.end] = b"\x01" * (span.end - span.start)
    return sorted(kept, key=lambda s: s.start)
