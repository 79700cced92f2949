"""The fast scanners find exactly what the one-pattern scans they replace would find.

rules/not_figures.veto_spans runs each alternative of VETOES on its own (some only where
their finder says they can start) and merges the matches; rules/numerals.scan tries
PATTERN only at anchors (digits, number words, found in the text lower-cased) after
stepping back over what may stand before them. Both are speed tricks: the reference
scans here (one VETOES.finditer; PATTERN.search from where the last numeral ended) say
what they must give, on the samples and on token soups made to hit their edges."""

from __future__ import annotations

from pathlib import Path

import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from figextract.document import normalise
from figextract.rules import not_figures, numerals

SAMPLES = sorted((Path(__file__).resolve().parent.parent / "samples").glob("*.txt"))

VETO_TOKENS = [*"0123456789 -./:,+()#@\n", "No. ", "Jan ", "2021", " pm", "COVID-19",
               "\n1. ", "@x.com", "tel: ", "call ", "Section 3", "©", "v2.0.1", "19th",
               "abc", "Tel", "10:30", "1995-01", "1/28/2021", "400-820-8888", "EMS: ", "|",
               "Su-27", " s-1", "é-5", "_x-2", "v", "1.2", ".3", "٣", "Stock code",
               "P.O. Box", "Chang'e", "Long March", "Room", "#", " # ", "Nos", "(c)", "(C)",
               "Copyright ", "COPYRIGHT", "Dial ", "RING ", "Telephone ", "phone ", "hotline",
               " us ", "at ", "İ", "ſ", "January", "May", "Sept.", "of ", "1st", "th", "  ",
               " a.m.", "P.M.", "AM", " o'clock", " to ", " and ", "10.30", "½", "¾"]
NUMERAL_TOKENS = [*"0123456789 -./,+$€¥½abmkMB%^", "US$", "HK$", "RMB", "usd ", " million",
                  " billion", "two", "twenty", "-five", " and ", "a ", "hundred", "minus ",
                  "negative ", "thousand", "dozen", "half", "third", "x10^", "e5", "mn", "bn",
                  "USD", "C $", "us $", "point ", "Rs", "an ", "six", "Ten", "teen", "ty",
                  "th", "s", "FOUR", "quarter", "seventh", "eighty", "nine", "lakh", "x",
                  # what may stand around a plain digit run (numerals._plain_number)
                  "  ", "\n", "(", ")", "[", "]", '"', "'", ":", ";", "%", "?", "×", "^",
                  "and", "Million", "mln", "crore", "tn", "T", "X", "h", "c", "l", "z", "٣"]


def soup(tokens: list[str]) -> st.SearchStrategy[str]:
    return st.lists(st.sampled_from(tokens), min_size=1, max_size=25).map("".join)


def reference_vetoes(norm: str) -> list[tuple[int, int, str]]:
    spans = []
    for match in not_figures.VETOES.finditer(norm):
        rule = match.lastgroup or "veto"
        if rule == "phone" and not not_figures._looks_like_phone(match.group()):
            continue
        spans.append((match.start(), match.end(), rule))
    return spans


def reference_scan(norm: str) -> list[numerals.Numeral]:
    found: list[numerals.Numeral] = []
    pos = 0
    while (match := numerals.PATTERN.search(norm, pos)) is not None:
        numeral = numerals._build(match)
        if numeral is not None:
            found.append(numeral)
            pos = numeral.end
        else:
            pos = match.end()
        if pos <= match.start():
            pos = match.start() + 1
    return found


@pytest.mark.parametrize("path", SAMPLES, ids=lambda p: p.stem)
def test_on_the_samples(path):
    norm = normalise(path.read_text(encoding="utf-8"))
    assert not_figures.veto_spans(norm) == reference_vetoes(norm)
    assert numerals.scan(norm) == reference_scan(norm)


@settings(max_examples=400, deadline=None)
@given(soup(VETO_TOKENS))
def test_veto_spans_as_one_pattern(text):
    assert not_figures.veto_spans(text) == reference_vetoes(text)


