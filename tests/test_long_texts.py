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


def test_pieces_are_cut_at_paragraph_ends_first():
    text = ("A first sentence. A second one.\n" * 3 + "\n") * 40
    bounds = chunk_bounds(text, size=500)
    assert all(text[a:b].endswith("\n\n") for a, b in bounds[:-1])
    assert "".join(text[a:b] for a, b in bounds) == text


def test_a_text_without_line_breaks_is_cut_at_sentence_ends():
    text = "Sales rose on Monday. " * 200
    bounds = chunk_bounds(text, size=300)
    assert len(bounds) > 1 and all(text[a:b].endswith(". ") for a, b in bounds[:-1])


# A story told over several paragraphs, with anaphora ("the next day") and pronouns.
STORY = (
    "John Smith, the chief executive of Acme Corp, said on Monday that the company would cut 200 jobs.\n\n"
    "The next day, he told reporters that the plan had been approved in March.\n\n"
    "Shares of Acme fell 3% on Wednesday after the announcement, the company said.\n\n"
)


def _pieces_mentions(text, size):
    from timeline.temporal import tagged_pieces

    return [m for piece in tagged_pieces(text, PUBLISHED, "en", size=size) for m in piece.mentions]


def test_anaphora_reaches_across_a_cut():
    text = STORY
    cut = text.index("The next day")
    # a piece size that puts "on Monday" and "The next day" in different pieces
    bounds = chunk_bounds(text, size=cut + 5)
    assert bounds[0][1] == cut
    mentions = _pieces_mentions(text, cut + 5)
    next_day = next(m for m in mentions if m.text == "The next day")
    assert next_day.timex.value == "2020-06-09"  # the day after Monday, June 8


def test_pieces_path_equals_whole_path_with_exact_offsets():
    text = STORY * 6
    whole = find_mentions(text, published=PUBLISHED)
    pieces = _pieces_mentions(text, 400)
    assert len(chunk_bounds(text, 400)) >= 4
    assert all(text[m.start : m.end] == m.text for m in pieces)
    assert [(m.start, m.end, m.text, m.timex.value, m.sentence_start, m.sentence_end) for m in pieces] == [
        (m.start, m.end, m.text, m.timex.value, m.sentence_start, m.sentence_end) for m in whole]


def test_events_in_pieces_equal_those_of_the_whole_text(monkeypatch):
    from timeline import events as ev
    from timeline.events import pipeline  # the module whose CHUNK_CHARS and tagged_pieces extract_events reads
    from timeline.types import Article

    text = STORY * 6
    article = Article(text=text, published=PUBLISHED, article_id="long")
    whole = ev.extract_events(article)
    monkeypatch.setattr(pipeline, "CHUNK_CHARS", 400)
    monkeypatch.setattr(pipeline, "tagged_pieces", lambda t, p, lang: _tagged(t, p, lang, 400))
    pieces = ev.extract_events(article)
    # The same events and readings; only the readings' probabilities (and so the confidence)
    # are the piece's: the model also reads where a mention lies in its document.
    assert [_without_probabilities(e) for e in pieces] == [_without_probabilities(e) for e in whole]
    assert any(e.timex is not None and e.timex.alternative is not None for e in pieces)
    assert all(text[e.char_start : e.char_end] == e.trigger for e in pieces)
    assert all(text[e.expression_start : e.expression_end] == e.expression for e in pieces if e.expression)
    assert {e.actor for e in pieces if e.trigger == "told"} == {"John Smith"}  # "he" across a cut


def _without_probabilities(event):
    from dataclasses import replace

    timex = event.timex
    if timex is not None:
        alternative = timex.alternative and replace(timex.alternative, probability=0.0)
        timex = replace(timex, probability=1.0, alternative=alternative)
    return replace(event, confidence=0.0, timex=timex)


def _tagged(text, published, lang, size):
    from timeline.temporal import tagged_pieces

    return tagged_pieces(text, published, lang, size=size)


def test_extract_takes_a_text_longer_than_the_parser_limit(monkeypatch):
    from timeline import events as ev
    from timeline import nlp
    from timeline.events import pipeline  # the module whose CHUNK_CHARS and tagged_pieces extract_events reads
    from timeline.types import Article

    monkeypatch.setattr(nlp.load("en"), "max_length", 1000)  # as if the text were over 1,000,000
    monkeypatch.setattr(pipeline, "CHUNK_CHARS", 400)
    monkeypatch.setattr(pipeline, "tagged_pieces", lambda t, p, lang: _tagged(t, p, lang, 400))
    events = ev.extract_events(Article(text=STORY * 4, published=PUBLISHED, article_id="long"))
    assert len(events) >= 12
