"""The rich table a person sees. The only module that imports rich."""

from __future__ import annotations

from typing import Any, TextIO


class TableWriter:
    """Collects records and prints one table per source when closed."""

    def __init__(self, stream: TextIO) -> None:
        self.stream = stream
        self.rows: list[dict[str, Any]] = []

    def write(self, record: dict[str, Any]) -> None:
        self.rows.append(record)

    def close(self) -> None:
        from rich.table import Table

        console = _console(self.stream)
        if not self.rows:
            console.print("no figures found")
            return
        by_source: dict[str, list[dict[str, Any]]] = {}
        for row in self.rows:
            by_source.setdefault(row["source"], []).append(row)
        for source, rows in by_source.items():
            table = Table(title=source, title_justify="left", show_lines=False)
            for column in ("id", "kind", "text", "value", "cur/unit", "qualifier", "noun",
                           "equivalent"):
                # on a narrow terminal the words fold, never a number ("1,300,0 / 00")
                table.add_column(column, overflow="fold", no_wrap=column in _WHOLE,
                                 justify="right" if column == "value" else "left")
            for row in rows:
                table.add_row(*_cells(row))
            console.print(table)


_WHOLE = frozenset({"id", "kind", "value", "cur/unit", "qualifier"})


def _console(stream: TextIO):  # noqa: ANN202 - rich imported lazily
    """A console for the stream: the terminal's width on a terminal; wide enough not to
    fold cells when piped or written to a file."""
    from rich.console import Console

    try:
        interactive = stream.isatty()
    except (AttributeError, ValueError):
        interactive = False

    class QuietOnBrokenPipe(Console):
        def on_broken_pipe(self) -> None:
            # rich's own ends the program with exit 1 ("a problem was found"); a reader
            # that went away ("| head -1") ends it quietly, with 0, in output.cli_guard
            self.quiet = True
            raise BrokenPipeError

    return QuietOnBrokenPipe(file=stream, soft_wrap=False,
                             width=None if interactive else 160)


def _cells(row: dict[str, Any]) -> list[str]:
    value = _number(row["value"])
    if row.get("high") is not None:
        value += " - " + _number(row["high"])
    equivalent = ""
    if row.get("equivalent_of"):
        equivalent = f"= {row['equivalent_of']} @ {_number(row.get('implied_rate'))}"
    if row.get("converted_value") is not None:
        converted = _number(row["converted_value"])
        if row.get("converted_high") is not None:
            converted += " - " + _number(row["converted_high"])
        equivalent += (" " if equivalent else "") + f"{converted} {row['converted_currency']}"
    return [row["id"], row["kind"], row["text"], value,
            row.get("currency") or row.get("unit") or "", row.get("qualifier") or "",
            row.get("noun") or "", equivalent]


def _number(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, int):
        return f"{value:,}"
    return f"{value:,.10g}" if abs(value) < 1e15 else str(value)


def render_findings(stream: TextIO, rows: list[dict[str, Any]], columns: list[str],
                    title: str) -> None:
    """A generic table of findings (check and compare use it)."""
    from rich.table import Table

    console = _console(stream)
    table = Table(title=title, title_justify="left")
    for column in columns:
        table.add_column(column, overflow="fold")
    for row in rows:
        table.add_row(*("" if row.get(c) is None else str(row.get(c)) for c in columns))
    console.print(table)
