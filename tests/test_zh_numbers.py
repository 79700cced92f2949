"""Chinese numerals -> exact Decimals (numbers_zh.parse_zh_number and read_zh_number)."""

from __future__ import annotations

from decimal import Decimal

import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from figextract import numbers_zh
from figextract.document import normalise
from figextract.numbers_zh import parse_zh_number, read_zh_number

VALUES = [
    # Arabic digits with multipliers
    ("3.5亿", "350000000"), ("1,234万", "12340000"), ("18.5万", "185000"),
    ("4.78万亿", "4780000000000"), ("1,100.9亿", "110090000000"), ("1000  万", "10000000"),
    ("１１.92亿", "1192000000"), ("10萬萬", "1000000000"),
    # simplified and traditional
    ("一千二百三十四", "1234"), ("两万", "20000"), ("一千零一", "1001"), ("十", "10"),
    ("十五", "15"), ("一百零一万一千", "1011000"), ("五亿零六", "500000006"),
    ("四亿五千六百四十二万零一十五", "456420015"), ("四万万", "400000000"),
    ("一万五千亿", "1500000000000"), ("三百五十一万亿", "351000000000000"),
    ("五十五兆一十二亿四万五千二", "55001200045200"), ("一百零十万", "1100000"),
    ("四十五億四千零四萬", "4540040000"), ("負四十五億零四百零四萬", "-4504040000"),
    ("零十", "10"), ("廿五", "25"),
    # abbreviated last digit, not after 零
    ("一万三", "13000"), ("四百五", "450"), ("九百九", "990"), ("千三", "1300"),
    ("九万零四百", "90400"), ("一千六点五", "1600.5"),
    # decimals, with a multiplier after them
    ("三千一百二十五點六億", "312560000000"), ("零點五", "0.5"), ("十点二三三", "10.233"),
    ("四百亿点零五零", "40000000000.05"), ("两千点零", "2000"), ("四百 点 五", "400.5"),
    # financial forms, 两/俩/仨
    ("肆佰陸拾", "460"), ("壹佰伍拾", "150"), ("倆千两百贰拾二", "2222"), ("仨", "3"),
    ("十万柒仟捌佰伍拾肆", "107854"), ("拾六萬零五百零六", "160506"),
    # mixed
    ("3万4000", "34000"), ("1亿2千万", "120000000"), ("5亿1万4千6百", "500014600"),
    ("2千零30万", "20300000"), ("7 万5 千4 百", "75400"), ("25万6千", "256000"),
    # spaced and vague
    ("两千 四 百 五", "2450"), ("三千 八百 九十六 萬 四千 九百 六十五", "38964965"),
    ("二十几万", "200000"), ("十 余 万", "100000"), ("500余万", "5000000"),
    ("一百零几万", "1000000"), ("半百", "50"),
    # signs and fractions (inexact quotients to 12 places)
    ("负三十二", "-32"), ("负1.1", "-1.1"), ("五分之一", "0.2"), ("三分之一", "0.333333333333"),
    ("一百分之五十五点五七九", "0.55579"), ("3又一千分之23", "3.023"),
    ("负一又二分之一", "-1.5"), ("负３分之负一百五十七", "52.333333333333"),
    ("一万分之三", "0.0003"), ("三百 五 又 三分  之一", "350.333333333333"),
]

NOT_NUMERALS = ["", "万", "万万", "一切", "两两", "百分之", "四川", "二三十", "点五"]


@pytest.mark.parametrize(("text", "value"), VALUES, ids=[t for t, _ in VALUES])
def test_value(text: str, value: str) -> None:
    assert parse_zh_number(normalise(text)) == Decimal(value)


@pytest.mark.parametrize("text", NOT_NUMERALS, ids=repr)
def test_not_a_numeral(text: str) -> None:
    assert parse_zh_number(text) is None


def test_values_are_exact_decimals() -> None:
    value = parse_zh_number("三千一百二十五點六億")
    assert isinstance(value, Decimal) and str(value) == "312560000000"


READS = [
    # (text, position, end, value): where a numeral inside running text ends
    ("销售额3.5亿元", 3, 7, "350000000"),
    ("新增200万千瓦", 2, 6, "2000000"),  # 万 then 千瓦: the unit is not part of the number
    ("二百五, 二百五", 0, 3, "250"),
    ("7 2 折", 0, 1, "7"),  # two digits apart are two numbers
    ("二〇二一年", 0, 4, "2021"),  # a digit string (read one by one)
]


@pytest.mark.parametrize(("text", "pos", "end", "value"), READS, ids=[r[0] for r in READS])
def test_read_in_text(text: str, pos: int, end: int, value: str) -> None:
    number = read_zh_number(normalise(text), pos)
    assert number is not None
    assert (number.end, number.value) == (end, Decimal(value))


def test_digit_string_is_marked() -> None:
    number = read_zh_number("二〇二一年", 0)
    assert number is not None and number.digit_string
    number = read_zh_number("二千零二十一", 0)
    assert number is not None and not number.digit_string


def test_docstring_examples() -> None:
    import doctest

    from figextract import numbers_zh

    assert doctest.testmod(numbers_zh).failed == 0


# ZH_NUMERAL_START as it was written first, with word lists: the character class that
# replaced it (for speed) must find the same starts.
_START_AS_LISTS = regex.compile(
    r"(?:[负負][ ]{0,3})?(?:\d|\L<digits>|\L<units>|半(?=[百千万萬成]))",
    digits=list(numbers_zh.DIGIT_CHARS), units=list(numbers_zh.UNIT_CHARS))


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=numbers_zh.NUMERAL_CHARS + "负負半成百 x5٣０½点多", max_size=30))
def test_numeral_starts_as_word_lists(text: str) -> None:
    found = [m.span() for m in numbers_zh.ZH_NUMERAL_START.finditer(text)]
    assert found == [m.span() for m in _START_AS_LISTS.finditer(text)]
