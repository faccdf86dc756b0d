"""Find temporal expressions in a text and resolve each one.

Stages, in order (and why the order matters):
1. rule patterns from :mod:`timeline.lexicon` are searched in the raw text;
2. overlapping candidates: the longest wins, then the earlier rule;
3. modifiers next to a span join it ("late November", "more than two years"),
   only now, so that a modifier never outranks a longer expression;
4. the parse vetoes false friends: the modal "may", "march" as a verb, ages,
   "fall" as a verb, numbers that count nouns ("1990 troops");
5. spaCy DATE/TIME entities fill the gaps the rules left (a vetoed span is no
   gap) where the resolver can read them: a second signal, never trusted alone;
6. each span is resolved left to right, with the direction read from its
   sentence and the earlier mentions kept for anaphora ("the next day");
7. a period followed by "ended <day>" is re-read as the one closing that day.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, replace

from timeline import french, nlp
from timeline import lexicon as lx
from timeline.errors import InputError
from timeline.lang.en import patterns as en_patterns
from timeline.lang.en import words as en
from timeline.lang.fr import patterns as fr_patterns
from timeline.periods import period_interval, period_value
from timeline.resolve import range_days, range_years, resolve
from timeline.types import Anchor, Direction, Mention, Timex

_FLAGS = re.IGNORECASE
# Whole words only: not inside a longer word or number.
_COMPILED = tuple(
    # Not right after "1998-": the "99" of "1998-99" is found with its range (split later), not alone.
    (rule.name, re.compile(rf"(?<![\w$£€'])(?<!\d[-\u2013/])(?:{rule.pattern})(?![\w])", _FLAGS)) for rule in lx.RULES
)
_RULE_ORDER = {rule.name: i for i, rule in enumerate(lx.RULES)}
_PREFIX_BEFORE = re.compile(rf"(?<![\w'])(?:{lx.PREFIX_MOD})(?:\s+|-)$", _FLAGS)
# Words after which "over" + a length means "more than" ("for over a year"), not "during".
_OVER_MEANS_MORE = re.compile(
    r"(?<![\w'])(?:for|in|of|than|after|within|last(?:s|ed|ing)?|take[ns]?|took|taking|spen[dt]|spending|wait(?:ed)?|lasting)\s+$", _FLAGS
)
_SUFFIX_AFTER = re.compile(rf"^\s+(?:{lx.SUFFIX_MOD})(?![\w])", _FLAGS)
@dataclass(frozen=True, slots=True)
class _Candidate:
    start: int
    end: int
    rule: str | None  # None: found by spaCy NER, rule decided by the resolver
    reading: str | None = None  # what to resolve when the span alone is not enough ("10" of "10-12 Oct")


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
        found = french.find(text, doc)
        candidates = [_Candidate(f.start, f.end, None, f.reading) for f in found]
        return _resolve_all(text, doc, candidates, published, tense=french.tense_reader(found), carried=carried)
    found = _split_ranges(text, _select([_widen(text, c) for c in _select(_rule_candidates(text))]))
    ruled = [_as_comparison(text, doc, _as_record_span(doc, _without_verb_last(text, doc, c)))
             for c in found if not _vetoed(text, doc, c)]  # fmt: skip
    # spaCy's entities only fill gaps the rules left (a vetoed span is no gap); those the
    # resolver cannot read are dropped when resolving.
    taken = _occupancy(len(text), found)
    extra = [c for c in _entity_candidates(doc) if not any(taken[c.start : c.end]) and not _vetoed(text, doc, c)]
    return _resolve_all(text, doc, sorted(ruled + extra, key=lambda c: c.start), published, carried=carried)


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


def _rule_candidates(text: str) -> list[_Candidate]:
    found = []
    for name, pattern in _COMPILED:
        for match in pattern.finditer(text):
            if match.end() > match.start():
                found.append(_Candidate(match.start(), match.end(), name))
    return found


def _entity_candidates(doc) -> list[_Candidate]:
    return [_Candidate(e.start_char, e.end_char, None) for e in doc.ents if e.label_ in ("DATE", "TIME")]


def _select(candidates: list[_Candidate]) -> list[_Candidate]:
    """Non-overlapping spans: longest first; rules beat entities; earlier rules beat later."""
    ranked = sorted(
        candidates,
        key=lambda c: (-(c.end - c.start), c.rule is None, _RULE_ORDER.get(c.rule, 99), c.start),
    )
    kept: list[_Candidate] = []
    taken = bytearray(max((c.end for c in candidates), default=0))
    for cand in ranked:
        if not any(taken[cand.start : cand.end]):
            kept.append(cand)
            taken[cand.start : cand.end] = b"\x01" * (cand.end - cand.start)
    return sorted(kept, key=lambda c: c.start)


_SPLIT_RULES = {rule.name for rule in lx.RULES if rule.splits}


def _split_ranges(text: str, candidates: list[_Candidate]) -> list[_Candidate]:
    """ "10-12 October": one mention per day, each read with the range's month and year."""
    out = []
    for cand in candidates:
        if cand.rule not in _SPLIT_RULES:
            out.append(cand)
            continue
        parts = range_years if cand.rule == "year_range" else range_days  # none for "12-10 October", a score
        for part in parts(text[cand.start : cand.end]):
            out.append(_Candidate(cand.start + part.start, cand.start + part.end, part.rule, part.reading))
    return out


def _occupancy(length: int, spans: list[_Candidate]) -> bytearray:
    """One byte per character, set where a span lies: overlap tests in O(span length)."""
    taken = bytearray(length)
    for span in spans:
        taken[span.start : span.end] = b"\x01" * (span.end - span.start)
    return taken


