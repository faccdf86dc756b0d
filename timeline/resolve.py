"""Re-export: the resolver now lives in :mod:`timeline.temporal.resolve`."""

from timeline.temporal.resolve import (
    Context,
    RangeDay,
    duration_value,
    parse_number,
    range_days,
    range_years,
    resolve,
    spoken_number,
)

__all__ = ["Context", "RangeDay", "duration_value", "parse_number", "range_days", "range_years", "resolve", "spoken_number"]
