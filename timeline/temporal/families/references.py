"""References: "now", "recently", "in the future" (TimeML's ``*_REF``)."""

from __future__ import annotations

from timeline.periods import (
    period_interval,
)
from timeline.temporal.context import (
    Context,
)
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
