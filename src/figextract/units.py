"""Units after a number, and their conversion to SI.

`match_unit(text, pos)` is called once per number, just after it, on the normalised text:
one precompiled `regex` pattern (the lists of data/units.tsv as prefix trees) matched at
`pos`, then a second one for a rate ("per hour", "/h", "an hour"). The surface forms, and the false
friends deliberately left out ("in", "pm", bare "degrees" ...), are listed in data/units.tsv.

Canonical unit names are pint-parsable once data/units.txt is loaded: "metric_ton",
"square_meter", "kilometer / hour", "kilogram / mu", "kilometer ** 3", "mu", "jin", "TEU".

`to_si` imports pint lazily, on its first call only, so extracting money and counts never
pays for pint.

Choices worth knowing:
- "5 feet 2 inches" is two matches for match_unit: "feet" after 5 and "inches" after 2
  (and "2 in" after "12 ft"); match_feet_inches reads them as one length (62 inch), for a
  caller that tries it first.
- A rate between units of one family is not a rate: "37.8 micrograms per gram" ends
  after "micrograms" (families are the sections of units.tsv).
- "5m" and "5 m" are metres: the money rules read "$5m" as 5 million before calling here.
- Chinese scale words are the caller's: "3.2万千瓦" calls match_unit after 万 and gets
  "kilowatt"; "万千瓦" is not a unit here.
- 度 is read as kilowatt hour (the press's 度电); a temperature "35度" is a known miss.
- "degrees" alone is no unit, except beside a word of turning: "rotate 90 degrees", "a
  180-degree turn" are angles (match_angle).
- "a year" after a unit is a rate ("5,000 tonnes a year") except in a time phrase ("a year
  ago", "a year earlier"); the same holds for match_per ("$3.2 billion a year ago").
- Some symbols are units only after a slash ("m/s": "s" alone is a plural or a decade).
"""

from __future__ import annotations

import functools
import logging
from decimal import Decimal
from pathlib import Path
from typing import Any

import regex

_DATA = Path(__file__).parent / "data"

DURATION_UNITS = frozenset(
    {"second", "minute", "hour", "day", "week", "month", "year", "century",
     "millisecond", "microsecond", "nanosecond"}
)
"""Canonical time units: durations ("three days"), which a caller may keep apart."""

_SQUARE = {"square", "sq", "sq."}
_CUBIC = {"cubic", "cu", "cu."}
_POWER_WORDS = {"2": 2, "^2": 2, "²": 2, "squared": 2, "3": 3, "^3": 3, "³": 3, "cubed": 3}
# pint names for powers of lengths (pint's own, plus the metric ones in data/units.txt)
_POWER_NAMES = {
    ("meter", 2): "square_meter", ("kilometer", 2): "square_kilometer",
    ("centimeter", 2): "square_centimeter", ("millimeter", 2): "square_millimeter",
    ("foot", 2): "square_foot", ("inch", 2): "square_inch", ("yard", 2): "square_yard",
    ("mile", 2): "square_mile",
    ("meter", 3): "cubic_meter", ("kilometer", 3): "cubic_kilometer",
    ("centimeter", 3): "cubic_centimeter", ("decimeter", 3): "cubic_decimeter",
    ("millimeter", 3): "cubic_millimeter", ("foot", 3): "cubic_foot",
    ("inch", 3): "cubic_inch", ("yard", 3): "cubic_yard",
}
_LENGTHS = {base for base, _ in _POWER_NAMES} | {"nautical_mile", "decimeter", "li"}

_CORE = r"""
    (?:(?P<pre>(?i:square|sq\.?|cubic|cu\.?))(?:[ ]+|-))?   # square metres, sq ft, square-foot
    (?:
        (?P<cjk>\L<cjk>)                                # Chinese: no boundary needed
      | (?P<inch>                                       # "in" is an inch only ...
            (?<=\b(?:ft|feet|foot)[ ]*\d+(?:\.\d+)?[ ]*)in   # ... after "12 ft 2"
          | in(?=\.?[ ]*\Z|\.[ ]+[\p{Lu}"(])              # ... or ending a sentence
        )(?![A-Za-z0-9])
      | (?:
            (?P<attached>(?<=[0-9/])\L<attached>)       # "5t", "km/h": right after a digit or /
          | (?P<denominator>(?<=/)\L<denominators>)     # "m/s": only after a slash
          | (?P<symbol>\L<symbols>)                     # case-sensitive: MB, Mb, g, m
          | (?P<word>(?i:\L<words>))                    # spelled out or safe abbreviations
        )
        (?P<pow>\^?[23](?![0-9])|[²³])?                  # m2, km^3, m³
        (?![A-Za-z0-9])                                 # a whole token: "5 min" is not "m"
        (?:[ ]+(?P<powword>(?i:squared|cubed))\b)?      # km squared
    )
"""

