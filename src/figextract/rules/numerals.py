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

import re
from dataclasses import dataclass
from decimal import Decimal, localcontext
from functools import lru_cache

import regex

from ..currencies import CURRENCY_SYMBOLS
from ..document import fold_case
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
                 "RMB", "Rmb", "rmb", "usd", "cny", "eur", "gbp", "jpy", "hkd", "cad", "aud",
                 # letter symbols and names that stand before the number in Indian,
                 # Malaysian, Indonesian, Thai and European press ("Rs 500 crore",
                 # "RM5 million", "Euro 5 million"); only these capitalised forms: "the
                 # euro 0.5% lower" is no money ("Euro 2024" is vetoed in not_figures)
                 "Rs.", "Rs", "Rupees", "RM", "Rp", "Euro", "Euros", "EURO", "Baht"]

NUMERAL_WORDS = sorted(
    [*UNITS, *TENS, *SCALES, *(s + "s" for s in SCALES), "dozen", "dozens", *DENOMINATORS,
     *UNIT_ORDINALS],
    key=len,
    reverse=True,
)

_PREFIX = r"""
    (?:(?P<presign>(?<![\w)\].,%-])-|(?<![\w-])(?i:minus|negative)[ ]+)  # "-$3 million"
       (?=\L<symbols>|\L<codes>))?
    (?P<pre>                                   # a currency written before the number
        (?<![\w$])(?:\L<symbols>)[ ]?          #   "$", "US$", "HK$", "€", "C $"
      | (?<![\w$])(?:\L<codes>)[ ]?(?=[\d.])   #   "RMB1.3", "USD 5", "usd 20"
    )?
"""
# The same groups, never matching: for numbers with nothing written before them.
_NO_PREFIX = r"(?P<presign>(?!))?(?P<pre>(?!))?"
_NUMBER = r"""
    (?P<num>
        (?P<sign>(?<![\w)\].,%-]|\d[ ])[-+](?=\.?\d)   # a sign, not a range dash ("75 -300")
          | (?<![\w-])(?i:minus|negative)[ ]+(?=\.?\d))?   # "minus 5"
        (?(pre)|(?<![\w.,]|[A-Za-z]-))         # not inside a word, a code or a decimal
        (?:(?P<whole>\d{1,3})                       # a whole number before a fraction:
            (?:[ ]{1,2}|(?<!(?i:between)[ ]+\d+)[ ]+and[ ]+)   # "2 1/4", "2 and 1/2"
            (?=\d{1,2}/[1-9]\d?(?![\d/])))?
        (?P<digits>
            \d{1,3}(?:,\d{3})+(?:\.\d+)?       # 1,736 / 12,782.5
          | \d{1,2}(?:,\d{2})+,\d{3}(?:\.\d+)? # Indian grouping 12,34,567.89
          | \d{1,3}(?:[ ]\d{3}){2,}(?:\.\d+)?(?![\d,]|\.\d)  # 1 414 021 100
          | \d{1,2}[ ]\d{3}(?:\.\d+)?(?![\d,]|[ ]\d|\.\d)  # 40 000 (two-digit head only)
          | \d+(?:\.\d+)?(?:[eE][-+]?\d{1,2}(?!\w))?   # 12782 / 3.5 / 1.3e6
          | \.\d+                              # .25
        )
        (?![\d,]\d)                            # a number ends where its digits end
        (?:\^(?P<power>[-+]?\d{1,2})(?!\d)     # 1.1^23, 1.1^+23
          | [ ]?[x×][ ]?(?P<base>\d{1,2})\^(?P<power10>-?\d{1,2})(?!\d))?   # 6.23x10^-4, 8x2^10
        (?:/(?P<denom>[1-9]\d?)(?![\d/]))?     # 3/4, 1/4 (a date's 1/28/2021 is vetoed)
        (?P<scale>
            (?:[ ]*(?:hundred|thousand|million|billion|trillion|lakh|crore)s?\b)+
          | [ ]?(?:mln|bln|trn|mn|bn|tn|mil)\b   # 3 mln, 2.5bn, 2mil
          | (?:mm|MM|m|b|k|K|M|B)(?![\w])      # $2.13m, 1.2b, 5k, 10M (m, mm: money only)
          | (?(pre)T|(?!))(?![\w])             # $2.174T: trillion, after a currency only
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
            ){0,15}                            # a bound: a run of words is read once
        )
    )
"""
_LISTS = {
    "symbols": _PREFIX_SYMBOLS,
    "codes": _PREFIX_CODES,
    "words": NUMERAL_WORDS,
    "heads": ["hundred", "thousand", "million", "billion", "trillion", "dozen",
              *(d for d in DENOMINATORS if not d.endswith("s"))],
}
PATTERN = regex.compile(_PREFIX + _NUMBER, regex.VERBOSE, **_LISTS)
# Tried at an anchor with nothing before it: the currency lists are not looked up at all.
NUMBER_PATTERN = regex.compile(_NO_PREFIX + _NUMBER, regex.VERBOSE, ignore_unused=True, **_LISTS)


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
    rule: str | None = None  # the rule of rules/compound.py that joined its pieces




