"""The pipeline: find temporal expressions in a text and resolve each one.

The stages, in order, are written once, in :func:`_find` (and why the order matters):

1. find: the patterns of :mod:`timeline.lexicon` are searched in the raw text
   (:mod:`timeline.temporal.candidates`);
2. select: overlapping candidates, the longest wins, then the earlier rule;
3. widen: modifiers next to a span join it ("late November", "more than two years"),
   only now, so that a modifier never outranks a longer expression;
4. split: a range of days or years is cut into one candidate per date ("10-12 October");
5. veto: the parse vetoes false friends (:mod:`timeline.temporal.vetoes`): the modal
   "may", "march" as a verb, ages, "fall" as a verb, numbers that count nouns ("1990 troops");
6. re-read: the parse re-reads a few candidates as another rule ("expected to *last* six
   weeks", "the first time in 15 years", "a month earlier" told in a story);
7. fill gaps from spaCy: DATE/TIME entities where the rules left a gap (a vetoed span is no
   gap) and the resolver can read them: a second signal, never trusted alone;
8. resolve: each span left to right (:mod:`timeline.temporal.resolve`), with the direction
   read from its sentence (:mod:`timeline.lang.en.tense`) and the earlier mentions kept for
   anaphora ("the next day");
9. mend: two neighbouring mentions are read together (:mod:`timeline.temporal.menders`):
   "the quarter ended Sept. 30", "10:35 a.m. Friday", "from Monday to Friday".

French text is found by :func:`timeline.lang.fr.find.find` (its own rules and vetoes; its tense
in :mod:`timeline.lang.fr.tense`), then resolved and mended by the same stages 8 and 9.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, replace

from timeline import nlp
from timeline.errors import InputError
from timeline.lang.en.tense import direction_of, firm_past
from timeline.lang.fr import find as french_find
from timeline.lang.fr import tense as french_tense
from timeline.readings import attach_readings
from timeline.temporal.candidates import (
    Candidate,
    entity_candidates,
    occupancy,
    reread,
    rule_candidates,
    select,
    sentence_bounds,
    split_ranges,
    widen,
)
from timeline.temporal.menders import mend_pair
from timeline.temporal.resolve import resolve
from timeline.temporal.vetoes import vetoed
from timeline.types import Direction, Mention, Timex

_FLAGS = re.IGNORECASE


def find_mentions(
    text: str, *, published: dt.date, lang: str = "en", doc=None
) -> list[Mention]:
    """Every temporal expression in ``text``, resolved against ``published``.

    ``doc`` is a spaCy parse of exactly ``text`` (pass it to avoid parsing twice).
    Returns mentions in text order; ``text[m.start:m.end] == m.text``.

    >>> [m.value for m in find_mentions("IBM said on Monday", published=dt.date(2020, 6, 11))]
    ['2020-06-08']
    """
    if published is None:
        raise InputError("A publication date is required to resolve relative dates.")
    if isinstance(published, dt.datetime):
        published = published.date()
    if not isinstance(published, dt.date):
        raise InputError(f"Publication date must be a date, not {type(published).__name__}.")
    if not text or not text.strip():
        return []
    if doc is None and len(text) > CHUNK_CHARS:
        return [m for piece in tagged_pieces(text, published, lang) for m in piece.mentions]
    if doc is None:
        doc = nlp.parse(text, lang)
    return _find(text, doc, published, lang)[0]


def _find(text: str, doc, published: dt.date, lang: str, carried: tuple[Timex, ...] = ()):
    """The mentions of ``text`` (parsed as ``doc``) and the dated history after them;
    ``carried`` is the history told before this text (an earlier piece)."""
    if lang == "fr":  # French words, read in English by the French lexicon, resolved alike
        found = french_find.find(text, doc)
        candidates = [Candidate(f.start, f.end, None, f.reading) for f in found]
        return _resolve_all(text, doc, candidates, published, tense=french_tense.tense_reader(found), carried=carried)
    found = rule_candidates(text)  # 1. find
    found = select(found)  # 2. select
    found = select([widen(text, c) for c in found])  # 3. widen (and select again)
    found = split_ranges(text, found)  # 4. split
    kept = [c for c in found if not vetoed(text, doc, c)]  # 5. veto
    ruled = [reread(text, doc, c) for c in kept]  # 6. re-read
    # 7. spaCy's entities only fill gaps the rules left (a vetoed span is no gap); those the
    # resolver cannot read are dropped when resolving.
    taken = occupancy(len(text), found)
    extra = [c for c in entity_candidates(doc) if not any(taken[c.start : c.end]) and not vetoed(text, doc, c)]
    # 8. resolve and 9. mend, left to right
    mentions, history = _resolve_all(text, doc, sorted(ruled + extra, key=lambda c: c.start), published, carried=carried)
    # 10. readings: each timex's probability and runner-up reading (its value unchanged)
    return attach_readings(text, doc, mentions, published, carried=carried), history


# Longer texts are parsed and tagged (and their events extracted) in pieces of at most
# this many characters, cut at paragraph ends: a parse costs memory with its length, and
# some steps walk the sentence or the parse. Each piece's parse is released before the
# next; offsets stay those of the whole text.
CHUNK_CHARS = 100_000


# Anaphora reaches across a cut through the latest dated mentions ("on Monday ... [cut] ...
# the next day"): the resolver walks this history per mention, so what crosses is bounded.
CARRIED_HISTORY = 200


# Where a piece may end, best first: a blank line, a line end, a sentence end, a space.
_CUTS = (re.compile(r"\n[^\S\n]*\n\s*"), re.compile(r"\n\s*"), re.compile(r"[.!?][\"'\u201d)]*\s+"), re.compile(r"\s+"))


def chunk_bounds(text: str, size: int = CHUNK_CHARS) -> list[tuple[int, int]]:
    """[start, end) pieces of at most ``size`` characters, cut after a paragraph end when
    possible (else a line end, a sentence end, a space), never in the first half of a piece."""
    bounds, start = [], 0
    while start < len(text):
        end = min(start + size, len(text))
        if end < len(text):
            for cut in _CUTS:
                ends = [m.end() for m in cut.finditer(text, start + size // 2, end)]
                if ends:
                    end = ends[-1]
                    break
        bounds.append((start, end))
        start = end
    return bounds


@dataclass(frozen=True, slots=True)
class TaggedPiece:
    """One piece of a long text: where it lies in the text, its parse and its mentions."""

    start: int
    end: int
    doc: object
    mentions: tuple[Mention, ...]  # offsets into the whole text
    local_mentions: tuple[Mention, ...]  # the same, offsets into the piece (its doc)


def tagged_pieces(text: str, published: dt.date, lang: str = "en", size: int = CHUNK_CHARS):
    """Parse and tag ``text`` piece by piece, carrying anaphora across the cuts.

    A generator: each piece's parse lives only until the caller moves on."""
    carried: tuple[Timex, ...] = ()
    for a, b in chunk_bounds(text, size):
        piece = text[a:b]
        if not piece.strip():
            continue
        doc = nlp.parse(piece, lang)
        local, history = _find(piece, doc, published, lang, carried)
        carried = history[-CARRIED_HISTORY:]
        shifted = tuple(replace(m, start=m.start + a, end=m.end + a, sentence_start=m.sentence_start + a,
                                sentence_end=m.sentence_end + a) for m in local)  # fmt: skip
        yield TaggedPiece(a, b, doc, shifted, tuple(local))
        del doc


