"""The stages in their order, for one article (or one piece of a long one)."""

from __future__ import annotations

import datetime as dt

from timeline import nlp
from timeline.errors import InputError
from timeline.events.action import action_phrase, entities_in, expression_tokens
from timeline.events.actor import (
    _carry_over,
    _Memory,
    _remember,
    actor_token,
    learn_names,
    named_referent,
    resolve_actor,
)
from timeline.events.link import Link, link_mentions
from timeline.events.undated import _in_language, undated_link
from timeline.events.units import _unit_of, sentence_units
from timeline.events.when import (
    CONFIDENCE_INFERRED,
    CONFIDENCE_PUBLICATION,
    CONFIDENCE_UPCOMING,
    PREVIOUS_MENTION_FACTOR,
    _When,
    confidence,
    next_day,
    time_of,
)
from timeline.temporal import CHUNK_CHARS, find_mentions, tagged_pieces
from timeline.types import Article, Event, Mention


def extract_events(article: Article, *, doc=None, mentions=None) -> list[Event]:
    """Events of one article, in text order.

    ``doc`` (the spaCy parse of ``article.text``) and ``mentions`` (from
    :func:`timeline.temporal.find_mentions`) are computed when not given.
    Raises InputError when the article has no publication date.
    """
    return mentions_and_events(article, doc=doc, mentions=mentions)[1]


def mentions_and_events(article: Article, *, doc=None, mentions=None) -> tuple[list[Mention], list[Event]]:
    """(mentions, events) of one article from one parse: the mentions are those
    :func:`timeline.temporal.find_mentions` finds in the text (piece by piece
    for a long one), the events those of :func:`extract_events`."""
    if article.published is None:
        raise InputError(
            f"{article.article_id}: no publication date; events are dated relative to it."
        )
    if not article.text.strip():
        return [], []
    if doc is None and len(article.text) > CHUNK_CHARS:
        return _events_in_pieces(article)
    if doc is None:
        doc = nlp.parse(article.text, article.language)
    if mentions is None:
        mentions = find_mentions(article.text, published=article.published,
                                 lang=article.language, doc=doc)
    events = _events_of(article, doc, mentions, _Memory())
    return list(mentions), [_with_id(event, n) for n, event in enumerate(events, start=1)]


def _events_in_pieces(article: Article) -> tuple[list[Mention], list[Event]]:
    """A long text's mentions and events, piece by piece (see
    :data:`timeline.temporal.CHUNK_CHARS`): the names and pronouns learnt go on
    to the next piece, each parse is released."""
    from dataclasses import replace

    memory, mentions, events = _Memory(), [], []
    for piece in tagged_pieces(article.text, article.published, article.language):
        mentions.extend(piece.mentions)
        a = piece.start
        for event in _events_of(article, piece.doc, list(piece.local_mentions), memory):
            events.append(replace(
                event, char_start=event.char_start + a, char_end=event.char_end + a,
                sentence_start=event.sentence_start + a, sentence_end=event.sentence_end + a,
                expression_start=event.expression_start + a if event.expression_start >= 0 else -1,
                expression_end=event.expression_end + a if event.expression_end >= 0 else -1))
        _carry_over(memory)
    return mentions, [_with_id(event, n) for n, event in enumerate(events, start=1)]


