"""The verb reading both languages share (timeline/lang/tense.py): the walk from a time to
the verb that governs it, the tense of that verb's group (one ``Tense`` for English and
French) and the way the time points (``Direction``), which is more than the tense."""

from __future__ import annotations

import dataclasses

import pytest

from timeline import nlp
from timeline.events import tense as events_tense
from timeline.lang import tense as shared
from timeline.lang.en import tense as english
from timeline.lang.en.grammar import GRAMMAR as ENGLISH
from timeline.lang.fr import tense as french
from timeline.lang.fr.grammar import GRAMMAR as FRENCH
from timeline.types import Direction, Tense

# (language, sentence, time, governing verb, clause tense, direction, note)
CASES = [
    ("en", "The committee will meet on Monday.", "Monday", "meet", Tense.FUTURE, Direction.FUTURE,
     "the future auxiliary"),
    ("en", "The committee met on Monday.", "Monday", "met", Tense.PAST, Direction.PAST, "a past tag"),
    ("en", "The company has announced the deal on Monday.", "Monday", "announced", Tense.PERFECT, Direction.PAST,
     "present perfect: 'has' builds it"),
    ("en", "The company had announced the deal on Monday.", "Monday", "announced", Tense.PLUPERFECT, Direction.PAST,
     "'had': the perfect in the past"),
    ("en", "The company announces the deal on Monday.", "Monday", "announces", Tense.PRESENT, Direction.PRESENT,
     "a present tag"),
    ("en", "The deal was signed on Monday.", "Monday", "signed", Tense.PAST, Direction.PAST,
     "the passive's tense is its auxiliary's"),
    ("en", "He said he would resign on Monday.", "Monday", "resign", Tense.OTHER, Direction.FUTURE,
     "a modal is no plain tense, yet points ahead"),
    ("en", "The offer expires Friday.", "Friday", "expires", Tense.PRESENT, Direction.FUTURE,
     "the timetable present points ahead"),
    ("en", "Prices have risen since March.", "March", "risen", Tense.PERFECT, Direction.PAST, "'since' looks back"),
    ("fr", "Le comité se réunira lundi.", "lundi", "réunira", Tense.FUTURE, Direction.FUTURE,
     "a future ending on the infinitive, tagged present by the model"),
    ("fr", "Le comité s'est réuni lundi.", "lundi", "réuni", Tense.PERFECT, Direction.PAST, "passé composé"),
    ("fr", "Le comité avait voté lundi.", "lundi", "voté", Tense.PLUPERFECT, Direction.PAST, "plus-que-parfait"),
    ("fr", "Le comité votait lundi.", "lundi", "votait", Tense.PAST, Direction.PAST, "imparfait"),
    ("fr", "Il tira sur la foule mardi.", "mardi", "tira", Tense.PAST, Direction.PAST,
     "passé simple, tagged future by the model"),
    ("fr", "Il mènera la délégation mardi.", "mardi", "mènera", Tense.FUTURE, Direction.FUTURE,
     "future stem 'mèner' of 'mener'"),
    ("fr", "Il a dit qu'il viendrait mardi.", "mardi", "viendrait", Tense.OTHER, Direction.FUTURE,
     "conditional on the future stem, tagged imparfait by the model"),
    ("fr", "Il aurait été tué mardi.", "mardi", "tué", Tense.OTHER, Direction.PAST,
     "past conditional: no plain tense, yet reported facts"),
    ("fr", "Le sommet s'ouvre mardi.", "mardi", "ouvre", Tense.PRESENT, Direction.FUTURE, "timetable present"),
    ("fr", "Le texte sera voté mardi.", "mardi", "voté", Tense.OTHER, Direction.FUTURE,
     "the passive's future is on its auxiliary 'sera'"),
    ("fr", "À Noël, les magasins seront fermés.", "Noël", "fermés", Tense.OTHER, Direction.FUTURE,
     "a fronted time the parser left apart takes the sentence's verb"),
]

_GRAMMARS = {"en": ENGLISH, "fr": FRENCH}
_DIRECTIONS = {"en": english.direction_of, "fr": french.direction_of}


def test_cases_are_unique():
    assert len({(lang, text, time) for lang, text, time, *_ in CASES}) == len(CASES)


def _span(language: str, text: str, time: str):
    doc = nlp.load(language)(text)
    start = text.index(time)
    return doc, start, doc.char_span(start, start + len(time), alignment_mode="expand")


@pytest.mark.parametrize(("language", "text", "time", "verb", "tense", "direction", "note"), CASES)
def test_the_shared_walk_finds_the_verb_and_reads_its_tense(language, text, time, verb, tense, direction, note):
    doc, start, span = _span(language, text, time)
    found = shared.governing_verb(span, _GRAMMARS[language])
    assert found is not None and found.text == verb, note
    assert shared.clause_tense(found, _GRAMMARS[language]) is tense, note
    assert events_tense(found) is tense, note  # the events read the same Tense in both languages
    assert _DIRECTIONS[language](doc, start, start + len(time)) is direction, note


# (language, sentence, time, the verb the language's walk finds, what the other walk finds)
WALK_CHOICES = [
    ("en", "Coming Monday.", "Coming Monday", "Coming", None),  # English: the span's own verb, none above
    ("fr", "En 2019, la croissance a ralenti.", "En 2019", "a", None),  # French: the parse left the time apart
]


@pytest.mark.parametrize(("language", "text", "time", "verb", "other_walk"), WALK_CHOICES)
def test_where_the_climb_finds_no_verb_each_language_has_its_last_resort(language, text, time, verb, other_walk):
    _, _, span = _span(language, text, time)
    grammar = _GRAMMARS[language]
    assert shared.governing_verb(span, grammar).text == verb
    without = dataclasses.replace(grammar, span_verb_as_last_resort=False, fronted_time_takes_main_verb=False)
    assert shared.governing_verb(span, without) is other_walk


def test_a_tense_points_one_way():
    assert {t: shared.direction_of_tense(t) for t in Tense} == {
        Tense.FUTURE: Direction.FUTURE, Tense.PERFECT: Direction.PAST, Tense.PLUPERFECT: Direction.PAST,
        Tense.PAST: Direction.PAST, Tense.PRESENT: Direction.PRESENT, Tense.OTHER: Direction.UNKNOWN}


def test_path_up_lists_the_words_between_the_time_and_its_verb():
    _, _, span = _span("en", "They signed it under a June agreement.", "June")
    verb = shared.governing_verb(span, ENGLISH)
    assert verb.text == "signed"
    assert [t.text for t in shared.path_up(span.root, verb)] == ["agreement", "under"]
