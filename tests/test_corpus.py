"""timeline.corpus: one reader for files, folders, JSONL, CSV, HTML pages and zips."""

from __future__ import annotations

import contextlib
import datetime as dt
import io
import json
import zipfile

import pytest

from timeline.corpus import Problem, content_hash, iter_uploads, read_corpus

PAGE = b"""<!doctype html><html lang="en-GB"><head><title>Storm hits coast</title>
<link rel="canonical" href="https://example.com/news/storm">
<meta property="article:published_time" content="2021-03-04T10:00:00Z">
<meta property="article:modified_time" content="2021-05-01T10:00:00Z"></head>
<body><nav>Home | World | Sport | Share</nav><article><h1>Storm hits coast</h1>
<p>A powerful storm hit the coast on Wednesday, cutting power to thousands of homes, officials said.</p>
<p>The storm is expected to weaken by Friday, forecasters said in a statement on Thursday morning.</p>
</article><div class="comments"><p>Great article, thanks!</p></div>
<footer>Copyright 2024 Example News | About us | Contact</footer></body></html>"""

UNDATED_PAGE = (
    b"<html><body><article><p>The council voted on Monday to close the old bridge to traffic, "
    b"the mayor said in a statement.</p><p>Copyright 2024 the paper.</p></article></body></html>"
)


def write(path, content):
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(content if isinstance(content, bytes) else content.encode("utf-8"))
    return path


def jsonl(*records) -> str:
    return "".join((r if isinstance(r, str) else json.dumps(r)) + "\n" for r in records)


def sources(corpus):
    return [a.source for a in corpus.articles]


def problem_at(corpus, source) -> Problem:
    found = [p for p in corpus.problems if p.source == source]
    assert found, f"no problem reported at {source}: {corpus.problems}"
    return found[0]


def test_jsonl_records_with_their_fields_and_lines(tmp_path):
    path = write(tmp_path / "feed.jsonl", jsonl(
        {"id": "r1", "text": "The mayor resigned on Monday.", "published": "2020-06-11",
         "title": "Mayor quits", "url": "https://example.com/r1", "lang": "en"},
        "this line is not JSON",
        {"text": ""},
        {"title": "no text here"},
        [1, 2],
        {"text": "The city opened a park in January.", "published": "2020-02-30"},
    ))
    corpus = read_corpus([path])
    first = corpus.articles[0]
    assert (first.article_id, first.title, first.url, first.language) == ("r1", "Mayor quits", "https://example.com/r1", "en")
    assert (first.published, first.published_source, first.source) == (dt.date(2020, 6, 11), "given", f"{path}:1")
    assert "not JSON" in problem_at(corpus, f"{path}:2").message
    assert "empty text" in problem_at(corpus, f"{path}:3").message
    assert "no \"text\" field" in problem_at(corpus, f"{path}:4").message
    assert "not an object" in problem_at(corpus, f"{path}:5").message
    # An impossible date loses nothing: the article is kept, undated, and says why.
    park = corpus.articles[1]
    assert park.published is None and park.published_source == "missing"
    assert any("2020-02-30" in w for w in park.warnings)
    assert park.article_id == content_hash(park.text)[:12]


def test_csv_with_a_header_any_delimiter_and_multiline_cells(tmp_path):
    path = write(tmp_path / "table.csv",
                 'title;text;published\nT1;"IBM said, on Monday, it quits.";2020-06-11\n'
                 'T2;"Two\nlines of text on Friday.";\n;;\nT3;"Third on Sunday.";2020-06-12\n')
    corpus = read_corpus([path])
    assert [a.title for a in corpus.articles] == ["T1", "T2", "T3"]
    # The line of a record is where it starts, multi-line cells counted.
    assert sources(corpus) == [f"{path}:2", f"{path}:3", f"{path}:6"]
    assert corpus.articles[1].text == "Two\nlines of text on Friday." and corpus.articles[1].published is None


