"""Not-figure spans, asked whether a figure overlaps one: the English vetoes, the Chinese
vetoes and the pipeline that merges them all ask the same question."""

from __future__ import annotations

import bisect
from collections.abc import Iterable
from itertools import accumulate


class SpanSet:
    """(start, end) spans, end exclusive, sorted once; `overlaps` answers in O(log n)."""

    def __init__(self, spans: Iterable[tuple[int, int]]) -> None:
        ordered = sorted(spans)
        self.starts = [start for start, _ in ordered]
        self.reach = list(accumulate((end for _, end in ordered), max))  # furthest end so far

    def overlaps(self, start: int, end: int) -> bool:
        """True when some span shares a character with [start, end)."""
        index = bisect.bisect_left(self.starts, end)  # spans[:index] start before `end`
        return index > 0 and self.reach[index - 1] > start
