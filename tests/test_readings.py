"""Readings of a mention and the learned choice among them (timeline/readings.py)."""

from __future__ import annotations

import datetime as dt
import json
import math

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from strategies import news_dates, sentences

from timeline import find_mentions, nlp, readings
from timeline.readings import (
    MODEL_PATH,
    Candidate,
    Choice,
    Model,
    candidates,
    choose,
    choose_readings,
    document_features,
    histories,
    load_model,
    quick_candidates,
)
from timeline.readings_train import C_GRID, CLASS_WEIGHTS, THRESHOLDS, Example, fit

WEDNESDAY = dt.date(2020, 6, 10)


def _mentions(text: str, published: dt.date = WEDNESDAY):
    doc = nlp.parse(text, "en")
    return doc, find_mentions(text, published=published, doc=doc)


def _values(cands) -> set[str]:
    return {c.timex.value for c in cands}


def test_weekday_has_both_directions():
    doc, mentions = _mentions("The board met on Friday.")
    (friday,) = [m for m in mentions if "Friday" in m.text]
    cands = candidates(friday, WEDNESDAY)
    assert cands[0].hand and cands[0].timex == friday.timex
    assert {"2020-06-05", "2020-06-12"} <= _values(cands)  # last Friday and next Friday
    assert len({c.key for c in cands}) == len(cands)  # deduplicated by (type, value, mod)


def test_yearless_date_has_both_years():
    published = dt.date(2020, 2, 10)
    doc, mentions = _mentions("The ceremony is on March 3.", published)
    (march,) = mentions
    assert {"2020-03-03", "2019-03-03"} <= _values(candidates(march, published))


def test_story_anchor_reads_a_month_in_the_year_told():
    published = dt.date(2010, 1, 1)
    doc, mentions = _mentions("The war began in 1861. In April the army marched south.", published)
    month = next(m for m in mentions if m.text.endswith("April"))
    hist = histories(mentions)[mentions.index(month)]
    assert "1861-04" in _values(candidates(month, published, hist))


def test_features_well_formed():
    doc, mentions = _mentions("Officials said on Friday they would meet next week, two days after the vote.")
    rows = document_features(doc, mentions, WEDNESDAY)
    assert len(rows) == len(mentions)
    for cands, feats in rows:
        assert len(cands) == len(feats) >= 1
        assert sum(c.hand for c in cands) == 1 and cands[0].hand
        for row in feats:
            assert all(isinstance(k, str) and math.isfinite(v) for k, v in row.items())
            assert sum(k.startswith("rel=") for k in row) == 1
            assert "hand" in row


def test_shipped_model_loads_and_was_written_by_the_trainer():
    model = load_model()
    assert model is not None and load_model() is model  # read once
    data = json.loads(MODEL_PATH.read_text(encoding="utf-8"))
    assert Model.from_json(data).to_json() == data  # exactly what Model.to_json writes
    meta = data["meta"]
    assert meta["C"] in C_GRID and meta["class_weight"] in CLASS_WEIGHTS and data["threshold"] in THRESHOLDS
    assert meta["folders"] == ["aquaint", "timebank", "tweets/trainingset", "wikiwars"]
    assert meta["features"] == len(data["weights"]) and MODEL_PATH.stat().st_size < 400_000
    # every weight names a feature the feature functions write
    families = {"hand", "rel", "gran", "type", "anchor", "mod", "days", "rel_prev", "gran_differs", "vs_hand",
                "gen", "n_settings", "from"}
    for name in data["weights"]:
        head = name.split("&")[0].split("=")[0]
        assert "&" in name or head in families, name


def test_choice_is_deterministic():
    text = "The company said on Friday it would cut jobs. On Monday it changed course."
    doc, mentions = _mentions(text)
    first = choose_readings(text, doc, mentions, WEDNESDAY)
    assert first == choose_readings(text, doc, mentions, WEDNESDAY)
    assert [c.index for c in first] == list(range(len(mentions)))


def test_a_confident_model_overrides_and_an_unsure_one_does_not():
    doc, mentions = _mentions("The board met on Friday.")
    (cands, rows), = document_features(doc, mentions, WEDNESDAY)
    future = next(c for c in cands if c.timex.value == "2020-06-12")
    sure = Model({"gen=future/previous": 5.0}, 0.0, 0.5)
    choice = choose(cands, rows, sure)
    assert choice.timex == future.timex and choice.changed and 0.5 <= choice.probability <= 1
    assert choice.runner_up is not None and choice.runner_up != choice.timex
    unsure = Model({"gen=future/previous": 5.0}, 0.0, 1.01)
    assert choose(cands, rows, unsure).timex == mentions[0].timex


def test_tiny_training_is_deterministic():
    doc, mentions = _mentions("The board met on Friday. It will vote on Monday.")
    examples = []
    for cands, rows in document_features(doc, mentions, WEDNESDAY):
        labels = tuple(c.timex.value in ("2020-06-05", "2020-06-15") for c in cands)
        examples.append(Example("tiny", cands, tuple(rows), labels))
    a, b = (fit(examples * 2, 0.3, None, 0.5, min_count=1) for _ in range(2))
    assert a.to_json() == b.to_json() and a.weights