def test_csv_without_a_text_column_is_reported_and_skipped(tmp_path):
    bad = write(tmp_path / "bad.csv", "title,body\nx,y\n")
    good = write(tmp_path / "good.txt", "The mayor resigned on Monday.")
    corpus = read_corpus([bad, good])
    assert "no \"text\" column" in problem_at(corpus, str(bad)).message and "title, body" in problem_at(corpus, str(bad)).message
    assert sources(corpus) == [str(good)]


def test_csv_not_in_utf8_is_decoded_with_a_warning(tmp_path):
    path = write(tmp_path / "latin.csv", "text,published\n\"Le maire a démissionné lundi, a déclaré la préfecture.\",2020-06-11\n".encode("cp1252"))
    (article,) = read_corpus([path]).articles
    assert "démissionné" in article.text and any("not UTF-8" in w for w in article.warnings)


def test_html_page_main_text_original_date_title_url_and_language(tmp_path):
    (article,) = read_corpus([write(tmp_path / "storm.html", PAGE)]).articles
    assert "cutting power" in article.text
    for furniture in ("Home | World", "Great article", "About us"):
        assert furniture not in article.text
    # The original publication date, not the last modification.
    assert (article.published, article.published_source) == (dt.date(2021, 3, 4), "metadata")
    assert (article.title, article.url, article.language) == ("Storm hits coast", "https://example.com/news/storm", "en")


def test_html_without_a_date_is_undated_never_today_nor_guessed(tmp_path):
    (article,) = read_corpus([write(tmp_path / "undated.html", UNDATED_PAGE)]).articles
    assert article.published is None and article.published_source == "missing"


def test_html_with_no_main_text_and_binary_and_empty_files_are_reported(tmp_path):
    empty_page = write(tmp_path / "a-empty.html", b"<html><head><title>x</title></head><body></body></html>")
    binary = write(tmp_path / "b-binary.txt", b"\x00\x01\x02\x03binary" * 10)
    empty = write(tmp_path / "c-empty.txt", b"  \n ")
    good = write(tmp_path / "d-good.txt", "The mayor resigned on Monday.")
    corpus = read_corpus([tmp_path])
    assert "No article text" in problem_at(corpus, str(empty_page)).message
    assert "binary" in problem_at(corpus, str(binary)).message
    assert "empty" in problem_at(corpus, str(empty)).message
    assert sources(corpus) == [str(good)]


def test_folders_recursively_with_sidecars_markdown_and_unsupported_files(tmp_path):
    write(tmp_path / "b" / "story.txt", "The mayor resigned on Monday.")
    write(tmp_path / "b" / "story.json", json.dumps({"published": "2020-06-11", "title": "Mayor", "language": "en"}))
    write(tmp_path / "a" / "note.md", "---\ntitle: Note\ndate: 2019-01-02\nlang: fr\n---\nLe maire a démissionné lundi.\n")
    write(tmp_path / "a" / "sheet.xlsx", b"PK\x03\x04")
    write(tmp_path / ".hidden" / "x.txt", "Hidden on Monday.")
    corpus = read_corpus([tmp_path])
    note, story = corpus.articles
    assert (note.article_id, note.title, note.language, note.published) == ("note", "Note", "fr", dt.date(2019, 1, 2))
    assert note.text == "Le maire a démissionné lundi.\n"
    assert (story.article_id, story.title, story.published, story.published_source) == ("story", "Mayor", dt.date(2020, 6, 11), "given")
    assert "unsupported file type" in problem_at(corpus, str(tmp_path / "a" / "sheet.xlsx")).message
    assert len(corpus.problems) == 1


def test_the_same_text_twice_is_one_article_and_a_reported_duplicate(tmp_path):
    text = "The mayor resigned on Monday, the council said."
    one = write(tmp_path / "one.txt", text)
    feed = write(tmp_path / "feed.jsonl", jsonl({"text": text, "published": "2020-06-11"}, {"text": "Other news on Friday."}))
    corpus = read_corpus([one, feed])
    assert sources(corpus) == [str(one), f"{feed}:2"]
    assert "duplicate" in problem_at(corpus, f"{feed}:1").message and str(one) in problem_at(corpus, f"{feed}:1").message


