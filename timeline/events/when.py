"""Stage 5, time (when): the Mention's interval; a duration is spanned from the date of
its clause (forward) or back from it (perfect aspect).

Resolution of expressions is the temporal core's job; this stage only reads the
resolved Timex and, for durations, lays the duration on a date.

Choices where the TimeML guidelines are silent (index: docs/choices.md):

- "Resigned on Friday, two days after the election" dates the election two days before Friday;
  "six months before a national vote", six months after the clause's date (inferred; undated
  when the clause has no date).
- A past "after four days of leave", "after a 16-hour flight" and "ended a decade-long
  dominance" run back to the clause's date; French "depuis deux ans" runs back from its anchor.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from dateutil.relativedelta import relativedelta

from timeline.events.link import _CLOSABLE_PERIODS, OFFSET_RULES, Link, _verb_of
from timeline.lang.en.events import ENDING_VERBS
from timeline.lang.en.tense import clause_tense as english_clause_tense
from timeline.lang.fr.tense import clause_tense as french_clause_tense
from timeline.nlp import REPORTING_VERBS
from timeline.periods import STEP
from timeline.types import GRANULARITIES, Anchor, Tense, Timex

# Confidence by how the event was dated (issue: stated day > stated month >
# inferred by tense > publication date).
CONFIDENCE_STATED = {"day": 0.9, "week": 0.8, "month": 0.75}
CONFIDENCE_STATED_COARSE = 0.65  # quarter, season, year and coarser
CONFIDENCE_STATED_VAGUE = 0.5  # PRESENT_REF, PAST_REF: stated but without a span
CONFIDENCE_INFERRED = 0.45
CONFIDENCE_PUBLICATION = 0.3
CONFIDENCE_UPCOMING = 0.2
PREVIOUS_MENTION_FACTOR = 0.9  # an anaphoric date can inherit a wrong antecedent


_DURATION = re.compile(
    r"P(?:(?P<Y>\d+(?:\.\d+)?)Y)?(?:(?P<M>\d+(?:\.\d+)?)M)?(?:(?P<W>\d+(?:\.\d+)?)W)?"
    r"(?:(?P<D>\d+(?:\.\d+)?)D)?(?:T(?:(?P<H>\d+(?:\.\d+)?)H)?(?:(?P<MI>\d+)M)?(?:(?P<S>\d+)S)?)?$"
)


def duration_delta(value: str) -> relativedelta | None:
    """TimeML duration -> relativedelta: "P1Y" -> 1 year, "P2W" -> 14 days; None if vague."""
    match = _DURATION.match(value or "")
    if not match or value in ("P", "PT") or not any(match.groupdict().values()):
        return None
    part = {k: float(v) for k, v in match.groupdict().items() if v}
    months = round(part.get("Y", 0) * 12 + part.get("M", 0))
    days = round(part.get("W", 0) * 7 + part.get("D", 0) + part.get("H", 0) / 24)
    if months == 0 and days == 0:
        days = 1  # hours or minutes still cover (part of) a day
    return relativedelta(months=months, days=days)


def duration_span(value: str, anchor: dt.date, backward: bool) -> tuple[dt.date, dt.date] | None:
    """Lay a duration on its anchor date: forward from it, or back to it.

    >>> duration_span("P1Y", dt.date(2020, 6, 10), backward=False)
    (datetime.date(2020, 6, 10), datetime.date(2021, 6, 10))
    >>> duration_span("P2Y", dt.date(2020, 6, 11), backward=True)
    (datetime.date(2018, 6, 11), datetime.date(2020, 6, 11))
    """
    delta = duration_delta(value)
    if delta is None:
        return None
    try:
        return (anchor - delta, anchor) if backward else (anchor, anchor + delta)
    except (OverflowError, ValueError):
        return None


def next_day(day: dt.date) -> dt.date:
    """The day after (the last representable day stays itself rather than overflow)."""
    return day + dt.timedelta(days=1) if day < dt.date.max else day


_WEEK = re.compile(r"^(\d{4})-W(\d{2})$")


def value_span(value: str) -> tuple[dt.date, dt.date] | None:
    """Fallback when the core gives no interval: the calendar unit an ISO value names."""
    try:
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}(T.*)?", value):
            day = dt.date.fromisoformat(value[:10])
            return day, day + dt.timedelta(days=1)
        if re.fullmatch(r"\d{4}-\d{2}", value):
            first = dt.date(int(value[:4]), int(value[5:7]), 1)
            return first, first + relativedelta(months=1)
        if re.fullmatch(r"\d{4}", value):
            return dt.date(int(value), 1, 1), dt.date(int(value) + 1, 1, 1)
        week = _WEEK.match(value)
        if week:
            monday = dt.date.fromisocalendar(int(week[1]), int(week[2]), 1)
            return monday, monday + dt.timedelta(days=7)
    except (ValueError, OverflowError):
        return None
    return None


def tense(verb) -> Tense:
    """The verb group's tense in its language: "future" | "perfect" | "pluperfect" |
    "present" | "past" | "other" (a :class:`~timeline.types.Tense`)."""
    return (french_clause_tense if verb.doc.lang_ == "fr" else english_clause_tense)(verb)


def _granularity_index(granularity: str) -> int:
    return GRANULARITIES.index(granularity) if granularity in GRANULARITIES else len(GRANULARITIES)


def confidence(anchor: str, granularity: str, dated: bool, upcoming: bool = False,
               probability: float = 1.0) -> float:
    """How far to trust the event's date, from how it was anchored (0..1), times
    ``probability``, how probable the expression's reading is among its distinct readings
    (``Timex.probability``: 1.0 when it has one; see :mod:`timeline.readings`).

    >>> confidence("stated", "day", True) > confidence("stated", "month", True)
    True
    >>> confidence("stated", "month", True) > confidence("inferred", "day", True)
    True
    >>> confidence("stated", "day", True, probability=0.5)
    0.45
    """
    value = _stated_confidence(anchor, granularity, dated, upcoming)
    return value if probability == 1.0 else round(value * probability, 3)


def _stated_confidence(anchor: str, granularity: str, dated: bool, upcoming: bool) -> float:
    if upcoming:
        return CONFIDENCE_UPCOMING
    if anchor == "publication":
        return CONFIDENCE_PUBLICATION
    if anchor == "inferred":
        return CONFIDENCE_INFERRED
    if not dated:
        value = CONFIDENCE_STATED_VAGUE
    elif _granularity_index(granularity) >= _granularity_index("day"):
        value = CONFIDENCE_STATED["day"]
    else:
        value = CONFIDENCE_STATED.get(granularity, CONFIDENCE_STATED_COARSE)
    return round(value * (PREVIOUS_MENTION_FACTOR if anchor == "previous mention" else 1), 3)


@dataclass(frozen=True, slots=True)
class _When:
    start: dt.date | None
    end: dt.date | None
    anchor: str
    granularity: str
    note: str = ""


def time_of(link: Link, dated_triggers: dict[int, tuple[dt.date, str]], published: dt.date) -> _When:
    """Where the link's mention puts its event on the calendar."""
    timex: Timex = link.mention.timex
    stated = "previous mention" if timex.anchor == Anchor.PREVIOUS_MENTION else "stated"
    if link.period_end is not None:
        closed = _closed_period(timex, link.period_end.timex)
        if closed is not None:
            return _When(closed[0], closed[1], "stated", timex.granularity, f"ended {link.period_end.text}")
    if timex.value == "FUTURE_REF":
        return _When(None, None, stated, timex.granularity)
    if timex.type == "DURATION" and link.rule in OFFSET_RULES.values():
        return _offset_time(link, timex, dated_triggers)
    if timex.type == "DURATION" and timex.interval is None:
        verb = _verb_of(link.trigger)
        when = tense(verb)
        if verb.tag_ == "VBG" and verb.dep_ in ("advcl", "conj", "xcomp") and tense(verb.head) == "past":
            when = "past"  # "convicted him on Thursday, capping a four-week trial": the participle shares the past
        anchor_date, _ = _clause_date(link.trigger, dated_triggers) or (published, "day")
        # "has run for two years", "depuis deux ans": the length runs back to the anchor
        backward = (when in ("perfect", "pluperfect") or (when == "present" and verb.tag_ == "VBG")
                    or _introduced_by_since(link) or (when == "past" and (_after_a_length(link) or _told_later(verb, dated_triggers))))
        if when == "past" and anchor_date == published and not _has_clause_date(link.trigger, dated_triggers):
            return _When(None, None, "inferred", timex.granularity, "past duration, no date")
        span = duration_span(timex.value, anchor_date, backward)
        if span is None:
            return _When(None, None, stated, timex.granularity)
        direction = "back from" if backward else "forward from"
        return _When(span[0], span[1], "inferred", timex.granularity,
                     f"{direction} {anchor_date}")
    span = timex.interval or value_span(timex.value)
    if span is None and timex.value == "PRESENT_REF":
        reference = timex.reference or published
        span = (reference, next_day(reference))
        return _When(span[0], span[1], stated, "day")
    if span is None:
        return _When(None, None, stated, timex.granularity)
    if _introduced_by_since(link) and span[0] < published:
        # "has faced recalls since 2018": from that date up to publication.
        return _When(span[0], published, stated, timex.granularity, "since: up to publication")
    # A span keeps the duration's own granularity ("the past two years" is a
    # year-grained fact, not a stated day), so it sorts after finer events.
    return _When(span[0], span[1], stated, timex.granularity)


