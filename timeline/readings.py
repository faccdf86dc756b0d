"""Readings of a found mention, and a small learned model that chooses among them (issue 17).

The hand rules decide, for each temporal expression, which way it points (past, present,
future), what it counts from (the publication date or the previous mention) and whether it
dates a finite past verb. Each of those decisions is an input of the pure resolver, so
varying them gives the *readings* an expression could have:

    candidates(mention, published, history) -> (Candidate, ...)   # every setting, the hand choice first
    quick_candidates(mention, published, history, before)         # the settings that can differ,
                                                                  # and the other kind (date/length)

The model is trained on, and scores, the readings of :func:`quick_candidates` (those the
pipeline offers, :func:`readings_of`); :func:`candidates` is the full grid, for study. The
English words the readings use (the kind rewrites, the feature words) are data in
:mod:`timeline.lang.en.readings`; the governing verb is the shared walk
(:func:`timeline.lang.tense.governing_verb`).

Each candidate gets sparse features (:func:`features`) read from the spaCy parse (the
governing verb's tense, aspect, mood and auxiliaries, the words around the expression) and
from the candidate itself (which way it lies from the publication date, how far, its
granularity). A logistic regression scores them (:func:`choose_readings`); the best one
replaces the hand choice only when the model is confident enough (a threshold tuned on
training folds by ``scripts/train_readings.py``). The model is a JSON file shipped in the
package (``timeline/models/readings.json``): weights by feature name, no pickle.

Integration: the model never overrides the hand rules in the pipeline (its threshold is
above 1). What ``find_mentions`` takes from it is the *confidence* of each reading and the
runner-up (:func:`attach_readings`): every Timex records how probable its reading is among
the mention's distinct readings (``Timex.probability``, 1.0 when there is one) and the most
probable other reading (``Timex.alternative``, a :class:`timeline.types.Reading` with a
label for a person). The dashboard offers it as a one-click correction.
"""

from __future__ import annotations

import datetime as dt
import functools
import json
import math
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from timeline.lang.en.grammar import GRAMMAR
from timeline.lang.en.readings import FUTURE_WORDS, KIND_PREFIXES, KIND_REWRITES, MODAL_WORDS, PAST_WORDS
from timeline.lang.tense import governing_verb
from timeline.temporal.resolve import resolve
from timeline.types import Anchor, Direction, Mention, Reading, Timex

MODEL_PATH = Path(__file__).resolve().parent / "models" / "readings.json"

# What the hand rules decide, varied: (direction, anchor, firm_past). ``firm_past`` only
# changes a past reading, so it is tried with PAST alone.
# Anchors: "previous" counts anaphora from the mentions before (the pipeline's history),
# "publication" from the publication date alone, "story" takes the day of the latest dated
# mention as the reference itself, "year" the latest mention whose year is written (a
# history told in the past: "in March" of the war's year, not of the publication's).
_DIRECTIONS = (Direction.PAST, Direction.FUTURE, Direction.PRESENT, Direction.UNKNOWN)
SETTINGS: tuple[tuple[Direction, str, bool], ...] = tuple(
    (direction, anchor, firm)
    for anchor in ("previous", "publication", "story", "year")
    for direction in _DIRECTIONS
    for firm in ((False, True) if direction is Direction.PAST and anchor in ("previous", "publication") else (False,))
)


@dataclass(frozen=True, slots=True)
class Candidate:
    """One reading of a mention, and the settings of the resolver that gave it."""

    timex: Timex
    hand: bool  # the pipeline's own reading
    settings: tuple[str, ...] = ()  # "past/previous/firm", ... ("" settings: the hand choice only)

    @property
    def key(self) -> tuple[str, str, str | None]:
        return key(self.timex)


@dataclass(frozen=True, slots=True)
class Choice:
    """The reading chosen for mention ``index`` of the list given to :func:`choose_readings`."""

    index: int
    timex: Timex
    probability: float  # the model's probability of the chosen reading among the candidates
    runner_up: Timex | None
    candidates: tuple[Candidate, ...]
    changed: bool = False  # the model overrode the hand choice


def key(timex: Timex) -> tuple[str, str, str | None]:
    return (timex.type, timex.value, timex.mod)


def dated(timex: Timex) -> bool:
    """Whether a reading is one later mentions may count from (as the pipeline's history)."""
    return timex.type in ("DATE", "TIME") and timex.interval_start is not None and timex.value != "PRESENT_REF"


