"""Numerals the scanner finds in pieces that make one figure, and word numerals that are
ordinals after all. One pass over the scanner's numerals, before they are read in context:

- ratio: "one in five adults", "two out of three farms", "1 over 3" -> one count whose
  value is the fraction (exact, or to 28 significant digits), covering the whole phrase;
- scale_continued: "3 hundred and 21" 321, "6 crore and two hundred", "3 million and a
  half" 3500000: digits with a scale word, then "and" and what is below that scale;
- dozens: "3 dozen" 36, "3 dzs", "five dozs": a dozen abbreviated or after digits;
- ordinal_not_figure: "a third term", "for a fifth time", "the one hundred fifth
  anniversary", "the twenty fifth": an ordinal, no figure at all;
- and_a_half: "one-and-a-half million";
- clock_time: "at one in the morning", "two o'clock", "half past two": a time, no figure;
- vague: "several hundred", "a few thousand", a lone scale word ("about billion"): no
  figure.

The connectors are checked on the text between two numerals that stand a few characters
apart, so the pass costs next to nothing on text without them.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from decimal import Decimal

import regex

from ..numbers import DENOMINATORS, SCALES, TENS, divide, exact, parse_numeral
from ..units import match_unit
from . import count, money, not_figures, percent
from .numerals import Numeral

_MAX_GAP = 16  # " out of every " and " and " fit

_RATIO_GAP = regex.compile(r"""
    [ ]+(?P<word>(?i:in|out[ ]+of|over|of(?=[ ]+every\b)))   # "of" only before "every"
    (?:[ ]+(?i:every))?                              # "one in every four"
    [ ]+
""", regex.VERBOSE)
# "a one-in-five chance": the scanner never reads a number glued to "in-", so the
# denominator is read here. Not digits: not_figures vetoes "in-5" as a name ("COVID-19").
_HYPHENED_RATIO = regex.compile(r"""
    -(?i:in|out-of)-
    (?P<denominator>(?i:[a-z]+(?:-[a-z]+)?))       # "five", "twenty-five"
    (?![-\w])                                      # not "one-in-five-year"
