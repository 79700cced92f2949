"""Writers for records: a JSON array (streamed), JSON Lines and CSV. Standard library
only; each takes a text stream, so the library never prints."""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable
from typing import Any, TextIO

# Column order of CSV output: DESIGN.md's fields, then the fields options add.
CSV_FIELDS = [
    "source", "id", "kind", "text", "start", "end", "line", "column", "value", "high",
    "qualifier", "currency", "unit", "si_value", "si_unit", "noun", "equivalent_of",
    "implied_rate", "sentence", "page", "input_format", "document_date", "date_from",
    "converted_value", "converted_high", "converted_currency", "rate", "rate_date", "rules",
]


# Characters that str.splitlines() and some JSON Lines readers take for line breaks: kept
# escaped, so one record is always one line.
_LINE_BREAKS = {"\u0085": "\\u0085", "\u2028": "\\u2028", "\u2029": "\\u2029"}


# One encoder for every record: json.dumps(..., ensure_ascii=False) builds a new one each
# call, a tenth of the time of writing a record.
_ENCODER = json.JSONEncoder(ensure_ascii=False)


def dumps(record: dict[str, Any]) -> str:
    """One record as compact JSON, non-ASCII text kept as written (but for the odd line
    breaks U+0085, U+2028, U+2029, escaped)."""
    text = _ENCODER.encode(record)
    if "\u0085" in text or "\u2028" in text or "\u2029" in text:
        for char, escaped in _LINE_BREAKS.items():
            text = text.replace(char, escaped)
    return text


class JsonArrayWriter:
    """Writes one JSON array, a record at a time: valid JSON once closed, even when no
    record was written, and nothing held in memory."""

    def __init__(self, stream: TextIO) -> None:
        self.stream = stream
        self.count = 0

    def write(self, record: dict[str, Any]) -> None:
        self.stream.write(("[\n" if self.count == 0 else ",\n") + dumps(record))
        self.count += 1

    def close(self) -> None:
        self.stream.write("[]\n" if self.count == 0 else "\n]\n")


class JsonLinesWriter:
    """One record a line."""

    def __init__(self, stream: TextIO) -> None:
        self.stream = stream

    def write(self, record: dict[str, Any]) -> None:
        self.stream.write(dumps(record) + "\n")

    def close(self) -> None:
        pass


class CsvWriter:
    """A header row, then one row a record, with the same field names as JSON."""

    def __init__(self, stream: TextIO, fields: Iterable[str] = CSV_FIELDS) -> None:
        self.writer = csv.DictWriter(stream, fieldnames=list(fields), extrasaction="ignore",
                                     lineterminator="\n")
        self.writer.writeheader()

    def write(self, record: dict[str, Any]) -> None:
        row = dict(record)
        if isinstance(row.get("rules"), list):
            row["rules"] = " ".join(row["rules"])
        self.writer.writerow(row)

    def close(self) -> None:
        pass


WRITERS = {"json": JsonArrayWriter, "jsonl": JsonLinesWriter, "csv": CsvWriter}
