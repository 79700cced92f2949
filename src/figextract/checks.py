"""`figextract check`: test the arithmetic a document states about its own figures.

One finding per relation tested: conversion (a linked pair against the document's other
pairs and against the ECB reference rate of the document's date), change, share, total,
target. A finding passes when |actual - expected| <= tolerance; `tolerance` is absolute,
in the unit of `expected` and `actual`, and the message gives it as a percentage where
that reads better.

How wide the tolerance is, and why (all of it is honest slack, none of it is fudge):

- The precision a figure shows. "$2.13 million" stands for anything that rounds to it,
  2.125-2.135 million: half a unit of its last digit. Trailing zeros of a whole number are
  not read as significant ("$200,900" shows hundreds, "5 billion" shows billions), the
  usual convention for numbers written without a decimal point. Two levels of one
  relation ("from 5 billion to 5.4 billion") are read at the finer of their two
  precisions, since writers state both levels alike ("5" beside "5.4" is "5.0").
- The qualifier. "about"/"around"/"nearly" (approx) widen by a whole unit of the last
  digit instead of half, "over"/"under" likewise (the true value lies within the next
  unit). A restatement qualified "about" also gets ABOUT_RATE_SLACK (0.5%) on its rate:
  "about" admits the writer used a rate rounded to two decimals (6.5 for 6.4698 is 0.47%
  off) or the rate of a nearby day.
- Conversions: the restated figure (the one in brackets) is what the writer rounded, so its
  precision always counts; the original counts only when it is qualified ("over 1.3
  million yuan"), since "up to 50,000 yuan" is a cap and "45.8 billion yuan" is the
  datum the writer converted.
- Multiples ("doubled", "2.5 times", "增长了两倍") and fractions ("one in five", "a third")
  are coarser than the levels they relate, so they are held against the levels as
  written: a multiple in digits to half a unit of its last digit, in words to
  WORDED_MULTIPLE_SLACK (multiple_bounds); a fraction to halfway to its neighbouring
  fractions (fraction_bounds). Only a multiple with decimals ("2.46 times") is fine
  enough for the levels' own rounding to matter, and then it widens the check.
- A change whose verb and levels point different ways ("reduced from 44 mg to 50 mg")
  fails whatever the tolerance, and says that the direction disagrees.
"""

from __future__ import annotations

import datetime as dt
import statistics
from dataclasses import dataclass, field
from decimal import Decimal, localcontext
from fractions import Fraction
from typing import Any

import regex

from .figure import Figure, number_out
from .rules.relations import Ratio, Relation, comparable_levels, find_relations

DEFAULT_TOLERANCE = Decimal("0.02")  # against the ECB reference rate
INTERNAL_TOLERANCE = Decimal("0.005")  # between the pairs of one document
ABOUT_RATE_SLACK = Decimal("0.005")
WORDED_MULTIPLE_SLACK = Decimal("0.1")  # "doubled" holds for 1.8 to 2.2 times
STATUSES = ("ok", "fail", "info")
_DIGITS = regex.compile(r"\d[\d,]*(?:\.\d+)?")
_HUNDRED = Decimal(100)


@dataclass(slots=True)
class Finding:
    """One relation tested. `figures` are the ids extraction gives the same document."""

    source: str
    check: str
    status: str
    figures: list[str]
    message: str
    expected: Decimal | None = None
    actual: Decimal | None = None
    tolerance: Decimal | None = None
    rule: str = ""
    extra: dict[str, Any] = field(default_factory=dict)

    def __post_init__(self) -> None:
        # one line, whatever the figures' texts hold ("3.5\npercentage points" of
        # hard-wrapped text): a finding is a row of a table or of --jsonl
        self.message = " ".join(self.message.split())

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "source": self.source, "check": self.check, "status": self.status,
            "figures": list(self.figures), "message": self.message,
            "expected": number_out(self.expected), "actual": number_out(self.actual),
            "tolerance": number_out(self.tolerance), "rule": self.rule,
        }
        out.update(self.extra)
        return out


def check_text(text: str, *, source: str = "-", lang: str = "auto",
               date: dt.date | None = None,
               tolerance: Decimal = DEFAULT_TOLERANCE) -> list[Finding]:
    """Findings for one document. `date` is used when the text gives none."""
    from .dates import document_date
    from .document import normalise
    from .pipeline import extract

    norm = normalise(text)
    figures = extract(text, source=source, lang=lang)
    when = document_date(norm) or date
    return check_figures(figures, norm, source=source, on=when, tolerance=tolerance)


