"""numbers.py: numerals to exact Decimals, table by table."""

from __future__ import annotations

from decimal import Decimal

import pytest

from figextract.numbers import (
    divide,
    exact,
    parse_digits,
    parse_numeral,
    parse_words,
    scale_multiplier,
)

DIGITS = [
    ("1,736", "1736"),
    ("12,782.5", "12782.5"),
    ("12,34,567.89", "1234567.89"),
    ("1 414 021 100", "1414021100"),
    ("0.25", "0.25"),
    (".25", "0.25"),
    ("+5", "5"),
    ("-3.2", "-3.2"),
    ("1.3e6", "1300000"),
    ("-12e-1", "-1.2"),
]

WORDS = [
    ("twenty-five", "25"),
    ("twenty five", "25"),
    ("one hundred and six", "106"),
    ("three thousand nine hundred and sixty five", "3965"),
    ("nineteen hundred", "1900"),
    ("a dozen", "12"),
    ("three dozen", "36"),
    ("three hundred and two dozens", "324"),
    ("a million", "1000000"),
    ("half a million", "500000"),
    ("quarter million", "250000"),
    ("a quarter million", "250000"),
    ("two and a half million", "2500000"),
    ("two million and a half", "2500000"),
    ("one billion and a half million", "1000500000"),
    ("five billion and three quarters", "5750000000"),
    ("three lakh crore", "3000000000000"),
    ("one and a half", "1.5"),
    ("one and a fourth", "1.25"),
    ("three fifths", "0.6"),
    ("three-fifths", "0.6"),
    ("twenty-three fifths", "4.6"),
    ("one twenty-fifth", "0.04"),
    ("one one hundred fifth", "0.009523809523809523809523809524"),
    ("one hundred thirty fifths", "2.857142857142857142857142857"),
    ("one hundred one thousand fifths", "0.09950248756218905472636815920"),
    ("twenty one hundredths", "0.21"),
    ("ninety-five hundred fifths", "1900"),
    ("a trillionth", "1E-12"),
    ("two hundred and fifty-four hundredths", "200.54"),
    ("two and fifty-four hundredths", "2.54"),
    ("two hundred point zero three", "200.03"),
    ("nine point nought four", "9.04"),
    ("nought point eleven", "0.11"),
    ("one point three million", "1300000"),
    ("minus five", "-5"),
    ("negative five point five", "-5.5"),
    ("zero", "0"),
]

NOT_ONE_NUMERAL = [
    "fourth",  # an ordinal
    "the fourth",
    "first",
    "twenty-first",
    "twenty fifth",  # an ordinal: a singular denominator takes "one" or "a" only
    "one hundred fifth",
    "one hundred and fifth",
    "half",  # a word, not a figure, without a numerator
    "quarter",
    "one one",
    "twenty ten",
    "five eight",
    "two million three million",
    "one hundred hundred",
    "a",
    "and",
    "point",
    "",
]

SCALES = [
    ("million", "1000000"),
    ("bn", "1000000000"),
    ("hundred thousand", "100000"),
    ("lakh crore", "1000000000000"),
    ("mln", "1000000"),
    ("M", "1000000"),
    ("k", "1000"),
]


@pytest.mark.parametrize(("text", "value"), DIGITS, ids=[t for t, _ in DIGITS])
def test_digits(text: str, value: str) -> None:
    assert exact(parse_digits(text)) == Decimal(value)


@pytest.mark.parametrize(("text", "value"), WORDS, ids=[t for t, _ in WORDS])
def test_words(text: str, value: str) -> None:
    assert parse_words(text) == Decimal(value)


@pytest.mark.parametrize("text", NOT_ONE_NUMERAL, ids=[t or "empty" for t in NOT_ONE_NUMERAL])
def test_not_one_numeral(text: str) -> None:
    assert parse_words(text) is None


@pytest.mark.parametrize(("text", "value"), SCALES, ids=[t for t, _ in SCALES])
def test_scale_multiplier(text: str, value: str) -> None:
    assert scale_multiplier(text) == Decimal(value)


@pytest.mark.parametrize(
    ("text", "value"),
    [("1.3 million", "1300000"), ("2.5bn", "2500000000"), ("twenty-five", "25"),
     ("½", "0.5"), ("12,782", "12782"), ("3.5 thousand", "3500")],
)
def test_parse_numeral(text: str, value: str) -> None:
    assert parse_numeral(text) == Decimal(value)


@pytest.mark.parametrize("text", ["NaN", "Infinity", "1,2,3x", "--5", "million dollars"])
def test_parse_numeral_rejects(text: str) -> None:
    assert parse_numeral(text) is None


def test_values_are_exact() -> None:
    """No float anywhere: 1.3 million is 1300000 with no noise, and prints so."""
    value = parse_numeral("13.75 million")
    assert value == Decimal("13750000") and str(value) == "13750000"
    assert str(parse_numeral("0.1 million")) == "100000"


def test_exact_keeps_huge_and_tiny_values() -> None:
    assert exact(Decimal("1E+40")) == Decimal(10) ** 40
    assert str(exact(Decimal("1E+40"))).isdigit()
    assert exact(Decimal("2.500")) == Decimal("2.5") and str(exact(Decimal("2.500"))) == "2.5"


def test_divide_rounds_only_what_cannot_be_exact() -> None:
    assert divide(Decimal(3), Decimal(4)) == Decimal("0.75")
    assert divide(Decimal(1), Decimal(3)) == Decimal("0." + "3" * 28)
    assert divide(Decimal(1), Decimal(105)) == Decimal("0.009523809523809523809523809524")
