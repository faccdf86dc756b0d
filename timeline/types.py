"""The data that crosses stage boundaries: frozen, compared by value.

Pipeline (each stage one module; see ``timeline/__init__.py``):
    ingest  -> Article            (text + publication date + language)
    nlp     -> spaCy Doc          (parsed once, cached per text)
    temporal-> Mention[]          (spans found; resolution delegated to temporal.resolve)
    temporal.resolve -> Timex     (pure: no spaCy, reference date required)
    events  -> Event[]            (what each expression dates)
    order   -> pandas DataFrame   (ordered timeline, exports)
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from enum import Enum, StrEnum


class Tense(StrEnum):
    """The tense of a verb group, in one vocabulary for every language (the French parse's
    passé composé is ``PERFECT``, its imparfait and passé simple ``PAST``). A ``StrEnum``: each
    member equals, prints and formats as its word ("future")."""

    FUTURE = "future"
    PERFECT = "perfect"
    PLUPERFECT = "pluperfect"
    PRESENT = "present"
    PAST = "past"
    OTHER = "other"  # conditional, infinitive, no finite verb


class Anchor(str, Enum):
    """What a value was resolved against."""

    ABSOLUTE = "absolute"  # fully stated ("June 10, 2020"): no reference used
    PUBLICATION = "publication"  # relative to the article's publication date
    PREVIOUS_MENTION = "previous mention"  # anaphoric: "the next day", "that week"


class Direction(str, Enum):
    """Which way an underspecified expression points, read from the sentence."""

    PAST = "past"
    PRESENT = "present"
    FUTURE = "future"
    UNKNOWN = "unknown"


# Granularities from coarsest to finest; order matters for timeline sorting.
GRANULARITIES = (
    "millennium",
    "century",
    "decade",
    "year",
    "half",
    "season",
    "quarter",
    "month",
    "week",
    "day",
    "part of day",
    "hour",
    "minute",
    "second",
    "unknown",
)


@dataclass(frozen=True, slots=True)
class Reading:
    """Another reading a mention could have (see :mod:`timeline.readings`): the runner-up
    to the chosen value, shown to the user as a one-click correction."""

    type: str  # DATE | TIME | DURATION | SET
    value: str  # TimeML value: 2020-06-17, P8Y ...
    label: str  # for a person: "next Wednesday, 2020-06-17", "a length of 8 years"
    probability: float  # how probable the model finds it among the mention's readings


@dataclass(frozen=True, slots=True)
class Timex:
    """A resolved temporal value in TimeML TIMEX3 form.

    ``interval_start``/``interval_end`` is the half-open span of real days the
    value covers (``None`` when it covers no definite span, e.g. a bare
    duration "two years" or ``PAST_REF``). A span is clipped at the end of the
    calendar: it ends at the latest on ``dt.date.max`` (9999-12-31, which no
    half-open span can include), so a value of that day alone has no interval.
    """

    type: str  # DATE | TIME | DURATION | SET
    value: str  # e.g. 2020-06-10, 2020-01, 2020-W22, P2Y, PRESENT_REF
    granularity: str  # one of GRANULARITIES
    rule: str  # name of the rule that produced the value
    reference: dt.date | None = None  # the date it was resolved against
    anchor: Anchor = Anchor.ABSOLUTE
    mod: str | None = None  # START MID END APPROX BEFORE AFTER LESS_THAN MORE_THAN ...
    interval_start: dt.date | None = None
    interval_end: dt.date | None = None
    stated: frozenset[str] = frozenset()  # parts written in the text: year, month, day, ...
    inferred: frozenset[str] = frozenset()  # parts taken from the reference
    quant: str | None = None  # SET: "EVERY", "EACH"
    freq: str | None = None  # SET: "2X"
    # How probable the model finds this reading among the mention's distinct readings
    # (1.0 when there is one), and the runner-up reading (timeline.readings.attach_readings).
    probability: float = 1.0
    alternative: Reading | None = None

    @property
    def interval(self) -> tuple[dt.date, dt.date] | None:
        if self.interval_start is None or self.interval_end is None:
            return None
        return (self.interval_start, self.interval_end)


@dataclass(frozen=True, slots=True)
class Mention:
    """A temporal expression found in a text, with its resolved value."""

    text: str
    start: int  # character offsets into the original text: text == source[start:end]
    end: int
    timex: Timex
    sentence_start: int = 0
    sentence_end: int = 0

    @property
    def type(self) -> str:
        return self.timex.type

    @property
    def value(self) -> str:
        return self.timex.value

    @property
    def mod(self) -> str | None:
        return self.timex.mod


@dataclass(frozen=True, slots=True)
class Article:
    """One document to process. ``published`` is required for resolution."""

    text: str
    published: dt.date | None
    language: str = "en"
    article_id: str = "article"
    title: str = ""
    source: str = ""  # file path (and ":line" inside a JSONL/CSV corpus) it came from
    warnings: tuple[str, ...] = field(default=())  # e.g. "invalid UTF-8 replaced"
    url: str = ""  # canonical URL, from the page or the corpus record
    # Where ``published`` came from: "given" (flag, field, sidecar), "metadata"
    # (the page itself) or "missing". An undated article is never dated today.
    published_source: str = ""

    def __post_init__(self) -> None:
        # Kept consistent with ``published`` also through dataclasses.replace:
        # a date set later (the user dated the article) is a given one.
        if self.published is None:
            object.__setattr__(self, "published_source", "missing")
        elif self.published_source in ("", "missing"):
            object.__setattr__(self, "published_source", "given")


@dataclass(frozen=True, slots=True)
class Event:
    """What a temporal expression (or the publication date) dates: who did what, when.

    Offsets index the article text. ``start``/``end`` is the half-open span of
    days the event is placed on; both are ``None`` for an undated event (an
    upcoming plan, FUTURE_REF, or a duration with nothing to anchor it), which
    the timeline sorts last and the chart must not draw as dated.
    """

    article_id: str
    actor: str  # who: the subject, resolved through appositions, "which", titles ("" if none)
    action: str  # short readable phrase: verb (+ particle, negation) + object
    trigger: str  # the governing word: a verb or an event noun ("death")
    char_start: int  # offsets of the trigger in the article text
    char_end: int
    sentence: str  # the evidence sentence, as in the text
    sentence_start: int
    sentence_end: int
    anchor: str  # stated | inferred | publication | previous mention
    confidence: float  # 0..1: stated day > stated month > inferred > publication
    rule: str  # which linking rule tied the time to the trigger
    type: str  # TimeML type of the time: DATE TIME DURATION SET
    value: str  # TimeML value: 2020-06-10, 2020-W22, P1Y, FUTURE_REF ...
    granularity: str  # one of GRANULARITIES
    start: dt.date | None = None
    end: dt.date | None = None
    mod: str | None = None
    expression: str = ""  # the temporal expression ("" when dated by publication)
    expression_start: int = -1
    expression_end: int = -1
    entities: tuple[str, ...] = ()  # named organisations, people, places in the clause
    timex: Timex | None = None  # the resolved expression it came from, if any
    event_id: str = ""  # "<article_id>-e<n>", n in text order

    @property
    def dated(self) -> bool:
        return self.start is not None


@dataclass(frozen=True, slots=True)
class Source:
    """One article that reports an event of the timeline (see timeline/merge.py)."""

    article_id: str
    title: str = ""
    url: str = ""
    sentence: str = ""  # the evidence sentence in that article


@dataclass(frozen=True, slots=True)
class DateReading:
    """One of the dates that the sources of a merged event disagree on."""

    value: str  # TimeML value as that source read it: 2020-06-08, 2020-W24 ...
    article_ids: tuple[str, ...]  # the sources that read it so
