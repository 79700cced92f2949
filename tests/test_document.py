"""Normalisation keeps the text's length, and reads a hard-wrapped line break as a space."""

from __future__ import annotations

import pytest

from figextract import extract
from figextract.document import normalise


@pytest.mark.parametrize(
    ("text", "joined"),
    [
        ("up 3.5\npercentage points", True),   # a lower-case word goes on
        ("Euro 85 million\n(RM425 million)", True),  # a bracket goes on
        ("the company had\n2 plants", True),   # a digit after a word
        ("worth\n$5 million", True),
        ("spent US$\n2.5 billion", True),            # a symbol at the line's end
        ("ends with,\n5 more", True),
        ("up 3.5\r\npercentage points", True),
        ("It rose.\n2. Next item", False),     # a list item keeps its break
        ("Headline\nBody text", False),        # so does a capitalised line
        ("one\n\ntwo", False),                 # and a blank line
        ("2021年\n3月", False),                 # Chinese lines are not joined
    ],
)
def test_wrapped_line_breaks(text: str, joined: bool) -> None:
    norm = normalise(text)
    assert len(norm) == len(text)
    assert ("\n" not in norm) == joined


def test_a_figure_broken_across_lines_is_read_whole_and_keeps_its_text() -> None:
    text = "its stake rose 3.5\npercentage points, and Euro 85 million\n(RM425 million) came"
    figures = extract(text)
    assert [(f.text, f.kind, f.unit) for f in figures[:1]] == [
        ("3.5\npercentage points", "percent", "pp")]
    assert figures[2].equivalent_of == figures[1].id  # the line break hides no conversion
    assert all(text[f.start:f.end] == f.text for f in figures)