def _widen(text: str, cand: _Candidate) -> _Candidate:
    start, end = cand.start, cand.end
    quantity = cand.rule in lx.QUANTITY_RULES
    before = _PREFIX_BEFORE.search(text, max(0, start - 40), start)
    if before and before.end() == start:
        word = re.sub(r"[\s-]+$", "", before.group(0).lower())
        word = re.sub(r"\s+", " ", word)
        over_the = word == "over" and text[start : start + 4].lower() == "the "  # "over the past year": during
        if word == "over" and not _OVER_MEANS_MORE.search(text, max(0, before.start() - 12), before.start()):
            over_the = True  # "fell 27% over 18 months": during; "for over 18 months", "lasted over a week": more than
        if ((word in lx.QUANTITY_MODS) == quantity or word in ("about", "around", "approximately", "roughly")) and not over_the:
            start = before.start()
    after = _SUFFIX_AFTER.search(text[end : end + 12])
    if after and quantity:
        end += after.end()
    return _Candidate(start, end, cand.rule)


def _tokens(doc, cand: _Candidate):
    span = doc.char_span(cand.start, cand.end, alignment_mode="expand")
    return span if span is not None else []


# Halves and quarters of a game: with these words in the sentence they are no calendar periods.
_GAME_PERIOD = re.compile(r"(?:the\s+)?(?:first|second|third|fourth|final|1st|2nd|3rd|4th)\s+(?:half|quarter|period)", _FLAGS)


def _tells_of_a_game(sentence) -> bool:
    """Words of sport only ("scored twice", "halftime"): business also "beats", "wins" and "rebounds"."""
    lemmas = {t.lemma_.lower() for t in sentence}
    return bool(lemmas & en.SPORTS_WORDS) or ("score" in lemmas and bool(lemmas & en.SCORED))