@settings(max_examples=400, deadline=None)
@given(soup(NUMERAL_TOKENS))
def test_scan_as_one_pattern(text):
    assert numerals.scan(text) == reference_scan(text)


@pytest.mark.parametrize(("text", "spans"), [
    ("COVID-191@x.comx@x.com", [(0, 9, "named"), (10, 22, "email")]),  # a later alternative
])
def test_veto_found_past_an_earlier_alternatives_match(text, spans):
    assert not_figures.veto_spans(text) == spans


# "labelled" runs only in windows around numbers with a label word before them: every
# label, in the shapes it takes, is found there as the whole text's scan finds it.
LABEL_SHAPES = ["{} 5", "x {}.5", "({}: #12,3/4-5a)", "{}  #  7b.", "{}.:5", "a{} 5", "5{}5",
                "{} ½", "{} 5½", "{} 5/½7b", "{0} ½{0} 3a"]
MULTI_WORD_LABELS = ["Stock code", "stock code", "P.O. Box", "Chang'e", "Long March", "#"]


# "copyright" and "dialled" are tried where their words start in the text lower-cased.
@pytest.mark.parametrize("text", [
    "© 2021", "(c)2021", "(C) 2021", "Copyright 2021-2022", "COPYRIGHT © 2021",
    "copyright copyright 2021", "Call 11183", "DIAL 95580", "ring us at 400 820 8888",
    "Telephone the hotline on (010) 1234-5678", "phone 12345", "xcall 12345",
    "telephone12345", "COPYRİGHT 2021", "during 12345", "recall 12345", "Callcall 12345",
    "telephonephone 12345", "©©2021", "(c)(C) 2021",
])
def test_words_of_case_insensitive_vetoes_found_lower_cased(text):
    assert not_figures.veto_spans(text) == reference_vetoes(text)


# month_day, month_year and day_month are tried where a month's name starts, and at the
# day before it.
@pytest.mark.parametrize("text", [
    "Jan. 28, 2021", "28 January 2021", "1st of May, 2020", "3rd   of   March", "May 2022",
    "12th Sept.", "the 5 of June", "5of June", "roof May 5", "x28 May", "2 Mar", "123 May",
    "March 2022-23", "Sept 2021 and 4 Oct", "1 1 Jan", "Mayday 5", "31st  Dec.,  2019",
])
def test_dates_with_month_names_found_from_the_names(text):
    assert not_figures.veto_spans(text) == reference_vetoes(text)


# "time" is tried before colons, am/pm and o'clock.
@pytest.mark.parametrize("text", [
    "10:30", "9:05:30 am", "3 pm", "3pm", "10 a.m.", "3-5 pm", "3 to 5 PM", "10 and 11 am",
    "10.30 pm", "2.1 pm", "10 o'clock", "10   o'clock", "12  -  1 p.m.", "5.10.30 pm",
    "13 pm", "I am 12", "09 AM", "1:2 ratio", "in 2021:", "3 -  4   Pm", "AM", "to pm",
    "and 5 pm", " May of", "of May", "xx May of", "3 am½", "3 pm²", "3 amé", "3 pm\u0301",
    "3 PM_", "3 am5", "10 a.m", "3 pm.", "3 pmpm", "3 ampm 4 pm", "3 pm\u203f",
])
def test_times_found_from_their_marks(text):
    assert not_figures.veto_spans(text) == reference_vetoes(text)


# "list_item" is tried at the text's start and at line breaks before spaces, a "(" and
# a digit.
@pytest.mark.parametrize("text", [
    "1. Go", "x\n2) Next", "x\n   (3. Go", "x\n(12) Go", "x\n123. Go", "x\n\n4. a",
    "x\r\n5. Go", "  6. Go", "x\n7.Go", "x\n(x) 8. Go", "(9) Go\n10) Stop",
])
def test_list_items_found_from_line_starts(text):
    assert not_figures.veto_spans(text) == reference_vetoes(text)


