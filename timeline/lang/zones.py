"""Time zones written after a clock time ("10 a.m. EDT", "1005 GMT", "noon GMT+8"), shared by
every language: the abbreviations news writing uses, with their offsets from UTC.

Sources: the abbreviations and offsets of the IANA time zone database (``tzdata``, the
``abbreviations`` its zones print, e.g. ``America/New_York`` EST/EDT) and the names news
agencies write (AP, Reuters, AFP wires: "EDT", "GMT", "HKT", "IST", "JST", "AEDT").

``CASE_FREE`` names are found in any case ("10 p.m. est", as before zones had values); the
others only in capitals, as several are English words ("EAT", "CAT", "ART", "WAT").

Choices where an abbreviation names more than one zone (index: docs/choices.md):
- IST is India Standard Time (+05:30), the commonest in English news; Irish Standard
  Time (+01:00) and Israel Standard Time (+02:00) are not read from it.
- CST is US Central Standard Time (-06:00), as in the US wires, not China Standard Time.
- GST is Gulf Standard Time (+04:00), as in Gulf news.
- AST (Atlantic or Arabia Standard Time, four hours apart) is left out: no offset is safe.
- ET, CT, MT, PT (no S or D) follow the US rule of daylight saving time on the day told of,
  read from the IANA zone of the region (``zoneinfo``; the ``tzdata`` package provides it
  where the system has no zone files).
- "local time" names no zone: the clock time stays without one.
"""

from __future__ import annotations

# Minutes east of UTC; 0 is written "Z".
FIXED_OFFSETS: dict[str, int] = {
    "UTC": 0, "GMT": 0, "WET": 0,
    # North America
    "EST": -5 * 60, "EDT": -4 * 60, "CST": -6 * 60, "CDT": -5 * 60,
    "MST": -7 * 60, "MDT": -6 * 60, "PST": -8 * 60, "PDT": -7 * 60,
    "AKST": -9 * 60, "AKDT": -8 * 60, "HST": -10 * 60,
    "NST": -(3 * 60 + 30), "NDT": -(2 * 60 + 30),
    # South America
    "BRT": -3 * 60, "ART": -3 * 60,
    # Europe and Africa
    "BST": 60, "WEST": 60, "CET": 60, "CEST": 2 * 60, "EET": 2 * 60, "EEST": 3 * 60, "MSK": 3 * 60,
    "WAT": 60, "CAT": 2 * 60, "SAST": 2 * 60, "EAT": 3 * 60,
    # Asia and Oceania
    "GST": 4 * 60, "PKT": 5 * 60, "IST": 5 * 60 + 30, "ICT": 7 * 60, "WIB": 7 * 60,
    "HKT": 8 * 60, "SGT": 8 * 60, "AWST": 8 * 60, "JST": 9 * 60, "KST": 9 * 60,
    "ACST": 9 * 60 + 30, "ACDT": 10 * 60 + 30, "AEST": 10 * 60, "AEDT": 11 * 60,
    "NZST": 12 * 60, "NZDT": 13 * 60,
}  # fmt: skip

# US regions written without S or D: the offset is the region's on the day told of.
REGIONAL_ZONES: dict[str, str] = {
    "ET": "America/New_York", "CT": "America/Chicago", "MT": "America/Denver", "PT": "America/Los_Angeles",
}  # fmt: skip

# The names the finder took in any case before zones had values ([ECMP][SD]?T, GMT, UTC, BST, CET, CEST).
CASE_FREE: frozenset[str] = frozenset(
    {"EST", "EDT", "CST", "CDT", "MST", "MDT", "PST", "PDT", "ET", "CT", "MT", "PT", "GMT", "UTC", "BST", "CET", "CEST"}
)

# Every zone name of the two tables.
NAMES: frozenset[str] = frozenset(FIXED_OFFSETS) | frozenset(REGIONAL_ZONES)

# The names that are English words: after a clock's day, farther from the clock, they are
# no zone ("at 10 p.m. Friday ART fans", "WEDNESDAY WEST" in a headline in capitals).
WORDS: frozenset[str] = frozenset({"EAT", "CAT", "ART", "WAT", "WEST"})

# Written after a clock time, a zone left unnamed: no offset.
UNNAMED = ("local time",)
