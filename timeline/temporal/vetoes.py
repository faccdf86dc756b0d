"""Vetoes: false friends that look temporal but are not, judged with the parse (stage 5 of
:mod:`timeline.temporal.pipeline`): "may" the modal, "march" the verb, ages, titles, names."""

from __future__ import annotations

import re

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


def vetoed(text: str, doc, cand: Candidate) -> bool:
    """False friends that look temporal but are not, judged with the parse."""
    span = tokens_of(doc, cand)
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
