"""Properties that hold for any input: extraction never raises, every record's text is
exactly the span it points to, and values are exact decimals (no float noise)."""

from __future__ import annotations

import json
from decimal import Decimal

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from figextract import extract

# The pieces press text is made of where figures stand: numerals in every notation,
# currency symbols and codes, scale and unit words, qualifiers, range words, dates,
# phone-like runs, CJK numerals and odd spaces and dashes.
TOKENS = [
    "1", "12", "1,736", "12,782.5", "1 414 021", "0.25", ".5", "3/4", "2 1/4", "1.3e6",
    "6.23x10^-4", "1.1^23", "-", "+", "−", "–", "~", "%", "percent", "per cent", "pct",
    "percentage points", "pp", "$", "US$", "HK$", "C$", "c $", "us $", "€", "£", "¥", "₹",
    "₡", "RMB", "rmb", "CNY", "USD", "usd$", "MUSD", "yuan", "dollars", "U.S. dollars",
    "cents", "euros", "million", "billion", "bn", "m", "M", "MM", "k", "mil", "mn",
    "thousand", "hundred", "lakh", "crore", "one", "twenty-five", "a", "an", "half", "quarter",
    "dozen", "point", "fifths", "twenty-first", "and", "or", "to", "from", "between", "of",
    "the", "about", "over", "more than", "up to", "at least", "nearly", "minus", "(", ")",
    "[", "]", ",", ".", ";", ":", "/", "^", "x", "about $", "2021-01-28", "Jan. 28, 2021",
    "in 2020", "8610 11185", "No.", "COVID-19", "G20", "5G", "19th", "tonnes", "km", "kWh",
    "square metres", "people", "counties", "local malls", "items", "亿元", "万", "三点五",
    "约", "美元", "，", "。", "（", "）", "１２３", "\u00a0", "\u2009", "\u3000", "\n", "\t",
    "www.post.cn/?q=30%", "e", "E", "'s",
]

_SEPARATORS = st.sampled_from(["", " ", "  ", "\u00a0", "\n", "-", ","])
_PRESS_LIKE = st.lists(
    st.tuples(st.sampled_from(TOKENS), _SEPARATORS).map("".join), max_size=40
).map("".join)

_SETTINGS = settings(max_examples=300, deadline=None,
                     suppress_health_check=[HealthCheck.too_slow])


def _assert_sound(text: str) -> None:
    for fig in extract(text):
        assert text[fig.start:fig.end] == fig.text
        assert 0 <= fig.start < fig.end <= len(text)
        assert isinstance(fig.value, Decimal) and fig.value.is_finite()
        if fig.high is not None:
            assert fig.high >= fig.value
        record = fig.to_dict()
        json.dumps(record)  # serialisable as is
        if record["value"] is not None and not isinstance(record["value"], int):
            # the float printed is the decimal's own digits, never 13.750000000000002
            assert Decimal(repr(record["value"])) == Decimal(str(float(str(fig.value))))


@_SETTINGS
@given(_PRESS_LIKE)
def test_press_like_text(text: str) -> None:
    _assert_sound(text)


@_SETTINGS
@given(st.text(max_size=200))
def test_any_unicode_text(text: str) -> None:
    _assert_sound(text)


@_SETTINGS
@given(st.text(alphabet=st.sampled_from("0123456789 ,.-+%$€¥/^xe亿万元约"), max_size=80))
def test_digit_soup(text: str) -> None:
    _assert_sound(text)


def test_values_print_without_float_noise() -> None:
    text = "sales of 13.75 million yuan, 0.1 million dollars, 1.1 percent and 3.3 tonnes"
    records = [f.to_dict() for f in extract(text)]
    assert [r["value"] for r in records][:3] == [13750000, 100000, 1.1]
    assert "13750000.000000002" not in json.dumps(records)