def histories(mentions: Sequence[Mention], carried: tuple[Timex, ...] = ()) -> list[tuple[Timex, ...]]:
    """For each mention, the dated readings of the mentions before it (after ``carried``,
    those told before), oldest first."""
    result, history = [], list(carried)
    for mention in mentions:
        result.append(tuple(history))
        if dated(mention.timex):
            history.append(mention.timex)
    return result


def _setting_name(direction: Direction, anchor: str, firm: bool) -> str:
    return f"{direction.value}/{anchor}" + ("/firm" if firm else "")


def candidates(mention: Mention, published: dt.date, history: tuple[Timex, ...] = ()) -> tuple[Candidate, ...]:
    """The distinct readings (by type, value and mod) of ``mention``: the hand choice first,
    then each other reading the resolver gives under some setting, in the order of SETTINGS."""
    hand = mention.timex
    found: dict[tuple, list[str]] = {key(hand): []}
    timexes: dict[tuple, Timex] = {key(hand): hand}
    story = history[-1].interval_start if history else None
    year = next((t.interval_start for t in reversed(history) if "year" in t.stated), None)
    references = {"previous": published, "publication": published, "story": story,
                  "year": year if year is not None and year != story else None}
    for direction, anchor, firm in SETTINGS:
        if not history or references[anchor] is None:
            if anchor != "publication":
                continue  # the same as counting from publication
        reference = references[anchor] or published
        past = () if anchor == "publication" else history
        timex = None
        for rule in dict.fromkeys((hand.rule, None)):
            try:
                timex = resolve(mention.text, reference=reference, direction=direction, history=past,
                                rule=rule, firm_past=firm)
            except Exception:  # noqa: BLE001 - a reading the resolver cannot give is no candidate
                timex = None
            if timex is not None:
                break
        if timex is None:
            continue
        k = key(timex)
        timexes.setdefault(k, timex)
        found.setdefault(k, []).append(_setting_name(direction, anchor, firm))
    return tuple(Candidate(timexes[k], k == key(hand), tuple(names)) for k, names in found.items())


# --- features ------------------------------------------------------------------------------

def _bucket(n: float) -> str:
    """A signed log2 bucket: 0, ±1, ±2-3, ±4-7, ..."""
    if n == 0:
        return "0"
    sign = "-" if n < 0 else "+"
    return f"{sign}{int(math.log2(abs(n))) if abs(n) >= 1 else 0}"


def mention_features(doc, mention: Mention, index: int, count: int, mentions: Sequence[Mention],
                     history: tuple[Timex, ...], published: dt.date) -> dict[str, float]:
    """What the sentence and the document say of mention ``index`` (the same for every reading)."""
    f: dict[str, float] = {}
    rule = mention.timex.rule
    f[f"rule={rule}"] = 1
    words = re.findall(r"[a-z']+|\d+", mention.text.lower())
    for w in words[:4]:
        f[f"w={w if not w.isdigit() else 'D' * len(w)}"] = 1
    if set(words) & PAST_WORDS:
        f["w:past_word"] = 1
    if set(words) & FUTURE_WORDS:
        f["w:future_word"] = 1
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand") if doc is not None else None
    if span is None or len(span) == 0:
        f["no_span"] = 1
    else:
        before = doc[span.start - 1].lower_ if span.start > 0 else "<s>"
        before2 = doc[span.start - 2].lower_ if span.start > 1 else "<s>"
        after = doc[span.end].lower_ if span.end < len(doc) else "</s>"
        f[f"prev={before}"] = 1
        f[f"prev2={before2}"] = 1
        f[f"next={after}"] = 1
        prep = next((t for t in (doc[span.start - 1] if span.start > 0 else None, span.root.head)
                     if t is not None and t.pos_ == "ADP"), None)
        f[f"prep={prep.lower_ if prep is not None else '-'}"] = 1
        f[f"dep={span.root.dep_}"] = 1
        verb = governing_verb(span, GRAMMAR)
        if verb is None:
            f["verb=-"] = 1
        else:
            f[f"lemma={verb.lemma_.lower()}"] = 1
            f[f"tag={verb.tag_}"] = 1
            morph = verb.morph.to_dict()
            for name in ("Tense", "Aspect", "Mood", "VerbForm"):
                f[f"{name}={morph.get(name, '-')}"] = 1
            auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
            aux_words = {a.lower_ for a in auxes}
            for a in sorted(aux_words):
                f[f"aux={a}"] = 1
            if aux_words & MODAL_WORDS:
                f["modal"] = 1
            if any(a.tag_ == "VBD" for a in auxes):
                f["aux_past"] = 1
            if any(c.dep_ == "neg" for c in verb.children):
                f["neg"] = 1
            f[f"verb_dep={verb.dep_}"] = 1
            head = verb.head
            if head is not verb and head.pos_ in ("VERB", "AUX"):
                f[f"head_tag={head.tag_}"] = 1
                f[f"head_lemma={head.lemma_.lower()}"] = 1
            f[f"tense_sig={verb.tag_}|{'+'.join(sorted(aux_words)) or '-'}"] = 1
        sent = span.sent
        if any(t.lower_ in ('"', "\u201c", "\u201d", "''", "``") for t in sent):
            f["quoted"] = 1
    f[f"pos={min(4, int(5 * index / max(count, 1)))}"] = 1
    f[f"first={min(index, 3)}"] = 1
    if index > 0:
        previous = mentions[index - 1]
        f[f"chars_prev={_bucket(mention.start - previous.end)}"] = 1
        same_sentence = previous.sentence_start == mention.sentence_start and mention.sentence_end > 0
        f[f"same_sent_prev={int(same_sentence)}"] = 1
    else:
        f["chars_prev=none"] = 1
    if history:
        last = history[-1]
        f[f"prev_gap={_bucket((last.interval_start - published).days)}"] = 1
        f[f"prev_gran={last.granularity}"] = 1
        far = sum((published - t.interval_start).days > 365 for t in history)
        if far * 2 > len(history):
            f["history_story"] = 1
    else:
        f["no_history"] = 1
    return f


