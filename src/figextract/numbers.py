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
    "mil": 10**6,
}
# Denominators of spoken fractions ("three fifths", "a quarter", "one twenty-fifth").
DENOMINATORS: dict[str, int] = {
    "half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4,
    "fourth": 4, "fourths": 4, "fifth": 5, "fifths": 5, "sixth": 6, "sixths": 6,
    "seventh": 7, "sevenths": 7, "eighth": 8, "eighths": 8, "ninth": 9, "ninths": 9,
    "tenth": 10, "tenths": 10, "twelfth": 12, "twelfths": 12, "twentieth": 20,
    "twentieths": 20, "hundredth": 100, "hundredths": 100, "thousandth": 1000,
    "thousandths": 1000, "millionth": 10**6, "millionths": 10**6, "billionth": 10**9,
    "billionths": 10**9, "trillionth": 10**12, "trillionths": 10**12,
}
VULGAR_FRACTIONS: dict[str, Decimal] = {
    "½": Decimal("0.5"), "¼": Decimal("0.25"), "¾": Decimal("0.75"),
    "⅓": Decimal(1) / Decimal(3), "⅔": Decimal(2) / Decimal(3), "⅕": Decimal("0.2"),
    "⅖": Decimal("0.4"), "⅗": Decimal("0.6"), "⅘": Decimal("0.8"), "⅛": Decimal("0.125"),
    "⅜": Decimal("0.375"), "⅝": Decimal("0.625"), "⅞": Decimal("0.875"),
}
NEGATIVE_WORDS = frozenset({"minus", "negative"})
# Ordinals that only denote a fraction inside a compound ("one twenty-fifth", "three
# twenty-firsts"): alone, "first" and "second" are never numbers.
UNIT_ORDINALS: dict[str, int] = {
    "first": 1, "firsts": 1, "second": 2, "seconds": 2, "third": 3, "thirds": 3,
    "fourth": 4, "fourths": 4, "fifth": 5, "fifths": 5, "sixth": 6, "sixths": 6,
    "seventh": 7, "sevenths": 7, "eighth": 8, "eighths": 8, "ninth": 9, "ninths": 9,
}

_SPLIT = re.compile(r"[\s,&]+")


def exact(value: Decimal) -> Decimal:
    """Drop trailing zeros that arithmetic left behind, keeping integers integral."""
    if value.as_tuple().exponent == 0:
        return value  # already so (most figures): the context below costs more than a test
    with localcontext() as ctx:
        ctx.prec = max(28, value.adjusted() + 2)
        if value == value.to_integral_value():
            return value.quantize(Decimal(1))
        return value.normalize()


def divide(numerator: Decimal, denominator: Decimal) -> Decimal:
    """A quotient, exact when it can be (3/4), else to 28 significant digits (1/3)."""
    with localcontext() as ctx:
        ctx.prec = 28
        return exact(numerator / denominator)


def parse_digits(text: str) -> Decimal | None:
    """'1,736' -> 1736, '12,34,567.89' -> 1234567.89, '1 414 021 100' -> 1414021100,
    '1.3e6' -> 1300000."""
    cleaned = text.replace(",", "").replace(" ", "").replace("+", "")
    try:
        value = Decimal(cleaned)
    except InvalidOperation:
        return None
    return value if value.is_finite() else None


class _Word:
    """One token of a number-word run: the word, and whether a hyphen joined it to the
    word before ("twenty-fifth" is one ordinal; "twenty three fifths" is not)."""

    __slots__ = ("text", "hyphened")

    def __init__(self, text: str, hyphened: bool) -> None:
        self.text = text
        self.hyphened = hyphened


def _tokens(text: str) -> list[_Word]:
    """Words of a run, lower-cased; a hyphen (also a spaced " - ") joins a word to the one
    before it."""
    words: list[_Word] = []
    join_next = False
    for chunk in _SPLIT.split(text.lower()):
        for k, part in enumerate(chunk.split("-")):
            if part:
                words.append(_Word(part, join_next or k > 0))
                join_next = False
            elif words:
                join_next = True  # "one - fourth"
    return words


