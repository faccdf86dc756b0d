"""Merging: the reports of one happening across articles become one event.

Input is the per-article table of :func:`timeline.order.build_timeline`;
output the same columns, one row per happening, ordered the same way, with
``article_ids``, ``sources``, ``n_sources``, ``merge_reason`` and
``date_conflict`` filled (see timeline/order.py).

Two rows of different articles are merged when
    actor   the same normalised name ("Microsoft Corp." = "Microsoft"), or
            coreferent: a person the article ties to the other's actor
            ("Brad Smith, Microsoft's president"; weight COREFERENT_ACTOR)
    time    their spans overlap or one lies inside the other ("on Monday"
            inside "this week"); days that disagree (at most
            CONFLICT_WINDOW_DAYS apart) only with the same actor and a score
            over ``conflict_threshold``, and the readings go to date_conflict
    action  score = actor weight x (WEIGHTS: same trigger stem, overlap of
            the action's object words, TF-IDF cosine of the evidence
            sentences) reaches ``threshold``.
Syndicated copies (word-shingle containment of the article texts over
``syndication_threshold``; candidates by MinHash LSH) pair their events by
trigger and sentence instead, whatever the dates. Pairs join greedily, best
score first, and a merged event never holds two rows of one article, so two
happenings of one actor on one day stay two. Candidates are blocked by actor
and a time window (at most MAX_CANDIDATES neighbours a row), never all pairs.

A merged row is its sources' most precise agreeing date (the shortest span,
then the most confident); when days conflict, the reading most sources share.
The row of that reading gives the other columns and comes first in
article_ids and sources; confidence is the best of the sources', entities
their union, merge_reason the links that joined them ("a-e2 + b-e1: actor
'microsoft'; trigger 'said'; object 1.00; sentence 0.40; time inside; score 0.76").
"""

from __future__ import annotations

import datetime as dt
import re
import zlib
from collections import defaultdict
from collections.abc import Iterable, Mapping

import numpy as np
import pandas as pd
from sklearn.feature_extraction.text import TfidfVectorizer

from timeline.errors import InputError
from timeline.order import COLUMNS, _granularity_rank, _typed, build_timeline, single_source, when_key
from timeline.types import Article, DateReading, Source

DEFAULT_THRESHOLD = 0.5  # score a same-time pair needs
DEFAULT_CONFLICT_THRESHOLD = 0.75  # score a pair whose days disagree needs
DEFAULT_SYNDICATION_THRESHOLD = 0.8  # share of the shorter text's shingles found in the other
WEIGHTS = {"trigger": 0.35, "object": 0.25, "sentence": 0.4}
COREFERENT_ACTOR = 0.8  # a person and their organisation: less sure than one name
CONFLICT_WINDOW_DAYS = 7  # days further apart are different happenings
MAX_CANDIDATES = 200  # neighbours in time compared per row within an actor's block
SYNDICATED_SENTENCE = 0.8  # cosine two copies' sentences need to be one event
SHINGLE_WORDS = 4
# MinHash LSH for copy candidates: a pair whose shingle sets have Jaccard J
# shares a band with probability 1 - (1 - J**ROWS)**BANDS: 0.98 at J=0.7, 0.03 at J=0.3.
MINHASH_BANDS, MINHASH_ROWS = 8, 4
_PRIME = np.uint64(4_294_967_311)  # the first prime above 2**32
_HASH_A = np.random.default_rng(0).integers(1, 2**32, MINHASH_BANDS * MINHASH_ROWS, dtype=np.uint64)
_HASH_B = np.random.default_rng(1).integers(0, 2**32, MINHASH_BANDS * MINHASH_ROWS, dtype=np.uint64)

# Endings of company names that do not change who is meant.
COMPANY_SUFFIXES = frozenset(
    "corp corporation inc incorporated ltd limited co company plc llc lp sa ag nv gmbh "
    "se spa bv holdings group".split()
)
_WORD = re.compile(r"[\w&]+")
_POSSESSIVE = re.compile(r"['’]s\b")
_STOP = frozenset(
    "a an the of to in on at for by with from and or but not no as that this these those "
    "its it their his her our we they he she be is are was were been has have had will would "
    "de la le les des du un une et en".split()
)


def normalise_actor(name: str) -> str:
    """A key for who is meant: "Microsoft Corp." -> "microsoft", "the Fed" -> "fed"."""
    words = _WORD.findall(_POSSESSIVE.sub("", name.casefold()))
    if words and words[0] == "the":
        words = words[1:]
    while len(words) > 1 and words[-1] in COMPANY_SUFFIXES:
        words.pop()
    return " ".join(words)