def _relation(timex: Timex, day: dt.date | None) -> str:
    if day is None:
        return "none"
    if timex.interval_start is None or timex.interval_end is None:
        return {"PAST_REF": "before", "FUTURE_REF": "after", "PRESENT_REF": "same"}.get(timex.value, "none")
    if timex.interval_end <= day:
        return "before"
    if timex.interval_start > day:
        return "after"
    return "same"


def _gap_class(day: dt.date | None, published: dt.date) -> str:
    if day is None:
        return "none"
    years = (published - day).days / 365.25
    return "ahead" if years < -1 else "same-year" if years < 1 else "years" if years < 6 else "far"


def far_share(mentions: Sequence[Mention], published: dt.date) -> str:
    """How much of a document is told far back: the share of its dated readings six years
    or more before publication, bucketed (a history, not the news of the day)."""
    days = [m.timex.interval_start for m in mentions if dated(m.timex)]
    if not days:
        return "none"
    share = sum((published - d).days > 6 * 365 for d in days) / len(days)
    return "0" if share == 0 else "<.25" if share < 0.25 else "<.5" if share < 0.5 else ">=.5"


def candidate_features(candidate: Candidate, hand: Timex, published: dt.date,
                       history: tuple[Timex, ...], doc_far: str = "none") -> dict[str, float]:
    """What one reading itself is: where it lies, how fine it is, what settings gave it."""
    t = candidate.timex
    f: dict[str, float] = {"hand": float(candidate.hand)}
    rel = _relation(t, published)
    f[f"rel={rel}"] = 1
    f[f"gran={t.granularity}"] = 1
    f[f"type={t.type}"] = 1
    f[f"anchor={t.anchor.value if isinstance(t.anchor, Anchor) else t.anchor}"] = 1
    if t.mod:
        f[f"mod={t.mod}"] = 1
    if t.interval_start is not None:
        f[f"days={_bucket((t.interval_start - published).days)}"] = 1
    if history and history[-1].interval_start is not None:
        f[f"rel_prev={_relation(t, history[-1].interval_start)}"] = 1
    if t.granularity != hand.granularity:
        f["gran_differs"] = 1
    if t.interval_start is not None and hand.interval_start is not None:
        f[f"vs_hand={'earlier' if t.interval_start < hand.interval_start else 'later' if t.interval_start > hand.interval_start else 'same'}"] = 1
    for name in candidate.settings:
        f[f"gen={name}"] = 1
    # How far back the story is told: counting from a mention a year back (a comparison,
    # "the year-ago quarter") is not counting from a war two centuries back.
    story = _gap_class(history[-1].interval_start, published) if history else "none"
    for anchor in sorted({name.split("/")[1] for name in candidate.settings}) or ["hand-only"]:
        f[f"from={anchor}"] = 1
        f[f"from={anchor}&story_gap={story}"] = 1
        f[f"from={anchor}&doc_far={doc_far}"] = 1
    f[f"n_settings={min(len(candidate.settings), 6)}"] = 1
    return f


