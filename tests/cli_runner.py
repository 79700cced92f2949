"""Running the console entry point in-process with byte-level standard input, for the
tests that feed it raw bytes (test_bad_input, test_fuzz_cli)."""

from __future__ import annotations

import sys

from typer.testing import CliRunner

from figextract.cli import main


def run_cli(args: list[str], stdin: bytes = b"") -> tuple[int, str, str]:
    """(exit code, stdout, stderr) of `figextract ARGS` with `stdin` as its input."""
    runner = CliRunner()
    with runner.isolation(input=stdin) as (out, err, _):
        try:
            main(args)
            code = 0
        except SystemExit as done:
            code = done.code if isinstance(done.code, int) else int(done.code is not None)
        sys.stdout.flush()
        sys.stderr.flush()
        return code, out.getvalue().decode("utf-8"), err.getvalue().decode("utf-8")
