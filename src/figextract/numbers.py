"""English numerals -> Decimal: digits with separators, scale words, number words, fractions.

Everything is exact: values are built from the digit strings, never through float. The
patterns that find numerals in text live in rules/numerals.py; this module only turns an
already found numeral into a value.
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation, localcontext

UNITS: dict[str, int] = {
    "zero": 0, "nought": 0, "naught": 0, "nil": 0, "one": 1, "two": 2, "three": 3,
    "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
    "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}
TENS: dict[str, int] = {
    "twenty": 20, "thirty": 30, "forty": 40, "fourty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90,
}
# Scale words multiply what stands before them. "lakh" and "crore" are the Indian scales.
SCALES: dict[str, int] = {
    "hundred": 100, "thousand": 10**3, "lakh": 10**5, "crore": 10**7,
    "million": 10**6, "billion": 10**9, "trillion": 10**12,
}
# Abbreviated scales as press and finance pages write them ("$2.13m", "€2.5bn", "3 mln").
SHORT_SCALES: dict[str, int] = {
    "k": 10**3, "m": 10**6, "mm": 10**6, "mn": 10**6, "mln": 10**6, "b": 10**9,
    "bn": 10**9, "bln": 10**9, "tn": 10**12, "trn": 10**12, "tr": 10**12,
}
# Denominators of spoken fractions ("three fifths", "a quarter", "one twenty-fifth").
DENOMINATORS: dict[str, int] = {
    "half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4,
    "fourth": 4, "fourths": 4, "fifth": 5, "fifths": 5, "sixth": 6, "sixths": 6,
    "seventh": 7, "sevenths": 7, "eighth": 8, "eighths": 8, "ninth": 9, "ninths": 9,
    "tenth": 10, "tenths": 10, "twelfth": 12, "twelfths": 12, "twentieth": 20,
    "twentieths": 20, "hundredth": 100, "hundredths": 100, "thousandth": 1000,
    "thousandths": 1000, "millionth": 10**6, "millionths": 10**6,
}
VULGAR_FRACTIONS: dict[str, Decimal] = {
    "½": Decimal("0.5"), "¼": Decimal("0.25"), "¾": Decimal("0.75"),
    "⅓": Decimal(1) / Decimal(3), "⅔": Decimal(2) / Decimal(3), "⅕": Decimal("0.2"),
    "⅖": Decimal("0.4"), "⅗": Decimal("0.6"), "⅘": Decimal("0.8"), "⅛": Decimal("0.125"),
    "⅜": Decimal("0.375"), "⅝": Decimal("0.625"), "⅞": Decimal("0.875"),
}
NEGATIVE_WORDS = frozenset({"minus", "negative"})

_SPLIT = re.compile(r"[\s,&-]+")


def exact(value: Decimal) -> Decimal:
    """Drop trailing zeros that arithmetic left behind, keeping integers integral."""
    if value == value.to_integral_value():
        return value.quantize(Decimal(1))
    return value.normalize()


def divide(numerator: Decimal, denominator: Decimal) -> Decimal:
    """A quotient to 15 significant digits (1/3 cannot be exact; 3/4 is)."""
    with localcontext() as ctx:
        ctx.prec = 15
        return exact(numerator / denominator)


def parse_digits(text: str) -> Decimal | None:
    """'1,736' -> 1736, '12,34,567.89' -> 1234567.89, '1 414 021 100' -> 1414021100."""
    cleaned = text.replace(",", "").replace(" ", "").replace("+", "")
    try:
        return Decimal(cleaned)
    except InvalidOperation:
        return None


def parse_words(text: str) -> Decimal | None:
    """Number words -> value: 'twenty-five' 25, 'half a million' 500000, 'a dozen' 12,
    'two thousand and two hundred' 2200, 'three fifths' 0.6. None if not a numeral."""
    tokens = [t for t in _SPLIT.split(text.lower()) if t and t != "and"]
    if not tokens:
        return None
    sign = Decimal(1)
    if tokens[0] in NEGATIVE_WORDS:
        sign, tokens = Decimal(-1), tokens[1:]
    value = _words_value(tokens)
    return None if value is None else exact(sign * value)


def _words_value(tokens: list[str]) -> Decimal | None:
    total = Decimal(0)  # completed groups above the current one (thousands, millions ...)
    current = Decimal(0)  # the group being built (below the next scale word)
    last_scale = 1
    seen = False
    i = 0
    while i < len(tokens):
        tok = tokens[i]
        nxt = tokens[i + 1] if i + 1 < len(tokens) else None
        if tok in UNITS or tok in TENS:
            num = UNITS.get(tok, TENS.get(tok, 0))
            if nxt in DENOMINATORS and nxt not in ("half",):
                # "three fifths", "one twenty-fifth" are fractions
                current += divide(Decimal(num), Decimal(DENOMINATORS[nxt]))
                i += 2
                seen = True
                continue
            current += num
        elif tok in ("a", "an"):
            if nxt in DENOMINATORS:
                frac = divide(Decimal(1), Decimal(DENOMINATORS[nxt]))
                if current == 0 and total > 0 and last_scale > 1:
                    # "one million and a half" -> 1.5 million
                    total += frac * last_scale
                else:
                    current += frac
                i += 2
                seen = True
                continue
            if nxt is None or (nxt not in SCALES and nxt != "dozen"):
                return None
            current += 1
        elif tok == "half":
            current += Decimal("0.5")
            if nxt in ("a", "an"):
                i += 1  # "half a million"
        elif tok in DENOMINATORS:
            # a bare ordinal ("fourth") is not a number
            return None
        elif tok == "dozen" or tok == "dozens":
            current = (current or 1) * 12
        elif tok in SCALES or (tok.endswith("s") and tok[:-1] in SCALES):
            scale = SCALES.get(tok, SCALES.get(tok[:-1], 1))
            if scale == 100:
                current = (current or 1) * 100
            elif current == 0 and total > 0 and scale > last_scale:
                total *= scale  # "three lakh crore"
                last_scale = scale
            else:
                total += (current or 1) * scale
                current = Decimal(0)
                last_scale = scale
        else:
            return None
        seen = True
        i += 1
    return total + current if seen else None


def parse_numeral(text: str) -> Decimal | None:
    """Digits, digits with a scale word ('1.3 million'), or number words."""
    stripped = text.strip()
    if not stripped:
        return None
    if stripped in VULGAR_FRACTIONS:
        return VULGAR_FRACTIONS[stripped]
    head = stripped[0]
    if head.isdigit() or head in "-+." and len(stripped) > 1:
        return _parse_digits_with_scale(stripped)
    return parse_words(stripped)


def _parse_digits_with_scale(text: str) -> Decimal | None:
    match = re.match(r"([-+]?[\d,. ]*\d)\s*(.*)$", text)
    if not match:
        return None
    number = parse_digits(match.group(1))
    rest = match.group(2).strip().lower()
    if number is None:
        return None
    if not rest:
        return exact(number)
    multiplier = scale_multiplier(rest)
    if multiplier is None:
        return None
    return exact(number * multiplier)


def scale_multiplier(words: str) -> Decimal | None:
    """'million' -> 1e6, 'bn' -> 1e9, 'hundred thousand' -> 1e5, 'lakh crore' -> 1e12."""
    result = Decimal(1)
    for word in words.lower().split():
        word = word.rstrip(".")
        if word in SCALES:
            result *= SCALES[word]
        elif word.endswith("s") and word[:-1] in SCALES:
            result *= SCALES[word[:-1]]
        elif word in SHORT_SCALES:
            result *= SHORT_SCALES[word]
        else:
            return None
    return result