def _trie(words: list[str]) -> str:
    """The words as one alternation that branches letter by letter ("t(?:en|h(?:ird|...)))"):
    the regex engine rejects a non-numeral at its first letters instead of trying the
    words one by one, which makes the anchor scan below three times faster."""
    tree: dict[str, dict] = {}
    for word in words:
        node = tree
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}  # a word ends here

    def alternation(node: dict[str, dict]) -> str:
        branches = [regex.escape(char) + alternation(rest)
                    for char, rest in sorted(node.items()) if char]
        if "" in node:  # a word may end here, or go on
            return "(?:" + "|".join(branches) + ")?" if branches else ""
        return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"

    return alternation(tree)


# Where a numeral can begin its number: a digit, a vulgar fraction, a number word. The
# one big PATTERN is tried only there (after stepping back over a currency, a sign or an
# article written before it), because searching with it at every character is several
# times slower than finding these anchors. The words are found in the text lower-cased
# (document.fold_case): a case-sensitive trie is much faster than a case-insensitive list.
# Digits and words are found by two patterns, not one alternation: the engine skips ahead
# to a digit fast, but not to where either can start (7 + 25 ms a MB against 56 ms).
# Their matches never overlap (digits and fractions are no ASCII letters), so merging
# their starts gives the starts of the alternation.
_DIGIT_ANCHOR = regex.compile(r"\d+|[½¼¾⅓⅔⅕⅖⅗⅘⅛⅜⅝⅞]")
_WORD_ANCHOR = regex.compile(r"\b" + _trie(NUMERAL_WORDS) + r"\b")
# The same words found by the standard `re`, faster here (19 against 29 ms a MB), between
# ASCII characters that are not [A-Za-z0-9_]. Its \b would differ from the regex
# engine's beside some non-ASCII characters (re reads "½" as \w, regex reads "é"'s
# combining accent as \w), so ASCII bounds are written out instead: the words are ASCII
# letters, so a match is a whole run of ASCII letters, and both engines agree on it when
# the characters around it are ASCII too; beside a non-ASCII one, _WORD_ANCHOR decides.
_WORD_CANDIDATE = re.compile(
    r"(?<![A-Za-z0-9_])" + _trie(NUMERAL_WORDS) + r"(?![A-Za-z0-9_])")


_folded = fold_case


def _word_anchors(folded: str) -> list[tuple[int, int]]:
    """The spans of _WORD_ANCHOR.finditer(folded), found by _WORD_CANDIDATE."""
    spans = []
    last = len(folded)
    for match in _WORD_CANDIDATE.finditer(folded):
        start, end = match.span()
        if (start and not folded[start - 1].isascii()) or (
                end < last and not folded[end].isascii()):
            checked = _WORD_ANCHOR.match(folded, start)
            if checked is None:
                continue
        spans.append((start, end))
    return spans


_DIGITS = regex.compile(r"\d+")
_VULGAR = regex.compile("[" + "".join(VULGAR_FRACTIONS) + "]")


@lru_cache(maxsize=1)  # the "labelled" veto walks them too (not_figures._label_windows)
def digit_anchors(norm: str) -> list[tuple[int, int]]:
    """The spans of _DIGIT_ANCHOR.finditer(norm): runs of digits and vulgar fractions, in
    order. The engine skips to a digit twice as fast as to a digit or a fraction (10 and
    17 ms a MB), and `in` tells in a few hundred microseconds that there is no fraction."""
    spans = [match.span() for match in _DIGITS.finditer(norm)]
    if any(fraction in norm for fraction in VULGAR_FRACTIONS):
        spans = sorted(spans + [match.span() for match in _VULGAR.finditer(norm)])
    return spans


