"""`figextract compare STORY SOURCE`: each figure of a story against the figures of the
release it was written from.

For each story figure, the first of these that holds:

- match: a source figure of the same kind, currency or unit, value (and range end), and
  qualifier. A count's noun must not contradict ("875 malls" is not "875 counties").
- rounded: the story's figure is a source figure rounded to the precision the story
  shows, or the same value with another qualifier ("about 1.3 million yuan" for "over 1.3
  million yuan", which the message names). The precision shown is half a unit of the
  story's last significant digit; trailing zeros of a whole number are not significant,
  so "$200,000" shows one significant digit and stands for $150,000-$250,000:
  $200,900 rounds to it, and so would $240,000 (a coarse rounding, but not a wrong
  figure; the message says how far apart they are). "about" widens to a whole unit.
- rounded (restated): money in another currency, at the rate the source itself implies
  for that pair (the median of its linked pairs), else at the ECB reference rate of the
  source's date: "about $26" for "168 yuan" at 6.4709 yuan per dollar.
- rounded (other unit): a quantity in another unit of the same dimension whose SI value
  rounds to the story's ("11 million pounds" for "5,000 tonnes").
- match or rounded (a share said another way): "one in five" (a ratio, value 0.2) against
  "20%", either way round; a ratio stands for its percentage give or take RATIO_SLACK
  points ("nine in ten" for 88%), a percentage for what its digits show.
- mismatch: the closest source figure of the same kind, currency or unit (and, for
  counts, a compatible noun) differs the way figures get miscopied: two digits swapped
  (1,763 for 1,736), one digit of three or more changed (13.57 for 13.75 is a swap too),
  the same digits at another scale (45.8 million for 45.8 billion), or, for counts that
  name the same noun, a value within 10%.
- unsupported: nothing in the source to hold it against.

Across languages (an English story against a Chinese release) kinds, values and
currencies compare as they are; nouns in different scripts are not held against each
other.
"""

from __future__ import annotations

import datetime as dt
import statistics
from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal, localcontext
from typing import Any

import regex

from .checks import ABOUT_RATE_SLACK, half_width, interval, label, shown_unit
from .figure import Figure, same_measure

STATUSES = ("match", "rounded", "mismatch", "unsupported")
CLOSE_COUNT = Decimal("0.10")
_WORD = regex.compile(r"[a-z]+|\p{Han}", regex.IGNORECASE)
_HAN = regex.compile(r"\p{Han}")
_STOP = frozenset(
    "the a an of and in on for to with from by at its their all some other kinds kind "
    "types type number numbers 个 名 款 户 件 家 座 项 個 項 戶 多 的".split())


@dataclass(slots=True)
class Comparison:
    """One story figure and what the source says to it."""

    story: Figure
    status: str
    source: list[str]
    message: str
    against: str = "-"

    def to_dict(self) -> dict[str, Any]:
        return {"story": self.story.to_dict(), "status": self.status,
                "source": list(self.source), "message": self.message,
                "against": self.against}


@dataclass(slots=True)
class Side:
    """One document's figures and normalised text."""

    figures: list[Figure]
    norm: str
    name: str = "-"
    date: dt.date | None = None


def read_side(text: str, name: str, lang: str = "auto") -> Side:
    from .dates import document_date
    from .document import normalise
    from .pipeline import extract

    norm = normalise(text)
    return Side(extract(text, source=name, lang=lang), norm, name, document_date(norm))


def compare_texts(story: str, source: str, *, story_name: str = "story",
                  source_name: str = "source", lang: str = "auto") -> list[Comparison]:
    """Compare every figure of `story` with the figures of `source`."""
    return compare(read_side(story, story_name, lang), read_side(source, source_name, lang))


def compare(story: Side, source: Side) -> list[Comparison]:
    return [_compare_one(fig, story, source) for fig in story.figures]