def _closed_period(period: Timex, last: Timex) -> tuple[dt.date, dt.date] | None:
    """The days of a period that ends on a stated day: "the year ended Sept. 30" is
    Oct. 1 to Sept. 30 (a fiscal year, not the calendar one its value names)."""
    if last.interval is None:
        return None
    end = last.interval[1]
    if period.type == "DURATION":
        return duration_span(period.value, end, backward=True)
    if period.granularity in _CLOSABLE_PERIODS:
        return end - STEP[period.granularity], end
    return None


def _offset_time(link: Link, timex: Timex, dated_triggers) -> _When:
    """"resigned on Friday, two days after the election": the election is two days
    before Friday; "six months before a national vote": six months after the clause's date."""
    prep = link.trigger.head
    verb = prep.head
    dated = _clause_date(verb, dated_triggers) or next(  # "suffered losses in elections on Sunday"
        (dated_triggers[i] for i in sorted(dated_triggers) if _verb_of(verb.doc[i]) == verb), None)
    # "after the election": the election is the length back from the date; "before": ahead of it
    span = duration_span(timex.value, dated[0], backward=prep.lower_ == "after") if dated is not None else None
    if span is None:
        return _When(None, None, "inferred", timex.granularity, "no date to count from")
    day = span[0] if prep.lower_ == "after" else span[1]
    return _When(day, next_day(day), "inferred", timex.granularity, f"{link.mention.text} {prep.lower_} {dated[0]}")


