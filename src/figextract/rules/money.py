"""Money: the currency written after a number ("1.3 million yuan", "5 U.S. dollars", "2
billion USD", "50 cents"), and the reading of a currency written before it."""

from __future__ import annotations

from decimal import Decimal

import regex

from ..currencies import CURRENCY_SYMBOLS, CURRENCY_WORDS, ISO_CODES, MINOR_UNITS

# English currency words only: the Chinese names are read by rules/zh.py. "pound(s)" is
# left out of the suffix words: after a number it is as often a weight ("2,204.62
# pounds"); it counts as money only with "sterling" or "British" (in the table).
_ENGLISH_WORDS = sorted(
    (w for w in CURRENCY_WORDS if w.isascii() and w not in ("pound", "pounds")),
    key=len,
    reverse=True,
)

SUFFIX = regex.compile(
    r"""
    [ ]*
    (?:
        (?P<word>(?i:\L<words>))(?![\w])       # yuan, U.S. dollars, euros, Swiss francs
      | (?P<code>\L<codes>)(?![\w])            # USD, CNY (upper case only)
      | (?P<minor>(?i:\L<minor>))(?![\w])      # cents, pence
    )
    """,
    regex.VERBOSE,
    words=_ENGLISH_WORDS,
    codes=sorted(ISO_CODES),
    minor=sorted(MINOR_UNITS, key=len, reverse=True),
)

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
        return match.end(), match.group("code"), Decimal(1)
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
        code = CURRENCY_SYMBOLS.get(key.replace(" ", ""))
    if key == "¥":
        window = norm[max(0, start - 300): start + 300]
        if _YEN_CONTEXT.search(window):
            return "JPY"
    return code