def _compare_one(fig: Figure, story: Side, source: Side) -> Comparison:
    for finder in (_exact, _rounded, _restated, _share, _mismatch):
        found = finder(fig, story, source)
        if found is not None:
            status, ids, message = found
            return Comparison(fig, status, ids, message, source.name)
    what = f"{fig.kind}" + (f" in {fig.currency}" if fig.currency else "")
    noun = f" of {fig.noun}" if fig.kind == "count" and fig.noun else ""
    return Comparison(fig, "unsupported", [], f"no {what}{noun} in the source to hold "
                      f"{label(fig)} against", source.name)


Found = tuple[str, list[str], str] | None


def _same_measure(a: Figure, b: Figure) -> bool:
    return same_measure(a, b) and (a.kind != "count" or nouns_agree(a.noun, b.noun))


def nouns_agree(a: str | None, b: str | None) -> bool:
    """Whether two nouns may name the same thing: no noun, nouns in different scripts,
    or a content word (a Chinese character) in common."""
    if not a or not b:
        return True
    if bool(_HAN.search(a)) != bool(_HAN.search(b)):
        return True
    words_a, words_b = _content(a), _content(b)
    if not words_a or not words_b:
        return True
    return bool(words_a & words_b)


def _content(noun: str) -> set[str]:
    words = {w.lower() for w in _WORD.findall(noun)} - _STOP
    return {w[:-1] if len(w) > 3 and w.endswith("s") else w for w in words}


def _candidates(fig: Figure, source: Side) -> Iterator[Figure]:
    return (f for f in source.figures if _same_measure(fig, f))


def _exact(fig: Figure, story: Side, source: Side) -> Found:
    for other in _candidates(fig, source):
        if other.value == fig.value and other.high == fig.high:
            if other.qualifier == fig.qualifier:
                return "match", [other.id], f"{label(fig)} is {label(other)} ({other.id})"
            return ("rounded", [other.id],
                    f"{label(fig)} is {label(other)} ({other.id}), but the source says "
                    f"{_qualifier(other)} where the story says {_qualifier(fig)}")
    return None


def _qualifier(fig: Figure) -> str:
    return {None: "no qualifier", "approx": "about", "over": "over", "under": "under",
            "at_least": "at least", "at_most": "up to"}.get(fig.qualifier,
                                                             fig.qualifier or "")


def _slack(fig: Figure, story: Side) -> Decimal:
    return half_width(fig, shown_unit(fig, story.norm))


def _rounded(fig: Figure, story: Side, source: Side) -> Found:
    unit = shown_unit(fig, story.norm)
    best = None
    for other in _candidates(fig, source):
        if not _within(fig, other, unit):
            continue
        distance = abs(other.value - fig.value)
        if best is None or distance < best[0]:
            best = (distance, other)
    if best is None:
        return None
    other = best[1]
    return ("rounded", [other.id],
            f"{label(fig)} is {label(other)} ({other.id}) rounded to the nearest "
            f"{_fmt(unit)}{_apart(fig.value, other.value)}")


def _within(fig: Figure, other: Figure, unit: Decimal) -> bool:
    """Whether the source figure lies where the story's figure, as shown, may lie."""
    if (fig.high is None) != (other.high is None):
        return False
    ends = [(fig.value, other.value)]
    if fig.high is not None and other.high is not None:
        ends.append((fig.high, other.high))
    for mine, theirs in ends:
        low, high = interval(fig, mine, unit)
        if not low <= theirs <= high:
            return False
    return True


def _apart(story_value: Decimal, source_value: Decimal) -> str:
    if not source_value or story_value == source_value:
        return ""
    with localcontext() as ctx:
        ctx.prec = 28
        off = abs(story_value / source_value - 1) * 100
    return f" ({_fmt(off.quantize(Decimal('0.1')))}% apart)"


def _fmt(value: Decimal) -> str:
    text = f"{value:,f}"
    return text.rstrip("0").rstrip(".") if "." in text else text


