"""Finding English numerals in text: the one scanner pass every other rule starts from.

The pattern finds a numeral (digits or number words) with the currency symbol or code
written before it and the scale word after it. What the numeral is (money, percent,
count, quantity) is decided afterwards by looking at the text on either side
(rules/english.py), so the whole document is scanned once.

No part of the pattern can backtrack catastrophically: every repetition is over tokens
that cannot overlap each other (digit groups need their separator, word tokens need a
word boundary).
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal, localcontext

import regex

from ..currencies import CURRENCY_SYMBOLS
from ..numbers import (
    DENOMINATORS,
    SCALES,
    SHORT_SCALES,
    TENS,
    UNIT_ORDINALS,
    UNITS,
    VULGAR_FRACTIONS,
    divide,
    exact,
    parse_digits,
    parse_words,
    scale_multiplier,
)

# Prefix currency symbols as written, longest first so that "HK$" wins over "$".
# Symbols that are letters only ("RM", "Rp", "Ft") are left out as prefixes: they are
# too often a word or an initial; ISO codes ("RMB", "USD") are matched below instead.
_SYMBOLS = [s for s in CURRENCY_SYMBOLS if not s.replace(".", "").isalpha() and len(s) <= 5]
# Lower-cased, tokenised newswire writes "us $ 5", "c $ 16.4", "usd$ 15": letters-and-$
# symbols are also matched lower-cased and with a space before the "$".
_DOLLAR_VARIANTS = {
    variant
    for s in _SYMBOLS
    if s.endswith("$") and s[:-1].replace(".", "").isalpha()
    for variant in (s.lower(), s[:-1] + " $", s[:-1].lower() + " $")
}
_PREFIX_SYMBOLS = sorted({*_SYMBOLS, *_DOLLAR_VARIANTS}, key=len, reverse=True)
# Codes written before digits; lower case only for the common ones ("usd 20", "rmb 10").
_PREFIX_CODES = ["USD", "CNY", "EUR", "GBP", "JPY", "HKD", "CAD", "AUD", "CHF", "SGD", "INR",
                 "KRW", "TWD", "NZD", "RUB", "BRL", "MXN", "ZAR", "SEK", "NOK", "DKK", "THB",
                 "MYR", "IDR", "PHP", "VND", "AED", "SAR", "TRY", "PLN", "ILS", "EGP", "NGN",
                 "RMB", "Rmb", "rmb", "usd", "cny", "eur", "gbp", "jpy", "hkd", "cad", "aud"]

NUMERAL_WORDS = sorted(
    [*UNITS, *TENS, *SCALES, *(s + "s" for s in SCALES), "dozen", "dozens", *DENOMINATORS,
     *UNIT_ORDINALS],
    key=len,
    reverse=True,
)

PATTERN = regex.compile(
    r"""
    (?:(?P<presign>(?<![\w)\].,%-])-|(?<![\w-])(?i:minus|negative)[ ]+)  # "-$3 million"
       (?=\L<symbols>|\L<codes>))?
    (?P<pre>                                   # a currency written before the number
        (?<![\w$])(?:\L<symbols>)[ ]?          #   "$", "US$", "HK$", "€", "C $"
      | (?<![\w$])(?:\L<codes>)[ ]?(?=[\d.])   #   "RMB1.3", "USD 5", "usd 20"
    )?
    (?P<num>
        (?P<sign>(?<![\w)\].,%-])[-+](?=\.?\d)   # a sign, not a range dash
          | (?<![\w-])(?i:minus|negative)[ ]+(?=\.?\d))?   # "minus 5"
        (?(pre)|(?<![\w.,]|[A-Za-z]-))         # not inside a word, a code or a decimal
        (?:(?P<whole>\d{1,3})[ ]{1,2}(?=\d{1,2}/[1-9]\d?(?![\d/])))?  # 2 1/4
        (?P<digits>
            \d{1,3}(?:,\d{3})+(?:\.\d+)?       # 1,736 / 12,782.5
          | \d{1,2}(?:,\d{2})+,\d{3}(?:\.\d+)? # Indian grouping 12,34,567.89
          | \d{1,3}(?:[ ]\d{3}){2,}(?:\.\d+)?(?![\d,]|\.\d)  # 1 414 021 100
          | \d{1,2}[ ]\d{3}(?:\.\d+)?(?![\d,]|[ ]\d|\.\d)  # 40 000 (two-digit head only)
          | \d+(?:\.\d+)?(?:[eE][-+]?\d{1,2}(?!\w))?   # 12782 / 3.5 / 1.3e6
          | \.\d+                              # .25
        )
        (?![\d,]\d)                            # a number ends where its digits end
        (?:\^(?P<power>-?\d{1,2})(?!\d)         # 1.1^23
          | [ ]?[x×][ ]?10\^(?P<power10>-?\d{1,2})(?!\d))?   # 6.23x10^-4
        (?:/(?P<denom>[1-9]\d?)(?![\d/]))?     # 3/4, 1/4 (a date's 1/28/2021 is vetoed)
        (?P<scale>
            (?:[ ]*(?:hundred|thousand|million|billion|trillion|lakh|crore)s?\b)+
          | [ ]?(?:mln|bln|trn|mn|bn|tn|mil)\b   # 3 mln, 2.5bn, 2mil
          | (?:mm|MM|m|b|k|K|M|B)(?![\w])      # $2.13m, 1.2b, 5k, 10M (m, mm: money only)
        )?
      | (?P<vulgar>[½¼¾⅓⅔⅕⅖⅗⅘⅛⅜⅝⅞])
      | (?P<words>
            (?<![\w-])
            (?:(?i:minus|negative)[ ]+)?
            (?:(?i:an?)[ ]+(?=(?i:\L<heads>)\b))?    # "a hundred", "a dozen", "a third"
            (?i:\L<words>)\b
            (?:                                # further number words
                (?:[ ]*-[ ]*|[ ]+(?i:and|point)[ ]+|[ ]*&[ ]*|[ ]+)   # not a comma: lists
                (?:(?i:an?)[ ]+(?=(?i:\L<heads>)\b))?
                (?i:\L<words>)\b
            )*
        )
    )
    """,
    regex.VERBOSE,
    symbols=_PREFIX_SYMBOLS,
    codes=_PREFIX_CODES,
    words=NUMERAL_WORDS,
    heads=["hundred", "thousand", "million", "billion", "trillion", "dozen",
           *(d for d in DENOMINATORS if not d.endswith("s"))],
)


@dataclass(slots=True)
class Numeral:
    """A numeral as found: where it stands, its value, and what was written around it."""

    start: int  # includes a currency prefix when there is one
    end: int
    num_start: int  # where the number itself starts
    value: Decimal
    prefix: str | None  # currency prefix as written ("US$", "RMB")
    short_scale: str | None  # "m", "k", "b" attached to digits: money only
    words: bool  # written in words ("twenty-five")
    has_scale: bool  # a scale word was written ("1.3 million")
    plain_digits: str | None  # the digits alone when written with no scale or fraction


def scan(norm: str) -> list[Numeral]:
    """Every numeral in the normalised text, in order."""
    found: list[Numeral] = []
    pos = 0
    search = PATTERN.search
    while True:
        match = search(norm, pos)
        if match is None:
            return found
        numeral = _build(match)
        if numeral is not None:
            found.append(numeral)
            # a run of number words may have been cut short: go on from where it ends
            pos = numeral.end
        else:
            pos = match.end()
        if pos <= match.start():
            pos = match.start() + 1


def _build(match: regex.Match[str]) -> Numeral | None:
    if match.group("words"):
        return _from_words(match)
    if match.group("vulgar"):
        return Numeral(match.start(), match.end(), match.start("num"),
                       VULGAR_FRACTIONS[match.group("vulgar")], None, None, False, False, None)
    digits = match.group("digits")
    value = parse_digits(digits)
    if value is None:
        return None
    value = _powered(value, match)
    if value is None:
        return None
    denom = match.group("denom")
    if denom is not None:
        value = divide(value, Decimal(denom))
        whole = match.group("whole")
        if whole is not None:
            value += Decimal(whole)  # "2 1/4"
    sign = match.group("sign") or match.group("presign")
    if sign is not None and (sign == "-" or sign[0] in "mMnN"):
        value = -value
    scale = match.group("scale")
    short = None
    has_scale = False
    if scale:
        word = scale.strip()
        if word in SHORT_SCALES or word.lower() in ("m", "b", "k"):
            short = word
        multiplier = scale_multiplier(word)
        if multiplier is None:
            return None
        value *= multiplier
        has_scale = True
    prefix = match.group("pre")
    plain = digits if not scale and denom is None and match.group("whole") is None else None
    return Numeral(match.start(), match.end(), match.start("num"), exact(value),
                   prefix.strip() if prefix else None, short, False, has_scale, plain)


def _powered(value: Decimal, match: regex.Match[str]) -> Decimal | None:
    """'1.1^23', '6.23x10^-4': the power written after the digits, to 15 digits."""
    power, power10 = match.group("power"), match.group("power10")
    if power is None and power10 is None:
        return value
    with localcontext() as ctx:
        ctx.prec = 15
        try:
            if power10 is not None:
                return exact(value * Decimal(10) ** int(power10))
            return exact(value ** int(power))
        except (ArithmeticError, ValueError):
            return None


def _from_words(match: regex.Match[str]) -> Numeral | None:
    """Number words, cut back to their longest prefix that reads as one numeral."""
    text = match.group("words")
    start = match.start("words")
    tokens = list(regex.finditer(r"[A-Za-z]+", text))
    # try the whole run, then shorter runs: "two and three" is two numerals, not five
    for cut in range(len(tokens), 0, -1):
        end = tokens[cut - 1].end()
        piece = text[:end]
        last = tokens[cut - 1].group().lower()
        if last in ("and", "a", "an", "minus", "negative", "point"):
            continue
        if cut < len(tokens) and text[end:tokens[cut].start()] == "-" \
                and tokens[cut].group().lower() in _ORDINAL_WORDS:
            continue  # "twenty-first" is one ordinal: "twenty" is not a figure
        if last not in DENOMINATORS and _separated_by_plain_and(piece):
            continue
        value = parse_words(piece)
        if value is None:
            continue
        if _only_plural_scales(piece):
            return None  # "thousands of people" is no figure
        has_scale = any(t.group().lower().rstrip("s") in SCALES for t in tokens[:cut])
        return Numeral(start, start + end, start, value, None, None, True, has_scale, None)
    return None


_ORDINAL_WORDS = frozenset({*UNIT_ORDINALS, *DENOMINATORS})
_AND = regex.compile(r"(?i)\b(\w+)[ ]+and[ ]+(a[ ]+)?(\w+)")


def _separated_by_plain_and(piece: str) -> bool:
    """'two and three' joins two numerals; 'one hundred and six', 'five and a half' do not.
    (A run that ends in a denominator is one fraction: 'two and fifty-four hundredths'.)"""
    for m in _AND.finditer(piece):
        before, article, after = m.group(1).lower(), m.group(2), m.group(3).lower()
        if before in SCALES or before.rstrip("s") in SCALES or before == "dozen":
            continue
        if article and after in DENOMINATORS:
            continue  # "five and a quarter"
        if after in DENOMINATORS:
            continue
        return True
    return False


def _only_plural_scales(piece: str) -> bool:
    words = [w.lower() for w in regex.findall(r"[A-Za-z]+", piece)]
    return all(w.endswith("s") and w[:-1] in SCALES or w == "dozens" for w in words)