def check_figures(figures: list[Figure], norm: str, *, source: str = "-",
                  on: dt.date | None = None,
                  tolerance: Decimal = DEFAULT_TOLERANCE) -> list[Finding]:
    """Findings for figures extracted from `norm` (the normalised text), in the order
    of the first figure each one uses."""
    findings = conversion_findings(figures, norm, source=source, on=on, tolerance=tolerance)
    for relation in find_relations(norm, figures):
        finding = relation_finding(relation, norm, source)
        if finding is not None:
            finding.figures = list(dict.fromkeys(finding.figures))  # a split range: one id
            findings.append(finding)
    by_id = {f.id: f.start for f in figures}
    return sorted(findings, key=lambda f: min(by_id.get(i, 0) for i in f.figures))


# --- precision ----------------------------------------------------------------------

def shown_unit(fig: Figure, norm: str | None = None) -> Decimal:
    """One unit of the last digit the text shows, in the figure's value terms:
    "$2.13 million" -> 10000, "$200,900" -> 100, "13.75 million" -> 10000, "8%" -> 1.
    Percentages are read to the whole point at least ("40%" -> 1), as they are written."""
    written = (norm[fig.start:fig.end] if norm is not None else fig.text)
    match = _DIGITS.search(written.replace("，", ","))
    value = fig.value
    if match and value:
        numeral = Decimal(match.group(0).replace(",", ""))
        if numeral:
            with localcontext() as ctx:
                ctx.prec = 28
                scale = value / numeral
            if "." in match.group(0):
                decimals = len(match.group(0).split(".")[1])
                return scale * Decimal(1).scaleb(-decimals)
            if fig.kind == "percent":
                return scale  # "40%" is written to the whole point, not to the ten
            return scale * _last_digit_unit(numeral)
    return _last_digit_unit(value) if value else Decimal(1)


def _last_digit_unit(value: Decimal) -> Decimal:
    exponent = value.normalize().as_tuple().exponent
    return Decimal(1).scaleb(exponent if isinstance(exponent, int) else 0)


def half_width(fig: Figure, unit: Decimal) -> Decimal:
    """How far the true value may lie from the stated one: half a unit of the last digit,
    a whole unit when qualified (about, over, under, nearly)."""
    if fig.qualifier in ("approx", "over", "under"):
        return unit
    return unit / 2


def interval(fig: Figure, value: Decimal, unit: Decimal) -> tuple[Decimal, Decimal]:
    """Where the true value of `fig` (or of its range end `value`) may lie, given one unit
    of its last digit: "over 400" -> [400, 500]; "about 1.3 million" -> [1.2, 1.4]
    million; "$200,900" -> [200,850, 200,950]."""
    if fig.qualifier in ("over", "at_least"):
        return value, value + unit
    if fig.qualifier in ("under", "at_most"):
        return value - unit, value
    width = half_width(fig, unit)
    return value - width, value + width


def _relative(fig: Figure, unit: Decimal) -> Decimal:
    if not fig.value:
        return Decimal(0)
    return abs(half_width(fig, unit) / fig.value)


def _q(value: Decimal, places: int = 4) -> Decimal:
    """Round for display: `places` decimals, or 6 significant digits for small values."""
    if value == 0 or abs(value) >= 1:
        return value.quantize(Decimal(1).scaleb(-places))
    with localcontext() as ctx:
        ctx.prec = 6
        return +value


def _fmt(value: Decimal) -> str:
    text = f"{value:,f}"
    return text.rstrip("0").rstrip(".") if "." in text else text


def _points(value: Decimal) -> Decimal:
    """Percentage points for display: two decimals."""
    return value.quantize(Decimal("0.01"))


def _pct(value: Decimal) -> str:
    return f"{_fmt((value * _HUNDRED).quantize(Decimal('0.01')))}%"


_SCALES = ((Decimal(10) ** 12, "trillion"), (Decimal(10) ** 9, "billion"),
           (Decimal(10) ** 6, "million"))


def _human(value: Decimal) -> str:
    """A derived value for a message: "33.93 billion" rather than 33,930,000,000."""
    for size, word in _SCALES:
        if abs(value) >= size:
            return f"{_fmt((value / size).normalize())} {word}"
    return _fmt(value)


_HAN = regex.compile(r"\p{Han}")
# Where a Chinese count's noun has run on into the clause: 3000家 "家农场中有" -> 农场.
_ZH_NOUN_END = regex.compile(r"[中里有即的在是为為了已共和与與及]")


