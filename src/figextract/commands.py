"""The typer commands: `figextract FILE...` (extract, whose work is cli.run_extract) and
the subcommands check, compare and explain.

cli.main reads a plain extraction itself and comes here for everything else (help,
--version, the subcommands, command lines it leaves to typer to read or to refuse).
"""

from __future__ import annotations

from decimal import Decimal
from typing import Annotated

import typer

from .cli import (
    PROG,
    UsageProblem,
    _date,
    _encoding,
    _input_format,
    _lang,
    _note_encoding,
    _output_format,
    _refuse_interactive_stdin,
    run_extract,
    warn,
)

EXTRACT_HELP = f"""Extract every figure from press releases and news text.

FILE may be '-' or left out for standard input.

\b
Other commands:
  {PROG} check FILE...           check a document's conversions and sums
  {PROG} compare STORY SOURCE    a story's figures against its source
  {PROG} explain TEXT            why each figure was read as it was

\b
Examples:
  {PROG} release.txt                      a table of the figures
  {PROG} release.txt --json | jq '.[] | select(.kind=="money")'
  {PROG} *.txt --csv -o figures.csv
  {PROG} release.txt --kind money,percent --to USD --json
  cat release.txt | {PROG} - --jsonl
  {PROG} -r archive/ --jsonl -o all.jsonl  text/HTML/PDF files below
  {PROG} corpus.jsonl --input-jsonl body --id-field id --jsonl
  {PROG} page.html --print-text           the text that offsets count in

Inputs: UTF-8 (BOM or not), UTF-16/32 with BOM, GB18030/GBK, Big5 and
Windows-1252 (guessed and said on stderr; --encoding forces one); saved
HTML pages (visible text only); PDFs with a text layer (records get a page).
"""

# Two apps: the default extract command alone (so its usage line reads "figextract
# [OPTIONS] [FILES]..."), and the subcommands. main() picks one by the first argument.
# Help is plain text (rich_markup_mode=None): typer's rich help imports rich, markdown-it
# and pygments, half of --help's 0.13 s of CPU.
extract_app = typer.Typer(add_completion=False, pretty_exceptions_enable=False,
                          rich_markup_mode=None)
app = typer.Typer(add_completion=False, pretty_exceptions_enable=False, rich_markup_mode=None)


@app.callback()
def _subcommands() -> None:
    """figextract's subcommands (extraction itself is `figextract FILE...`)."""


# Options that several commands share, declared once.
FilesArgument = Annotated[list[str] | None, typer.Argument(
    help="Input files; '-' is stdin.", show_default=False)]
JsonOption = Annotated[bool, typer.Option("--json", help="One JSON array.")]
JsonlOption = Annotated[bool, typer.Option("--jsonl", help="One JSON object a line.")]
OutputOption = Annotated[str | None, typer.Option(
    "--output", "-o", help="Write here instead of standard output (atomically).",
    show_default=False)]
DateOption = Annotated[str | None, typer.Option(
    "--date", help="The document's date (YYYY-MM-DD) when the text does not give one.",
    show_default=False)]
LangOption = Annotated[str, typer.Option("--lang", help="auto, en or zh.")]
EncodingOption = Annotated[str | None, typer.Option(
    "--encoding", "-e", help="Read inputs in this encoding (gbk, big5, cp1252...) "
    "instead of guessing.", show_default=False)]
InputFormatOption = Annotated[str | None, typer.Option(
    "--input-format", help="text, html or pdf (default: from extension and content).",
    show_default=False)]


def _version(value: bool) -> None:
    if value:
        from . import __version__

        print(f"{PROG} {__version__}")
        raise typer.Exit(0)