def test_other_languages_keep_the_hand_reading():
    text = "La réunion a eu lieu vendredi."
    doc = nlp.parse(text, "fr")
    mentions = find_mentions(text, published=WEDNESDAY, lang="fr", doc=doc)
    choices = choose_readings(text, doc, mentions, WEDNESDAY, lang="fr")
    assert [c.timex for c in choices] == [m.timex for m in mentions]


def test_no_mentions_no_choices():
    assert choose_readings("Nothing here.", None, [], WEDNESDAY) == []


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=sentences(), published=news_dates, sure=st.booleans())
def test_choose_readings_never_crashes(text, published, sure):
    doc = nlp.parse(text, "en")
    mentions = find_mentions(text, published=published, doc=doc)
    model = Model({"gen=future/publication": 3.0, "rel=before": -1.0}, 0.0, 0.5) if sure else "shipped"
    choices = choose_readings(text, doc, mentions, published, model=model)
    assert len(choices) == len(mentions)
    for i, c in enumerate(choices):
        assert isinstance(c, Choice) and c.index == i and 0.0 <= c.probability <= 1.0
        assert c.timex in {cand.timex for cand in c.candidates}
        assert isinstance(c.candidates[0], Candidate) and c.candidates[0].timex == mentions[i].timex


def test_training_examples_are_the_readings_the_pipeline_scores():
    # the model is trained on the candidates attach_readings scores, not the full set:
    # the kind rewrite ("in eight years" read as 2028) is one of them
    text = "The plant was built in eight years. The board met on Friday."
    doc, mentions = _mentions(text)
    rows = document_features(doc, mentions, WEDNESDAY, text)
    for (cands, _), mention, history in zip(rows, mentions, histories(mentions)):
        quick = quick_candidates(mention, WEDNESDAY, history, readings._word_before(text, mention))
        assert cands == quick
    (years, _), _ = rows
    assert any("kind/publication" in c.settings for c in years)
    assert any(k.startswith("gen=kind/") for _, feats in rows for row in feats for k in row)


def test_the_model_reads_the_shared_governing_verb():
    from timeline.lang.en.grammar import GRAMMAR
    from timeline.lang.tense import governing_verb

    text = "Officials said on Friday they would meet next week."
    doc, mentions = _mentions(text)
    for i, mention in enumerate(mentions):
        span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
        verb = governing_verb(span, GRAMMAR)
        f = readings.mention_features(doc, mention, i, len(mentions), mentions, (), WEDNESDAY)
        assert f[f"lemma={verb.lemma_.lower()}"] == 1 and f[f"tag={verb.tag_}"] == 1
    assert not hasattr(readings, "_governing_verb")


def test_the_kind_rewrites_are_english_data():
    from timeline.lang.en import readings as english

    assert readings.KIND_REWRITES is english.KIND_REWRITES and readings.KIND_PREFIXES is english.KIND_PREFIXES
    rewrite = [(p, r) for p, r in english.KIND_REWRITES]
    assert [p.sub(r, "the last week", count=1) for p, r in rewrite][:2] == ["last week", "a week"]
    assert rewrite[2][0].sub(rewrite[2][1], "in eight years", count=1) == "eight years"


TIMEML = """<?xml version="1.0" ?>
<TimeML>
<DOCID>{name}</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="2020-06-10" functionInDocument="CREATION_TIME">2020-06-10</TIMEX3></DCT>
<TEXT>{body}</TEXT>
</TimeML>
"""


def test_the_train_script_writes_the_same_model_twice(tmp_path, capsys):
    # make train's build: the same folders give the same file, byte for byte
    import importlib.util

    spec = importlib.util.spec_from_file_location("train_readings", MODEL_PATH.parents[2] / "scripts" / "train_readings.py")
    train = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(train)
    bodies = {
        "a": ['The board met on <TIMEX3 tid="t1" type="DATE" value="2020-06-05">Friday</TIMEX3>.',
              'It will vote on <TIMEX3 tid="t1" type="DATE" value="2020-06-15">Monday</TIMEX3>.'],
        "b": ['The firm said on <TIMEX3 tid="t1" type="DATE" value="2020-06-08">Monday</TIMEX3> it would hire.',
              'Talks will resume on <TIMEX3 tid="t1" type="DATE" value="2020-06-12">Friday</TIMEX3>.'],
    }
    folders = []
    for folder, texts in bodies.items():
        (tmp_path / folder).mkdir()
        for n, body in enumerate(texts * 2):
            (tmp_path / folder / f"{folder}{n}.tml").write_text(TIMEML.format(name=f"{folder}{n}", body=body))
        folders.append(str(tmp_path / folder))
    outs = [tmp_path / "one.json", tmp_path / "two.json"]
    for out in outs:
        assert train.main([*folders, "--out", str(out), "--top", "3"]) == 0
    assert outs[0].read_bytes() == outs[1].read_bytes()
    assert json.loads(outs[0].read_text())["weights"]
    assert "strongest weights" in capsys.readouterr().out
