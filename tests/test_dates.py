"""The document's date, read from its date line, and --date parsing."""

from __future__ import annotations

import datetime as dt

import pytest

from figextract.dates import document_date, parse_iso
from figextract.document import normalise

CASES = {
    "china-post-date-line": ("Home | News\n| China Post News |2021-01-28\nSales.", "2021-01-28"),
    "dateline-city": ("BEIJING, March 3, 2022 -- China Post said on Thursday", "2022-03-03"),
    "abbreviated-month": ("Published Jan. 28, 2021. The campaign", "2021-01-28"),
    "day-month-year": ("Posted 28 January 2021 by the newsroom", "2021-01-28"),
    "chinese": ("中国邮政 2021年1月28日 电", "2021-01-28"),
    "full-width-digits": ("２０２１年１月２８日", "2021-01-28"),
    "first-date-wins": ("2021-01-28 ... results for 2020-12-31", "2021-01-28"),
}


@pytest.mark.parametrize("text, expected", CASES.values(), ids=CASES.keys())
def test_document_date(text: str, expected: str) -> None:
    assert document_date(normalise(text)) == dt.date.fromisoformat(expected)


@pytest.mark.parametrize("text", [
    "No date at all, only 2021 as a year.",
    "An impossible 2021-02-30 date line.",
    "March 2022 alone is a month, not a day.",
], ids=["year-only", "impossible-day", "month-only"])
def test_no_document_date(text: str) -> None:
    assert document_date(normalise(text)) is None


def test_date_beyond_the_head_is_not_the_documents() -> None:
    text = "x " * 1500 + "2021-01-28"
    assert document_date(text) is None


def test_parse_iso() -> None:
    assert parse_iso("2021-01-28") == dt.date(2021, 1, 28)
    with pytest.raises(ValueError, match="YYYY-MM-DD"):
        parse_iso("28/01/2021")