# "code_after_label" is tried before runs of five digits or more.
@pytest.mark.parametrize("text", [
    "EMS: 11183", "EMS:11183", "|  123456", "a\n   55555 x", "55555", "  55555", "a 55555",
    "1234 55555", "x: 1234567,8", "x: 12345 yuan", "x:\n 12345", ":12345:67890", "1:23456",
])
def test_codes_after_labels_found_from_the_digits(text):
    assert not_figures.veto_spans(text) == reference_vetoes(text)


# "split_number", "company_no" and "phone" are tried where the digits they hold begin.
@pytest.mark.parametrize("text", [
    "245 23 yen", "1 245 23", "x245 23", "1187654-X", "a1187654-X", "-1187654-X",
    "+86 10 6512 3456", "+(86) 10-6512-3456", "(+86) 10.6512.3456", "(010) 6512 3456",
    "400-820-8888", "12345 678", "3.14 15", "tel+86 10 65", "a(86) 10 65", "1)2 34",
])
def test_digit_led_vetoes_found_from_their_digits(text):
    assert not_figures.veto_spans(text) == reference_vetoes(text)


def test_label_last_words_read_from_the_pattern():
    assert {"No", "Nos", "code", "Box", "e", "March", "ticker", "Ticker", "iPhone",
            "Registration"} <= not_figures._LABEL_LAST_WORDS
    assert len(not_figures._LABEL_LAST_WORDS) > 100


@pytest.mark.parametrize("label", sorted(not_figures._LABEL_LAST_WORDS) + MULTI_WORD_LABELS)
def test_every_label_found_in_its_window(label):
    for shape in LABEL_SHAPES:
        text = shape.format(label)
        assert not_figures.veto_spans(text) == reference_vetoes(text), text


@pytest.mark.parametrize(("text", "span"), [
    ("HK$negative 1", (0, 13)),  # a symbol, then a sign word
    ("usd minus 4", (4, 11)),  # the code cannot take "minus 4": the sign word alone does
])
def test_scan_steps_back_over_what_stands_before(text, span):
    assert [(n.start, n.end) for n in numerals.scan(text)] == [span]


# The anchors as a case-insensitive word list would find them in the text as written;
# numerals.scan finds them with a case-sensitive trie in the text lower-cased.
REFERENCE_ANCHOR = regex.compile(r"\d+|[½¼¾⅓⅔⅕⅖⅗⅘⅛⅜⅝⅞]|\b(?i:\L<words>)\b",
                                 words=numerals.NUMERAL_WORDS)


def every_word(case):
    return " ".join(case(word) + tail for word in numerals.NUMERAL_WORDS
                    for tail in ("", "s", "th", "teen", "-", "x", "2"))


@pytest.mark.parametrize("text", [
    every_word(str.lower), every_word(str.upper), every_word(str.title),
    "ſix THOUſAND fİve fİfty laKh İ 5İ ſ",  # characters (?i) folds to ASCII letters
    "éight twoé _one one_ ²one 3three ½ 12.5",
    "½million ½½ 2½ ٣one one٣ five6 a12b 7-eight",  # digits and words side by side
    # where re's \w and regex's \w differ (numerals finds words with re between ASCII)
    "½one one½ ⅓two e\u0301one one\u0301 one\u203ftwo \u203fsix one\u200dten ⁵five",
    "“one” ‘two’ «three» one—two one…two ①one ²one³ ten\u00a0ten",
])
def test_anchors_as_a_word_list(text):
    assert numerals._anchors(text) == [m.span() for m in REFERENCE_ANCHOR.finditer(text)]


def test_both_numeral_patterns_number_their_groups_alike():
    # numerals._build reads groups by number from matches of either pattern
    assert numerals.NUMBER_PATTERN.groupindex == numerals.PATTERN.groupindex


@pytest.mark.parametrize("text", [
    "", "12 ½ 3", "½½5¾", "no digits", "٣٤ 5⅞ ⅓x", "2021-22 ⅛", "5", "⅝",
])
def test_digit_anchors_as_one_pattern(text):
    assert numerals.digit_anchors(text) == [m.span() for m in numerals._DIGIT_ANCHOR.finditer(text)]