# Candidate features conjoined with the mention's: a mention feature alone is the same for
# every reading and cannot tell them apart.
_CONJOINED = ("hand", "rel")


def features(mention_f: Mapping[str, float], candidate_f: Mapping[str, float]) -> dict[str, float]:
    """The features of one (mention, reading) pair: the reading's own, and each mention
    feature joined with whether the reading is the hand choice and which way it lies."""
    f = dict(candidate_f)
    rel = next((k for k in candidate_f if k.startswith("rel=")), "rel=none")
    hand = "hand=1" if candidate_f.get("hand") else "hand=0"
    for k in mention_f:
        f[f"{k}&{rel}"] = 1
        f[f"{k}&{hand}"] = 1
    return f


def readings_of(text: str, mentions: Sequence[Mention], published: dt.date, carried: tuple[Timex, ...] = ()
                ) -> list[tuple[tuple[Timex, ...], tuple[Candidate, ...]]]:
    """For every mention of ``text``: the dated history before it and its readings as the
    pipeline offers them (:func:`quick_candidates`)."""
    return [(history, quick_candidates(mention, published, history, _word_before(text, mention)))
            for mention, history in zip(mentions, histories(mentions, carried))]


def reading_rows(doc, mentions: Sequence[Mention], index: int, history: tuple[Timex, ...],
                 cands: Sequence[Candidate], published: dt.date, doc_far: str) -> list[dict[str, float]]:
    """One feature dict per reading of mention ``index`` (``doc_far``: :func:`far_share`)."""
    mention = mentions[index]
    mf = mention_features(doc, mention, index, len(mentions), mentions, history, published)
    mf[f"doc_far={doc_far}"] = 1
    return [features(mf, candidate_features(c, mention.timex, published, history, doc_far)) for c in cands]


def document_features(doc, mentions: Sequence[Mention], published: dt.date, text: str | None = None
                      ) -> list[tuple[tuple[Candidate, ...], list[dict[str, float]]]]:
    """For every mention: its readings and one feature dict per reading. The readings are
    those the pipeline scores (:func:`readings_of`), so that the model is trained on what it
    reads. ``text`` is the text of the mentions' offsets (None: the parse's own)."""
    if text is None:
        text = doc.text if doc is not None else ""
    doc_far = far_share(mentions, published)
    return [(cands, reading_rows(doc, mentions, i, history, cands, published, doc_far))
            for i, (history, cands) in enumerate(readings_of(text, mentions, published))]


# --- the model -----------------------------------------------------------------------------


@dataclass(frozen=True)
class Model:
    weights: Mapping[str, float]
    intercept: float
    threshold: float  # the chosen reading must be this probable to replace the hand choice
    meta: Mapping = None

    def scores(self, rows: Sequence[Mapping[str, float]]) -> list[float]:
        w = self.weights
        return [self.intercept + sum(w.get(k, 0.0) * v for k, v in row.items()) for row in rows]

    def probabilities(self, rows: Sequence[Mapping[str, float]]) -> list[float]:
        """A softmax of the candidates' scores: how probable each is to be the right one."""
        s = self.scores(rows)
        top = max(s)
        e = [math.exp(x - top) for x in s]
        z = sum(e)
        return [x / z for x in e]

    def to_json(self) -> dict:
        return {"format": "timeline-readings/1", "intercept": round(self.intercept, 6), "threshold": self.threshold,
                "meta": dict(self.meta or {}),
                "weights": {k: round(v, 6) for k, v in sorted(self.weights.items())}}

    @classmethod
    def from_json(cls, data: Mapping) -> Model:
        if data.get("format") != "timeline-readings/1":
            raise ValueError(f"not a readings model: format {data.get('format')!r}")
        return cls(dict(data["weights"]), float(data["intercept"]), float(data["threshold"]), data.get("meta", {}))


@functools.cache
def load_model(path: str | Path = MODEL_PATH) -> Model | None:
    """The shipped model, read once per process; None when no model file is there."""
    path = Path(path)
    if not path.exists():
        return None
    return Model.from_json(json.loads(path.read_text(encoding="utf-8")))