def parse_words(text: str) -> Decimal | None:
    """Number words -> value: 'twenty-five' 25, 'half a million' 500000, 'a dozen' 12,
    'two thousand and two hundred' 2200, 'three fifths' 0.6, 'one and a half' 1.5,
    'two hundred point zero three' 200.03. None if the words are not one numeral."""
    words = _tokens(text)
    if not words:
        return None
    sign = Decimal(1)
    if words[0].text in NEGATIVE_WORDS:
        sign, words = Decimal(-1), words[1:]
    if not words:
        return None
    names = [w.text for w in words]
    if "point" in names:
        value = _with_decimals(names)
    elif _denominator(words) is not None:
        value = _fraction(words)
    else:
        value = _integer(names)
    return None if value is None else exact(sign * value)


def _with_decimals(names: list[str]) -> Decimal | None:
    """'two hundred point zero three' -> 200.03; 'nought point eleven' -> 0.11."""
    cut = names.index("point")
    whole = _integer(names[:cut]) if cut else Decimal(0)
    digits = ""
    rest = [n for n in names[cut + 1:] if n != "and"]
    multiplier = 1
    while rest and _is_scale(rest[-1]):  # "one point three million"
        multiplier *= SCALES.get(rest[-1]) or SCALES[rest[-1][:-1]]
        rest.pop()
    i = 0
    while i < len(rest):
        name = rest[i]
        if name in TENS:
            nxt = rest[i + 1] if i + 1 < len(rest) else None
            if nxt in UNITS and UNITS[nxt] < 10:
                digits += str(TENS[name] + UNITS[nxt])
                i += 2
                continue
            digits += str(TENS[name])
        elif name in UNITS:
            digits += str(UNITS[name])
        else:
            return None
        i += 1
    if whole is None or not digits:
        return None
    return (whole + Decimal("0." + digits)) * multiplier


def _denominator(words: list[_Word]) -> tuple[int, int] | None:
    """(denominator, how many words it takes) when the run ends in a fraction's
    denominator: 'fifths', 'a quarter', 'twenty-fifth' (two words), 'hundredths'."""
    last = words[-1].text
    if len(words) >= 2 and words[-1].hyphened and words[-2].text in TENS \
            and last in UNIT_ORDINALS:
        return TENS[words[-2].text] + UNIT_ORDINALS[last], 2
    if last in DENOMINATORS:
        return DENOMINATORS[last], 1
    return None


def _fraction(words: list[_Word]) -> Decimal | None:
    """A run ending in a denominator. The numerator is everything before it ('twenty-three
    fifths' 4.6), unless an 'and' sets off a proper fraction that adds to a whole: 'one and
    a fourth' 1.25, 'two million and three fifths' 2600000 (the fraction of the scale)."""
    found = _denominator(words)
    assert found is not None
    denominator, width = found
    names = [w.text for w in words[:-width]]
    if not names:
        return None  # "the fourth festival", "quarter": an ordinal or a word, not a number
    if "and" in names:
        cut = len(names) - 1 - names[::-1].index("and")
        left, right = names[:cut], names[cut + 1:]
        part = _numerator(right)
        if part is not None and left:
            frac = divide(part, Decimal(denominator))
            if frac < 1:
                whole = _integer(left)
                if whole is None:
                    return None
                scale = _last_scale(left)
                return whole + frac * (scale if scale >= 1000 else 1)
    compound = _compound_fraction(words)
    if compound is not None:
        return compound
    numerator = _numerator(names)
    if numerator is None or (numerator != 1 and _singular(words[-1].text)):
        return None  # "one hundred fifth", "twenty fifth": an ordinal, not a fraction
    return divide(numerator, Decimal(denominator))


def _singular(word: str) -> bool:
    return not word.endswith("s") and word not in ("half", "quarter")


# A denominator's ordinal as the cardinal it ends ("fifth" -> "five", "hundredth" ->
# "hundred"); "half" and "quarter" never end a longer ordinal.
_CARDINAL_OF = {value: name for name, value in {**UNITS, **TENS, **SCALES}.items()}


def _compound_fraction(words: list[_Word]) -> Decimal | None:
    """A run ending in a compound ordinal, read as Recognizers-Text reads it: 'one one
    hundred fifth' 1/105, 'one hundred thirty fifths' 100/35, 'one hundred one thousand
    fifths' 100/1005. The longest ordinal that starts with a unit or tens word wins, when
    what stands before it is a numerator alone. Hyphened compounds are never split, and
    the scale ordinals keep their plain reading when it exists ('twenty one hundredths'
    is 21/100)."""
    last = words[-1].text
    ordinal = DENOMINATORS.get(last)
    if ordinal is None or last.startswith(("half", "quarter")) or len(words) < 3:
        return None
    if ordinal >= 100 and _numerator([w.text for w in words[:-1]]) is not None:
        return None
    for cut in range(1, len(words) - 1):
        head = words[cut]
        if head.hyphened or (head.text not in UNITS and head.text not in TENS):
            continue
        above = [w.text for w in words[:cut]]
        below = [w.text for w in words[cut:-1]] + [_CARDINAL_OF[ordinal]]
        numerator, denominator = _numerator(above), _integer(below)
        if above[-1] == "and" or numerator is None or not denominator:
            continue
        if numerator != 1 and _singular(last):
            continue
        return divide(numerator, denominator)
    return None


