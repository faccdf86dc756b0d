"""The registry of rules: a :class:`Rule` carries its flags as fields (not as parallel sets of
names), and :func:`read` is the one dispatch from a rule's name to the handler that reads its
expression. A rule carries its handler: each family of :mod:`timeline.temporal.families` holds
its rules next to their handlers, :mod:`timeline.lexicon` puts them in order, and
:mod:`timeline.temporal.resolve` binds them here (:func:`bind`).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

# (expression, Context) -> Timex | None; a handler marked with :func:`reads_groups` also gets
# the match of its rule's pattern on the expression: (expression, Context, re.Match | None).
Handler = Callable[..., object]


@dataclass(frozen=True, slots=True)
class Rule:
    """A named pattern with an example that it must find and resolve."""

    name: str
    pattern: str  # regex source, matched case-insensitively on whole words
    example: str  # a phrase the rule finds exactly (the test runs it)
    # The value of the mention the example is, published 2020-06-11 (one per date for a rule that splits).
    value: str | tuple[str, ...] | None = None
    right_context: bool = False  # the pattern ends in a lookahead at the words after the span
    splits: bool = False  # the finder cuts a match into one mention per date it names ("10-12 October")
    quantity: bool = False  # an amount of time: takes quantity modifiers ("more than two years"), not point ones
    comparison: bool = False  # names the period a figure is compared with ("a year ago"): no reporting period
    handler: Handler | None = field(default=None, compare=False, repr=False)  # reads the expression into a Timex

    @property
    def needs_context(self) -> bool:
        """Whether the pattern looks at words outside its span ("in" two weeks, "the year" ended):
        the resolver trusts the finder's word for it instead of full-matching the span."""
        return "(?<=" in self.pattern or self.right_context


_HANDLERS: dict[str, Handler] = {}
_PATTERNS: dict[str, re.Pattern] = {}  # each rule's pattern, compiled as the resolver matches it
_NEEDS_CONTEXT: set[str] = set()  # rules whose span alone may not match their pattern ("on" 6/10)


def reads_groups(handler: Handler) -> Handler:
    """Mark a handler that reads the named groups of its rule's match (``m.group("month")``)
    instead of reading the expression again: the dispatch passes it the match."""
    handler.reads_groups = True
    return handler


def group(m: re.Match | None, name: str) -> str | None:
    """The text of group ``name`` in ``m``, or of its namesake in another branch of the same
    rule (``month_2``: Python's ``re`` allows a name once a pattern); ``None`` if none took part."""
    if m is None:
        return None
    for key, value in m.groupdict().items():
        if value is not None and (key == name or (key.startswith(f"{name}_") and key[len(name) + 1 :].isdigit())):
            return value
    return None


def bind(rules: tuple[Rule, ...]) -> None:
    """Bind each rule's handler, by the rule's name; every rule needs one."""
    missing = [rule.name for rule in rules if rule.handler is None]
    assert not missing, f"every rule needs a handler: {missing}"
    _HANDLERS.update({rule.name: rule.handler for rule in rules})
    _NEEDS_CONTEXT.update(rule.name for rule in rules if rule.needs_context)
    _PATTERNS.update({rule.name: re.compile(rule.pattern, re.IGNORECASE) for rule in rules})


def _call(name: str, text: str, ctx, match: re.Match | None = None):
    found = _HANDLERS[name]
    if not getattr(found, "reads_groups", False):
        return found(text, ctx)
    if match is None:
        match = _PATTERNS[name].fullmatch(text)  # None for a rule that reads its context ("on" 6/10)
        if match is None and name not in _NEEDS_CONTEXT:
            return None  # not of the rule's shape: it declines
    return found(text, ctx, match)


_RESOLVER: list[Handler] = []  # resolve itself, in a context: for the date inside a composite


def bind_resolver(resolver: Handler) -> None:
    """Bind the callback composites read the date inside them with (see :func:`read_part`)."""
    _RESOLVER[:] = [resolver]


def handler(name: str) -> Handler:
    """The handler bound to rule ``name`` (a composite reading a part as that rule), called
    as ``(expression, Context)``: a handler that reads groups gets the rule's match."""
    return lambda text, ctx: _call(name, text, ctx)


def read_part(text: str, ctx):
    """The date inside a bigger expression ("the week of [March 6]"), resolved in the same
    context: the callback a composite rule reads with, instead of importing the resolver."""
    return _RESOLVER[0](text, ctx)


def read(name: str, text: str, ctx, match: re.Match | None = None):
    """The value the handler of rule ``name`` reads in ``text``, or ``None``: a handler declines
    a text not of its shape by returning ``None``; an impossible date ("February 30") raises
    ``ValueError`` or ``OverflowError`` and is no date. Any other error is a bug, and surfaces.
    ``match`` is the rule's match on ``text``, when the caller has it (else it is made here)."""
    try:
        return _call(name, text, ctx, match)
    except (ValueError, OverflowError):
        return None
