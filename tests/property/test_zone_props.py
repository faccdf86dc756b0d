"""Properties of clock times with a zone, checked with Hypothesis: whatever the clock, the zone
(named or an offset) and the day, the value is ISO 8601 with the zone, the interval is the
day as written, and the instant is the clock time less the offset."""

from __future__ import annotations

import datetime as dt
import re

from hypothesis import given, settings
from hypothesis import strategies as st

from timeline.lang import zones
from timeline.periods import clock_instant
from timeline.resolve import resolve

ZONED = re.compile(r"\d{4}-\d\d-\d\dT\d\d(?::\d\d)?(?:Z|[+-]\d\d:\d\d)")


@st.composite
def zoned_times(draw):
    """A clock time, a zone written after it and that zone's offset in minutes."""
    hour, minute = draw(st.integers(0, 23)), draw(st.integers(0, 59))
    if draw(st.booleans()):
        name = draw(st.sampled_from(sorted(zones.FIXED_OFFSETS)))
        zone, offset = name, zones.FIXED_OFFSETS[name]
    else:
        sign, hours, minutes = draw(st.sampled_from("+-")), draw(st.integers(0, 14)), draw(st.sampled_from([0, 30, 45]))
        offset = (1 if sign == "+" else -1) * (hours * 60 + minutes)
        zone = draw(st.sampled_from([f"GMT{sign}{hours}" + (f":{minutes:02d}" if minutes else ""),
                                     f"UTC{sign}{hours:02d}:{minutes:02d}", f"{sign}{hours:02d}{minutes:02d}"]))
        if minutes and zone.startswith("GMT"):
            zone = f"GMT{sign}{hours}:{minutes:02d}"
    return hour, minute, zone, offset


@settings(max_examples=300, deadline=None)
@given(time=zoned_times(), day=st.dates(dt.date(1900, 1, 2), dt.date(2100, 12, 30)))
def test_a_zoned_clock_time_is_iso_8601_with_its_zone(time, day):
    hour, minute, zone, offset = time
    timex = resolve(f"{hour:02d}:{minute:02d} {zone}", reference=day)
    assert timex is not None and timex.type == "TIME", zone
    assert ZONED.fullmatch(timex.value), timex.value
    assert timex.interval == (day, day + dt.timedelta(days=1))  # the day as written
    instant, zoned = clock_instant(timex.value)
    local = dt.datetime.combine(day, dt.time(hour, minute))
    assert zoned and instant == local - dt.timedelta(minutes=offset)
    aware = local.replace(tzinfo=dt.timezone(dt.timedelta(minutes=offset)))
    assert dt.datetime.fromisoformat(timex.value) == aware  # Python reads it as the same moment
