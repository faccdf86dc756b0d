"""Find temporal expressions (BASELINE, being replaced by the rule-based finder)."""

from __future__ import annotations

import datetime as dt

from timeline import nlp
from timeline.types import Anchor, Mention, Timex


def find_mentions(text: str, *, published: dt.date, lang: str = "en", doc=None) -> list[Mention]:
    import dateparser

    doc = doc if doc is not None else nlp.parse(text, lang)
    base = dt.datetime.combine(published, dt.time())
    mentions = []
    for ent in doc.ents:
        if ent.label_ not in ("DATE", "TIME"):
            continue
        parsed = dateparser.parse(ent.text, settings={"RELATIVE_BASE": base})
        value = parsed.date().isoformat() if parsed else "XXXX-XX-XX"
        timex = Timex(type=ent.label_, value=value, granularity="day", rule="baseline",
                      reference=published, anchor=Anchor.PUBLICATION)
        mentions.append(Mention(ent.text, ent.start_char, ent.end_char, timex,
                                ent.sent.start_char, ent.sent.end_char))
    return mentions
