"""Progress shows on a terminal for long runs only, and is erased at the end."""

from __future__ import annotations

import io

from figextract.progress import Progress


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


class Clock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def test_nothing_on_a_pipe_or_a_file() -> None:
    stream, clock = io.StringIO(), Clock()
    progress = Progress(stream, clock=clock)
    clock.now += 60
    progress.update(10, 500)
    progress.close()
    assert stream.getvalue() == ""


def test_nothing_for_a_short_run() -> None:
    stream, clock = Terminal(), Clock()
    progress = Progress(stream, after=2.0, clock=clock)
    clock.now += 1.5
    progress.update(3, 40)
    progress.close()
    assert stream.getvalue() == ""


def test_a_long_run_draws_one_line_in_place_and_erases_it() -> None:
    stream, clock = Terminal(), Clock()
    progress = Progress(stream, after=2.0, every=0.5, clock=clock)
    clock.now += 2.5
    progress.update(1200, 34567)
    clock.now += 0.1
    progress.update(1300, 36000)  # too soon: not drawn
    clock.now += 0.5
    progress.update(1400, 38000)
    shown = stream.getvalue()
    assert "1,200 inputs, 34,567 figures" in shown
    assert "1,300" not in shown and "1,400 inputs, 38,000 figures" in shown
    assert "\n" not in shown
    progress.close()
    assert stream.getvalue().endswith("\r") and stream.getvalue().rstrip("\r").endswith(" ")