def _numerator(names: list[str]) -> Decimal | None:
    if names in (["a"], ["an"]):
        return Decimal(1)
    return _integer(names)


def _last_scale(names: list[str]) -> int:
    for name in reversed(names):
        if _is_scale(name):
            return SCALES.get(name) or SCALES[name[:-1]]
    return 1


_FRACTION_HEADS = {"half": Decimal("0.5"), "quarter": Decimal("0.25")}


def _integer(names: list[str]) -> Decimal | None:
    """Cardinal number words, strictly: 'one one' or 'twenty ten' are not one numeral.
    Fractions inside come before a scale: 'half a million', 'two and a half billion'."""
    total = Decimal(0)  # completed groups above the current one (thousands, millions ...)
    current = Decimal(0)  # the group being built (below the next scale word)
    last_scale = 0
    has_unit = has_tens = False
    seen = False
    i = 0
    n = len(names)
    while i < n:
        tok = names[i]
        nxt = names[i + 1] if i + 1 < n else None
        if tok == "and":
            i += 1
            continue
        frac = _inner_fraction(names, i)
        if frac is not None:
            value, width = frac
            current += value
            has_unit = True
            i += width
            seen = True
            continue
        if tok in UNITS:
            if has_unit or (has_tens and UNITS[tok] >= 10):
                return None
            current += UNITS[tok]
            has_unit = True
        elif tok in TENS:
            if has_unit or has_tens:
                return None
            current += TENS[tok]
            has_tens = True
        elif tok in ("a", "an"):
            if current or has_unit or nxt is None or (nxt not in SCALES and nxt != "dozen"):
                return None
            current = Decimal(1)
            has_unit = True
        elif tok in ("dozen", "dozens"):
            small = current % 100
            current = current - small + (small or 1) * 12
            has_unit = has_tens = True
        elif tok == "hundred" or tok == "hundreds":
            if current >= 100 and current % 100 == 0 and not has_unit and not has_tens:
                return None  # "one hundred hundred"
            current = (current or 1) * 100
            has_unit = has_tens = False
        elif tok in SCALES or (tok.endswith("s") and tok[:-1] in SCALES):
            scale = SCALES.get(tok) or SCALES[tok[:-1]]
            if current == 0 and total > 0 and scale > last_scale:
                total *= scale  # "three lakh crore"
            elif last_scale and scale >= last_scale and current:
                return None  # "two million three million"
            else:
                total += (current or 1) * scale
            current = Decimal(0)
            last_scale = scale
            has_unit = has_tens = False
        else:
            return None
        seen = True
        i += 1
    return total + current if seen else None


def _inner_fraction(names: list[str], i: int) -> tuple[Decimal, int] | None:
    """'a half', 'half a', 'a quarter', 'three quarters' standing before a scale word or
    closing the run: (value, words taken)."""
    tok = names[i]
    rest = names[i:i + 3]
    if tok == "half" and len(rest) >= 2 and rest[1] in ("a", "an"):
        return Decimal("0.5"), 2  # "half a million"
    if tok in _FRACTION_HEADS and len(rest) >= 2 and _is_scale(rest[1]):
        return _FRACTION_HEADS[tok], 1  # "quarter million"
    if tok in ("a", "an", "one") and len(rest) >= 2 and rest[1] in _FRACTION_HEADS:
        return _FRACTION_HEADS[rest[1]], 2  # "two and a half million"
    if tok in UNITS and len(rest) >= 3 and rest[1] in ("quarters", "thirds") \
            and _is_scale(rest[2]):  # "three quarters million"
        return divide(Decimal(UNITS[tok]), Decimal(DENOMINATORS[rest[1]])), 2
    return None


def _is_scale(word: str) -> bool:
    return word in SCALES or (word.endswith("s") and word[:-1] in SCALES)


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