def _vetoed(text: str, doc, cand: _Candidate) -> bool:
    """False friends that look temporal but are not, judged with the parse."""
    span = _tokens(doc, cand)
    if len(span) == 0:
        return False
    surface = text[cand.start : cand.end]
    lowered = surface.lower()
    first, last = span[0], span[-1]
    nxt = doc[last.i + 1] if last.i + 1 < len(doc) else None
    prev = doc[first.i - 1] if first.i > 0 else None
    rule = cand.rule
    if cand.start > 0 and text[cand.start - 1] == "#":
        return True  # a hashtag ("#Friday", "#10yrs") labels a post; it dates nothing in it
    if rule in ("season", "part_of_day", "part_of_day_noun", "weekday") and _inside_a_name(doc, span):
        return True  # "the Spring Festival Gala", "the Summer Olympics", "Saturday Night Live"
    if rule == "weekday" and prev is not None and prev.lower_ in en.WEEKDAY_NAME_WORDS and prev.text[:1].isupper():
        return True  # "Super Tuesday", "Bloody Sunday": a named day, not the weekday near publication
    if rule in ("year", None) and re.fullmatch(r"1[0-5]\d\d", surface) and not (prev is not None and prev.lower_ in en.EARLY_YEAR_WORDS):
        return True  # "lost 1500", "walked 1000 miles": a count; a year this early comes with "in", "since", ...
    if rule in ("month", "relative_month") and surface.split()[-1].lower() in ("march", "may") and nxt is not None and nxt.lower_ in ("for", "of", "on", "to", "against") and not _is_year_after(doc, nxt) and (prev is None or prev.pos_ in ("DET", "ADJ", "PROPN")):
        return True  # "the March for Life", "a march on Washington"
    if rule in ("month", "relative_month") and lowered == "march" and prev is not None and (
        prev.tag_ == "POS" or (prev.text[:1].isupper() and not prev.is_sent_start and prev.pos_ in ("ADJ", "PROPN")
                               and prev.lower_ not in lx.MONTHS and prev.lower_ not in lx.WEEKDAYS)
    ) and not (nxt is not None and nxt.pos_ == "NOUN" and nxt.text.islower()):
        return True  # "the Long March", "Women's March": a named march ("Brent's March contract" is a month)
    if rule == "set" and lowered in ("quarterly", "annually", "monthly", "weekly") and nxt is not None and nxt.pos_ in ("NOUN", "PROPN") and nxt.lower_ != "basis":
        return True  # "its quarterly dividend": an adjective of a thing, not a recurrence
    if lowered in ("noon", "midnight") and surface[0].isupper() and prev is not None and prev.text[:1].isupper() \
            and not prev.is_sent_start and prev.lower_ not in lx.WEEKDAYS:
        return True  # "High Noon", "Midnight Express": a title
    before_word = doc[last.i - 1] if last.i > 0 else None  # the word before the month itself
    if rule in ("month", "relative_month") and lowered.split()[-1] in ("may", "june", "april", "august") and (
        (before_word is not None and before_word.pos_ == "PROPN" and before_word.text[:1].isupper() and before_word.lower_ not in lx.MONTHS and before_word.lower_ not in lx.WEEKDAYS)
        or (nxt is not None and nxt.pos_ == "PROPN" and not nxt.like_num)
    ):
        return True  # "Theresa May", "April Ryan": a name ("the Court last June" is no name)
    if rule == "part_of_day_noun" and any(
        t.lower_ in lx.ORDINALS or t.lower_ in ("straight", "consecutive", "another", "each", "every", "per", "one")
        for t in doc[max(first.i - 2, 0) : first.i]
    ):
        return True  # "a third straight night": a count of nights, not a time
    if rule == "part_of_day_noun":
        if last.dep_ == "compound" or (nxt is not None and nxt.pos_ == "NOUN" and nxt.dep_ != "npadvmod"):
            return True  # "morning talk show": a modifier of a thing, not a time
        if prev is not None and prev.lower_ in ("good", "a", "per", "all"):
            return True  # greetings, and rates ("$35 a night")
        if nxt is not None and (nxt.lower_ in ("of", "when", "that", "which", "before", "after") or nxt.pos_ in ("DET", "PRON", "PROPN", "NUM")):
            return True  # "the night of Oct. 23", "the night the plane went down": a bigger expression
    if _GAME_PERIOD.fullmatch(lowered) and _tells_of_a_game(first.sent):
        return True  # "scored twice in the first half", "trailed in the fourth quarter": a part of a game
    if rule == "future_ref" and lowered == "soon":
        if prev is not None and prev.lower_ == "as":
            return True  # "as soon as": a conjunction
        if nxt is not None and nxt.lower_ in ("after", "afterwards", "afterward", "thereafter", "before"):
            return True  # "soon after being captured": a relation between events, not the future
        if direction_of(doc, cand.start, cand.end) is Direction.PAST:
            return True  # "a trickle that soon became a flood": soon after the story's time, not now
    if rule in ("duration", "interval_relation", "span", None) and last.text[:1].isupper() and not last.text.isupper() and last.lower_.rstrip("s") in lx.UNITS and not last.is_sent_start and (first.text[:1].isupper() or first.like_num):
        return True  # "60 Minutes": capitalised units name a title
    if rule in ("relative_day", "relative_unit") and not first.is_sent_start and all(w[:1].isupper() and not w.isupper() for w in surface.split()):
        if len(span) > 1 or (prev is not None and prev.pos_ == "PROPN" and prev.text[:1].isupper()):
            return True  # "ABC's This Week", "VOA Today": names of programmes
    if rule in ("month", "relative_month", "ordinal_of_month") or (rule is None and lowered.rstrip(".") in en.AMBIGUOUS_MONTHS):
        word = lowered.split()[-1].rstrip(".")
        if word in en.AMBIGUOUS_MONTHS:
            # "May" the month is a capitalised proper noun; "may"/"march" the verbs are not.
            if not surface.split()[-1][0].isupper() or last.pos_ in ("AUX", "VERB"):
                return True
            if word == "may" and last.i == last.sent.start and nxt is not None and nxt.pos_ in ("PRON", "PROPN"):
                return True  # "May I ..."
    if rule in ("season", "relative_season") or lowered in ("fall", "spring"):
        if last.pos_ == "VERB" or (nxt is not None and nxt.lower_ == "of" and not _is_year_after(doc, nxt)):
            return True  # "prices fall", "the fall of Rome", "the spring of life"
        if rule == "season" and lowered in ("fall", "spring") and not (prev is not None and prev.lower_ in ("in", "this", "last", "next", "the", "during", "since", "until", "by", "that", "early", "late", "of", "for")):
            return True
    if rule == "duration" and re.match(r"\d{4}\s", surface) and not re.search(r"s\b", lowered.split()[-1]):
        return True  # "the 1988 quarter" names a period; it is no 1988-quarter length
    if rule == "duration" and re.fullmatch(r"an?\s+\w+", lowered) and prev is not None and (
        prev.pos_ in ("NOUN", "NUM", "PROPN") or prev.text in ("%", "$")
    ):
        return True  # a rate, not a length of time: "four flights a week", "$1.76 a year"
    if rule in ("duration", "ago", "span", "in_units"):
        if nxt is not None and nxt.lower_ in ("old", "olds"):
            return True  # ages: "58 years old"
        unit_token = next((t for t in reversed(span) if t.lower_.rstrip("s") in lx.UNITS or t.lower_ in lx.UNIT_PLURALS), None)
        if unit_token is not None and unit_token.lower_ in ("second", "minute") and unit_token.pos_ not in ("NOUN", "PROPN"):
            return True  # "a second term"
        if unit_token is not None and unit_token.lower_ == "second" and nxt is not None and nxt.pos_ in ("NOUN", "PROPN"):
            return True  # "a Second Assembly": an ordinal before a noun
        if (unit_token is not None and unit_token.lower_.rstrip("s") in ("quarter", "half") and nxt is not None and nxt.lower_ == "of"
                and nxt.i + 1 < len(doc) and doc[nxt.i + 1].pos_ in ("DET", "PRON") and not _names_a_year_after(doc, nxt)):
            return True  # "three-quarters of its food": a fraction of a thing ("two quarters of losses" is a length)
        if unit_token is not None and unit_token.lower_ == "quarters" and doc[unit_token.i - 1].lower_ in ("some", "many", "all", "other", "certain"):
            return True  # "in some quarters": among some people
        if lowered in ("a quarter", "one quarter") and prev is not None and prev.lower_ == "by":
            return True  # "sales fell by a quarter": a fraction, not three months
    if rule == "decade" and re.fullmatch(r"(?:the\s+)?(?:(?:upper|lower|high|low|mid)[-\s]?)?\d0s", lowered) and _about_temperature(first.sent):
        return True  # "temperatures will climb into the 90s", "highs in the upper 80s": degrees
    if rule == "decade" and prev is not None and (prev.lower_ in en.POSSESSIVES or (prev.lower_ in ("early", "mid", "late") and first.i > 1 and doc[first.i - 2].lower_ in en.POSSESSIVES)):
        return True  # "in her 60s" is an age
    if rule in ("year", "year_range", "duration", "decade") or (rule is None and re.fullmatch(r"\d{4}", surface)):
        if _counts_a_noun(span, nxt) or (prev is not None and prev.text in ("$", "£", "€", "#", "No.", "no.")):
            return True
        if nxt is not None and nxt.text in ("%", "percent"):
            return True
        if re.match(lx.TIMEZONE, text[cand.end : cand.end + 12]):
            return True  # "(1915 GMT)": a clock time of 24 hours, not the year 1915
    if lowered == "today" and nxt is not None and nxt.tag_ == "POS" and last.i + 2 < len(doc) and doc[last.i + 2].lower_ in en.GENERIC_TODAY_NOUNS:
        return True  # "in today's world", "today's youth": nowadays, no day
    if rule == "ordinal_day" and nxt is not None and nxt.pos_ in ("NOUN", "PROPN", "ADJ", "NUM"):
        return True  # "on the 3rd floor", "on the 2nd attempt": an ordinal of a thing
    if rule == "holiday" and "independence" in lowered and _names_another_nation(doc, first):
        return True  # "India's Independence Day", "its 75th independence day": a nation's own, not July 4
    if rule == "time" and re.fullmatch(r"\d{1,2}:\d\d", surface):
        if nxt is not None and nxt.like_num or prev is not None and prev.lower_ in ("score", "scored", "won", "lost", "beat"):
            return True
    return False


