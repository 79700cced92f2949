"""The Chinese corpus (rules/zh_corpus.py) through find_zh alone; tests/test_corpus.py runs
the same examples through the whole pipeline."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from figextract.document import Document, normalise
from figextract.figure import Figure
from figextract.rules import zh
from figextract.rules.corpus import UNSET, Example, Expect
from figextract.rules.zh import find_zh
from figextract.rules.zh_corpus import CORPUS


def _param(example: Example) -> object:
    marks = [pytest.mark.xfail(reason=example.gap, strict=True)] if example.gap else []
    return pytest.param(example, id=example.label, marks=marks)


def _differences(fig: Figure, expect: Expect) -> list[str]:
    wanted = {"kind": expect.kind, "value": Decimal(expect.value),
              "currency": expect.currency, "unit": expect.unit}
    for name in ("high", "qualifier", "noun"):
        value = getattr(expect, name)
        if value is not UNSET:
            wanted[name] = Decimal(value) if name == "high" and value else value
    return [f"{name}: {getattr(fig, name)!r}, expected {want!r}"
            for name, want in wanted.items() if getattr(fig, name) != want]


@pytest.mark.parametrize("example", [_param(e) for e in CORPUS])
def test_find_zh(example: Example) -> None:
    """Exactly the marked figures, with the expected fields, and the rules that built them."""
    figures, _ = find_zh(Document(example.text))
    assert [(f.start, f.end) for f in figures] == list(example.spans), \
        [f.text for f in figures]
    for fig, expect in zip(figures, example.expects, strict=True):
        assert fig.text == example.text[fig.start:fig.end]
        assert not _differences(fig, expect), (fig.text, _differences(fig, expect))
        assert fig.rules[0] in ("zh_numeral", "zh_half_price"), fig.rules


def test_offsets_point_into_original_text() -> None:
    text = "销售额１２３，４５６元，同比增长３５％。"
    figures, _ = find_zh(Document(text))
    assert [(f.text, f.value) for f in figures] == [
        ("１２３，４５６元", Decimal(123456)), ("３５％", Decimal(35))]


def test_full_width_comma_between_ascii_numbers_separates_them() -> None:
    figures, _ = find_zh(Document("价格：$20，300美圆"))
    assert [(f.text, f.value, f.currency) for f in figures] == [
        ("$20", Decimal(20), "USD"), ("300美圆", Decimal(300), "USD")]


def test_english_text_is_left_alone() -> None:
    assert find_zh(Document("Sales rose 35% to 1.3 million yuan.")) == ([], [])


def test_english_sentences_in_a_chinese_text_are_left_to_the_english_side() -> None:
    figures, _ = find_zh(Document("中国邮政 said 5 men sold 1.3 million yuan, up 35%. 销售3成"))
    assert [f.text for f in figures] == ["3成"]


def test_vetoes_cover_dates_and_registration_numbers() -> None:
    text = "2021年1月28日，京ICP备15035540号"
    _, vetoes = find_zh(Document(text))
    assert {"2021年1月28日", "京ICP备15035540号"} <= {text[a:b] for a, b in vetoes}


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


# Tokens for the veto patterns: their first characters, what follows, and names.
_VETO_TOKENS = [*"0123456789 一二两三四五六七八九十百千〇零○初第前",
                *"年月日号號份点點时時分半整季度世纪届大-·.:：()（GgAa$号码",
                "ICP备", "电话", "Tel ", "iPhone ", "COVID-", "PM", "RMB", "中全会", "十四五",
                "双11", "618", "期间", "公网安备", "订单号", "SH", ".HK", "国发", "四个全面",
                "www.", "400-", "138", "010-"]
_ZH_SAMPLES = sorted((Path(__file__).resolve().parent.parent / "samples").glob("zh-*.txt"))


def _same_as_unguarded(text: str) -> None:
    for name, pattern in zh.VETOES:
        if pattern.pattern not in zh._UNGUARDED:
            continue
        source, lists = zh._UNGUARDED[pattern.pattern]
        reference = regex.compile(source, regex.VERBOSE, **lists)
        assert [m.span() for m in pattern.finditer(text)] == \
            [m.span() for m in reference.finditer(text)], name


@pytest.mark.parametrize("path", _ZH_SAMPLES, ids=lambda p: p.stem)
def test_guarded_vetoes_on_the_samples(path: Path) -> None:
    _same_as_unguarded(normalise(path.read_text(encoding="utf-8")))


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_VETO_TOKENS), min_size=1, max_size=25).map("".join))
def test_guarded_vetoes_match_as_without_the_guard(text: str) -> None:
    _same_as_unguarded(text)


# What _currency_after replaced: the names as a regex word list (its longest reading).
_CURRENCY_AFTER = regex.compile(r"[ ]{0,2}(?:[个個枚][ ]{0,3})?(?P<cur>\L<words>)",
                                words=sorted(zh._ZH_CURRENCIES))
_CURRENCY_TOKENS = [*" 个個枚元块塊钱圆人民币港美日欧澳加x5", "美元", "港元", "人民币元", "欧元",
                    "比特币", "新台币", "瑞士法郎", "元人民幣"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_CURRENCY_TOKENS), min_size=1, max_size=12).map("".join))
def test_currency_after_reads_as_the_word_list(text: str) -> None:
    for pos in range(len(text) + 1):
        match = _CURRENCY_AFTER.match(text, pos)
        expected = None if match is None else (match.group("cur"), match.end())
        assert zh._currency_after(text, pos) == expected


# find_zh skips reading an ASCII number with only ASCII text around it (it is never a
# Chinese figure): the same figures as reading every number, Chinese beside it or far.
MIXED_TOKENS = [*"0123456789 .,-%$k", "km", "US$", "USD", "RMB", "the ", "x" * 12,
                " " * 9, "元", "亿", "万", "个", "折", "%", "年", "，", "。", "中文", "人民币",
                "三", "十", "分之", "又", "ICP备", "号", "G", "kK"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(MIXED_TOKENS), min_size=1, max_size=30).map("".join))
def test_ascii_numbers_skipped_as_if_read(text):
    doc = Document(text)
    fast = find_zh(doc)
    original = zh._ASCII_DIGITS
    zh._ASCII_DIGITS = frozenset()  # read every number
    try:
        assert fast == find_zh(doc)
    finally:
        zh._ASCII_DIGITS = original


# find_vetoes skips a veto in a window that holds none of the characters VETO_NEEDS says
# its every match holds: checked on every match in the corpus and the samples, and on
# random windows of random text against searching every veto.
SAMPLES = sorted((Path(__file__).resolve().parent.parent / "samples").glob("*.txt"))
VETO_TOKENS = [*"0123456789 .:-()·年月日号號初点點时時第届全会大中世纪季度前一二三四五十百",
               "I", "ICP备", "备案号", "国发", "批准文号", "四个全面", "一带一路", "三农", ".SH",
               ".HK", "10:30", "the ", "中文", "600", "20", "2021"]


def test_every_veto_match_holds_a_needed_character():
    texts = [normalise(e.text) for e in CORPUS]
    texts += [normalise(p.read_text(encoding="utf-8")) for p in SAMPLES]
    patterns = dict(zh.VETOES)
    for name, needs in zh.VETO_NEEDS.items():
        for text in texts:
            for match in patterns[name].finditer(text):
                assert not needs.isdisjoint(match.group()), (name, match.group())


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(VETO_TOKENS), min_size=1, max_size=30).map("".join),
       st.lists(st.integers(0, 200), min_size=2, max_size=6))
def test_vetoes_skipped_as_if_searched(text, cuts):
    norm = normalise(text)
    bounds = sorted({min(c, len(norm)) for c in cuts})
    windows = list(zip(bounds[::2], bounds[1::2], strict=False))
    fast = zh.find_vetoes(norm, windows)
    original = zh.VETO_NEEDS
    zh.VETO_NEEDS = {}  # search every veto in every window
    try:
        assert fast == zh.find_vetoes(norm, windows)
    finally:
        zh.VETO_NEEDS = original