@extract_app.command("extract", help=EXTRACT_HELP)
def extract_command(
    files: FilesArgument = None,
    json_: JsonOption = False,
    jsonl: JsonlOption = False,
    csv_: Annotated[bool, typer.Option("--csv", help="CSV with a header row.")] = False,
    fmt: Annotated[str | None, typer.Option(
        "--format", "-f", help="table, json, jsonl or csv (--json etc. are shorthands).",
        show_default=False)] = None,
    output: OutputOption = None,
    kind: Annotated[str | None, typer.Option(
        "--kind", "-k", help="Only these kinds: money,percent,count,quantity.",
        show_default=False)] = None,
    to: Annotated[str | None, typer.Option(
        "--to", help="Convert money to this currency at the ECB rate of the document's date.",
        show_default=False)] = None,
    date: DateOption = None,
    lang: LangOption = "auto",
    jobs: Annotated[int | None, typer.Option(
        "--jobs", "-j", min=1, help="Worker processes (default: one per core when there "
        "are many inputs, else 1). Records stay in input order.", show_default=False)] = None,
    db: Annotated[str | None, typer.Option(
        "--db", help="Also store the records in this SQLite file (table figures; "
        "re-running an input replaces its rows). No table on stdout unless a format "
        "is chosen.", show_default=False)] = None,
    encoding: EncodingOption = None,
    input_format: InputFormatOption = None,
    recursive: Annotated[bool, typer.Option(
        "--recursive", "-r", help="Read the .txt, .text, .md, .html, .htm, .pdf and "
        "extensionless files under each folder, sorted.")] = False,
    input_jsonl: Annotated[str | None, typer.Option(
        "--input-jsonl", metavar="FIELD", help="Inputs are JSON Lines corpora: one "
        "document a line, its text in FIELD.", show_default=False)] = None,
    id_field: Annotated[str, typer.Option(
        "--id-field", help="With --input-jsonl: the field naming each document "
        "(source becomes FILE:ID).")] = "id",
    print_text: Annotated[bool, typer.Option(
        "--print-text", help="Print the decoded (or extracted) text that offsets count "
        "in, instead of records.")] = False,
    version: Annotated[bool, typer.Option(
        "--version", callback=_version, is_eager=True, help="Print the version and exit.")
    ] = False,
) -> None:
    code = run_extract(
        files, json_=json_, jsonl=jsonl, csv_=csv_, fmt=fmt, output=output, kind=kind, to=to,
        date=date, lang=lang, jobs=jobs, db=db, encoding=encoding, input_format=input_format,
        recursive=recursive, input_jsonl=input_jsonl, id_field=id_field,
        print_text=print_text)
    if code:
        raise typer.Exit(code)


@app.command("explain", help="Show each figure of TEXT with the rules that built it.")
def explain_command(
    text: Annotated[str, typer.Argument(help="The text to read, e.g. 'over 1.3 million yuan'.")],
    lang: LangOption = "auto",
) -> None:
    from .pipeline import extract

    for figure in extract(text, lang=_lang(lang)):
        record = figure.to_dict()
        unit = record["currency"] or record["unit"] or ""
        print(f"{record['id']}\t{record['kind']}\t{record['text']!r}\t{record['value']}"
              f"\t{unit}\t{' > '.join(record['rules'])}")


CHECK_HELP = (
    "Check the arithmetic each document states about its own figures.\n\n"
    "One finding per relation tested: conversion (a linked pair against the document's "
    "other pairs and the ECB reference rate of its date), change, share, total, target. "
    "Exit 1 when any finding fails, 2 when an input could not be read (the others are "
    "still checked).\n\n"
    f"""\b
Examples:
  {PROG} check release.txt
  {PROG} check release.txt --json | jq '.[] | select(.status=="fail")'
  {PROG} check *.txt --tolerance 0.01 --jsonl -o findings.jsonl
""")

COMPARE_HELP = (
    "Hold each figure of STORY against the figures of SOURCE.\n\n"
    "Each story figure is match, rounded (to the precision the story shows, or restated in "
    "another currency at the source's rate), mismatch (the closest source figure of its "
    "kind differs like a miscopy: 1,763 for 1,736) or unsupported. Exit 1 on any "
    "mismatch.\n\n"
    f"""\b
Examples:
  {PROG} compare story.txt release.txt
  {PROG} compare story.txt release.txt --json | jq '.[] | select(.status!="match")'
""")

# The table shows what a person reads; expected, actual and tolerance are in --json, and
# the message states them.
FINDING_COLUMNS = ["check", "status", "figures", "message"]
COMPARISON_COLUMNS = ["id", "text", "status", "source", "message"]


def _findings_format(fmt: str | None, json_: bool, jsonl: bool) -> str:
    name = _output_format(fmt, json_, jsonl, False)
    if name == "csv":
        raise UsageProblem("csv is not offered for findings: use --json or --jsonl")
    return name


def _tolerance(text: str) -> Decimal:
    from decimal import InvalidOperation

    try:
        value = Decimal(text)
    except InvalidOperation:
        value = Decimal(-1)
    if not value.is_finite() or not 0 <= value < 1:
        raise UsageProblem(f"--tolerance {text}: give a fraction such as 0.02 (for 2%)")
    return value


def _write_findings(stream, output_format: str, title: str,  # noqa: ANN001 - a text stream
                    records: list[dict], table_rows: list[dict], columns: list[str]) -> None:
    if output_format == "table":
        from .render import render_findings

        if table_rows:
            render_findings(stream, table_rows, columns, title)
        else:
            stream.write(f"{title}\n")
        return
    from .export import WRITERS

    writer = WRITERS[output_format](stream)
    for record in records:
        writer.write(record)
    writer.close()


