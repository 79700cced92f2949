"""`figextract compare STORY SOURCE`: statuses on the samples and test texts, across
languages, the miscopy rules, and the command line."""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path

import pytest

from figextract.cli import main
from figextract.compare import compare_texts, miscopy, nouns_agree

HERE = Path(__file__).parent
TEXTS = HERE / "texts"
SAMPLES = HERE.parent / "samples"


def statuses(story: Path, source: Path) -> list[tuple[str, str, str]]:
    """(story figure text, status, text of the source figure it was held against)."""
    source_text = source.read_text(encoding="utf-8")
    from figextract.pipeline import extract

    texts = {f.id: f.text for f in extract(source_text)}
    return [(c.story.text, c.status, " ".join(texts[i] for i in c.source))
            for c in compare_texts(story.read_text(encoding="utf-8"), source_text)]


def test_story_against_its_release() -> None:
    assert statuses(SAMPLES / "check-story.txt", SAMPLES / "postal-rural-sales.txt") == [
        ("$200,000", "rounded", "$200,900"),
        ("1.3 million yuan", "rounded", "1.3 million yuan"),  # about, where the source says over
        ("875", "match", "875"),
        ("832", "match", "832"),
        ("400", "match", "400"),
        ("2 and 3 billion yuan", "match", "2 and 3 billion yuan"),
        ("$26", "rounded", "168 yuan"),  # restated at the source's own rate
        ("45.8 billion yuan", "match", "45.8 billion yuan"),
        ("35 percent", "match", "35 percent"),
        ("1,763", "mismatch", "1,736"),
        ("935,000", "unsupported", ""),
        ("50,000 yuan", "match", "50,000 yuan"),
        ("9,860", "match", "9,860"),
    ]


def test_slips_of_digits_and_scale() -> None:
    assert statuses(TEXTS / "compare-story-slips.txt", SAMPLES / "postal-rural-sales.txt") == [
        ("13.57 million yuan", "mismatch", "13.75 million yuan"),
        ("$2.1 million", "rounded", "$2.13 million"),
        ("9,860", "match", "9,860"),
        ("45.8 million yuan", "mismatch", "45.8 billion yuan"),
        ("50,000 yuan", "match", "50,000 yuan"),
    ]


def test_english_story_against_chinese_release() -> None:
    found = statuses(TEXTS / "compare-story-en-for-zh.txt", SAMPLES / "zh-rural-ecommerce.txt")
    assert found == [
        ("1.3 million yuan", "match", "130万元"),
        ("$200,900", "match", "20.09万美元"),
        ("875", "match", "875个"),
        ("1,736", "match", "1736款"),
        ("620 million yuan", "match", "6.2亿元"),
        ("170%", "match", "百分之一百七十"),
        ("12,782", "match", "12782名"),
        ("35%", "match", "35%"),
    ]


@pytest.mark.parametrize(("story", "source", "slip"), [
    ("1763", "1736", "two digits swapped"),
    ("13570000", "13750000", "two digits swapped"),
    ("45800000", "45800000000", "the same digits, 1,000 times smaller"),
    ("9680", "9860", "two digits swapped"),
    ("9870", "9860", "one digit differs"),
    ("5", "6", None),  # any two one-digit numbers differ in one digit: no evidence
    ("935000", "875", None),
    ("1736", "1736", None),
], ids=str)
def test_miscopy(story: str, source: str, slip: str | None) -> None:
    assert miscopy(Decimal(story), Decimal(source)) == slip


@pytest.mark.parametrize(("a", "b", "agree"), [
    ("kinds", "kinds", True),
    ("national-level poverty-stricken counties", "counties", True),
    ("people", "village operators", False),
    ("local malls", "个邮政本地商城", True),  # another script: not held against
    (None, "experts", True),
], ids=str)
def test_nouns_agree(a: str | None, b: str, agree: bool) -> None:
    assert nouns_agree(a, b) is agree


def run(args: list[str]) -> int:
    with pytest.raises(SystemExit) as exit_info:
        main(args)
    return int(exit_info.value.code or 0)


def test_cli_exit_1_on_a_mismatch_with_json(capsys: pytest.CaptureFixture[str]) -> None:
    code = run(["compare", str(SAMPLES / "check-story.txt"),
                str(SAMPLES / "postal-rural-sales.txt"), "--json"])
    out, err = capsys.readouterr()
    assert (code, err) == (1, "")
    records = json.loads(out)
    assert len(records) == 13
    assert set(records[0]) >= {"story", "status", "source", "message"}
    assert records[0]["story"]["text"] == "$200,000"
    assert [r["status"] for r in records].count("mismatch") == 1


def test_cli_exit_0_when_the_story_is_the_source(capsys: pytest.CaptureFixture[str]) -> None:
    release = str(SAMPLES / "parcel-volume-2022.txt")
    code = run(["compare", release, release, "--jsonl"])
    out, err = capsys.readouterr()
    assert (code, err) == (0, "")
    assert {json.loads(line)["status"] for line in out.splitlines()} == {"match"}


def test_cli_table(capsys: pytest.CaptureFixture[str]) -> None:
    code = run(["compare", str(SAMPLES / "check-story.txt"),
                str(SAMPLES / "postal-rural-sales.txt")])
    out, err = capsys.readouterr()
    assert (code, err) == (1, "")
    assert "9 match, 3 rounded, 1 mismatch, 1 unsupported" not in out  # 13 figures in all
    assert "8 match, 3 rounded, 1 mismatch, 1 unsupported" in out
    assert "two digits swapped" in out


def test_cli_unreadable_input_exit_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code = run(["compare", str(tmp_path / "nope.txt"), str(SAMPLES / "postal-rural-sales.txt")])
    out, err = capsys.readouterr()
    assert code == 2
    assert out == ""
    assert len(err.splitlines()) == 1 and "nope.txt" in err


def test_cli_needs_two_inputs(capsys: pytest.CaptureFixture[str]) -> None:
    code = run(["compare", str(SAMPLES / "check-story.txt")])
    out, err = capsys.readouterr()
    assert code == 2
    assert out == "" and len(err.splitlines()) == 1


@pytest.mark.parametrize(("story", "status"), [
    ("It shipped about 11 million pounds of oranges.", "rounded"),
    ("It shipped about 15 million pounds of oranges.", "unsupported"),
    ("It shipped about 5,000 tonnes of oranges.", "match"),
    ("It shipped 5,000 tonnes of oranges.", "rounded"),  # the source says about
    ("It shipped 5,300 tonnes of oranges.", "unsupported"),  # no digit slip: not a miscopy
    ("It shipped 5,000 kilometres of oranges.", "unsupported"),
], ids=str)
def test_quantities_in_another_unit(story: str, status: str) -> None:
    (found,) = compare_texts(story, "Its warehouses shipped about 5,000 tonnes of oranges.")
    assert found.status == status


@pytest.mark.parametrize(("story", "source", "status"), [
    ("One in five farms had no water.", "20% of the farms had no water.", "match"),
    ("20% of the farms had no water.", "One in five farms had no water.", "match"),
    ("Nine in ten adults shop online.", "88% of adults shop online.", "rounded"),
    ("33% of shops closed.", "One in three shops closed.", "rounded"),
    ("One in five farms had no water.", "30% of the farms had no water.", "unsupported"),
    ("One in five farms had no water.", "20% of the adults had no water.", "unsupported"),
    ("25% of shops closed.", "One in three shops closed.", "unsupported"),
], ids=str)
def test_a_ratio_against_a_percentage(story: str, source: str, status: str) -> None:
    (found,) = compare_texts(story, source)
    assert found.status == status
