"""The table a person sees on a terminal."""

from __future__ import annotations

import io
import re

import pytest

from figextract import extract
from figextract.render import TableWriter


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_a_narrow_terminal_folds_words_never_numbers(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COLUMNS", "80")
    screen = Terminal()
    table = TableWriter(screen)
    text = ("Sales of over 1.3 million yuan (about $200,900) reached 832 national-level "
            "poverty-stricken counties.")
    for figure in extract(text):
        table.write(figure.to_dict())
    table.close()
    shown = re.sub(r"\x1b\[[0-9;]*m", "", screen.getvalue())  # colours off
    assert max(len(line) for line in shown.splitlines()) <= 80
    for number in ("1,300,000", "200,900", "approx"):
        assert number in shown
