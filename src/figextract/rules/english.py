"""The English finder: each numeral the scanner found becomes money, percent, quantity or
count by what is written on either side of it, or is dropped as a not-figure.

Rule names recorded on each figure (Figure.rules) say why it was read as it was, so a
debug view can show them.
"""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

import regex

from ..document import Document
from ..figure import Figure
from ..numbers import SCALES, SHORT_SCALES, exact
from ..spans import SpanSet
from ..units import match_feet_inches, match_per, match_unit
from . import count, money, not_figures, percent, qualifier
from .compound import join_numerals
from .numerals import Numeral, scan

# "one" is a pronoun more often than a figure: "the one", "one of", "no one"
_PRONOUN_ONE_BEFORE = regex.compile(
    r"(?i:\b(?:the|this|that|which|no|any|every|each|some|someone|anyone|every|last|"
    r"first|only|another|little|big|new|old|right|wrong|same|other|one|day|week|phase|"
    r"stage|round|part|chapter|season|episode|number|game|level|grade|year|one[ ]+by)[ ]+)$"
)
_PRONOUN_ONE_AFTER = regex.compile(
    r"(?i:[ ]+(?:of|another|by|after|who|which|that|another's|and[ ]+only|day|time|"
    r"way|hand|side|thing|point|another))\b|'s\b"
)
_WORD_NUMBER_STOP = frozenset({"one", "a", "an"})
_NEGATIVE_CONTEXT = regex.compile(r"(?i:minus|negative)")


def find_en(doc: Document) -> tuple[list[Figure], list[tuple[int, int]]]:
    """Figures read from the numerals of the text, and the not-figure spans found.

    A numeral whose first character lies in a not-figure span ("2021-03-04", a phone
    number) is not read: its figure would hold that character, and the pipeline drops
    every figure that overlaps a not-figure span. About a sixth of the numerals of news
    text, each of which costs the whole reading of its context."""
    norm = doc.norm
    vetoes = [(start, end) for start, end, _ in not_figures.veto_spans(norm)]
    vetoed = SpanSet(vetoes).overlaps
    figures: list[Figure] = []
    last_end = 0
    # Numerals passed over since the last figure: where their figures would have ended
    # still decides whether a currency before the next numeral is its prefix, so they
    # are read, in order, when a numeral with a prefix comes.
    unread: list[Numeral] = []
    for numeral in join_numerals(norm, scan(norm), vetoed):
        if numeral.prefix is not None:
            for passed in unread:
                figure = _read(doc, passed)
                last_end = figure.end if figure is not None else last_end
            unread.clear()
            if numeral.start < last_end <= numeral.num_start:
                # "10 rmb 20 usd": the code already closed the figure before; not a prefix
                numeral = replace(numeral, start=numeral.num_start, prefix=None)
        if vetoes and vetoed(numeral.num_start, numeral.num_start + 1):
            unread.append(numeral)
            continue
        figure = _read(doc, numeral)
        if figure is not None:
            figures.append(figure)
            last_end = figure.end
            unread.clear()
    return figures, vetoes


def _read(doc: Document, num: Numeral) -> Figure | None:
    norm = doc.norm
    end = num.end
    rules: list[str] = ["numeral_words" if num.words else "numeral_digits"]
    if num.rule is not None:
        rules.append(num.rule)
    value = num.value

    if num.prefix is not None:
        code = money.prefix_currency(num.prefix, norm, num.start)
        if code is not None:
            suffix = money.suffix_currency(norm, end)
            if suffix is not None and suffix[1] == code:
                end = suffix[0]  # "$5 million USD": the code restates the symbol
            return _money(doc, num.start, end, value, rules + ["money_prefix"], code)
    # a short scale glued to digits ("5m") is a scale only when money follows
    base_end = end
    if num.short_scale is not None:
        suffix = money.suffix_currency(norm, end)
        if suffix is None and (num.short_scale == "mm"
                               or num.short_scale == "m" and not _million_of(norm, end)):
            return _unit_or_count(doc, _without_short_scale(num), rules)  # "a 5m wall"
        if suffix is not None:
            return _money_suffix(doc, num, value, suffix, rules)
    pct = percent.percent_suffix(norm, base_end)
    if pct is not None:
        return _percent(doc, num, pct, rules)
    suffix = money.suffix_currency(norm, base_end)
    if suffix is not None:
        return _money_suffix(doc, num, value, suffix, rules)
    return _unit_or_count(doc, num, rules)


def _million_of(norm: str, end: int) -> bool:
    """After "5m", a unit or a plural noun makes the "m" a million: "1.1m tonnes", "3.2m
    km", "3m people", "1.2m rural households"; otherwise it is metres ("a 5m wall", "the
    100m sprint", "5m high")."""
    if not norm.startswith(" ", end):
        return False
    return match_unit(norm, end) is not None or count.noun_after(norm, end, max_words=2) is not None


