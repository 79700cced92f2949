"""Progress for long runs: one line on standard error, only on a terminal, only once a run
has taken a while, so pipes, files and short runs never see it (DESIGN.md)."""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from typing import TextIO


class Progress:
    """A counter of inputs and figures, redrawn in place ("\\r") at most every `every`
    seconds once `after` seconds have passed, and erased by close()."""

    def __init__(self, stream: TextIO | None = None, *, after: float = 2.0,
                 every: float = 0.5, clock: Callable[[], float] = time.monotonic) -> None:
        self.stream = stream if stream is not None else sys.stderr
        self.clock = clock
        self.start = clock()
        self.after = after
        self.every = every
        self.next_draw = self.start + after
        self.width = 0
        try:
            self.enabled = self.stream.isatty()
        except (AttributeError, ValueError):
            self.enabled = False

    def update(self, inputs: int, figures: int) -> None:
        if not self.enabled:
            return
        now = self.clock()
        if now < self.next_draw:
            return
        self.next_draw = now + self.every
        line = (f"figextract: {inputs:,} input{'s' if inputs != 1 else ''}, "
                f"{figures:,} figures, {now - self.start:.0f} s")
        self._draw(line)

    def close(self) -> None:
        """Erase the line, if one was drawn."""
        if self.width:
            self._draw("")
            self.stream.write("\r")
            self.stream.flush()
            self.width = 0

    def _draw(self, line: str) -> None:
        self.stream.write("\r" + line.ljust(self.width))
        self.stream.flush()
        self.width = max(self.width, len(line))
