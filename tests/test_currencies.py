"""Currency tables: CLDR-derived data is fresh, press spellings and symbols resolve."""

from __future__ import annotations

import importlib.util
import json
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

import pytest

from figextract.currencies import (
    CURRENCY_SYMBOLS,
    CURRENCY_WORDS,
    ISO_CODES,
    MINOR_UNITS,
    currency_code,
)

ROOT = Path(__file__).resolve().parent.parent


def _build_script():
    spec = importlib.util.spec_from_file_location(
        "build_currency_data", ROOT / "scripts" / "build_currency_data.py"
    )
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_json_is_what_the_script_builds_from_installed_babel():
    script = _build_script()
    on_disk = json.loads(
        (ROOT / "src" / "figextract" / "data" / "currencies.json").read_text("utf-8")
    )
    assert on_disk == json.loads(script.render(script.build()))


def test_every_babel_code_is_known():
    from babel.numbers import list_currencies

    assert set(list_currencies()) <= ISO_CODES


@pytest.mark.parametrize("code", ["USD", "CNY", "EUR", "FIM", "DEM", "ESP", "NLG", "KRW"])
def test_iso_codes_current_and_historical(code):
    assert code in ISO_CODES
    assert currency_code(code) == code


WORDS = {
    "CNY": ["yuan", "renminbi", "RMB", "rmb", "Chinese yuan", "yuan renminbi",
            "元", "人民币", "人民币元", "块"],
    "USD": ["dollar", "dollars", "US dollars", "U.S. dollars", "u.s. dollar",
            "United States dollars", "American dollars", "美元", "美圆"],
    "HKD": ["Hong Kong dollars", "HK dollars", "港元", "港币", "港幣"],
    "CAD": ["Canadian dollars"],
    "AUD": ["Australian dollars"],
    "EUR": ["euro", "euros", "Euros", "欧元"],
    "GBP": ["pound", "pounds", "British pounds", "pounds sterling", "sterling", "英镑"],
    "JPY": ["yen", "Japanese yen", "日元"],
    "CHF": ["Swiss francs", "瑞士法郎"],
    "FIM": ["Finnish markka", "finnish markkas"],
    "NLG": ["Dutch guilders"],
    "INR": ["Indian rupees", "rupees"],
    "KRW": ["won", "South Korean won", "韩元"],
    "RUB": ["roubles", "Russian rubles", "卢布"],
    "TRY": ["Turkish lira"],
    "NGN": ["奈拉"],
}


@pytest.mark.parametrize(
    ("word", "code"), [(w, c) for c, ws in WORDS.items() for w in ws], ids=lambda x: str(x)
)
def test_words(word, code):
    assert currency_code(word) == code


SYMBOLS = {
    "USD": ["$", "US$", "U.S.$", "USD$", "us$"],
    "HKD": ["HK$"],
    "CAD": ["C$", "CA$"],
    "AUD": ["A$", "AU$"],
    "NZD": ["NZ$"],
    "SGD": ["S$"],
    "TWD": ["NT$"],
    "BRL": ["R$"],
    "MXN": ["MX$"],
    "EUR": ["€"],
    "GBP": ["£"],
    "CNY": ["¥", "￥", "CN¥"],
    "JPY": ["JP¥"],
    "INR": ["₹", "Rs"],
    "KRW": ["₩"],
    "RUB": ["₽"],
    "CRC": ["₡"],
    "GEL": ["₾"],
    "LAK": ["₭"],
    "LKR": ["ரூ"],
}


@pytest.mark.parametrize(
    ("symbol", "code"), [(s, c) for c, ss in SYMBOLS.items() for s in ss], ids=lambda x: str(x)
)
def test_symbols(symbol, code):
    assert currency_code(symbol) == code


@pytest.mark.parametrize(
    "word",
    ["gold", "silver", "usd", "all", "real", "bucks", "kr", "R", "P", "mile", "", "crore"],
)
def test_not_currencies(word):
    assert currency_code(word) is None


def test_gold_and_test_codes_have_no_names():
    assert "XAU" not in CURRENCY_WORDS.values()
    assert "XXX" not in CURRENCY_SYMBOLS.values()


def test_tables_are_lower_case_and_codes_known():
    assert all(w == w.lower() for w in CURRENCY_WORDS)
    assert set(CURRENCY_WORDS.values()) | set(CURRENCY_SYMBOLS.values()) <= ISO_CODES | {"BTC"}


@pytest.mark.parametrize(
    ("word", "code", "value"),
    [("cents", "USD", "0.01"), ("cent", "USD", "0.01"), ("pence", "GBP", "0.01"),
     ("penny", "GBP", "0.01")],
)
def test_minor_units(word, code, value):
    assert MINOR_UNITS[word] == (code, Decimal(value))


def test_module_does_not_import_babel():
    code = "import sys, figextract.currencies; print('babel' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
