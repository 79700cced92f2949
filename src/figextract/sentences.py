"""Sentence bounds, for the `sentence` field and for rules that stay inside a sentence."""

from __future__ import annotations

import bisect

import regex

# A sentence ends at . ! ? followed by space and a capital or an opening mark, at Chinese
# full stops, and at line breaks. Not after initials ("U.S. Dollars") or the usual
# abbreviations ("Jan. 28", "No. 5"): the lookbehind comes after the stop it looks behind,
# so that it is tried at stops only, not at every character.
_END = regex.compile(
    r"""
    [.!?](?<!(?:\b[A-Z]|\b(?:Mr|Mrs|Ms|Dr|St|Co|Inc|Ltd|Corp|Jan|Feb|Mar|Apr|Jun|Jul|Aug|
                              Sep|Sept|Oct|Nov|Dec|No|Nos|vs|etc|approx|Gov|Prof|Sen|Rep|
                              Jr|Sr|Dept|Mt))[.!?])
    [)"'”’]*[ ]+(?=[A-Z"“‘(\[\d])
  | [。！？；]
  | \n
    """,
    regex.VERBOSE,
)


MAX_SENTENCE = 1000  # characters


class Sentences:
    """Sentence boundaries of a text, found once, looked up by offset."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.ends = [m.end() for m in _END.finditer(text)]

    def bounds(self, offset: int) -> tuple[int, int]:
        """Start and end of the sentence holding `offset`."""
        i = bisect.bisect_right(self.ends, offset)
        start = self.ends[i - 1] if i > 0 else 0
        end = self.ends[i] if i < len(self.ends) else len(self.text)
        return start, end

    def sentence(self, offset: int) -> str:
        """The sentence holding `offset`. A "sentence" longer than MAX_SENTENCE (a table
        flattened to one line, a pathological input) is cut to the words around the
        offset, with "…" where it was cut, so that no record carries a megabyte."""
        start, end = self.bounds(offset)
        if end - start > MAX_SENTENCE:
            half = MAX_SENTENCE // 2
            lo, hi = max(start, offset - half), min(end, offset + half)
            piece = self.text[lo:hi].strip()
            return ("…" if lo > start else "") + piece + ("…" if hi < end else "")
        return self.text[start:end].strip()
