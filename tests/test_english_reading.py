"""rules/english.find_en skips the numerals that start inside a not-figure span and reads
them late only where their end matters: it must give the figures that reading every
numeral and then dropping the vetoed ones gives."""

from __future__ import annotations

import random
from dataclasses import replace
from pathlib import Path

import pytest

from figextract.document import Document
from figextract.rules import not_figures
from figextract.rules.compound import join_numerals
from figextract.rules.english import _read, find_en
from figextract.rules.numerals import scan
from figextract.spans import SpanSet

SAMPLES = Path(__file__).resolve().parent.parent / "samples"


def read_all_then_drop(doc: Document) -> list:
    """The plain way: every numeral read (after rules/compound.py joined its pieces), then
    the figures on not-figure spans dropped."""
    vetoes = [(s, e) for s, e, _ in not_figures.veto_spans(doc.norm)]
    vetoed = SpanSet(vetoes).overlaps
    figures, last_end = [], 0
    for numeral in join_numerals(doc.norm, scan(doc.norm), vetoed):
        if numeral.prefix is not None and numeral.start < last_end <= numeral.num_start:
            numeral = replace(numeral, start=numeral.num_start, prefix=None)
        figure = _read(doc, numeral)
        if figure is not None:
            figures.append(figure)
            last_end = figure.end
    return [f for f in figures if not (vetoes and vetoed(f.start, f.end))]


def kept(doc: Document) -> list:
    figures, vetoes = find_en(doc)
    vetoed = SpanSet(vetoes).overlaps
    return [f for f in figures if not (vetoes and vetoed(f.start, f.end))]


def summary(figures: list) -> list[tuple]:
    return [(f.kind, f.start, f.end, f.value, f.currency, f.unit, f.noun, f.qualifier,
             f.scale, tuple(f.rules)) for f in figures]


PIECES = ["on 2021-03-04", "call 010-6543-2100", "10 rmb", "20 usd", "RMB 5 million",
          "USD 3", "$4", "in 2020", "2019 USD 7", "version 2.1.3", "5 feet 2 inches",
          "35 percent", "875 malls", "Jan. 5, 2021", "rmb 10", "3 dollars 50 cents", "-",
          "and", ",", "12:30", "+86 10 1234 5678", "1990 households", "EUR 2bn"]


def texts() -> list[str]:
    rng = random.Random(5)
    made = [" ".join(rng.choice(PIECES) for _ in range(rng.randint(2, 7))) for _ in range(400)]
    return [p.read_text(encoding="utf-8") for p in sorted(SAMPLES.glob("*.txt"))] + made


@pytest.mark.parametrize("text", texts())
def test_skipping_vetoed_numerals_changes_no_figure(text):
    doc = Document(text, source="-", lang="en")
    assert summary(kept(doc)) == summary(read_all_then_drop(doc))