def _about_temperature(sentence) -> bool:
    """Whether a sentence speaks of temperatures ("highs" and "lows" as nouns count)."""
    return any(t.lemma_.lower() in en.TEMPERATURE_WORDS or (t.lower_ in ("highs", "lows") and t.pos_ == "NOUN") for t in sentence)


_NAME_LABELS = {"EVENT", "ORG", "WORK_OF_ART", "FAC", "PRODUCT", "PERSON", "LAW"}


def _inside_a_name(doc, span) -> bool:
    """The words are part of a longer name the parser found: an event, a show, a body."""
    first, last = span[0].i, span[-1].i
    if not doc[first].ent_type_:
        return False
    ent = next(e for e in doc.ents if e.start <= first < e.end)
    return ent.label_ in _NAME_LABELS and ent.end > last and len(ent) > len(span)


def _names_another_nation(doc, first) -> bool:
    """Whether the words before a holiday make it some nation's own: a possessive ("its", "India's"),
    or a nationality ("the Mexican", "Israeli"), past an ordinal ("its 75th")."""
    i = first.i - 1
    if i >= 0 and (doc[i].lower_ in lx.ORDINALS or re.fullmatch(r"\d+(st|nd|rd|th)", doc[i].lower_)):
        i -= 1
    if i < 0:
        return False
    prev = doc[i]
    if prev.lower_ in ("american", "america's", "u.s.", "us", "happy", "national"):
        return False
    nationality = prev.ent_type_ == "NORP" or (prev.text[:1].isupper() and prev.pos_ in ("ADJ", "PROPN") and not prev.is_sent_start)
    return prev.lower_ in en.POSSESSIVES or prev.tag_ == "POS" or nationality


def _without_verb_last(text: str, doc, cand: _Candidate) -> _Candidate:
    """ "expected to last six weeks": the verb "last" is no part of the duration."""
    if cand.rule != "span" or not text[cand.start : cand.end].lower().startswith("last "):
        return cand
    span = _tokens(doc, cand)
    if len(span) and span[0].pos_ in ("VERB", "AUX"):
        return _Candidate(cand.start + len("last "), cand.end, "duration")
    return cand


def _as_record_span(doc, cand: _Candidate) -> _Candidate:
    """ "for the first time in 15 years", "its worst week in three months": the stretch a record
    is measured over, a length of time, not a date 15 years ahead."""
    if cand.rule != "in_units":
        return cand
    span = _tokens(doc, cand)
    if len(span) == 0 or span[0].i == 0:
        return cand
    head = doc[span[0].i - 1].head  # what "in" attaches to: "time", "week", or the verb of "hit its highest level"
    holders = [head, *(c for c in head.children if c.dep_ in ("dobj", "attr"))]
    record = any(t.tag_ in ("JJS", "RBS") or any(
        c.tag_ in ("JJS", "RBS") or (c.lower_ in ("first", "last", "only") and t.pos_ == "NOUN") for c in t.children) for t in holders)
    return _Candidate(cand.start, cand.end, "duration") if record else cand


# "rose 2% from a month earlier", "higher than a year earlier", "754,000 in the week before".
_COMPARED = re.compile(r"\b(?:from|than|versus|vs\.|compared\s+(?:with|to))\b[^.;:!?]{0,40}$", _FLAGS)


def names_a_baseline(text: str, mention: Mention) -> bool:
    """Whether a date names what a figure is compared with ("rose to $412 million from $298
    million a year earlier", "down from last year"): it dates the old figure, not the change."""
    if mention.timex.type not in ("DATE", "TIME"):
        return False
    return _BASELINE_BEFORE.search(text[max(mention.sentence_start, mention.start - 80) : mention.start]) is not None


# A word of comparison and nothing but a figure between it and the date: "from $298 million a year
# earlier", "up 3% from last year", "than in 2019" (not "moved from Paris in 2001", "from March 30 to").
_FIGURE = r"(?:[$€£¥]\s?)?\d[\d.,]*\s*(?:%|percent|per\s+cent|million|billion|trillion|cents?|points?|pence)?(?:\s+a\s+(?:share|barrel))?"
_BASELINE_BEFORE = re.compile(
    rf"(?:\b(?:than|versus|vs\.|compared\s+(?:with|to))\s+(?:{_FIGURE}\s*,?\s*)?"
    rf"|\bfrom\s+{_FIGURE}\s*,?\s*|(?:\d\s*%|\d\s*percent|\b(?:up|down))\s+from\s+)"
    r"(?:(?:in|at|on|during|for)\s+)?$",
    _FLAGS,
)