def _anchors(norm: str) -> list[tuple[int, int]]:
    """Where numbers may start, in order: runs of digits, vulgar fractions, number words
    (start, end)."""
    spans = digit_anchors(norm)
    words = _word_anchors(_folded(norm))
    if words:
        spans = sorted(spans + words)  # (a new list: the cached one stays as it is)
    return spans


# What PATTERN may have written before the anchor, ending right at it: matched backwards
# from the anchor (the REVERSE flag), so only the few characters before it are read.
_TAIL = regex.compile(
    r"""
    (?:
        (?:(?<![\w)\].,%-])-|(?<![\w-])(?i:minus|negative)[ ]+)?   # a sign before a currency
        (?:(?<![\w$])(?:\L<symbols>)[ ]?|(?<![\w$])(?:\L<codes>)[ ]?)   # "US$ ", "RMB"
        (?:[-+]|(?i:minus|negative)[ ]+)?                       # "$-3 million", "$ minus 3"
      | (?<![\w)\].,%-])[-+]                                      # "-5", "+3"
      | (?<![\w-])(?i:minus|negative)[ ]+(?:(?i:an?)[ ]+)?         # "minus 5", "minus a third"
      | (?<![\w-])(?i:an?)[ ]+                                    # "a hundred"
    )?
    \.?                                                         # ".25"
    """,
    regex.VERBOSE | regex.REVERSE,
    symbols=_PREFIX_SYMBOLS,
    codes=_PREFIX_CODES,
)
_TAIL_REACH = 24


_TAIL_WORDS = frozenset({"a", "an", "minus", "negative", *(c.lower() for c in _PREFIX_CODES)})


def _may_have_tail(norm: str, start: int) -> bool:
    """Cheap test before _TAIL: something other than a plain word and a space stands
    right before the anchor."""
    char = norm[start - 1]
    if char != " " and not char.isalpha():
        return True  # "$5", "-5", ".5"
    word_end = start - 1 if char == " " else start  # "USD 5" or "RMB5"
    word_start = word_end
    while word_start > 0 and word_start > start - 12 and norm[word_start - 1].isalpha():
        word_start -= 1
    if word_start == word_end:
        return True  # "$ 5", "US$ 5", "( 5"
    return norm[word_start:word_end].lower() in _TAIL_WORDS


def scan(norm: str) -> list[Numeral]:
    """Every numeral in the normalised text, in order."""
    found: list[Numeral] = []
    pos = 0
    match_at = PATTERN.match
    number_at = NUMBER_PATTERN.match
    tail = _TAIL.match
    for start, end in _anchors(norm):
        if start < pos:
            continue
        match = None
        if start and _may_have_tail(norm, start):
            before = tail(norm, max(pos, start - _TAIL_REACH), start)
            # the longest tail first, then shorter ones: "usd minus 4" is "minus 4"
            for tail_start in range(before.start(), start) if before is not None else ():
                match = match_at(norm, tail_start)
                if match is not None and match.end() > start:
                    break
                match = None
        if match is None:
            plain = _plain_number(norm, start, end)
            if plain is not None:
                found.append(plain)
                pos = end
                continue
            match = number_at(norm, start)
        if match is None:
            continue
        numeral = _build(match)
        if numeral is not None:
            found.append(numeral)
            # a run of number words may have been cut short: go on from where it ends
            pos = numeral.end
        else:
            pos = match.end()
        if pos <= match.start():
            pos = match.start() + 1
    return found


# What NUMBER_PATTERN may read past a run of digits, and what it lets stand before one:
# no match starts after a letter, a digit, '.', ',' or a letter and '-'; after the digits
# it may go on with a grouping or decimals (, or . and a digit), a fraction (/), a power
# (^, x, ×), e-notation (e, E), a scale (3m, 2.5bn, 5K, " million", " lakh"), or, after
# spaces, with digits ("40 000", "2 1/4") or "and 1/2".
_PLAIN_BEFORE = frozenset(" \n(\"'[/:|;")
_ASCII_LETTERS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")
_GOES_ON = frozenset("^/×xeEmbkKMBhtlc")  # right after the digits
_GOES_ON_AFTER_SPACE = ("hundred", "thousand", "million", "billion", "trillion", "lakh",
                        "crore", "mln", "bln", "trn", "mn", "bn", "tn", "mil", "x", "×",
                        "and")


