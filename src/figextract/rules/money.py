"""Money: the currency written after a number ("1.3 million yuan", "5 U.S. dollars", "2
billion USD", "50 cents"), and the reading of a currency written before it."""

from __future__ import annotations

from decimal import Decimal

import regex

from ..currencies import CURRENCY_SYMBOLS, CURRENCY_WORDS, ISO_CODES, MINOR_UNITS, currency_code
from ..numbers import parse_words

# English currency words only: the Chinese names are read by rules/zh.py. "pound(s)" is
# left out of the suffix words: after a number it is as often a weight ("2,204.62
# pounds"); it counts as money only with "sterling" or "British" (in the table).
_ENGLISH_WORDS = sorted(
    (w for w in CURRENCY_WORDS if w.isascii() and w not in ("pound", "pounds")),
    key=len,
    reverse=True,
)

# Codes that are not ISO 4217 but stand after amounts in the press like one.
EXTRA_CODES = {"BTC": "BTC", "XBT": "BTC"}
# Lower-case codes are read only for the common currencies: "all", "try", "top", "cup"
# and "mop" are words far more often than the Albanian lek or the Tongan pa'anga.
LOWER_CODES = {code.lower(): code for code in ("USD", "EUR", "GBP", "JPY", "CNY", "HKD",
                                               "CAD", "AUD", "CHF", "SGD", "INR", "NZD")}
LOWER_CODES["rmb"] = "CNY"
# Symbols written after the number ("10 €", "100 ₡", "100,000 ₭"): the non-letter ones.
_SUFFIX_SYMBOLS = sorted(
    (s for s in CURRENCY_SYMBOLS
     if " " not in s and len(s) <= 4 and not s.replace(".", "").isascii()
     or s in ("$", "US$", "HK$", "C$", "A$", "NT$", "S$", "R$")),
    key=len,
    reverse=True,
)
# "M" and "k" before a code are the finance pages' million and thousand: "30 MUSD", "kEUR".
_MULTIPLES = {"M": Decimal(10**6), "MM": Decimal(10**6), "k": Decimal(10**3),
              "K": Decimal(10**3)}

SUFFIX = regex.compile(
    r"""
    (?:[ ]*|-)                                   # "5 dollars", "a 12-cent dividend"
    (?:
        (?P<word>(?i:\L<words>))(?![\w])       # yuan, U.S. dollars, euros, Swiss francs
      | (?P<multiple>MM|M|k|K)?(?P<code>\L<codes>)(?![\w])   # USD, CNY, MUSD, kEUR
      | (?P<lower>\L<lower>)(?![\w])           # usd, rmb
      | (?P<minor>(?i:\L<minor>))(?![\w])      # cents, pence
      | (?<=[\d ])(?P<symbol>\L<symbols>)(?![\w$]|[ ]?\d)   # 10 €, 100₾ (not "10 $20")
    )
    """,
    regex.VERBOSE,
    words=_ENGLISH_WORDS,
    codes=sorted({*ISO_CODES, *EXTRA_CODES}),
    lower=sorted(LOWER_CODES),
    minor=sorted(MINOR_UNITS, key=len, reverse=True),
    symbols=_SUFFIX_SYMBOLS,
)

# A scale word after the code: "75 USD million"
SCALE_AFTER = regex.compile(r"[ ]+(?P<scale>(?i:thousand|million|billion|trillion|mn|bn))\b")

# Cents after whole units: "3 dollars 50 cents", "thirteen dollars and forty-five cents",
# "15 dollars and 50", "17 USD 25". Without "cents" the part must end the clause.
CENTS_AFTER = regex.compile(
    r"""
    [ ]+(?:and[ ]+)?
    (?P<part>\d{1,2}|[a-z]+(?:-[a-z]+)?)
    (?:
        [ ]+(?P<minor>cents?|pence)\b
      | (?=[ ]*(?:[.,;:!?)]|$)|[ ]+more\b)
    )
    """,
    regex.VERBOSE,
)
# currencies whose minor unit is a hundredth and is spoken after the whole units
_HUNDREDTHS = frozenset("USD EUR GBP CAD AUD NZD HKD SGD CHF INR".split())

SCALE_WORDS = {"thousand": Decimal(10**3), "million": Decimal(10**6), "mn": Decimal(10**6),
               "billion": Decimal(10**9), "bn": Decimal(10**9), "trillion": Decimal(10**12)}

# "of" between a scale and the currency: "a million of yuan" is rare; not matched.
_YEN_CONTEXT = regex.compile(r"(?i)\b(?:yen|japan|japanese|tokyo|nikkei)\b")


def suffix_currency(norm: str, pos: int) -> tuple[int, str, Decimal] | None:
    """Currency written at `pos` after a number: (end, ISO code, factor to major unit)."""
    match = SUFFIX.match(norm, pos)
    if match is None:
        return None
    if match.group("minor"):
        code, factor = MINOR_UNITS[match.group("minor").lower()]
        return match.end(), code, factor
    if match.group("code"):
        code = match.group("code")
        factor = _MULTIPLES.get(match.group("multiple") or "", Decimal(1))
        return match.end(), EXTRA_CODES.get(code, code), factor
    if match.group("lower"):
        return match.end(), LOWER_CODES[match.group("lower")], Decimal(1)
    if match.group("symbol"):
        code = prefix_currency(match.group("symbol"), norm, pos)
        return (match.end(), code, Decimal(1)) if code else None
    word = regex.sub(r"\s+", " ", match.group("word").lower())
    return match.end(), CURRENCY_WORDS[word], Decimal(1)


def prefix_currency(prefix: str, norm: str, start: int) -> str | None:
    """ISO code of a currency written before a number ("$", "HK$", "RMB", "USD").

    A bare "¥" is CNY unless the text around speaks of yen or Japan.
    """
    key = prefix.strip()
    if key in ISO_CODES:
        return key
    code = CURRENCY_SYMBOLS.get(key) or CURRENCY_WORDS.get(key.lower())
    if code is None:
        code = currency_code(key.replace(" ", "")) or LOWER_CODES.get(key)
    if code is None and key.endswith("$"):
        code = currency_code(key[:-1].rstrip(" ").upper())  # "usd$", "mxn$"
    if key == "¥":
        window = norm[max(0, start - 300): start + 300]
        if _YEN_CONTEXT.search(window):
            return "JPY"
    return code


def scale_after(norm: str, pos: int) -> tuple[int, Decimal] | None:
    """(end, multiplier) for a scale word written after the currency: "75 USD million"."""
    match = SCALE_AFTER.match(norm, pos)
    if match is None:
        return None
    return match.end(), SCALE_WORDS[match.group("scale").lower()]


def cents_after(norm: str, pos: int, code: str) -> tuple[int, Decimal] | None:
    """(end, amount in the major unit) for cents spoken after whole units."""
    if code not in _HUNDREDTHS:
        return None
    match = CENTS_AFTER.match(norm, pos)
    if match is None:
        return None
    part = match.group("part")
    value = Decimal(part) if part.isdigit() else parse_words(part)
    if value is None or not 0 < value < 100 or value != value.to_integral_value():
        return None
    if match.group("minor") is None and part.isdigit() and len(part) == 1 \
            and not match.group().lstrip().startswith("and"):
        return None  # "15 dollars 5": too loose without "cents" or "and"
    return match.end(), value / 100
