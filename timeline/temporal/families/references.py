"""References: "now", "recently", "in the future" (TimeML's ``*_REF``)."""

from __future__ import annotations

from timeline.lang.en.patterns import AFTER_MODAL, alternation
from timeline.lang.en.words import FUTURE_REF_WORDS, PAST_REF_WORDS, PRESENT_REF_WORDS
from timeline.periods import (
    period_interval,
)
from timeline.temporal.context import (
    Context,
)
from timeline.temporal.registry import Rule
from timeline.types import Anchor, Timex


def _ref(value: str):
    def handler(text: str, ctx: Context) -> Timex:
        if value == "PRESENT_REF":  # drawn as the publication day
            start, end = period_interval("day", ctx.reference) or (None, None)
            return Timex(type="DATE", value=value, granularity="day", rule="present_ref", reference=ctx.reference,
                         anchor=Anchor.PUBLICATION, interval_start=start, interval_end=end)  # fmt: skip
        return Timex(type="DATE", value=value, granularity="unknown", rule=value.lower(), reference=ctx.reference,
                     anchor=Anchor.PUBLICATION)  # fmt: skip

    return handler


# --- rules: this family's patterns, each with its handler and the example it must read -----
RULES: tuple[Rule, ...] = (
    # "will one day be": between a modal and its verb, "one day" is an indefinite future, not a length
    Rule("modal_one_day", rf"{AFTER_MODAL}(?:one|some)\s+day(?=\s+[a-z])", "could one day become", value="FUTURE_REF", right_context=True, handler=_ref("FUTURE_REF")),
    Rule("present_ref", alternation(PRESENT_REF_WORDS), "at the present time", value="PRESENT_REF", handler=_ref("PRESENT_REF")),
    Rule("past_ref", alternation(PAST_REF_WORDS), "recently", value="PAST_REF", handler=_ref("PAST_REF")),
    Rule("future_ref", alternation(FUTURE_REF_WORDS), "in the future", value="FUTURE_REF", handler=_ref("FUTURE_REF")),
)