def _events_of(article: Article, doc, mentions, memory: _Memory) -> list[Event]:
    """Events of ``doc`` (the parse of the article or of one piece), unnumbered."""
    units = sentence_units(doc)
    links = link_mentions(doc, mentions)
    linked_units = {_unit_of(units, link.trigger.i) for link in links}
    linked_units |= {_unit_of(units, doc.char_span(m.start, m.end, alignment_mode="expand").start)
                     for m in mentions if doc.char_span(m.start, m.end, alignment_mode="expand")}
    # Past dates stated per unit: the next sentence's past narration continues them.
    unit_dates: dict[tuple[int, int], tuple[_When, str]] = {}
    for link in links:
        if link.mention.timex.type in ("DATE", "TIME"):
            when = time_of(link, {}, article.published)
            if when.start is not None and when.start < article.published:
                unit_dates.setdefault(_unit_of(units, link.trigger.i), (when, link.mention.timex.value))
    kinds: dict[int, str] = {}
    inherited: dict[int, tuple[_When, str]] = {}
    for n, (start, end) in enumerate(units):
        if (start, end) in linked_units:
            continue
        found = undated_link(doc, start, end)
        if found is None or not _in_language(doc[start:end].text, article.language):
            continue
        link, kind = found
        if kind == "narrative":
            if n == 0 or units[n - 1] not in unit_dates:
                continue  # nothing says when it happened
            inherited[id(link)] = unit_dates[units[n - 1]]
        links.append(link)
        kinds[id(link)] = kind
    links.sort(key=lambda link: (link.trigger.i, link.mention.start if link.mention else -1))

    # Dates stated for clauses: durations in the same clause are laid on them.
    dated_triggers: dict[int, tuple[dt.date, str]] = {}
    for link in links:
        if link.mention is not None and link.mention.timex.type in ("DATE", "TIME"):
            when = time_of(link, {}, article.published)
            if when.start is not None:
                for token in (link.trigger, link.phrase_head):
                    dated_triggers.setdefault(token.i, (when.start, when.granularity))

    learn_names(doc, memory)
    events = []
    for link in links:
        events.append(_build(article, doc, units, link, kinds.get(id(link)), dated_triggers,
                             memory, inherited.get(id(link))))
    return events


def _with_id(event: Event, n: int) -> Event:
    from dataclasses import replace

    return replace(event, event_id=f"{event.article_id}-e{n}")


def _build(article, doc, units, link: Link, kind, dated_triggers, memory: _Memory,
           inherited: tuple[_When, str] | None = None) -> Event:
    trigger = link.trigger
    exclude = frozenset()
    if link.mention is not None:
        span = doc.char_span(link.mention.start, link.mention.end, alignment_mode="expand")
        exclude = expression_tokens(span)
    subject, actor_rule = actor_token(trigger)
    actor = resolve_actor(subject, trigger, memory)
    if subject is not None:
        _remember(named_referent(subject), actor, memory)
        if subject.i > trigger.i:  # a speaker after the verb is the actor, not part of the action
            exclude = exclude | {t.i for t in subject.subtree}
    action, tokens = action_phrase(link.phrase_head or trigger, exclude, trigger)
    unit_start, unit_end = _unit_of(units, trigger.i)
    sentence = doc[unit_start:unit_end]
    common = dict(
        article_id=article.article_id, actor=actor, action=action, trigger=trigger.text,
        char_start=trigger.idx, char_end=trigger.idx + len(trigger.text),
        sentence=sentence.text.strip(), sentence_start=sentence.start_char,
        sentence_end=sentence.end_char, entities=entities_in(tokens, actor),
    )
    published = article.published
    if link.mention is None:
        if inherited is not None:
            when, value = inherited
            return Event(**common, anchor="previous mention",
                         confidence=round(CONFIDENCE_INFERRED * PREVIOUS_MENTION_FACTOR, 3),
                         rule=f"previous sentence's date: {link.rule}; actor: {actor_rule}",
                         type="DATE", value=value, granularity=when.granularity,
                         start=when.start, end=when.end)
        if kind == "upcoming":
            return Event(**common, anchor="inferred", confidence=CONFIDENCE_UPCOMING,
                         rule=f"{link.rule}; actor: {actor_rule}", type="DATE",
                         value="FUTURE_REF", granularity="unknown")
        return Event(**common, anchor="publication", confidence=CONFIDENCE_PUBLICATION,
                     rule=f"publication: {link.rule}; actor: {actor_rule}", type="DATE",
                     value=published.isoformat(), granularity="day", start=published,
                     end=next_day(published))
    mention = link.mention
    timex = mention.timex
    when = time_of(link, dated_triggers, published)
    upcoming = timex.value == "FUTURE_REF"
    return Event(
        **common, anchor=when.anchor,
        # PRESENT_REF, PAST_REF: stated, but no span of days is stated.
        confidence=confidence(when.anchor, when.granularity,
                              when.start is not None and not timex.value.endswith("_REF"), upcoming,
                              timex.probability),
        rule=f"{link.rule}{'; span ' + when.note.strip() if when.note else ''}; actor: {actor_rule}",
        type=timex.type, value=timex.value, granularity=when.granularity, start=when.start,
        end=when.end, mod=timex.mod, expression=mention.text, expression_start=mention.start,
        expression_end=mention.end, timex=timex,
    )
