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


# The words after a number, read as tokens and looked up in the tables (a regex over the
# 480 currency names is several times slower than a few dictionary lookups). The first
# token settles most numbers (no currency follows them); up to four more are read only
# when it can open a currency name ("U.S. dollars", "new Taiwan dollars").
_FIRST = regex.compile(r"(?P<sep>-|[ ]*)(?P<word>[^\s\d/]+)")
_MORE = regex.compile(r"(?:[ ]+[^\s\d/]+){0,4}")
_TRAILING = ".,;:!?)]}\"'”’»"
_WORDS_BY_LENGTH: dict[int, dict[str, str]] = {}
for _word in _ENGLISH_WORDS:
    _WORDS_BY_LENGTH.setdefault(len(_word.split()), {})[_word] = CURRENCY_WORDS[_word]
_FIRST_WORDS = frozenset(w.split()[0] for w in _ENGLISH_WORDS)
# The most words of a currency name opening with each first word ("yuan" 1, "u.s." 2): no
# longer phrase is looked up, and after a one-word name no more tokens are read.
_MOST_WORDS: dict[str, int] = {}
for _size, _table in _WORDS_BY_LENGTH.items():
    for _word in _table:
        _head = _word.split(" ")[0]
        _MOST_WORDS[_head] = max(_MOST_WORDS.get(_head, 1), _size)
_CODES = frozenset({*ISO_CODES, *EXTRA_CODES})
_SYMBOL_SET = frozenset(_SUFFIX_SYMBOLS)
_SYMBOL_FIRST = frozenset(symbol[0] for symbol in _SUFFIX_SYMBOLS)  # most words fail here
# Two quick looks that tell most words after a number are no currency, without the steps
# of suffix_currency: a word (less trailing punctuation) of lower-case ASCII letters
# ("local", "tonnes.") is a currency only if it is one of _LOWER_HEADS or opens a symbol
# (the codes are upper-case, the other symbols not ASCII); a token opening with an ASCII
# character that opens no name, code, minor unit or symbol in either case (")", ",", "-")
# is none.
_LOWER_HEADS = _FIRST_WORDS | set(LOWER_CODES) | set(MINOR_UNITS)
_HEADS = frozenset(
    char for char in map(chr, range(128))
    if char.lower() in {word[0] for word in (*_FIRST_WORDS, *MINOR_UNITS)}
    or char in {code[0] for code in (*_CODES, *LOWER_CODES, *_MULTIPLES)} | _SYMBOL_FIRST)
_ONE = Decimal(1)


def suffix_currency(norm: str, pos: int) -> tuple[int, str, Decimal] | None:
    """Currency written at `pos` after a number: (end, ISO code, factor to major unit).

    After spaces or one hyphen ("a 12-cent dividend"), as a whole word: a currency name
    ("yuan", "U.S. dollars"), an ISO code ("USD", "MUSD", "kEUR"), a common code in lower
    case ("usd", "rmb"), a minor unit ("cents") or a symbol that is no letter ("10 €",
    "100₾"; not the "$" of "10 $20")."""
    match = _FIRST.match(norm, pos)
    if match is None:
        return None
    # groups by number (1 sep, 2 word): by name they cost several times more in `regex`
    start = match.start(2)
    token = match.group(2)
    if token[0] not in _HEADS and token[0].isascii():
        return None  # ")", ","
    first = token.rstrip(_TRAILING) or token
    if first.isalpha() and first.islower() and first.isascii() and first not in _LOWER_HEADS \
            and token.lower() not in _FIRST_WORDS and first[0] not in _SYMBOL_FIRST:
        return None  # "local", "tonnes."
    if "-" in first[1:] and first.lower() not in _FIRST_WORDS:
        first = first[:first.index("-", 1)]  # "a 12-cent-a-share dividend"
    low = first.lower()
    if low in _FIRST_WORDS or token.lower() in _FIRST_WORDS:
        tokens = [token]
        if _MOST_WORDS.get(token.lower(), 1) > 1:
            tokens += (t for t in _MORE.match(norm, match.end()).group().split(" ") if t)
        found = _currency_words(norm, start, tokens)
        if found is not None:
            return found
    end = start + len(first)
    if end < len(norm) and (norm[end].isalnum() or norm[end] == "_"):
        return None
    if first in _CODES:
        return end, EXTRA_CODES.get(first, first), _ONE
    if first[:-3] in _MULTIPLES and first[-3:] in _CODES and first[:-3] != "":
        code = first[-3:]
        return end, EXTRA_CODES.get(code, code), _MULTIPLES[first[:-3]]  # "30 MUSD"
    if first in LOWER_CODES:
        return end, LOWER_CODES[first], _ONE
    if low in MINOR_UNITS:
        code, factor = MINOR_UNITS[low]
        return end, code, factor
    return _suffix_symbol(norm, pos, start, match.group(1))


def _currency_words(norm: str, start: int, tokens: list[str]) -> tuple[int, str, Decimal] | None:
    """The longest currency name in the first tokens: "U.S. dollars", "yuan"."""
    for size in range(min(len(tokens), _MOST_WORDS.get(tokens[0].lower(), 1)), 0, -1):
        table = _WORDS_BY_LENGTH.get(size)
        if not table:
            continue
        last = tokens[size - 1]
        phrase = " ".join(tokens[:size]).lower()
        stripped = phrase.rstrip(_TRAILING)
        for candidate in (phrase,) if stripped == phrase else (phrase, stripped):
            code = table.get(candidate)
            if code is None:
                continue
            last_length = len(candidate) - len(phrase) + len(last)
            end = start + last_length if size == 1 else _end_of(norm, start, size, last_length)
            if end < len(norm) and (norm[end].isalnum() or norm[end] == "_"):
                continue
            return end, code, _ONE
    return None


def _end_of(norm: str, start: int, size: int, last_length: int) -> int:
    """Offset after the `size`-th token from `start` (tokens apart by runs of spaces),
    keeping `last_length` characters of that last token."""
    pos = start
    for _ in range(size - 1):
        pos = norm.index(" ", pos)
        while norm[pos] == " ":
            pos += 1
    return pos + last_length


def _suffix_symbol(norm: str, pos: int, start: int, sep: str) -> tuple[int, str, Decimal] | None:
    """A symbol after the number ("10 €", "100₾"), not one that opens the next amount."""
    if sep == "-" or norm[start] not in _SYMBOL_FIRST:
        return None
    for size in (4, 3, 2, 1):
        symbol = norm[start:start + size]
        if len(symbol) != size or symbol not in _SYMBOL_SET:
            continue
        end = start + size
        rest = norm[end:end + 2]
        if rest[:1].isalnum() or rest[:1] in ("_", "$") or rest[:1].isdigit() \
                or (rest[:1] == " " and rest[1:2].isdigit()):
            return None
        code = prefix_currency(symbol, norm, pos)
        return (end, code, _ONE) if code else None
    return None


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
