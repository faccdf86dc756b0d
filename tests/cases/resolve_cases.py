"""Hand-computed resolution cases for ``timeline.resolve.resolve``.

Each case: the expression, the publication date (reference), the direction the
sentence gives (tense), optionally a previous mention (anaphora), and what a
careful TimeML annotator would write: type, value, granularity, and, where it
means something, the half-open interval, mod, stated/inferred parts and anchor.

Every expected value was worked out by hand (calendar + ``datetime`` for ISO
weeks and weekdays), never copied from the code's output. When the interval
is not given, the test derives it from the expected *value* itself (a month
spans the month, ``2020-W22`` spans Monday 2020-05-25 to Monday 2020-06-01),
so it checks the interval independently of the resolver.

Choices where a careful tagger has to pick (and HeidelTime/SUTime agree):
- A weekday equal to the publication weekday is that very day in past or
  present tense and the next one in future tense.
- Year-less months/days take the year given by tense; with no tense, the one
  nearest the publication date ("in December" in a 2021-01-05 article is 2020-12).
- "February 29" in a non-leap year is impossible: the resolver must return
  None or something that is not a day value (never an invalid date).
- "the past two years" is a DURATION P2Y anchored to end at publication.
- "1998-99" is named by its first year and spans both years.
- TIMEX3 names a century by its leading digits: the 19th century is "18".
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from timeline.types import Anchor, Direction, Timex

P, F, PR, U = Direction.PAST, Direction.FUTURE, Direction.PRESENT, Direction.UNKNOWN
ABS, PUB, PREV = Anchor.ABSOLUTE, Anchor.PUBLICATION, Anchor.PREVIOUS_MENTION

NO_INTERVAL = "no interval"  # the case asserts that no interval is given
IMPOSSIBLE = "impossible"  # the case asserts None or a non-day value
NOT_TEMPORAL = "not temporal"  # the case asserts that resolve returns None


@dataclass(frozen=True)
class Case:
    text: str
    reference: dt.date
    type: str | None
    value: str | None
    granularity: str | None  # None: not asserted (PRESENT_REF, impossible dates)
    note: str
    direction: Direction = U
    previous: Timex | None = None
    interval: object = None  # (start, end) | NO_INTERVAL | None (derived from the value)
    within: tuple[dt.date, dt.date] | None = None  # mods: the interval lies inside this
    mod: object = "unchecked"  # expected mod, or None for "no mod"
    stated: frozenset[str] | None = None  # exact set of stated parts
    inferred_has: frozenset[str] | None = None  # parts that must be among the inferred
    anchor: Anchor | None = None
    quant: str | None = None
    freq: str | None = None

    @property
    def key(self) -> tuple:
        prev = self.previous.value if self.previous else None
        return (self.text, self.reference, self.direction, prev)

    @property
    def id(self) -> str:
        extra = f"@{self.previous.value}" if self.previous else ""
        return f"{self.text}|{self.reference}|{self.direction.value}{extra}"


def d(s: str) -> dt.date:
    return dt.date.fromisoformat(s)


def iv(start: str, end: str) -> tuple[dt.date, dt.date]:
    return d(start), d(end)


def prev_day(s: str) -> Timex:
    """A previous mention of one stated day (what "March 3, 2020" resolves to)."""
    day = d(s)
    return Timex(type="DATE", value=s, granularity="day", rule="month_day_year", anchor=ABS,
                 interval_start=day, interval_end=day + dt.timedelta(days=1),
                 stated=frozenset({"year", "month", "day"}))  # fmt: skip


def prev_year(year: int) -> Timex:
    return Timex(type="DATE", value=str(year), granularity="year", rule="year", anchor=ABS,
                 interval_start=dt.date(year, 1, 1), interval_end=dt.date(year + 1, 1, 1),
                 stated=frozenset({"year"}))  # fmt: skip


def prev_month(year: int, month: int) -> Timex:
    start = dt.date(year, month, 1)
    end = dt.date(year + (month == 12), month % 12 + 1, 1)
    return Timex(type="DATE", value=f"{year}-{month:02d}", granularity="month", rule="month_year",
                 anchor=ABS, interval_start=start, interval_end=end,
                 stated=frozenset({"year", "month"}))  # fmt: skip


def C(text, ref, type_, value, granularity, note, **kw) -> Case:
    return Case(text, d(ref), type_, value, granularity, note, **kw)


PUB_DATE = "2020-06-11"  # the seed's publication date, a Thursday (2020-W24)
MAR3 = prev_day("2020-03-03")  # a Tuesday, 2020-W10

CASES: list[Case] = [
    # --- the seed's expressions against 2020-06-11 ---------------------------------------------
    C("at the present time", PUB_DATE, "DATE", "PRESENT_REF", None, "seed: indefinite present", direction=PR),
    C("currently", PUB_DATE, "DATE", "PRESENT_REF", None, "indefinite present adverb", direction=PR),
    C("now", PUB_DATE, "DATE", "PRESENT_REF", None, "indefinite present adverb"),
    C("at present", PUB_DATE, "DATE", "PRESENT_REF", None, "PRESENT_REF variant"),
    C("nowadays", PUB_DATE, "DATE", "PRESENT_REF", None, "PRESENT_REF variant"),
    C("at the moment", PUB_DATE, "DATE", "PRESENT_REF", None, "PRESENT_REF variant"),
    C("recently", PUB_DATE, "DATE", "PAST_REF", None, "indefinite past", direction=P),
    C("in the past", PUB_DATE, "DATE", "PAST_REF", None, "indefinite past"),
    C("in the future", PUB_DATE, "DATE", "FUTURE_REF", None, "indefinite future", direction=F),
    C("soon", PUB_DATE, "DATE", "FUTURE_REF", None, "indefinite future"),
    C("the past two years", PUB_DATE, "DURATION", "P2Y", "year", "seed: anchored span ending at publication",
      direction=P, interval=iv("2018-06-11", "2020-06-11")),
    C("For the past two years", PUB_DATE, "DURATION", "P2Y", "year", "seed: the leading preposition is not part of the value",
      direction=P, interval=iv("2018-06-11", "2020-06-11")),
    C("two weeks ago", PUB_DATE, "DATE", "2020-W22", "week", "seed: pub-14 = Thu 2020-05-28, ISO week 22",
      direction=P, anchor=PUB),
    C("on Wednesday", PUB_DATE, "DATE", "2020-06-10", "day", "seed: past tense, the Wednesday before Thursday pub", direction=P),
    C("Wednesday", PUB_DATE, "DATE", "2020-06-10", "day", "seed: bare weekday, past tense", direction=P,
      stated=frozenset({"weekday"}), anchor=PUB),
    C("for a year", PUB_DATE, "DURATION", "P1Y", "year", "seed: bare duration has no interval", interval=NO_INTERVAL),
    C("a year", PUB_DATE, "DURATION", "P1Y", "year", "seed: 'a' counts one", interval=NO_INTERVAL),
    C("on Monday", PUB_DATE, "DATE", "2020-06-08", "day", "seed: 'had announced on Monday'", direction=P),
    C("in January", PUB_DATE, "DATE", "2020-01", "month", "seed: month only, never a day", direction=P,
      stated=frozenset({"month"}), inferred_has=frozenset({"year"}), anchor=PUB),
    C("2 years", PUB_DATE, "DURATION", "P2Y", "year", "seed: 'fighting for 2 years'", interval=NO_INTERVAL),
    C("for 2 years", PUB_DATE, "DURATION", "P2Y", "year", "seed: with the preposition", interval=NO_INTERVAL),

    # --- weekdays, both directions of tense; pub 2020-06-11 is a Thursday ----------------------
    C("Monday", PUB_DATE, "DATE", "2020-06-08", "day", "past: the Monday of this week", direction=P),
    C("Monday", PUB_DATE, "DATE", "2020-06-15", "day", "future: next week's Monday", direction=F),
    C("Tuesday", PUB_DATE, "DATE", "2020-06-09", "day", "past Tuesday", direction=P),
    C("Tuesday", PUB_DATE, "DATE", "2020-06-16", "day", "future Tuesday", direction=F),
    C("Wednesday", PUB_DATE, "DATE", "2020-06-17", "day", "future Wednesday: a week minus a day ahead", direction=F),
    C("Thursday", PUB_DATE, "DATE", "2020-06-11", "day", "same weekday as pub, past tense: that very day", direction=P),
    C("Thursday", PUB_DATE, "DATE", "2020-06-11", "day", "same weekday as pub, present tense: that very day", direction=PR),
    C("Thursday", PUB_DATE, "DATE", "2020-06-11", "day", "same weekday as pub, future tense: later that day (TimeML)",
      direction=F),
    C("on Thursday", PUB_DATE, "DATE", "2020-06-11", "day", "'will meet on Thursday' said on a Thursday: that day",
      direction=F),
    C("Friday", PUB_DATE, "DATE", "2020-06-05", "day", "past Friday: last week's", direction=P),
    C("Friday", PUB_DATE, "DATE", "2020-06-12", "day", "future Friday: tomorrow", direction=F),
    C("Saturday", PUB_DATE, "DATE", "2020-06-06", "day", "past Saturday", direction=P),
    C("Saturday", PUB_DATE, "DATE", "2020-06-13", "day", "future Saturday", direction=F),
    C("Sunday", PUB_DATE, "DATE", "2020-06-07", "day", "past Sunday (ISO weeks end on Sunday)", direction=P),
    C("on Sunday", PUB_DATE, "DATE", "2020-06-14", "day", "future Sunday", direction=F),
    C("last Monday", PUB_DATE, "DATE", "2020-06-08", "day", "'last' wins over any tense", direction=F),
    C("last Thursday", PUB_DATE, "DATE", "2020-06-04", "day", "'last' + pub weekday: a week before, not today"),
    C("next Monday", PUB_DATE, "DATE", "2020-06-15", "day", "'next' wins over past tense", direction=P),
    C("next Thursday", PUB_DATE, "DATE", "2020-06-18", "day", "'next' + pub weekday: a week later"),
    C("next Wednesday", PUB_DATE, "DATE", "2020-06-17", "day", "'next' Wednesday from Thursday"),
    C("this Friday", PUB_DATE, "DATE", "2020-06-12", "day", "'this Friday' in future tense", direction=F),
    C("on Tuesday", "2021-01-01", "DATE", "2020-12-29", "day", "past weekday across the year boundary (pub Fri)", direction=P),
    C("on Monday", "2020-12-30", "DATE", "2021-01-04", "day", "future weekday across the year boundary (pub Wed)", direction=F),
    C("on Saturday", "2020-02-27", "DATE", "2020-02-29", "day", "future weekday lands on a leap day (pub Thu)", direction=F),
    C("on Saturday", "2020-03-02", "DATE", "2020-02-29", "day", "past weekday lands on a leap day (pub Mon)", direction=P),
    C("Sunday", "2020-03-02", "DATE", "2020-03-01", "day", "past Sunday: yesterday", direction=P),
    C("Monday", "2020-03-02", "DATE", "2020-03-02", "day", "pub weekday, past tense: pub day itself", direction=P),
    C("Monday", "2020-03-02", "DATE", "2020-03-02", "day", "pub weekday, future tense: that day; a week on is 'next Monday'",
      direction=F),

    # --- relative days ------------------------------------------------------------------------
    C("yesterday", PUB_DATE, "DATE", "2020-06-10", "day", "pub - 1", anchor=PUB),
    C("today", PUB_DATE, "DATE", "2020-06-11", "day", "pub"),
    C("tomorrow", PUB_DATE, "DATE", "2020-06-12", "day", "pub + 1"),
    C("the day before yesterday", PUB_DATE, "DATE", "2020-06-09", "day", "pub - 2"),
    C("the day after tomorrow", PUB_DATE, "DATE", "2020-06-13", "day", "pub + 2"),
    C("yesterday", "2021-01-01", "DATE", "2020-12-31", "day", "year boundary backwards"),
    C("tomorrow", "2020-12-31", "DATE", "2021-01-01", "day", "year boundary forwards"),
    C("tomorrow", "2020-02-28", "DATE", "2020-02-29", "day", "leap year: the 29th exists"),
    C("yesterday", "2020-03-01", "DATE", "2020-02-29", "day", "leap year backwards"),
    C("yesterday", "2021-03-01", "DATE", "2021-02-28", "day", "non-leap year backwards"),
    C("tomorrow", "2021-02-28", "DATE", "2021-03-01", "day", "non-leap year forwards"),

    # --- weeks and ISO week edges -------------------------------------------------------------
    C("this week", PUB_DATE, "DATE", "2020-W24", "week", "ISO week of Thu 2020-06-11",
      interval=iv("2020-06-08", "2020-06-15")),
    C("last week", PUB_DATE, "DATE", "2020-W23", "week", "the ISO week before"),
    C("next week", PUB_DATE, "DATE", "2020-W25", "week", "the ISO week after"),
    C("a week ago", PUB_DATE, "DATE", "2020-W23", "week", "pub-7 = 2020-06-04", direction=P),
    C("three weeks ago", PUB_DATE, "DATE", "2020-W21", "week", "pub-21 = 2020-05-21", direction=P),
    C("in two weeks", PUB_DATE, "DATE", "2020-W26", "week", "future: pub+14 = 2020-06-25", direction=F),
    C("this week", "2021-01-01", "DATE", "2020-W53", "week", "ISO edge: Fri 2021-01-01 is in 2020-W53",
      interval=iv("2020-12-28", "2021-01-04")),
    C("last week", "2021-01-06", "DATE", "2020-W53", "week", "ISO edge: the week before 2021-W01 is 2020-W53"),
    C("this week", "2021-01-04", "DATE", "2021-W01", "week", "ISO edge: Mon 2021-01-04 starts 2021-W01"),
    C("next week", "2020-12-28", "DATE", "2021-W01", "week", "ISO edge: the week after 2020-W53"),
    C("this week", "2019-12-30", "DATE", "2020-W01", "week", "ISO edge: Mon 2019-12-30 is in 2020-W01",
      interval=iv("2019-12-30", "2020-01-06")),
    C("last week", "2020-01-01", "DATE", "2019-W52", "week", "ISO edge: 2019 has 52 weeks"),
    C("two weeks ago", "2021-01-08", "DATE", "2020-W52", "week", "pub-14 = Fri 2020-12-25", direction=P),
    C("a week ago", "2021-01-07", "DATE", "2020-W53", "week", "pub-7 = Thu 2020-12-31, in 2020-W53", direction=P),
    C("last week", "2016-01-06", "DATE", "2015-W53", "week", "ISO edge: 2015 had 53 weeks"),
    C("this week", "2026-12-31", "DATE", "2026-W53", "week", "ISO edge: Thu 2026-12-31 is in 2026-W53"),
    C("next week", "2026-12-31", "DATE", "2027-W01", "week", "ISO edge: pub+7 = 2027-01-07"),
    C("this week", "2026-01-01", "DATE", "2026-W01", "week", "ISO edge: Thu 2026-01-01 is in 2026-W01"),
    C("last weekend", PUB_DATE, "DATE", "2020-W23-WE", "week", "the weekend 2020-06-06/07",
      interval=iv("2020-06-06", "2020-06-08")),
    C("this weekend", PUB_DATE, "DATE", "2020-W24-WE", "week", "the coming weekend 2020-06-13/14 (pub Thu)",
      interval=iv("2020-06-13", "2020-06-15")),

    # --- months, with tense and year boundaries -----------------------------------------------
    C("in January", PUB_DATE, "DATE", "2020-01", "month", "no tense: nearest January is 2020's"),
    C("January", PUB_DATE, "DATE", "2021-01", "month", "future tense: the next January", direction=F),
    C("in May", PUB_DATE, "DATE", "2020-05", "month", "past tense: last month", direction=P),
    C("in June", PUB_DATE, "DATE", "2020-06", "month", "the pub month itself, past tense", direction=P),
    # A past-tense sentence naming a month just ahead mostly reports a plan ("was planned for
    # early March"): within 62 days the current year holds (measured: value F1 +0.002
    # timebank, +0.005 aquaint); further ahead it is last year's.
    C("in July", PUB_DATE, "DATE", "2020-07", "month", "past tense, a month just ahead: a plan reported", direction=P),
    C("in October", PUB_DATE, "DATE", "2019-10", "month", "past tense, months ahead: last year's", direction=P),
    C("in July", PUB_DATE, "DATE", "2020-07", "month", "future tense: next month", direction=F),
    C("in March", PUB_DATE, "DATE", "2021-03", "month", "future tense: March has passed, so 2021", direction=F),
    C("in December", "2021-01-05", "DATE", "2020-12", "month", "year boundary: past tense in early January",
      direction=P, stated=frozenset({"month"}), inferred_has=frozenset({"year"})),
    C("in December", "2021-01-05", "DATE", "2020-12", "month", "year boundary: no tense, nearest December"),
    C("in December", "2021-01-05", "DATE", "2021-12", "month", "future tense: this coming December", direction=F),
    C("in January", "2020-12-20", "DATE", "2021-01", "month", "year boundary: future tense in late December", direction=F),
    C("in January", "2020-12-20", "DATE", "2021-01", "month", "year boundary: no tense, nearest January"),
    C("in January", "2020-12-20", "DATE", "2020-01", "month", "past tense in December: this year's January", direction=P),
    C("in November", "2021-01-05", "DATE", "2020-11", "month", "past tense, previous year", direction=P),
    C("last March", PUB_DATE, "DATE", "2020-03", "month", "most recent March before June"),
    C("last March", "2020-02-01", "DATE", "2019-03", "month", "most recent March before February"),
    C("next March", PUB_DATE, "DATE", "2021-03", "month", "the coming March"),
    C("this March", PUB_DATE, "DATE", "2020-03", "month", "March of the pub year"),
    C("last month", PUB_DATE, "DATE", "2020-05", "month", "the month before pub", anchor=PUB),
    C("this month", PUB_DATE, "DATE", "2020-06", "month", "the pub month"),
    C("next month", PUB_DATE, "DATE", "2020-07", "month", "the month after pub"),
    C("last month", "2021-01-05", "DATE", "2020-12", "month", "year boundary backwards"),
    C("next month", "2020-12-20", "DATE", "2021-01", "month", "year boundary forwards"),
    C("this month", "2020-12-31", "DATE", "2020-12", "month", "last day of the year"),
    C("two months ago", PUB_DATE, "DATE", "2020-04", "month", "pub - 2 months", direction=P),
    C("six months from now", PUB_DATE, "DATE", "2020-12", "month", "pub + 6 months", direction=F),
    C("since January", PUB_DATE, "DATE", "2020-01", "month", "'since' points back", direction=P),
    C("January 2020", PUB_DATE, "DATE", "2020-01", "month", "fully stated month", anchor=ABS,
      stated=frozenset({"year", "month"})),
    C("January 2020", "1999-07-01", "DATE", "2020-01", "month", "fully stated: reference irrelevant", anchor=ABS),
    C("June of 2019", PUB_DATE, "DATE", "2019-06", "month", "'of' between month and year"),
    C("Jan. 2021", PUB_DATE, "DATE", "2021-01", "month", "abbreviated month with year"),
    C("February 2020", PUB_DATE, "DATE", "2020-02", "month", "leap February spans 29 days",
      interval=iv("2020-02-01", "2020-03-01")),

    # --- days without a year ------------------------------------------------------------------
    C("June 10", PUB_DATE, "DATE", "2020-06-10", "day", "past tense: yesterday", direction=P,
      stated=frozenset({"month", "day"}), inferred_has=frozenset({"year"}), anchor=PUB),
    C("June 10", PUB_DATE, "DATE", "2021-06-10", "day", "future tense: this year's has passed", direction=F),
    C("June 12", PUB_DATE, "DATE", "2020-06-12", "day", "future tense: tomorrow", direction=F),
    C("June 12", PUB_DATE, "DATE", "2020-06-12", "day",
      "past tense, a day ahead: a plan reported in the past ('invited them to ... on June 12'), not 2019's",
      direction=P),
    C("September 1", PUB_DATE, "DATE", "2019-09-01", "day", "past tense, months ahead: last year's", direction=P),
    C("March 3", PUB_DATE, "DATE", "2020-03-03", "day", "no tense: nearest March 3"),
    C("on March 3", PUB_DATE, "DATE", "2020-03-03", "day", "past tense with preposition", direction=P),
    C("December 25", PUB_DATE, "DATE", "2020-12-25", "day", "future tense: the coming one", direction=F),
    C("Dec. 31", "2021-01-05", "DATE", "2020-12-31", "day", "year boundary: past tense", direction=P),
    C("December 28", "2021-01-05", "DATE", "2020-12-28", "day", "year boundary: no tense, nearest"),
    C("Jan. 3", "2020-12-20", "DATE", "2021-01-03", "day", "year boundary: future tense", direction=F),
    C("January 2", "2020-12-20", "DATE", "2021-01-02", "day", "year boundary: no tense, nearest"),
    C("the 10th of June", PUB_DATE, "DATE", "2020-06-10", "day", "day-of-month order", direction=P),
    C("10 June", PUB_DATE, "DATE", "2020-06-10", "day", "British order", direction=P),
    C("May 5", PUB_DATE, "DATE", "2020-05-05", "day", "'May' the month with a day", direction=P),
    C("Sept. 11", PUB_DATE, "DATE", "2019-09-11", "day", "abbreviation 'Sept.' in past tense", direction=P),

    # --- fully stated dates: ABSOLUTE, same value for any reference ----------------------------
    C("June 10, 2020", PUB_DATE, "DATE", "2020-06-10", "day", "fully stated", anchor=ABS,
      stated=frozenset({"year", "month", "day"})),
    C("June 10, 2020", "1999-01-01", "DATE", "2020-06-10", "day", "fully stated: earlier reference", anchor=ABS),
    C("June 10, 2020", "2035-12-31", "DATE", "2020-06-10", "day", "fully stated: later reference, future tense",
      direction=F, anchor=ABS),
    C("10 June 2020", PUB_DATE, "DATE", "2020-06-10", "day", "day-month-year", anchor=ABS),
    C("the 10th of June, 2020", PUB_DATE, "DATE", "2020-06-10", "day", "ordinal day, 'of'", anchor=ABS),
    C("2020-06-10", PUB_DATE, "DATE", "2020-06-10", "day", "ISO date", anchor=ABS),
    C("2020-06-10", "1980-05-05", "DATE", "2020-06-10", "day", "ISO date: any reference", anchor=ABS),
    C("6/10/2020", PUB_DATE, "DATE", "2020-06-10", "day", "US numeric date", anchor=ABS),
    C("Wednesday, June 10, 2020", PUB_DATE, "DATE", "2020-06-10", "day", "weekday + full date", anchor=ABS),
    C("Dec. 31, 1999", PUB_DATE, "DATE", "1999-12-31", "day", "abbreviated month, full date", anchor=ABS),
    C("March 3, 2020", "2021-01-05", "DATE", "2020-03-03", "day", "full date in another year's article", anchor=ABS),
    C("July 4, 1776", PUB_DATE, "DATE", "1776-07-04", "day", "historical full date", anchor=ABS),
    C("2019", PUB_DATE, "DATE", "2019", "year", "bare year", anchor=ABS, stated=frozenset({"year"})),
    C("in 2019", PUB_DATE, "DATE", "2019", "year", "year with preposition"),
    C("1998", "2020-01-01", "DATE", "1998", "year", "lexicon example year"),
    C("since 2018", PUB_DATE, "DATE", "2018", "year", "'since' + year", direction=P),
    C("the year 2000", PUB_DATE, "DATE", "2000", "year", "'the year' + year"),

    # --- leap years ---------------------------------------------------------------------------
    C("February 29, 2020", PUB_DATE, "DATE", "2020-02-29", "day", "2020 is a leap year", anchor=ABS),
    C("Feb. 29, 2020", "2021-06-01", "DATE", "2020-02-29", "day", "abbreviated, leap day"),
    C("2020-02-29", PUB_DATE, "DATE", "2020-02-29", "day", "ISO leap day"),
    C("2/29/2020", PUB_DATE, "DATE", "2020-02-29", "day", "numeric leap day"),
    C("February 29, 2000", PUB_DATE, "DATE", "2000-02-29", "day", "2000 is a leap year (divisible by 400)"),
    C("February 29", "2020-03-10", "DATE", "2020-02-29", "day", "year-less leap day in a leap-year article", direction=P),
    C("February 29", "2024-01-10", "DATE", "2024-02-29", "day", "future leap day", direction=F),
    C("February 29, 2021", PUB_DATE, None, IMPOSSIBLE, None, "2021 is not a leap year"),
    C("February 29, 1900", PUB_DATE, None, IMPOSSIBLE, None, "1900 is not a leap year (century rule)"),
    # --- a history keeps its year for bare months; news reads them against publication ---------
    C("in April", "2009-12-19", "DATE", "1940-04", "month", "a story told of 1940: its April", direction=P,
      previous=prev_year(1940), anchor=PREV),
    C("in April", "2009-12-19", "DATE", "2009-04", "month", "last year's story is near: publication's April",
      direction=P, previous=prev_year(2008), anchor=PUB),
    C("in January", "2009-12-19", "DATE", "1942-01", "month", "after December 1941 the story's next January",
      direction=P, previous=prev_day("1941-12-07"), anchor=PREV),
    C("in June", "2009-12-19", "DATE", "1940-06", "month", "a month just before July 14, 1940: a step back",
      direction=P, previous=prev_day("1940-07-14"), anchor=PREV),
    C("last February", "2009-12-19", "DATE", "2009-02", "month", "'last' counts from publication, even in a history",
      direction=P, previous=prev_year(1940), anchor=PUB),
    C("every Monday morning", PUB_DATE, "SET", "XXXX-WXX-1TMO", "part of day", "a weekday's part of day, recurring"),
    C("Friday nights", PUB_DATE, "SET", "XXXX-WXX-5TNI", "part of day", "a plural part of day recurs"),
    C("eight trading days", PUB_DATE, "DURATION", "P8D", "day", "days of a kind are still days", interval=NO_INTERVAL),
    C("30 business days", PUB_DATE, "DURATION", "P30D", "day", "business days counted as days", interval=NO_INTERVAL),
    C("the year before last", PUB_DATE, "DATE", "2018", "year", "one before last year", direction=P),
    C("the week after next", PUB_DATE, "DATE", "2020-W26", "week", "one after next week", direction=F),
    C("the Monday before last", PUB_DATE, "DATE", "2020-06-01", "day", "a week before last Monday", direction=P),
    C("the Friday after next", PUB_DATE, "DATE", "2020-06-19", "day", "a week after next Friday", direction=F),
    C("the weekend before last", PUB_DATE, "DATE", "2020-W22-WE", "week", "a week before last weekend", direction=P),
    C("2Q21", PUB_DATE, "DATE", "2021-Q2", "quarter", "analysts' quarter of a two-digit year"),
    C("Q3'19", PUB_DATE, "DATE", "2019-Q3", "quarter", "quarter, apostrophe, two-digit year"),
    C("3Q", PUB_DATE, "DATE", "2019-Q3", "quarter", "'3Q' is Q3: the latest third quarter begun", direction=P),
    # --- a day counted from a day: "a week from Friday" -------------------------------------------
    C("a week from today", PUB_DATE, "DATE", "2020-06-18", "day", "seven days after publication"),
    C("a week from Friday", PUB_DATE, "DATE", "2020-06-19", "day", "the coming Friday, a week on"),
    C("two weeks from tomorrow", PUB_DATE, "DATE", "2020-06-26", "day", "fourteen days after tomorrow"),
    C("three months from June 1", PUB_DATE, "DATE", "2020-09-01", "day", "the nearest June 1, three months on"),
    # --- a day of the month in words: "the first of March", "the 15th of next month" ----------
    C("the first of March", PUB_DATE, "DATE", "2020-03-01", "day", "ordinal of a month, told in the past", direction=P),
    C("the first of March", PUB_DATE, "DATE", "2021-03-01", "day", "ordinal of a month, ahead", direction=F),
    C("the twenty-third of February 2019", PUB_DATE, "DATE", "2019-02-23", "day", "ordinal in words with a year"),
    C("the 15th of next month", PUB_DATE, "DATE", "2020-07-15", "day", "day of the month after publication"),
    C("the 3rd of last month", PUB_DATE, "DATE", "2020-05-03", "day", "day of the month before publication"),
    C("the thirty-first of next month", PUB_DATE, "DATE", "2020-07-31", "day", "the last day of a 31-day month"),
    C("the 31st of next month", "2020-03-11", None, IMPOSSIBLE, None, "April has no 31st"),
    C("the first of next year", PUB_DATE, "DATE", "2021-01-01", "day", "New Year's Day ahead"),
    C("the first of the year", PUB_DATE, "DATE", "2021-01-01", "day", "ahead: the coming New Year's Day", direction=F),
    C("the first of the year", PUB_DATE, "DATE", "2020-01-01", "day", "'since the first of the year': this one",
      direction=P),
    C("2021-02-29", PUB_DATE, None, IMPOSSIBLE, None, "ISO form of an impossible date"),
    C("February 29", "2021-03-01", None, IMPOSSIBLE, None, "no Feb 29 in 2021: not a 2021 day", direction=P),
    C("February 30", PUB_DATE, None, IMPOSSIBLE, None, "no February 30 in any year"),
    C("April 31, 2020", PUB_DATE, None, IMPOSSIBLE, None, "April has 30 days"),
    C("a year ago", "2020-02-29", "DATE", "2019", "year", "year offset from a leap day", direction=P),
    C("three days ago", "2020-03-01", "DATE", "2020-02-27", "day", "pub-3 across a leap day", direction=P),
    C("the past two years", "2020-02-29", "DURATION", "P2Y", "year",
      "from a leap day: 2018 has no Feb 29, the span starts Feb 28", direction=P,
      interval=iv("2018-02-28", "2020-02-29")),

    # --- years --------------------------------------------------------------------------------
    C("last year", PUB_DATE, "DATE", "2019", "year", "pub year - 1", interval=iv("2019-01-01", "2020-01-01"),
      anchor=PUB),
    C("this year", PUB_DATE, "DATE", "2020", "year", "pub year"),
    C("next year", PUB_DATE, "DATE", "2021", "year", "pub year + 1"),
    C("last year", "2021-01-05", "DATE", "2020", "year", "year boundary: last year is 2020"),
    C("a year ago", PUB_DATE, "DATE", "2019", "year", "pub - 1 year: year granularity", direction=P),
    C("10 years ago", PUB_DATE, "DATE", "2010", "year", "pub - 10 years", direction=P),
    C("two years ago", "2021-01-05", "DATE", "2019", "year", "offset in years", direction=P),
    C("in five years", PUB_DATE, "DATE", "2025", "year", "future offset", direction=F),
    C("three days ago", PUB_DATE, "DATE", "2020-06-08", "day", "pub - 3 days", direction=P),
    C("in three days", PUB_DATE, "DATE", "2020-06-14", "day", "pub + 3 days, future tense", direction=F),
    C("a decade ago", PUB_DATE, "DATE", "201", "decade", "pub - 10 years: the 2010s", direction=P),

    # --- seasons --------------------------------------------------------------------------------
    C("next spring", PUB_DATE, "DATE", "2021-SP", "season", "spring 2020 is over in June",
      inferred_has=frozenset({"year"})),
    C("next spring", "2021-01-05", "DATE", "2021-SP", "season", "winter now; next spring is 2021's"),
    C("next spring", "2020-02-10", "DATE", "2020-SP", "season", "in February, next spring is this year's"),
    C("this summer", PUB_DATE, "DATE", "2020-SU", "season", "June is summer"),
    C("last summer", PUB_DATE, "DATE", "2019-SU", "season", "summer 2020 has begun; last summer is 2019's"),
    C("last spring", PUB_DATE, "DATE", "2020-SP", "season", "the spring that just ended"),
    C("last fall", PUB_DATE, "DATE", "2019-FA", "season", "autumn before pub"),
    C("next fall", PUB_DATE, "DATE", "2020-FA", "season", "the coming autumn"),
    C("last autumn", PUB_DATE, "DATE", "2019-FA", "season", "'autumn' = FA"),
    C("in the fall", PUB_DATE, "DATE", "2020-FA", "season", "future tense: the coming autumn", direction=F),
    C("spring 2019", PUB_DATE, "DATE", "2019-SP", "season", "fully stated season", anchor=ABS),
    C("the summer of 2019", PUB_DATE, "DATE", "2019-SU", "season", "'the summer of' + year", anchor=ABS),

    # --- quarters and halves --------------------------------------------------------------------
    C("the third quarter", PUB_DATE, "DATE", "2020-Q3", "quarter", "future tense: the coming Q3", direction=F),
    C("the third quarter", PUB_DATE, "DATE", "2019-Q3", "quarter", "past tense in June: Q3 2020 has not begun", direction=P),
    C("the third quarter", "1989-10-25", "DATE", "1989-Q3", "quarter", "WSJ style: just-reported quarter", direction=P),
    C("the fourth quarter", "2021-01-05", "DATE", "2020-Q4", "quarter", "year boundary: reported Q4", direction=P),
    C("the first quarter of 2020", PUB_DATE, "DATE", "2020-Q1", "quarter", "fully stated quarter", anchor=ABS,
      interval=iv("2020-01-01", "2020-04-01")),
    C("Q3 2019", PUB_DATE, "DATE", "2019-Q3", "quarter", "short quarter form"),
    C("last quarter", PUB_DATE, "DATE", "2020-Q1", "quarter", "the quarter before Q2"),
    C("this quarter", PUB_DATE, "DATE", "2020-Q2", "quarter", "the pub quarter"),
    C("next quarter", PUB_DATE, "DATE", "2020-Q3", "quarter", "the quarter after"),
    C("last quarter", "2021-01-05", "DATE", "2020-Q4", "quarter", "year boundary backwards"),
    C("next quarter", "2020-12-20", "DATE", "2021-Q1", "quarter", "year boundary forwards"),
    C("last year's fourth quarter", PUB_DATE, "DATE", "2019-Q4", "quarter", "possessive year"),
    C("the first half of 2020", PUB_DATE, "DATE", "2020-H1", "half", "fully stated half",
      interval=iv("2020-01-01", "2020-07-01")),
    C("the second half of 2019", PUB_DATE, "DATE", "2019-H2", "half", "fully stated half",
      interval=iv("2019-07-01", "2020-01-01")),
    C("the second half", PUB_DATE, "DATE", "2020-H2", "half", "future tense: H2 of the pub year", direction=F),
    C("the second half of last year", PUB_DATE, "DATE", "2019-H2", "half", "relative year"),

    # --- decades and centuries ----------------------------------------------------------------
    C("the 1990s", PUB_DATE, "DATE", "199", "decade", "decade: three leading digits", anchor=ABS,
      interval=iv("1990-01-01", "2000-01-01")),
    C("the 1980s", PUB_DATE, "DATE", "198", "decade", "another decade"),
    C("the 1960s", "1999-01-01", "DATE", "196", "decade", "decade, any reference"),
    C("the 2010s", PUB_DATE, "DATE", "201", "decade", "the previous decade"),
    C("the '90s", PUB_DATE, "DATE", "199", "decade", "apostrophe decade: the nearest past 90s"),
    C("the '80s", PUB_DATE, "DATE", "198", "decade", "apostrophe decade"),
    C("the nineties", PUB_DATE, "DATE", "199", "decade", "spelled decade said in 2020"),
    C("the sixties", PUB_DATE, "DATE", "196", "decade", "spelled decade"),
    C("the early 1990s", PUB_DATE, "DATE", "199", "decade", "early -> START", mod="START",
      within=iv("1990-01-01", "2000-01-01")),
    C("the mid-1990s", PUB_DATE, "DATE", "199", "decade", "mid -> MID", mod="MID",
      within=iv("1990-01-01", "2000-01-01")),
    C("the late 1980s", PUB_DATE, "DATE", "198", "decade", "late -> END", mod="END",
      within=iv("1980-01-01", "1990-01-01")),
    C("mid-century", PUB_DATE, "DATE", "20", "century", "'by mid-century' in 2020: the middle of the 21st",
      mod="MID", direction=F, within=iv("2000-01-01", "2100-01-01")),
    C("midweek", PUB_DATE, "DATE", "2020-W25", "week", "'by midweek' said on a Thursday: next week's middle",
      mod="MID", direction=F, within=iv("2020-06-15", "2020-06-22")),
    C("midyear", PUB_DATE, "DATE", "2019", "year", "'since midyear' said in June: the middle of last year",
      mod="MID", direction=P, within=iv("2019-01-01", "2020-01-01")),
    C("the 1800s", PUB_DATE, "DATE", "18", "century", "a hundred years named by its first: the century '18'",
      anchor=ABS, interval=iv("1800-01-01", "1900-01-01")),
    C("the late 1800s", PUB_DATE, "DATE", "18", "century", "late -> END, of the hundred years", mod="END",
      within=iv("1800-01-01", "1900-01-01")),
    C("the 2000s", PUB_DATE, "DATE", "200", "decade", "'the 2000s' is used of the decade 2000-2009",
      interval=iv("2000-01-01", "2010-01-01")),
    C("the 19th century", PUB_DATE, "DATE", "18", "century", "TIMEX3: the 1800s are '18'", anchor=ABS,
      interval=iv("1800-01-01", "1900-01-01")),
    C("the 20th century", PUB_DATE, "DATE", "19", "century", "the 1900s are '19'"),
    C("the 21st century", PUB_DATE, "DATE", "20", "century", "the 2000s are '20'"),
    C("the eighteenth century", PUB_DATE, "DATE", "17", "century", "spelled ordinal century"),
    C("the 15th century", PUB_DATE, "DATE", "14", "century", "the 1400s"),
    C("the 0th century", PUB_DATE, None, NOT_TEMPORAL, None, "there is no 0th century"),
    C("1998-99", PUB_DATE, "DATE", "1998", "year", "season/fiscal year named by its first year, spans both",
      interval=iv("1998-01-01", "2000-01-01")),
    C("2019-20", PUB_DATE, "DATE", "2019", "year", "range across a decade digit",
      interval=iv("2019-01-01", "2021-01-01")),
    C("1999-2000", PUB_DATE, "DATE", "1999", "year", "range across the century, both years written",
      interval=iv("1999-01-01", "2001-01-01")),

    # --- durations ----------------------------------------------------------------------------
    C("two years", PUB_DATE, "DURATION", "P2Y", "year", "lexicon example duration", interval=NO_INTERVAL,
      anchor=ABS),
    C("three months", PUB_DATE, "DURATION", "P3M", "month", "months", interval=NO_INTERVAL),
    C("five days", PUB_DATE, "DURATION", "P5D", "day", "days", interval=NO_INTERVAL),
    C("18 months", PUB_DATE, "DURATION", "P18M", "month", "digits", interval=NO_INTERVAL),
    C("a week", PUB_DATE, "DURATION", "P1W", "week", "one week", interval=NO_INTERVAL),
    C("six hours", PUB_DATE, "DURATION", "PT6H", "hour", "time unit: PT", interval=NO_INTERVAL),
    C("30 minutes", PUB_DATE, "DURATION", "PT30M", "minute", "minutes are PT..M, not months",
      interval=NO_INTERVAL),
    C("24 hours", PUB_DATE, "DURATION", "PT24H", "hour", "a day in hours"),
    C("half an hour", PUB_DATE, "DURATION", "PT30M", "hour", "half an hour = 30 minutes; granularity: the unit written"),
    C("six-week", PUB_DATE, "DURATION", "P6W", "week", "hyphenated adjective duration"),
    C("a six-week", PUB_DATE, "DURATION", "P6W", "week", "the issue's 'a six-week' (trial): the article does not count"),
    C("two-year", PUB_DATE, "DURATION", "P2Y", "year", "hyphenated: 'a two-year deal'"),
    C("90-day", PUB_DATE, "DURATION", "P90D", "day", "hyphenated digits"),
    C("a fortnight", PUB_DATE, "DURATION", "P2W", "week", "fortnight = two weeks"),
    C("one and a half years", PUB_DATE, "DURATION", "P1Y6M", "year", "a fraction: whole units, the rest in the next smaller unit; granularity: the unit written"),
    C("two and a half years", PUB_DATE, "DURATION", "P2Y6M", "year", "N and a half"),
    C("a year and a half", PUB_DATE, "DURATION", "P1Y6M", "year", "unit and a half"),
    C("half a year", PUB_DATE, "DURATION", "P6M", "year", "half with no whole part"),
    C("5 1/2 hours", PUB_DATE, "DURATION", "PT5H30M", "hour", "digits and 1/2, time units after T"),
    C("an hour and a half", PUB_DATE, "DURATION", "PT1H30M", "hour", "an hour and a half"),
    C("a minute and a half", PUB_DATE, "DURATION", "PT1M30S", "minute", "minutes: the rest in seconds"),
    C("one and a half days", PUB_DATE, "DURATION", "P1DT12H", "day", "days: the rest in hours, after T"),
    C("1.5 weeks", PUB_DATE, "DURATION", "P1.5W", "week", "half a week is no whole number of days: kept as a decimal"),
    C("4 in the morning", PUB_DATE, "TIME", "2020-06-11T04:00", "hour", "hour in the morning"),
    C("2 in the afternoon", PUB_DATE, "TIME", "2020-06-11T14:00", "hour", "in the afternoon is after noon"),
    C("11 at night", PUB_DATE, "TIME", "2020-06-11T23:00", "hour", "at night is after noon for late hours"),
    C("7.30am", PUB_DATE, "TIME", "2020-06-11T07:30", "minute", "a dot between hour and minute"),
    C("the first week of May 2021", PUB_DATE, "DATE", "2021-W18", "week",
      "the ISO week holding May 4th (Tue 2021-05-04; week 18 runs May 3-9)"),
    C("the second week of December 2021", PUB_DATE, "DATE", "2021-W49", "week", "one week on (Sat 2021-12-11, week 49)"),
    C("the last week of May 2021", PUB_DATE, "DATE", "2021-W21", "week", "the week holding May 28th (May 24-30)"),
    C("the last Friday of April", PUB_DATE, "DATE", "2021-04-30", "day",
      "future: April 2021, whose last day, the 30th, is a Friday", direction=F, stated=frozenset({"month", "weekday"})),
    C("the second Tuesday in November", PUB_DATE, "DATE", "2020-11-10", "day",
      "Nov 1 2020 is a Sunday: Tuesdays fall on the 3rd and 10th", direction=F),
    C("the first Monday of September 2019", PUB_DATE, "DATE", "2019-09-02", "day", "Sept 1 2019 is a Sunday",
      stated=frozenset({"year", "month", "weekday"})),
    C("on the 28th", PUB_DATE, "DATE", "2020-05-28", "day", "past: June 28 has not come, so May's", direction=P),
    C("on the 3rd", PUB_DATE, "DATE", "2020-06-03", "day", "no tense: the nearest 3rd is this month's"),
    C("the first day of the month", PUB_DATE, "DATE", "2020-06-01", "day", "the current month's first day"),
    C("the last day of February 2020", PUB_DATE, "DATE", "2020-02-29", "day", "2020 is a leap year",
      stated=frozenset({"year", "month", "day"})),
    C("the last day of next year", PUB_DATE, "DATE", "2021-12-31", "day", "next year's last day"),
    C("the March quarter", PUB_DATE, "DATE", "2020-Q1", "quarter",
      "the quarter ending in March is the first; reported in the past: 2020's", direction=P),
    C("the September quarter of 2019", PUB_DATE, "DATE", "2019-Q3", "quarter", "July to September 2019"),
    C("the December-quarter", PUB_DATE, "DATE", "2020-Q4", "quarter", "future: the fourth quarter ahead", direction=F),
    C("the last week of May", PUB_DATE, "DATE", "2021-W21", "week",
      "future: 'last' places the week in the month, it does not make it past (May 28 2021: week 21)", direction=F),
    C("the fifth Monday of February 2021", PUB_DATE, None, IMPOSSIBLE, None,
      "February 2021 has four Mondays (1, 8, 15, 22)"),
    C("Black Friday 2020", PUB_DATE, "DATE", "2020-11-27", "day", "the day after Thanksgiving (Thu 2020-11-26)"),
    C("winter 2021", PUB_DATE, "DATE", "2021-WI", "season", "a winter is named by its January: Dec 2020 to Feb 2021"),
    C("this winter", "2021-01-20", "DATE", "2021-WI", "season", "in January, this winter is the one under way"),
    C("this winter", "2020-12-05", "DATE", "2021-WI", "season", "in December too: the winter just begun"),
    C("this fall", "2024-02-12", "DATE", "2024-FA", "season",
      "in February, with no tense, this calendar year's fall: the coming one, not the one just ended"),
    C("this fall", "2024-02-12", "DATE", "2024-FA", "season", "ahead: the coming fall", direction=F),
    C("this fall", "2024-02-12", "DATE", "2023-FA", "season", "told in the past: the last fall", direction=P),
    C("this winter", "2024-10-05", "DATE", "2025-WI", "season",
      "in October, with no tense, the winter that starts this December"),
    C("Mother's Day 2021", PUB_DATE, "DATE", "2021-05-09", "day", "the second Sunday of May"),
    C("the Fourth of July 2019", PUB_DATE, "DATE", "2019-07-04", "day", "Independence Day by another name"),
    C("a few years", PUB_DATE, "DURATION", "PXY", "year", "vague quantity: X"),
    C("several months", PUB_DATE, "DURATION", "PXM", "month", "vague quantity: X"),
    C("for years", PUB_DATE, "DURATION", "PXY", "year", "bare plural unit after 'for'"),
    C("a few decades", PUB_DATE, "DURATION", "PXDE", "decade", "vague decades: TIDES unit DE (HeidelTime 'PXDE')"),
    C("several centuries", PUB_DATE, "DURATION", "PXCE", "century", "vague centuries: TIDES unit CE"),
    C("twenty-five years", PUB_DATE, "DURATION", "P25Y", "year", "compound number word"),
    C("the past three months", PUB_DATE, "DURATION", "P3M", "month", "anchored span, ends at pub", direction=P,
      interval=iv("2020-03-11", "2020-06-11")),
    C("the last 10 days", PUB_DATE, "DURATION", "P10D", "day", "anchored span in days", direction=P,
      interval=iv("2020-06-01", "2020-06-11")),
    C("the next two years", PUB_DATE, "DURATION", "P2Y", "year", "told in the past: starts at the date told of",
      direction=P, previous=prev_year(1961), anchor=PREV, interval=iv("1961-01-01", "1963-01-01")),
    C("the next two weeks", PUB_DATE, "DURATION", "P2W", "week", "anchored span, starts at pub", direction=F,
      interval=iv("2020-06-11", "2020-06-25")),
    C("the past year", PUB_DATE, "DURATION", "P1Y", "year", "'the past year' is a length up to now", direction=P,
      interval=iv("2019-06-11", "2020-06-11")),

    # --- mods ---------------------------------------------------------------------------------
    C("late November", PUB_DATE, "DATE", "2019-11", "month", "late -> END; past tense: last November",
      direction=P, mod="END", within=iv("2019-11-01", "2019-12-01")),
    C("late November", PUB_DATE, "DATE", "2020-11", "month", "late -> END; future tense: this November",
      direction=F, mod="END", within=iv("2020-11-01", "2020-12-01")),
    C("late November", "2020-12-15", "DATE", "2020-11", "month", "late -> END; no tense: the one just gone",
      mod="END", within=iv("2020-11-01", "2020-12-01")),
    C("early 2020", PUB_DATE, "DATE", "2020", "year", "early -> START", mod="START",
      within=iv("2020-01-01", "2021-01-01")),
    C("mid-2019", PUB_DATE, "DATE", "2019", "year", "mid -> MID", mod="MID", within=iv("2019-01-01", "2020-01-01")),
    C("late 2019", PUB_DATE, "DATE", "2019", "year", "late -> END", mod="END", within=iv("2019-01-01", "2020-01-01")),
    C("the end of 2019", PUB_DATE, "DATE", "2019", "year", "the end of -> END", mod="END",
      within=iv("2019-01-01", "2020-01-01")),
    C("the beginning of 2021", PUB_DATE, "DATE", "2021", "year", "the beginning of -> START", mod="START",
      within=iv("2021-01-01", "2022-01-01")),
    C("the end of March", PUB_DATE, "DATE", "2020-03", "month", "the end of + month, past tense", direction=P,
      mod="END", within=iv("2020-03-01", "2020-04-01")),
    C("mid-March", PUB_DATE, "DATE", "2020-03", "month", "mid + month, past tense", direction=P, mod="MID",
      within=iv("2020-03-01", "2020-04-01")),
    C("early June", PUB_DATE, "DATE", "2020-06", "month", "early + pub month, past tense", direction=P,
      mod="START", within=iv("2020-06-01", "2020-07-01")),
    C("early last year", PUB_DATE, "DATE", "2019", "year", "mod + relative year", mod="START",
      within=iv("2019-01-01", "2020-01-01")),
    C("the end of the month", PUB_DATE, "DATE", "2020-06", "month", "the end of the current month", mod="END",
      within=iv("2020-06-01", "2020-07-01")),
    C("the beginning of next month", PUB_DATE, "DATE", "2020-07", "month", "mod + relative month", mod="START",
      within=iv("2020-07-01", "2020-08-01")),
    C("about three weeks", PUB_DATE, "DURATION", "P3W", "week", "about -> APPROX", mod="APPROX"),
    C("around two years", PUB_DATE, "DURATION", "P2Y", "year", "around -> APPROX", mod="APPROX"),
    C("more than two years", PUB_DATE, "DURATION", "P2Y", "year", "more than -> MORE_THAN", mod="MORE_THAN",
      interval=NO_INTERVAL),
    C("over a decade", PUB_DATE, "DURATION", "P10Y", "decade", "over -> MORE_THAN; a decade = 10 years",
      mod="MORE_THAN"),
    C("less than a year", PUB_DATE, "DURATION", "P1Y", "year", "less than -> LESS_THAN", mod="LESS_THAN"),
    C("at least five years", PUB_DATE, "DURATION", "P5Y", "year", "at least -> EQUAL_OR_MORE",
      mod="EQUAL_OR_MORE"),
    C("up to 10 years", PUB_DATE, "DURATION", "P10Y", "year", "up to -> EQUAL_OR_LESS", mod="EQUAL_OR_LESS"),
    C("two years or so", PUB_DATE, "DURATION", "P2Y", "year", "suffix 'or so' -> APPROX", mod="APPROX"),
    C("two weeks ago", "2020-06-12", "DATE", "2020-W22", "week", "pub-14 = Fri 2020-05-29, still W22",
      direction=P, mod=None),
    C("in January", "2020-06-12", "DATE", "2020-01", "month", "no modifier, no mod", direction=P, mod=None),

    # --- sets -------------------------------------------------------------------------------
    C("every week", PUB_DATE, "SET", "P1W", "week", "SET with quant EVERY", quant="EVERY", interval=NO_INTERVAL),
    C("every winter", PUB_DATE, "SET", "XXXX-WI", "season", "recurring season", quant="EVERY"),
    C("every summer", PUB_DATE, "SET", "XXXX-SU", "season", "recurring season"),
    C("every Monday", PUB_DATE, "SET", "XXXX-WXX-1", "day", "recurring weekday (ISO 1 = Monday)"),
    C("Mondays", PUB_DATE, "SET", "XXXX-WXX-1", "day", "plural weekday is a set"),
    C("every Sunday", PUB_DATE, "SET", "XXXX-WXX-7", "day", "ISO 7 = Sunday"),
    C("every January", PUB_DATE, "SET", "XXXX-01", "month", "recurring month"),
    C("every day", PUB_DATE, "SET", "P1D", "day", "every + unit"),
    C("every morning", PUB_DATE, "SET", "TMO", "part of day", "recurring part of day (HeidelTime 'T' + part)"),
    C("every night", PUB_DATE, "SET", "TNI", "part of day", "recurring night"),
    C("each year", PUB_DATE, "SET", "P1Y", "year", "each -> quant EACH", quant="EACH"),
    C("every other week", PUB_DATE, "SET", "P2W", "week", "every other: period doubled"),
    C("every 15 minutes", PUB_DATE, "SET", "PT15M", "minute", "a counted recurrence: every quarter hour",
      quant="EVERY", interval=NO_INTERVAL),
    C("every two years", PUB_DATE, "SET", "P2Y", "year", "a counted recurrence in words", quant="EVERY"),
    C("every few weeks", PUB_DATE, "SET", "PXW", "week", "a vague count leaves the number open", quant="EVERY"),
    C("daily", PUB_DATE, "SET", "P1D", "day", "frequency adverb"),
    C("weekly", PUB_DATE, "SET", "P1W", "week", "frequency adverb"),
    C("monthly", PUB_DATE, "SET", "P1M", "month", "frequency adverb"),
    C("annually", PUB_DATE, "SET", "P1Y", "year", "frequency adverb"),
    C("quarterly", PUB_DATE, "SET", "P3M", "quarter", "frequency adverb: every three months"),
    C("hourly", PUB_DATE, "SET", "PT1H", "hour", "frequency adverb: time unit"),
    C("twice a week", PUB_DATE, "SET", "P1W", "week", "freq 2X per week", freq="2X"),
    C("once a year", PUB_DATE, "SET", "P1Y", "year", "freq 1X per year", freq="1X"),
    C("three times a year", PUB_DATE, "SET", "P1Y", "year", "freq 3X per year", freq="3X"),

    # --- holidays ---------------------------------------------------------------------------
    C("Christmas", PUB_DATE, "DATE", "2019-12-25", "day", "past tense: last Christmas", direction=P),
    C("Christmas", PUB_DATE, "DATE", "2020-12-25", "day", "future tense: this Christmas", direction=F),
    C("Christmas", "2021-01-05", "DATE", "2020-12-25", "day", "year boundary: no tense, nearest"),
    C("Christmas Eve 2019", PUB_DATE, "DATE", "2019-12-24", "day", "holiday + year: fully stated", anchor=ABS),
    C("New Year's Day", "2020-12-20", "DATE", "2021-01-01", "day", "year boundary: future tense", direction=F),
    C("Halloween", PUB_DATE, "DATE", "2019-10-31", "day", "past tense: last Halloween", direction=P),
    C("Independence Day", PUB_DATE, "DATE", "2020-07-04", "day", "future tense: July 4", direction=F),
    C("Valentine's Day", PUB_DATE, "DATE", "2020-02-14", "day", "past tense", direction=P),
    C("Thanksgiving", PUB_DATE, "DATE", "2020-11-26", "day", "4th Thursday of November 2020", direction=F),
    C("Thanksgiving 2019", PUB_DATE, "DATE", "2019-11-28", "day", "4th Thursday of November 2019"),
    C("Labor Day", PUB_DATE, "DATE", "2020-09-07", "day", "1st Monday of September 2020", direction=F),
    C("Memorial Day", PUB_DATE, "DATE", "2020-05-25", "day", "last Monday of May 2020", direction=P),
    C("Easter 2020", PUB_DATE, "DATE", "2020-04-12", "day", "Western Easter 2020"),
    C("Good Friday 2021", PUB_DATE, "DATE", "2021-04-02", "day", "two days before Easter 2021 (April 4)"),
    C("Ascension Day 2021", PUB_DATE, "DATE", "2021-05-13", "day", "39 days after Easter 2021 (April 4): a Thursday"),
    C("Pentecost 2021", PUB_DATE, "DATE", "2021-05-23", "day", "49 days after Easter 2021: a Sunday"),
    C("Whit Monday", PUB_DATE, "DATE", "2020-06-01", "day", "50 days after Easter 2020 (April 12), ten days back",
      direction=P),
    C("Election Day 2020", PUB_DATE, "DATE", "2020-11-03", "day", "Tuesday after the first Monday of Nov"),
    C("Martin Luther King Day", "2021-01-05", "DATE", "2021-01-18", "day", "3rd Monday of January 2021",
      direction=F),

    # --- times and parts of day ---------------------------------------------------------------
    C("10:35 a.m.", PUB_DATE, "TIME", "2020-06-11T10:35", "minute", "clock time on the pub day"),
    C("3 p.m.", PUB_DATE, "TIME", "2020-06-11T15:00", "hour", "p.m. adds 12 hours"),
    C("12:30 a.m.", PUB_DATE, "TIME", "2020-06-11T00:30", "minute", "12 a.m. is hour 00"),
    C("11:59 p.m.", PUB_DATE, "TIME", "2020-06-11T23:59", "minute", "last minute of the day"),
    C("9:30 p.m. EDT", PUB_DATE, "TIME", "2020-06-11T21:30", "minute", "time zone names are not values"),
    C("noon", PUB_DATE, "TIME", "2020-06-11T12:00", "hour", "noon = 12:00"),
    C("in the morning", PUB_DATE, "TIME", "2020-06-08TMO", "part of day", "told in the past: the morning of the day told of",
      direction=P, previous=prev_day("2020-06-08"), anchor=PREV),
    C("in the morning", PUB_DATE, "TIME", "2020-06-11TMO", "part of day", "ahead: publication's morning", direction=F,
      previous=prev_day("2020-06-08")),
    C("overnight", PUB_DATE, "TIME", "2020-06-10TNI", "part of day", "told in the past: the night before publication",
      direction=P),
    C("overnight", PUB_DATE, "TIME", "2020-06-11TNI", "part of day", "ahead: the coming night", direction=F),
    C("overnight", PUB_DATE, "TIME", "2020-06-07TNI", "part of day", "the night before the day the story tells of",
      direction=P, previous=prev_day("2020-06-08"), anchor=PREV),
    C("midnight", PUB_DATE, "TIME", "2020-06-11T00:00", "hour", "told in the past: the midnight that began the day",
      direction=P),
    C("midnight", PUB_DATE, "TIME", "2020-06-11T24", "hour", "ahead: the midnight that ends the day", direction=F),
    C("midnight Friday", PUB_DATE, "TIME", "2020-06-12T24", "hour", "'at midnight Friday' is Friday's end",
      direction=F),
    C("Wednesday at 10 p.m.", PUB_DATE, "TIME", "2020-06-10T22:00", "hour", "weekday + time, past tense",
      direction=P),
    C("10 p.m. Wednesday", PUB_DATE, "TIME", "2020-06-10T22:00", "hour", "time + weekday, past tense",
      direction=P),
    C("Monday at 9 a.m.", PUB_DATE, "TIME", "2020-06-15T09:00", "hour", "weekday + time, future tense",
      direction=F),
    C("this morning", PUB_DATE, "TIME", "2020-06-11TMO", "part of day", "part of day on the pub day"),
    C("this afternoon", PUB_DATE, "TIME", "2020-06-11TAF", "part of day", "afternoon = AF"),
    C("this evening", PUB_DATE, "TIME", "2020-06-11TEV", "part of day", "evening = EV"),
    C("tonight", PUB_DATE, "TIME", "2020-06-11TNI", "part of day", "tonight = the pub day's night"),
    C("about 8 p.m.", PUB_DATE, "TIME", "2020-06-11T20:00", "hour", "an approximate clock time keeps its APPROX",
      mod="APPROX"),
    C("that fall", PUB_DATE, "DATE", "2014-FA", "season", "'that' season: the year told of, not publication's",
      direction=P, previous=prev_year(2014), anchor=PREV),
    C("the following spring", PUB_DATE, "DATE", "2015-SP", "season", "the first spring after the year told of",
      direction=P, previous=prev_year(2014), anchor=PREV),
    C("the new year", "2024-11-14", "DATE", "2025", "year", "said late in a year: the coming one", direction=F),
    C("the new year", "2024-01-10", "DATE", "2024", "year", "said early in a year: that year"),
    C("the new year", PUB_DATE, "DATE", "1939", "year", "told in the past: the year after the date told of",
      direction=P, previous=prev_month(1938, 12), anchor=PREV),
    C("the evening of March 2", PUB_DATE, "TIME", "2020-03-02TEV", "part of day", "a part of a dated day, year by nearness"),
    C("the night of Oct. 23, 1998", PUB_DATE, "TIME", "1998-10-23TNI", "part of day", "a part of a full date"),
    C("the early hours of Sunday", PUB_DATE, "TIME", "2020-06-07TMO", "part of day", "the early hours are before dawn: morning",
      direction=P),
    C("the early hours of Thursday morning", PUB_DATE, "TIME", "2020-06-11TMO", "part of day",
      "the part of day already named is kept, not doubled; pub day is a Thursday", direction=P),
    C("last night", PUB_DATE, "TIME", "2020-06-10TNI", "part of day", "last night = the night of pub - 1"),
    C("last night", "2021-01-01", "TIME", "2020-12-31TNI", "part of day", "last night across the year boundary"),
    C("yesterday afternoon", PUB_DATE, "TIME", "2020-06-10TAF", "part of day", "yesterday + part of day"),
    C("tomorrow morning", PUB_DATE, "TIME", "2020-06-12TMO", "part of day", "tomorrow + part of day"),
    C("Wednesday evening", PUB_DATE, "TIME", "2020-06-10TEV", "part of day", "weekday + part of day, past",
      direction=P),

    # --- anaphora: previous mention March 3, 2020 (a Tuesday, W10) ---------------------------
    C("the following day", PUB_DATE, "DATE", "2020-03-04", "day", "anaphoric: previous + 1 day",
      previous=MAR3, anchor=PREV),
    C("the next day", PUB_DATE, "DATE", "2020-03-04", "day", "anaphoric: previous + 1 day", previous=MAR3,
      anchor=PREV),
    C("the previous day", PUB_DATE, "DATE", "2020-03-02", "day", "anaphoric: previous - 1 day", previous=MAR3,
      anchor=PREV),
    C("that day", PUB_DATE, "DATE", "2020-03-03", "day", "anaphoric: the previous mention's day",
      previous=MAR3, anchor=PREV),
    C("the same day", PUB_DATE, "DATE", "2020-03-03", "day", "anaphoric: same day", previous=MAR3, anchor=PREV),
    C("that week", PUB_DATE, "DATE", "2020-W10", "week", "anaphoric: the previous mention's ISO week",
      previous=MAR3, anchor=PREV),
    C("the following week", PUB_DATE, "DATE", "2020-W11", "week", "anaphoric: the week after", previous=MAR3,
      anchor=PREV),
    C("the following month", PUB_DATE, "DATE", "2020-04", "month", "anaphoric: the month after",
      previous=MAR3, anchor=PREV),
    C("the following year", PUB_DATE, "DATE", "2021", "year", "anaphoric: the year after", previous=MAR3,
      anchor=PREV),
    C("the previous year", PUB_DATE, "DATE", "2019", "year", "anaphoric: the year before March 2020",
      previous=MAR3, anchor=PREV),
    # "three days later": TimeML tags the length, "later" being a signal; the length keeps the
    # day it leads to (its interval) so the event it dates has a place on the timeline.
    C("three days later", PUB_DATE, "DURATION", "P3D", "day", "anaphoric offset forwards", previous=MAR3,
      anchor=PREV, interval=iv("2020-03-06", "2020-03-07")),
    C("two days earlier", PUB_DATE, "DURATION", "P2D", "day", "anaphoric offset backwards, leap February",
      previous=MAR3, anchor=PREV, interval=iv("2020-03-01", "2020-03-02")),
    C("a week later", PUB_DATE, "DURATION", "P1W", "week", "anaphoric week offset", previous=MAR3, anchor=PREV,
      interval=iv("2020-03-09", "2020-03-16")),
    C("three days later", PUB_DATE, "DURATION", "P3D", "day", "no event before it to count from: no place",
      interval=NO_INTERVAL),
    C("a few days later", PUB_DATE, "DURATION", "PXD", "day", "vague length after an event, not a future date",
      previous=MAR3, interval=NO_INTERVAL),
    C("an hour later", PUB_DATE, "DURATION", "PT1H", "day", "an hour after the day told of stays on that day",
      previous=MAR3, anchor=PREV, interval=iv("2020-03-03", "2020-03-04")),
    C("a year earlier", PUB_DATE, "DATE", "2019", "year", "the comparison idiom names a period: a date",
      previous=prev_year(2020), anchor=PREV),
    C("in two hours", PUB_DATE, "DURATION", "PT2H", "day", "hour of publication unknown: the length, on its day",
      direction=F, interval=iv("2020-06-11", "2020-06-12")),
    C("the following day", PUB_DATE, "DATE", "2020-02-29", "day", "anaphora onto a leap day",
      previous=prev_day("2020-02-28"), anchor=PREV),
    C("the next day", PUB_DATE, "DATE", "2021-01-01", "day", "anaphora across the year boundary",
      previous=prev_day("2020-12-31"), anchor=PREV),
    C("two years earlier", PUB_DATE, "DURATION", "P2Y", "year", "anaphoric years before a stated year",
      previous=prev_year(2019), anchor=PREV, interval=iv("2017-01-01", "2018-01-01")),
    C("the following year", PUB_DATE, "DATE", "2020", "year", "anaphoric: year after a stated year",
      previous=prev_year(2019), anchor=PREV),
    C("the following month", PUB_DATE, "DATE", "2020-01", "month", "anaphoric month across the year boundary",
      previous=prev_month(2019, 12), anchor=PREV),
    C("the following day", "2020-06-11", "DATE", "2020-06-12", "day",
      "no previous mention: counts from publication", anchor=PUB),
    C("the next day", "2021-01-05", "DATE", "2021-01-06", "day", "no previous mention: counts from publication"),

    # --- not temporal at all: resolve returns None ------------------------------------------
    C("", PUB_DATE, None, NOT_TEMPORAL, None, "empty text"),
    C("the board of directors", PUB_DATE, None, NOT_TEMPORAL, None, "no temporal word"),
    C("12.53%", PUB_DATE, None, NOT_TEMPORAL, None, "a percentage"),
    C("$2,000", PUB_DATE, None, NOT_TEMPORAL, None, "a price"),
]