def _without_short_scale(num: Numeral) -> Numeral:
    """The numeral with its glued "m" given back to the text (5m is five metres)."""
    from ..numbers import SHORT_SCALES

    scale = SHORT_SCALES[num.short_scale.lower()] if num.short_scale else 1
    cut = len(num.short_scale or "")
    return Numeral(num.start, num.end - cut, num.num_start, exact(num.value / scale),
                   num.prefix, None, num.words, False, None)


def _money_suffix(doc: Document, num: Numeral, value: Decimal,
                  suffix: tuple[int, str, Decimal], rules: list[str]) -> Figure:
    end, code, factor = suffix
    value = value * factor
    rules = rules + ["money_suffix"]
    if factor == 1 and not num.has_scale:
        scaled = money.scale_after(doc.norm, end)
        if scaled is not None:
            end, multiplier = scaled  # "75 USD million"
            value *= multiplier
            rules.append("money_scale_after")
        elif value == value.to_integral_value():
            cents = money.cents_after(doc.norm, end, code)
            if cents is not None:
                end, part = cents  # "3 dollars 50 cents"
                value += part
                rules.append("money_cents")
    return _money(doc, num.start, end, exact(value), rules, code)


def _money(doc: Document, start: int, end: int, value: Decimal, rules: list[str],
           code: str) -> Figure:
    """A money figure. A rate written after it ("per month", "/hour", "a kilogram") is
    part of its span, and the rate's denominator is its `unit` ("month", "hour",
    "kilogram"): "1,500 yuan per month" is 1500 CNY with unit "month"."""
    unit = None
    rate = match_per(doc.norm, end)
    if rate is not None:
        end, unit = rate
        rules = rules + ["money_rate"]
    return _figure(doc, "money", start, end, value, rules, currency=code, unit=unit)


def _percent(doc: Document, num: Numeral, pct: tuple[int, str], rules: list[str]) -> Figure:
    end, unit = pct
    value = num.value
    if unit == "bp":  # "a cut of 25 basis points" is 0.25 percentage points
        value, unit, rules = exact(value / 100), "pp", rules + ["basis_points"]
    figure = _figure(doc, "percent", num.start, end, value, rules + ["percent_suffix"],
                     unit=unit)
    of = percent.OF_NOUN.match(doc.norm, end)
    if of is not None:
        noun = count.noun_after(doc.norm, of.start("noun")) or _first_word(of.group("noun"))
        if noun:
            figure.noun = noun if isinstance(noun, str) else noun[1]
    return figure


def _first_word(text: str) -> str | None:
    word = text.split()[0] if text.split() else None
    if word is None or word.lower() in count.STOP_WORDS:
        return None
    return word


# "2,000-plus stores", "a 500-plus team", "1,000 plus stores": more than the number
_PLUS = regex.compile(r"-plus\b|[ ]plus(?=[ ]+[A-Za-z])")


def _unit_or_count(doc: Document, num: Numeral, rules: list[str]) -> Figure | None:
    """A quantity or a count; "N-plus" ("2,000-plus stores") is over N."""
    plus = _PLUS.match(doc.norm, num.end)
    if plus is not None and (plus.group().startswith("-")
                             or count.noun_after(doc.norm, plus.end()) is not None):
        figure = _unit_or_count_as_written(doc, replace(num, end=plus.end()), rules + ["plus"])
        if figure is not None and figure.qualifier is None:
            figure.qualifier = "over"
        return figure
    return _unit_or_count_as_written(doc, num, rules)


def _unit_or_count_as_written(doc: Document, num: Numeral, rules: list[str]) -> Figure | None:
    norm = doc.norm
    if num.start and norm[num.start - 1] == "-" and _after_code(norm, num.start):
        return None  # "scp2-173m", "A4-300": the tail of a code or model number
    length = _feet_and_inches(norm, num)
    if length is not None:  # "5 feet 2 inches" is one length: 62 inches
        end, inches = length
        return _figure(doc, "quantity", num.start, end, inches, rules + ["feet_inches"],
                       unit="inch")
    unit = match_unit(norm, num.end)
    if unit is None and 0 < num.value < 1 and (of_a := _OF_A.match(norm, num.end)):
        unit = match_unit(norm, of_a.end())  # "three-quarters of a mile"
    if unit is not None:
        end, name = unit
        if num.words and doc.text[num.start].isupper() and _capitalised_unit(doc.text, num.end):
            return None  # "the 14th Five-Year Plan" is a name
        return _figure(doc, "quantity", num.start, end, num.value, rules + ["unit_suffix"],
                       unit=name)
    if not_figures.letters_follow(norm, num.end):
        return None  # 5G, 3D, A4 and the like
    noun = count.noun_after(norm, num.end)
    if _is_year(norm, num) and (
            noun is None or doc.text[num.end + 1:num.end + 2].isupper()
            or _YEAR_BEFORE_NOUN.search(norm, max(0, num.start - 12), num.start)):
        return None  # "in 2020", "the 2021 Stamps", "its 2022 report" (not "1990 households")
    if num.words and _is_pronoun(norm, num):
        return None
    if noun is None and _after_name(doc, num):
        return None
    figure = _figure(doc, "count", num.start, num.end, num.value, rules + ["count"])
    if noun is not None:
        figure.noun = noun[1]
        figure.rules.append("count_noun")
    elif not num.words or num.value >= 2:
        of_total = count.noun_of_total(norm, num.end)
        if of_total is not None:
            figure.noun = of_total
            figure.rules.append("count_noun_of_total")
    return figure