def stem(word: str) -> str:
    """A crude English stem, enough to match "banned", "bans", "ban" (no model needed)."""
    word = word.casefold()
    for suffix in ("ing", "ed", "es", "s"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            word = word[: -len(suffix)]
            break
    if len(word) > 3 and word.endswith("e"):
        word = word[:-1]
    if len(word) > 3 and word[-1] == word[-2] and word[-1] not in "aeiouls":
        word = word[:-1]  # "bann" -> "ban"
    return word


def object_words(action: str, trigger: str) -> frozenset[str]:
    """Stems of the action's content words other than the trigger."""
    skip = stem(trigger)
    return frozenset(
        s for w in _WORD.findall(action) if w.casefold() not in _STOP and (s := stem(w)) != skip
    )


# --- articles: sources, copies, affiliations ---------------------------------


def _by_id(articles: Mapping[str, Article] | Iterable[Article]) -> dict[str, Article]:
    if isinstance(articles, Mapping):
        return dict(articles)
    return {article.article_id: article for article in articles}


def _shingles(text: str) -> set[int]:
    """CRC32 of the text's word 4-grams (stable across runs, unlike hash())."""
    words = _WORD.findall(text.casefold())
    grams = [words[i:i + SHINGLE_WORDS] for i in range(max(1, len(words) - SHINGLE_WORDS + 1))]
    return {zlib.crc32(" ".join(gram).encode()) for gram in grams if gram}


def _minhash(shingles: set[int]) -> np.ndarray:
    values = np.fromiter(shingles, dtype=np.uint64, count=len(shingles))
    # (a*h + b) mod p with h, a, b < 2**32 stays inside uint64: no overflow.
    return ((np.outer(values, _HASH_A) + _HASH_B) % _PRIME).min(axis=0)


def syndicated_pairs(articles: Mapping[str, Article] | Iterable[Article],
                     threshold: float = DEFAULT_SYNDICATION_THRESHOLD) -> dict[tuple[str, str], float]:
    """Pairs of articles that are copies of one text (another header, footer or title).

    The measure is containment: the share of the shorter text's word 4-grams
    found in the other. Candidates come from MinHash locality-sensitive hashing
    (MINHASH_BANDS bands of MINHASH_ROWS values agree only for texts that share
    most of their shingles), so unrelated texts are never compared.
    """
    shingles = {aid: _shingles(a.text) for aid, a in _by_id(articles).items()}
    buckets: dict[tuple, list[str]] = defaultdict(list)
    for aid, hashes in shingles.items():
        if not hashes:
            continue
        signature = _minhash(hashes)
        for band in range(MINHASH_BANDS):
            rows = signature[band * MINHASH_ROWS:(band + 1) * MINHASH_ROWS]
            buckets[(band, *rows.tolist())].append(aid)
    candidates = {tuple(sorted((a, b))) for ids in buckets.values()
                  for i, a in enumerate(ids) for b in ids[i + 1:]}
    pairs = {}
    for a, b in sorted(candidates):
        smaller = min(len(shingles[a]), len(shingles[b]))
        containment = len(shingles[a] & shingles[b]) / smaller
        if containment >= threshold:
            pairs[(a, b)] = round(containment, 3)
    return pairs


_NAME = r"[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*)*"  # capitalised words: "Microsoft", "General Motors Co."


def affiliations(article: Article, people: Iterable[str]) -> dict[str, str]:
    """Person -> organisation when the text ties them by apposition or title:
    "Brad Smith, Microsoft's president", "Brad Smith, a top official of
    Microsoft", "Microsoft's president Brad Smith", "Microsoft President Brad Smith".
    ``people`` are the article's actors; only full names (two capitalised words) are tried."""
    found = {}
    for person in {p for p in people if len(p.split()) >= 2 and all(w[:1].isupper() for w in p.split())}:
        p = re.escape(person)
        patterns = (
            rf"{p},\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){{0,4}}?(?:of|at|for|from)\s+(?:the\s+)?({_NAME})",
            rf"{p},\s+(?:the\s+)?({_NAME})['’]s\s",
            rf"({_NAME})(?:['’]s\s+(?:[\w-]+\s+){{0,2}}?|\s+[A-Z][a-z]+\s+){p}",
        )
        for pattern in patterns:
            match = re.search(pattern, article.text)
            if match and normalise_actor(match[1]) not in ("", normalise_actor(person)):
                found[person] = match[1]
                break
    return found


# --- pairs -------------------------------------------------------------------


def _ordinals(days) -> np.ndarray:
    return np.array([d.toordinal() if d is not None else -1 for d in days], dtype=np.int64)


def _time_relations(starts, ends, left, right) -> tuple[np.ndarray, np.ndarray]:
    """Per pair: 0 incompatible, 1 same span, 2 one inside the other, 3 overlap,
    4 both undated, 5 conflicting days (at most CONFLICT_WINDOW_DAYS apart); and the gap in days."""
    s1, e1, s2, e2 = starts[left], ends[left], starts[right], ends[right]
    dated1, dated2 = s1 >= 0, s2 >= 0
    overlap = dated1 & dated2 & (s1 < e2) & (s2 < e1)
    gap = np.where(s2 >= e1, s2 - e1 + 1, s1 - e2 + 1)
    inside = ((s1 >= s2) & (e1 <= e2)) | ((s2 >= s1) & (e2 <= e1))
    kind = np.select(
        [overlap & (s1 == s2) & (e1 == e2), overlap & inside, overlap, ~dated1 & ~dated2,
         dated1 & dated2 & (gap <= CONFLICT_WINDOW_DAYS)],
        [1, 2, 3, 4, 5], default=0)
    return kind, np.where(kind == 5, gap, 0)


TIME_NOTES = {1: "time same span", 2: "time inside", 3: "time overlap", 4: "both undated"}


def _candidates(starts: list, ends: list, articles: list, keys: list[tuple[str, ...]]) -> np.ndarray:
    """Row pairs (i < j, as an n x 2 array) of different articles sharing an actor key
    and a time window; undated rows pair with undated rows only."""
    blocks: dict[tuple, list[int]] = defaultdict(list)
    for i, row_keys in enumerate(keys):
        for key in row_keys:
            blocks[(key, starts[i] is None)].append(i)
    window = dt.timedelta(days=CONFLICT_WINDOW_DAYS)
    left, right = [], []
    for (_, undated), members in blocks.items():
        if not undated:
            members.sort(key=lambda i: starts[i])
        for n, i in enumerate(members):
            limit = None if undated else ends[i] + window
            for j in members[n + 1:n + 1 + MAX_CANDIDATES]:
                if limit is not None and starts[j] >= limit:
                    break
                if articles[i] != articles[j]:
                    left.append(min(i, j))
                    right.append(max(i, j))
    if not left:
        return np.zeros((0, 2), dtype=np.int64)
    return np.unique(np.column_stack([left, right]).astype(np.int64), axis=0)


def _sentence_vectors(rows: pd.DataFrame):
    sentences = rows.sentence.tolist()
    vectoriser = TfidfVectorizer(sublinear_tf=True, strip_accents="unicode", token_pattern=r"(?u)\b\w+\b")
    try:
        return vectoriser.fit_transform(sentences)  # rows are L2-normalised: dot = cosine
    except ValueError:  # no word at all
        return None


def _cosines(vectors, left: np.ndarray, right: np.ndarray) -> np.ndarray:
    if vectors is None or not len(left):
        return np.zeros(len(left))
    return np.asarray(vectors[left].multiply(vectors[right]).sum(axis=1)).ravel()


# --- merging -----------------------------------------------------------------


def merge_events(timeline_df: pd.DataFrame, articles: Mapping[str, Article] | Iterable[Article], *,
                 threshold: float = DEFAULT_THRESHOLD,
                 conflict_threshold: float = DEFAULT_CONFLICT_THRESHOLD,
                 syndication_threshold: float = DEFAULT_SYNDICATION_THRESHOLD) -> pd.DataFrame:
    """One row per happening reported across ``articles`` (see the module docstring).

    ``timeline_df`` is a per-article table (:func:`timeline.order.build_timeline`);
    ``articles`` gives each source's title, URL and text (copies, affiliations).
    """
    by_id = _by_id(articles)
    rows = timeline_df.reset_index(drop=True)
    if rows.empty:
        return rows
    missing = sorted(set(rows.article_id) - set(by_id))
    if missing:
        raise InputError(f"No article given for the events of {', '.join(missing[:5])}"
                         f"{' ...' if len(missing) > 5 else ''}: merging needs every source article.")
    if "n_sources" in rows.columns and (rows.n_sources > 1).any():
        raise InputError("These events are already merged: merge the per-article timeline.")

    actors = rows.actor.tolist()
    norms = [normalise_actor(a) for a in actors]
    affiliation: dict[tuple[str, str], str] = {}  # (article, person) -> organisation key
    names = defaultdict(set)
    for aid, actor in zip(rows.article_id, actors):
        names[aid].add(actor)
    for aid, article_names in names.items():
        for person, org in affiliations(by_id[aid], article_names).items():
            affiliation[(aid, person)] = normalise_actor(org)
    affiliated = [affiliation.get((aid, actor), "") for aid, actor in zip(rows.article_id, actors)]
    keys = [tuple(k for k in {n, o} if k) for n, o in zip(norms, affiliated)]

    triggers = [stem(t) for t in rows.trigger]
    objects = [object_words(a, t) for a, t in zip(rows.action, rows.trigger)]
    vectors = _sentence_vectors(rows)
    event_ids, values = rows.event_id.tolist(), rows.value.tolist()

    pairs = _candidates(rows.start.tolist(), rows.end.tolist(), rows.article_id.tolist(), keys)
    left, right = pairs[:, 0], pairs[:, 1]
    kind, gap = _time_relations(_ordinals(rows.start), _ordinals(rows.end), left, right)
    undated_apart = (kind == 4) & (np.array(values, dtype=object)[left] != np.array(values, dtype=object)[right])
    kind[undated_apart] = 0  # FUTURE_REF and a duration with no anchor are not one time
    codes = {name: n for n, name in enumerate(dict.fromkeys(norms))}
    norm_ids = np.array([codes[n] for n in norms])
    same_actor = (norm_ids[left] == norm_ids[right]) & (np.array([bool(n) for n in norms])[left])
    weight = np.where(same_actor, 1.0, COREFERENT_ACTOR)
    trigger_codes = {name: n for n, name in enumerate(dict.fromkeys(triggers))}
    trigger_ids = np.array([trigger_codes[t] for t in triggers])
    same_trigger = trigger_ids[left] == trigger_ids[right]
    cosines = _cosines(vectors, left, right)
    needed = np.where(kind == 5, conflict_threshold, threshold)
    # The object overlap is at most 1: pairs that cannot reach the threshold are not scored.
    best_case = weight * (WEIGHTS["trigger"] * same_trigger + WEIGHTS["object"]
                          + WEIGHTS["sentence"] * cosines)
    hopeful = (kind > 0) & (best_case >= needed) & ((kind != 5) | same_actor)

    links = []  # (priority, score, i, j, reason)
    for n in np.flatnonzero(hopeful):
        i, j = int(left[n]), int(right[n])
        union = objects[i] | objects[j]
        overlap = len(objects[i] & objects[j]) / len(union) if union else 0.0
        score = float(weight[n] * (WEIGHTS["trigger"] * same_trigger[n] + WEIGHTS["object"] * overlap
                                   + WEIGHTS["sentence"] * cosines[n]))
        if score < needed[n]:
            continue
        actor_note = (f"actor {norms[i]!r}" if same_actor[n] else
                      f"coreferent actors {actors[i]!r} / {actors[j]!r}")
        time_note = f"days {gap[n]} apart (conflict)" if kind[n] == 5 else TIME_NOTES[kind[n]]
        reason = (f"{event_ids[i]} + {event_ids[j]}: {actor_note}; "
                  f"{'trigger ' + repr(triggers[i]) if same_trigger[n] else 'other triggers'}; "
                  f"object {overlap:.2f}; sentence {cosines[n]:.2f}; {time_note}; score {score:.2f}")
        links.append((1, score, i, j, reason))

    links.extend(_syndicated_links(rows, by_id, triggers, vectors, syndication_threshold))
    groups = _join(rows, links)
    return _merged_table(rows, groups, by_id)


def _syndicated_links(rows, by_id, triggers, vectors, threshold) -> list[tuple]:
    copies = syndicated_pairs(by_id[aid] for aid in dict.fromkeys(rows.article_id))
    if not copies:
        return []
    positions = defaultdict(list)
    for i, aid in enumerate(rows.article_id):
        positions[aid].append(i)
    found = [(i, j, containment) for (first, second), containment in copies.items()
             for i in positions[first] for j in positions[second] if triggers[i] == triggers[j]]
    if not found:
        return []
    left, right = np.array([f[0] for f in found]), np.array([f[1] for f in found])
    links = []
    for (i, j, containment), cosine in zip(found, _cosines(vectors, left, right)):
        if cosine >= SYNDICATED_SENTENCE:
            reason = (f"{rows.event_id.iat[i]} + {rows.event_id.iat[j]}: syndicated copy "
                      f"(text containment {containment:.2f}); trigger {triggers[i]!r}; "
                      f"sentence {cosine:.2f}")
            links.append((2, float(cosine), i, j, reason))  # copies first
    return links


def _join(rows: pd.DataFrame, links: list[tuple]) -> list[tuple[list[int], list[str]]]:
    """Greedy single-link clusters, best links first, never two rows of one article."""
    parent = list(range(len(rows)))
    members = {i: [i] for i in range(len(rows))}
    article_sets = {i: {aid} for i, aid in enumerate(rows.article_id)}
    reasons = {i: [] for i in range(len(rows))}

    def root(i):
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for _, _, i, j, reason in sorted(links, key=lambda link: (-link[0], -link[1], link[2], link[3])):
        ri, rj = root(i), root(j)
        if ri == rj or article_sets[ri] & article_sets[rj]:
            continue
        parent[rj] = ri
        members[ri] += members.pop(rj)
        article_sets[ri] |= article_sets.pop(rj)
        reasons[ri] += [*reasons.pop(rj), reason]
    return [(sorted(members[r]), reasons[r]) for r in members]


def _merged_table(rows: pd.DataFrame, groups, by_id: dict[str, Article]) -> pd.DataFrame:
    records = rows.to_dict("records")
    out = []
    for members, reasons in groups:
        group = [records[i] for i in members]
        best, conflict = _date_of(group)
        ordered = [best] + [r for r in group if r is not best]
        row = dict(best)
        row["confidence"] = max(r["confidence"] for r in group)
        row["entities"] = tuple(dict.fromkeys(e for r in ordered for e in r["entities"]))
        row["article_ids"] = tuple(r["article_id"] for r in ordered)
        row["sources"] = tuple(_source(r, by_id[r["article_id"]]) for r in ordered)
        row["n_sources"] = len(ordered)
        row["merge_reason"] = " | ".join(reasons)
        row["date_conflict"] = conflict
        out.append(row)
    article_rank = {aid: n for n, aid in enumerate(dict.fromkeys(rows.article_id))}
    out.sort(key=lambda r: (r["start"] is None, when_key(r["start"], r["value"]),
                            -_granularity_rank(r["granularity"]), article_rank[r["article_id"]],
                            r["char_start"]))
    return _typed(pd.DataFrame(out, columns=list(COLUMNS)))


def _source(row: dict, article: Article) -> Source:
    return Source(row["article_id"], article.title, article.url, row["sentence"])


def _span_days(row: dict) -> int:
    return (row["end"] - row["start"]).days if row["start"] is not None else 10**9


def _date_of(group: list[dict]) -> tuple[dict, tuple[DateReading, ...]]:
    """The row whose date the merged event keeps, and the readings if they conflict.

    Nested or overlapping readings agree: the most precise (shortest span,
    then most confident) is kept. Disjoint ones conflict: the reading most
    sources share is kept (then the most confident) and all readings listed.
    """
    readings: dict[tuple, list[dict]] = defaultdict(list)
    for row in group:
        readings[(row["value"], row["start"], row["end"])].append(row)
    spans = [(s, e) for (_, s, e) in readings if s is not None]
    disjoint = any(a[1] <= b[0] or b[1] <= a[0] for n, a in enumerate(spans) for b in spans[n + 1:])
    if not disjoint:
        return min(group, key=lambda r: (_span_days(r), -r["confidence"])), ()
    chosen = max(readings.values(), key=lambda rs: (len(rs), max(r["confidence"] for r in rs),
                                                    -min(_span_days(r) for r in rs)))
    best = max(chosen, key=lambda r: r["confidence"])
    conflict = tuple(DateReading(value, tuple(r["article_id"] for r in rs))
                     for (value, _, _), rs in readings.items())
    return best, conflict


def with_sources(timeline_df: pd.DataFrame,
                 articles: Mapping[str, Article] | Iterable[Article]) -> pd.DataFrame:
    """The per-article table (no merging) with each row's source titled (``--no-merge``)."""
    by_id = _by_id(articles)
    df = timeline_df.copy()
    df["sources"] = [
        single_source(aid, sentence, getattr(by_id.get(aid), "title", ""),
                      getattr(by_id.get(aid), "url", ""))["sources"]
        for aid, sentence in zip(df.article_id, df.sentence)
    ]
    return df


def merged_timeline(articles: Iterable[Article], *, merge: bool = True, **settings) -> pd.DataFrame:
    """Extract events from ``articles`` and merge them (``merge=False``: one row per report)."""
    from timeline.events import extract_events

    articles = list(articles)
    events = [event for article in articles for event in extract_events(article)]
    df = build_timeline(events)
    return merge_events(df, articles, **settings) if merge else with_sources(df, articles)