def label(fig: Figure) -> str:
    """The figure as the text has it, with the noun a count counts: "12,782 experts",
    "12782名 农村电商人才". A Chinese count (ending in its measure word) takes only a noun
    that starts with that measure word, up to where the clause goes on. A line break of
    hard-wrapped text ("3.5\npercentage points") is a space in a one-line message."""
    text = " ".join(fig.text.split())
    if fig.kind == "count" and fig.noun and fig.noun not in fig.text:
        if _HAN.match(fig.text[-1]):
            if fig.noun[0] != fig.text[-1]:
                return text  # 即600家: "即" is no noun of 600家
            noun = _ZH_NOUN_END.split(fig.noun[1:])[0]
        else:
            noun = " ".join(fig.noun.split())
        return f"{text} {noun}" if noun else text
    return text


# --- conversion ---------------------------------------------------------------------

def conversion_findings(figures: list[Figure], norm: str, *, source: str,
                        on: dt.date | None,
                        tolerance: Decimal = DEFAULT_TOLERANCE) -> list[Finding]:
    """One finding per linked pair (a figure with equivalent_of)."""
    by_id = {f.id: f for f in figures}
    pairs = [(by_id[f.equivalent_of], f) for f in figures
             if f.equivalent_of in by_id and f.implied_rate]
    rates: dict[tuple[str, str], list[Decimal]] = {}
    for original, restated in pairs:
        rates.setdefault(_pair_key(original, restated), []).append(_implied(original, restated))
    findings = []
    for original, restated in pairs:
        same_pair = rates[_pair_key(original, restated)]
        if original.kind == "money":
            findings.append(_money_pair(original, restated, norm, same_pair, source, on,
                                        tolerance))
        else:
            findings.append(_unit_pair(original, restated, norm, source, tolerance))
    return findings


def _pair_key(original: Figure, restated: Figure) -> tuple[str, str]:
    if original.kind == "money":
        return (original.currency or "", restated.currency or "")
    return (original.unit or "", restated.unit or "")


def _implied(original: Figure, restated: Figure) -> Decimal:
    with localcontext() as ctx:
        ctx.prec = 28
        return original.value / restated.value


def pair_slack(original: Figure, restated: Figure, norm: str | None) -> Decimal:
    """The relative widening a pair's shown precision and qualifiers allow (docstring
    of the module). A stated rate ("US$1 = 7.17 yuan") is as precise as its quoted side:
    the 1 is exact."""
    if "stated_rate" in restated.rules:
        quoted = original if restated.value == 1 else restated
        return _relative(quoted, shown_unit(quoted, norm))
    slack = _relative(restated, shown_unit(restated, norm))
    if original.qualifier in ("approx", "over", "under"):
        slack += _relative(original, shown_unit(original, norm))
    if restated.qualifier == "approx":
        slack += ABOUT_RATE_SLACK
    return slack


def _money_pair(original: Figure, restated: Figure, norm: str, same_pair: list[Decimal],
                source: str, on: dt.date | None, tolerance: Decimal) -> Finding:
    """The pair against the document's consensus (the median rate of all its pairs of
    the same currencies, from three pairs up, so one wrong pair cannot drag the others
    down) and against the ECB reference rate."""
    implied = _implied(original, restated)
    slack = pair_slack(original, restated, norm)
    per = f"{original.currency} per {restated.currency}"
    names = f"{original.text} ({original.id}) restated as {restated.text} ({restated.id})"
    ids = [f.id for f in sorted((original, restated), key=lambda f: f.start)]
    problems: list[str] = []
    notes: list[str] = []
    if len(same_pair) >= 3:
        median = Decimal(str(statistics.median(same_pair)))
        allowed = INTERNAL_TOLERANCE + slack
        off = abs(implied / median - 1)
        text = (f"the document's {len(same_pair)} {per} pairs agree on {_fmt(_q(median))} "
                f"(off by {_pct(off)}, allowed {_pct(allowed)})")
        (problems if off > allowed else notes).append(text)
    reference = _reference(restated.currency or "", original.currency or "", on)
    if reference is None:
        status = "fail" if problems else "info"
        message = (f"{names}: {_fmt(_q(implied))} {per}; no ECB reference rate for "
                   f"{restated.currency}/{original.currency}")
        if problems or notes:
            message += "; " + "; ".join(problems or notes)
        return Finding(source, "conversion", status, ids, message, None, _q(implied), None,
                       "linked_pair")
    rate, rate_date = reference
    allowed = tolerance + slack
    off = abs(implied / rate - 1)
    when = rate_date.isoformat() + ("" if on else " (no date in the text: the latest rate)")
    factor = implied / rate
    times = (f"{_fmt(_q(factor, 1))} times " if factor >= Decimal("1.5")
             else f"1/{_fmt(_q(1 / factor, 1))} of " if factor <= Decimal("0.67") else "")
    widened = (f" = {_pct(tolerance)} + {_pct(slack)} for the digits and qualifiers shown"
               if slack else "")
    verdict = (f"{times}the ECB reference rate {_fmt(_q(rate))} of {when} "
               f"(off by {_pct(off)}, allowed {_pct(allowed)}{widened})")
    if off > allowed:
        problems.insert(0, verdict)
    status = "fail" if problems else "ok"
    message = (f"{names} implies {_fmt(_q(implied))} {per}, " + "; ".join(problems)
               if problems else f"{names} implies {_fmt(_q(implied))} {per}, {verdict}")
    return Finding(source, "conversion", status, ids, message, _q(rate), _q(implied),
                   _q(rate * allowed), "linked_pair",
                   {"rate_date": rate_date.isoformat()})


