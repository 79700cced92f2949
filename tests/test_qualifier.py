"""rules/qualifier.qualifier_before: the words before a figure, with the one-character
look and the last-word look that spare most figures the pattern."""

from __future__ import annotations

import random

import pytest

from figextract.rules import qualifier
from figextract.rules.qualifier import QUALIFIERS, qualifier_before


@pytest.mark.parametrize(("before", "expected"), [
    ("sales of over ", "over"),
    ("(about ", "approx"),
    ("more than  ( ", "over"),
    ("AT LEAST ", "at_least"),
    ("ALMOſT ", "approx"),  # (?i) reads the long s as an s; the lookup once raised KeyError
    ("≥", "at_least"),
    ("the ", None),
    ("piano less than ", "under"),
    ("", None),
    ("(", None),
])
def test_qualifier_before(before, expected):
    assert qualifier_before(before + "5", len(before)) == expected


def reference(norm: str, start: int) -> str | None:
    match = qualifier._BEFORE.match(norm, max(0, start - 40), start)
    return None if match is None else QUALIFIERS[" ".join(match.group("q").casefold().split())]


def test_the_quick_look_never_hides_a_qualifier():
    pieces = [*QUALIFIERS, "piano", "the", "No", "(", " ", "-", "é", "ſ", "K", "ab", "out",
              "and", "in", "Than", "TO", "x-", "\n", "ÿ", "9"]
    rng = random.Random(4)
    for _ in range(20000):
        text = "".join(rng.choice(pieces) + rng.choice(["", " ", "(", " ( "])
                       for _ in range(rng.randint(1, 4))) + "5"
        assert qualifier_before(text, len(text) - 1) == reference(text, len(text) - 1), text
