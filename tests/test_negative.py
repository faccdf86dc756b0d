"""Text that looks temporal but is not: ``find_mentions`` must yield nothing.

After chrono's ``negative_cases.test.ts``. Each sentence contains no real
temporal expression, so the expected result is always the empty list.
"""

from __future__ import annotations

import datetime as dt

import pytest

from timeline import find_mentions

PUB = dt.date(2020, 6, 11)

# (text, note)
NEGATIVE_CASES = [
    # modal "may" and "May I"
    ("You may leave the room.", "modal 'may'"),
    ("He may be right about that.", "modal 'may'"),
    ("May I ask a question?", "'May I' at the start of a question"),
    ("May we come in?", "'May we' at the start of a question"),
    ("We will see what the committee decides.", "'we' is not a date"),
    # "march" and "fall" as verbs, "spring" as a noun, "the fall of"
    ("Protesters march through the city center.", "'march' the verb"),
    ("Thousands will march to the parliament.", "'march' the verb after 'will'"),
    ("Prices fall when supply rises.", "'fall' the verb"),
    ("Leaves fall from the trees.", "'fall' the verb"),
    ("Historians study the fall of Rome.", "'the fall of' a city is not autumn"),
    ("Water flows from a spring near the village.", "'a spring' of water"),
    # parts of a game
    ("Morales scored twice in the first half.", "a half of a match, not of a year"),
    ("The Lakers trailed in the fourth quarter before the quarterback was injured.", "a quarter of a game"),
    # ages
    ("The man is 58 years old.", "age: '58 years old'"),
    ("A 58-year-old man was arrested.", "age: '58-year-old'"),
    ("The victim, a 10-year-old girl, survived.", "age: '10-year-old'"),
    ("She is in her 60s.", "age decade: 'in her 60s'"),
    ("He died in his early 70s.", "age decade with a modifier"),
    ("Patients in their 80s were treated first.", "age decade: 'their 80s'"),
    # bare numbers, counts, percentages, scores, prices
    ("She has 12 cats and 3 dogs.", "bare small numbers"),
    ("Shares rose 12.53% on the news.", "percentage '12.53%'"),
    ("Interest rates rose 0.25 percent.", "percentage in words"),
    ("The team won 3-2 against the visitors.", "sports score '3-2'"),
    ("The final score was 21-14.", "sports score '21-14'"),
    ("The laptop costs $2,000.", "price '$2,000'"),
    ("The company paid $2019 for the license.", "price that looks like a year"),
    ("The army sent 1990 troops to the border.", "count '1990 troops'"),
    ("She scored 1998 points in her career.", "count '1998 points'"),
    ("The company employs 2,000 workers.", "count with a thousands separator"),
    ("The stadium holds 2,020 fans.", "count that reads like a year with a comma"),
    ("The recipe needs 250 grams of flour.", "quantity of grams"),
    ("He ran 26.2 miles.", "distance"),
    ("The temperature reached 98.6 degrees.", "temperature"),
    ("The Dow fell 3.2% to 25,000 points.", "index points and a percentage"),
    ("Chapter 11 describes the process.", "chapter number"),
    ("They live on the 4th floor.", "ordinal floor"),
    ("He won a second term.", "'a second term' is not a duration"),
    ("She finished second in the race.", "'second' the ordinal"),
    ("Her phone number is 555-0199.", "phone number"),
    ("The ratio of men to women is 3:2.", "ratio, not a clock time"),
    ("Theresa May spoke to reporters.", "'May' the surname"),
    ("He bought 2005 shares.", "count '2005 shares'"),
    ("Call 1-800-555-0199 for help.", "toll-free number"),
    ("Interstate 95 was closed.", "road number"),
    ("Spring Street was closed to traffic.", "'Spring' in a street name"),
    ("Tickets cost £1,999 each.", "price in pounds that looks like a year"),
    ("She hosts a morning talk show.", "'morning' modifying a noun"),
    ("Good evening from Havana.", "a greeting"),
    ("Protests went on for a third straight night.", "a count of nights"),
    ("Happy #Friday all!", "a hashtag labels a post"),
    ("Temperatures will climb into the 90s.", "degrees, not a decade"),
    ("Highs will be in the upper 80s.", "degrees: 'highs' as a noun"),
    ("Biden won most states on Super Tuesday.", "a named day, not the Tuesday before publication"),
    ("Sales fell by a quarter.", "a fraction, not three months"),
    ("ET phoned home.", "'ET' with no time before it"),
    ("He lost 1500 in currency trading.", "a count, not the year 1500"),
    ("Daniel has walked over 1000 Miles.", "a count of miles"),
    ("The trickle of cash soon became a flood.", "'soon' in a past narrative is soon after the story's time"),
    ("He had probably been killed soon after being captured.", "'soon after' relates two events"),
    ("He said so on CBS's ''60 Minutes.''", "a programme title in quotes"),
    ("Rooms cost $35 a night.", "a rate"),
    ("Version 1.2.3 fixed the bug.", "a version number is no dotted date"),
    ("The Spring Festival Gala drew viewers.", "a season inside an event's name"),
    ("The Summer Olympics were postponed.", "a season inside an event's name"),
    ("Saturday Night Live mocked him.", "a weekday inside a show's name"),
    ("He showed a picture of Gary Cooper from the film High Noon.", "'Noon' capitalised after a capitalised word: a title"),
    ("They sang Silent Night.", "a part of day inside a song's name"),
    ("It moved from a fiscal year to a calendar year.", "a kind of year, not a length"),
]
assert len({text for text, _ in NEGATIVE_CASES}) == len(NEGATIVE_CASES), "duplicate negative case"


def test_there_are_enough_negative_cases():
    assert len(NEGATIVE_CASES) >= 30


@pytest.mark.parametrize(("text", "note"), NEGATIVE_CASES, ids=[t for t, _ in NEGATIVE_CASES])
def test_yields_nothing(text, note, nlp_en):
    mentions = find_mentions(text, published=PUB)
    assert mentions == [], f"{note}: found {[(m.text, m.type, m.value) for m in mentions]}"
