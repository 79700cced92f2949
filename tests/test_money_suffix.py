"""rules/money.suffix_currency on the words after a number, the quick looks that tell most
words are no currency (lower-case words, punctuation) beside the words that are one."""

from __future__ import annotations

from decimal import Decimal

import pytest

from figextract.rules.money import suffix_currency


@pytest.mark.parametrize(("after", "expected"), [
    (" yuan", (6, "CNY", Decimal(1))),
    (" yuan.", (6, "CNY", Decimal(1))),
    (" Yuan", (6, "CNY", Decimal(1))),
    (" U.S. dollars", (14, "USD", Decimal(1))),
    (" swiss francs", (14, "CHF", Decimal(1))),
    (" kEUR", (6, "EUR", Decimal(1000))),  # opens with a lower-case letter, yet a code
    (" MUSD", (6, "USD", Decimal(10**6))),
    (" usd", (5, "USD", Decimal(1))),
    (" rmb", (5, "CNY", Decimal(1))),
    (" cents", (7, "USD", Decimal("0.01"))),
    ("-cent", (6, "USD", Decimal("0.01"))),
    (" soʻm", (6, "UZS", Decimal(1))),  # a symbol opening with a lower-case ASCII letter
    (" zł", (4, "PLN", Decimal(1))),
    (" €", (3, "EUR", Decimal(1))),
    (" local", None),
    (" tonnes.", None),
    (")", None),
    (", 5", None),
    (" (RM", None),
    (" $20", None),  # the next amount's symbol
    (" yuan5", None),
    (" İ", None),
])
def test_suffix_currency(after, expected):
    assert suffix_currency("5" + after, 1) == expected