def _reference(from_code: str, to_code: str, on: dt.date | None,
               ) -> tuple[Decimal, dt.date] | None:
    """Units of `to_code` for one `from_code` at the ECB rate of `on`, and its date."""
    if not from_code or not to_code:
        return None
    try:
        from . import rates
    except ImportError:  # rates not installed yet: nothing to hold the pair against
        return None
    return rates.reference_rate(from_code, to_code, on)


def _unit_pair(original: Figure, restated: Figure, norm: str, source: str,
               tolerance: Decimal) -> Finding:
    """A quantity restated in another unit: the SI values must agree."""
    ids = [original.id, restated.id]
    implied = _implied(original, restated)
    if not (original.si_value and restated.si_value):
        return Finding(source, "conversion", "info", ids,
                       f"{original.text} restated as {restated.text}: no SI value to compare",
                       None, _q(implied), None, "linked_pair")
    with localcontext() as ctx:
        ctx.prec = 28
        expected = (restated.si_value / restated.value) / (original.si_value / original.value)
    allowed = tolerance + pair_slack(original, restated, norm)
    off = abs(implied / expected - 1)
    status = "fail" if off > allowed else "ok"
    message = (f"{original.text} ({original.id}) restated as {restated.text} "
               f"({restated.id}): {_fmt(_q(implied))} {original.unit} per {restated.unit}, "
               f"the units give {_fmt(_q(expected))}: off by {_pct(off)} (allowed {_pct(allowed)})")
    return Finding(source, "conversion", status, ids, message, _q(expected), _q(implied),
                   _q(expected * allowed), "unit_pair")


# --- change, share, total, target ---------------------------------------------------

def relation_finding(relation: Relation, norm: str, source: str) -> Finding | None:
    handler = {"change": _change, "share": _share, "total": _total,
               "target": _target}[relation.check]
    return handler(relation, norm, source)


def _level_units(a: Figure, b: Figure, norm: str) -> tuple[Decimal, Decimal]:
    """Both levels at the finer of their two precisions (see the module docstring)."""
    finer = min(shown_unit(a, norm), shown_unit(b, norm))
    return finer, finer


def _counted_units(a: Figure, b: Figure, norm: str) -> tuple[Decimal, Decimal]:
    """Like _level_units, but a plain count ("300 counties", "400 stores": digits only,
    no scale word, no qualifier) is read as exact: things counted one by one are not
    rounded to their trailing zeros. Used where a fraction or multiple of two counts is
    checked, which the trailing-zeros reading would make meaningless."""
    units = [Decimal(1) if _plain_count(f) else shown_unit(f, norm) for f in (a, b)]
    finer = min(units)
    return finer, finer


def _plain_count(fig: Figure) -> bool:
    """A whole number of things counted: "400 stores", "1200个"; not "3.2天" (a count to
    extraction, but a measure written to its tenth) nor "about 300"."""
    return (fig.kind == "count" and fig.scale == 1 and not fig.qualifier
            and fig.value == fig.value.to_integral_value() and "." not in fig.text)


def _signed(rate: Figure, direction: int) -> Decimal:
    return -rate.value if direction < 0 else rate.value


def _change(relation: Relation, norm: str, source: str) -> Finding | None:
    roles = relation.roles
    rate, before, after = roles.get("rate"), roles.get("from"), roles.get("to")
    ids = [f.id for f in relation.figures()]
    if relation.ratio is not None:
        return _multiple(relation, relation.ratio, norm, source, ids)
    if before is not None and after is not None:
        if not comparable_levels(before, after) or not before.value:
            return None
        return _change_levels(relation, rate, before, after, norm, source, ids)
    if rate is None or rate.unit == "pp" and (before or after or rate).kind != "percent":
        return None
    level = before or after
    if level is None:
        return None
    signed = _signed(rate, relation.direction)
    with localcontext() as ctx:
        ctx.prec = 28
        if rate.unit == "pp":
            other = level.value + signed if before else level.value - signed
        else:
            factor = 1 + signed / _HUNDRED
            if factor <= 0:
                return None
            other = level.value * factor if before else level.value / factor
    other = _round_like(other, level, norm)
    said = "implies a level of" if before else "implies an earlier level of"
    message = (f"{_verb(relation.direction)} {rate.text} {'from' if before else 'to'} "
               f"{label(level)}: {said} about {_human(other)}{_measure(level, noun=False)}")
    return Finding(source, "change", "info", ids, message, other, level.value, None,
                   relation.rule)


