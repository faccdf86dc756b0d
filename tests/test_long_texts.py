"""Texts longer than the parser takes are tagged in pieces; offsets stay exact."""

import datetime as dt

import pytest

from timeline import find_mentions
from timeline.temporal import CHUNK_CHARS, chunk_bounds

PUBLISHED = dt.date(2020, 6, 11)


def test_chunks_cover_the_text_and_cut_after_newlines():
    text = ("line of text\n" * 50_000)
    bounds = chunk_bounds(text, size=1000)
    assert bounds[0][0] == 0 and bounds[-1][1] == len(text)
    assert all(a < b and b - a <= 1000 for a, b in bounds)
    assert all(prev_end == start for (_, prev_end), (start, _) in zip(bounds, bounds[1:]))
    assert all(text[b - 1] == "\n" for _, b in bounds[:-1])


@pytest.mark.slow
def test_long_texts_are_tagged_in_pieces_with_exact_offsets():
    sentence = "IBM said on Monday that sales rose. "
    text = sentence * (CHUNK_CHARS // len(sentence) + 50)
    mentions = find_mentions(text, published=PUBLISHED)
    assert len(mentions) == text.count("Monday")
    assert all(text[m.start : m.end] == "Monday" and m.value == "2020-06-08" for m in mentions)