def choose(cands: tuple[Candidate, ...], rows: Sequence[Mapping[str, float]], model: Model | None,
           index: int = 0) -> Choice:
    """The reading to keep among ``cands`` (the hand choice is ``cands[0]``)."""
    hand = cands[0].timex
    if len(cands) == 1 or model is None:
        return Choice(index, hand, 1.0, cands[1].timex if len(cands) > 1 else None, cands)
    p = model.probabilities(rows)
    order = sorted(range(len(cands)), key=lambda j: (-p[j], j))  # ties: the earlier (the hand) first
    best = order[0]
    if best != 0 and p[best] < model.threshold:
        best = 0  # not confident: the hand rules stand
    runner = next(j for j in order if j != best)
    return Choice(index, cands[best].timex, min(1.0, max(0.0, p[best])), cands[runner].timex, cands, best != 0)


def choose_readings(text: str, doc, mentions: Sequence[Mention], published: dt.date, lang: str = "en",
                    *, model: Model | None | str = "shipped") -> list[Choice]:
    """One :class:`Choice` per mention, in order. ``doc`` is the spaCy parse of ``text``
    (None: parsed here). Only English is read by the model; for another language every
    mention keeps its hand reading (probability 1)."""
    if isinstance(published, dt.datetime):
        published = published.date()
    if model == "shipped":
        model = load_model()
    if not mentions:
        return []
    if lang != "en":  # the resolver reads the French lexicon's English reading, not the surface
        return [Choice(i, m.timex, 1.0, None, (Candidate(m.timex, True),)) for i, m in enumerate(mentions)]
    if doc is None:
        from timeline import nlp

        doc = nlp.parse(text, lang)
    return [choose(cands, rows, model, i)
            for i, (cands, rows) in enumerate(document_features(doc, mentions, published, text))]


def apply_choices(mentions: Sequence[Mention], choices: Sequence[Choice]) -> list[Mention]:
    """The mentions with each timex replaced by the chosen one."""
    by_index = {c.index: c.timex for c in choices}
    return [replace(m, timex=by_index.get(i, m.timex)) for i, m in enumerate(mentions)]


# --- the readings a user sees (find_mentions) ------------------------------------------------

# A Timex whose reading no setting can change: a date written in full ("June 10, 2020").
_FIXED_TYPES = ("DATE", "TIME")
# Counting from the story's own date (a mention's day or written year) instead of from the
# publication only matters when that date is this far from it (the model's ``story_gap``).
STORY_GAP_DAYS = 183


def fixed(timex: Timex) -> bool:
    """Whether every setting of the resolver gives ``timex`` again: a fully stated date."""
    return timex.anchor is Anchor.ABSOLUTE and timex.type in _FIXED_TYPES and timex.interval_start is not None


def _resolve_quietly(text: str, **inputs) -> Timex | None:
    try:
        return resolve(text, **inputs)
    except Exception:  # noqa: BLE001 - a reading the resolver cannot give is no candidate
        return None


def quick_candidates(mention: Mention, published: dt.date, history: tuple[Timex, ...] = (),
                     before: str = "") -> tuple[Candidate, ...]:
    """The distinct readings of ``mention`` for the user, the hand choice first: the settings
    of :data:`SETTINGS` that can differ (the publication anchor only for an anaphoric reading,
    the story's date only when it lies far from publication), each resolved once, then the
    other kind (:data:`timeline.lang.en.readings.KIND_REWRITES`, and ``KIND_PREFIXES`` when ``before``, the word
    before the mention, is one). A fully stated date has its one reading."""
    hand = mention.timex
    if fixed(hand):
        return (Candidate(hand, True),)
    found: dict[tuple, list[str]] = {key(hand): []}
    timexes: dict[tuple, Timex] = {key(hand): hand}

    def add(timex: Timex | None, name: str) -> None:
        if timex is not None:
            k = key(timex)
            timexes.setdefault(k, timex)
            found.setdefault(k, []).append(name)

    story = history[-1].interval_start if history else None
    year = next((t.interval_start for t in reversed(history) if "year" in t.stated), None)
    far = [day for day in dict.fromkeys((story, year))
           if day is not None and abs((day - published).days) > STORY_GAP_DAYS]
    references = [("previous", published, history)]
    if history and hand.anchor is Anchor.PREVIOUS_MENTION:
        references.append(("publication", published, ()))
    references += [("story" if day == story else "year", day, history) for day in far]
    for anchor, reference, past in references:
        for direction in _DIRECTIONS:
            for firm in (False, True) if direction is Direction.PAST and anchor in ("previous", "publication") else (False,):
                timex = _resolve_quietly(mention.text, reference=reference, direction=direction, history=past,
                                         rule=hand.rule, firm_past=firm)
                add(timex, _setting_name(direction, anchor, firm))
    texts = [pattern.sub(replacement, mention.text, count=1) for pattern, replacement in KIND_REWRITES]
    if before.lower() in KIND_PREFIXES:
        texts.append(f"{before} {mention.text}")
    for text in dict.fromkeys(texts):
        if text != mention.text:
            timex = _resolve_quietly(text, reference=published, history=history)
            if timex is not None and (timex.type == "DURATION") != (hand.type == "DURATION"):
                add(timex, "kind/publication")
    return tuple(Candidate(timexes[k], k == key(hand), tuple(names)) for k, names in found.items())


