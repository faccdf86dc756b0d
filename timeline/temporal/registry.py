"""The registry of rules: a :class:`Rule` carries its flags as fields (not as parallel sets of
names), and :func:`read` is the one dispatch from a rule's name to the handler that reads its
expression. The English rules are listed in :mod:`timeline.lexicon`; their handlers bind
themselves here (:func:`bind`) from :mod:`timeline.temporal.resolve`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

Handler = Callable[[str, object], object]  # (expression, Context) -> Timex | None


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

    @property
    def needs_context(self) -> bool:
        """Whether the pattern looks at words outside its span ("in" two weeks, "the year" ended):
        the resolver trusts the finder's word for it instead of full-matching the span."""
        return "(?<=" in self.pattern or self.right_context


_HANDLERS: dict[str, Handler] = {}


def bind(rules: tuple[Rule, ...], handlers: dict[str, Handler]) -> None:
    """Bind each rule's handler; every rule needs one, and no handler is left without its rule."""
    names = {rule.name for rule in rules}
    assert set(handlers) == names, f"every lexicon rule needs a handler: {sorted(names ^ set(handlers))}"
    _HANDLERS.update(handlers)


_RESOLVER: list[Handler] = []  # resolve itself, in a context: for the date inside a composite


def bind_resolver(resolver: Handler) -> None:
    """Bind the callback composites read the date inside them with (see :func:`read_part`)."""
    _RESOLVER[:] = [resolver]


def handler(name: str) -> Handler:
    """The handler bound to rule ``name`` (a composite reading a part as that rule)."""
    return _HANDLERS[name]


def read_part(text: str, ctx):
    """The date inside a bigger expression ("the week of [March 6]"), resolved in the same
    context: the callback a composite rule reads with, instead of importing the resolver."""
    return _RESOLVER[0](text, ctx)


def read(name: str, text: str, ctx):
    """The value the handler of rule ``name`` reads in ``text``, or ``None``: a handler declines
    a text not of its shape by returning ``None``; an impossible date ("February 30") raises
    ``ValueError`` or ``OverflowError`` and is no date. Any other error is a bug, and surfaces."""
    try:
        return _HANDLERS[name](text, ctx)
    except (ValueError, OverflowError):
        return None