# The unit (_CORE) is one big pattern, compiled once (10 ms) and matched after the gap
# or the rate's separator, each matched first by a small pattern of its own. No unit
# starts with a space, so the separators' trailing spaces never need giving back.

# a gap after the number: one hyphen (10-gallon), else up to two spaces; taken whole
_GAP = regex.compile(r"-|[ ]{0,2}")

_PER = regex.compile(
    r"""
    (?: [ ]*(?P<slash>/)[ ]* | [ ]+(?P<per>(?i:per))[ ]+ | [ ]+(?P<an>(?i:an?))[ ]+ )
    (?! (?i:cent)\b )                                   # "per cent" is a percentage
    """,
    regex.VERBOSE,
)


@functools.cache
def _table() -> dict[str, dict[str, str]]:
    """units.tsv as {class: {surface: canonical}}; word and abbr keys are lower-cased."""
    table: dict[str, dict[str, str]] = {"cjk": {}, "attached": {}, "symbol": {}, "word": {},
                                        "denominator": {}}
    kinds: dict[str, str] = {}
    families: dict[str, str] = {}
    family = ""
    for line in (_DATA / "units.tsv").read_text("utf-8").splitlines():
        if line.startswith("# --- "):
            family = line[6:].split(" (")[0]
        if not line.strip() or line.startswith("#"):
            continue
        surface, canonical, kind = line.split("\t")
        families.setdefault(canonical, family)
        if kind in ("word", "abbr"):
            table["word"][surface.lower()] = canonical
            kinds[surface.lower()] = kind
        else:
            table[kind][surface] = canonical
    table["kind"] = kinds
    table["family"] = families
    return table


def _family(unit: str) -> str:
    """The section of units.tsv a canonical unit is in ("mass", "length" ...)."""
    if unit.startswith("square_") or " ** 2" in unit:
        return "area"
    if unit.startswith("cubic_") or " ** 3" in unit:
        return "volume"
    return _table()["family"].get(unit, unit)


