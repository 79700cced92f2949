"""The document's date, read from its date line: "| China Post News |2021-01-28",
"BEIJING, March 3, 2022", "Jan. 28, 2021", "2021年1月28日"."""

from __future__ import annotations

import datetime as dt

import regex

_MONTHS = {
    name: i
    for i, names in enumerate(
        ["jan january", "feb february", "mar march", "apr april", "may", "jun june",
         "jul july", "aug august", "sep sept september", "oct october", "nov november",
         "dec december"], start=1)
    for name in names.split()
}

_DATE = regex.compile(
    r"""
    (?P<iso>(?<!\d)(?P<y1>(?:19|20)\d{2})[-/.](?P<m1>\d{1,2})[-/.](?P<d1>\d{1,2})(?!\d))
  | (?P<mdy>\b(?P<m2>(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*)\.?
        [ ]+(?P<d2>\d{1,2})(?:st|nd|rd|th)?,?[ ]+(?P<y2>(?:19|20)\d{2})\b)
  | (?P<dmy>\b(?P<d3>\d{1,2})(?:st|nd|rd|th)?[ ]+(?P<m3>(?i:jan|feb|mar|apr|may|jun|jul|
        aug|sep|sept|oct|nov|dec)[a-z]*)\.?,?[ ]+(?P<y3>(?:19|20)\d{2})\b)
  | (?P<zh>(?P<y4>(?:19|20)\d{2})[ ]*年[ ]*(?P<m4>\d{1,2})[ ]*月[ ]*(?P<d4>\d{1,2})[ ]*[日号])
    """,
    regex.VERBOSE,
)


def document_date(norm: str, head: int = 2000) -> dt.date | None:
    """The first full date written in the first `head` characters, or None."""
    for match in _DATE.finditer(norm, 0, min(len(norm), head)):
        found = _to_date(match)
        if found is not None:
            return found
    return None


def _to_date(match: regex.Match[str]) -> dt.date | None:
    g = match.group
    try:
        if g("iso"):
            return dt.date(int(g("y1")), int(g("m1")), int(g("d1")))
        if g("mdy"):
            return dt.date(int(g("y2")), _month(g("m2")), int(g("d2")))
        if g("dmy"):
            return dt.date(int(g("y3")), _month(g("m3")), int(g("d3")))
        if g("zh"):
            return dt.date(int(g("y4")), int(g("m4")), int(g("d4")))
    except (ValueError, KeyError):
        return None
    return None


def _month(name: str) -> int:
    key = name.lower()
    if key in _MONTHS:
        return _MONTHS[key]
    return _MONTHS[key[:3]]


def parse_iso(text: str) -> dt.date:
    """--date YYYY-MM-DD; ValueError with a readable message otherwise."""
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise ValueError(f"not a date in the form YYYY-MM-DD: {text!r}") from None