def _plain_number(norm: str, start: int, end: int) -> Numeral | None:
    """The numeral of a digit run [start, end) that NUMBER_PATTERN would read as these
    digits alone ("in 2021 the", "(35)", "5 people"), found without running it and _build
    (4.5 of the 10 microseconds a numeral took, and most numerals are such); None when it
    might read more, or nothing: then the pattern decides."""
    if start:
        before = norm[start - 1]
        if before not in _PLAIN_BEFORE and not (
                before == "-" and (start < 2 or norm[start - 2] not in _ASCII_LETTERS)):
            return None
    if not norm[start].isdecimal():
        return None  # a vulgar fraction
    if end < len(norm):
        after = norm[end]
        if after == " ":
            word = end + 1
            while word < len(norm) and norm[word] == " ":
                word += 1
            if word < len(norm) and (norm[word].isdecimal()
                                     or norm.startswith(_GOES_ON_AFTER_SPACE, word)):
                return None
        elif after in _GOES_ON or (after in ",." and end + 1 < len(norm)
                                   and norm[end + 1].isdecimal()):
            return None
    digits = norm[start:end]
    return Numeral(start, end, start, Decimal(digits), None, None, False, False, digits)


# The groups _build reads, by number: the regex module finds a group by its name about six
# times slower (3 of the 10 microseconds a numeral took). NUMBER_PATTERN numbers its
# groups as PATTERN does (its never-matching prefix groups keep the count).
_BUILD_GROUPS = tuple(PATTERN.groupindex[name] for name in (
    "words", "vulgar", "digits", "power", "power10", "denom", "whole", "scale", "sign",
    "presign", "pre"))
_NUM_GROUP = PATTERN.groupindex["num"]


def _build(match: regex.Match[str]) -> Numeral | None:
    words, vulgar, digits, power, power10, denom, whole, scale, sign, presign, prefix = (
        match.group(*_BUILD_GROUPS))
    if words:
        return _from_words(match)
    if vulgar:
        return Numeral(match.start(), match.end(), match.start(_NUM_GROUP),
                       VULGAR_FRACTIONS[vulgar], None, None, False, False, None)
    value = parse_digits(digits)
    if value is None:
        return None
    if power is not None or power10 is not None:
        value = _powered(value, match)
        if value is None:
            return None
    if denom is not None:
        if whole is None and value >= Decimal(denom):
            return None  # "24/7", "50/50": a phrase, not a fraction
        value = divide(value, Decimal(denom))
        if whole is not None:
            value += Decimal(whole)  # "2 1/4"
    sign = sign or presign
    if sign is not None and (sign == "-" or sign[0] in "mMnN"):
        value = -value
    short = None
    has_scale = False
    if scale:
        word = scale.strip()
        if word in SHORT_SCALES or word.lower() in ("m", "b", "k") or word == "T":
            short = word
        multiplier = _TRILLION if word == "T" else scale_multiplier(word)
        if multiplier is None:
            return None
        value *= multiplier
        has_scale = True
    plain = digits if not scale and denom is None and whole is None else None
    if denom is not None or power is not None or power10 is not None \
            or not _NOT_INTEGRAL.isdisjoint(digits):
        value = exact(value)  # else whole digits times whole scales: exact already, and
        # exact() (its as_tuple) was a tenth of a numeral's time
    return Numeral(match.start(), match.end(), match.start(_NUM_GROUP), value,
                   prefix.strip() if prefix else None, short, False, has_scale, plain)


_NOT_INTEGRAL = frozenset(".eE")  # digits with one of these may read with a fraction part


_TRILLION = Decimal(10**12)


def _powered(value: Decimal, match: regex.Match[str]) -> Decimal | None:
    """'1.1^23', '6.23x10^-4': the power written after the digits, to 28 digits (1.1^23
    is exact)."""
    power, power10 = match.group("power"), match.group("power10")
    with localcontext() as ctx:
        ctx.prec = 28
        try:
            if power10 is not None:
                return exact(value * Decimal(match.group("base")) ** int(power10))
            return exact(value ** int(power))
        except (ArithmeticError, ValueError):
            return None


def _from_words(match: regex.Match[str]) -> Numeral | None:
    """Number words, cut back to their longest prefix that reads as one numeral."""
    text = match.group("words")
    start = match.start("words")
    tokens = list(_LETTERS.finditer(text))
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


_LETTERS = regex.compile(r"[A-Za-z]+")
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
    words = [w.lower() for w in _LETTERS.findall(piece)]
    return all(w.endswith("s") and w[:-1] in SCALES or w == "dozens" for w in words)
