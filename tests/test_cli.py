"""The command line as users and scripts call it: formats, options, exit codes, pipes."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from figextract.cli import main

SAMPLES = Path(__file__).resolve().parent.parent / "samples"
QUICK = SAMPLES / "postal-rural-sales.txt"
TEXT = "Sales of over 1.3 million yuan (about $201,380) in 875 local malls, up 35 percent.\n"


def run(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, args: list[str],
        stdin: str | None = None) -> tuple[int, str, str]:
    """Run the console entry point in-process: (exit code, stdout, stderr)."""
    if stdin is not None:
        monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(stdin.encode("utf-8"))))
    with pytest.raises(SystemExit) as exit_info:
        main(args)
    out, err = capsys.readouterr()
    return int(exit_info.value.code or 0), out, err


@pytest.fixture
def article(tmp_path: Path) -> Path:
    path = tmp_path / "article.txt"
    path.write_text(TEXT, encoding="utf-8")
    return path


def test_json_is_one_array_of_records(capsys, monkeypatch, article):
    code, out, err = run(capsys, monkeypatch, [str(article), "--json"])
    assert code == 0, err
    records = json.loads(out)
    assert [r["text"] for r in records] == ["1.3 million yuan", "$201,380", "875", "35 percent"]
    first, second = records[0], records[1]
    assert first["value"] == 1300000 and first["currency"] == "CNY"
    assert first["qualifier"] == "over"
    assert second["equivalent_of"] == first["id"] == "F1"
    assert second["implied_rate"] == 6.4555
    assert records[2]["noun"] == "local malls"
    assert all(TEXT[r["start"]:r["end"]] == r["text"] for r in records)
    assert err == ""


def test_jsonl_has_one_record_a_line(capsys, monkeypatch, article):
    code, out, _ = run(capsys, monkeypatch, [str(article), "--jsonl"])
    lines = out.splitlines()
    assert code == 0 and len(lines) == 4
    assert json.loads(lines[3])["kind"] == "percent"


def test_csv_has_header_and_same_field_names(capsys, monkeypatch, article):
    code, out, _ = run(capsys, monkeypatch, [str(article), "--csv"])
    rows = list(csv.DictReader(io.StringIO(out)))
    assert code == 0
    assert rows[0]["text"] == "1.3 million yuan" and rows[0]["value"] == "1300000"
    assert {"source", "id", "kind", "start", "end", "equivalent_of"} <= set(rows[0])


def test_format_option_and_shorthands_agree(capsys, monkeypatch, article):
    _, by_flag, _ = run(capsys, monkeypatch, [str(article), "--jsonl"])
    _, by_option, _ = run(capsys, monkeypatch, [str(article), "--format", "jsonl"])
    assert by_flag == by_option


def test_two_formats_at_once_is_a_usage_error(capsys, monkeypatch, article):
    code, out, err = run(capsys, monkeypatch, [str(article), "--json", "--csv"])
    assert code == 2 and out == ""
    assert err.count("\n") == 1 and "output format" in err


def test_kind_filter_keeps_ids(capsys, monkeypatch, article):
    code, out, _ = run(capsys, monkeypatch, [str(article), "--kind", "percent", "--json"])
    records = json.loads(out)
    assert code == 0
    assert [(r["id"], r["kind"]) for r in records] == [("F4", "percent")]


def test_unknown_kind_is_a_usage_error(capsys, monkeypatch, article):
    code, _, err = run(capsys, monkeypatch, [str(article), "--kind", "moneys"])
    assert code == 2 and "unknown kind moneys" in err and err.count("\n") == 1


def test_unknown_option_is_one_line_exit_2(capsys, monkeypatch, article):
    code, _, err = run(capsys, monkeypatch, [str(article), "--jsn"])
    assert code == 2
    assert err.startswith("figextract: ") and err.count("\n") == 1
    assert "Traceback" not in err


def test_output_file(capsys, monkeypatch, article, tmp_path):
    target = tmp_path / "out.json"
    code, out, _ = run(capsys, monkeypatch, [str(article), "--json", "-o", str(target)])
    assert code == 0 and out == ""
    assert len(json.loads(target.read_text("utf-8"))) == 4


def test_standard_input_is_dash_or_nothing(capsys, monkeypatch):
    code, out, _ = run(capsys, monkeypatch, ["--jsonl"], stdin=TEXT)
    assert code == 0
    assert json.loads(out.splitlines()[0])["source"] == "-"
    code, out2, _ = run(capsys, monkeypatch, ["-", "--jsonl"], stdin=TEXT)
    assert out2 == out


def test_missing_file_is_named_and_others_still_written(capsys, monkeypatch, article, tmp_path):
    missing = tmp_path / "nope.txt"
    code, out, err = run(capsys, monkeypatch, [str(missing), str(article), "--jsonl"])
    assert code == 2
    assert len(out.splitlines()) == 4
    assert str(missing) in err and err.count("\n") == 1


def test_no_figures_is_still_exit_0_and_valid_json(capsys, monkeypatch, tmp_path):
    path = tmp_path / "empty-ish.txt"
    path.write_text("Nothing to count here.\n", encoding="utf-8")
    code, out, _ = run(capsys, monkeypatch, [str(path), "--json"])
    assert code == 0 and json.loads(out) == []


def test_table_is_the_default(capsys, monkeypatch, article):
    code, out, _ = run(capsys, monkeypatch, [str(article)])
    assert code == 0
    assert "1.3 million yuan" in out and "CNY" in out and "local malls" in out


def test_to_usd_converts_at_the_documents_date(capsys, monkeypatch, tmp_path):
    path = tmp_path / "dated.txt"
    path.write_text("| China Post News |2021-01-28\nSales of 1.3 million yuan.\n", "utf-8")
    code, out, err = run(capsys, monkeypatch, [str(path), "--to", "USD", "--json"])
    record = json.loads(out)[0]
    assert code == 0, err
    assert record["rate_date"] == "2021-01-28"
    assert record["rate"] == 6.4698  # the ECB cross rate: 1 USD = 6.4698 CNY that day
    assert record["document_date"] == "2021-01-28"
    assert record["converted_currency"] == "USD"
    assert record["converted_value"] == pytest.approx(1300000 / 6.4698, rel=1e-4)


def test_to_converts_both_ends_of_a_range(capsys, monkeypatch, tmp_path):
    path = tmp_path / "range.txt"
    path.write_text("| China Post News |2021-01-28\nIt will invest between 2 and 3 billion "
                    "yuan, and 5 million yuan more.\n", "utf-8")
    code, out, err = run(capsys, monkeypatch, [str(path), "--to", "USD", "--json"])
    ranged, single = json.loads(out)
    assert code == 0, err
    assert ranged["converted_value"] == pytest.approx(2e9 / 6.4698, rel=1e-6)
    assert ranged["converted_high"] == pytest.approx(3e9 / 6.4698, rel=1e-6)
    assert single["converted_high"] is None


def test_to_without_a_date_says_it_used_the_latest_rate(capsys, monkeypatch, article):
    code, out, err = run(capsys, monkeypatch, [str(article), "--to", "EUR", "--json"])
    records = json.loads(out)
    assert code == 0
    assert records[0]["rate_date"] is not None and records[0]["document_date"] is None
    assert "latest" in err and err.count("\n") == 1


def test_to_says_which_currencies_it_left_unconverted(capsys, monkeypatch, tmp_path):
    path = tmp_path / "old.txt"
    path.write_text("Sales of 5 million yuan.\n", "utf-8")
    code, out, err = run(capsys, monkeypatch,
                         [str(path), "--to", "EUR", "--date", "1990-01-01", "--json"])
    (record,) = json.loads(out)
    assert code == 0
    assert record["converted_value"] is None  # before the ECB series: null, never a guess
    assert err.splitlines()[-1] == (f"figextract: {path}: no ECB reference rate for CNY "
                                    "against EUR on 1990-01-01: left unconverted (null)")


def test_to_with_date_option(capsys, monkeypatch, article):
    code, out, err = run(capsys, monkeypatch,
                         [str(article), "--to", "USD", "--date", "2021-01-28", "--json"])
    record = json.loads(out)[0]
    assert code == 0 and record["rate_date"] == "2021-01-28" and "--date" in err


def test_to_unknown_currency_is_a_usage_error(capsys, monkeypatch, article):
    code, out, err = run(capsys, monkeypatch, [str(article), "--to", "XYZ"])
    assert code == 2 and out == "" and "XYZ" in err and err.count("\n") == 1


def test_bad_date_is_a_usage_error(capsys, monkeypatch, article):
    code, _, err = run(capsys, monkeypatch, [str(article), "--to", "USD", "--date", "28/01/21"])
    assert code == 2 and "--date" in err


def test_version(capsys, monkeypatch):
    code, out, _ = run(capsys, monkeypatch, ["--version"])
    assert code == 0 and out.startswith("figextract ")


def test_help_has_examples_and_names_the_subcommands(capsys, monkeypatch):
    code, out, _ = run(capsys, monkeypatch, ["--help"])
    assert code == 0
    assert "--json | jq" in out
    assert "figextract check" in out and "figextract compare" in out


def test_file_named_like_a_subcommand_is_reached_as_dot_slash(capsys, monkeypatch, tmp_path):
    (tmp_path / "check").write_text(TEXT, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    code, out, _ = run(capsys, monkeypatch, ["./check", "--jsonl"])
    assert code == 0 and len(out.splitlines()) == 4


def test_explain_names_the_rules(capsys, monkeypatch):
    code, out, _ = run(capsys, monkeypatch, ["explain", "over 1.3 million yuan"])
    assert code == 0
    assert "money_suffix" in out and "qualifier" in out


def _figextract() -> list[str]:
    exe = Path(sys.executable).parent / "figextract"
    return [str(exe)] if exe.exists() else [sys.executable, "-m", "figextract"]


def test_real_pipe_into_another_process():
    """`cat FILE | figextract --json` through real pipes, as a shell script would run it."""
    text = QUICK.read_bytes()
    proc = subprocess.run(_figextract() + ["-", "--json"], input=text, capture_output=True,
                          timeout=60, check=False)
    assert proc.returncode == 0, proc.stderr
    records = json.loads(proc.stdout)
    assert any(r["text"] == "$200,900" and r["equivalent_of"] for r in records)
    assert proc.stderr == b""


def test_a_document_whose_extraction_fails_is_named_and_the_others_written(
        capsys, monkeypatch, article, tmp_path):
    """A runaway or a bug on one document is that document's error (exit 2), not the end
    of the run."""
    import figextract.parallel as parallel

    real = parallel.extract

    def extract(text: str, **options):  # noqa: ANN003, ANN202 - stands in for extract
        if "BOOM" in text:
            raise RuntimeError("runaway match")
        return real(text, **options)

    monkeypatch.setattr(parallel, "extract", extract)
    bad = tmp_path / "bad.txt"
    bad.write_text("BOOM 5 yuan\n", encoding="utf-8")
    code, out, err = run(capsys, monkeypatch, [str(bad), str(article), "--jsonl"])
    assert code == 2
    assert len(out.splitlines()) == 4
    assert err.count("\n") == 1 and str(bad) in err and "runaway match" in err


def test_runs_without_click_installed():
    """typer carries its own copy of click and does not install click: the command line
    must not need it (a plain `pip install figextract` has none)."""
    code = ("import sys; sys.modules['click'] = None\n"
            "from figextract.cli import main\n"
            "main(['--jsn'])\n")
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, timeout=60,
                          check=False)
    assert proc.returncode == 2
    assert proc.stderr.decode().startswith("figextract: No such option: --jsn")


# --- plain extraction command lines, read without typer (cli.plain_extract_args) ---------

def _typer_extract_params() -> list:
    import typer

    from figextract.commands import extract_app

    return typer.main.get_command(extract_app).params


def test_plain_tables_are_the_extract_commands_options():
    """Every flag and option of the extract command (but --version) is in the tables of
    the typer-free reader, under its own names, and nothing else is."""
    from figextract.cli import PLAIN_FLAGS, PLAIN_OPTIONS

    flags, options = {}, {}
    for param in _typer_extract_params():
        if param.param_type_name != "option" or param.name == "version":
            continue
        table = flags if param.is_flag else options
        table.update((name, param.name) for name in [*param.opts, *param.secondary_opts])
    assert PLAIN_FLAGS == flags
    assert PLAIN_OPTIONS == options


def test_run_extract_defaults_are_the_commands():
    import inspect

    from figextract.cli import run_extract

    defaults = {name: p.default for name, p in inspect.signature(run_extract).parameters.items()}
    for param in _typer_extract_params():
        if param.name != "version":
            assert defaults[param.name] == (param.default if param.default != () else None)


PLAIN_LINES = [
    ["a.txt", "--json"],
    [],
    ["-"],
    ["a.txt", "b.txt", "-o", "out.json", "--jsonl", "--kind", "money,percent"],
    ["-", "--csv", "-j", "2", "--lang", "en", "-o", "-"],
    ["--to", "usd", "--date", "2024-01-31", "x.txt", "--jobs", "12"],
    ["-r", "dir", "--input-jsonl", "body", "--id-field", "key", "--print-text"],
    ["--format", "json", "--db", "f.db", "-e", "gbk", "--input-format", "html", "a"],
    ["--json", "--json", "--kind", "money", "--kind", "count", "f", "explain"],
    ["--kind", "", "--recursive", "./check"],
]


@pytest.mark.parametrize("args", PLAIN_LINES, ids=" ".join)
def test_plain_reading_gives_what_typer_gives(monkeypatch, args):
    """The typer-free reader hands run_extract exactly the values typer would."""
    import inspect

    import figextract.commands as commands
    from figextract.cli import _run_typer, plain_extract_args, run_extract

    seen: list[dict] = []
    monkeypatch.setattr(commands, "run_extract",
                        lambda files, **kw: seen.append({"files": files, **kw}) or 0)
    assert _run_typer(list(args)) in (0, None)
    defaults = {name: p.default for name, p in inspect.signature(run_extract).parameters.items()}

    def complete(given: dict) -> dict:
        values = {**defaults, **given}
        values["files"] = list(values["files"] or [])
        return values

    plain = plain_extract_args(list(args))
    assert plain is not None
    assert complete(plain) == complete(seen[0])


@pytest.mark.parametrize("args", [
    ["--help"], ["-h"], ["--version"], ["check", "a.txt"], ["compare", "a", "b"],
    ["--kind=money", "a.txt"], ["-rj2", "a.txt"], ["--", "-a.txt"], ["-j", "0", "a.txt"],
    ["-j", "two", "a.txt"], ["-j", "٣", "a.txt"], ["a.txt", "--kind"], ["-o", "--json", "a"],
    ["a.txt", "--jsn"], ["-x"],
], ids=" ".join)
def test_other_command_lines_are_left_to_typer(args):
    from figextract.cli import plain_extract_args

    assert plain_extract_args(args) is None


def test_plain_run_loads_no_typer_and_no_process_pool(tmp_path):
    """A plain extraction of one file loads neither typer (the point of the typer-free
    reader) nor multiprocessing (there are no workers to start): 130 ms of CPU between
    them."""
    code = ("import sys\n"
            "from figextract.cli import main\n"
            "try:\n"
            f"    main([{str(QUICK)!r}, '--json', '-o', {str(tmp_path / 'out.json')!r}])\n"
            "except SystemExit as done:\n"
            "    assert done.code == 0, done.code\n"
            "print(sorted(m for m in sys.modules\n"
            "             if m.split('.')[0] in ('typer', 'pydantic', 'multiprocessing')))\n")
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, timeout=60,
                          check=False, text=True)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == "[]"


def test_help_is_plain_text_without_rich():
    """--help as plain text: typer's rich help would import rich, markdown-it and pygments
    (half of --help's time); the examples keep their lines."""
    code = ("import sys\n"
            "from figextract.cli import main\n"
            "try:\n"
            "    main(['--help'])\n"
            "except SystemExit:\n"
            "    pass\n"
            "print('rich' in sys.modules, file=sys.stderr)\n")
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          timeout=60, check=False)
    assert proc.stderr.strip() == "False"
    assert "  figextract *.txt --csv -o figures.csv\n" in proc.stdout
    assert "╭" not in proc.stdout
