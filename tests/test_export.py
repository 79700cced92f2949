"""Writers: JSON array streamed, JSON Lines, CSV; exact numbers at the edge."""

from __future__ import annotations

import csv
import io
import json
from decimal import Decimal

from figextract.export import CSV_FIELDS, CsvWriter, JsonArrayWriter, JsonLinesWriter
from figextract.figure import Figure, number_out


def record(i: int) -> dict:
    fig = Figure(kind="money", start=i, end=i + 3, text="$13", value=Decimal("13.75"),
                 currency="USD", id=f"F{i}", rules=["numeral_digits", "money_prefix"])
    return fig.to_dict()


def test_number_out_has_no_float_noise() -> None:
    assert number_out(Decimal("13.75") * Decimal("1000000")) == 13750000
    assert isinstance(number_out(Decimal("13750000.000")), int)
    assert repr(number_out(Decimal("0.1") + Decimal("0.2"))) == "0.3"
    assert number_out(None) is None


def test_json_array_is_valid_with_and_without_records() -> None:
    empty = io.StringIO()
    writer = JsonArrayWriter(empty)
    writer.close()
    assert json.loads(empty.getvalue()) == []
    full = io.StringIO()
    writer = JsonArrayWriter(full)
    for i in range(3):
        writer.write(record(i))
    writer.close()
    assert [r["id"] for r in json.loads(full.getvalue())] == ["F0", "F1", "F2"]


def test_json_lines_one_record_a_line() -> None:
    out = io.StringIO()
    writer = JsonLinesWriter(out)
    writer.write(record(1))
    writer.write(record(2))
    lines = out.getvalue().splitlines()
    assert len(lines) == 2 and json.loads(lines[1])["value"] == 13.75


def test_csv_header_and_rules_joined() -> None:
    out = io.StringIO()
    writer = CsvWriter(out)
    writer.write(record(1))
    rows = list(csv.DictReader(io.StringIO(out.getvalue())))
    assert list(rows[0]) == CSV_FIELDS
    assert rows[0]["rules"] == "numeral_digits money_prefix"
    assert rows[0]["value"] == "13.75" and rows[0]["high"] == ""


def test_non_ascii_text_is_kept_as_written() -> None:
    out = io.StringIO()
    writer = JsonLinesWriter(out)
    rec = record(1)
    rec["text"] = "3.5亿元"
    writer.write(rec)
    assert "3.5亿元" in out.getvalue()


def test_odd_line_breaks_are_escaped_so_a_record_is_one_line() -> None:
    out = io.StringIO()
    writer = JsonLinesWriter(out)
    rec = record(1)
    rec["sentence"] = "up 3%\u2028and\u0085more\u2029"
    writer.write(rec)
    assert len(out.getvalue().splitlines()) == 1
    assert json.loads(out.getvalue())["sentence"] == rec["sentence"]
