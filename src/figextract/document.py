"""A document: the original text and a normalised twin of exactly the same length.

Normalising maps one character to one character (full-width digits and punctuation to
ASCII, the many Unicode spaces to a space, dashes and the minus sign to '-', a line break
inside a hard-wrapped sentence to a space), so an offset
into the normalised text is the same offset into the original: no offset map is needed,
and records always point into the text as the user has it.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from functools import lru_cache

import regex


def _translation_table() -> dict[int, int]:
    table: dict[int, int] = {}
    for code in range(0xFF01, 0xFF5F):  # full-width ASCII block -> ASCII
        table[code] = code - 0xFEE0
    for code in (0x00A0, 0x2000, 0x2001, 0x2002, 0x2003, 0x2004, 0x2005, 0x2006, 0x2007,
                 0x2008, 0x2009, 0x200A, 0x202F, 0x205F, 0x3000, 0x0009):
        table[code] = 0x20  # no-break, thin, figure and ideographic spaces, tab
    for code in (0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2212, 0xFE63):
        table[code] = 0x2D  # hyphens, en and em dashes, minus sign -> '-'
    table[0xFF61] = 0x3002  # half-width ideographic full stop
    table[0x2019] = 0x27  # right single quote -> apostrophe ("Xinhua's")
    return table


TRANSLATION = _translation_table()
_FOLDED = {chr(code): chr(to) for code, to in TRANSLATION.items()}
# The characters of TRANSLATION, found by one pattern: str.translate looks each character
# of a non-ASCII text up in the table (40 ms a MB), the pattern skips to the few that are
# in it (3 ms).
_TO_FOLD = re.compile("[" + "".join(re.escape(char) for char in sorted(_FOLDED)) + "]")


# A full-width comma between ASCII digits separates two numbers in Chinese text
# ("$20，300美圆" lists two prices); "１２３，４５６" (full-width digits) is one number.
_LIST_COMMA = re.compile(r"(?<=[0-9])\uff0c(?=[0-9])")


# A line break inside a sentence of hard-wrapped text ("up 3.5\npercentage points",
# "Euro 85 million\n(RM425 million)") reads as a space: one break, not a blank line, with
# a lower-case word or a bracket after it, or a digit after a word or comma. A line that
# starts a list item ("\n2. Next") or a heading keeps its break. (regex, not re: re tries
# the lookbehinds at every character, 27 ms a MB; regex skips to the line breaks, 5 ms.)
_WRAPPED_BREAK = regex.compile(
    r"(?<=[^\n])\r?\n(?=[ ]*[a-z(])"                # "up 3.5\npercentage", "million\n(RM"
    r"|(?<=[A-Za-z0-9,$€£¥])\r?\n(?=[ ]*[0-9$€£¥])"  # "worth\n5 million", "US$\n2.5 billion"
)


def normalise(text: str) -> str:
    """Return text with the same length, figure-relevant characters folded to ASCII."""
    folded = _TO_FOLD.sub(lambda m: _FOLDED[m.group()], text)
    if "\n" in folded:
        folded = _WRAPPED_BREAK.sub(lambda m: " " * len(m.group()), folded)
    if "\uff0c" not in text:
        return folded
    chars = list(folded)
    for match in _LIST_COMMA.finditer(text):
        chars[match.start()] = "\uff0c"
    return "".join(chars)


@lru_cache(maxsize=1)  # the vetoes and the numeral scan both read it, for one text
def fold_case(norm: str) -> str:
    """norm lower-cased, same length, its ASCII letters where a case-insensitive pattern
    sees them (rules search it for words with a case-sensitive pattern, which is much
    faster): str.lower() keeps \\w and non-\\w apart for every character, and the two
    characters it does not fold as the regex engine does are folded by hand (İ, which
    lower() turns into two characters, and ſ, which (?i) reads as s)."""
    if "İ" in norm:
        norm = norm.replace("İ", "i")
    folded = norm.lower()
    return folded.replace("ſ", "s") if "ſ" in folded else folded


@dataclass
class Document:
    """Text to extract from. `norm` is what rules read; offsets are shared with `text`."""

    text: str
    source: str = "-"
    lang: str = "auto"
    norm: str = field(init=False)
    _line_starts: list[int] | None = field(default=None, init=False, repr=False)

    def __post_init__(self) -> None:
        self.norm = normalise(self.text)

    def line_column(self, offset: int) -> tuple[int, int]:
        """1-based line and column of a character offset."""
        if self._line_starts is None:
            starts = [0]
            find = self.text.find
            pos = find("\n")
            while pos != -1:
                starts.append(pos + 1)
                pos = find("\n", pos + 1)
            self._line_starts = starts
        index = bisect.bisect_right(self._line_starts, offset) - 1
        return index + 1, offset - self._line_starts[index] + 1