_EVENT_NAMED_AFTER = re.compile(r"\s+[a-z]")


_TRAILING_SIGNAL = re.compile(r"[\s,]+(?:later|earlier|previously)$", _FLAGS)


def _resolve_all(text: str, doc, candidates: list[Candidate], published: dt.date, tense=None,
                 carried: tuple[Timex, ...] = ()) -> tuple[list[Mention], tuple[Timex, ...]]:
    """Resolve each candidate in text order; returns the mentions and the dated history.
    ``tense`` reads a span's direction from the parse (default: English; the firm-past
    test is English only). ``carried``: the history of the text before this one."""
    mentions: list[Mention] = []
    history: list[Timex] = list(carried)
    for cand in candidates:
        surface = text[cand.start : cand.end]
        if cand.rule == "unit_before_after" and not history and _EVENT_NAMED_AFTER.match(text, cand.end):
            continue  # "spoke the day before the vote", no date told yet: nothing to count from
        direction = (tense or direction_of)(doc, cand.start, cand.end)
        firm = tense is None and direction is Direction.PAST and firm_past(doc, cand.start, cand.end)
        timex = resolve(cand.reading or surface, reference=published, direction=direction, history=tuple(history),
                        rule=cand.rule, firm_past=firm)
        if timex is None:
            continue
        end = cand.end
        if timex.rule == "sequence":  # "later" is a signal, outside the expression (TimeML)
            end = cand.start + len(_TRAILING_SIGNAL.sub("", surface))
        sent = sentence_bounds(doc, cand.start)
        if end > sent[1]:  # the parser cut a sentence inside the expression: the sentence runs on
            sent = (sent[0], sentence_bounds(doc, end - 1)[1])
        mentions.append(Mention(text[cand.start : end], cand.start, end, timex, *sent))
        if timex.type in ("DATE", "TIME") and timex.interval_start is not None and timex.value != "PRESENT_REF":
            history.append(timex)
        if len(mentions) > 1:  # mend the pair, before later mentions count from it
            pair = mend_pair(text, mentions[-2], mentions[-1], published)
            if pair is not None:
                moved = {id(m.timex): t for m, t in zip(mentions[-2:], pair)}
                mentions[-2:] = [replace(m, timex=t) for m, t in zip(mentions[-2:], pair)]
                # a recurrence ("Monday and Tuesday nights") is no dated mention: it leaves the history
                history = [t for t in (moved.get(id(t), t) for t in history) if t.type != "SET"]
    return mentions, tuple(history)