@app.command("check", help=CHECK_HELP)
def check_command(
    files: FilesArgument = None,
    json_: JsonOption = False,
    jsonl: JsonlOption = False,
    fmt: Annotated[str | None, typer.Option(
        "--format", "-f", help="table, json or jsonl.", show_default=False)] = None,
    output: OutputOption = None,
    tolerance: Annotated[str, typer.Option(
        "--tolerance", help="Allowed distance from the ECB reference rate, as a fraction "
        "(widened by the precision and qualifiers the text shows).")] = "0.02",
    date: DateOption = None,
    lang: LangOption = "auto",
    encoding: EncodingOption = None,
    input_format: InputFormatOption = None,
    recursive: Annotated[bool, typer.Option(
        "--recursive", "-r", help="Check the text, HTML and PDF files under each folder.")
    ] = False,
) -> None:
    from .checks import check_text
    from .dates import parse_iso
    from .output import cli_guard, open_output
    from .sources import InputError, iter_sources

    output_format = _findings_format(fmt, json_, jsonl)
    allowed = _tolerance(tolerance)
    when = parse_iso(date) if _date(date) else None
    lang = _lang(lang)
    names = list(files or [])
    _refuse_interactive_stdin(names)
    unreadable = failing = False
    with cli_guard(PROG), open_output(output) as stream:
        records: list[dict] = []
        for source in iter_sources(names, recursive=recursive, encoding=_encoding(encoding),
                                   fmt=_input_format(input_format)):
            if isinstance(source, InputError):
                warn(str(source))
                unreadable = True
                continue
            _note_encoding(source)
            findings = check_text(source.text, source=source.name, lang=lang, date=when,
                                  tolerance=allowed)
            failing = failing or any(f.status == "fail" for f in findings)
            if output_format == "table":
                rows = [_finding_row(f.to_dict()) for f in findings]
                _write_findings(stream, "table", f"{source.name}: {_tally(findings)}", [],
                                rows, FINDING_COLUMNS)
            else:
                records.extend(f.to_dict() for f in findings)
        if output_format != "table":
            _write_findings(stream, output_format, "", records, [], [])
    raise typer.Exit(2 if unreadable else 1 if failing else 0)


def _tally(findings: list) -> str:
    if not findings:
        return "no relation to check"
    counts = {s: sum(1 for f in findings if f.status == s) for s in ("ok", "fail", "info")}
    return ", ".join(f"{n} {s}" for s, n in counts.items() if n)


def _finding_row(record: dict) -> dict:
    from .render import _number

    row = dict(record)
    row["figures"] = " ".join(record["figures"])
    for key in ("expected", "actual", "tolerance"):
        row[key] = _number(record[key]) if record[key] is not None else None
    return row


@app.command("compare", help=COMPARE_HELP)
def compare_command(
    story: Annotated[str, typer.Argument(help="The story ('-' for stdin).")],
    source: Annotated[str, typer.Argument(help="The release it was written from.")],
    json_: JsonOption = False,
    jsonl: JsonlOption = False,
    fmt: Annotated[str | None, typer.Option(
        "--format", "-f", help="table, json or jsonl.", show_default=False)] = None,
    output: OutputOption = None,
    lang: LangOption = "auto",
    encoding: EncodingOption = None,
    input_format: InputFormatOption = None,
) -> None:
    from .compare import compare, read_side
    from .output import cli_guard, open_output
    from .sources import InputError, read_source

    output_format = _findings_format(fmt, json_, jsonl)
    lang = _lang(lang)
    _refuse_interactive_stdin([story, source])
    sides = []
    reading = {"encoding": _encoding(encoding), "fmt": _input_format(input_format)}
    for name in (story, source):
        try:
            text = read_source(name, **reading)
        except InputError as err:
            warn(str(err))
            continue
        _note_encoding(text)
        sides.append(read_side(text.text, text.name, lang))
    if len(sides) < 2:
        raise typer.Exit(2)
    results = compare(*sides)
    with cli_guard(PROG), open_output(output) as stream:
        rows = [{"id": r.story.id, "text": r.story.text, "status": r.status,
                 "source": " ".join(r.source), "message": r.message} for r in results]
        counts = {s: sum(1 for r in results if r.status == s)
                  for s in ("match", "rounded", "mismatch", "unsupported")}
        title = f"{story} against {source}: " + (
            ", ".join(f"{n} {s}" for s, n in counts.items() if n) or "no figures")
        _write_findings(stream, output_format, title, [r.to_dict() for r in results], rows,
                        COMPARISON_COLUMNS)
    raise typer.Exit(1 if any(r.status == "mismatch" for r in results) else 0)