""", regex.VERBOSE)
# "45 out of 300 counties, or 15%": a share the text states; kept as three figures so that
# `check` can test it (rules/relations.py reads "A ... of B, or p%")
_PERCENT_IN_CLAUSE = regex.compile(r"[^.;!?\n]{0,60}?\d[ ]?(?:%|(?i:percent|per[ ]cent)\b)")
_VAGUE_BEFORE = regex.compile(r"(?i:\b(?:several|a[ ]+few|few|many|a[ ]+couple(?:[ ]+of)?)[ ]+)$")
_AND_GAP = regex.compile(r"[ ]+and[ ]+")
_DOZEN_GAP = regex.compile(r"[ ]")
# "3 dzs", "five dozs", "2 doz": a dozen abbreviated after a number
_DOZEN_ABBREVIATION = regex.compile(r"[ ]?(?i:doz|dz)s?(?![\w])")
# "between 3 million and 900,000": two ends of a range, not one number
_RANGE_BEFORE = regex.compile(r"(?i:\bbetween[ ]+)$")
# after "a third", "a fifth": the words that keep it a fraction ("a third of voters",
# "cut by a fifth in 2020", "a third more"); any other word makes it an ordinal
_FRACTION_FOLLOWERS = frozenset(
    """of more less fewer higher lower larger smaller bigger greater cheaper and or but to in
    on at by from than since as over under for with after before compared this last per
    the its their his her our is was were are has have had will would while when between
    among across during within down up""".split())
_NEXT_WORD = regex.compile(r"(?P<sep>[ ]+|-)(?P<word>[A-Za-z]+)")
# a tens or scale word standing before a singular ordinal: "twenty fifth", "hundred (and) fifth"
_ORDINAL_AFTER = regex.compile(
    r"(?:[ ]+and)?[ ]+(?i:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth"
    r"|twelfth|twentieth|hundredth|thousandth|millionth)(?![-\w])")
_ORDINAL_HEADS = frozenset({*TENS, *SCALES})
_WORD_SPLIT = regex.compile(r"[ -]+")
# an hour of the clock: "one in the morning", "ten at night", "two o'clock", "half past two"
_CLOCK_AFTER = regex.compile(
    r"[ ]+(?:in[ ]+the[ ]+(?:morning|afternoon|evening)|at[ ]+night|o['’]clock)\b", regex.I)
_CLOCK_BEFORE = regex.compile(r"\b(?:half|quarter)[ ]+(?:past|to)[ ]+$", regex.I)
# "one-and-a-half million", "two-and-a-half"
_AND_A_HALF = regex.compile(r"-and-a-half(?:[ ]+(?P<scale>(?i:hundred|thousand|million|billion|"
                            r"trillion)))?(?![-\w])")


def join_numerals(norm: str, numerals: list[Numeral],
                  vetoed: Callable[[int, int], bool]) -> list[Numeral]:
    """The numerals with the pieces of one figure joined and the ordinals dropped.
    `vetoed(start, end)` says whether a span overlaps a not-figure span: a piece inside
    one ("No. 1 in 50 states", "Windows 10 in 20 countries") is never joined, since the
    veto would take the other piece with it."""
    out: list[Numeral] = []
    i = 0
    while i < len(numerals):
        num = numerals[i]
        nxt = numerals[i + 1] if i + 1 < len(numerals) else None
        joined = None
        if nxt is not None and nxt.start - num.end <= _MAX_GAP:
            joined = (_ratio(norm, num, nxt) or _scale_continued(norm, num, nxt)
                      or _dozens_after(norm, num, nxt))
        if joined is not None and vetoed(joined.start, joined.end):
            joined = None
        if joined is not None:
            out.append(joined)
            i += 2
            continue
        i += 1
        if num.words and (_is_ordinal(norm, num) or _is_vague(norm, num)
                          or _is_clock_time(norm, num, before=True)):
            continue
        longer = None
        # each rule that reads past the numeral tried only where it can start
        after = norm[num.end:num.end + 2]
        if after in _CLOCK_STARTS:
            if _is_clock_time(norm, num, before=False):
                continue
        elif after in _DOZEN_STARTS:
            longer = _dozens_abbreviated(norm, num)
        elif after[:1] == "-":
            longer = _hyphened_ratio(norm, num) or _and_a_half(norm, num)
        out.append(longer or num)
        while longer is not None and i < len(numerals) and numerals[i].start < longer.end:
            i += 1  # "one-and-a-half million": "million" is inside it
    return out


# How what follows a numeral may begin for the rules that read past it: " in the morning",
# " at night", " o'clock" (_is_clock_time); " dzs", "dz", " doz" (_dozens_abbreviated);
# "-in-five" and "-and-a-half" start with "-".
_CLOCK_STARTS = frozenset({" i", " a", " o", " I", " A", " O"})
_DOZEN_STARTS = frozenset({" d", " D", "dz", "do", "Dz", "Do", "DZ", "DO"})


def _ratio(norm: str, first: Numeral, second: Numeral) -> Numeral | None:
    """'one in five', 'two out of five hundred', '1 over 3': a fraction in one figure.
    'in' and 'out of' give a share (no more than the whole) of a small or spelled-out
    numerator ("one in five", "9 out of 10", "twelve out of twenty"); 'over' reads as a fraction
    only where no noun follows ('12 over 10 rivals'). Never with a year ('1 in 2020')."""
    gap = _RATIO_GAP.fullmatch(norm, first.end, second.start)
    if gap is None or not _bare(first) or not _bare(second):
        return None
    a, b = first.value, second.value
    if a != a.to_integral_value() or b != b.to_integral_value() or b <= 0:
        return None
    if _other_kind_after(norm, second.end) or _looks_like_year(norm, second):
        return None  # "1 in 10 minutes", "one in five percent", "5 over 2021"
    word = gap.group("word").lower()
    if word == "over":
        if count.noun_after(norm, second.end) is not None:
            return None
    elif abs(a) > b:
        return None
    elif not first.words and abs(a) >= 10:
        return None  # "1,500 out of 2,000 applicants": two counts a reader checks one by one
    elif word.startswith("out") and _PERCENT_IN_CLAUSE.match(norm, second.end):
        return None
    return _merged(first, second, divide(a, b), "ratio")


def _hyphened_ratio(norm: str, num: Numeral) -> Numeral | None:
    """'a one-in-five chance', 'a 1-in-twenty chance'."""
    if not norm.startswith("-", num.end) or not _bare(num) or num.has_scale:
        return None
    found = _HYPHENED_RATIO.match(norm, num.end)
    if found is None:
        return None
    denominator = parse_numeral(found.group("denominator"))
    if denominator is None or denominator <= 0 or num.value > denominator \
            or num.value != num.value.to_integral_value():
        return None
    return replace(num, end=found.end(), value=divide(num.value, denominator),
                   plain_digits=None, rule="ratio")


def _scale_continued(norm: str, first: Numeral, second: Numeral) -> Numeral | None:
    """'3 hundred and 21' 321, '6 crore and two hundred' 60000200, '3 million and a half'
    3500000: what follows 'and' is below the scale word, so it adds to the number."""
    if first.words or not first.has_scale or first.short_scale is not None:
        return None
    if not _AND_GAP.fullmatch(norm, first.end, second.start):
        return None
    if second.prefix is not None or second.short_scale is not None or second.value <= 0:
        return None
    scale = _last_scale(norm[first.num_start:first.end])
    if not second.words and not second.has_scale and scale > 100:
        return None  # "RMB 5 million and 10 rmb", "5 million and 2019": two numbers
    if _RANGE_BEFORE.search(norm, max(0, first.start - 12), first.start):
        return None
    if percent.percent_suffix(norm, second.end) is not None:
        return None  # "3 million and 5%"
    if second.value < 1:
        if scale < 1000:
            return None  # "3 hundred and a half" is no common way to write 300.5
        return _merged(first, second, exact(first.value + second.value * scale),
                       "scale_continued")
    if second.value >= scale or second.value != second.value.to_integral_value():
        return None
    return _merged(first, second, exact(first.value + second.value), "scale_continued")


def _dozens_after(norm: str, first: Numeral, second: Numeral) -> Numeral | None:
    """'3 dozen', '3 dozens': digits, then the dozen written out."""
    if first.words or first.has_scale or not _bare(first):
        return None
    if not _DOZEN_GAP.fullmatch(norm, first.end, second.start):
        return None
    if norm[second.start:second.end].lower() not in ("dozen", "dozens"):
        return None
    return _merged(first, second, exact(first.value * 12), "dozens")


def _dozens_abbreviated(norm: str, num: Numeral) -> Numeral | None:
    """'3 dzs', 'five dozs', '2 doz'."""
    if num.has_scale or num.prefix is not None or num.short_scale is not None:
        return None
    found = _DOZEN_ABBREVIATION.match(norm, num.end)
    if found is None:
        return None
    return replace(num, end=found.end(), value=exact(num.value * 12), plain_digits=None,
                   rule="dozens")


def _is_ordinal(norm: str, num: Numeral) -> bool:
    """'a third term', 'an eighth straight year': a/an and an ordinal before a word that
    is not 'of', 'more', 'in' and the like; 'twenty' and 'one hundred' before 'fifth'."""
    text = norm[num.start:num.end].lower()
    words = text.split()
    if len(words) == 2 and words[0] in ("a", "an") and words[1] in DENOMINATORS \
            and words[1] not in ("half", "quarter"):
        after = _NEXT_WORD.match(norm, num.end)
        return after is not None and (
            after.group("sep") == "-" or after.group("word").lower() not in _FRACTION_FOLLOWERS)
    last = _WORD_SPLIT.split(text)[-1]
    return last in _ORDINAL_HEADS and _ORDINAL_AFTER.match(norm, num.end) is not None


def _is_clock_time(norm: str, num: Numeral, *, before: bool) -> bool:
    """An hour from one to twelve with the time of day after it ("one in the morning"),
    or, with `before`, 'half past' or 'quarter to' before it ("half past two")."""
    if not 1 <= num.value <= 12 or num.value != num.value.to_integral_value() \
            or num.has_scale or not _bare(num):
        return False
    if before:
        return _CLOCK_BEFORE.search(norm, max(0, num.start - 16), num.start) is not None
    return _CLOCK_AFTER.match(norm, num.end) is not None


def _is_vague(norm: str, num: Numeral) -> bool:
    """'several hundred people', 'a few thousand jobs', '(about billion)', 'the
    million-dollar question': a scale word with no number before it ("a billion" and
    "one million" have one) is no figure; "hundred thousand dollars" is 100,000."""
    words = norm[num.start:num.end].lower().split()
    if not num.words or not all(w in SCALES for w in words):
        return False
    return len(words) == 1 or _VAGUE_BEFORE.search(
        norm, max(0, num.start - 16), num.start) is not None


def _and_a_half(norm: str, num: Numeral) -> Numeral | None:
    """'one-and-a-half million' 1500000, 'two-and-a-half' 2.5: the scanner does not join
    words with '-and-'."""
    if num.has_scale or not _bare(num) or num.value != num.value.to_integral_value():
        return None
    found = _AND_A_HALF.match(norm, num.end)
    if found is None:
        return None
    scale = SCALES[found.group("scale").lower()] if found.group("scale") else 1
    return replace(num, end=found.end(), value=exact((num.value + Decimal("0.5")) * scale),
                   plain_digits=None, has_scale=scale > 1, rule="and_a_half")


def _bare(num: Numeral) -> bool:
    """Nothing but a number: no currency before it, no glued 'm' or 'k' after it."""
    return num.prefix is None and num.short_scale is None


def _other_kind_after(norm: str, end: int) -> bool:
    """A percent sign, a currency or a unit follows: the number is not a plain count."""
    return (percent.percent_suffix(norm, end) is not None
            or money.suffix_currency(norm, end) is not None
            or match_unit(norm, end) is not None)


def _looks_like_year(norm: str, num: Numeral) -> bool:
    """'1 in 2020'; not '1 in 1000' (not_figures.is_year reads 1900 to 2099 as years)."""
    return not_figures.is_year(norm, num.start, num.plain_digits)


def _last_scale(text: str) -> int:
    """The multiplier of the last scale word in `text` ('3 hundred' 100, '6 crore' 1e7)."""
    for word in reversed(text.lower().split()):
        word = word.rstrip("s")
        if word in SCALES:
            return SCALES[word]
    return 1


def _merged(first: Numeral, second: Numeral, value: Decimal, rule: str) -> Numeral:
    return Numeral(first.start, second.end, first.num_start, value, first.prefix, None,
                   first.words and second.words, False, None, rule)
