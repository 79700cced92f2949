"""The language every rules corpus (rules/*_corpus.py) is written in.

A corpus is a list of examples grouped by what they must give:

    examples(money("1300000", "CNY"), "1.3 million yuan", "CNY 1.3m", "RMB1.3 million")
        each string gives exactly one figure covering the whole string, of that kind,
        value, currency and unit (and qualifier, noun, high where the expectation names
        them);
    in_context("sales of over [1.3 million yuan] (about [$201,380])",
               money("1300000", "CNY", qualifier="over"),
               money("201380", "USD", equivalent_of=1))
        brackets mark where the figures are (offsets are computed, never typed); the text
        gives exactly these figures, in this order; `equivalent_of=1` names the first;
    not_figures("call 8610 11185", "the fourth festival")
        none of these gives any figure.

Wrap examples in `known_gap("why", ...)` when the rules do not get them yet: the test
runs them as strict xfail, so fixing a gap turns the suite red until it moves out.

`check(example)` lists what an example got wrong; tests/test_corpus.py runs every corpus.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from decimal import Decimal
from typing import Any

UNSET: Any = object()
"""An expected field left unchecked (the default for qualifier, noun, high ...)."""


@dataclass(frozen=True)
class Expect:
    """What one figure must be. Values are decimal strings; UNSET fields are not checked."""

    kind: str
    value: str
    currency: str | None = None
    unit: str | None = None
    high: Any = UNSET
    qualifier: Any = UNSET
    noun: Any = UNSET
    equivalent_of: Any = UNSET  # 1-based index of the figure restated, in the example
    implied_rate: Any = UNSET


@dataclass(frozen=True)
class Example:
    """A text and the figures it must give (none for a negative)."""

    text: str
    spans: tuple[tuple[int, int], ...]
    expects: tuple[Expect, ...]
    gap: str | None = None  # why the rules miss it, when they do
    name: str = field(default="")

    @property
    def label(self) -> str:
        shown = self.name or self.text
        return shown if len(shown) <= 60 else shown[:57] + "..."


def money(value: str, currency: str, **fields: Any) -> Expect:
    return Expect("money", value, currency=currency, **fields)


def percent(value: str, unit: str = "%", **fields: Any) -> Expect:
    return Expect("percent", value, unit=unit, **fields)


def count(value: str, **fields: Any) -> Expect:
    return Expect("count", value, **fields)


def quantity(value: str, unit: str, **fields: Any) -> Expect:
    return Expect("quantity", value, unit=unit, **fields)


def examples(expect: Expect, *texts: str) -> list[Example]:
    """Whole-string examples: each text is exactly one figure, as `expect` says."""
    return [Example(text, ((0, len(text)),), (expect,)) for text in texts]


def in_context(marked: str, *expects: Expect) -> list[Example]:
    """A sentence with its figures in [brackets], and what each must be, in order."""
    text, spans = _unmark(marked)
    if len(spans) != len(expects):
        raise ValueError(f"{len(spans)} marked spans but {len(expects)} expectations: "
                         f"{marked!r}")
    return [Example(text, tuple(spans), tuple(expects), name=marked)]


def not_figures(*texts: str) -> list[Example]:
    """Texts that hold no figure at all."""
    return [Example(text, (), ()) for text in texts]


def known_gap(reason: str, *groups: list[Example]) -> list[Example]:
    """Examples the rules do not get yet, with the reason (strict xfail in the tests)."""
    return [replace(example, gap=reason) for group in groups for example in group]


def _unmark(marked: str) -> tuple[str, list[tuple[int, int]]]:
    out: list[str] = []
    spans: list[tuple[int, int]] = []
    start: int | None = None
    length = 0
    for char in marked:
        if char == "[" and start is None:
            start = length
        elif char == "]" and start is not None:
            spans.append((start, length))
            start = None
        else:
            out.append(char)
            length += 1
    if start is not None:
        raise ValueError(f"unclosed [ in {marked!r}")
    return "".join(out), spans


def check(example: Example) -> list[str]:
    """What the extraction of `example.text` got wrong; empty when it is right."""
    from ..pipeline import extract

    figures = extract(example.text)
    got = [(f.start, f.end) for f in figures]
    want = list(example.spans)
    if got != want:
        shown = ", ".join(f"{example.text[s:e]!r}" for s, e in got) or "nothing"
        marked = ", ".join(f"{example.text[s:e]!r}" for s, e in want) or "nothing"
        return [f"found {shown}; expected {marked}"]
    problems: list[str] = []
    for fig, expect in zip(figures, example.expects, strict=True):
        problems += [f"{fig.text!r}: {p}" for p in _compare(fig, expect, figures)]
    for fig in figures:
        if fig.text != example.text[fig.start:fig.end]:
            problems.append(f"{fig.text!r}: text is not the span it points to")
    return problems


def _compare(fig: Any, expect: Expect, figures: list[Any]) -> list[str]:
    problems = []

    def differ(name: str, got: Any, want: Any) -> None:
        if got != want:
            problems.append(f"{name} {got!r}, expected {want!r}")

    differ("kind", fig.kind, expect.kind)
    differ("value", fig.value, Decimal(expect.value))
    differ("currency", fig.currency, expect.currency)
    if expect.kind != "count":
        differ("unit", fig.unit, expect.unit)
    elif expect.unit is not None:
        differ("unit", fig.unit, expect.unit)
    if expect.high is not UNSET:
        differ("high", fig.high, None if expect.high is None else Decimal(expect.high))
    if expect.qualifier is not UNSET:
        differ("qualifier", fig.qualifier, expect.qualifier)
    if expect.noun is not UNSET:
        differ("noun", fig.noun, expect.noun)
    if expect.equivalent_of is not UNSET:
        want = None if expect.equivalent_of is None else figures[expect.equivalent_of - 1].id
        differ("equivalent_of", fig.equivalent_of, want)
    if expect.implied_rate is not UNSET:
        rate = None if expect.implied_rate is None else Decimal(expect.implied_rate)
        differ("implied_rate", fig.implied_rate, rate)
    return problems