def _change_levels(relation: Relation, rate: Figure | None, before: Figure, after: Figure,
                   norm: str, source: str, ids: list[str]) -> Finding:
    unit_b, unit_a = _counted_units(before, after, norm)  # "from 1200个 to 1500个": exact
    with localcontext() as ctx:
        ctx.prec = 28
        points = after.value - before.value
        relative = (after.value / before.value - 1) * _HUNDRED
        spread = (half_width(before, unit_b) / before.value
                  + half_width(after, unit_a) / after.value) if after.value else Decimal(0)
    points_mode = rate is not None and rate.unit == "pp"
    expected = points if points_mode else relative
    levels = f"from {before.text} to {after.text}"
    said = _verb(relation.direction)
    quoted = f'"{relation.verb}"' if relation.verb else said  # the verb as written
    change = f"{'+' if points >= 0 else ''}{_pct(relative / _HUNDRED)}"
    if rate is None:
        stated = relation.direction
        consistent = stated == 0 or (stated > 0) == (points > 0) or points == 0
        message = (f"{said} {levels}: a change of {change}" if consistent
                   else _disagrees(quoted, levels, points, change))
        status = "ok" if consistent else "fail"
        if consistent and relation.unread is not None:
            status = "info"  # a rate may be stated in words no rule reads: never pass it
            ids = [*ids, relation.unread.id]
            message += (f"; {relation.unread.text} follows, in words not read as the "
                        f"change's rate, so it is not checked")
        return Finding(source, "change", status, ids, message, _q(expected, 2), None, None,
                       relation.rule)
    actual = _signed(rate, relation.rate_direction or relation.direction)
    with localcontext() as ctx:
        ctx.prec = 28
        allowed = half_width(rate, shown_unit(rate, norm))
        allowed += (abs(after.value) * spread if points_mode
                    else abs(after.value / before.value) * spread * _HUNDRED)
    status = "ok" if abs(actual - expected) <= allowed else "fail"
    unit = " points" if points_mode else "%"
    head = (f"{levels}, {relation.rate_words}" if relation.rate_words
            else f"{said} {rate.text} {levels}")
    message = (f"{head}: the levels give "
               f"{_fmt(_q(expected, 2))}{unit}, the text says {_fmt(actual)}{unit} "
               f"(allowed ±{_fmt(_points(allowed))})")
    if points and relation.direction and (points > 0) != (relation.direction > 0):
        status = "fail"  # whatever the tolerance: words and levels point different ways
        words = f'"{relation.verb} {rate.text}"' if relation.verb else f"{said} {rate.text}"
        message = _disagrees(words, levels, points, change)
    elif points and relation.rate_direction and (points > 0) != (relation.rate_direction > 0):
        status = "fail"  # "fell from 10 to 8, an increase of 20%"
        message = _disagrees(f'"{relation.rate_words}"', levels, points, change)
    return Finding(source, "change", status, ids, message, _q(expected, 2), actual,
                   _points(allowed), relation.rule)


def _verb(direction: int) -> str:
    return {1: "rose", -1: "fell"}.get(direction, "changed")


def _disagrees(said: str, levels: str, points: Decimal, change: str) -> str:
    """The message of a change whose words and levels point different ways."""
    went = "rose" if points > 0 else "fell"
    return (f"the direction disagrees: the text says {said}, but {levels} the level "
            f"{went} ({change})")


def _decimal(value: Fraction) -> Decimal:
    with localcontext() as ctx:
        ctx.prec = 28
        return Decimal(value.numerator) / Decimal(value.denominator)


def _spread(before: Figure, after: Figure, norm: str) -> Decimal:
    """How far the ratio of two levels may stray, relatively, for the digits they show
    (read at the finer of the two, plain counts as exact)."""
    unit_b, unit_a = _counted_units(before, after, norm)
    spread = half_width(before, unit_b) / before.value
    if after.value:
        spread += half_width(after, unit_a) / after.value
    return spread