def _as_comparison(text: str, doc, cand: _Candidate) -> _Candidate:
    """ "a month earlier" names the period a figure is compared with only after a word of
    comparison; told in a story ("A month earlier, he had warned") it is a length of time."""
    if cand.rule != "comparison":
        return cand
    sentence_start, _ = _sentence(doc, cand.start)
    if _COMPARED.search(text[sentence_start : cand.start]):
        return cand
    return _Candidate(cand.start, cand.end, "ago")


def _is_year_after(doc, of_token) -> bool:
    return of_token.i + 1 < len(doc) and re.fullmatch(r"\d{4}", doc[of_token.i + 1].text) is not None


def _names_a_year_after(doc, of_token) -> bool:
    """ "of 1990", "of the year", "of fiscal 1990", "of last year": a year follows "of"."""
    after = " ".join(t.lower_ for t in doc[of_token.i + 1 : of_token.i + 3])
    return _is_year_after(doc, of_token) or re.match(r"(the|this|last|next|that|fiscal) (year|\d{4})\b", after) is not None


def _counts_a_noun(span, nxt) -> bool:
    """ "1990 troops": a bare number that counts a following plural noun."""
    if len(span) != 1 or not span[0].like_num:
        return False
    # A year can modify a noun ("the 1996 campaign"); a count is followed by a plural ("1990 troops"),
    # unless a determiner and an unround number make it a year again ("the 2015 attacks").
    token = span[0]
    if token.i > 0 and token.doc[token.i - 1].lower_ in ("the", *en.POSSESSIVES) and re.fullmatch(r"(1[6-9]|20)\d\d", token.text) and not token.text.endswith("00"):
        return False
    return nxt is not None and nxt.tag_ == "NNS" and nxt.lower_.rstrip("s") not in lx.UNITS


