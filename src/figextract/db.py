"""Records into a SQLite database (`figextract FILE... --db figures.db`), ready for
Datasette or sqlite-utils.

One table, `figures`, one row a record, one column a record field (the same names as
JSON and CSV; `rules` and any other list is JSON text, as sqlite-utils stores lists).
The database grows by appending: each input's records are written in one transaction
that first deletes the rows that input left before, so re-running on the same input
replaces its rows instead of duplicating them. Inputs are told apart by `source`, the
name as given on the command line ("-" for standard input).

A field the table does not have yet (an option added one) becomes a new column. Indexes:
(source, id), unique, which also serves lookups by source; and kind.

WAL journal with synchronous=NORMAL: a commit per input then costs no disk flush, which
matters for a folder of 100,000 files; a crash can lose the last inputs' rows, never
corrupt the others.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Mapping
from typing import Any

from .export import CSV_FIELDS

TABLE = "figures"
# SQLite column types, for the fields whose type is known; the others take none.
TYPES = {
    "start": "INTEGER", "end": "INTEGER", "line": "INTEGER", "column": "INTEGER",
    "page": "INTEGER", "value": "NUMERIC", "high": "NUMERIC", "si_value": "NUMERIC",
    "implied_rate": "NUMERIC", "converted_value": "NUMERIC", "converted_high": "NUMERIC",
    "rate": "NUMERIC",
}


class DatabaseError(Exception):
    """One-line, user-facing: the database named and why it cannot be written."""

    def __init__(self, path: str, reason: str) -> None:
        super().__init__(f"{path}: {reason}")


def _quote(name: str) -> str:
    """An identifier quoted for SQL ("end" and "column" are keywords)."""
    return '"' + name.replace('"', '""') + '"'


class FigureDatabase:
    """The `figures` table of a SQLite file, created on first use."""

    def __init__(self, path: str) -> None:
        self.path = path
        try:
            self.connection = sqlite3.connect(path, isolation_level=None)
            self.connection.execute("PRAGMA journal_mode=WAL")
            self.connection.execute("PRAGMA synchronous=NORMAL")
            self._create()
            self.columns = self._existing_columns()
        except sqlite3.Error as err:
            raise DatabaseError(path, str(err)) from None

    def _create(self) -> None:
        columns = ", ".join(f"{_quote(name)} {TYPES.get(name, 'TEXT')}"
                            for name in CSV_FIELDS)
        self.connection.execute(f"CREATE TABLE IF NOT EXISTS {TABLE} ({columns})")
        self.connection.execute(
            f"CREATE UNIQUE INDEX IF NOT EXISTS idx_{TABLE}_source ON {TABLE} (source, id)")
        self.connection.execute(
            f"CREATE INDEX IF NOT EXISTS idx_{TABLE}_kind ON {TABLE} (kind)")

    def _existing_columns(self) -> list[str]:
        return [row[1] for row in self.connection.execute(f"PRAGMA table_info({TABLE})")]

    def replace_source(self, source: str, records: Iterable[Mapping[str, Any]]) -> int:
        """Make the rows of `source` exactly `records`, in one transaction. -> rows written."""
        rows = [dict(record) for record in records]
        try:
            self._add_columns(rows)
            with_columns = self.columns
            insert = (f"INSERT INTO {TABLE} ({', '.join(map(_quote, with_columns))}) "
                      f"VALUES ({', '.join('?' for _ in with_columns)})")
            self.connection.execute("BEGIN")
            try:
                self.connection.execute(f"DELETE FROM {TABLE} WHERE source = ?", (source,))
                self.connection.executemany(
                    insert, ([_cell(row.get(name)) for name in with_columns] for row in rows))
            except BaseException:
                self.connection.execute("ROLLBACK")
                raise
            self.connection.execute("COMMIT")
        except sqlite3.Error as err:
            raise DatabaseError(self.path, str(err)) from None
        return len(rows)

    def _add_columns(self, rows: list[dict[str, Any]]) -> None:
        known = set(self.columns)
        for row in rows:
            for name in row:
                if name not in known:
                    self.connection.execute(
                        f"ALTER TABLE {TABLE} ADD COLUMN {_quote(name)} "
                        f"{TYPES.get(name, '')}".rstrip())
                    self.columns.append(name)
                    known.add(name)

    def close(self) -> None:
        self.connection.close()

    def __enter__(self) -> FigureDatabase:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _cell(value: Any) -> Any:
    """A record value as SQLite stores it: lists and objects as JSON text."""
    if isinstance(value, (list, dict)):
        return json.dumps(value, ensure_ascii=False)
    return value


__all__ = ["DatabaseError", "FigureDatabase", "TABLE"]
