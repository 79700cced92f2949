"""Qualifiers written before a figure: about, over, under, at least, up to ...

"nearly" and "almost" are read as approx: the figure is close to the value, and the
text does not promise which side (DESIGN.md allows "under"; we keep approx, which is
what a reader hears).
"""

from __future__ import annotations

import regex

QUALIFIERS: dict[str, str] = {
    "about": "approx", "around": "approx", "approximately": "approx", "approx.": "approx",
    "roughly": "approx", "some": "approx", "nearly": "approx", "almost": "approx",
    "close to": "approx", "an estimated": "approx", "estimated": "approx", "circa": "approx",
    "~": "approx", "more than": "over", "over": "over", "above": "over", "exceeding": "over",
    "in excess of": "over", "upwards of": "over", "greater than": "over", "over than": "over",
    "just over": "over", "well over": "over", ">": "over", "less than": "under",
    "fewer than": "under", "under": "under", "below": "under", "just under": "under",
    "<": "under", "at least": "at_least", "no less than": "at_least",
    "no fewer than": "at_least", "not less than": "at_least", "a minimum of": "at_least",
    ">=": "at_least", "up to": "at_most", "at most": "at_most", "no more than": "at_most",
    "not more than": "at_most", "a maximum of": "at_most", "as many as": "at_most",
    "as much as": "at_most", "<=": "at_most", "less than or equal to": "at_most",
    "greater than or equal to": "at_least", "more than or equal to": "at_least",
    "equal to or more than": "at_least", "equal to or greater than": "at_least",
    "equal to or less than": "at_most", "larger than": "over", "bigger than": "over",
    "higher than": "over", "smaller than": "under", "lower than": "under",
    "surpassing": "over", "less or equal than": "at_most", "bigger or equal than": "at_least",
    "greater or equal than": "at_least", "more or equal than": "at_least", "=<": "at_most",
    "≤": "at_most", "≥": "at_least",
}

# Matched backwards from the figure (REVERSE), so only the words right before it are read.
_BEFORE = regex.compile(
    r"(?<!\w)(?P<q>(?i:\L<words>))[ ]*(?:\([ ]*)?",
    regex.REVERSE,
    words=sorted(QUALIFIERS, key=len, reverse=True),
)


# The last characters of the qualifiers, in either case ("ſ" is an "s" to (?i)): a figure
# whose text before it (past spaces and a parenthesis) ends in none of them has no
# qualifier, which a look at one character tells faster than _BEFORE, tried before most
# figures in vain.
_LAST_CHARS = frozenset(
    {q[-1].lower() for q in QUALIFIERS} | {q[-1].upper() for q in QUALIFIERS} | {"ſ"})

# Before most figures the text is ASCII, and there (?i) is plain lower-casing: the
# qualifier is then the longest one that the lower-cased text ends with, after no letter,
# digit or "_" (_BEFORE's lookbehind). Read so, from the qualifiers ending in the text's
# last character, it costs a third of the _BEFORE call it spares.
_LONGEST = max(len(q) for q in QUALIFIERS)
_BY_LAST_CHAR: dict[str, tuple[str, ...]] = {}
for _q in sorted(QUALIFIERS, key=len, reverse=True):
    _BY_LAST_CHAR[_q[-1]] = (*_BY_LAST_CHAR.get(_q[-1], ()), _q)


def qualifier_before(norm: str, start: int) -> str | None:
    """The qualifier standing right before `start`, e.g. "(about " -> "approx"."""
    window = max(0, start - 40)
    before = norm[window:start].rstrip(" ")
    if before.endswith("("):
        before = before[:-1].rstrip(" ")
    if not before or before[-1] not in _LAST_CHARS:
        return None
    tail = before[-_LONGEST - 1:]
    if len(tail) > _LONGEST and tail.isascii():
        return _ascii_qualifier(tail.lower())
    match = _BEFORE.match(norm, window, start)
    if match is None:
        return None
    return QUALIFIERS[" ".join(match.group("q").casefold().split())]  # casefold: "ALMOſT"


def _ascii_qualifier(tail: str) -> str | None:
    """The qualifier ending lower-cased ASCII `tail`, which is longer than any qualifier."""
    candidates = _BY_LAST_CHAR.get(tail[-1], ())
    if not tail.endswith(candidates):  # one call rules out most: "of" after "a total"
        return None
    for q in candidates:
        if tail.endswith(q):
            before = tail[-len(q) - 1]
            if not (before.isalnum() or before == "_"):
                return QUALIFIERS[q]
    return None
