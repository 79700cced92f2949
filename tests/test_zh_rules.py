"""The Chinese corpus (rules/zh_corpus.py) through find_zh, and through the pipeline."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from figextract.document import Document
from figextract.figure import Figure
from figextract.pipeline import extract
from figextract.rules.zh import find_zh
from figextract.rules.zh_corpus import CORPUS, KNOWN_GAPS, Example

POSITIVES = [e for e in CORPUS if e.expect is not None]
NEGATIVES = [e for e in CORPUS if e.expect is None]


def _ids(examples: list[Example]) -> list[str]:
    return [f"{e.group}:{e.text}" for e in examples]


def _check(example: Example, figures: list[Figure], ours: bool = True) -> None:
    """Exactly one figure on the bracketed span, with the expected fields."""
    expect = example.expect
    assert expect is not None
    start, end = example.span
    found = [f for f in figures if f.start < end and start < f.end]
    assert len(found) == 1, [(f.text, f.kind, f.value) for f in figures]
    fig = found[0]
    assert (fig.start, fig.end) == (start, end), fig.text
    assert fig.text == example.plain[start:end]
    assert fig.kind == expect.kind
    assert fig.value == Decimal(expect.value)
    for name in ("currency", "unit", "qualifier", "noun", "high"):
        wanted = getattr(expect, name)
        if wanted is not None:
            got = getattr(fig, name)
            assert str(got) == wanted, name
    if ours:  # through the pipeline the English reading may win a tie ("500公顷")
        assert fig.rules and fig.rules[0] in ("zh_numeral", "zh_half_price")


@pytest.mark.parametrize("example", POSITIVES, ids=_ids(POSITIVES))
def test_positive(example: Example) -> None:
    figures, _ = find_zh(Document(example.plain))
    _check(example, figures)


@pytest.mark.parametrize("example", NEGATIVES, ids=_ids(NEGATIVES))
def test_negative(example: Example) -> None:
    figures, _ = find_zh(Document(example.plain))
    assert [f.text for f in figures] == []


@pytest.mark.parametrize("example", NEGATIVES, ids=_ids(NEGATIVES))
def test_negative_through_pipeline(example: Example) -> None:
    """The English scanner reads every ASCII number; the vetoes must silence it here."""
    assert [f.text for f in extract(example.plain, lang="auto")] == []


@pytest.mark.parametrize("example", POSITIVES, ids=_ids(POSITIVES))
def test_positive_through_pipeline(example: Example) -> None:
    figures = extract(example.plain, lang="auto")
    _check(example, figures, ours=False)


@pytest.mark.xfail(strict=True)
@pytest.mark.parametrize("example", KNOWN_GAPS, ids=_ids(KNOWN_GAPS))
def test_known_gap(example: Example) -> None:
    figures, _ = find_zh(Document(example.plain))
    _check(example, figures)


def test_offsets_point_into_original_text() -> None:
    text = "销售额１２３，４５６元，同比增长３５％。"
    figures, _ = find_zh(Document(text))
    assert [(f.text, f.value) for f in figures] == [
        ("１２３，４５６元", Decimal(123456)), ("３５％", Decimal(35))]
    for fig in figures:
        assert text[fig.start:fig.end] == fig.text


def test_english_text_is_left_alone() -> None:
    assert find_zh(Document("Sales rose 35% to 1.3 million yuan.")) == ([], [])


def test_vetoes_cover_dates_and_registration_numbers() -> None:
    text = "2021年1月28日，京ICP备15035540号"
    _, vetoes = find_zh(Document(text))
    assert [text[a:b] for a, b in vetoes] == ["2021年1月28日", "京ICP备15035540号"]


_ALPHABET = (
    "一二两三十百千万亿零点點负分之又多余几"  # numerals
    "个名元美港%％１２,，.- 0123456789"  # suffixes, full-width and ASCII
    "年月日第季度成折吨亩约近超过以上左右人民币￥"  # context words
)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=_ALPHABET, max_size=40))
def test_any_text_gives_figures_that_point_into_it(text: str) -> None:
    figures, vetoes = find_zh(Document(text))
    for fig in figures:
        assert text[fig.start:fig.end] == fig.text
        assert fig.start < fig.end
        assert fig.kind in ("money", "percent", "count", "quantity")
    for start, end in vetoes:
        assert 0 <= start < end <= len(text)
