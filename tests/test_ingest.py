"""timeline.ingest: files and uploads -> Article; language detection."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from timeline import ingest
from timeline.errors import InputError, UnsupportedLanguageError

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
SEED = SEEDS / "microsoft-facial-recognition-police.txt"

LANGUAGE_CASES = [
    ("Microsoft will deny U.S. law enforcement access to its facial recognition technology.", "en", "news"),
    ("Microsoft refuse la reconnaissance faciale à la police américaine depuis mercredi.", "fr", "news"),
    ("hello", "en", "too short to refuse: likeliest supported language"),
    ("<script>window.__xss=1</script>", "en", "markup: no language, not refused"),
]
assert len({case[0] for case in LANGUAGE_CASES}) == len(LANGUAGE_CASES)


@pytest.mark.parametrize(("text", "expected", "note"), LANGUAGE_CASES)
def test_detect_language(text, expected, note):
    assert ingest.detect_language(text) == expected, note


def test_detect_language_refuses_a_clearly_unsupported_language():
    with pytest.raises(UnsupportedLanguageError, match=r"German \(de\).*English \(en\)"):
        ingest.detect_language("Die Bundesregierung hat gestern beschlossen, das Gesetz im Mai zu ändern.")


def test_likeliest_language_names_any_language_with_the_one_model():
    assert ingest.likeliest_language("Die Bundesregierung hat gestern beschlossen, das Gesetz zu ändern.") == "de"
    assert ingest.likeliest_language("The ministry said on Monday that the law would change.") == "en"
    # the undated-event check and detect_language load the model once per process
    assert ingest._language_identifier() is ingest._language_identifier()


def test_detect_language_on_the_seed():
    assert ingest.detect_language(SEED.read_text(encoding="utf-8")) == "en"


def test_read_article_keeps_its_behaviour_on_the_seed():
    article = ingest.read_article(SEED)
    assert article.published == dt.date(2020, 6, 11)
    assert article.language == "en" and article.article_id == SEED.stem
    assert article.title.startswith("Microsoft")


def test_split_front_matter():
    meta, body = ingest.split_front_matter('---\ntitle: "A title"\ndate: 2020-06-11\n---\nBody text.\n')
    assert meta == {"title": "A title", "date": "2020-06-11"} and body == "Body text.\n"
    assert ingest.split_front_matter("No front matter.") == ({}, "No front matter.")


def test_markdown_upload_takes_its_metadata_from_front_matter():
    data = b"---\ntitle: Police\npublished: 2020-06-11\nlang: fr\n---\n# Heading\n\nOn Monday, nothing.\n"
    article = ingest.article_from_upload(data, name="story.md")
    assert article.published == dt.date(2020, 6, 11)
    assert (article.title, article.language, article.article_id) == ("Police", "fr", "story")
    assert article.text.startswith("# Heading")


def test_html_upload_takes_its_date_from_meta_tags():
    page = (
        b'<html><head><title>Police news</title>'
        b'<meta property="article:published_time" content="2020-06-11T09:00:00Z"></head>'
        b"<body><article><p>Microsoft said on Wednesday that it would not sell its facial recognition "
        b"technology to police departments until there is a federal law.</p></article></body></html>"
    )
    article = ingest.article_from_upload(page, name="page.html")
    assert article.published == dt.date(2020, 6, 11)
    assert "Wednesday" in article.text and "<p>" not in article.text


def test_uploads_with_a_json_sidecar_unique_ids_and_per_file_errors():
    files = [
        ("a.txt", b"First text on Monday."),
        ("a.json", b'{"published": "2019-01-02", "title": "First"}'),
        ("sub/a.txt", b"Same stem, other text."),
        ("broken.txt", b"\x00\x01\x02binary"),
        ("empty.md", b"   "),
        ("table.xlsx", b"PK\x03\x04"),
    ]
    articles, errors = ingest.articles_from_uploads(files)
    # Ids are stable: the second "a" is told apart by its content, not by its place.
    from timeline.corpus import content_hash

    assert [a.article_id for a in articles] == ["a", f"a-{content_hash('Same stem, other text.')[:8]}"]
    assert articles[0].published == dt.date(2019, 1, 2) and articles[0].title == "First"
    assert len(errors) == 3
    assert any("broken.txt" in e and "binary" in e for e in errors)
    assert any("empty.md" in e and "empty" in e for e in errors)
    assert any("table.xlsx" in e and "unsupported file type" in e for e in errors)


def test_an_unreadable_sidecar_is_reported_not_fatal():
    articles, errors = ingest.articles_from_uploads([("a.txt", b"Text."), ("a.json", b"{not json")])
    assert len(articles) == 1 and errors and "a.json" in errors[0]


def test_too_large_input_gets_a_clear_message(monkeypatch):
    monkeypatch.setattr(ingest, "MAX_BYTES", 10)
    with pytest.raises(InputError, match="the limit is"):
        ingest.decode(b"x" * 100, name="big.txt")
