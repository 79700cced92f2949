"""--db: records into SQLite, one row a record, re-running an input replacing its rows."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from figextract.cli import main
from figextract.db import DatabaseError, FigureDatabase
from figextract.export import CSV_FIELDS

TEXT = "Sales of over 1.3 million yuan (about $201,380) in 875 local malls, up 35 percent.\n"
OTHER = "Parcel volume rose 2.1% to 110.58 billion items.\n"


def run(capsys, args: list[str]) -> tuple[int, str, str]:  # noqa: ANN001 - pytest fixture
    with pytest.raises(SystemExit) as exit_info:
        main(args)
    out, err = capsys.readouterr()
    return int(exit_info.value.code or 0), out, err


def rows(path: Path, sql: str, *params: object) -> list[tuple]:
    with sqlite3.connect(path) as connection:
        return connection.execute(sql, params).fetchall()


@pytest.fixture
def inputs(tmp_path: Path) -> dict[str, Path]:
    paths = {"a": tmp_path / "a.txt", "b": tmp_path / "b.txt"}
    paths["a"].write_text(TEXT, encoding="utf-8")
    paths["b"].write_text(OTHER, encoding="utf-8")
    return paths


def test_records_become_rows_with_the_record_fields_as_columns(capsys, tmp_path, inputs):
    db = tmp_path / "figures.db"
    code, out, err = run(capsys, [str(inputs["a"]), "--db", str(db)])
    assert (code, out, err) == (0, "", "")  # no format chosen: the database only
    columns = [r[1] for r in rows(db, "PRAGMA table_info(figures)")]
    assert columns[: len(CSV_FIELDS)] == CSV_FIELDS
    got = rows(db, 'SELECT id, kind, text, value, currency, "end", "column", rules, '
                   "equivalent_of, implied_rate FROM figures ORDER BY rowid")
    assert [r[:5] for r in got] == [
        ("F1", "money", "1.3 million yuan", 1300000, "CNY"),
        ("F2", "money", "$201,380", 201380, "USD"),
        ("F3", "count", "875", 875, None),
        ("F4", "percent", "35 percent", 35, None),
    ]
    assert isinstance(got[0][3], int)
    assert json.loads(got[0][7])[0] == "numeral_digits"  # rules: JSON text
    assert got[1][8:] == ("F1", 6.4555)
    assert TEXT[got[0][5] - len("1.3 million yuan"):got[0][5]] == "1.3 million yuan"


def test_indexes_on_source_and_kind(capsys, tmp_path, inputs):
    db = tmp_path / "figures.db"
    run(capsys, [str(inputs["a"]), "--db", str(db)])
    leading = {rows(db, f"PRAGMA index_info({name})")[0][2]
               for _, name, *_ in rows(db, "PRAGMA index_list(figures)")}
    assert leading == {"source", "kind"}


@pytest.mark.parametrize("second_run", [["a"], ["a", "b"], ["b", "a"]],
                         ids=["same", "same-and-new", "new-and-same"])
def test_rerunning_an_input_replaces_its_rows(capsys, tmp_path, inputs, second_run):
    db = tmp_path / "figures.db"
    run(capsys, [str(inputs["a"]), "--db", str(db)])
    run(capsys, [*(str(inputs[k]) for k in second_run), "--db", str(db)])
    counts = dict(rows(db, "SELECT source, count(*) FROM figures GROUP BY source"))
    assert counts[str(inputs["a"])] == 4
    assert set(counts) == {str(inputs[k]) for k in {"a", *second_run}}


def test_db_with_a_format_writes_both(capsys, tmp_path, inputs):
    db = tmp_path / "figures.db"
    code, out, _ = run(capsys, [str(inputs["a"]), str(inputs["b"]), "--db", str(db), "--jsonl"])
    assert code == 0
    assert len(out.splitlines()) == rows(db, "SELECT count(*) FROM figures")[0][0] > 4


def test_unwritable_database_is_one_line_and_exit_2(capsys, tmp_path, inputs):
    code, out, err = run(capsys, [str(inputs["a"]), "--db", str(tmp_path / "no" / "x.db")])
    assert code == 2 and out == ""
    assert len(err.splitlines()) == 1 and "x.db" in err


def test_a_failed_input_keeps_its_previous_rows(tmp_path):
    """One transaction per input: a write that fails half way leaves the old rows."""
    with FigureDatabase(str(tmp_path / "f.db")) as store:
        store.replace_source("a.txt", [{"source": "a.txt", "id": "F1", "value": 5}])
        with pytest.raises(DatabaseError):
            store.replace_source("a.txt", [{"source": "a.txt", "id": "F1", "value": 6},
                                           {"source": "a.txt", "id": "F2", "value": object()}])
        kept = store.connection.execute("SELECT id, value FROM figures").fetchall()
    assert kept == [("F1", 5)]


def test_a_new_field_becomes_a_column(tmp_path):
    with FigureDatabase(str(tmp_path / "f.db")) as store:
        store.replace_source("a.txt", [{"source": "a.txt", "id": "F1", "lang": "zh",
                                        "tags": ["x"]}])
        got = store.connection.execute("SELECT lang, tags FROM figures").fetchall()
    assert got == [("zh", '["x"]')]
