"""The command line: `figextract FILE...` extracts (the default command); `figextract
check`, `figextract compare` and `figextract explain` are subcommands. A file that happens
to be named like a subcommand is reached as ./check.

The commands are declared with typer in commands.py. A plain extraction (`figextract
FILE... --json`, `-o`, `--kind`, ...) is read here instead, without importing typer:
typer, the pydantic it checks parameters with, and the checkers it builds for the
extract command's twenty options cost about 100 ms, a third of a one-page run.
"""

from __future__ import annotations

import os
import sys
from contextlib import contextmanager

from .figure import KINDS

PROG = "figextract"
SUBCOMMANDS = ("check", "compare", "explain")


class UsageProblem(Exception):
    """Bad usage: one line on standard error, exit 2."""


def _output_format(fmt: str | None, json_: bool, jsonl: bool, csv_: bool) -> str:
    chosen = [name for name, on in (("json", json_), ("jsonl", jsonl), ("csv", csv_)) if on]
    if fmt is not None:
        chosen.append(fmt)
    if len(set(chosen)) > 1:
        raise UsageProblem(f"choose one output format, not {' and '.join(sorted(set(chosen)))}")
    name = chosen[0] if chosen else "table"
    if name not in ("table", "json", "jsonl", "csv"):
        raise UsageProblem(f"unknown output format {name!r}: use table, json, jsonl or csv")
    return name


def _kinds(kind: str | None) -> list[str] | None:
    if kind is None:
        return None
    kinds = [k.strip() for k in kind.split(",") if k.strip()]
    unknown = [k for k in kinds if k not in KINDS]
    if unknown or not kinds:
        raise UsageProblem(f"unknown kind {', '.join(unknown) or repr(kind)}: "
                           f"use {', '.join(KINDS)}")
    return kinds


def _currency(code: str | None) -> str | None:
    if code is None:
        return None
    from .rates import is_currency_code

    upper = code.strip().upper()
    if not is_currency_code(upper):
        raise UsageProblem(f"--to {code}: not an ISO 4217 currency code")
    return upper


def _date(text: str | None) -> str | None:
    if text is None:
        return None
    from .dates import parse_iso

    try:
        parse_iso(text)
    except ValueError as err:
        raise UsageProblem(f"--date: {err}") from None
    return text


def _lang(lang: str) -> str:
    if lang not in ("auto", "en", "zh"):
        raise UsageProblem(f"--lang {lang}: use auto, en or zh")
    return lang


def warn(message: str) -> None:
    """One line on standard error."""
    print(f"{PROG}: {message}", file=sys.stderr)


def run_extract(files: list[str] | None = None, *, json_: bool = False, jsonl: bool = False,
                csv_: bool = False, fmt: str | None = None, output: str | None = None,
                kind: str | None = None, to: str | None = None, date: str | None = None,
                lang: str = "auto", jobs: int | None = None, db: str | None = None,
                encoding: str | None = None, input_format: str | None = None,
                recursive: bool = False, input_jsonl: str | None = None, id_field: str = "id",
                print_text: bool = False) -> int:
    """`figextract FILE...` with the options of the extract command (commands.py, which
    holds their help); the exit code."""
    output_format = _output_format(fmt, json_, jsonl, csv_)
    reading = {"recursive": recursive, "encoding": _encoding(encoding),
               "fmt": _input_format(input_format), "jsonl_field": input_jsonl,
               "jsonl_id": id_field}
    if print_text:
        names = list(files or [])
        _refuse_interactive_stdin(names)
        if _print_texts(names, output_format, output, reading):
            return 2
        return 0
    if db is not None and fmt is None and not (json_ or jsonl or csv_):
        output_format = "none"
    options = {"kinds": _kinds(kind), "to": _currency(to), "date": _date(date),
               "lang": _lang(lang)}
    names = list(files or [])
    _refuse_interactive_stdin(names)
    failed = _run_extract(names, output_format, output, options, jobs=jobs, db=db,
                          reading=reading)
    return 2 if failed else 0


def _encoding(name: str | None) -> str | None:
    if name is None:
        return None
    import codecs

    try:
        return codecs.lookup(name).name
    except LookupError:
        raise UsageProblem(f"--encoding {name}: unknown encoding") from None


def _input_format(name: str | None) -> str | None:
    if name is not None and name not in ("text", "html", "pdf"):
        raise UsageProblem(f"--input-format {name}: use text, html or pdf")
    return name


