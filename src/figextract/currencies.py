"""Currency names, symbols and ISO 4217 codes, for the money rules.

The tables come from CLDR through babel, written once to data/currencies.json by
scripts/build_currency_data.py (so babel is not imported at run time), plus the press
spellings CLDR lacks; the script says what was added and what was left out and why.

Known ambiguities, left to the caller's context:
- bare "$" is USD here; "HK$", "C$", "NT$" ... are matched as longer symbols first;
- bare "¥" is CNY here, but it is also the yen sign: the pipeline reads JPY when the text
  says yen or Japan;
- "pound"/"pounds" are GBP here and also a mass in units.py: only a money context (a "£"
  nearby, "sterling", "British") should make them money.
"""

from __future__ import annotations

import json
import re
from decimal import Decimal
from pathlib import Path

_DATA = json.loads((Path(__file__).parent / "data" / "currencies.json").read_text("utf-8"))

ISO_CODES: frozenset[str] = frozenset(_DATA["iso_codes"])
"""Every ISO 4217 code CLDR knows, current and historical (FIM, DEM, ESP, NLG ...)."""

CURRENCY_WORDS: dict[str, str] = _DATA["words"]
"""Lower-cased currency names and press spellings (English and Chinese) -> ISO code."""

CURRENCY_SYMBOLS: dict[str, str] = _DATA["symbols"]
"""Symbols and prefixed symbols as written ("$", "US$", "HK$", "€", "¥") -> ISO code."""

MINOR_UNITS: dict[str, tuple[str, Decimal]] = {
    # cents of an unnamed currency: USD, like a bare "$"; "50 euro cents" is the caller's
    "cent": ("USD", Decimal("0.01")),
    "cents": ("USD", Decimal("0.01")),
    "penny": ("GBP", Decimal("0.01")),
    "pennies": ("GBP", Decimal("0.01")),
    "pence": ("GBP", Decimal("0.01")),
    "paise": ("INR", Decimal("0.01")),
    "kopeck": ("RUB", Decimal("0.01")),
    "kopecks": ("RUB", Decimal("0.01")),
    "satoshi": ("BTC", Decimal("0.00000001")),
    "satoshis": ("BTC", Decimal("0.00000001")),
}
"""Minor-unit names -> (ISO code, value of one in the major unit).

Left out: Chinese 角/毛/分 (分 is also "points" and "minutes"; the Chinese rules read them
in context), "p" for pence (too short to trust), "dime"/"nickel" (not seen in press text).
"""

_SYMBOLS_FOLDED = {symbol.lower(): code for symbol, code in CURRENCY_SYMBOLS.items()}
_SPACES = re.compile(r"\s+")


def currency_code(word: str) -> str | None:
    """ISO code of a currency word, phrase, symbol or code; None when it is none of these.

    ISO codes count only in upper case ("ALL" is the Albanian lek, "all" is a word); names
    are matched case-insensitively; symbols as written first, then case-insensitively
    ("us$" in lower-cased newswire).
    """
    key = _SPACES.sub(" ", word.strip())
    if key in ISO_CODES:
        return key
    if key in CURRENCY_SYMBOLS:
        return CURRENCY_SYMBOLS[key]
    folded = key.lower()
    return CURRENCY_WORDS.get(folded) or _SYMBOLS_FOLDED.get(folded)