def test_ids_are_the_given_id_else_a_hash_of_the_content_and_stay_unique(tmp_path):
    feed = write(tmp_path / "feed.jsonl", jsonl(
        {"id": "x", "text": "First on Monday."}, {"id": "x", "text": "Second on Tuesday."}, {"text": "Third on Friday."},
    ))
    ids = [a.article_id for a in read_corpus([feed]).articles]
    assert ids == ["x", f"x-{content_hash('Second on Tuesday.')[:8]}", content_hash("Third on Friday.")[:12]]
    # Stable: the same input gives the same ids in another run and another order.
    assert [a.article_id for a in read_corpus([feed]).articles] == ids
    again = write(tmp_path / "again.jsonl", jsonl({"text": "Third on Friday."}))
    assert read_corpus([again]).articles[0].article_id == ids[2]


def test_published_dates_only_the_undated_and_is_given(tmp_path):
    feed = write(tmp_path / "feed.jsonl", jsonl(
        {"text": "Dated on Monday.", "published": "2020-06-11"}, {"text": "Undated on Friday."},
    ))
    dated, undated = read_corpus([feed], published="2021-01-01").articles
    assert (dated.published, dated.published_source) == (dt.date(2020, 6, 11), "given")
    assert (undated.published, undated.published_source) == (dt.date(2021, 1, 1), "given")
    assert read_corpus([feed]).undated[0].text == "Undated on Friday."


def test_languages_are_reported_even_when_unsupported(tmp_path):
    feed = write(tmp_path / "feed.jsonl", jsonl(
        {"text": "Der Bundestag hat am Donnerstag ein neues Gesetz beschlossen, sagte die Regierung in Berlin."},
        {"text": "Le gouvernement a annoncé hier une nouvelle loi sur la police."},
    ))
    assert [a.language for a in read_corpus([feed]).articles] == ["de", "fr"]
    assert [a.language for a in read_corpus([feed], language="en").articles] == ["en", "en"]


def test_zip_of_mixed_files_and_uploads_read_the_same(tmp_path):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as zf:
        zf.writestr("news/storm.html", PAGE)
        zf.writestr("news/mayor.txt", "The mayor resigned on Monday.")
        zf.writestr("news/mayor.json", json.dumps({"published": "2020-06-11"}))
        zf.writestr("feed.jsonl", jsonl({"id": "f1", "text": "Feed item on Friday.", "published": "2020-06-12"}, "{broken"))
        zf.writestr("__MACOSX/news/._mayor.txt", b"\x00\x05")
    archive = write(tmp_path / "bundle.zip", buffer.getvalue())
    corpus = read_corpus([archive])
    assert [a.article_id for a in corpus.articles] == ["f1", "mayor", "storm"]
    assert corpus.articles[1].published == dt.date(2020, 6, 11)
    assert corpus.articles[2].published_source == "metadata"
    assert "not JSON" in problem_at(corpus, f"{archive}/feed.jsonl:2").message
    uploaded = list(iter_uploads([("bundle.zip", buffer.getvalue())]))
    assert [a.article_id for a in uploaded if not isinstance(a, Problem)] == ["f1", "mayor", "storm"]
    broken = write(tmp_path / "broken.zip", b"PK\x03\x04 not really")
    assert "not a readable zip" in problem_at(read_corpus([broken]), str(broken)).message


def test_missing_paths_are_reported(tmp_path):
    corpus = read_corpus([tmp_path / "nope.txt"])
    assert not corpus.articles and "no such file" in corpus.problems[0].message


def run_cli(*argv):
    from timeline.cli import main

    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main(list(argv))
    return code, out.getvalue(), err.getvalue()


