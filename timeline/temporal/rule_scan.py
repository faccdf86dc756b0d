"""Every rule's matches in one pass over a text: the same matches, in the same order, as
each rule's own ``finditer``, found by trying a rule only where it can begin.

Every rule pattern opens with the same guard (lookbehinds: not inside a word or number),
so ``re`` gets no literal or charset prefix to skip ahead with and tries each rule at every
position of the text, every alternative of its first words (the cost is there: IGNORECASE
takes the quick first-letter test off a branch). Here the positions the guard allows are
found once, and at each one a rule is tried (``pattern.match(text, pos)``, whose
lookbehinds still see the whole text) only if the next three characters can begin one of
its matches. What can begin a match is read from the rule's parsed pattern
(``re._parser``), so it holds for whatever the rules are: each character as the pattern
has it (a class, a letter in its case), lookarounds left out, anything the analysis
cannot read taken as any character; a rule that can match the empty string is scanned
as before.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from re import _constants as sre
from re import _parser

_ANY_CHAR = "(?s:.)"


def _prefixes(items, flags: int, room: int) -> frozenset[tuple[str, ...]]:
    """What a match of ``items`` can begin with: each element is one regex piece per
    character, as many as ``room``, or fewer when the match can be that short (the empty
    tuple: it can be empty). Every match begins with what one element matches; an element
    may match what the pattern never does (the lookarounds are left out)."""
    open_ = {()}  # prefixes shorter than room, the match not yet over
    full: set[tuple[str, ...]] = set()  # prefixes of room pieces
    for op, av in items:
        grown, tails = set(), {}
        for head in open_:
            left = room - len(head)
            if left not in tails:
                tails[left] = _item_prefixes(op, av, flags, left)
            for tail in tails[left]:
                (full if len(head) + len(tail) == room else grown).add(head + tail)
        open_ = grown
        if not open_:
            break
    return frozenset(full | open_)


def _item_prefixes(op, av, flags: int, room: int) -> frozenset[tuple[str, ...]]:
    if op is sre.LITERAL:
        return frozenset({(_scoped(re.escape(chr(av)), flags),)})
    if op is sre.NOT_LITERAL:
        return frozenset({(_scoped(f"[^{re.escape(chr(av))}]", flags),)})
    if op is sre.IN:
        charset = _charset(av)
        return frozenset({(_ANY_CHAR if charset is None else _scoped(charset, flags),)})
    if op is sre.ANY:
        return frozenset({(_ANY_CHAR,)})
    if op in (sre.AT, sre.ASSERT, sre.ASSERT_NOT):
        return frozenset({()})  # zero width
    if op is sre.SUBPATTERN:
        _group, add_flags, del_flags, sub = av
        return _prefixes(sub, (flags | add_flags) & ~del_flags, room)
    if op is sre.ATOMIC_GROUP:
        return _prefixes(av, flags, room)
    if op is sre.BRANCH:
        return frozenset().union(*(_prefixes(alternative, flags, room) for alternative in av[1]))
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
        low, high, sub = av
        once = _prefixes(sub, flags, room)
        found = {()} if low == 0 else set()
        open_ = {()}
        # Past low + room rounds nothing new comes: a longer way to a prefix shorter than
        # room has an empty round to leave out.
        for rounds in range(1, min(high, low + room + 1) + 1):
            grown = set()
            for head in open_:
                for tail in once:
                    prefix = (head + tail)[:room]
                    if len(prefix) == room:
                        found.add(prefix)
                    else:
                        grown.add(prefix)
            if rounds >= low:
                found |= grown
            open_ = grown
            if not open_:
                break
        return frozenset(found)
    # A back reference, a conditional: anything, of any length.
    return frozenset((_ANY_CHAR,) * n for n in range(room + 1))


def _scoped(piece: str, flags: int) -> str:
    return f"(?{'i' if flags & re.IGNORECASE else '-i'}:{piece})"


_CATEGORIES = {
    sre.CATEGORY_DIGIT: r"\d", sre.CATEGORY_NOT_DIGIT: r"\D", sre.CATEGORY_SPACE: r"\s",
    sre.CATEGORY_NOT_SPACE: r"\S", sre.CATEGORY_WORD: r"\w", sre.CATEGORY_NOT_WORD: r"\W",
}


def _charset(items) -> str | None:
    """A parsed character class, written back as one (None: one it cannot write)."""
    parts = []
    for op, av in items:
        if op is sre.NEGATE:
            parts.append("^")
        elif op is sre.LITERAL:
            parts.append(re.escape(chr(av)))
        elif op is sre.RANGE:
            parts.append(f"{re.escape(chr(av[0]))}-{re.escape(chr(av[1]))}")
        elif op is sre.CATEGORY and av in _CATEGORIES:
            parts.append(_CATEGORIES[av])
        else:
            return None
    return f"[{''.join(parts)}]"


def prefix_pattern(pattern: re.Pattern, length: int) -> tuple[re.Pattern, bool]:
    """A pattern that matches, at their start, the first ``length`` characters of every
    match of ``pattern`` (all of a shorter match), and whether ``pattern`` can match the
    empty string.

    >>> prefix, empty = prefix_pattern(re.compile(r"the\\s+(?:day|week)|today", re.I), 3)
    >>> [bool(prefix.match(key)) for key in ("The", "tod", "th ", "the")], empty
    ([True, True, False, True], False)
    """
    prefixes = _prefixes(_parser.parse(pattern.pattern, pattern.flags), pattern.flags, length)
    return re.compile(_alternatives(prefixes), pattern.flags & ~re.IGNORECASE), () in prefixes


def _alternatives(prefixes) -> str:
    """Prefixes as one regex, their common beginnings written once (a trie)."""
    if () in prefixes:
        return ""  # a match can end here: whatever follows will do
    heads: dict[str, list[tuple[str, ...]]] = {}
    for prefix in prefixes:
        heads.setdefault(prefix[0], []).append(prefix[1:])
    either = [head + _alternatives(frozenset(tails)) for head, tails in sorted(heads.items())]
    return either[0] if len(either) == 1 else f"(?:{'|'.join(either)})"


class RuleScan:
    """The matches of ``patterns``, each of which begins with ``guard`` (zero width),
    per pattern in order of position: what ``[list(p.finditer(text)) for p in patterns]``
    gives. A pattern is tried where the guard holds and the next ``key_length``
    characters can begin one of its matches.

    >>> scan = RuleScan(r"(?<!\\w)", [re.compile(r"(?<!\\w)a+"), re.compile(r"(?<!\\w)b")])
    >>> [[m.group() for m in found] for found in scan.matches("aa ba b")]
    [['aa'], ['b', 'b']]
    """

    def __init__(self, guard: str, patterns: Sequence[re.Pattern], key_length: int = 3) -> None:
        for pattern in patterns:
            if not pattern.pattern.startswith(guard):
                raise ValueError(f"{pattern.pattern[:40]!r} does not begin with the guard {guard!r}")
        flags = {pattern.flags for pattern in patterns}
        if len(flags) > 1:
            raise ValueError("the patterns are compiled with different flags")
        self._patterns = tuple(patterns)
        # Where the guard lets a match begin: every such position, one after the other.
        self._starts = re.compile(rf"{guard}(?s:.)", flags.pop() if flags else 0)
        self._key_length = key_length
        prefixes = [prefix_pattern(p, key_length) for p in patterns]
        # A pattern that can match the empty string is scanned as before: its empty matches
        # fall anywhere, the end of the text too.
        self._unscanned = tuple(i for i, (_prefix, empty) in enumerate(prefixes) if empty)
        self._prefixes = tuple((i, prefix) for i, (prefix, empty) in enumerate(prefixes) if not empty)
        self._by_key: dict[str, tuple[int, ...]] = {}  # the next characters -> the patterns to try

    def _candidates(self, key: str) -> tuple[int, ...]:
        if len(self._by_key) > 200_000:  # texts of many scripts: keep the cache bounded
            self._by_key.clear()
        rules = self._by_key[key] = tuple(i for i, prefix in self._prefixes if prefix.match(key))
        return rules

    def matches(self, text: str) -> list[list[re.Match]]:
        found: list[list[re.Match]] = [[] for _ in self._patterns]
        free = [0] * len(self._patterns)  # a pattern's next match begins here or later
        patterns, by_key, length = self._patterns, self._by_key, self._key_length
        for start in self._starts.finditer(text):
            pos = start.start()
            key = text[pos : pos + length]
            rules = by_key.get(key)
            if rules is None:
                rules = self._candidates(key)
            for i in rules:
                if pos >= free[i] and (match := patterns[i].match(text, pos)):
                    found[i].append(match)
                    free[i] = match.end()
        for i in self._unscanned:
            found[i] = list(patterns[i].finditer(text))
        return found