def multiple_bounds(ratio: Ratio, factor: Figure | None, norm: str
                    ) -> tuple[Decimal, Decimal]:
    """Where a stated multiple may lie. Digits ("2.5 times", "3倍") are read like any
    figure, to half a unit of the last digit shown (a whole unit when qualified). Words
    ("doubled", "两倍", "翻了一番") claim the round multiple itself, to
    WORDED_MULTIPLE_SLACK either side; "about" doubles the slack, "nearly doubled" lies
    below 2, "more than doubled" between 2 and 3 ("more than halved": below 1/2)."""
    value = _decimal(ratio.value)
    if not ratio.worded and factor is not None:
        unit = shown_unit(factor, norm)
        width = unit if ratio.qualifier else unit / 2
    else:
        unit = Decimal(1) if value >= 1 else value
        width = value * WORDED_MULTIPLE_SLACK * (2 if ratio.qualifier else 1)
    if ratio.qualifier == "over":
        return (value, value + unit) if value >= 1 else (Decimal(0), value)
    if ratio.qualifier == "under":
        return (value - width, value) if value >= 1 else (value, value + width)
    return value - width, value + width


# Multiple rules that state the level first and the multiple after it.
_AFTER = ("level_multiple", "zh_level_is_multiple", "zh_level_then_multiple")


def _multiple(relation: Relation, ratio: Ratio, norm: str, source: str,
              ids: list[str]) -> Finding | None:
    """A change stated as a multiple: both levels against it, or the other level it
    implies (info) when the text states one. The levels are taken as written: a whole
    or worded multiple ("3 times", "doubled") is coarser than their rounding, and its
    own slack covers it; a multiple with decimals ("2.46 times") is finer, so the
    precision the levels show widens it."""
    before, after = relation.roles.get("from"), relation.roles.get("to")
    note = f" ({ratio.note})" if ratio.note else ""
    times = f"{_fmt(_q(_decimal(ratio.value), 4).normalize())} times"
    if before is None or after is None:
        level = before or after
        if level is None:
            return None
        with localcontext() as ctx:
            ctx.prec = 28
            other = (level.value * _decimal(ratio.value) if before
                     else level.value / _decimal(ratio.value))
        other = _round_like(other, level, norm)
        said = "a level of" if before else "an earlier level of"
        how = (f"{label(level)}, {ratio.text} an earlier level" if relation.rule in _AFTER
               else f"{ratio.text} {'from' if before else 'to'} {label(level)}")
        message = (f"{how}{note}: implies {said} about {_human(other)}"
                   f"{_measure(level, noun=False)}")
        return Finding(source, "change", "info", ids, message, other, level.value, None,
                       relation.rule)
    if not before.value or not comparable_levels(before, after):
        return None
    factor = relation.roles.get("factor")
    low, high = multiple_bounds(ratio, factor, norm)
    with localcontext() as ctx:
        ctx.prec = 28
        actual = after.value / before.value
        if factor is not None and not ratio.worded and shown_unit(factor, norm) < 1:
            spread = _spread(before, after, norm)
            low, high = low - actual * spread, high + actual * spread
    expected = _decimal(ratio.value)
    levels = f"from {before.text} to {after.text}"
    points = after.value - before.value
    change = f"{'+' if points >= 0 else ''}{_pct(actual - 1)}"
    allowed = f"allowed {_fmt(_points(max(low, Decimal(0))))} to {_fmt(_points(high))} times"
    if points and (points > 0) != (ratio.value > 1):
        status = "fail"
        message = _disagrees(f'"{ratio.text}"', levels, points, change) + note
    else:
        status = "ok" if low <= actual <= high else "fail"
        message = (f"{ratio.text} {levels}: the levels give {_fmt(_q(actual, 2))} times, "
                   f"the text says {times}{note} ({allowed})")
    tolerance = max(high - expected, expected - low)
    return Finding(source, "change", status, ids, message, _q(actual, 4), _q(expected, 4),
                   _q(tolerance, 4), relation.rule)


def _measure(fig: Figure, noun: bool = True) -> str:
    if fig.kind == "money":
        return f" {fig.currency}"
    if fig.kind == "percent":
        return "%"
    if fig.kind == "quantity" and fig.unit:
        return f" {fig.unit.replace('_', ' ')}"  # pint's metric_ton reads "metric ton"
    return f" {fig.noun}" if fig.noun and noun else ""


def _round_like(value: Decimal, like: Figure, norm: str) -> Decimal:
    """A derived value shown one digit finer than the figure it comes from."""
    unit = shown_unit(like, norm) / 10
    if like.kind == "count":
        unit = max(unit, Decimal(1))
    if unit >= 1:
        return (value / unit).quantize(Decimal(1)) * unit
    return value.quantize(unit.normalize())


