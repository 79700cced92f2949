"""Chinese numerals -> Decimal: 一千二百三十四, 3.5亿, 1,234万, 壹佰伍拾, 三千一百二十五點六億.

`read_zh_number(text, pos)` reads the longest numeral that starts at `pos` (text is a
document's normalised twin, so full-width digits are ASCII already) and says how it was
written; `parse_zh_number(text)` is the whole-string version, with fractions (三分之一,
3又一千分之23). `ZH_NUMERAL_START` finds where numerals may start.

Written by hand rather than through cn2an (checked against cn2an 0.5 here):
- cn2an takes ~80 ms to import (this module: a few ms) and converts whole strings only,
  so it cannot say where a numeral inside running text ends;
- its decimals are Python floats (cn2an("一点二三") is 1.23, a float), where every value
  here is an exact Decimal;
- it rejects forms press text and the Recognizers-Text suites use: spaced numerals
  (两千 四 百 五), vague digits (二十几万, 十余万), 万万 (四万万 = 4亿), 兆, and a decimal
  before a multiplier (三千一百二十五點六億). It does read mixed forms (3万4000,
  2千零30万), 廿 and the financial digits, as this parser does.

Conventions (documented choices):
- 兆 is 10**12 (Taiwan and financial usage: 四十九兆九千五百九十二億元); the mainland
  "mega" sense is not used in press figures.
- A single digit after the last unit is abbreviated: 一万三 = 13000, 四百五 = 450,
  一千六点五 = 1600.5; after 零 it is not: 五亿零六 = 500000006.
- 几/幾, 多, 余/餘 inside a numeral (二十几万, 十多万, 500余万) count as zero: the value is
  the stated floor, and the caller marks the figure's qualifier "over".
- A fraction that does not end (三分之一) is rounded to 12 decimal places.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal, localcontext
from fractions import Fraction

import regex

from .numbers import exact as _exact

# One Chinese digit -> its value. 〇/零 are zero; 两/兩/俩/倆 are two, 仨 three; the
# financial forms (壹贰叁 ...) sit beside the common ones, simplified and traditional.
ZH_DIGITS: dict[str, int] = {
    "〇": 0, "零": 0, "○": 0,
    "一": 1, "壹": 1, "弌": 1,
    "二": 2, "贰": 2, "貳": 2, "两": 2, "兩": 2, "俩": 2, "倆": 2, "弍": 2,
    "三": 3, "叁": 3, "參": 3, "叄": 3, "仨": 3,
    "四": 4, "肆": 4,
    "五": 5, "伍": 5,
    "六": 6, "陆": 6, "陸": 6,
    "七": 7, "柒": 7,
    "八": 8, "捌": 8,
    "九": 9, "玖": 9,
}
# Units that multiply the digit before them within a group of four places.
SMALL_UNITS: dict[str, int] = {"十": 10, "拾": 10, "百": 100, "佰": 100, "千": 1000, "仟": 1000}
# 廿 and 卅 are "two tens" and "three tens" in one character.
TENS_CHARS: dict[str, int] = {"廿": 20, "卅": 30}
# Units that multiply everything before them that is smaller: 一万五千亿 = 15000 * 10**8.
BIG_UNITS: dict[str, int] = {"万": 10**4, "萬": 10**4, "亿": 10**8, "億": 10**8, "兆": 10**12}
POINTS = "点點"
NEGATIVES = "负負"
# Vague digits: 二十几万, 十多万, 五百余万 (only when a unit follows)
VAGUE = "几幾多余餘"
ZEROS = "〇零○"

DIGIT_CHARS = "".join(ZH_DIGITS)
FINANCIAL_CHARS = "壹弌贰貳弍叁參叄肆伍陆陸柒捌玖拾佰仟"
"""The anti-fraud forms: alone they are mostly words (陆地, 入伍, 拾起), never counts."""
UNIT_CHARS = "".join(SMALL_UNITS) + "".join(TENS_CHARS) + "".join(BIG_UNITS)
NUMERAL_CHARS = DIGIT_CHARS + UNIT_CHARS
"""Every character that can be part of a Chinese numeral (without 点, 负 and vague digits)."""

# `regex` scans to the end of the string on every match(text, pos) without an endpos
# (0.6 ms a call on a 1 MB text): every match here is given an end WINDOW characters on.
_WINDOW = 64
_SPACE_MAX = 3  # Recognizers-Text writes "两千 四 百 五"; press text never needs more
_DIGITS_MAX = 30  # longer digit runs and larger values are codes, not figures
_TOKENS_MAX = 40  # no numeral has more; "1亿1亿1亿..." is cut, not read for ever

# Where a numeral may start; `read_zh_number` decides how far it goes. The digits and units
# are one character class (not word lists or DEFINE'd groups): the engine then skips
# straight to the next numeral character, five times faster on Chinese text.
ZH_NUMERAL_START = regex.compile(
    r"""
    (?: [负負] [ ]{0,3} )?                     # a sign: 负三十二, 負3
    (?: [\d"""
    + regex.escape(DIGIT_CHARS + UNIT_CHARS)
    + r"""]                                    # 3.5亿 (ASCII in norm), 一 两 壹 〇, 十 百 万 亿
      | 半 (?= [百千万萬成] ) )                # 半百 = 50, 半成 = 5%
    """,
    regex.VERBOSE,
)

_ARABIC = regex.compile(
    r"""
    (?: \d{1,3} (?: ,\d{3} )+ (?!\d)           # 1,234,567 (commas every three digits)
      | \d+ )                                  # 12782
    (?: \.\d+ )?                               # .5
    """,
    regex.VERBOSE,
)
_THOUSANDS = regex.compile(r"[ ]?[kK](?![A-Za-z]|[\p{Han}--[个個]])", regex.V1)  # not 4K电视
_FRACTION_LINK = regex.compile(r"[ ]{0,3}分[ ]{0,3}之[ ]{0,3}")  # 三分之一, 五 分之 一
_MIXED_LINK = regex.compile(r"[ ]{0,3}又[ ]{0,3}")  # 3又一千分之23


@dataclass(slots=True)
class ZhNumber:
    """A numeral as read: where it stands, its value, and how it was written."""

    start: int
    end: int
    value: Decimal
    arabic: bool = False  # has ASCII digits
    chinese: bool = False  # has Chinese digits or units
    explicit: bool = True  # a digit was written (千万 alone has none: "must", not 10**7)
    single: bool = False  # one Chinese digit or 十 alone: 一, 五, 十
    vague: bool = False  # 几/多/余 inside: 二十几万
    big_unit: int = 0  # the last big unit's multiplier when the numeral ends with one
    digit_string: bool = False  # digits read one by one: 二〇二一, 三八 (years, 折)
    tokens: int = 0


def _skip_spaces(text: str, pos: int) -> int:
    end = pos
    while end < len(text) and end - pos < _SPACE_MAX and text[end] == " ":
        end += 1
    return end


def _decimal_digits(text: str, pos: int) -> tuple[str, int] | None:
    """The digits after a decimal point, Chinese (點六, 点零五零) or ASCII (點5)."""
    end = pos
    digits = []
    while end < len(text) and text[end] in ZH_DIGITS:
        digits.append(str(ZH_DIGITS[text[end]]))
        end += 1
    if not digits:
        while end < len(text) and text[end].isascii() and text[end].isdigit():
            digits.append(text[end])
            end += 1
    if not digits:
        return None
    return "".join(digits), end


class _Reader:
    """Reads tokens one at a time and keeps the value read so far (see module docstring)."""

    def __init__(self) -> None:
        self.stack: list[tuple[Decimal, int]] = []  # (value, magnitude of its big unit)
        self.section = Decimal(0)  # value below the current big unit
        self.pending: Decimal | None = None  # a digit waiting for its unit
        self.pending_single = False
        self.last: str | None = None  # kind of the last token
        self.before_last: str | None = None
        self.last_unit = 0
        self.last_small = 0
        self.after_zero = False
        self.point = False
        self.vague = False
        self.explicit = False

    def total(self) -> Decimal:
        return sum((v for v, _ in self.stack), Decimal(0)) + self.section + self._pending_value()

    def _pending_value(self) -> Decimal:
        if self.pending is None:
            return Decimal(0)
        if (self.pending_single and not self.after_zero and self.last_unit >= 100
                and self.before_last in ("small", "big")):
            return self.pending * self.last_unit / 10  # 一万三 = 13000, 四百五 = 450
        return self.pending

    def _mark(self, kind: str) -> None:
        self.before_last, self.last = self.last, kind

    def digit(self, value: Decimal, single: bool) -> bool:
        if self.pending is not None or self.point:
            return False
        if self.last in ("small",) and self.last_unit == 10 and not single and value >= 10:
            return False  # 十 then 25: not a numeral
        self.pending, self.pending_single = value, single
        self.explicit = True
        self._mark("num")
        return True

    def zero(self) -> bool:
        if self.point:
            return False
        if self.last is None:
            self.pending, self.pending_single = Decimal(0), False
            self.explicit = True
            self._mark("num")
            return True
        if self.pending is not None:
            return False
        self.after_zero = True
        self._mark("zero")
        return True

    def small(self, unit: int) -> bool:
        if self.point or self.last in ("small", "tens"):
            return False
        if self.pending == 0 and self.before_last is None and self.last == "num":
            self.pending = None  # 零十 = 10
            self.last = None
        if self.pending is None:
            if self.last not in (None, "zero", "vague"):
                return False  # 万千瓦 is 万 then 千瓦, not 万 and a thousand
            self.pending = Decimal(1)
            if unit == 10:
                self.explicit = True  # 十 alone is ten; 百, 千 alone are words (百姓, 千里)
            if self.last == "vague":
                self.pending = Decimal(0)
        if self.last_small and unit >= self.last_small:
            return False  # 百千: units must fall within a group
        self.section += self.pending * unit
        self.pending = None
        self.last_unit = self.last_small = unit
        self.after_zero = False
        self._mark("small")
        return True

    def tens(self, value: int) -> bool:
        if self.pending is not None or self.point or self.last_small:
            return False
        self.section += value
        self.last_unit = self.last_small = 10
        self.explicit = True
        self._mark("tens")
        return True

    def big(self, unit: int) -> bool:
        value = self.section + (self.pending or 0)
        if value == 0 and self.last == "big" and self.stack:
            top, magnitude = self.stack[-1]
            self.stack[-1] = (top * unit, magnitude * unit)  # 四万万, 四万亿
        elif value == 0 and self.last != "vague" and not (self.pending == 0 and self.explicit):
            return False  # 万 alone, 零万
        else:
            while self.stack and self.stack[-1][1] < unit:
                value += self.stack.pop()[0]
            self.stack.append((value * unit, unit))
        self.section = Decimal(0)
        self.pending = None
        self.last_unit, self.last_small = unit, 0
        self.after_zero = False
        self._mark("big")
        return True

    def decimal(self, digits: str) -> bool:
        if self.point or self.last is None or self.last == "vague":
            return False
        self.section += self._pending_value() + Decimal("0." + digits)
        self.pending = None
        self.point = True
        self._mark("point")
        return True

    def vague_digit(self) -> bool:
        if self.point or self.last is None or self.last == "vague":
            return False
        self.vague = True
        self._mark("vague")
        return True


def read_zh_number(text: str, pos: int) -> ZhNumber | None:
    """The longest numeral starting at `pos` (a sign 负 included), or None.

    Spaces (at most three) may stand between a digit and a unit, but not between two
    digits: "7 万5 千" is 75000, "4 6" is two numbers.
    """
    n = len(text)
    start = pos
    negative = False
    if pos < n and text[pos] in NEGATIVES:
        negative = True
        pos = _skip_spaces(text, pos + 1)
    string = _digit_string(text, pos)
    if string is not None:
        value, end = string
        return ZhNumber(start, end, -value if negative else value, chinese=True,
                        digit_string=True, tokens=end - pos)
    reader = _Reader()
    best: tuple[int, Decimal, int] | None = None  # (end, value, big unit)
    flags = {"arabic": False, "chinese": False, "single": False}
    tokens = 0
    i = pos
    while i < n and tokens < _TOKENS_MAX:
        j = _skip_spaces(text, i) if tokens else i
        if j >= n:
            break
        if j > i and reader.last == "num" and (text[j] in ZH_DIGITS or text[j].isdigit()):
            break  # two digits apart: two numbers
        char = text[j]
        ok = False
        end = j + 1
        kind = ""
        if char.isascii() and char.isdigit():
            match = _ARABIC.match(text, j, j + _WINDOW)
            assert match is not None
            end = match.end()
            if end - j > _DIGITS_MAX or end < n and text[end].isdigit():
                return None  # a run of digits this long is a code, not a figure
            ok = reader.digit(Decimal(match.group().replace(",", "")), False)
            kind = "arabic"
        elif char in ZEROS or char == "零":
            ok = reader.zero()
            kind = "chinese"
        elif char in ZH_DIGITS:
            ok = reader.digit(Decimal(ZH_DIGITS[char]), True)
            kind = "chinese"
        elif char in SMALL_UNITS:
            ok = reader.small(SMALL_UNITS[char])
            kind = "chinese"
        elif char in TENS_CHARS:
            ok = reader.tens(TENS_CHARS[char])
            kind = "chinese"
        elif char in BIG_UNITS:
            ok = reader.big(BIG_UNITS[char])
            kind = "chinese"
        elif char in POINTS and tokens:
            after = _skip_spaces(text, j + 1)
            digits = _decimal_digits(text, after)
            if digits is not None:
                ok = reader.decimal(digits[0])
                end = digits[1]
        elif char in VAGUE and tokens:
            after = _skip_spaces(text, j + 1)
            if after < n and (text[after] in SMALL_UNITS or text[after] in BIG_UNITS):
                ok = reader.vague_digit()
        elif char == "半" and not tokens:
            if j + 1 < n and text[j + 1] in "百千万萬成":
                reader.pending, reader.pending_single = Decimal("0.5"), False
                reader.explicit = True
                reader._mark("num")
                ok = True
                kind = "chinese"
        if not ok:
            break
        tokens += 1
        if kind:
            flags[kind] = True
        i = end
        if reader.last != "vague":
            big = reader.last_unit if reader.last == "big" else 0
            best = (i, reader.total(), big)
            flags["single"] = tokens == 1 and kind == "chinese"
    if best is None or not reader.explicit and best[1] == 0:
        return None
    end, value, big = best
    if value.adjusted() > _DIGITS_MAX:
        return None  # 1兆兆兆兆...: no figure is this large
    if flags["arabic"] and not flags["chinese"]:
        thousands = _THOUSANDS.match(text, end, end + _WINDOW)  # 百分之15K, 12k个百分点
        if thousands is not None:
            end, value = thousands.end(), value * 1000
    if negative:
        value = -value
    return ZhNumber(start, end, _exact(value), arabic=flags["arabic"],
                    chinese=flags["chinese"] or negative, explicit=reader.explicit,
                    single=flags["single"] and not flags["arabic"], vague=reader.vague,
                    big_unit=big, tokens=tokens)


_DIGIT_STRING = regex.compile(
    r"""
    (?: \L<digits> ){2,}                       # two or more digits with no unit between
    (?! \L<units> | [点點分] )                  # and none after: 二〇二一, 三八
    """,
    regex.VERBOSE,
    digits=list(DIGIT_CHARS),
    units=list(UNIT_CHARS),
)


def _digit_string(text: str, pos: int) -> tuple[Decimal, int] | None:
    """Digits read one by one, no unit after them: 二〇二一 (a year), 三八 (折), 一一."""
    match = _DIGIT_STRING.match(text, pos, pos + _WINDOW)
    if match is None or any(c in "两兩俩倆仨" for c in match.group()):
        return None  # 两两 (in pairs) is a word; 两 is never read digit by digit
    return Decimal("".join(str(ZH_DIGITS[c]) for c in match.group())), match.end()


def read_zh_fraction(text: str, pos: int, read: ZhNumber | None = None,
                     ) -> tuple[ZhNumber, ZhNumber, int] | None:
    """A fraction 'A分之B' at pos: (denominator A, numerator B, end), or None.

    `read` is the numeral at pos when the caller has read it already."""
    units = _BARE_UNITS.match(text, pos, pos + _WINDOW)
    if units is not None:  # 万分之三, 百万分之五: no digit before the units
        value = Decimal(1)
        for char in units.group():
            value *= SMALL_UNITS.get(char) or BIG_UNITS[char]
        denominator: ZhNumber | None = ZhNumber(pos, units.end(), value, chinese=True,
                                                 explicit=False, tokens=len(units.group()))
    else:
        denominator = read if read is not None else read_zh_number(text, pos)
    if denominator is None or denominator.digit_string:
        return None
    link = _FRACTION_LINK.match(text, denominator.end, denominator.end + _WINDOW)
    if link is None:
        return None
    numerator = read_zh_number(text, link.end())
    if numerator is None or numerator.digit_string or denominator.value == 0:
        return None
    if numerator.end < len(text) and text[numerator.end] in NUMERAL_CHARS:
        return None  # 百分之二三十: "twenty or thirty percent" is no figure
    return denominator, numerator, numerator.end


_BARE_UNITS = regex.compile(r"[百佰千仟万萬亿億]+(?=[ ]{0,3}分[ ]{0,3}之)")


def divide(numerator: Decimal, denominator: Decimal) -> Decimal:
    """numerator / denominator, exact when it ends, else to 12 decimal places."""
    ratio = Fraction(numerator) / Fraction(denominator)
    rest = ratio.denominator
    for prime in (2, 5):
        while rest % prime == 0:
            rest //= prime
    with localcontext() as ctx:
        ctx.prec = 60
        quotient = Decimal(ratio.numerator) / Decimal(ratio.denominator)
        if rest != 1:  # 1/3 does not end
            quotient = quotient.quantize(Decimal("1e-12"))
    return _exact(quotient)


def read_zh_value(text: str, pos: int) -> tuple[Decimal, int, ZhNumber] | None:
    """A numeral, a fraction (三分之一) or a whole and a fraction (3又一千分之23) at pos.

    Returns (value, end, the first numeral read) so callers can look at how it was written.
    """
    first = read_zh_number(text, pos)
    fraction = read_zh_fraction(text, pos, first)
    if first is None and fraction is not None:  # 万分之三: no numeral before 分之
        first = fraction[0]
    if first is None:
        return None
    if fraction is not None:
        denominator, numerator, end = fraction
        return divide(numerator.value, denominator.value), end, first
    mixed = _MIXED_LINK.match(text, first.end, first.end + _WINDOW)
    if mixed is not None and not first.digit_string:
        fraction = read_zh_fraction(text, mixed.end())
        if fraction is not None:
            denominator, numerator, end = fraction
            part = divide(numerator.value, denominator.value)
            whole = first.value
            value = whole - part if whole < 0 else whole + part
            return _exact(value), end, first
    return first.value, first.end, first


def parse_zh_number(text: str) -> Decimal | None:
    """The value of a whole string that is one Chinese (or mixed) numeral, else None.

    >>> parse_zh_number("三千一百二十五點六億")
    Decimal('312560000000')
    >>> parse_zh_number("一切") is None
    True
    """
    stripped = text.strip()
    if not stripped:
        return None
    read = read_zh_value(stripped, 0)
    if read is None or read[1] != len(stripped):
        return None
    return read[0]