def _after_a_length(link: Link) -> bool:
    """"returned to work Monday after four days of sick leave", "arrived after a 16-hour
    flight", "ended his decade-long dominance": the length ran up to the clause's date."""
    doc = link.trigger.doc
    span = doc.char_span(link.mention.start, link.mention.end, alignment_mode="expand")
    if span is None:
        return False
    if span.root.dep_ == "pobj" and span.root.head.lower_ == "after":
        return True
    noun = link.trigger  # a length that modifies its event noun ("a 16-hour flight")
    if noun.i in range(span.start, span.end) or noun.pos_ not in ("NOUN", "PROPN", "VERB"):
        return False
    return (noun.dep_ == "pobj" and noun.head.lower_ == "after") or (
        noun.dep_ in ("dobj", "obj") and noun.head.lemma_ in ENDING_VERBS)


def _introduced_by_since(link: Link) -> bool:
    mention = link.mention
    if mention.text.lower().startswith("since "):
        return True
    doc = link.trigger.doc
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    if span is None:
        return False
    if span.start > 0 and doc[span.start - 1].lower_ == "depuis":
        return True
    return span.root.dep_ == "pobj" and span.root.head.lower_ == "since"


def _clause_date(trigger, dated_triggers) -> tuple[dt.date, str] | None:
    """The date stated for this clause or a clause above it in the same sentence."""
    token = trigger
    while True:
        if token.i in dated_triggers:
            return dated_triggers[token.i]
        if token.head.i == token.i:
            return None
        token = token.head


def _told_later(verb, dated_triggers) -> bool:
    """Whether a past clause is dated only by the saying that reports it ('"We spent three weeks
    on this," she said on Wednesday'): what was done was over by then."""
    token = verb
    while token.i not in dated_triggers:
        if token.head.i == token.i:
            return False
        token = token.head
    return token.i != verb.i and token.lemma_ in REPORTING_VERBS


def _has_clause_date(trigger, dated_triggers) -> bool:
    return _clause_date(trigger, dated_triggers) is not None
