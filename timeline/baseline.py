"""The naive peer pipeline, kept as a yardstick for ``timeline evaluate --system baseline``.

spaCy's DATE and TIME entities, each handed to dateparser with the document
date as ``RELATIVE_BASE``; the value is the parsed date written at the period
dateparser reports (year ``1998``, month ``1998-08``, week ``1998-W32``, day
``1998-08-07``, time ``1998-08-07T15:00``). This is what a reasonable engineer
gets in an afternoon; the issue quotes it at value F1 ~ 0.38 on AQUAINT.
Deliberately not improved: it is the comparison point, not a product.
"""

from __future__ import annotations

import datetime as dt

from timeline import nlp
from timeline.types import Anchor, Mention, Timex

LABELS = ("DATE", "TIME")  # spaCy entity label -> TIMEX3 type, unchanged
UNKNOWN_VALUE = "XXXX-XX-XX"  # TimeML's "some date" when dateparser gives up

# dateparser period -> (strftime-like formatter, granularity name in types.GRANULARITIES)
_PERIOD_FORMATS = {
    "year": (lambda d: f"{d.year:04d}", "year"),
    "month": (lambda d: f"{d.year:04d}-{d.month:02d}", "month"),
    "week": (lambda d: "{0:04d}-W{1:02d}".format(*d.isocalendar()[:2]), "week"),
    "day": (lambda d: d.date().isoformat(), "day"),
    "part_of_day": (lambda d: d.date().isoformat(), "day"),  # naive: no TMO/TAF/TEV
    "time": (lambda d: d.strftime("%Y-%m-%dT%H:%M"), "minute"),
}


def _parser(published: dt.date, lang: str):
    from dateparser.date import DateDataParser

    return DateDataParser(
        languages=[lang],  # without it dateparser guesses the language per call (slow)
        settings={
            "RELATIVE_BASE": dt.datetime.combine(published, dt.time()),
            "PREFER_DAY_OF_MONTH": "first",
            "RETURN_TIME_AS_PERIOD": True,  # else a bare date reports period "day" with 00:00
        },
    )


def value_for(text: str, parser) -> tuple[str, str]:
    """(TIMEX3 value, granularity) for ``text``, or (UNKNOWN_VALUE, "unknown")."""
    try:
        data = parser.get_date_data(text)
    except Exception:  # dateparser raises assorted errors on odd input; the baseline shrugs
        return UNKNOWN_VALUE, "unknown"
    if data is None or data.date_obj is None:
        return UNKNOWN_VALUE, "unknown"
    formatter, granularity = _PERIOD_FORMATS.get(data.period or "day", _PERIOD_FORMATS["day"])
    return formatter(data.date_obj), granularity


def find_mentions(text: str, *, published: dt.date, lang: str = "en", doc=None) -> list[Mention]:
    """spaCy DATE/TIME entities resolved by dateparser against ``published``.

    Same signature as :func:`timeline.temporal.find_mentions`, so the evaluator
    can run either; pass ``doc`` (a spaCy Doc of ``text``) to skip parsing.
    """
    doc = doc if doc is not None else nlp.parse(text, lang)
    parser = _parser(published, lang)
    mentions = []
    for ent in doc.ents:
        if ent.label_ not in LABELS:
            continue
        value, granularity = value_for(ent.text, parser)
        timex = Timex(type=ent.label_, value=value, granularity=granularity, rule="baseline.dateparser",
                      reference=published, anchor=Anchor.PUBLICATION)
        mentions.append(Mention(ent.text, ent.start_char, ent.end_char, timex,
                                ent.sent.start_char, ent.sent.end_char))
    return mentions