def _share(relation: Relation, norm: str, source: str) -> Finding | None:
    part, whole, share = (relation.roles.get(k) for k in ("part", "whole", "share"))
    ids = [f.id for f in relation.figures()]
    if part is None:
        return None
    if relation.per:
        return _per_unit(relation, norm, source, ids) if whole and share else None
    stated = (relation.ratio.value if relation.ratio is not None
              else Fraction(str(share.value)) / 100 if share is not None else None)
    if stated is None:
        return None
    if whole is None:
        return _implied_whole(relation, part, stated, norm, source, ids)
    if not whole.value or not _comparable_parts(part, whole):
        return None
    if relation.ratio is not None:
        return _fraction_share(relation, relation.ratio, part, whole, norm, source, ids)
    if share is None:
        return None
    return _ratio_finding("share", relation.rule, part, whole, share, norm, source, ids,
                          f"{label(part)} of {label(whole)}")


def _implied_whole(relation: Relation, part: Figure, stated: Fraction, norm: str,
                   source: str, ids: list[str]) -> Finding | None:
    """A share of a whole the text never states: the whole it implies, as info."""
    if not stated:
        return None
    with localcontext() as ctx:
        ctx.prec = 28
        whole = _round_like(part.value / _decimal(stated), part, norm)
    share = relation.ratio.text if relation.ratio else relation.roles["share"].text
    message = (f"{label(part)} is {share} of a whole the text does not state: the whole "
               f"is about {_human(whole)}{_measure(part, noun=part.kind != 'count')}")
    return Finding(source, "share", "info", ids, message, whole, part.value, None,
                   relation.rule)


def fraction_neighbours(value: Fraction) -> tuple[Fraction, Fraction]:
    """The fractions next to `value` below and above it, among those with denominators up
    to one more than its own (five at least): 1/5 -> 1/6 and 1/4; 1/2 -> 2/5 and 3/5."""
    top = max(value.denominator + 1, 5)
    below, above = Fraction(0), Fraction(1)
    for q in range(1, min(top, 1001) + 1):
        lower = Fraction((value * q).__ceil__() - 1, q)
        upper = Fraction((value * q).__floor__() + 1, q)
        below, above = max(below, lower), min(above, upper)
    return below, above


def fraction_bounds(value: Fraction, qualifier: str | None = None
                    ) -> tuple[Fraction, Fraction]:
    """Where a share stated as a fraction may lie: closer to it than to its neighbours
    ("one in five": 18.33% to 22.5%; "half": 45% to 55%; "a third": 29.17% to 36.67%);
    "more than" up to the next one above ("more than half": 50% to 60%), "nearly" down to
    the next one below, "about" twice as wide."""
    below, above = fraction_neighbours(value)
    low, high = (below + value) / 2, (value + above) / 2
    if qualifier == "over":
        return value, above
    if qualifier == "under":
        return below, value
    if qualifier == "approx":
        return 2 * low - value, 2 * high - value
    return low, high


def _fraction_share(relation: Relation, ratio: Ratio, part: Figure, whole: Figure,
                    norm: str, source: str, ids: list[str]) -> Finding:
    """A share stated as a fraction, against part / whole as written (the fraction is
    coarser than their rounding): see fraction_bounds."""
    low, high = fraction_bounds(ratio.value, ratio.qualifier)
    with localcontext() as ctx:
        ctx.prec = 28
        expected = part.value / whole.value * _HUNDRED
        lowest = _decimal(low) * _HUNDRED
        highest = _decimal(high) * _HUNDRED
    stated = _decimal(ratio.value) * _HUNDRED
    status = "ok" if lowest <= expected <= highest else "fail"
    message = (f"{label(part)} of {label(whole)} is {_fmt(_q(expected, 2))}%, the text says "
               f"{ratio.text} ({_fmt(_q(stated, 2))}%; allowed {_fmt(_q(lowest, 2))}% to "
               f"{_fmt(_q(highest, 2))}%)")
    return Finding(source, "share", status, ids, message, _q(expected, 2), _q(stated, 2),
                   _points(max(highest - stated, stated - lowest)), relation.rule)


def _per_unit(relation: Relation, norm: str, source: str, ids: list[str]) -> Finding | None:
    """"3,600 parcels for 300 households, or 12 per household": part / whole against the
    share stated per unit. The count of units divided by is taken as exact unless
    qualified (households are counted, not rounded); part and share to their digits."""
    part, whole, share = (relation.roles[k] for k in ("part", "whole", "share"))
    if not whole.value:
        return None
    with localcontext() as ctx:
        ctx.prec = 28
        expected = part.value / whole.value
        spread = half_width(part, shown_unit(part, norm)) / part.value if part.value else 0
        if whole.qualifier:
            spread += half_width(whole, shown_unit(whole, norm)) / whole.value
        allowed = half_width(share, shown_unit(share, norm)) + expected * spread
    status = "ok" if abs(share.value - expected) <= allowed else "fail"
    shown = _q(expected, 2) if abs(expected) < 1000 else _round_like(expected, share, norm)
    per = relation.per.strip("每均")  # 每户 -> 户, 人均 -> 人
    message = (f"{label(part)} for {label(whole)} is {_fmt(shown)} per {per}, "
               f"the text says {share.text} (allowed ±{_fmt(_points(allowed))})")
    return Finding(source, "share", status, ids, message, _q(expected, 4), share.value,
                   _q(allowed, 4), relation.rule)


