"""The pipeline's own stages: vetoes, overlaps, carried currencies, ids, positions."""

from __future__ import annotations

from decimal import Decimal

import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from figextract import pipeline, sentences
from figextract.figure import Figure
from figextract.pipeline import _drop_overlaps, _drop_vetoed, detect_lang, extract


def fig(start: int, end: int, kind: str = "count") -> Figure:
    return Figure(kind=kind, start=start, end=end, text="x" * (end - start), value=Decimal(1))


def test_vetoes_drop_every_overlapping_figure() -> None:
    figures = [fig(0, 3), fig(5, 9), fig(20, 22), fig(40, 45)]
    kept = _drop_vetoed(figures, [(4, 6), (18, 30)])
    assert [(f.start, f.end) for f in kept] == [(0, 3), (40, 45)]


def test_a_long_veto_far_back_still_counts() -> None:
    figures = [fig(50, 52)]
    vetoes = [(0, 100)] + [(i, i + 1) for i in range(10, 40, 2)]
    assert _drop_vetoed(figures, vetoes) == []


def test_longest_overlapping_figure_wins() -> None:
    kept = _drop_overlaps([fig(0, 3), fig(0, 8), fig(6, 10), fig(12, 14)])
    assert [(f.start, f.end) for f in kept] == [(0, 8), (12, 14)]


def test_ids_lines_columns_and_sentences() -> None:
    text = "Intro line.\nIt sold 875 local malls. Then 31 provinces joined."
    figures = extract(text)
    assert [f.id for f in figures] == ["F1", "F2"]
    assert (figures[0].line, figures[0].column) == (2, 9)
    assert figures[0].sentence == "It sold 875 local malls."
    assert figures[1].sentence == "Then 31 provinces joined."
    assert all(text[f.start:f.end] == f.text for f in figures)


def test_currency_carries_to_bare_scaled_amounts_in_the_sentence() -> None:
    text = ("It spent 60 million yuan in Hunan, 25 million in Sichuan and 15 million in "
            "Yunnan. Another 5 million came later.")
    figures = extract(text)
    assert [(f.text, f.kind, f.currency) for f in figures] == [
        ("60 million yuan", "money", "CNY"),
        ("25 million", "money", "CNY"),
        ("15 million", "money", "CNY"),
        ("5 million", "count", None),
    ]


def test_offsets_point_into_the_original_text_after_normalising() -> None:
    text = "收入１２３，４５６元 and sales of\u00a01.3\u00a0million yuan"
    figures = extract(text)
    assert figures, "figures found"
    assert all(text[f.start:f.end] == f.text for f in figures)


@pytest.mark.parametrize("text, lang", [
    ("China Post sold 1.3 million yuan of produce.", "en"),
    ("中国邮政2021年农产品销售额达3.5亿元，同比增长35%。", "zh"),
    ("China Post (中国邮政) sold 1.3 million yuan of produce in 875 malls.", "en"),
], ids=["english", "chinese", "english-quoting-a-chinese-name"])
def test_detect_lang(text: str, lang: str) -> None:
    assert detect_lang(text) == lang


def test_kind_filter_keeps_the_unfiltered_ids() -> None:
    text = "Sales rose 35 percent to 1.3 million yuan in 875 local malls."
    figures = extract(text, kinds=["count"])
    assert [(f.id, f.text) for f in figures] == [("F3", "875")]


def test_a_huge_sentence_is_cut_around_the_figure() -> None:
    text = "word " * 100_000 + "sold 875 local malls " + "word " * 100_000
    (figure,) = extract(text)
    assert len(figure.sentence) <= 1002
    assert "875 local malls" in figure.sentence
    assert figure.sentence.startswith("…") and figure.sentence.endswith("…")


def test_chinese_rules_look_only_near_chinese_on_an_english_page() -> None:
    from figextract.pipeline import CHINESE_MARGIN, _chinese_windows

    text = "Sales of 875 malls. " * 50 + "中文" + " Sales of 31 provinces." * 50
    windows = _chinese_windows(text)
    assert windows is not None and len(windows) == 1
    start, end = windows[0]
    assert end - start == 2 + 2 * CHINESE_MARGIN
    assert _chinese_windows("中国邮政收入3.5亿元。") is None  # mostly Chinese: everywhere
    figures = extract(text + " 收入3.5亿元")
    assert figures[-1].text == "3.5亿元" and figures[-1].value == 350000000


# sentences._END as first written, its lookbehind before the stop: the faster form (the
# lookbehind after the stop) must end the same sentences.
_END_FIRST_WRITTEN = regex.compile(
    r"""
    (?<!\b[A-Z]|\b(?:Mr|Mrs|Ms|Dr|St|Co|Inc|Ltd|Corp|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|
                    Oct|Nov|Dec|No|Nos|vs|etc|approx|Gov|Prof|Sen|Rep|Jr|Sr|Dept|Mt))
    [.!?][)"'”’]*[ ]+(?=[A-Z"“‘(\[\d])
  | [。！？；]
  | \n
    """,
    regex.VERBOSE,
)
_SENTENCE_TOKENS = [*". !?)\"'”’A a5(\n。；", "U.S", "Mr", "No", "Jan", "etc", "Sept", "xMr",
                    "B.", "Inc."]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_SENTENCE_TOKENS), max_size=20).map("".join))
def test_sentence_ends_as_first_written(text: str) -> None:
    assert [m.end() for m in sentences._END.finditer(text)] == \
        [m.end() for m in _END_FIRST_WRITTEN.finditer(text)]


@pytest.mark.parametrize("text", [
    "Copyright 2021 China Post. All rights reserved.\n京ICP备15035540号\n",
    "“Quoted” — 5 km · 中文 | English ￥300，售价 and 3,000 元。",
    "中文" * 50 + " 5 " + "“x”" * 20,  # mostly Chinese: searched whole
    "plain ASCII only", "", "\ud800 lone surrogate 中",
])
def test_cjk_runs_as_the_whole_text_search(text):
    found = [m.span() for m in pipeline._cjk_runs(text)]
    assert found == [m.span() for m in pipeline._CJK_RUN.finditer(text)]