def _restated(fig: Figure, story: Side, source: Side) -> Found:
    if fig.kind == "quantity":
        return _other_unit(fig, story, source)
    if fig.kind != "money" or not fig.currency or fig.high is not None:
        return None
    best = None
    for other in source.figures:
        if other.kind != "money" or not other.currency or other.currency == fig.currency:
            continue
        found = source_rate(source, other.currency, fig.currency)
        if found is None:
            continue
        rate, how = found
        with localcontext() as ctx:
            ctx.prec = 28
            converted = other.value / rate
        slack = _slack(fig, story)
        if fig.qualifier == "approx":
            slack += abs(converted) * ABOUT_RATE_SLACK
        distance = abs(converted - fig.value)
        if distance <= slack and (best is None or distance < best[0]):
            best = (distance, other, rate, how, converted)
    if best is None:
        return None
    _distance, other, rate, how, converted = best
    shown = converted.quantize(Decimal("0.01")) if abs(converted) < 1000 else converted.quantize(
        Decimal(1))
    return ("rounded", [other.id],
            f"{label(fig)} restates {label(other)} ({other.id}) at {how} "
            f"{_fmt(rate)} {other.currency} per {fig.currency}: {_fmt(shown)} {fig.currency}")


def _other_unit(fig: Figure, story: Side, source: Side) -> Found:
    """A quantity in another unit of the same dimension: "11 million pounds" for "5,000
    tonnes", when the SI values agree within the precision the story shows."""
    if fig.si_value is None or not fig.value or fig.high is not None:
        return None
    with localcontext() as ctx:
        ctx.prec = 28
        si_per_unit = fig.si_value / fig.value
        for other in source.figures:
            if (other.kind != "quantity" or other.unit == fig.unit or other.si_value is None
                    or other.si_unit != fig.si_unit or other.high is not None):
                continue
            in_story_units = other.si_value / si_per_unit
            low, high = interval(fig, fig.value, shown_unit(fig, story.norm))
            if low <= in_story_units <= high:
                return ("rounded", [other.id],
                        f"{label(fig)} restates {label(other)} ({other.id}) in {fig.unit}: "
                        f"{_fmt(_rounded_like(in_story_units))} {fig.unit}")
    return None


def _rounded_like(value: Decimal) -> Decimal:
    return value.quantize(Decimal("0.01")) if abs(value) < 1000 else value.quantize(Decimal(1))


def source_rate(source: Side, have: str, want: str) -> tuple[Decimal, str] | None:
    """Units of `have` for one `want`: the rate the source's own linked pairs imply,
    else the ECB reference rate of the source's date."""
    by_id = {f.id: f for f in source.figures}
    implied = []
    for fig in source.figures:
        original = by_id.get(fig.equivalent_of or "")
        if original is None or not fig.value or not original.value:
            continue
        with localcontext() as ctx:
            ctx.prec = 28
            if (original.currency, fig.currency) == (have, want):
                implied.append(original.value / fig.value)
            elif (original.currency, fig.currency) == (want, have):
                implied.append(fig.value / original.value)
    if implied:
        median = Decimal(str(statistics.median(implied))).quantize(Decimal("0.0001"))
        return median, "the source's own rate of"
    try:
        from .rates import reference_rate
    except ImportError:
        return None
    found = reference_rate(want, have, source.date)
    if found is None:
        return None
    rate, day = found
    return rate, f"the ECB rate of {day.isoformat()},"


RATIO_SLACK = Decimal("2.5")  # percentage points a spoken ratio may round ("one in five")


def _as_percent(fig: Figure) -> Decimal | None:
    """A share in percent: a percentage, or a ratio ("one in five" -> 20)."""
    if fig.high is not None:
        return None
    if fig.kind == "percent" and fig.unit == "%":
        return fig.value
    if fig.kind == "count" and "ratio" in fig.rules:
        return fig.value * 100
    return None


