"""The record: one figure found in a document, with the fields DESIGN.md fixes."""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

KINDS = ("money", "percent", "count", "quantity")


def number_out(value: Decimal | None) -> int | float | None:
    """A Decimal as a JSON number: int when integral, else the float nearest the decimal
    string (so 13.75 prints as 13.75, never 13.750000000000002)."""
    if value is None:
        return None
    if value == value.to_integral_value():
        return int(value)
    return float(str(value))


@dataclass(slots=True)
class Figure:
    """One figure. Values are Decimal; floats appear only in to_dict()."""

    kind: str
    start: int
    end: int
    text: str
    value: Decimal
    high: Decimal | None = None
    qualifier: str | None = None
    currency: str | None = None
    unit: str | None = None
    si_value: Decimal | None = None
    si_unit: str | None = None
    noun: str | None = None
    equivalent_of: str | None = None
    implied_rate: Decimal | None = None
    sentence: str = ""
    source: str = "-"
    id: str = ""
    line: int = 0
    column: int = 0
    rules: list[str] = field(default_factory=list)
    extra: dict[str, Any] = field(default_factory=dict)
    scale: int = 1  # the scale word's multiplier ("3 billion" -> 10**9); not exported

    def to_dict(self) -> dict[str, Any]:
        """The record as DESIGN.md names it, ready for json.dumps."""
        out: dict[str, Any] = {
            "source": self.source,
            "id": self.id,
            "kind": self.kind,
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "line": self.line,
            "column": self.column,
            "value": number_out(self.value),
            "high": number_out(self.high),
            "qualifier": self.qualifier,
            "currency": self.currency,
            "unit": self.unit,
            "si_value": number_out(self.si_value),
            "si_unit": self.si_unit,
            "noun": self.noun,
            "equivalent_of": self.equivalent_of,
            "implied_rate": number_out(self.implied_rate),
            "sentence": self.sentence,
        }
        for key, val in self.extra.items():
            out[key] = number_out(val) if isinstance(val, Decimal) else val
        out["rules"] = list(self.rules)
        return out


def same_measure(a: Figure, b: Figure) -> bool:
    """Same kind and the same currency (money) or unit (percent, quantity). Counts of any
    noun pass: callers that care about what is counted compare nouns themselves."""
    if a.kind != b.kind:
        return False
    if a.kind == "money":
        return a.currency == b.currency
    if a.kind in ("percent", "quantity"):
        return a.unit == b.unit
    return True
