"""Stage 2, link: each Mention -> its governing word in the dependency parse: the verb
it modifies, or an event noun ("the death of X").

Choices where the TimeML guidelines are silent (index: docs/choices.md):

- A period that ends on a stated day ("for the year ended Sept. 30", "the quarter, which ends
  Sept. 30") is one event over that period, linked to what happened in it, not to "ended".
- "After 10 hours of talks" dates the talks.
- A length that modifies a noun dates that noun when it names a happening ("a 16-hour flight")
  and nothing otherwise ("a 10-year bond").
- A date in a dateline is no event.
- A day the parser hangs on a verb's direct object ("called the move on Wednesday a good first
  step") dates the verb; a month or year there ("approved the sale in 1998") stays the noun's.
"""

from __future__ import annotations

from dataclasses import dataclass

from timeline.lang.en.events import EVENT_NOUN_SUFFIXES, EVENT_NOUNS, NON_EVENT_NOUNS
from timeline.nlp import REPORTING_VERBS
from timeline.temporal import closes_period, names_a_baseline
from timeline.types import Mention


@dataclass(frozen=True, slots=True)
class Link:
    """A Mention (or None for an undated sentence) tied to the word it dates."""

    trigger: object  # spaCy Token: the verb or event noun
    rule: str  # dependency path or sentence rule that made the link
    mention: Mention | None = None
    phrase_head: object = None  # Token the action phrase is built from
    period_end: Mention | None = None  # "the year *ended Sept. 30*": the day the period closes


def is_event_noun(token) -> bool:
    """True for nouns that name a happening: "death", "election", "announcement"."""
    if token.pos_ not in ("NOUN", "PROPN") or token.ent_type_:
        return False
    lemma = token.lemma_.lower()
    if lemma in EVENT_NOUNS or token.lower_ in EVENT_NOUNS:  # "talks" has lemma "talk"
        return True
    return lemma not in NON_EVENT_NOUNS and lemma.endswith(EVENT_NOUN_SUFFIXES) and len(lemma) > 5


def governing_word(span, timex=None) -> tuple[object, str] | None:
    """The verb or event noun a temporal expression's span attaches to.

    Climbs from the span's root through prepositions, adverbs ("two weeks
    *ago*") and ordinary nouns until it meets a verb or an event noun; the
    path climbed is returned as the rule, e.g. ``"pobj<prep<VERB"``. A day
    (``timex``, when given) the parser hangs on a verb's object dates the verb
    (:func:`_object_of_dated_verb`).
    """
    token = span.root
    path = [token.dep_]
    inside = range(span.start, span.end)
    happening = _of_event_noun(token)
    if happening is not None and happening.i not in inside:
        return happening, "of<NOUN"  # "after 10 hours of talks": the talks took the hours
    happening = _offset_event(token)
    if happening is not None:
        return happening, OFFSET_RULES[happening.head.lower_]  # "two days after the election"
    if token.head.i == token.i:
        # The expression is the root: a fragment such as a dateline, or a misparse that hangs the
        # verb below it ("The quake hit at 6:58 p.m. local time on Saturday": root "time"). Climb
        # instead from a word of the expression that a word outside governs ("hit at [6:58 p.m.]").
        token = next((t for t in span if t.head.i not in inside and t.head.i < span.start), token)
        path = [token.dep_]
    for _ in range(len(token.sent)):  # bounded: a parse is a tree, but be safe
        head = token.head
        if head.i == token.i:
            return None  # the expression is the root: a fragment such as a dateline
        if head.i in inside:
            token = head
            continue
        if head.pos_ in ("VERB", "AUX") and not _names_a_period(head):
            return _predicate(head), "<".join(path + ["VERB"])
        if is_event_noun(head):
            verb = _object_of_dated_verb(head, token, path, timex)
            if verb is not None:
                return verb, "<".join(path + ["dobj", "VERB"])
            return head, "<".join(path + ["NOUN"])
        path.append(head.dep_)
        token = head
    return None


# Granularities of a day or finer (and a week): dates of one occasion, not of a period a noun spans.
_OCCASION_GRANULARITIES = frozenset({"week", "day", "part of day", "hour", "minute", "second"})


def _object_of_dated_verb(noun, token, path, timex):
    """The verb of "called *the move on Wednesday* a good first step": the parser hangs a
    day (a weekday, a time, "last week") on the verb's direct object, but the day dates
    the calling. Only for a day told right under the object, by a preposition ("on
    Wednesday") or bare ("Wednesday"); a month or year there stays the noun's ("the
    sale in 1998"), and so does a day on a subject ("talks on Tuesday were cancelled")."""
    if timex is None or timex.type not in ("DATE", "TIME"):
        return None
    if noun.dep_ != "dobj" or noun.head.pos_ != "VERB" or token.head.i != noun.i:
        return None
    if path not in (["pobj", "prep"], ["npadvmod"]):
        return None
    return noun.head if timex.granularity in _OCCASION_GRANULARITIES else None


def _of_event_noun(token):
    """The event noun of "10 hours *of talks*", "two years of war", if any."""
    for child in token.children:
        if child.dep_ == "prep" and child.lower_ == "of":
            for obj in child.children:
                if obj.dep_ == "pobj" and is_event_noun(obj):
                    return obj
    return None