def direction_of(doc, start: int, end: int) -> Direction:
    """Past, present or future, from the verb that governs the span at [start, end)."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return Direction.UNKNOWN
    before = doc[span.start - 1] if span.start > 0 else None
    if before is not None and before.lower_ == "since":
        return Direction.PAST  # "since year-end" looks back
    if before is not None and before.lower_ == "effective":
        return Direction.FUTURE  # "named chairman, effective Feb. 1": a change announced ahead
    if before is not None and before.lower_ == "to":
        verb = _governing_verb(span)
        if verb is not None and not _past_perfect(verb) and _lemma(verb) in en.MOVED_TO_VERBS:
            return Direction.FUTURE
    if before is not None and before.lower_ == "for" and span.root.ent_type_ in ("DATE", "") and _names_a_day(span):
        # "set sentencing for September 22", "called a strike for Tuesday": a day something is
        # set for lies ahead, unless the plan is itself past; a plan told as a participle ("a
        # march planned for Saturday was canceled") is left to its clause
        verb = _governing_verb(span)
        if verb is not None and not _past_perfect(verb) and verb.dep_ not in ("acl", "amod"):
            return Direction.FUTURE
    if before is not None and before.lower_ in ("until", "till", "through"):
        # "lasts until March" looks ahead; "stayed until March" stays in the past; a deadline
        # set or moved ("postponed until Tuesday", "has given them until 9 a.m. Tuesday") lies ahead.
        verb = _governing_verb(span)
        if verb is not None and not _past_perfect(verb) and verb.lemma_ in en.DEADLINE_VERBS:
            return Direction.FUTURE
        return Direction.PAST if _governing_direction(span) is Direction.PAST else Direction.FUTURE
    return _governing_direction(span)


_DAY_NAME = re.compile(rf"(?:{lx.WEEKDAY})|(?:{lx.MONTH})\.?\s+\d{{1,2}}\b|\d{{1,2}}\s+(?:{lx.MONTH_AFTER_DAY})", _FLAGS)


def _names_a_day(span) -> bool:
    """A weekday or a month and day ("Tuesday", "Sept. 22", "22 September"), not a period."""
    return _DAY_NAME.match(span.text) is not None


def firm_past(doc, start: int, end: int) -> bool:
    """Whether the span dates a finite past verb itself: "was lifted on May 18", "died
    Tuesday". Not a plan ("was planned for March"), an infinitive ("asked it to respond by
    Oct. 31"), a noun ("a ceremony on March 12", "payable Dec. 7") or an object ("set Nov. 10")."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0 or span.root.dep_ not in ("pobj", "npadvmod"):
        return False
    verb = _governing_verb(span)
    if verb is None or verb.is_upper or any(t.pos_ != "ADP" for t in _path_up(span.root, verb)):
        return False  # in capitals the tagger guesses ("SILK SUSPENSION May 5": 'SILK' a past verb)
    if _lemma(verb) in _PLAN_VERBS:
        return False
    auxes = {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")}
    finite = verb.tag_ == "VBD" or (verb.tag_ == "VBN" and auxes & {"was", "were", "has", "have", "had"})
    return bool(finite) and not auxes & {"to", "would", "will", "could", "might", "should"}


def _governing_verb(span):
    token = span.root
    for _ in range(12):  # climb to the governing verb
        if token.pos_ in ("VERB", "AUX") and token not in span:
            break
        if token.head == token:
            break
        token = token.head
    return token if token.pos_ in ("VERB", "AUX") else None


def _governing_direction(span) -> Direction:
    verb = _governing_verb(span)
    if verb is None:
        return Direction.UNKNOWN
    # "under a June agreement": a time that dates a noun says nothing of the verb's own time
    dates_a_noun = any(t.pos_ in ("NOUN", "PROPN") and t not in span for t in _path_up(span.root, verb))
    if not dates_a_noun and _date_is_predicate(span, verb):
        return Direction.FUTURE  # "the deadline is Friday", "the final is on Sunday", "results are due Friday"
    if dates_a_noun and len(span) == 1 and span.root.lower_ in lx.MONTHS and span.root.dep_ in ("compound", "nmod", "amod") \
            and _names_data(span.root.head):
        return Direction.PAST  # "will release its November jobs report": figures cover a month gone by
    return _tense(verb, own_time=not dates_a_noun)


def _names_data(noun) -> bool:
    """Whether a noun, or the noun its compound builds ("jobs" in "jobs report"), is one of figures."""
    while True:
        if noun.lemma_ in en.DATA_NOUNS:
            return True
        if noun.dep_ != "compound" or noun.head.i == noun.i:
            return False
        noun = noun.head


def _date_is_predicate(span, verb) -> bool:
    """Whether a present copula says when something is: the date is its only predicate
    ("the vote is Friday", "is on Sunday", "is due Friday"), not an adjunct ("is full on a Sunday")."""
    if verb.lemma_ != "be" or verb.tag_ not in ("VBZ", "VBP") or any(c.dep_ in ("aux", "auxpass", "neg") for c in verb.children):
        return False
    others = [c for c in verb.children if (c.dep_ in ("acomp", "attr") and c not in span and c.lower_ != "due")
              or (c.dep_ == "nsubj" and c.lower_ in ("today", "tomorrow", "yesterday", "tonight"))]  # "today is Monday"
    return not others and span.root.lower_ not in ("today", "now") and span.root.dep_ in ("attr", "pobj", "npadvmod")


def _path_up(token, verb):
    """The tokens between ``token`` and its governing ``verb``, exclusive."""
    path = []
    while token.head != token and token.head != verb and len(path) < 12:  # Token equality, not identity
        token = token.head
        path.append(token)
    return path


def _tense(verb, depth: int = 0, own_time: bool = False) -> Direction:
    """Which way the clause of ``verb`` points, from its auxiliaries and tag (Penn tags).
    ``own_time``: the time dates this verb itself, not a noun of its clause ("a June agreement")."""
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    words = {a.lower_ for a in auxes}
    infinitive = verb.tag_ == "VB" and any(a.tag_ == "TO" for a in auxes)
    if words & {"will", "shall", "'ll", "wo"}:
        return Direction.FUTURE
    if _past_perfect(verb):
        return Direction.PAST  # "had been scheduled to expire Friday": the plan is behind us
    if _lemma(verb) in en.SCHEDULING_VERBS:
        return Direction.FUTURE  # "has scheduled a news conference Thursday": the date is the plan's
    if verb.lemma_ == "set" and verb.tag_ == "VBN" and any(a.dep_ == "auxpass" and a.tag_ in ("VBZ", "VBP") for a in auxes):
        return Direction.FUTURE  # "the hearing is set for Thursday"; not "set a record Thursday"
    if verb.lower_ in ("going", "gon") and any(c.dep_ == "xcomp" for c in verb.children):
        return Direction.FUTURE  # "is going to meet"
    if not infinitive and (verb.tag_ == "VBD" or any(a.tag_ == "VBD" for a in auxes)):
        return Direction.PAST
    if verb.tag_ == "VBG" and "been" in words and words & {"has", "have", "had", "'s", "'ve", "'d"}:
        return Direction.PAST  # "have been searching since the Oct. 23 slaying": a stretch up to now
    if verb.tag_ == "VBN" and (not auxes or words & {"has", "have", "had", "'s", "'ve", "was", "were"}):
        # the present perfect, the passive and a bare participle ("products introduced
        # in April") report what happened
        return Direction.PAST
    if verb.tag_ == "VB" and not auxes and depth < 3 and verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX"):
        return _tense(verb.head, depth + 1, own_time)  # "would close for the weekend and reopen on Tuesday"
    if verb.tag_ == "VBG" and not auxes and depth < 3 and verb.dep_ in ("advcl", "conj", "xcomp") and verb.head.pos_ in ("VERB", "AUX"):
        # "shares have fluctuated, rising in June": a bare participle clause shares its head's time
        head_direction = _tense(verb.head, depth + 1)
        if head_direction is not Direction.UNKNOWN:
            return head_direction
    if infinitive and depth < 3 and verb.head is not verb:
        # "plans to meet Monday", "is to resume Tuesday": the governing verb decides
        head = verb.head
        if _past_perfect(head) or (head.pos_ == "ADJ" and _past_perfect(head.head)):
            return Direction.PAST  # "had been due to expire"
        if _lemma(head) in en.FUTURE_VERBS or head.lower_ in ("able", "due", "likely", "set", "scheduled"):
            return Direction.FUTURE
        if head.lemma_ in en.DIRECTIVE_VERBS and verb.dep_ in ("xcomp", "ccomp") and own_time:
            return Direction.FUTURE  # "urged residents to stay off the roads until Tuesday": what is asked is ahead
        if head.lemma_ == "be" and verb.dep_ == "xcomp" and head.tag_ in ("VBZ", "VBP"):
            return Direction.FUTURE
        head_direction = _tense(head, depth + 1) if head.pos_ in ("VERB", "AUX") else Direction.UNKNOWN
        if own_time and head_direction is Direction.PRESENT and verb.lemma_ != "have":
            # "is forecast to reach 90 by Saturday", "is on track to finish by Friday": an event
            # infinitive under a present (not "is believed to have left") is still to come
            return Direction.FUTURE
        return head_direction
    if verb.tag_ in ("VBZ", "VBP") or words & {"is", "are", "am"}:
        takes_effect = (verb.lemma_ == "take" and any(c.lower_ == "effect" for c in verb.children)) or (
            verb.lemma_ == "kick" and any(c.dep_ == "prt" and c.lower_ == "off" for c in verb.children))  # "kicks off Saturday"
        if verb.tag_ in ("VBZ", "VBP") and (verb.lemma_ in en.TIMETABLE_VERBS or takes_effect):
            return Direction.FUTURE  # the timetable present: "the offer expires Friday"
        if _lemma(verb) in en.PREDICTION_VERBS or (verb.tag_ == "VBG" and words & {"is", "are", "am", "'s", "'re", "'m"}
                                                  and (own_time or verb.lemma_ in en.FUTURE_VERBS)):
            return Direction.FUTURE  # "officials are meeting Friday": the progressive of an arrangement
        return Direction.PRESENT
    if words & en.MODALS and "have" not in words:
        if any(c.dep_ == "neg" for c in verb.children) and words & {"would", "could", "'d"}:
            return Direction.PAST  # "could not be reached for comment Tuesday", "would not comment Friday"
        if "could" not in words:  # "could" is as often a past ability ("could be located Wednesday")
            return Direction.FUTURE  # "said it would announce results on Friday", "must be filed by Friday"
    return Direction.UNKNOWN  # perfect modals ("would have gone") and tagless fragments


_MENDED_LEMMAS = en.FUTURE_VERBS | en.PREDICTION_VERBS | en.SCHEDULING_VERBS
_PLAN_VERBS = _MENDED_LEMMAS | en.DEADLINE_VERBS


def _lemma(verb) -> str:
    """The lemma, mended where the English model errs on a participle of ours ("slated" -> "slat")."""
    word = verb.lower_
    if verb.tag_ in ("VBN", "VBD") and word.endswith("ed"):
        for stem in (word[:-1], word[:-2]):  # "slated" -> "slate", "forecasted" -> "forecast"
            if stem in _MENDED_LEMMAS:
                return stem
    return verb.lemma_


def _past_perfect(word) -> bool:
    """"had expired", "had been due": the clause is anterior to a past moment."""
    return any(c.dep_ in ("aux", "auxpass") and c.lower_ in ("had", "'d") and c.tag_ == "VBD" for c in word.children)


_EVENT_NAMED_AFTER = re.compile(r"\s+[a-z]")
_TRAILING_SIGNAL = re.compile(r"[\s,]+(?:later|earlier|previously)$", _FLAGS)


def _resolve_all(text: str, doc, candidates: list[_Candidate], published: dt.date, tense=None,
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
        sent = _sentence(doc, cand.start)
        if end > sent[1]:  # the parser cut a sentence inside the expression: the sentence runs on
            sent = (sent[0], _sentence(doc, end - 1)[1])
        mentions.append(Mention(text[cand.start : end], cand.start, end, timex, *sent))
        if timex.type in ("DATE", "TIME") and timex.interval_start is not None and timex.value != "PRESENT_REF":
            history.append(timex)
        if len(mentions) > 1:  # mend the pair, before later mentions count from it
            pair = _mended_pair(text, mentions[-2], mentions[-1], published)
            if pair is not None:
                moved = {id(m.timex): t for m, t in zip(mentions[-2:], pair)}
                mentions[-2:] = [replace(m, timex=t) for m, t in zip(mentions[-2:], pair)]
                # a recurrence ("Monday and Tuesday nights") is no dated mention: it leaves the history
                history = [t for t in (moved.get(id(t), t) for t in history) if t.type != "SET"]
    return mentions, tuple(history)


def _apposed_unit(text: str, first: Mention, second: Mention) -> Timex | None:
    """"Oct. 12, the day before the plunge": set beside a date, "the day before" names that
    date itself, not the day before it."""
    if second.timex.rule != "unit_before_after" or not re.fullmatch(r",\s*", text[first.end : second.start]):
        return None
    if first.timex.granularity != second.timex.granularity or first.timex.interval_start is None:
        return None
    return replace(first.timex, rule="unit_before_after", anchor=Anchor.PREVIOUS_MENTION)


def _mended_pair(text: str, first: Mention, second: Mention, published: dt.date) -> tuple[Timex, Timex] | None:
    """Two neighbouring mentions read together: the second completes, shares with or orders the first."""
    mended = _ended_on(text, first, second) or _time_on_day(text, first, second) or _shared_recurrence(text, first, second)
    if mended is not None:
        first = replace(first, timex=mended)
    apposed = _apposed_unit(text, first, second)
    if apposed is not None:
        return first.timex, apposed
    ordered = _weekday_range(text, first, second, published)
    if ordered is not None:
        return ordered
    timed = _time_after_day(text, first, second)
    if timed is not None:
        return first.timex, timed
    return (mended, second.timex) if mended is not None else None


def _shared_recurrence(text: str, first: Mention, second: Mention) -> Timex | None:
    """ "on Monday and Tuesday nights": the plural covers both weekdays, each one recurring."""
    a, b = first.timex, second.timex
    if a.rule != "weekday" or b.type != "SET" or not re.fullmatch(r"XXXX-WXX-\dT\w\w", b.value):
        return None
    if not re.fullmatch(r"\s*,?\s*(?:and|or|&)\s+", text[first.end : second.start], _FLAGS):
        return None
    return replace(b, value=f"XXXX-WXX-{a.interval_start.isoweekday()}{b.value[10:]}", rule="set",
                   stated=a.stated | b.stated)  # fmt: skip


_RANGE_BETWEEN = re.compile(rf"\s*(?:{en_patterns.RANGE_WORDS}|{fr_patterns.RANGE_WORDS})\s*", _FLAGS)


def _weekday_range(text: str, first: Mention, last: Mention, published: dt.date) -> tuple[Timex, Timex] | None:
    """ "from Monday to Friday": two weekdays read one by one can come out in the wrong order
    (next Monday, this Friday). The range runs forward: when it starts ahead of publication the
    end moves on a week, when it lies behind, the start moves back one."""
    a, b = first.timex, last.timex
    if not (a.rule == b.rule == "weekday" and a.interval_start and b.interval_start and b.interval_start < a.interval_start):
        return None
    if not _RANGE_BETWEEN.fullmatch(text[first.end : last.start]):
        return None
    week = dt.timedelta(days=7)
    if a.interval_start > published:  # a range ahead
        return a, _on_day(b, b.interval_start + week)
    return _on_day(a, a.interval_start - week), b


def _on_day(timex: Timex, day: dt.date) -> Timex:
    return replace(timex, value=day.isoformat(), interval_start=day, interval_end=day + dt.timedelta(days=1))


# Between a clock time and the day it is on: a parenthesis ("10:35 a.m. (0735 GMT) Friday"), a
# zone ("5:34 a.m. Baghdad time on March 20"), "on"; after a part of day, "(hours) of".
_TIME_THEN_DAY = re.compile(r"\s*(?:\([^()]{0,40}\))?\s*(?:[\w.]+\s+time\b)?\s*,?\s*(?:on\s+|(?:hours\s+)?of\s+)?", _FLAGS)


def _time_on_day(text: str, time: Mention, day: Mention) -> Timex | None:
    """ "at about 10:35 a.m. (0735 GMT) Friday": a clock time whose day follows it."""
    t, d = time.timex, day.timex
    if t.type != "TIME" or t.stated & {"day", "weekday", "month"} or d.interval_start is None:
        return None
    if d.granularity not in ("day", "part of day") or d.type == "SET":  # "at 8 p.m. the previous evening"
        return None
    if not _TIME_THEN_DAY.fullmatch(text[time.end : day.start]) or not re.match(r"\d{4}-\d\d-\d\dT", t.value):
        return None
    return _clock_on_day(t, d)


def _clock_on_day(time: Timex, day: Timex) -> Timex:
    """The clock time ``time`` moved onto the day of ``day``."""
    return replace(time, value=day.interval_start.isoformat() + time.value[10:], interval_start=day.interval_start,
                   interval_end=day.interval_end, anchor=day.anchor, reference=day.reference,
                   stated=time.stated | day.stated, inferred=day.inferred)  # fmt: skip


# Between a day and the clock time that follows it: "mardi à 15 heures", "Friday, 3 p.m.".
_DAY_THEN_TIME = re.compile(rf"\s*,?\s*(?:{fr_patterns.AT_TIME_WORDS}|{en_patterns.AT_TIME_WORDS})?\s*", _FLAGS)


def _time_after_day(text: str, day: Mention, time: Mention) -> Timex | None:
    """ "le 3 mars à 15 heures": a clock time told right after its day is on that day."""
    d, t = day.timex, time.timex
    if t.type != "TIME" or t.stated & {"day", "weekday", "month"} or not re.match(r"\d{4}-\d\d-\d\dT\d", t.value):
        return None
    if d.granularity not in ("day", "part of day") or d.interval_start is None or d.type == "SET":
        return None  # "demain matin à 9 heures" is on that day too
    if not _DAY_THEN_TIME.fullmatch(text[day.end : time.start]):
        return None
    return _clock_on_day(t, d)


_ENDED = re.compile(r"\s*,?\s*(?:that\s+|which\s+)?(?:ended|ending|ends|closed|closing|closes)\s+(?:on\s+)?", _FLAGS)
# How far before its closing day a period "ended <day>" mostly lies: half its length.
_PERIOD_MIDPOINT_DAYS = {"week": 3, "month": 14, "quarter": 45, "half": 91}


def closes_period(text: str, period: Mention, day: Mention) -> bool:
    """Whether ``day`` is the last day of the period told just before it: "the quarter
    ended Sept. 30", "the six months ending June 30", "the year, which ends Dec. 31"."""
    return (day.timex.granularity == "day" and day.timex.interval_start is not None
            and _ENDED.fullmatch(text[period.end : day.start]) is not None)


def _ended_on(text: str, period: Mention, day: Mention) -> Timex | None:
    """ "the quarter ended Sept. 30": the unnamed period is the one that closes on that day."""
    t, closing = period.timex, day.timex
    if t.rule not in ("the_unit", "period") or t.granularity not in _PERIOD_MIDPOINT_DAYS:
        return None
    if t.anchor is Anchor.PREVIOUS_MENTION and t.granularity in ("quarter", "half"):
        return None  # "the fiscal first quarter ... the quarter ended Sept. 29": the label named stands; a week has none
    if not closes_period(text, period, day):
        return None
    inside = closing.interval_start - dt.timedelta(days=_PERIOD_MIDPOINT_DAYS[t.granularity])
    start, end = period_interval(t.granularity, inside)
    return replace(t, value=period_value(t.granularity, inside), interval_start=start, interval_end=end,
                   rule="period_ended_on", anchor=closing.anchor, reference=closing.interval_start)  # fmt: skip


def _sentence(doc, char: int) -> tuple[int, int]:
    span = doc.char_span(char, char + 1, alignment_mode="expand")
    if span is None or len(span) == 0:
        return 0, len(doc.text)
    sent = span[0].sent
    return sent.start_char, sent.end_char