def _share(fig: Figure, story: Side, source: Side) -> Found:
    """A ratio in the story against a percentage in the source, or the other way round:
    "one in five farms" for "20% of the farms"."""
    mine = _as_percent(fig)
    if mine is None:
        return None
    best = None
    for other in source.figures:
        theirs = _as_percent(other)
        if theirs is None or other.kind == fig.kind or not nouns_agree(fig.noun, other.noun):
            continue
        if fig.kind == "percent":  # the story's percentage, as its digits show it
            low, high = interval(fig, mine, shown_unit(fig, story.norm))
        else:
            low, high = mine - RATIO_SLACK, mine + RATIO_SLACK
        if low <= theirs <= high and (best is None or abs(theirs - mine) < best[0]):
            best = (abs(theirs - mine), other, theirs)
    if best is None:
        return None
    distance, other, theirs = best
    said = f"{label(fig)} ({_fmt(mine.normalize())}%)" if fig.kind == "count" else label(fig)
    if distance == 0:
        return "match", [other.id], f"{said} is {label(other)} ({other.id})"
    return ("rounded", [other.id],
            f"{said} is {label(other)} ({other.id}) said as a simple share "
            f"({_fmt(distance.quantize(Decimal('0.1')))} points apart)")


def _mismatch(fig: Figure, story: Side, source: Side) -> Found:
    """The source figure the story's looks miscopied from: a swap or a changed digit
    first, then a slip of scale, then (counts naming the same noun) the closest value
    within 10%."""
    best = None
    for other in _candidates(fig, source):
        if not other.value or (other.high is None) != (fig.high is None):
            continue
        with localcontext() as ctx:
            ctx.prec = 28
            distance = abs(fig.value / other.value - 1)
        slip = miscopy(fig.value, other.value)
        rank = 0 if slip and "same digits" not in slip else 1
        if slip is None and fig.kind == "count" and fig.noun and other.noun and (
                distance <= CLOSE_COUNT):
            rank = 2
            slip = f"within {_fmt((distance * 100).quantize(Decimal('0.1')))}% of it"
        if slip is not None and (best is None or (rank, distance) < best[0]):
            best = ((rank, distance), other, slip)
    if best is None:
        return None
    _rank, other, slip = best
    return ("mismatch", [other.id],
            f"{label(fig)} against {label(other)} ({other.id}) in the source: {slip}")


def miscopy(story: Decimal, source: Decimal) -> str | None:
    """How `story` looks miscopied from `source`, or None."""
    digits_a, exp_a = _digits(story)
    digits_b, exp_b = _digits(source)
    if not digits_a or digits_a == digits_b and exp_a == exp_b:
        return None
    magnitude_a, magnitude_b = len(digits_a) + exp_a, len(digits_b) + exp_b
    if digits_a == digits_b:
        shift = magnitude_a - magnitude_b
        size = _fmt(Decimal(10) ** abs(shift))
        return f"the same digits, {size} times {'larger' if shift > 0 else 'smaller'}"
    width = max(len(digits_a), len(digits_b))
    a, b = digits_a.ljust(width, "0"), digits_b.ljust(width, "0")
    if magnitude_a != magnitude_b:
        return None
    differ = [i for i in range(width) if a[i] != b[i]]
    if len(differ) == 2 and differ[1] == differ[0] + 1 and a[differ[0]] == b[differ[1]] and (
            a[differ[1]] == b[differ[0]]):
        return "two digits swapped"
    if len(differ) == 1 and width >= 3:
        return "one digit differs"
    return None


def _digits(value: Decimal) -> tuple[str, int]:
    """Significant digits and the exponent of the last: 1736 -> ("1736", 0)."""
    normal = abs(value).normalize()
    sign, digits, exponent = normal.as_tuple()
    if not isinstance(exponent, int):
        return "", 0
    return "".join(map(str, digits)), exponent


__all__ = ["Comparison", "Side", "compare", "compare_texts", "miscopy", "nouns_agree",
           "read_side", "source_rate"]