def _print_texts(names: list[str], output_format: str, output: str | None,
                 reading: dict) -> bool:
    """--print-text: each input's text exactly as offsets count it (several inputs: each
    after a '==> NAME <==' line); with --json/--jsonl, one object per input with its
    text, encoding, format and page starts. True when any input failed."""
    from .export import WRITERS
    from .output import cli_guard, open_output
    from .sources import InputError, iter_sources

    failed = False
    with cli_guard(PROG), open_output(output) as stream:
        writer = WRITERS[output_format](stream) if output_format in ("json", "jsonl") else None
        for number, source in enumerate(iter_sources(names, **reading)):
            if isinstance(source, InputError):
                warn(str(source))
                failed = True
                continue
            _note_encoding(source)
            if writer is not None:
                writer.write({"source": source.name, "text": source.text,
                              "encoding": source.encoding, "input_format": source.fmt,
                              "page_starts": source.page_starts})
            elif len(names) <= 1 and not reading["recursive"] and not reading["jsonl_field"]:
                stream.write(source.text)
            else:
                separator = "\n" if number else ""
                stream.write(f"{separator}==> {source.name} <==\n{source.text}")
        if writer is not None:
            writer.close()
    return failed


def _note_encoding(source) -> None:  # noqa: ANN001 - a sources.SourceText
    """Say on stderr when an input's encoding was a guess, so that a wrong guess can be
    overridden with --encoding."""
    if source.encoding_guessed:
        warn(f"{source.name}: encoding guessed as {source.encoding} (--encoding to force)")


def _refuse_interactive_stdin(names: list[str]) -> None:
    if (not names or "-" in names) and sys.stdin is not None and sys.stdin.isatty():
        raise UsageProblem("no input: name a FILE, or pipe text to standard input")


class _NoWriter:
    """--db without a format: the records go to the database only."""

    def write(self, record: dict) -> None:
        pass

    def close(self) -> None:
        pass


def _make_writer(output_format: str, stream):  # noqa: ANN001, ANN202 - writer protocol
    if output_format == "none":
        return _NoWriter()
    if output_format == "table":
        from .render import TableWriter

        return TableWriter(stream)
    from .export import WRITERS

    return WRITERS[output_format](stream)


def _run_extract(names: list[str], output_format: str, output: str | None,
                 options: dict, *, jobs: int | None = None, db: str | None = None,
                 reading: dict | None = None) -> bool:
    """Extract from every input in order (on `jobs` worker processes); True when any
    input failed. With `db`, each input's records also replace its rows there."""
    from .output import cli_guard, open_output
    from .parallel import ExtractionError, extract_in_order
    from .progress import Progress
    from .sources import InputError, iter_sources, page_of

    failed = False
    progress = Progress()
    inputs = found = 0
    with cli_guard(PROG), open_output(output) as stream, _open_db(db) as store:
        writer = _make_writer(output_format, stream)
        sources = iter_sources(names, **(reading or {}))
        for source, figures in extract_in_order(sources, jobs=jobs, **options):
            inputs += 1
            if isinstance(source, InputError) or isinstance(figures, ExtractionError):
                progress.close()
                warn(str(figures if isinstance(figures, ExtractionError) else source))
                failed = True
                continue
            found += len(figures)
            progress.update(inputs, found)
            _note_encoding(source)
            _note_rate_date(source.name, figures, options)
            records = []
            for figure in figures:
                record = figure.to_dict()
                if source.fmt != "text":  # offsets count in the extracted text
                    record["input_format"] = source.fmt
                if source.page_starts:
                    record["page"] = page_of(source, figure.start)
                writer.write(record)
                records.append(record)
            if store is not None:
                _store(store, source.name, records)
        progress.close()
        writer.close()
    return failed


@contextmanager
def _open_db(path: str | None):  # noqa: ANN202 - yields FigureDatabase or None
    if path is None:
        yield None
        return
    from .db import DatabaseError, FigureDatabase

    try:
        store = FigureDatabase(path)
    except DatabaseError as err:
        raise UsageProblem(str(err)) from None
    with store:
        yield store


def _store(store, name: str, records: list[dict]) -> None:  # noqa: ANN001 - FigureDatabase
    from .db import DatabaseError

    try:
        store.replace_source(name, records)
    except DatabaseError as err:
        raise UsageProblem(str(err)) from None


