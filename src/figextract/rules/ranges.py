"""Ranges: "10-15%", "between 2 and 3 billion yuan", "from 5 to 7 percent", "$5-7 million".

Two neighbouring figures join into one with `value` (low) and `high` when only a range
word stands between them and they measure the same thing. The low end borrows what only
the high end wrote: the percent sign, the currency, the unit and the scale word.
A "from X to Y" after a verb of change ("rose from 5 to 7 percent") is a change, not a
range: both figures stay, for the change check.
"""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

import regex

from ..document import Document
from ..figure import Figure

_CONNECTOR = regex.compile(r"[ ]*(?:-|~|–|to|and|through|至|到)[ ]*", regex.IGNORECASE)
_BETWEEN = regex.compile(r"(?i:\bbetween[ ]+(?:\L<q>[ ]+)?)$",
                         q=["about", "around", "approximately", "roughly"])
_AND_BOUND = regex.compile(r"[ ]*,?[ ]*and[ ]+[A-Za-z ]{2,30}$")
_FROM = regex.compile(r"(?i:\bfrom[ ]+)$")
_CHANGE_BEFORE_FROM = regex.compile(
    r"(?i:\b(?:rose|rise|rising|risen|fell|fall|falling|fallen|grew|grow|growing|grown|"
    r"increased?|increasing|decreased?|decreasing|declined?|declining|dropped|drop|"
    r"climbed?|jumped?|surged?|soared?|slipped|slid|plunged?|cut|raised?|lowered?|"
    r"reduced?|expanded?|widened?|narrowed?|up|down|went|moved|changed?|shrank|"
    r"doubled|tripled|trebled|quadrupled|halved|improved?)\b)(?:[^.;]|\.(?=\d)){0,60}$"
)


def join_ranges(doc: Document, figures: list[Figure]) -> list[Figure]:
    """Figures in text order, with range pairs joined."""
    out: list[Figure] = []
    i = 0
    while i < len(figures):
        a = figures[i]
        b = figures[i + 1] if i + 1 < len(figures) else None
        joined = _join(doc, a, b) if b is not None else None
        if joined is not None:
            out.append(joined)
            i += 2
        else:
            out.append(a)
            i += 1
    return out


def _join(doc: Document, a: Figure, b: Figure) -> Figure | None:
    norm = doc.norm
    if a.high is not None or b.high is not None:
        return None
    if _bounded(a, b, norm):
        return _joined(doc, a, b, a.value, qualifier=None)
    # matched between the figures in place: the text between them is most often long, and
    # slicing it out for each pair cost more than the match
    match = _CONNECTOR.fullmatch(norm, a.end, b.start) if a.end < b.start else None
    if match is None:
        return None
    word = norm[a.end:b.start].strip().lower()
    before = norm[max(0, a.start - 80): a.start]
    if word == "and" and not _BETWEEN.search(before):
        return None
    if word == "to" and _FROM.search(before) and _CHANGE_BEFORE_FROM.search(
            before[: len(before) - len(_FROM.search(before).group())]):
        return None
    if not _compatible(a, b) or _spoken_fraction(a) != _spoken_fraction(b):
        return None  # "grew by a third to 1.88 million TEUs": a share, then a level
    if word == "-" and a.kind == "count" and b.kind == "count" and not b.noun and a.value > b.value:
        return None  # "8-5", a score, not a range
    low = a.value
    if a.scale == 1 and b.scale > 1 and a.value < b.value / b.scale:
        low = a.value * b.scale  # "between 2 and 3 billion yuan"
    high = b.value
    if low > high:
        if low >= 0 or high >= 0:
            return None
        low, high = high, low  # "from -18 °C to -34 °C": negative ends, the colder is low
    return _joined(doc, a, b, low, qualifier=a.qualifier, high=high)


def _spoken_fraction(fig: Figure) -> bool:
    """'a third', 'half', 'one in five': a share in words, which ranges only with another
    ('a third to a half of the farms')."""
    return fig.kind == "count" and 0 < fig.value < 1 and (
        "numeral_words" in fig.rules or "ratio" in fig.rules)


def _bounded(a: Figure, b: Figure, norm: str) -> bool:
    """'above 1000 and below 1500', 'more than 30 and at most 40': two bounds, one range."""
    return (a.qualifier in ("over", "at_least") and b.qualifier in ("under", "at_most")
            and _AND_BOUND.match(norm, a.end, b.start) is not None and a.value < b.value
            and _compatible(a, b) and (a.kind == b.kind or not a.noun))


def _joined(doc: Document, a: Figure, b: Figure, low: Decimal, qualifier: str | None,
            high: Decimal | None = None) -> Figure:
    kind = b.kind if a.kind == "count" and not a.noun else a.kind
    return replace(
        b,
        kind=kind,
        start=a.start,
        text=doc.text[a.start:b.end],
        value=low,
        high=b.value if high is None else high,
        qualifier=qualifier,
        currency=b.currency or a.currency,
        unit=b.unit or a.unit,
        noun=b.noun or a.noun,
        rules=a.rules + ["range"] + b.rules,
        scale=b.scale,
    )


def _compatible(a: Figure, b: Figure) -> bool:
    if a.kind == "count" and not a.noun:
        return b.kind in ("count", "percent", "money", "quantity")
    if a.kind == "money" and b.kind == "count" and not b.noun:
        return True  # "$5-7 million"
    if a.kind != b.kind:
        return False
    if a.kind == "money" and a.unit is None:
        return a.currency == b.currency  # "$5 to $7 an hour": the low end borrows the rate
    return a.currency == b.currency and a.unit == b.unit
