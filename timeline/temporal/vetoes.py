"""Vetoes: false friends that look temporal but are not, judged with the parse (stage 5 of
:mod:`timeline.temporal.pipeline`): "may" the modal, "march" the verb, ages, titles, names.

Choices where the TimeML guidelines are silent (index: docs/choices.md):

- A season, weekday or part of day inside a longer name the parser found is no date ("the Summer
  Olympics", "Saturday Night Live").
- "1915 GMT" (the conversion in "3:15 p.m. local time (1915 GMT)") is no year.
- A nation's own Independence Day ("India's", "its 75th", "the Mexican") is not July 4th, so it
  is left undated; "in today's world" is no date either.
- "soon" in a past narrative ("the trickle soon became a flood") is no FUTURE_REF; nor is a
  hashtag ("#Friday") a date.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from timeline import lexicon as lx
from timeline.lang.en import words as en
from timeline.lang.en.tense import direction_of
from timeline.temporal.candidates import Candidate, tokens_of
from timeline.types import Direction

_FLAGS = re.IGNORECASE


# Halves and quarters of a game: with these words in the sentence they are no calendar periods.
_GAME_PERIOD = re.compile(r"(?:the\s+)?(?:first|second|third|fourth|final|1st|2nd|3rd|4th)\s+(?:half|quarter|period)", _FLAGS)


def _tells_of_a_game(sentence) -> bool:
    """Words of sport only ("scored twice", "halftime"): business also "beats", "wins" and "rebounds"."""
    lemmas = {t.lemma_.lower() for t in sentence}
    return bool(lemmas & en.SPORTS_WORDS) or ("score" in lemmas and bool(lemmas & en.SCORED))


@dataclass(frozen=True, slots=True)
class Site:
    """A candidate with its surroundings in the parse, as the vetoes read it."""

    text: str
    doc: object
    cand: Candidate
    span: object  # the tokens of the candidate
    surface: str
    lowered: str
    first: object
    last: object
    nxt: object | None  # the token after the span
    prev: object | None  # the token before the span
    before_word: object | None  # the token before the span's last one (the word before the month itself)

    @property
    def rule(self) -> str | None:
        return self.cand.rule


@dataclass(frozen=True, slots=True)
class Veto:
    """A false friend: the candidates of ``rules`` (``None`` in it: a spaCy entity; ``rules``
    ``None``: any candidate) for which ``test`` holds are no temporal expressions. ``example``
    is a phrase the veto is for."""

    name: str
    rules: tuple[str | None, ...] | None
    test: Callable[[Site], bool]
    example: str

    def applies(self, site: Site) -> bool:
        return (self.rules is None or site.rule in self.rules) and self.test(site)


def _early_number(s: Site) -> bool:
    return re.fullmatch(r"1[0-5]\d\d", s.surface) is not None and not (s.prev is not None and s.prev.lower_ in en.EARLY_YEAR_WORDS)


def _march_for(s: Site) -> bool:
    return (s.surface.split()[-1].lower() in ("march", "may") and s.nxt is not None
            and s.nxt.lower_ in ("for", "of", "on", "to", "against") and not _is_year_after(s.doc, s.nxt)
            and (s.prev is None or s.prev.pos_ in ("DET", "ADJ", "PROPN")))  # fmt: skip


def _named_march(s: Site) -> bool:
    prev, nxt = s.prev, s.nxt
    return s.lowered == "march" and prev is not None and (
        prev.tag_ == "POS" or (prev.text[:1].isupper() and not prev.is_sent_start and prev.pos_ in ("ADJ", "PROPN")
                               and prev.lower_ not in lx.MONTHS and prev.lower_ not in lx.WEEKDAYS)
    ) and not (nxt is not None and nxt.pos_ == "NOUN" and nxt.text.islower())


def _title_of_noon(s: Site) -> bool:
    prev = s.prev
    return (s.lowered in ("noon", "midnight") and s.surface[0].isupper() and prev is not None and prev.text[:1].isupper()
            and not prev.is_sent_start and prev.lower_ not in lx.WEEKDAYS)  # fmt: skip


def _month_of_a_name(s: Site) -> bool:
    before, nxt = s.before_word, s.nxt
    return s.lowered.split()[-1] in ("may", "june", "april", "august") and (
        (before is not None and before.pos_ == "PROPN" and before.text[:1].isupper() and before.lower_ not in lx.MONTHS
         and before.lower_ not in lx.WEEKDAYS)
        or (nxt is not None and nxt.pos_ == "PROPN" and not nxt.like_num)
    )


def _counted_night(s: Site) -> bool:
    return any(t.lower_ in lx.ORDINALS or t.lower_ in ("straight", "consecutive", "another", "each", "every", "per", "one")
               for t in s.doc[max(s.first.i - 2, 0) : s.first.i])  # fmt: skip


def _soon_after_the_story(s: Site) -> bool:
    return direction_of(s.doc, s.cand.start, s.cand.end) is Direction.PAST


def _capitalised_units(s: Site) -> bool:
    first, last = s.first, s.last
    return (last.text[:1].isupper() and not last.text.isupper() and last.lower_.rstrip("s") in lx.UNITS
            and not last.is_sent_start and (first.text[:1].isupper() or first.like_num))  # fmt: skip


def _programme(s: Site) -> bool:
    if s.first.is_sent_start or not all(w[:1].isupper() and not w.isupper() for w in s.surface.split()):
        return False
    return len(s.span) > 1 or (s.prev is not None and s.prev.pos_ == "PROPN" and s.prev.text[:1].isupper())


def _ambiguous_month(s: Site) -> str | None:
    """The word of an ambiguous month ("may", "march") a month rule or an entity found, else None."""
    if s.rule in ("month", "relative_month", "ordinal_of_month") or (s.rule is None and s.lowered.rstrip(".") in en.AMBIGUOUS_MONTHS):
        word = s.lowered.split()[-1].rstrip(".")
        return word if word in en.AMBIGUOUS_MONTHS else None
    return None


def _month_verb(s: Site) -> bool:
    return _ambiguous_month(s) is not None and (not s.surface.split()[-1][0].isupper() or s.last.pos_ in ("AUX", "VERB"))


def _may_i(s: Site) -> bool:
    return (_ambiguous_month(s) == "may" and s.last.i == s.last.sent.start and s.nxt is not None
            and s.nxt.pos_ in ("PRON", "PROPN"))  # fmt: skip


def _seasonal(s: Site) -> bool:
    return s.rule in ("season", "relative_season") or s.lowered in ("fall", "spring")


def _season_verb(s: Site) -> bool:
    return _seasonal(s) and (s.last.pos_ == "VERB" or (s.nxt is not None and s.nxt.lower_ == "of" and not _is_year_after(s.doc, s.nxt)))


_SEASON_WORDS_BEFORE = ("in", "this", "last", "next", "the", "during", "since", "until", "by", "that", "early", "late", "of", "for")


def _bare_fall(s: Site) -> bool:
    return (_seasonal(s) and s.rule == "season" and s.lowered in ("fall", "spring")
            and not (s.prev is not None and s.prev.lower_ in _SEASON_WORDS_BEFORE))  # fmt: skip


def _unit_token(s: Site):
    return next((t for t in reversed(s.span) if t.lower_.rstrip("s") in lx.UNITS or t.lower_ in lx.UNIT_PLURALS), None)


def _fraction_of_a_thing(s: Site) -> bool:
    unit, nxt, doc = _unit_token(s), s.nxt, s.doc
    return (unit is not None and unit.lower_.rstrip("s") in ("quarter", "half") and nxt is not None and nxt.lower_ == "of"
            and nxt.i + 1 < len(doc) and doc[nxt.i + 1].pos_ in ("DET", "PRON") and not _names_a_year_after(doc, nxt))  # fmt: skip


def _decade_age(s: Site) -> bool:
    prev, doc, first = s.prev, s.doc, s.first
    return prev is not None and (prev.lower_ in en.POSSESSIVES or (
        prev.lower_ in ("early", "mid", "late") and first.i > 1 and doc[first.i - 2].lower_ in en.POSSESSIVES))


def _numeric(s: Site) -> bool:
    return s.rule in ("year", "year_range", "duration", "decade") or (s.rule is None and re.fullmatch(r"\d{4}", s.surface) is not None)


_MONTHS = ("month", "relative_month")
_QUANTITIES = ("duration", "ago", "span", "in_units")

# In order: the first that applies vetoes the candidate (a veto reads only the parse, so the order
# changes no result, only the work done).
VETOES: tuple[Veto, ...] = (
    Veto("hashtag", None, lambda s: s.cand.start > 0 and s.text[s.cand.start - 1] == "#", "#Friday"),
    Veto("inside a name", ("season", "part_of_day", "part_of_day_noun", "weekday"),
         lambda s: _inside_a_name(s.doc, s.span), "the Summer Olympics"),
    Veto("named weekday", ("weekday",), lambda s: s.prev is not None and s.prev.lower_ in en.WEEKDAY_NAME_WORDS
         and s.prev.text[:1].isupper(), "Super Tuesday"),
    Veto("early number", ("year", None), _early_number, "walked 1000 miles"),
    Veto("march for", _MONTHS, _march_for, "the March for Life"),
    Veto("named march", _MONTHS, _named_march, "the Long March"),
    Veto("adjective of a thing", ("set",), lambda s: s.lowered in ("quarterly", "annually", "monthly", "weekly")
         and s.nxt is not None and s.nxt.pos_ in ("NOUN", "PROPN") and s.nxt.lower_ != "basis", "its quarterly dividend"),
    Veto("title of noon", None, _title_of_noon, "High Noon"),
    Veto("month of a name", _MONTHS, _month_of_a_name, "Theresa May"),
    Veto("counted night", ("part_of_day_noun",), _counted_night, "a third straight night"),
    Veto("modifier of a thing", ("part_of_day_noun",), lambda s: s.last.dep_ == "compound"
         or (s.nxt is not None and s.nxt.pos_ == "NOUN" and s.nxt.dep_ != "npadvmod"), "morning talk show"),
    Veto("greeting or rate", ("part_of_day_noun",), lambda s: s.prev is not None and s.prev.lower_ in ("good", "a", "per", "all"),
         "$35 a night"),
    Veto("bigger expression", ("part_of_day_noun",), lambda s: s.nxt is not None and (
        s.nxt.lower_ in ("of", "when", "that", "which", "before", "after") or s.nxt.pos_ in ("DET", "PRON", "PROPN", "NUM")),
        "the night the plane went down"),
    Veto("part of a game", None, lambda s: _GAME_PERIOD.fullmatch(s.lowered) is not None and _tells_of_a_game(s.first.sent),
         "scored twice in the first half"),
    Veto("as soon as", ("future_ref",), lambda s: s.lowered == "soon" and s.prev is not None and s.prev.lower_ == "as",
         "as soon as"),
    Veto("soon after", ("future_ref",), lambda s: s.lowered == "soon" and s.nxt is not None
         and s.nxt.lower_ in ("after", "afterwards", "afterward", "thereafter", "before"), "soon after being captured"),
    Veto("soon in the past", ("future_ref",), lambda s: s.lowered == "soon" and _soon_after_the_story(s),
         "a trickle that soon became a flood"),
    Veto("capitalised units", ("duration", "span", None), _capitalised_units, "60 Minutes"),
    Veto("programme", ("relative_day", "relative_unit"), _programme, "ABC's This Week"),
    Veto("month verb", None, _month_verb, "prices may fall"),
    Veto("may I", None, _may_i, "May I ask"),
    Veto("season verb", None, _season_verb, "the fall of Rome"),
    Veto("bare fall", None, _bare_fall, "prices fall"),
    Veto("year of a period", ("duration",), lambda s: re.match(r"\d{4}\s", s.surface) is not None
         and not re.search(r"s\b", s.lowered.split()[-1]), "the 1988 quarter"),
    Veto("rate", ("duration",), lambda s: re.fullmatch(r"an?\s+\w+", s.lowered) is not None and s.prev is not None
         and (s.prev.pos_ in ("NOUN", "NUM", "PROPN") or s.prev.text in ("%", "$")), "four flights a week"),
    Veto("age", _QUANTITIES, lambda s: s.nxt is not None and s.nxt.lower_ in ("old", "olds"), "58 years old"),
    Veto("ordinal second", _QUANTITIES, lambda s: (u := _unit_token(s)) is not None and u.lower_ in ("second", "minute")
         and u.pos_ not in ("NOUN", "PROPN"), "a second term"),
    Veto("second before a noun", _QUANTITIES, lambda s: (u := _unit_token(s)) is not None and u.lower_ == "second"
         and s.nxt is not None and s.nxt.pos_ in ("NOUN", "PROPN"), "a Second Assembly"),
    Veto("fraction of a thing", _QUANTITIES, _fraction_of_a_thing, "three-quarters of its food"),
    Veto("in some quarters", _QUANTITIES, lambda s: (u := _unit_token(s)) is not None and u.lower_ == "quarters"
         and s.doc[u.i - 1].lower_ in ("some", "many", "all", "other", "certain"), "in some quarters"),
    Veto("by a quarter", _QUANTITIES, lambda s: s.lowered in ("a quarter", "one quarter") and s.prev is not None
         and s.prev.lower_ == "by", "sales fell by a quarter"),
    Veto("degrees", ("decade",), lambda s: re.fullmatch(r"(?:the\s+)?(?:(?:upper|lower|high|low|mid)[-\s]?)?\d0s", s.lowered)
         is not None and _about_temperature(s.first.sent), "highs in the upper 80s"),
    Veto("decade of age", ("decade",), _decade_age, "in her 60s"),
    Veto("count or money", None, lambda s: _numeric(s) and (_counts_a_noun(s.span, s.nxt) or (
        s.prev is not None and s.prev.text in ("$", "£", "€", "#", "No.", "no."))), "1990 troops"),
    Veto("percentage", None, lambda s: _numeric(s) and s.nxt is not None and s.nxt.text in ("%", "percent"), "1990 percent"),
    Veto("clock of 24 hours", None, lambda s: _numeric(s) and re.match(lx.TIMEZONE, s.text[s.cand.end : s.cand.end + 12])
         is not None, "(1915 GMT)"),
    Veto("nowadays", None, lambda s: s.lowered == "today" and s.nxt is not None and s.nxt.tag_ == "POS"
         and s.last.i + 2 < len(s.doc) and s.doc[s.last.i + 2].lower_ in en.GENERIC_TODAY_NOUNS, "in today's world"),
    Veto("ordinal of a thing", ("ordinal_day",), lambda s: s.nxt is not None and s.nxt.pos_ in ("NOUN", "PROPN", "ADJ", "NUM"),
         "on the 3rd floor"),
    Veto("another nation's day", ("holiday",), lambda s: "independence" in s.lowered and _names_another_nation(s.doc, s.first),
         "India's Independence Day"),
    Veto("score", ("time",), lambda s: re.fullmatch(r"\d{1,2}:\d\d", s.surface) is not None and (
        s.nxt is not None and s.nxt.like_num or s.prev is not None and s.prev.lower_ in ("score", "scored", "won", "lost", "beat")),
        "won 3:1"),
)


def vetoed(text: str, doc, cand: Candidate) -> bool:
    """False friends that look temporal but are not, judged with the parse (:data:`VETOES`)."""
    span = tokens_of(doc, cand)
    if len(span) == 0:
        return False
    first, last = span[0], span[-1]
    surface = text[cand.start : cand.end]
    site = Site(text, doc, cand, span, surface, surface.lower(), first, last,
                nxt=doc[last.i + 1] if last.i + 1 < len(doc) else None, prev=doc[first.i - 1] if first.i > 0 else None,
                before_word=doc[last.i - 1] if last.i > 0 else None)  # fmt: skip
    return any(veto.applies(site) for veto in VETOES)


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