def test_articles_command_jsonl_rows_warnings_and_summary(tmp_path):
    feed = write(tmp_path / "feed.jsonl", jsonl(
        {"id": "r1", "text": "The mayor resigned on Monday.", "published": "2020-06-11", "title": "Mayor"},
        "not json",
        {"text": "Undated on Friday."},
    ))
    page = write(tmp_path / "storm.html", PAGE)
    code, out, err = run_cli("articles", str(feed), str(page), "--format", "jsonl")
    assert code == 0
    rows = [json.loads(line) for line in out.splitlines()]
    assert [r["id"] for r in rows] == ["r1", content_hash("Undated on Friday.")[:12], "storm"]
    assert set(rows[0]) == {"id", "source", "title", "url", "published", "published_source", "lang", "chars", "problems"}
    assert rows[0]["source"] == f"{feed}:1" and rows[0]["chars"] == len("The mayor resigned on Monday.")
    assert rows[1]["published"] is None and rows[1]["published_source"] == "missing"
    assert rows[2]["published_source"] == "metadata" and rows[2]["url"] == "https://example.com/news/storm"
    assert f"{feed}:2: not JSON" in err
    assert "3 article(s) read, 1 undated, 1 skipped." in err


@pytest.mark.parametrize("fmt", ["table", "jsonl"])
def test_articles_command_exits_2_when_nothing_was_read(tmp_path, fmt):
    bad = write(tmp_path / "bad.csv", "title,body\nx,y\n")
    code, out, err = run_cli("articles", str(bad), "--format", fmt)
    assert code == 2 and out == "" and "no \"text\" column" in err and "Traceback" not in err


def test_articles_table_is_aligned_and_cuts_long_cells(tmp_path):
    feed = write(tmp_path / "feed.jsonl", jsonl({"id": "a", "title": "T" * 100, "text": "On Monday."}))
    code, out, err = run_cli("articles", str(feed))
    header, row = out.splitlines()
    assert code == 0 and header.split()[:3] == ["id", "source", "title"]
    assert row.index("T") == header.index("title") and "…" in row and "T" * 41 not in row


@pytest.mark.slow
def test_extract_reads_a_corpus_warns_per_undated_article_and_merges_reports(tmp_path):
    from pathlib import Path

    corpus = Path(__file__).parent / "data" / "police-corpus.jsonl"
    feed = write(tmp_path / "feed.jsonl", corpus.read_text(encoding="utf-8") + jsonl(
        {"id": "undated-1", "text": "IBM said on Monday it would leave the business."}, "broken",
    ))
    code, out, err = run_cli("extract", str(feed), "--format", "json")
    assert code == 0, err
    events = json.loads(out)["events"]
    assert f"{feed}:7: no publication date" in err and f"{feed}:8: not JSON" in err
    assert "6 article(s) extracted, 1 undated, 1 skipped" in err
    assert all("undated-1" not in e["article_ids"] for e in events)
    merged = [e for e in events if e["n_sources"] > 1]
    assert merged and all(len(set(e["article_ids"])) == e["n_sources"] for e in merged)
    code, out, err = run_cli("extract", str(feed), "--format", "json", "--no-merge")
    per_report = json.loads(out)["events"]
    assert len(per_report) > len(events) and {e["n_sources"] for e in per_report} == {1}
    # Asked for, --published dates the undated article only.
    code, out, err = run_cli("extract", str(feed), "--format", "json", "--no-merge", "--published", "2020-06-12")
    assert "0 undated" in err and any(e["article_ids"] == ["undated-1"] for e in json.loads(out)["events"])


@pytest.mark.parametrize("content, reason, hint", [
    (b"", "is empty", "the warnings above say why"),
    (bytes(range(256)) * 8, "binary", "the warnings above say why"),
    (b"IBM said on Monday it would quit.\n", "no publication date", "need --published"),
])
def test_extract_with_nothing_to_read_names_the_real_cause(tmp_path, content, reason, hint):
    """An empty or binary input is not told to add a publication date: that hint is for undated ones."""
    path = tmp_path / "input.txt"
    path.write_bytes(content)
    code, out, err = run_cli("extract", str(path))
    assert code == 2 and out == "" and reason in err and hint in err and "Traceback" not in err
    assert ("need --published" in err) == (hint == "need --published")
