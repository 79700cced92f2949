"""Every rules corpus (src/figextract/rules/*_corpus.py built on rules/corpus.py) is a test
suite: one test per example through the whole pipeline, named by its corpus and text."""

from __future__ import annotations

import importlib
import pkgutil

import pytest

import figextract.rules as rules_package
from figextract.rules.corpus import Example, check


def _corpora() -> list[tuple[str, Example]]:
    found = []
    for info in sorted(pkgutil.iter_modules(rules_package.__path__), key=lambda m: m.name):
        if not info.name.endswith("_corpus"):
            continue
        module = importlib.import_module(f"figextract.rules.{info.name}")
        for example in getattr(module, "CORPUS", []):
            if isinstance(example, Example):
                found.append((info.name.removesuffix("_corpus"), example))
    return found


CASES = _corpora()


def _params() -> list[object]:
    params = []
    seen: dict[str, int] = {}
    for corpus, example in CASES:
        marks = [pytest.mark.xfail(reason=example.gap, strict=True)] if example.gap else []
        kind = "no figure" if not example.expects else "gap" if example.gap else "ok"
        name = f"{corpus}:{kind}:{example.label}"
        seen[name] = seen.get(name, 0) + 1
        if seen[name] > 1:
            name += f"#{seen[name]}"
        params.append(pytest.param(example, id=name, marks=marks))
    return params


@pytest.mark.parametrize("example", _params())
def test_corpus_example(example: Example) -> None:
    problems = check(example)
    assert not problems, f"{example.text!r}: " + "; ".join(problems)


def test_every_english_corpus_is_collected() -> None:
    names = {corpus for corpus, _ in CASES}
    assert {"money", "percent", "count", "numerals", "not_figures", "ranges",
            "conversion", "qualifier"} <= names
