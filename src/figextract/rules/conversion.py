"""Conversions: a figure restated in another currency or unit right after it.

"1.3 million yuan (about $201,380)", "71.25 billion yuan (10.3 billion U.S. dollars)",
"X, or about Y", "X or Y", "X/Y", "X = Y" (a stated exchange rate: "1 U.S. dollar = 7.17
yuan"), "3.5亿元（约5400万美元）", "约合": the restating figure
gets `equivalent_of` (the id of the original) and `implied_rate` (units of the
original for one unit of the restatement: 6.4555 yuan per dollar).

Which of the two restates the other: the second when the text marks it ("about", "or",
约合: "12.5億港元（約合人民幣10.2億元）" restates Hong Kong dollars in yuan); with bare
parentheses, the second unless it is yuan and the first is not ("$10.3 billion (71.25
billion yuan)" restates dollars from a yuan original, as Chinese releases do).
"""

from __future__ import annotations

from decimal import Decimal, localcontext

import regex

from ..figure import Figure

_GAP = regex.compile(
    r"""
    [ ]*
    (?:
        [(\[（][ ]*(?:(?i:about|approximately|approx\.|around|roughly|some|nearly|almost|
                        over|more[ ]than|or|equivalent[ ]to|equal[ ]to|i\.e\.|ie)
                   |[约約]合?|折合|合|相当于|相當於)?[ ]*
      | [,，]?[ ]*(?i:or|i\.e\.)[ ]*(?:(?i:about|approximately|around|roughly|some|nearly|
                                          almost|over|more[ ]than)[ ]*)?
      | [,，]?[ ]*(?i:equivalent[ ]to|equal[ ]to|worth)[ ]*(?:(?i:about|around)[ ]*)?
      | [ ]*/[ ]*
      | [ ]*[=＝][ ]*                                       # "(1 U.S. dollar = 7.17 yuan)"
      | [,，]?[ ]*(?:[约約]合|折合|合[计計][约約]|[约約]|相当于|相當於)[ ]*  # 简 and 繁
    )
    """,
    regex.VERBOSE,
)


def link_conversions(norm: str, figures: list[Figure]) -> None:
    """Set equivalent_of and implied_rate on restating figures (ids must be set)."""
    for a, b in zip(figures, figures[1:], strict=False):
        if not _restates(a, b) or not _GAP.fullmatch(norm[a.end:b.start]):
            continue
        original, restated = _roles(a, b, norm[a.end:b.start])
        if restated.equivalent_of is not None or original.equivalent_of is not None:
            continue
        if restated.value == 0:
            continue
        restated.equivalent_of = original.id
        restated.implied_rate = rate(original.value, restated.value)
        restated.rules.append("conversion")
        if "=" in norm[a.end:b.start] or "＝" in norm[a.end:b.start]:
            restated.rules.append("stated_rate")  # "1 U.S. dollar = 7.17 yuan": the 1 is exact


# Words that mark the second figure as an approximate restatement of the first.
_RESTATING_CUE = regex.compile(
    r"(?i:about|approx|around|roughly|some|nearly|almost|equivalent|equal|or|i\.e\.)"
    r"|[约約]|折合|相当于|相當於"
)


def _roles(a: Figure, b: Figure, gap: str) -> tuple[Figure, Figure]:
    """(original, restatement). The second restates the first when the text says so
    ("about", "or", 约合); a bare "$10.3 billion (71.25 billion yuan)" restates the yuan
    figure, as Chinese releases state yuan first and translations put dollars up front."""
    if _RESTATING_CUE.search(gap) or b.qualifier == "approx":
        return a, b
    if b.currency == "CNY" and a.currency != "CNY":
        return b, a
    return a, b


def _restates(a: Figure, b: Figure) -> bool:
    if a.kind == "money" and b.kind == "money":
        return bool(a.currency and b.currency and a.currency != b.currency)
    if a.kind == "quantity" and b.kind == "quantity":
        return bool(a.unit != b.unit and a.si_unit and a.si_unit == b.si_unit)
    return False


def rate(original: Decimal, restated: Decimal) -> Decimal:
    """original / restated to four decimal places (six significant digits when small)."""
    with localcontext() as ctx:
        ctx.prec = 28
        value = original / restated
    if abs(value) >= 1:
        return value.quantize(Decimal("0.0001"))
    with localcontext() as ctx:
        ctx.prec = 6
        return +value