def _note_rate_date(name: str, figures: list, options: dict) -> None:
    """Say once per document which date the --to conversion used, when not the text's."""
    if options.get("to") is None or not figures:
        return
    first = figures[0].extra
    if first.get("date_from") == "latest":
        warn(f"{name}: no date in the text and no --date: converted at the latest rates")
    elif first.get("date_from") == "option":
        warn(f"{name}: no date in the text: converted at the rates of --date")
    missing = sorted({f.currency for f in figures if f.kind == "money" and f.currency
                      and f.currency != options["to"] and f.extra.get("rate") is None})
    if missing:  # a defunct currency, or a date before the ECB's series: null, never a guess
        on = first.get("document_date") or "the latest date"
        warn(f"{name}: no ECB reference rate for {', '.join(missing)} against {options['to']} "
             f"on {on}: left unconverted (null)")


# The extract command's options as main() reads them without typer: flags, and options
# that take the next argument as their value (tests/test_cli.py holds these tables to the
# command's own). Whatever is not here, or not written this plainly, goes to typer.
PLAIN_FLAGS = {"--json": "json_", "--jsonl": "jsonl", "--csv": "csv_", "--recursive": "recursive",
               "-r": "recursive", "--print-text": "print_text"}
PLAIN_OPTIONS = {"--format": "fmt", "-f": "fmt", "--output": "output", "-o": "output",
                 "--kind": "kind", "-k": "kind", "--to": "to", "--date": "date",
                 "--lang": "lang", "--jobs": "jobs", "-j": "jobs", "--db": "db",
                 "--encoding": "encoding", "-e": "encoding", "--input-format": "input_format",
                 "--input-jsonl": "input_jsonl", "--id-field": "id_field"}


def plain_extract_args(args: list[str]) -> dict | None:
    """run_extract's arguments for a plain extraction command line; None to leave it to
    typer: a subcommand, --help, --version, "--kind=money", "-rj2", "--", an option value
    that starts with "-" (typer takes it as the value), a --jobs below 1 or not a number."""
    if args and args[0] in SUBCOMMANDS or os.environ.get(f"_{PROG.upper()}_COMPLETE"):
        return None
    options: dict = {}
    files: list[str] = []
    rest = iter(args)
    for arg in rest:
        if arg in PLAIN_FLAGS:
            options[PLAIN_FLAGS[arg]] = True
        elif arg in PLAIN_OPTIONS:
            value = next(rest, None)
            if value is None or value.startswith("-") and value != "-":
                return None
            options[PLAIN_OPTIONS[arg]] = value
        elif arg.startswith("-") and arg != "-":
            return None
        else:
            files.append(arg)
    jobs = options.get("jobs")
    if jobs is not None:
        if not (jobs.isascii() and jobs.isdigit() and int(jobs) >= 1):
            return None
        options["jobs"] = int(jobs)
    return {"files": files or None, **options}


def main(argv: list[str] | None = None) -> None:
    """Console entry point: dispatch to a subcommand, else extract; one-line errors."""
    args = list(sys.argv[1:] if argv is None else argv)
    debug = "--debug" in args
    if debug:
        args.remove("--debug")
    plain = plain_extract_args(args)
    try:
        code = _run_typer(args) if plain is None else _run_plain(plain)
    except UsageProblem as err:
        warn(str(err))
        code = 2
    except Exception as err:  # noqa: BLE001 - the last line of defence: one line, exit 2
        if debug:
            raise
        from .output import OutputError

        if isinstance(err, OutputError):  # the -o file, named, and why it cannot be written
            warn(str(err))
        else:
            warn(f"internal error: {type(err).__name__}: {err} (run with --debug for details)")
        code = 2
    sys.exit(code if isinstance(code, int) else 0)


def _run_plain(options: dict) -> int:
    """run_extract, ended as typer would end it: Ctrl-C before the work's own guard
    (output.cli_guard) took over is exit 130 too."""
    try:
        return run_extract(**options)
    except KeyboardInterrupt:
        warn("interrupted")
        return 130


def _run_typer(args: list[str]) -> object:
    """The typer command for `args`: its return value or exit code."""
    import typer

    from .commands import app, extract_app

    try:  # typer 0.29 carries its own copy of click; it does not install click itself
        from typer._click.exceptions import UsageError
    except ImportError:  # pragma: no cover - typer versions that use click
        from click.exceptions import UsageError

    chosen = app if args and args[0] in SUBCOMMANDS else extract_app
    command = typer.main.get_command(chosen)
    try:
        return command.main(args=args, prog_name=PROG, standalone_mode=False)
    except typer.Exit as err:
        return err.exit_code
    except UsageError as err:
        warn(err.format_message().splitlines()[0] if err.format_message() else "bad usage")
        return 2
    except typer.Abort:
        warn("interrupted")
        return 130
