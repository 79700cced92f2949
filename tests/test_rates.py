"""ECB reference rates: cross rates through the euro, nearest earlier day, no guesses."""

from __future__ import annotations

import datetime
import subprocess
import sys
from decimal import Decimal

import pytest

from figextract.rates import convert, is_currency_code, latest_rate_date, reference_rate

D = datetime.date

RATES = [
    # (from, to, asked, rate, rate date) -- figures from the ECB's published tables
    ("USD", "CNY", D(2021, 1, 28), "6.4698", D(2021, 1, 28)),  # 7.8226 / 1.2091
    ("EUR", "USD", D(2021, 1, 28), "1.2091", D(2021, 1, 28)),  # published, not rounded
    ("EUR", "CNY", D(2021, 1, 28), "7.8226", D(2021, 1, 28)),
    ("usd", "cny", D(2021, 1, 28), "6.4698", D(2021, 1, 28)),  # codes in any case
    ("USD", "CNY", D(2021, 1, 30), "6.4310", D(2021, 1, 29)),  # Saturday -> Friday: 7.8047/1.2136
    ("USD", "CNY", D(2021, 1, 31), "6.4310", D(2021, 1, 29)),  # Sunday -> Friday
    ("EUR", "USD", D(2021, 4, 5), "1.1746", D(2021, 4, 1)),  # Easter Monday -> Thursday
    ("USD", "USD", D(2021, 1, 28), "1", D(2021, 1, 28)),
    ("RUB", "EUR", D(2021, 1, 28), "0.010824", D(2021, 1, 28)),  # 1 / 92.3842
]


@pytest.mark.parametrize(("src", "dst", "on", "rate", "day"), RATES,
                         ids=[f"{r[0]}-{r[1]}-{r[2]}" for r in RATES])
def test_reference_rate(src, dst, on, rate, day):
    assert reference_rate(src, dst, on) == (Decimal(rate), day)


def test_cross_rate_is_the_ratio_of_euro_quotes():
    usd = reference_rate("EUR", "USD", D(2021, 1, 28))[0]
    cny = reference_rate("EUR", "CNY", D(2021, 1, 28))[0]
    assert reference_rate("USD", "CNY", D(2021, 1, 28))[0] == round(cny / usd, 4)


@pytest.mark.parametrize(
    ("src", "dst", "on"),
    [
        ("FIM", "USD", D(2021, 1, 28)),  # the markka died with the euro: no ECB quote
        ("USD", "FIM", None),
        ("DEM", "EUR", D(1998, 6, 1)),
        ("RUB", "USD", D(2023, 6, 1)),  # the ECB stopped quoting the rouble in March 2022
        ("LTL", "EUR", None),  # the litas gave way to the euro in 2015
        ("USD", "CNY", D(1990, 1, 2)),  # before the ECB's first rates (4 January 1999)
        ("XYZ", "USD", None),
        ("TWD", "USD", D(2021, 1, 28)),  # a live currency the ECB does not quote
    ],
)
def test_no_rate_is_none_never_a_guess(src, dst, on):
    assert reference_rate(src, dst, on) is None
    assert convert(Decimal("100"), src, dst, on) is None


def test_latest_rate():
    latest = latest_rate_date()
    rate, day = reference_rate("USD", "CNY", None)
    assert day == latest
    assert reference_rate("USD", "CNY", latest) == (rate, day)
    assert reference_rate("USD", "CNY", latest + datetime.timedelta(days=400)) == (rate, day)


CONVERSIONS = [
    ("1300000", "CNY", "USD", D(2021, 1, 28), "200928.00", "0.15456"),  # 1.2091 / 7.8226
    ("201380", "USD", "CNY", D(2021, 1, 28), "1302888.32", "6.4698"),
    ("100", "EUR", "USD", D(2021, 1, 28), "120.91", "1.2091"),
    ("1", "JPY", "USD", D(2021, 1, 28), "0.0095808", "0.0095808"),  # 1.2091 / 126.20
]


@pytest.mark.parametrize(("amount", "src", "dst", "on", "value", "rate"), CONVERSIONS,
                         ids=[f"{c[0]} {c[1]}->{c[2]}" for c in CONVERSIONS])
def test_convert(amount, src, dst, on, value, rate):
    assert convert(Decimal(amount), src, dst, on) == (Decimal(value), Decimal(rate), on)


@pytest.mark.parametrize(("code", "valid"), [("USD", True), ("usd", True), ("CNY", True),
                                             ("FIM", True), ("XYZ", False), ("", False),
                                             ("US", False), ("dollar", False)])
def test_is_currency_code(code, valid):
    assert is_currency_code(code) is valid


def test_import_does_not_load_currencyconverter():
    code = "import sys, figextract.rates; print('currency_converter' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