_YEAR_BEFORE_NOUN = regex.compile(
    r"(?i:\b(?:the|its|their|this|that|our|his|her|your|a|Q[1-4]|H[12])[ ]+)$")  # Q3 2023 results
_CAPITALISED_UNIT = regex.compile(r"[ -]*\p{Lu}")
_NAME_BEFORE = regex.compile(r"(?:^|[ (])(?P<word>\p{Lu}[\p{L}&'.-]*)[ ]$")
_NOT_NAMES = frozenset(
    """About Around Approximately Some Nearly Almost Over More Less Under Below Above At Up
    Only Just All And The In On Of For By To From With Since Until Between Among Total
    Each Every Another Another January February March April May June July August September
    October November December Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec""".split()
)


_OF_A = regex.compile(r"[ ]+of[ ]+an?(?=[ ])")
_CODE_BEFORE = regex.compile(r"(?<![\w$])(?P<letters>[A-Za-z]{1,8})\d{1,8}-$")


def _after_code(norm: str, start: int) -> bool:
    """A letters-and-digits token and a hyphen stand right before `start` ("scp2-"); not
    a currency code and an amount ("RMB5-10 million" is a range)."""
    from ..currencies import ISO_CODES

    match = _CODE_BEFORE.search(norm, max(0, start - 18), start)
    if match is None:
        return False
    letters = match.group("letters").upper()
    return letters not in ISO_CODES and letters != "RMB"


def _capitalised_unit(text: str, pos: int) -> bool:
    return bool(_CAPITALISED_UNIT.match(text, pos))


def _after_name(doc: Document, num: Numeral) -> bool:
    """'Fortune Global 500', 'Windows 10': a bare number right after a capitalised word
    that does not open the sentence is part of a name."""
    if num.words or num.prefix or num.has_scale:
        return False
    window = doc.text[max(0, num.start - 40): num.start]
    match = _NAME_BEFORE.search(window)
    if match is None or match.group("word") in _NOT_NAMES:
        return False
    before_word = window[: match.start("word")].rstrip(" (")
    return bool(before_word) and before_word[-1] not in ".!?:;\n|\"'“"


def _is_year(norm: str, num: Numeral) -> bool:
    return not_figures.is_year(norm, num.start, num.plain_digits)


def _is_pronoun(norm: str, num: Numeral) -> bool:
    word = norm[num.start:num.end].lower()
    if word not in _WORD_NUMBER_STOP:
        return False
    before = norm[max(0, num.start - 20): num.start]
    return bool(_PRONOUN_ONE_BEFORE.search(before) or _PRONOUN_ONE_AFTER.match(norm, num.end))


def _feet_and_inches(norm: str, num: Numeral) -> tuple[int, Decimal] | None:
    """(end, length in inches) of "5 feet 2 inches", "6 ft 2 in", "5'2\"" after digits."""
    near = norm[num.end:num.end + 3]
    if num.words or ("f" not in near and "F" not in near and "'" not in near):
        return None
    found = match_feet_inches(norm, num.end, num.value)
    return None if found is None else (found[0], exact(found[1]))


# Every word numbers.scale_multiplier reads as a scale: "million", "millions", "bn", "k".
_SCALE_WORDS = {**SCALES, **{word + "s": n for word, n in SCALES.items()}, **SHORT_SCALES}
# The first of them written as a whole word (a run of ASCII letters) in lower-cased text:
# one search, where splitting the text into words and looking each up cost twice as long.
_SCALE_WORD = regex.compile(
    r"(?<![A-Za-z])(?:\L<scales>)(?![A-Za-z])",
    scales=sorted(_SCALE_WORDS, key=len, reverse=True),
)


def _scale_of(text: str) -> int:
    """The scale word's multiplier, for ranges whose low end borrows it ("2 and 3 billion"):
    that of the first scale word in the figure's text, 1 when it has none."""
    match = _SCALE_WORD.search(text.lower())
    return 1 if match is None else _SCALE_WORDS[match.group()]


def _figure(doc: Document, kind: str, start: int, end: int, value: Decimal,
            rules: list[str], **fields: str | None) -> Figure:
    figure = Figure(kind=kind, start=start, end=end, text=doc.text[start:end], value=value,
                    rules=rules, **fields)  # type: ignore[arg-type]
    figure.qualifier = qualifier.qualifier_before(doc.norm, start)
    if kind != "quantity" and "ratio" not in rules:
        figure.scale = _scale_of(doc.norm[start:end])
    if figure.qualifier:
        figure.rules.append("qualifier")
    return figure