def _trie(words: list[str]) -> str:
    """One alternation for a list of literals, factored by prefix ("k(?:g|m|Wh)").

    regex's named lists (\\L<name>) read better but cost 3-4 µs a call on these lists;
    a prefix tree fails on the first character, about 0.5 µs. Optional tails are greedy,
    so the longest entry that ends at a word boundary wins ("metric tons" over "metric ton").
    """
    root: dict[str, dict] = {}
    for word in words:
        node = root
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def build(node: dict[str, dict]) -> str:
        branches = [regex.escape(ch) + build(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if "" in node else body

    return "(?:" + build(root) + ")"


@functools.cache
def _core() -> Any:
    """_CORE with the lists of units.tsv written in as prefix trees."""
    t = _table()
    lists = {"cjk": t["cjk"], "attached": t["attached"], "symbols": t["symbol"],
             "words": t["word"], "denominators": t["denominator"]}
    pattern = _CORE
    for name, words in lists.items():
        pattern = pattern.replace(f"\\L<{name}>", _trie(list(words)))
    return regex.compile(pattern, regex.VERBOSE | regex.V0)


# _CORE's groups by number, as m.groups() lists them: `regex` reads a group by name several
# times slower than by number (tests/test_units.py holds these to _core().groupindex).
_PRE, _CJK, _INCH, _ATTACHED, _DENOMINATOR, _SYMBOL, _WORD, _POW, _POWWORD = range(9)


def _core_unit(m: Any) -> tuple[str, bool] | None:
    """Canonical unit of a _CORE match, and whether it was spelled out (a 'word')."""
    t = _table()
    groups = m.groups()
    if groups[_CJK]:
        return t["cjk"][groups[_CJK]], False
    if groups[_INCH]:
        unit, spelled = "inch", False
    elif groups[_ATTACHED]:
        unit, spelled = t["attached"][groups[_ATTACHED]], False
    elif groups[_DENOMINATOR]:
        unit, spelled = t["denominator"][groups[_DENOMINATOR]], False
    elif groups[_SYMBOL]:
        unit, spelled = t["symbol"][groups[_SYMBOL]], False
    else:
        key = groups[_WORD].lower()
        unit, spelled = t["word"][key], t["kind"][key] == "word"
    power = _power(groups)
    if power is None:
        return None
    if power > 1:
        if unit == "second" and not groups[_PRE]:
            return f"second ** {power}", False  # an acceleration's "m/s^2", "m/s²"
        if unit not in _LENGTHS:
            return None  # "square kilograms": not a unit, and not worth guessing
        unit = _POWER_NAMES.get((unit, power), f"{unit} ** {power}")
    return unit, spelled


def _power(groups: tuple[str | None, ...]) -> int | None:
    """1, 2 or 3 from "square"/"cubic" before and "2"/"³"/"squared" after; None if they clash."""
    pre = (groups[_PRE] or "").lower()
    before = 2 if pre in _SQUARE else 3 if pre in _CUBIC else 1
    after_text = groups[_POW] or (groups[_POWWORD] or "").lower()
    after = _POWER_WORDS.get(after_text, 1)
    if before > 1 and after > 1:
        return None
    return max(before, after)


_TIME_AGO = regex.compile(r"[ ]+(?i:ago|earlier|before|previously|prior|later|back)\b")


# What _PER can open with past one space ("/", "per", "a", "an"; a second space leaves it to
# _PER): tried after every money figure, the pattern is spared where this rules it out.
_RATE_OPENERS = frozenset("/pPaA ")


def _match_rate(text: str, pos: int) -> tuple[int, str] | None:
    char = text[pos:pos + 1]
    if char == " ":
        char = text[pos + 1:pos + 2]
    if char not in _RATE_OPENERS:
        return None
    separator = _PER.match(text, pos)
    if separator is None:
        return None
    m = _core().match(text, separator.end())
    if m is None:
        return None
    found = _core_unit(m)
    if found is None:
        return None
    unit, spelled = found
    # group 3 is _PER's "an" (by number: see _CORE's groups)
    if separator.group(3) and (not spelled or _TIME_AGO.match(text, m.end())):
        # "a" / "an" only before a spelled-out unit ("miles an hour", "a tonne"), and not
        # in a time phrase: "$3.2 billion a year ago", "5,000 tonnes a year earlier"
        return None
    return m.end(), unit


@functools.cache
def _openings(size: int) -> frozenset[str]:
    """The first `size` characters, lower-cased, of every unit, "square" or "cubic" word
    and "in", in every spelling (?i) reads as them ("K" the kelvin sign is a "k" to it)."""
    t = _table()
    forms = [*t["cjk"], *t["attached"], *t["symbol"], *t["word"], *t["denominator"], "in",
             *_SQUARE, *_CUBIC]

    def ascii_forms(char: str) -> set[str]:
        return {v[0].lower() for v in (char, char.lower(), char.upper(), char.casefold())
                if v[:1].isascii()}

    heads: set[str] = set()
    for form in forms:
        if len(form) < size:
            continue
        options = [""]
        for char in form[:size]:
            options = [head + other for head in options for other in ascii_forms(char)]
        heads.update(options)
    return frozenset(heads)


def _may_open_unit(text: str, pos: int) -> bool:
    """False where no _CORE match can start: at three ASCII letters, or two, that open no
    unit ("vil" of "village", "of"). A unit needs no letter or digit right after it, so
    letters open a unit only as its first letters. A set lookup spares the pattern (about
    1.2 µs) at most words after a number."""
    three = text[pos:pos + 3]
    if three.isascii():
        if len(three) == 3 and three.isalpha():
            return three.lower() in _openings(3)
        if len(three) >= 2 and three[:2].isalpha():
            return three[:2].lower() in _openings(2)
    return True


def match_unit(text: str, pos: int) -> tuple[int, str] | None:
    """(end offset, canonical unit) of the unit right after a number ending at `pos`.

    Skips up to two spaces or one hyphen ("10-gallon"), takes the longest unit there, and
    a rate after it ("412 kg per mu" -> "kilogram / mu", "10 km/h" -> "kilometer / hour").
    None when no unit starts there, or the word there is a false friend ("5 in the list",
    "3 pm", "24 degrees"; but "rotate 90 degrees" is an angle, see match_angle).
    """
    start = _GAP.match(text, pos).end()
    if not _may_open_unit(text, start):
        return match_angle(text, pos)
    m = _core().match(text, start)
    if m is None:
        return match_angle(text, pos)
    found = _core_unit(m)
    if found is None:
        return None
    unit, _ = found
    end = m.end()
    rate = _match_rate(text, end)
    # a rate between units of one family is a ratio ("37.8 micrograms per gram"): the
    # quantity is the numerator alone
    if rate is not None and " / " not in unit and _family(rate[1]) != _family(unit):
        end, denominator = rate
        unit = f"{unit} / {denominator}"
    return end, unit


_DEGREES = regex.compile(r"(?>-|[ ]{0,2})(?i:degrees?)(?![A-Za-z0-9])")
# a word of turning a little before the number: "rotate 90 degrees", "turn left 45 degrees",
# "at an angle of 30 degrees"
_TURNING_BEFORE = regex.compile(
    r"(?i:\b(?:rotat(?:e[sd]?|ing|ions?)|turn(?:s|ed|ing)?|tilt(?:s|ed|ing)?|spin(?:s|ning)?"
    r"|swivel(?:s|l?ed|l?ing)?|pivot(?:s|ed|ing)?|veer(?:s|ed|ing)?|swung|swing(?:s|ing)?"
    r"|angle[sd]?|inclin(?:e[sd]?|ing|ation))\b)"
    r"[^.;:!?\d]{0,24}[-+\d.,/ ]*$"                     # ... then the number itself
)
# a word of turning after it: "a 180-degree turn", "a 360-degree view"
_TURNING_AFTER = regex.compile(
    r"[ -]+(?i:turns?|angle|rotation|arc|view|panorama|spin|swing|pivot|tilt)\b"
)


def match_angle(text: str, pos: int) -> tuple[int, str] | None:
    """(end, "degree") for a bare "degrees" that is an angle by the words around it.

    Alone, "24 degrees" is a temperature of an unknown scale, an angle or a diploma, and
    is no quantity (see units.tsv); after a word of turning ("rotate 90 degrees") or
    before one ("a 180-degree turn") it is an angle. The look back is 40 characters."""
    if text.find("egree", pos, pos + 9) < 0:
        return None  # the common case, without a regex call
    m = _DEGREES.match(text, pos)
    if m is None:
        return None
    if _TURNING_AFTER.match(text, m.end()) or _TURNING_BEFORE.search(
            text, max(0, pos - 48), pos):
        return m.end(), "degree"
    return None


def match_per(text: str, pos: int) -> tuple[int, str] | None:
    """(end offset, denominator unit) of a rate after a money amount ending at `pos`.

    "per month" -> "month", "a year" -> "year", "/hour" -> "hour", "per tonne" ->
    "metric_ton", "per mu" -> "mu". "a"/"an" only before a spelled-out unit ("a share" and
    "a barrel of" are the caller's to read: "share" is not a unit here).
    """
    return _match_rate(text, pos)


_FEET_INCHES = regex.compile(
    r"""
    (?>-|[ ]{0,2}) (?:feet|foot|ft\.?|') [ ]*          # 5 feet, 5 ft, 5'
    (?:,[ ]*)? (?:and[ ]+)?                             # 5 feet, and ...
    (?P<inches>\d{1,2}(?:\.\d+)?) [ ]*                   # 2
    (?:inches|inch|in\b|"|″|'')                        # inches, in, "
    """,
    regex.VERBOSE | regex.IGNORECASE,
)


def match_feet_inches(text: str, pos: int, feet: Decimal) -> tuple[int, Decimal, str] | None:
    """(end, length in inches, "inch") for "5 feet 2 inches", "12 ft 2 in", "5'2\"".

    `pos` is just after the number of feet, whose value is `feet`. The figure becomes
    one length in inches (5 feet 2 inches -> 62 inch), exact where feet in decimals are
    not (5.1666... ft). None when no inches follow; then match_unit reads the feet alone.
    """
    m = _FEET_INCHES.match(text, pos)
    if m is None:
        return None
    return m.end(), feet * 12 + Decimal(m.group("inches")), "inch"


# --- conversion to SI (pint, lazily) -------------------------------------------------------

# pint works in floats: factors keep 15 significant digits (all a float holds), results 12,
# which drops the float noise and the error of the factor's own rounding (5 mu -> 3333.33333333)
_FACTOR_DIGITS = 15
_SIGNIFICANT = 12
# nicer than kg * m ** 2 / s ** 2
_NAMED_SI = ("joule", "watt", "pascal", "volt", "newton", "ohm")


@functools.cache
def _registry() -> Any:
    import pint

    try:  # pint's parsed-definitions cache (~/.cache/pint): 100 ms less on later runs
        registry = pint.UnitRegistry(cache_folder=":auto:")
    except OSError:  # no writable cache folder: parse the definitions every time
        registry = pint.UnitRegistry()
    pint_log = logging.getLogger("pint")
    level = pint_log.level
    pint_log.setLevel(logging.ERROR)  # "Redefining 'li'" is intended, see units.txt
    try:
        registry.load_definitions(str(_DATA / "units.txt"))
    finally:
        pint_log.setLevel(level)
    return registry


def _significant(value: Decimal, digits: int = _SIGNIFICANT) -> Decimal:
    """`value` rounded to `digits` significant digits, without exponent or trailing zeros."""
    if not value:
        return Decimal(0)
    rounded = value.quantize(Decimal(1).scaleb(value.adjusted() - digits + 1))
    rounded = rounded.normalize()
    return rounded.quantize(Decimal(1)) if rounded.as_tuple().exponent > 0 else rounded


@functools.cache
def _si_factor(unit: str) -> tuple[Decimal, Decimal, str] | None:
    """(factor, offset, si unit) with si = value * factor + offset; None if pint can't.
    The units of units.tsv are answered from data/si_factors.tsv, pint's own answers
    frozen (tests/test_si_factors.py checks them): loading pint costs 150 ms, more than
    the rest of `figextract one-page.txt` together. Rates per unit of time ("gigawatt_hour
    / year", "metric_ton / day") are in data/si_rates.tsv, read only when a rate comes
    (a thousand lines). Other units ask pint."""
    frozen = _frozen_si_factors()
    if unit in frozen:
        return frozen[unit]
    if " / " in unit:
        rates = _frozen_si_factors("si_rates.tsv")
        if unit in rates:
            return rates[unit]
    return _pint_si_factor(unit)


@functools.cache
def _frozen_si_factors(name: str = "si_factors.tsv"
                       ) -> dict[str, tuple[Decimal, Decimal, str] | None]:
    """data/NAME: unit, factor, offset, si unit ("-" where pint has none)."""
    frozen: dict[str, tuple[Decimal, Decimal, str] | None] = {}
    with open(_DATA / name, encoding="utf-8") as handle:
        for line in handle:
            if line.startswith("#") or not line.strip():
                continue
            unit, factor, offset, si_unit = line.rstrip("\n").split("\t")
            frozen[unit] = None if si_unit == "-" else (Decimal(factor), Decimal(offset),
                                                         si_unit)
    return frozen


def _pint_si_factor(unit: str) -> tuple[Decimal, Decimal, str] | None:
    """_si_factor's answer from pint itself."""
    registry = _registry()
    try:
        one = registry.Quantity(1, unit)
        base = one.to_base_units()
        target = base.units
        for name in _NAMED_SI:
            if base.dimensionality == registry.Quantity(1, name).dimensionality:
                target = registry.parse_units(name)
        zero = registry.Quantity(0, unit).to(target).magnitude
        factor = one.to(target).magnitude - zero
    except Exception:  # pint raises many kinds for names it cannot read or convert
        return None
    if base.unitless:
        return None  # "" or a ratio: no unit to report (angles keep radian)
    return (_significant(Decimal(repr(float(factor))), _FACTOR_DIGITS),
            _significant(Decimal(repr(float(zero))), _FACTOR_DIGITS), format(target))


def to_si(value: Decimal, unit: str) -> tuple[Decimal, str] | None:
    """`value` `unit` in SI units: (Decimal("5000") , "metric_ton") -> (5000000, "kilogram").

    Energy, power, pressure, voltage, force and resistance come out in joule, watt, pascal,
    volt, newton and ohm; data in bit (pint's base); TEU only in TEU. Factors and results
    are rounded to 12 significant digits, so exact factors give exact results (1.5 mu ->
    1000 m²).
    None when pint cannot read `unit`.
    """
    found = _si_factor(unit)
    if found is None:
        return None
    factor, offset, si_unit = found
    return _significant(value * factor + offset), si_unit
