"""Training the readings model (timeline/readings.py) on TimeML folders with gold values.

Shared by ``scripts/train_readings.py`` (the shipped model) and
``benchmarks/generalization.py`` (leave one folder out). Scoring goes through
``timeline.evaluate.score_document``, so every value F1 here is the one
``timeline evaluate`` prints.

    examples(folder docs) -> Example[] per mention (the readings the pipeline scores,
                             readings.quick_candidates; feature rows; labels)
    fit(examples, C, class_weight) -> Model
    select(examples by folder) -> best (C, class_weight, threshold) by inner leave-one-folder-out
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from timeline.evaluate import Counts, score_document, total
from timeline.readings import Candidate, Model, choose, document_features

SEED = 17
# The development folders it trains and is judged on (tweets/testset stays out: held out).
DEV_CORPORA = Path(__file__).resolve().parents[2] / "shared" / "corpora"
DEV_FOLDERS = ("timebank", "aquaint", "tweets/trainingset", "wikiwars")
C_GRID = (0.03, 0.1, 0.3, 1.0)
CLASS_WEIGHTS = (None, "balanced")
THRESHOLDS = (0.0, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 0.95, 1.01)  # 1.01: never override the hand rules
MIN_COUNT = 2  # a feature must occur in this many training mentions to get a weight


@dataclass(frozen=True)
class Example:
    """One mention of a training document."""

    document: str
    candidates: tuple[Candidate, ...]
    rows: tuple[Mapping[str, float], ...]
    labels: tuple[bool, ...] | None  # None: matched to no gold expression

    @property
    def trainable(self) -> bool:
        return self.labels is not None and len(self.candidates) >= 2 and any(self.labels)


@dataclass(frozen=True)
class Document:
    """A gold document tagged by the rules: what scoring a choice needs."""

    name: str
    gold: tuple
    mentions: tuple
    examples: tuple[Example, ...]


def tag_document(name: str, gold, mentions, parsed, published: dt.date, text: str | None = None) -> Document:
    """The examples of one document: each mention's readings, as the pipeline generates them
    (``document_features``), labelled by the gold value its span matches."""
    scored = score_document(gold, mentions)
    gold_of = {j: scored.gold[i] for i, j in scored.pairs}
    examples = []
    for j, (cands, rows) in enumerate(document_features(parsed, mentions, published, text)):
        g = gold_of.get(j)
        labels = None if g is None else tuple(c.timex.value == g.value for c in cands)
        examples.append(Example(name, cands, tuple(rows), labels))
    return Document(name, tuple(gold), tuple(mentions), tuple(examples))


def score(documents: Iterable[Document], model: Model | None) -> Counts:
    """Counts of ``timeline evaluate`` with each mention's timex replaced by the model's choice."""
    counts = []
    for d in documents:
        chosen = [replace(m, timex=choose(e.candidates, e.rows, model, i).timex)
                  for i, (m, e) in enumerate(zip(d.mentions, d.examples))]
        counts.append(score_document(d.gold, chosen).counts)
    return total(counts)


def _vocabulary(examples: Sequence[Example], min_count: int) -> set[str]:
    seen: dict[str, int] = {}
    for e in examples:
        for k in {k for row in e.rows for k in row}:
            seen[k] = seen.get(k, 0) + 1
    return {k for k, n in seen.items() if n >= min_count}


def fit(examples: Sequence[Example], C: float = 0.3, class_weight=None, threshold: float = 0.5,
        min_count: int = MIN_COUNT, meta: Mapping | None = None, keep=None) -> Model:
    """A logistic regression over the candidates of trainable mentions (right vs wrong)."""
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    train = [e for e in examples if e.trainable]
    vocab = _vocabulary(train, min_count)
    if keep is not None:  # a feature variant: only the features ``keep`` accepts
        vocab = {k for k in vocab if keep(k)}
    rows = [{k: v for k, v in row.items() if k in vocab} for e in train for row in e.rows]
    y = [int(label) for e in train for label in e.labels]
    vectorizer = DictVectorizer(sort=True)
    X = vectorizer.fit_transform(rows).tocsr()
    X.indices, X.indptr = X.indices.astype("int32"), X.indptr.astype("int32")  # liblinear's index type
    clf = LogisticRegression(C=C, class_weight=class_weight, solver="liblinear", random_state=SEED, max_iter=1000)
    clf.fit(X, y)
    names = vectorizer.get_feature_names_out()
    weights = {str(n): float(w) for n, w in zip(names, clf.coef_[0]) if abs(w) >= 1e-4}
    info = {"C": C, "class_weight": class_weight, "min_count": min_count, "mentions": len(train),
            "candidates": len(y), "features": len(weights), **(meta or {})}
    return Model(weights, float(clf.intercept_[0]), threshold, info)


def gain(examples: Iterable[Example], model: Model, threshold: float) -> int:
    """Right values won minus lost against the hand rules, over mentions with gold."""
    m = replace(model, threshold=threshold)
    won = 0
    for e in examples:
        if e.labels is None or len(e.candidates) < 2:
            continue
        c = choose(e.candidates, e.rows, m)
        j = next(k for k, cand in enumerate(e.candidates) if cand.timex is c.timex)
        won += int(e.labels[j]) - int(e.labels[0])
    return won


def select(by_folder: Mapping[str, Sequence[Example]], log=None) -> tuple[float, object, float, dict]:
    """(C, class_weight, threshold) that win most right values over the hand rules when
    each training folder is left out in turn (inner leave-one-folder-out): chosen on the
    training folders only."""
    results = {}
    folders = list(by_folder)
    for C in C_GRID:
        for cw in CLASS_WEIGHTS:
            per_threshold = dict.fromkeys(THRESHOLDS, 0)
            for held in folders:
                train = [e for f in folders if f != held for e in by_folder[f]]
                model = fit(train, C, cw)
                for t in THRESHOLDS:
                    per_threshold[t] += gain(by_folder[held], model, t)
            for t, g in per_threshold.items():
                results[(C, cw, t)] = g
            if log:
                log(f"    C={C:<5} class_weight={str(cw):8} gain by threshold: "
                    + " ".join(f"{t:g}:{g:+d}" for t, g in per_threshold.items()))
    # the most gain; ties go to the more cautious threshold, then the stronger regularisation
    best = max(results, key=lambda k: (results[k], k[2], -k[0]))
    return (*best, results)


# --- reading folders (parses, mentions and features cached when a cache folder is given) ----


def load_folder(folder, cache=None, log=None) -> list[Document]:
    """The gold documents of a TimeML ``folder``, tagged by the rules, with their examples.

    ``cache``: a folder where the spaCy parses, the rules' mentions and the features are
    kept between runs; mentions and features are keyed by a hash of the package's source,
    parses by the text and :func:`timeline.nlp.pipeline_digest` (the model, the components
    and the tokenizer's special cases)."""
    import hashlib
    import pickle
    import time
    from pathlib import Path

    from timeline import nlp
    from timeline.temporal import find_mentions
    from timeline.timeml import read_corpus

    folder = Path(folder)
    docs, _ = read_corpus(folder)
    pipeline = nlp.load("en")
    stem = folder.resolve().as_posix().replace("/", "_").strip("_")
    cache = Path(cache) if cache else None
    parsed = None
    started = time.perf_counter()
    if cache:
        cache.mkdir(parents=True, exist_ok=True)
        path = cache / f"{stem}.{nlp.pipeline_digest('en')}.docbin"  # a parse by this pipeline only
        from spacy.tokens import DocBin

        if path.exists():
            parsed = list(DocBin().from_disk(path).get_docs(pipeline.vocab))
            if len(parsed) != len(docs) or any(p.text != nlp.parseable(d.text) for p, d in zip(parsed, docs)):
                parsed = None
        if parsed is None:
            parsed = list(pipeline.pipe((nlp.parseable(d.text) for d in docs), batch_size=32))
            bin_ = DocBin(store_user_data=False)
            for p in parsed:
                bin_.add(p)
            bin_.to_disk(path)
    else:
        parsed = list(pipeline.pipe((nlp.parseable(d.text) for d in docs), batch_size=32))
    # mentions and features: kept while no source file of the package changes (the features
    # read the resolver, the English data and the verb walk, not readings.py alone)
    package = Path(__file__).resolve().parent
    code = hashlib.sha256(b"".join(p.read_bytes() for p in sorted(package.rglob("*.py")))).hexdigest()[:12]
    mentions = None
    if cache:
        path = cache / f"{stem}.mentions-{code}.pickle"
        if path.exists():
            mentions = pickle.loads(path.read_bytes())
        if mentions is None or len(mentions) != len(docs):
            mentions = [list(find_mentions(d.text, published=d.dct, doc=p)) for d, p in zip(docs, parsed)]
            path.write_bytes(pickle.dumps(mentions))
    else:
        mentions = [list(find_mentions(d.text, published=d.dct, doc=p)) for d, p in zip(docs, parsed)]
    result = None
    if cache:
        path = cache / f"{stem}.features-{code}.pickle"
        if path.exists():
            result = pickle.loads(path.read_bytes())
    if result is None:
        result = [tag_document(d.name, d.timexes, tuple(m), p, d.dct, d.text)
                  for d, m, p in zip(docs, mentions, parsed)]
        if cache:
            path.write_bytes(pickle.dumps(result))
    if log:
        log(f"  {folder}: {len(docs)} documents, {sum(len(d.examples) for d in result)} mentions, "
            f"{sum(e.trainable for d in result for e in d.examples)} trainable ({time.perf_counter() - started:.1f} s)")
    return result
