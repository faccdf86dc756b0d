"""``find_mentions`` on the seed article and on sentences written for one behaviour each:
tense direction, offsets, sentence offsets, anaphora, spaCy vetoes."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from timeline import Anchor, find_mentions
from timeline.errors import InputError
from timeline.types import Mention

PUB = dt.date(2020, 6, 11)  # the seed's publication date, a Thursday


def core(text: str) -> str:
    """The expression without a leading preposition: "On Wednesday" -> "wednesday"."""
    return re.sub(r"^(?:on|in|for|at|since|during)\s+", "", text.strip().lower())


def is_form(m: Mention, forms: set[str]) -> bool:
    return m.text.lower() in forms or core(m.text) in forms


def check_offsets(text: str, mentions: list[Mention]) -> None:
    for m in mentions:
        assert text[m.start : m.end] == m.text, m
        assert m.text.strip() == m.text and m.text, m
        assert m.sentence_start <= m.start < m.end <= m.sentence_end, m
    starts = [m.start for m in mentions]
    assert starts == sorted(starts), "mentions come in text order"
    for a, b in zip(mentions, mentions[1:]):
        assert a.end <= b.start, f"overlap: {a.text!r} / {b.text!r}"


# --- the seed article ------------------------------------------------------------------------
# (accepted surface forms, type, value, interval or None, note), in text order.
SEED_EXPECTED = [
    ({"at the present time"}, "DATE", "PRESENT_REF", "unchecked", "indefinite present"),
    ({"the past two years"}, "DURATION", "P2Y", (dt.date(2018, 6, 11), dt.date(2020, 6, 11)),
     "span ending at publication"),
    ({"two weeks ago"}, "DATE", "2020-W22", (dt.date(2020, 5, 25), dt.date(2020, 6, 1)),
     "pub-14 = 2020-05-28, ISO week 22"),
    ({"wednesday"}, "DATE", "2020-06-10", (dt.date(2020, 6, 10), dt.date(2020, 6, 11)),
     "'On Wednesday, Amazon has decided': the day before pub"),
    ({"a year"}, "DURATION", "P1Y", None, "'for a year': a bare duration, no interval"),
    ({"monday"}, "DATE", "2020-06-08", (dt.date(2020, 6, 8), dt.date(2020, 6, 9)),
     "'had already announced on Monday'"),
    ({"january"}, "DATE", "2020-01", (dt.date(2020, 1, 1), dt.date(2020, 2, 1)),
     "'was cut off in January': the month, never a day"),
    ({"2 years"}, "DURATION", "P2Y", "unchecked", "'fighting for 2 years'"),
    ({"wednesday"}, "DATE", "2020-06-10", (dt.date(2020, 6, 10), dt.date(2020, 6, 11)),
     "'called on Wednesday': second Wednesday, same day"),
]


@pytest.fixture(scope="module")
def seed_mentions(seed_text, nlp_en):
    return find_mentions(seed_text, published=PUB)


def test_seed_yields_exactly_its_expressions(seed_mentions):
    got = [(m.text, m.value) for m in seed_mentions]
    assert len(got) == len(SEED_EXPECTED), f"expected exactly the seed's {len(SEED_EXPECTED)} expressions: {got}"
    for m, (forms, _, value, _, note) in zip(seed_mentions, SEED_EXPECTED):
        assert is_form(m, forms) and m.value == value, f"{note}: got {got}"


@pytest.mark.parametrize(
    ("index", "forms", "type_", "value", "interval", "note"),
    [(i, *case) for i, case in enumerate(SEED_EXPECTED)],
    ids=[f"{i}-{sorted(c[0])[0]}" for i, c in enumerate(SEED_EXPECTED)],
)
def test_seed_expression(seed_mentions, seed_text, index, forms, type_, value, interval, note):
    matching = [m for m in seed_mentions if is_form(m, forms)]
    occurrence = sum(1 for f, *_ in SEED_EXPECTED[:index] if f == forms)
    assert len(matching) > occurrence, f"{note}: not found"
    m = matching[occurrence]
    assert (m.type, m.value) == (type_, value), note
    if interval != "unchecked":
        assert m.timex.interval == interval, note
    assert seed_text[m.start : m.end] == m.text


def test_seed_offsets(seed_mentions, seed_text):
    check_offsets(seed_text, seed_mentions)


def test_seed_each_expression_found_once(seed_mentions, seed_text):
    """Each occurrence of an expression in the text yields one mention: the two
    "on Wednesday" are two mentions, nothing is found twice."""
    spans = [(m.start, m.end) for m in seed_mentions]
    assert len(spans) == len(set(spans))
    wednesdays = [m.start for m in seed_mentions if core(m.text) == "wednesday"]
    assert len(wednesdays) == 2
    assert [seed_text.lower().find("wednesday", s) for s in wednesdays] == wednesdays


def test_seed_nothing_in_title_or_page_furniture(seed_mentions, seed_text):
    body_start = seed_text.index("Microsoft will deny")
    furniture = seed_text.index("Share Button")
    assert all(body_start <= m.start < furniture for m in seed_mentions)


# --- tense direction ---------------------------------------------------------------------------
DIRECTION_CASES = [
    ("The committee will meet on Monday.", "Monday", "2020-06-15", "future tense: the coming Monday"),
    ("The bar would close for the weekend and reopen on Tuesday.", "Tuesday", "2020-06-16",
     "a verb joined by 'and' shares the modal of the first"),
    ("Talks will resume next week. Officials said progress had been made over the weekend.", "the weekend", "2020-W23-WE",
     "the weekend just past, not one next to a week named before"),
    ("The judge set sentencing for September 22.", "September 22", "2020-09-22", "the day something is set for lies ahead"),
    ("Unions have called a strike for Tuesday.", "Tuesday", "2020-06-16", "... also after a present perfect"),
    ("A march planned for Saturday was canceled.", "Saturday", "2020-06-06",
     "a plan told as a participle of a past clause stays in the past"),
    ("Officials urged residents to stay indoors until Sunday.", "Sunday", "2020-06-14",
     "what a past 'urged' asks for is still ahead"),
    ("The agency will publish its April jobs report on Friday.", "April", "2020-04",
     "a month that names what a report covers is a past month, whatever the future tense"),
    ("The committee met on Monday.", "Monday", "2020-06-08", "past tense: this week's Monday"),
    ("The committee has met on Monday.", "Monday", "2020-06-08", "present perfect looks back"),
    ("The board said on Thursday that it would resign.", "Thursday", "2020-06-11",
     "pub weekday, past tense: the pub day"),
    ("The board will vote on Thursday.", "Thursday", "2020-06-11", "pub weekday, future tense: that day"),
    ("The board will vote next Thursday.", "next Thursday", "2020-06-18", "a week on is 'next Thursday'"),
    ("Shares fell on Friday.", "Friday", "2020-06-05", "past Friday"),
    ("Shares will open on Friday.", "Friday", "2020-06-12", "future Friday: tomorrow"),
    ("The law took effect in January.", "January", "2020-01", "past: this year's January"),
    ("He will retire next spring.", "next spring", "2021-SP", "next spring after June 2020"),
    ("Profits rose in the third quarter.", "the third quarter", "2019-Q3", "past: Q3 2020 has not begun"),
    ("Profits will rise in the third quarter.", "the third quarter", "2020-Q3", "future: the coming Q3"),
    ("The new rules will apply from March.", "March", "2021-03", "future: March 2020 has passed"),
    ("The ban lasts until March.", "March", "2021-03", "'until' points forward whatever the tense"),
    ("The ban has been in place since March.", "March", "2020-03", "'since' points back"),
    ("The office will stay closed until Monday.", "Monday", "2020-06-15", "'until' + future"),
    ("Shares have fallen since Tuesday.", "Tuesday", "2020-06-09", "'since' + present perfect"),
    ("The company plans to launch the product on Friday.", "Friday", "2020-06-12", "'plans to' looks ahead"),
    ("The minister is expected to resign on Monday.", "Monday", "2020-06-15", "'is expected to' looks ahead"),
    ("The leaders are to meet on Tuesday.", "Tuesday", "2020-06-16", "'are to' looks ahead"),
    ("The results will be known in 10 days.", "10 days", "2020-06-21", "'in N days', future: pub + 10"),
    ("The offer had been scheduled to expire on Friday.", "Friday", "2020-06-05",
     "past perfect: the plan lies in the past, whatever 'scheduled' says"),
    ("The offer had been due to expire Friday evening.", "Friday evening", "2020-06-05TEV",
     "'had been due to': past perfect through the adjective"),
    ("The offer is due to expire on Friday.", "Friday", "2020-06-12", "'is due to' looks ahead"),
    ("She was named chief executive, effective Feb. 1.", "Feb. 1", "2021-02-01",
     "'effective' names the day a change takes effect: ahead, though the verb is past"),
    ("Islam will one day be the second largest religion.", "one day", "FUTURE_REF",
     "'one day' between a modal and its verb is an indefinite future"),
    ("The strike will last one day.", "one day", "P1D", "'one day' as an object of 'last' is a length"),
    ("Profit fell 5% in the latest quarter.", "the latest quarter", "2020-Q1",
     "'the latest quarter': the last one closed (Q2 2020 is still under way)"),
    ("Sales fell in the latest fiscal year.", "the latest fiscal year", "2019", "'latest': the last year closed"),
    ("The rocket is slated to launch on Friday.", "Friday", "2020-06-12",
     "'is slated to': ahead (the model lemmatises 'slated' as 'slat')"),
    ("The hearing is set for Thursday.", "Thursday", "2020-06-11",
     "'is set for': a timetable, ahead (the publication Thursday itself)"),
    ("The hearing is slated for Monday.", "Monday", "2020-06-15", "'is slated for': ahead"),
    ("He set a record on Monday.", "Monday", "2020-06-08", "'set' with an object is a past act"),
    ("The company said in January it would expand.", "January", "2020-01",
     "an adverbial between 'said' and what was said (no 'that') dates the saying"),
    ("The company said that in January it would expand.", "January", "2021-01",
     "after 'that' it belongs to what was said: ahead"),
    ("He told reporters on Friday he would resign.", "Friday", "2020-06-05",
     "... after the hearer of 'told' as well"),
    ("Temperatures are forecast to reach 90 degrees by Saturday afternoon.", "Saturday afternoon", "2020-06-13TAF",
     "an event infinitive under a present passive is still to come"),
    ("The team is on track to finish the work by Monday.", "Monday", "2020-06-15",
     "an event infinitive under a present: ahead"),
    ("He is believed to have left the country on Monday.", "Monday", "2020-06-08",
     "a perfect infinitive ('to have left') looks back"),
    ("The firm is trying to sell itself under a March agreement.", "March", "2020-03",
     "a month that dates a noun ('a March agreement') is not the infinitive's time: the nearest March"),
    ("Forecasters predict heavy snow on Sunday.", "Sunday", "2020-06-14", "a verb of prediction looks ahead"),
    ("The deadline was extended to Friday.", "Friday", "2020-06-12",
     "a deadline moved 'to' a day lies ahead, though the verb is past"),
    ("The vote was delayed to Monday.", "Monday", "2020-06-15", "'delayed to': ahead"),
    ("The company said it would announce results on Monday.", "Monday", "2020-06-15",
     "'would' after a saying looks ahead of it"),
    ("The storm may hit the coast on Saturday.", "Saturday", "2020-06-13", "a modal looks ahead"),
    ("The report must be filed by Monday.", "Monday", "2020-06-15", "a modal passive looks ahead"),
    ("A spokesman could not be reached for comment on Monday.", "Monday", "2020-06-08",
     "'could not' tells of a past attempt"),
    ("The company would not comment on Monday.", "Monday", "2020-06-08", "'would not': a past refusal"),
    ("He may have left on Monday.", "Monday", "2020-06-08", "a perfect modal looks back"),
    ("Officials are meeting on Monday to discuss the plan.", "Monday", "2020-06-15",
     "the present progressive of an arrangement looks ahead"),
    ("The deadline for bids is Monday.", "Monday", "2020-06-15", "a date as a present copula's predicate lies ahead"),
    ("Results are due Monday.", "Monday", "2020-06-15", "'are due Monday': ahead"),
    ("The shop is full on a Sunday.", "Sunday", "2020-06-07", "a date beside another predicate ('full') is no timetable"),
    ("The store reopens Saturday.", "Saturday", "2020-06-13", "'reopens': a timetable verb"),
    ("The match kicks off at 7:45 p.m. on Saturday.", "Saturday", "2020-06-13T19:45", "'kicks off': a timetable"),
    ("Police have been searching for him since shortly after the Nov. 23 slaying.", "Nov. 23", "2019-11-23",
     "the present perfect progressive looks back (the nearest Dec. 23 would be this year's)"),
    ("It will be the first launch in two years.", "two years", "P2Y",
     "'the first ... in two years': the stretch a record is measured over, not a date ahead"),
    ("Rates will hit their highest level in 10 years.", "10 years", "P10Y", "a superlative object: a record's stretch"),
    ("The largest plant will open in two years.", "two years", "2022",
     "a superlative elsewhere (the subject) leaves 'in two years' a date ahead"),
    ("He left on the 28th.", "the 28th", "2020-05-28",
     "'on the 28th' in the past, before the 28th of June 2020 has come: May's"),
    ("He will arrive on the 3rd.", "the 3rd", "2020-07-03", "... and ahead, after the 3rd has gone: July's"),
    ("The payment is due on the 31st.", "the 31st", "2020-07-31", "June has no 31st: the next month that has one"),
    ("Polls open on Thursday, 6 May 2021.", "Thursday, 6 May 2021", "2021-05-06",
     "a weekday before a day and month is that date, in British order too"),
    ("The vote is on Friday 10 July.", "Friday 10 July", "2020-07-10", "the weekday names the date it heads"),
    ("FY21 profit is expected to fall.", "FY21", "2021", "'FY21': fiscal 2021"),
    ("Sales in Q1 FY22 are expected to rise.", "Q1 FY22", "2022-Q1", "a quarter of a fiscal year written 'FY22'"),
    ("H1 2021 revenue will double.", "H1 2021", "2021-H1", "a half and its year without 'of'"),
    ("The plant will open in Aug. and close in Dec.", "Dec.", "2020-12",
     "an abbreviated month keeps its dot, at the end of a sentence too"),
    ("The lockdown was lifted on July 18.", "July 18", "2019-07-18",
     "a finite past verb dated itself: the last July 18, though it is only five weeks ahead"),
    ("He died on July 2.", "July 2", "2019-07-02", "'died on': a past event, last year's"),
    ("They invited the leaders to a ceremony on July 18.", "July 18", "2020-07-18",
     "a date of a noun ('a ceremony on July 18') in a past sentence is mostly a plan"),
    ("The vote was planned for July 18.", "July 18", "2020-07-18", "a plan told in the past can lie ahead"),
    ("The company declared a dividend, payable July 2.", "July 2", "2020-07-02",
     "'payable' dates a noun: no firm past"),
]


@pytest.mark.parametrize(("sentence", "expression", "value", "note"), DIRECTION_CASES,
                         ids=[c[0] for c in DIRECTION_CASES])
def test_direction_from_tense(sentence, expression, value, note, nlp_en):
    mentions = find_mentions(sentence, published=PUB)
    check_offsets(sentence, mentions)
    found = [m for m in mentions if expression.lower() in m.text.lower()]
    assert len(found) == 1, f"{note}: {mentions}"
    assert found[0].value == value, note


@pytest.mark.parametrize(
    ("sentence", "published", "value", "note"),
    [
        ("The store closed in December.", dt.date(2021, 1, 5), "2020-12", "year boundary backwards"),
        ("The store will reopen in January.", dt.date(2020, 12, 20), "2021-01", "year boundary forwards"),
        ("Sales collapsed last week.", dt.date(2021, 1, 6), "2020-W53", "ISO week edge"),
        ("The vote was held on Dec. 30.", dt.date(2021, 1, 5), "2020-12-30", "year-less day, previous year"),
    ],
)
def test_year_boundaries_in_sentences(sentence, published, value, note, nlp_en):
    mentions = find_mentions(sentence, published=published)
    assert [m.value for m in mentions] == [value], note


# --- offsets and sentences -----------------------------------------------------------------------
def test_offsets_and_sentences(nlp_en):
    text = (
        "Protests began two weeks ago.  The mayor spoke on Wednesday,\nand the council will vote "
        "next month. “We are working on it now,” she said at 10:35 a.m."
    )
    mentions = find_mentions(text, published=PUB)
    check_offsets(text, mentions)
    by_text = {core(m.text): m for m in mentions}
    assert {"two weeks ago", "wednesday", "next month", "now", "10:35 a.m."} <= set(by_text)
    first = by_text["two weeks ago"]
    assert text[first.sentence_start : first.sentence_end].strip() == "Protests began two weeks ago."
    last = by_text["10:35 a.m."]
    assert last.sentence_end <= len(text) and "she said" in text[last.sentence_start : last.sentence_end]
    assert by_text["10:35 a.m."].value == "2020-06-11T10:35"
    assert by_text["next month"].value == "2020-07"


def test_offsets_with_non_ascii_text(nlp_en):
    text = "Ça a commencé — “officially” — on Monday, after naïve délais of 3 weeks. Then in January 😀 it ended."
    mentions = find_mentions(text, published=PUB)
    check_offsets(text, mentions)
    assert {core(m.text) for m in mentions} >= {"monday", "3 weeks", "january"}


def test_doc_argument_gives_the_same_result(nlp_en):
    text = "The company said on Monday it would cut 2,000 jobs by next year."
    assert find_mentions(text, published=PUB, doc=nlp_en(text)) == find_mentions(text, published=PUB)


def test_empty_and_blank_text(nlp_en):
    assert find_mentions("", published=PUB) == []
    assert find_mentions("   \n\t ", published=PUB) == []


def test_publication_date_is_required():
    with pytest.raises(InputError, match="publication date"):
        find_mentions("It happened on Monday.", published=None)


def test_datetime_publication_is_read_as_its_date(nlp_en):
    text = "It happened yesterday."
    assert [m.value for m in find_mentions(text, published=dt.datetime(2020, 6, 11, 23, 59))] == ["2020-06-10"]


# --- anaphora --------------------------------------------------------------------------------------
def test_anaphora_next_day(nlp_en):
    text = "The storm hit on March 3, 2020. The next day, power was restored."
    mentions = find_mentions(text, published=PUB)
    assert [m.value for m in mentions] == ["2020-03-03", "2020-03-04"]
    nxt = mentions[1]
    assert nxt.timex.anchor is Anchor.PREVIOUS_MENTION
    assert nxt.timex.reference == dt.date(2020, 3, 3)


def test_anaphora_year_less_date_then_following_day(nlp_en):
    text = "The plant closed on March 3. The following day, workers protested outside."
    mentions = find_mentions(text, published=PUB)
    assert [m.value for m in mentions] == ["2020-03-03", "2020-03-04"]


def test_anaphora_days_later(nlp_en):
    text = "The deal was signed on May 5, 2019. Three days later, it collapsed."
    mentions = find_mentions(text, published=PUB)
    assert [m.value for m in mentions] == ["2019-05-05", "P3D"]
    assert mentions[1].text == "Three days"  # "later" is a signal, outside the expression (TimeML)
    assert mentions[1].timex.interval == (dt.date(2019, 5, 8), dt.date(2019, 5, 9))


def test_anaphora_follows_the_latest_mention(nlp_en):
    text = "It opened in 1998. It closed on June 1, 2005, and reopened the following year."
    assert [m.value for m in find_mentions(text, published=PUB)] == ["1998", "2005-06-01", "2006"]


def test_two_tenses_in_one_sentence(nlp_en):
    text = "The minister, who resigned on Monday, will speak on Friday."
    assert [m.value for m in find_mentions(text, published=PUB)] == ["2020-06-08", "2020-06-12"]


@pytest.mark.parametrize(
    ("text", "values", "note"),
    [
        ("The strike began on May 4, 2020. That week, factories shut.", ["2020-05-04", "2020-W19"],
         "'that week': the ISO week of the previous mention (Mon 2020-05-04)"),
        ("The vote was on June 1, 2019; the results came the same day.", ["2019-06-01", "2019-06-01"],
         "'the same day'"),
        ("The firm was founded in 2008. A year later, it went public.", ["2008", "2009"], "'a year later'"),
        ("Profit rose in the third quarter of 1989 from the year-ago quarter.", ["1989-Q3", "1988-Q3"],
         "'the year-ago quarter': the same quarter a year before"),
        ("Sales in the third quarter of 1989 rose. Sales for last year's quarter were flat.", ["1989-Q3", "1988-Q3"],
         "'last year's quarter': the same quarter a year before"),
        ("The bank failed on Sept. 15, 2008. The previous day, talks collapsed.", ["2008-09-15", "2008-09-14"],
         "'the previous day'"),
        ("Talks began on March 2 and ended on the 5th.", ["2020-03-02", "2020-03-05"], "'the 5th' of the month just told of"),
        ("The war began in 1914. In October of that year, the army retreated.", ["1914", "1914-10"],
         "'of that year': the year just told of"),
        ("The law was passed in 1996 and signed that September.", ["1996", "1996-09"],
         "'that September': the September of the year just told of, not the one before it"),
        ("The siege began in 1942. On March 3 of the following year it ended.", ["1942", "1943-03-03"],
         "'of the following year': one after the year told of"),
        ("Stocks closed lower on Friday. The index was 4.5% down from the previous Friday.",
         ["2020-06-05", "2020-05-29"], "'the previous Friday': a week before the Friday just named"),
        ("The deal was signed on Monday. The night before, talks had stalled.", ["2020-06-08", "2020-06-07TNI"],
         "'the night before': the night of the day before the one just named, a TIME"),
        ("The fire broke out on Tuesday. By late afternoon, it had spread.", ["2020-06-09", "2020-06-09TAF"],
         "a part of day with its modifier, told in the past, is on the day just named"),
        ("A fire broke out on Tuesday. It spread shortly before 1 a.m., witnesses said.",
         ["2020-06-09", "2020-06-09T01:00"], "a bare clock time told in the past is on the day just named"),
    ],
)
def test_more_anaphora(text, values, note, nlp_en):
    mentions = find_mentions(text, published=PUB)
    check_offsets(text, mentions)
    assert [m.value for m in mentions] == values, f"{note}: {[(m.text, m.value) for m in mentions]}"
    assert mentions[1].timex.anchor is Anchor.PREVIOUS_MENTION, note


@pytest.mark.parametrize(
    ("text", "values", "note"),
    [
        ("Sales in the quarter ended Dec. 31 rose. During the quarter, the firm hired 50 people.",
         ["2019-Q4", "2019-12-31", "2019-Q4"], "the period mended by its closing day is the one later mentions count from"),
        ("Revenue for the quarter ended March 31 rose 21%. A year earlier, it was $9 billion.",
         ["2020-Q1", "2020-03-31", "2019-Q1"], "'a year earlier' compares the quarter that its closing day names"),
        ("Brent is up 9% this week. Stocks rose in the week ended June 5.", ["2020-W24", "2020-W23", "2020-06-05"],
         "a week that ends on a day named is that day's week, even after another week"),
        ("The blast happened at 3:15 p.m. local time (1915 GMT) on Tuesday.", ["2020-06-09T15:15", "2020-06-09"],
         "a clock time takes the day that follows it, past a parenthesis"),
        ("The body was found on June 5. She was last seen at 8 p.m. the previous evening.",
         ["2020-06-05", "2020-06-04T20:00", "2020-06-04TEV"], "a clock time takes the part of a day that follows it"),
        ("The council will vote on Tuesday. The meeting starts at 6:30 p.m.", ["2020-06-16", "2020-06-16T18:30"],
         "a clock time of a schedule is on the day the schedule just named"),
        ("He left at 9 a.m. and on Tuesday he came back.", ["2020-06-11T09:00", "2020-06-09"],
         "... but not a day of another clause"),
        ("Sun earned $5 million in the fiscal first quarter. Sales for the quarter ended Sept. 29 rose.",
         ["2020-Q1", "2020-Q1", "2019-09-29"], "a fiscal quarter named before keeps its label (TimeML's fiscal values)"),
        ("Jobless claims totaled 1.5 million in the week ended June 6.", ["2020-W23", "2020-06-06"],
         "the week closing on a Saturday is the ISO week holding it, not the publication week"),
        ("For the month ended May 31, sales fell.", ["2020-05", "2020-05-31"], "a month closed on its last day"),
        ("Sales will rise in the quarter, which ends Dec. 31.", ["2020-Q4", "2020-12-31"],
         "'which ends': the quarter that closes on that day"),
    ],
)
def test_periods_ended_on_a_day(text, values, note, nlp_en):
    mentions = find_mentions(text, published=PUB)
    assert [m.value for m in mentions] == values, f"{note}: {[(m.text, m.value) for m in mentions]}"


def test_stated_and_inferred_parts(nlp_en):
    text = "The rules changed in January. The deal closed on June 10, 2020."
    january, june = find_mentions(text, published=PUB)
    assert january.timex.stated == frozenset({"month"}) and "year" in january.timex.inferred
    assert january.timex.anchor is Anchor.PUBLICATION and january.timex.reference == PUB
    assert {"year", "month", "day"} <= june.timex.stated and not june.timex.inferred
    assert june.timex.anchor is Anchor.ABSOLUTE


def test_present_ref_is_not_an_antecedent(nlp_en):
    text = "The factory opened on March 3, 2020. It is closed now, and the next day matters less."
    mentions = find_mentions(text, published=PUB)
    values = [m.value for m in mentions]
    assert values == ["2020-03-03", "PRESENT_REF", "2020-03-04"]


# --- spaCy vetoes (each sentence also has one real expression) ------------------------------------
VETO_CASES = [
    ("He was killed on June 2. Crowds gathered the day after his death.", ["2020-06-02", "2020-06-03"],
     "'the day after his death': one day from the date just told of"),
    ("Stocks rose on June 4, the day before the vote.", ["2020-06-04", "2020-06-04"],
     "set beside a date, 'the day before the vote' is that date"),
    ("The day before authorities issued a warrant, he fled on Monday.", ["2020-06-08"],
     "a clause after 'the day before' is no event just dated: nothing to count from"),
    ("You may leave early, he said on Tuesday.", ["2020-06-09"], "modal 'may' is not the month"),
    ("May I ask what happened on Monday?", ["2020-06-08"], "'May I' is a question, not the month"),
    ("Protesters march through the city every Sunday.", ["XXXX-WXX-7"], "'march' the verb"),
    ("The talks resumed in May.", ["2020-05"], "'in May' the month is kept"),
    ("A 58-year-old man was arrested on Wednesday.", ["2020-06-10"], "an age is not a duration"),
    ("The man, 58 years old, retired last year.", ["2019"], "an age is not a duration"),
    ("The army sent 1990 troops in 2019.", ["2019"], "a count is not a year"),
    ("The 2000 workers were laid off in 2019.", ["2019"], "a round number after 'the' still counts"),
    ("The war (1937-1945) killed millions.", ["1937", "1945"], "a range of years: both ends"),
    ("The 1998-99 season was his best.", ["1998", "1999"], "a season's range: '99' is 1999, as TimeML splits it"),
    ("Sales fell from the beginning of 1998-99 on.", ["1998", "1999"],
     "a modifier before a range of years stays with its first year (found by Hypothesis: it used to raise)"),
    ("It was the beginning of 1000-00 at most.", [], "no range: years that do not rise"),
    ("Sales in 1990-1870 rose.", [], "years that fall are no range"),
    ("Iraq imports about three-quarters of its food, officials said on Monday.", ["2020-06-08"],
     "a fraction of a thing is no length of time"),
    ("It turned a profit after several quarters of losses in 2019.", ["PXQ", "2019"], "'quarters of losses' is a length"),
    ("It was argued in some quarters that the war would end in 1955.", ["1955"], "'in some quarters': among some people"),
    ("Necker convened a Second Assembly of the Notables in 1788.", ["1788"], "a capitalised ordinal is no second"),
    ("The Long March began in 1934.", ["1934"], "a named march is no month"),
    ("The office is on the 3rd floor, he said on Monday.", ["2020-06-08"], "'on the 3rd floor' is no day"),
    ("In today's world, paternity can be proven, he said on Monday.", ["2020-06-08"], "'today's world' is nowadays"),
    ("Today's vote was delayed.", ["2020-06-11"], "'today's vote' is the day's"),
    ("Brent's March contract fell 2% on Monday.", ["2020-03", "2020-06-08"], "a month before a common noun stays a month"),
    ("The ban, imposed after the 2015 attacks, was lifted in 2019.", ["2015", "2019"],
     "'the' and an unround year before a plural: the year of the attacks"),
    ("Prices fall when supply rises, analysts said last spring.", ["2020-SP"], "'fall' the verb; last spring is 2020's"),
    ("Historians of the fall of Rome met on Monday.", ["2020-06-08"], "'the fall of Rome' is not autumn"),
    ("Shares rose 12.53% on Friday.", ["2020-06-05"], "a percentage is not a time"),
    ("She is in her 60s and retired in 2015.", ["2015"], "an age decade is not the 1960s"),
    ("Payments are made on a quarterly basis, the firm said on Monday.", ["P3M", "2020-06-08"],
     "'on a quarterly basis' is a recurrence, though 'quarterly' comes before a noun"),
    ("India celebrated its 75th Independence Day on Monday.", ["2020-06-08"],
     "a nation's own Independence Day is not July 4"),
    ("The Mexican Independence Day parade drew crowds on Sunday.", ["2020-06-07"], "a nationality names another day"),
    ("Fireworks lit the sky on Independence Day and on Sunday.", ["2019-07-04", "2020-06-07"],
     "a bare Independence Day is July 4 (last year's: 2020-07-04 is ahead of a firm past)"),
]


@pytest.mark.parametrize(("sentence", "values", "note"), VETO_CASES, ids=[c[0] for c in VETO_CASES])
def test_vetoes(sentence, values, note, nlp_en):
    mentions = find_mentions(sentence, published=PUB)
    check_offsets(sentence, mentions)
    assert [m.value for m in mentions] == values, f"{note}: {[(m.text, m.value) for m in mentions]}"


def test_a_six_week_trial(nlp_en):
    text = "The hospital began a six-week trial of the drug."
    mentions = find_mentions(text, published=PUB)
    assert len(mentions) == 1
    assert "six-week" in mentions[0].text
    assert (mentions[0].type, mentions[0].value) == ("DURATION", "P6W")


def test_for_a_year_has_no_interval(nlp_en):
    mentions = find_mentions("Amazon banned the software for a year.", published=PUB)
    assert [(m.type, m.value, m.timex.interval) for m in mentions] == [("DURATION", "P1Y", None)]


def test_late_november_keeps_the_month_with_a_mod(nlp_en):
    mentions = find_mentions("The factory closed in late November.", published=dt.date(2020, 12, 15))
    assert [(m.value, m.mod) for m in mentions] == [("2020-11", "END")]
    assert "late November" in mentions[0].text


# --- every kind of expression the issue names, in a sentence of its own ------------------------
# (sentence, expected core text, type, value, mod, note); pub 2020-06-11 (Thursday).
SENTENCE_CASES = [
    ("Prices are currently rising.", "currently", "DATE", "PRESENT_REF", None, "present adverb"),
    ("The company is now profitable.", "now", "DATE", "PRESENT_REF", None, "present adverb"),
    ("Output slowed in late November.", "late november", "DATE", "2019-11", "END", "past tense in June: last November"),
    ("Unemployment peaked in the 1990s.", "the 1990s", "DATE", "199", None, "decade"),
    ("The house was built in the 19th century.", "the 19th century", "DATE", "18", None, "century by leading digits"),
    ("The lake freezes every winter.", "every winter", "SET", "XXXX-WI", None, "recurring season"),
    ("The newsletter is published every week.", "every week", "SET", "P1W", None, "recurring week"),
    ("The paper is printed daily.", "daily", "SET", "P1D", None, "frequency adverb"),
    ("The team plays every Monday.", "every monday", "SET", "XXXX-WXX-1", None, "recurring weekday"),
    ("The shop closed on Christmas Eve.", "christmas eve", "DATE", "2019-12-24", None, "holiday, past tense"),
    ("The fire started at 10:35 a.m.", "10:35 a.m.", "TIME", "2020-06-11T10:35", None, "clock time on pub day"),
    ("Officials met this morning.", "this morning", "TIME", "2020-06-11TMO", None, "part of the pub day"),
    ("Police arrested two men last night.", "last night", "TIME", "2020-06-10TNI", None, "the night before pub"),
    ("Revenue doubled last year.", "last year", "DATE", "2019", None, "previous year"),
    ("Revenue will double next year.", "next year", "DATE", "2021", None, "following year"),
    ("The report is due this week.", "this week", "DATE", "2020-W24", None, "ISO week, two-digit number"),
    ("Sales rose in the first half of 2020.", "the first half of 2020", "DATE", "2020-H1", None, "half year"),
    ("The trial lasted about three weeks.", "about three weeks", "DURATION", "P3W", "APPROX", "about -> APPROX"),
    ("He worked there for more than two years.", "more than two years", "DURATION", "P2Y", "MORE_THAN",
     "more than -> MORE_THAN"),
    ("Growth slowed in early 2020.", "early 2020", "DATE", "2020", "START", "early -> START"),
    ("The plant opened in mid-2019.", "mid-2019", "DATE", "2019", "MID", "mid -> MID"),
    ("The deal closed at the end of March.", "the end of march", "DATE", "2020-03", "END", "the end of -> END"),
    ("The bridge reopened on Valentine's Day.", "valentine's day", "DATE", "2020-02-14", None, "holiday, past"),
    ("Inflation has been high for the past two years.", "the past two years", "DURATION", "P2Y", None,
     "anchored span"),
    ("The protests began two weeks ago.", "two weeks ago", "DATE", "2020-W22", None, "ISO week of pub-14"),
    ("The vote happened on Wednesday.", "wednesday", "DATE", "2020-06-10", None, "past weekday"),
    ("The rules changed in January.", "january", "DATE", "2020-01", None, "month, never a day"),
    ("Amazon paused sales for a year.", "a year", "DURATION", "P1Y", None, "bare duration"),
    ("At the present time, no sales are planned.", "at the present time", "DATE", "PRESENT_REF", None,
     "sentence-initial present reference"),
]
assert len({c[0] for c in SENTENCE_CASES}) == len(SENTENCE_CASES), "duplicate sentence case"


@pytest.mark.parametrize(
    ("sentence", "expression", "type_", "value", "mod", "note"), SENTENCE_CASES, ids=[c[0] for c in SENTENCE_CASES]
)
def test_issue_expressions_in_sentences(sentence, expression, type_, value, mod, note, nlp_en):
    mentions = find_mentions(sentence, published=PUB)
    check_offsets(sentence, mentions)
    got = [(m.text, m.type, m.value, m.mod) for m in mentions]
    assert len(mentions) == 1, f"{note}: {got}"
    m = mentions[0]
    assert is_form(m, {expression}), f"{note}: span {m.text!r}"
    assert (m.type, m.value, m.mod) == (type_, value, mod), f"{note}: {got}"


# --- spans and mods next to the expression -------------------------------------------------------
# (sentence, [(text, value, mod)], note); a TimeML extent keeps its determiner/relative word.
SPAN_CASES = [
    ("Output grew over the last two decades.", [("the last two decades", "P20Y", None)],
     "'over' here means 'during', not MORE_THAN"),
    ("Prices rose over the past two years.", [("the past two years", "P2Y", None)],
     "'over' + anchored span: no MORE_THAN"),
    ("The project took over two years.", [("over two years", "P2Y", "MORE_THAN")],
     "'over' + bare quantity: MORE_THAN"),
    ("Fans gathered this past weekend.", [("this past weekend", "2020-W23-WE", None)],
     "'this past weekend': the whole phrase is the extent"),
    ("It snowed last Christmas.", [("last Christmas", "2019-12-25", None)], "'last' belongs to the holiday"),
    ("Sales fell 5% in May from a year earlier.", [("May", "2020-05", None), ("a year earlier", "2019-05", None)],
     "'a year earlier' than a month is that month a year before"),
]


@pytest.mark.parametrize(("sentence", "expected", "note"), SPAN_CASES, ids=[c[0] for c in SPAN_CASES])
def test_spans_and_mods(sentence, expected, note, nlp_en):
    mentions = find_mentions(sentence, published=PUB)
    check_offsets(sentence, mentions)
    got = [(m.text, m.value, m.mod) for m in mentions]
    assert [(core(t), v, mod) for t, v, mod in got] == [(core(t), v, mod) for t, v, mod in expected], note


def test_latest_quarter_skips_a_quarter_not_yet_closed(nlp_en):
    text = "The company expects a loss in the fourth quarter. Sales rose 5% in the latest quarter."
    mentions = find_mentions(text, published=PUB)
    assert [m.value for m in mentions] == ["2020-Q4", "2020-Q1"]
    assert mentions[1].timex.anchor is Anchor.PUBLICATION  # the last quarter closed before publication


# --- forms added from the error lists of `timeline evaluate --errors` ---------------------------
OCT30 = dt.date(2020, 10, 30)  # a Friday late in the year


@pytest.mark.parametrize(
    ("text", "published", "expected", "note"),
    [
        ("There were three attacks, the most recent one two weeks ago.", PUB, [("two weeks ago", "2020-W22")],
         "two numbers side by side are not one number ('one two weeks' is not three weeks)"),
        ("Brent rose 1% to $42 a barrel by 1005 GMT.", PUB, [("1005 GMT", "2020-06-11T10:05Z")],
         "the wire's 24-hour clock without a colon, before a time zone"),
        ("The drug slowed decline by 27% over 18 months. He has lived there for over 18 months.", PUB,
         [("18 months", "P18M"), ("over 18 months", "P18M")], "'over' a length is 'during', but 'more than' after 'for'"),
        ("The mill closed in the 1990s. A year later, a bakery opened.", PUB, [("the 1990s", "199"), ("A year", "P1Y")],
         "a year after a decade is no year that can be named: a length, not 1991"),
        ("The expo ran from 10-12 October.", OCT30, [("10", "2020-10-10"), ("12 October", "2020-10-12")],
         "a range of days: one date per end, the first read with the range's month"),
        ("The talks run Oct. 10-12, 2021 in Geneva.", PUB, [("Oct. 10", "2021-10-10"), ("12, 2021", "2021-10-12")],
         "month first: the first end keeps the month, the last the year"),
        ("Classes: May 2 - 3, 9 - 10.", OCT30, [("May 2", "2020-05-02"), ("3", "2020-05-03"), ("9", "2020-05-09"), ("10", "2020-05-10")],
         "a list of ranges in one month; no tense: the nearest May"),
        ("Available from 21 Jan on the store.", OCT30, [("21 Jan", "2021-01-21")], "a bare abbreviation after a day number"),
        ("They won 12-10 October's final.", PUB, [("October", "2019-10")], "a falling pair is a score, no range of days"),
        ("Taxes would be minimal in a quarter that produced a loss.", PUB, [("a quarter", "P1Q")],
         "'in a quarter that ...' is a length, not the quarter ahead"),
        ("He was shot last Oct. 23 at his home.", PUB, [("last Oct. 23", "2019-10-23")], "'last' before a month and day"),
        ("The summit on April 24 and 25 went well.", PUB, [("April 24", "2020-04-24"), ("25", "2020-04-25")],
         "two days joined by 'and' are two dates"),
        ("All the best for the weekend ahead, and enjoy your weekend!", PUB, [("the weekend ahead", "2020-W24-WE"), ("weekend", "2020-W24-WE")],
         "'weekend' with no past verb is the coming one"),
        ("Prices may erode in the weeks ahead.", PUB, [("the weeks ahead", "PXW")], "'the weeks ahead': an open stretch"),
        ("The year ahead looks hard.", PUB, [("The year ahead", "2021")], "'the year ahead': the coming year"),
        ("The vote was on June 3. Later in the day, he left.", PUB, [("June 3", "2020-06-03"), ("Later in the day", "2020-06-03")],
         "'later in the day': the day just told of"),
        ("The new law takes effect on Jan. 1.", PUB, [("Jan. 1", "2021-01-01")], "'takes effect' is a timetable: ahead"),
        ("The ruling came on Wednesday, June 10 at 4:30 p.m.", PUB,
         [("Wednesday", "2020-06-10"), ("June 10 at 4:30 p.m.", "2020-06-10T16:30")], "a clock time on a month and day"),
        ("The budget will soon move into surplus.", PUB, [("soon", "FUTURE_REF")], "'soon' ahead of now"),
        ("Return the boy as soon as possible.", PUB, [("as soon as possible", "FUTURE_REF")], "'as soon as possible'"),
        ("It happened a hundred and twenty years ago.", PUB, [("a hundred and twenty years ago", "1900")],
         "a compound number is one count: not 'twenty years ago'"),
        ("The firm has been family-owned for one hundred and fifty years.", PUB, [("one hundred and fifty years", "P150Y")],
         "'and' joins the smaller number to 'hundred'"),
        ("The bones are two hundred thousand years old; the dig took three hundred and sixty-five days.", PUB,
         [("three hundred and sixty-five days", "P365D")], "an age is no length, however large its count"),
        ("It took two hours and 30 minutes.", PUB, [("two hours and 30 minutes", "PT2H30M")], "a compound duration"),
        ("He served 3 years and 2 months in prison.", PUB, [("3 years and 2 months", "P3Y2M")], "years and months"),
        ("Sales rose 2% in three months, two years ago.", PUB, [("three months", "P3M"), ("two years ago", "2018")],
         "a comma parts two expressions"),
        ("The judging is this Sat, 7pm at the theatre.", PUB, [("this Sat, 7pm", "2020-06-13T19:00")],
         "a qualified, abbreviated weekday with a clock time; 'this' is the day of this week"),
        ("He said 'twenty years ago' it was different.", PUB, [("twenty years ago", "2000")],
         "an opening quote is no contraction: the number after it is read"),
        ("Rock 'n' roll began in the '50s, didn't it?", PUB, [("the '50s", "195")],
         "a quote inside a word still guards"),
        ("The meeting is on Wed", PUB, [("Wed", "2020-06-17")],
         "the abbreviated weekday is one token, so 'is' is the sentence's verb: the coming one"),
        ("The hearing is next Tuesday at 3 p.m.", PUB, [("next Tuesday at 3 p.m.", "2020-06-16T15:00")], "'next' counts"),
        ("The castle was built in 1150.", PUB, [("1150", "1150")], "an early year after 'in'"),
        ("Traffic was heavy over the Memorial Day weekend.", PUB, [("Memorial Day weekend", "2020-W21-WE")],
         "the weekend before a Monday holiday (Memorial Day 2020 is May 25; Sat May 23 is in week 21)"),
        ("A hearing is set for the week of March 6, 2021.", PUB, [("the week of March 6, 2021", "2021-W09")],
         "the ISO week holding the day (Sat 2021-03-06 is in week 9)"),
        ("The day before last Tuesday's hearing, he went home.", PUB, [("The day before last Tuesday", "2020-06-08")],
         "one day before a date named (last Tuesday is 2020-06-09)"),
        ("Protesters prayed as Easter week began.", dt.date(2021, 3, 28), [("Easter week", "2021-W13")],
         "the week holding Easter (2021-04-04), a week ahead in a past sentence: this year's"),
        ("The agency has given them until 9 a.m. Tuesday to sign.", PUB, [("9 a.m. Tuesday", "2020-06-16T09:00")],
         "a deadline given until a day lies ahead"),
        ("Officials postponed until Tuesday morning any action.", PUB, [("Tuesday morning", "2020-06-16TMO")],
         "'postponed until': ahead, though the verb is past"),
        ("He stayed until Tuesday.", PUB, [("Tuesday", "2020-06-09")], "'stayed until' stays in the past"),
        ("The vote happened this past Tuesday.", PUB, [("this past Tuesday", "2020-06-09")], "'this past' is the latest"),
        ("The market closed at 4 p.m. ET on Friday.", PUB, [("4 p.m. ET on Friday", "2020-06-05T16:00-04:00")], "'ET' is a time zone: New York's, daylight time in June"),
        ("The fire broke out around 3:15 a.m. local time Thursday.", PUB,
         [("around 3:15 a.m. local time Thursday", "2020-06-11T03:15")], "'local time' joins the time"),
        ("A trip to the museum 27.03.15", PUB, [("27.03.15", "2015-03-27")], "day.month.year"),
        ("The Supreme Court ruled last June.", PUB, [("last June", "2019-06")], "'Court last June' is no name like 'Theresa May'"),
        ("SEE YOU AT SCHOOL TOMORROW", PUB, [("TOMORROW", "2020-06-12")], "capitals are no programme title"),
        ("Coffee tmr night?", PUB, [("tmr night", "2020-06-12TNI")], "informal 'tmr' with a part of the day"),
        ("The preview show was last nite.", PUB, [("last nite", "2020-06-10TNI")], "'nite'"),
        ("One more member will be added nxt yr.", PUB, [("nxt yr", "2021")], "'nxt yr'"),
        ("Get down there at 6pm tmr!", PUB, [("6pm tmr", "2020-06-12T18:00")], "a clock time with an informal day"),
        ("Plans for the upcoming year are set.", PUB, [("the upcoming year", "2021")], "'the upcoming year'"),
        ("We will work together more in future.", PUB, [("in future", "FUTURE_REF")], "British 'in future'"),
        ("Evidence arrived over the weekend.", PUB, [("the weekend", "2020-W23-WE")], "the weekend just past"),
        ("I got a long weekend!", PUB, [("long weekend", "2020-W23-WE")], "a bare 'long weekend'"),
        ("The shop opens on weekends.", PUB, [("weekends", "XXXX-WXX-WE")], "plural weekends recur"),
        ("Dealers placed buy orders in the evening.", PUB, [("the evening", "2020-06-11TEV")], "a part of the day on its own"),
        ("It was a long walk in the night.", PUB, [("the night", "2020-06-11TNI")], "'the night'"),
        ("Shares have fluctuated, rising in June from $29.75 in March.", PUB, [("June", "2020-06"), ("March", "2020-03")],
         "a bare participle clause takes its head verb's tense"),
    ],
)
def test_more_forms(text, published, expected, note, nlp_en):
    mentions = find_mentions(text, published=published)
    check_offsets(text, mentions)
    assert [(m.text, m.value) for m in mentions] == expected, note


def test_full_year_is_not_a_target_year_named_before(nlp_en):
    text = "By 2025 it intends to lead the market. The chairman forecast an earnings increase for the full year."
    assert [m.value for m in find_mentions(text, published=PUB)] == ["2025", "2020"]


def test_year_ago_period_skips_a_forecast_period(nlp_en):
    text = ("Steelmakers will report losses through the third quarter of 2021. The company earned $46.9 million "
            "in the first quarter. In the year-ago period, it earned $101.4 million.")
    values = [m.value for m in find_mentions(text, published=PUB)]
    assert values == ["2021-Q3", "2020-Q1", "2019-Q1"]


def test_current_quarter_is_the_one_under_way(nlp_en):
    text = "Sales rose in the first quarter, with the current quarter having begun well."
    assert [m.value for m in find_mentions(text, published=PUB)] == ["2020-Q1", "2020-Q2"]


def test_through_with_a_present_perfect_looks_back(nlp_en):
    text = "The fund has fallen 2% this year through June 5."
    assert [m.value for m in find_mentions(text, published=PUB)] == ["2020", "2020-06-05"]


@pytest.mark.parametrize(
    "text, expected",
    [
        # After a word of comparison the idiom names the period compared with: a date.
        ("Retail sales in February rose 0.5% from a month earlier.", [("2021-02", "DATE"), ("2021-01", "DATE")]),
        ("Claims fell to 712,000 last week from 754,000 a week earlier.", [("2021-W09", "DATE"), ("2021-W08", "DATE")]),
        ("Output in the fourth quarter grew 1% from a quarter earlier.", [("2020-Q4", "DATE"), ("2020-Q3", "DATE")]),
        # Told in a story it is a length of time, with "earlier" a signal (TimeML).
        ("In March, the company lost money. A month earlier, it had warned of losses.",
         [("2021-03", "DATE"), ("P1M", "DURATION")]),
    ],
)
def test_comparison_idiom_is_a_date_only_after_a_word_of_comparison(nlp_en, text, expected):
    mentions = find_mentions(text, published=dt.date(2021, 3, 10))
    assert [(m.value, m.timex.type) for m in mentions] == expected


def test_a_history_keeps_its_year_for_bare_months(nlp_en):
    # Nothing near publication is told: the story is a history, and its months are its own.
    text = ("The war began in 1939. In April 1940, Germany invaded Denmark. In June, Italy declared war. "
            "On December 7, 1941, Japan attacked Pearl Harbor. In January, the Allies met in Washington.")
    values = [m.value for m in find_mentions(text, published=dt.date(2009, 12, 19))]
    assert values == ["1939", "1940-04", "1940-06", "1941-12-07", "1942-01"]


def test_news_telling_a_history_reads_bare_months_against_publication(nlp_en):
    text = ("The alliance was founded in 1949 and grew in 1952 and 1982, its chief said on Friday. "
            "Leaders will meet in Washington in April.")
    values = [m.value for m in find_mentions(text, published=dt.date(1999, 3, 12))]
    assert values == ["1949", "1952", "1982", "1999-03-12", "1999-04"]


@pytest.mark.parametrize(
    "text, expected",
    [
        # A clock time or part of day takes the day that follows it, past a zone or "(hours) of".
        ("At 5:34 a.m. Baghdad time on March 20, 2003, the invasion began.", "2003-03-20T05:34"),
        ("In the early morning hours of April 30, 1975, the last Marines left.", "1975-04-30TMO"),
        ("Polls close at 8 p.m. local time Friday.", "2020-06-12T20:00"),
    ],
)
def test_time_takes_the_day_after_it(nlp_en, text, expected):
    assert find_mentions(text, published=PUB)[0].value == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # Published on a Wednesday: each weekday alone would be next Monday and this Friday.
        ("From Monday to Friday, schools will be closed.", ["2021-03-15", "2021-03-19"]),
        ("From Monday to Friday, schools were closed.", ["2021-03-01", "2021-03-05"]),
        ("The talks, held Monday through Thursday, ended.", ["2021-03-01", "2021-03-04"]),
        ("From Friday to Monday, schools will be closed.", ["2021-03-12", "2021-03-15"]),
    ],
)
def test_a_range_of_weekdays_runs_forward(nlp_en, text, expected):
    assert [m.value for m in find_mentions(text, published=dt.date(2021, 3, 10))] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # A comparison period named twice is one period, not a year further back each time.
        ("Output fell 8% from a year ago. Costs rose compared with a year earlier.", ["1988", "1988"]),
        ("Last year losses totaled $5 million. The year-earlier results were restated.", ["1988", "1988"]),
        ("He lost in 1984. A year earlier, he had won.", ["1984", "1983"]),
    ],
)
def test_a_comparison_period_named_twice_is_one_period(nlp_en, text, expected):
    assert [m.value for m in find_mentions(text, published=dt.date(1989, 10, 26))] == expected


def test_a_plural_part_of_day_covers_both_weekdays(nlp_en):
    text = "Two new flights would leave Bombay on Monday and Tuesday nights from March 30."
    mentions = find_mentions(text, published=dt.date(1998, 2, 13))
    assert [(m.text, m.timex.type, m.value) for m in mentions] == [
        ("Monday", "SET", "XXXX-WXX-1TNI"), ("Tuesday nights", "SET", "XXXX-WXX-2TNI"), ("March 30", "DATE", "1998-03-30")]


def test_the_morning_told_in_the_past_is_the_day_told_of(nlp_en):
    text = "London shares fell Friday. Dealers placed heavy buy orders in the morning."
    assert [m.value for m in find_mentions(text, published=dt.date(1989, 10, 30))] == ["1989-10-27", "1989-10-27TMO"]


def test_over_the_years_is_a_vague_length(nlp_en):
    mentions = find_mentions("Over the years, many patients died.", published=PUB)
    assert [(m.text, m.timex.type, m.value) for m in mentions] == [("the years", "DURATION", "PXY")]


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("After a weeks-long standoff, talks resumed.", "weeks-long", "PXW"),  # the article is the standoff's
        ("A years-long slump ended.", "years-long", "PXY"),
        ("They left their third day-long meeting.", "day-long", "P1D"),  # one day, whatever the ordinal
        ("The hour-long speech was broadcast.", "hour-long", "PT1H"),
        ("It was a day-long meeting.", "a day-long", "P1D"),
        ("It was the first such attack in a quarter century.", "a quarter century", "P25Y"),
        ("He ruled for a quarter of a century.", "a quarter of a century", "P25Y"),
        ("The wait lasted a quarter of an hour.", "a quarter of an hour", "PT15M"),
    ],
)
def test_unit_long_adjectives_and_fractions_of_units(text, span, value, nlp_en):
    assert [(m.text, m.value) for m in find_mentions(text, published=PUB)] == [(span, value)]


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("The rally on 6/5 drew thousands.", ["2020-06-05"]),  # American month/day, its year from the tense
        ("The vote on 9/15 will decide.", ["2020-09-15"]),
        ("Prices have risen since 3/15.", ["2020-03-15"]),
        ("He scored 6/10 on the test.", []),  # no "on" or "since" before: a score
        ("He was on 1/2 day leave.", []),  # a fraction of a day
    ],
)
def test_month_day_without_a_year_only_after_on_or_since(text, values, nlp_en):
    assert [m.value for m in find_mentions(text, published=PUB)] == values


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a clock glued to a day number is not "the 1st" + "0pm": the day and the time are two expressions
        ("The office will be closed from 3 Oct 10pm to 4 Oct 7.30am.",
         {"3 Oct": "2020-10-03", "10pm": "2020-10-03T22:00", "4 Oct": "2020-10-04", "7.30am": "2020-10-04T07:30"}),
        ("The sale ends 15 June 1030am.", {"15 June": "2020-06-15", "1030am": "2020-06-15T10:30"}),
        ("The shop opens June 13 at 10pm.", {"June 13 at 10pm": "2020-06-13T22:00"}),
    ],
)
def test_a_day_then_a_clock_time(sentence, expected):
    found = {m.text.rstrip("."): m.value for m in find_mentions(sentence, published=PUB)}
    assert found == expected