def _comparable_parts(part: Figure, whole: Figure) -> bool:
    from .figure import same_measure

    return same_measure(part, whole)


def _ratio_finding(check: str, rule: str, part: Figure, whole: Figure, share: Figure,
                   norm: str, source: str, ids: list[str], what: str) -> Finding:
    unit_p, unit_w = _level_units(part, whole, norm)
    with localcontext() as ctx:
        ctx.prec = 28
        expected = part.value / whole.value * _HUNDRED
        spread = half_width(whole, unit_w) / whole.value
        if part.value:
            spread += half_width(part, unit_p) / part.value
        allowed = half_width(share, shown_unit(share, norm)) + expected * spread
    status = "ok" if abs(share.value - expected) <= allowed else "fail"
    message = (f"{what} is {_fmt(_q(expected, 2))}%, the text says {share.text} "
               f"(allowed ±{_fmt(_points(allowed))} points)")
    return Finding(source, check, status, ids, message, _q(expected, 2), share.value,
                   _points(allowed), rule)


def _total(relation: Relation, norm: str, source: str) -> Finding | None:
    parts = relation.parts
    ids = [f.id for f in relation.figures()]
    if relation.rule in ("shares_of_one_whole", "shares_and_the_rest"):
        return _shares_sum(relation, parts, norm, source, ids)
    total = relation.roles["total"]
    finer = min(shown_unit(f, norm) for f in [*parts, total])
    actual = sum((f.value for f in parts), Decimal(0))
    allowed = sum((half_width(f, finer) for f in [*parts, total]), Decimal(0))
    status = "ok" if abs(actual - total.value) <= allowed else "fail"
    listed = " + ".join(f.text for f in parts)
    message = (f"{listed} = {_human(actual)}{_measure(total, noun=False)}; the text says "
               f"{total.text} (allowed ±{_human(allowed)})")
    return Finding(source, "total", status, ids, message, total.value, actual, allowed,
                   relation.rule)


def _shares_sum(relation: Relation, parts: list[Figure], norm: str, source: str,
                ids: list[str]) -> Finding:
    """Shares of one whole: more than 100% fails; less leaves a rest (info), unless the
    text names one of them as the rest ("the remaining 30%"): then less fails too."""
    actual = sum((f.value for f in parts), Decimal(0))
    allowed = sum((half_width(f, shown_unit(f, norm)) for f in parts), Decimal(0))
    listed = " + ".join(f.text for f in parts)
    if actual > _HUNDRED + allowed:
        status, said = "fail", "more than the whole"
    elif actual >= _HUNDRED - allowed:
        status, said = "ok", "the whole"
    elif relation.rule == "shares_and_the_rest":
        status = "fail"
        said = (f"less than the whole, though the text names one of them the rest "
                f"(short by {_fmt(_HUNDRED - actual)} points)")
    else:
        status, said = "info", f"the rest is {_fmt(_HUNDRED - actual)}%, not stated"
    message = f"shares {listed} = {_fmt(actual)}%: {said} (allowed ±{_fmt(allowed)} points)"
    return Finding(source, "total", status, ids, message, _HUNDRED, actual, allowed,
                   relation.rule)


def _target(relation: Relation, norm: str, source: str) -> Finding | None:
    achieved, share = relation.roles["achieved"], relation.roles["share"]
    ids = [f.id for f in relation.figures()]
    target = relation.roles.get("target")
    if target is not None:
        if not target.value or not _comparable_parts(achieved, target):
            return None
        return _ratio_finding("target", relation.rule, achieved, target, share, norm,
                              source, ids, f"{label(achieved)} against a target of {label(target)}")
    if not share.value:
        return None
    with localcontext() as ctx:
        ctx.prec = 28
        implied = achieved.value / share.value * _HUNDRED
    implied = _round_like(implied, achieved, norm)
    message = (f"{label(achieved)} is {share.text} of the plan: the plan was about "
               f"{_human(implied)}{_measure(achieved, noun=achieved.kind != 'count')}")
    return Finding(source, "target", "info", ids, message, implied, achieved.value, None,
                   relation.rule)


__all__ = ["DEFAULT_TOLERANCE", "Finding", "check_figures", "check_text", "fraction_bounds",
           "half_width", "interval", "multiple_bounds", "shown_unit"]