# Link rules of a length that separates an event noun from its clause's date.
OFFSET_RULES = {"before": "npadvmod<before<NOUN", "after": "npadvmod<after<NOUN"}


def _offset_event(token):
    """The event noun a length separates from the clause: "resigned Friday, two days
    *after the election*" -> election (which the length then dates, two days back)."""
    prep = token.head
    if token.dep_ != "npadvmod" or prep.dep_ != "prep" or prep.lower_ not in ("before", "after"):
        return None
    return next((c for c in prep.children if c.dep_ == "pobj" and is_event_noun(c)), None)


def _names_a_period(verb) -> bool:
    """"the quarter *ended* Sept. 30", "the year ending tomorrow", "the third quarter,
    which *ends* Sept. 30": the clause only says which period is meant; what happened
    in it is told by the clause above."""
    if verb.lemma_ != "end":
        return False
    if verb.dep_ == "relcl":
        return any(c.dep_ == "nsubj" and c.lower_ in ("which", "that") for c in verb.children)
    return verb.dep_ == "acl" and verb.tag_ in ("VBN", "VBG", "VBD")


def _predicate(verb):
    """A copula's predicate is what happens: "sales *were weak* in May" -> weak."""
    if verb.lemma_ == "be":
        for child in verb.children:
            if child.dep_ in ("acomp", "attr") and child.i > verb.i:
                return child
    return verb


def _phrase_head(trigger):
    """Where the action phrase starts: a bare infinitive joins its governing verb.

    "decided to ban the police to use its software for a year": the year dates
    "use", but the readable action is "ban the police to use its software".
    """
    if trigger.dep_ in ("acomp", "attr") and trigger.head.lemma_ == "be":
        return trigger.head
    head = trigger.head
    if (trigger.tag_ == "VB" and trigger.dep_ in ("xcomp", "advcl") and head.pos_ == "VERB"
            and head.lemma_ not in REPORTING_VERBS and head.i != trigger.i):
        return head
    if (trigger.tag_ == "VBG" and trigger.dep_ == "pcomp" and head.lower_ == "from"
            and head.head.pos_ == "VERB" and head.head.lemma_ not in REPORTING_VERBS):
        return head.head  # "would ban police from using its software for one year": the ban
    return trigger


def _verb_of(token):
    """The verb a predicate belongs to (itself if a verb)."""
    while token.pos_ not in ("VERB", "AUX") and token.head.i != token.i:
        token = token.head
    return token


def link_mentions(doc, mentions) -> list[Link]:
    """Tie each dated mention to its governing word (SET expressions date nothing single).

    A day that only closes a period told just before it ("the year ended Sept. 30")
    is folded into that period's link: one event over the year up to Sept. 30,
    not a second one on Sept. 30.
    """
    text = doc.text  # built anew on each access: once per doc, not per mention
    ends = _period_ends(text, mentions)  # the parse's text: blanked datelines, same offsets
    closing_days = {day.start for day in ends.values()}
    links = []
    for mention in sorted(mentions, key=lambda m: m.start):
        if mention.timex.type == "SET" or mention.start in closing_days:
            continue
        span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
        if span is None or len(span) == 0 or all(t.is_space for t in span):
            continue  # blanked for the parser: "WASHINGTON, June 3 (AP) --" is when the story was filed
        modified = _modified_noun(span) if mention.timex.type == "DURATION" else None
        if modified is not None and not is_event_noun(modified) and modified.lower_ not in EVENT_NOUNS:
            continue  # "a 10-year bond", "a five-year plan": a kind of thing, no event on the calendar
        found = (modified, f"{span.root.dep_}<NOUN") if modified is not None else governing_word(span, mention.timex)
        if found is None:
            continue
        trigger, rule = found
        if trigger.pos_ in ("VERB", "AUX") and names_a_baseline(text, mention):
            continue  # "rose to $412 million from $298 million a year earlier": the old figure's date, not the rise's
        links.append(Link(trigger, rule, mention, _phrase_head(trigger), ends.get(mention.start)))
    return links


def _modified_noun(span):
    """The noun a length modifies: "a *16-hour* flight", "*one-day* shipping" (a gerund
    the tagger may call a verb)."""
    root = span.root
    head = root.head
    if root.dep_ in ("compound", "amod", "nmod") and head.i >= span.end and head.pos_ in ("NOUN", "PROPN", "VERB"):
        return head
    return None


def _period_ends(text: str, mentions) -> dict[int, Mention]:
    """{start of a period's mention: the day mention that closes it}, for "the quarter
    ended Sept. 30", "the six months ending June 30" (a period with a length)."""
    ordered = sorted(mentions, key=lambda m: m.start)
    return {period.start: day for period, day in zip(ordered, ordered[1:])
            if (period.timex.type == "DURATION" or period.timex.granularity in _CLOSABLE_PERIODS)
            and closes_period(text, period, day)}


# Calendar periods a story closes on a day ("the quarter ended Sept. 30"); their lengths are periods.STEP's.
_CLOSABLE_PERIODS = frozenset({"year", "half", "quarter", "month", "week"})