_UNITS = {"Y": "year", "M": "month", "W": "week", "D": "day", "H": "hour"}
_VAGUE = {"PAST_REF": "some time before", "FUTURE_REF": "some time ahead", "PRESENT_REF": "now"}


def reading_label(timex: Timex, reference: dt.date) -> str:
    """A short name of a reading for a person: "a length of 8 years", "2028",
    "last Wednesday, 2020-06-10", "next Wednesday, 2020-06-17", "the 2030s"."""
    value = timex.value
    if timex.type == "DURATION":
        parts = re.findall(r"(\d+(?:\.\d+)?)([YMWDH])", value.replace("T", ""))
        if not parts:
            return f"a length ({value})"
        words = [f"{n} {_UNITS[u]}{'' if n == '1' else 's'}" for n, u in parts]
        return "a length of " + ", ".join(words)
    if value in _VAGUE:
        return _VAGUE[value]
    if re.fullmatch(r"\d{3}", value):
        return f"the {value}0s"
    day = timex.interval_start
    if timex.granularity == "day" and day is not None:
        gap = (day - reference).days
        weekday = day.strftime("%A")
        near = "last " if -7 <= gap < 0 else "next " if 0 < gap <= 7 else ""
        return f"{near}{weekday}, {value}" if near or gap == 0 else f"{weekday} {value}"
    if timex.granularity == "month" and day is not None:
        return day.strftime("%B %Y")
    if timex.granularity == "week" and day is not None:
        return f"the week of {day.isoformat()}"
    return value


def _word_before(text: str, mention: Mention) -> str:
    """The word just before a length in the text ("" for another reading: only a length
    reads a preposition, ``KIND_PREFIXES`` of :mod:`timeline.lang.en.readings`)."""
    if mention.timex.type != "DURATION":
        return ""
    match = re.search(r"(\w+)\s+$", text[max(0, mention.start - 20) : mention.start])
    return match.group(1) if match else ""


def attach_readings(text: str, doc, mentions: Sequence[Mention], published: dt.date, lang: str = "en",
                    *, carried: tuple[Timex, ...] = (), model: Model | None | str = "shipped") -> list[Mention]:
    """The mentions of ``text`` (parsed as ``doc``) with, on each timex, the probability of its reading among the mention's
    distinct readings and the most probable other one (``Timex.alternative``); the value is
    never changed. Features are computed only for a mention with two readings or more; with
    no model the hand reading keeps probability 1 and the next reading has none. English only
    (the French finder hands the resolver an English reading of its own, not the surface).

    ``carried`` is the dated history told before ``text`` (a long text read in pieces): the
    readings are then those of the whole text; their probabilities are the piece's, as the
    model also reads where a mention lies in its document."""
    if lang != "en" or not mentions:
        return list(mentions)
    if model == "shipped":
        model = load_model()
    out, doc_far = [], None
    for i, (mention, (history, cands)) in enumerate(zip(mentions, readings_of(text, mentions, published, carried))):
        if len(cands) < 2:
            out.append(mention)
            continue
        if model is None:
            probabilities = [1.0] + [0.0] * (len(cands) - 1)
        else:
            if doc_far is None:
                doc_far = far_share(mentions, published)
            probabilities = model.probabilities(reading_rows(doc, mentions, i, history, cands, published, doc_far))
        runner = max(range(1, len(cands)), key=lambda j: (probabilities[j], -j))
        other = cands[runner].timex
        alternative = Reading(other.type, other.value, reading_label(other, published), round(probabilities[runner], 3))
        timex = replace(mention.timex, probability=round(probabilities[0], 3), alternative=alternative)
        out.append(replace(mention, timex=timex))
    return out
