"""output: -o never leaves a half-written file; a closed pipe and Ctrl-C end quietly."""

from __future__ import annotations

import io
import os
import stat
import sys
from pathlib import Path

import pytest

from figextract.output import OutputError, cli_guard, open_output


def _leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def test_output_file_is_written_whole(tmp_path: Path) -> None:
    target = tmp_path / "out.jsonl"
    with open_output(str(target)) as handle:
        handle.write('{"id": "F1"}\n')
        handle.write("中文\r\n")
    assert target.read_bytes() == '{"id": "F1"}\n中文\r\n'.encode()
    assert _leftovers(tmp_path) == ["out.jsonl"]


class Boom(Exception):
    pass


@pytest.mark.parametrize("failure", [Boom, KeyboardInterrupt], ids=["error", "ctrl-c"])
def test_failure_mid_write_keeps_the_old_file_and_no_temporary(
        tmp_path: Path, failure: type[BaseException]) -> None:
    target = tmp_path / "out.json"
    target.write_text("previous run\n")
    with pytest.raises(failure), open_output(str(target)) as handle:
        handle.write("[{" + "x" * 100_000)  # more than a buffer: part of it is on disk
        raise failure()
    assert target.read_text() == "previous run\n"
    assert _leftovers(tmp_path) == ["out.json"]


def test_failure_mid_write_creates_nothing(tmp_path: Path) -> None:
    target = tmp_path / "new.csv"
    with pytest.raises(Boom), open_output(str(target)) as handle:
        handle.write("source,id\n")
        raise Boom()
    assert _leftovers(tmp_path) == []


def test_replaced_file_keeps_its_permissions(tmp_path: Path) -> None:
    target = tmp_path / "out.json"
    target.write_text("old")
    target.chmod(0o640)
    with open_output(str(target)) as handle:
        handle.write("new")
    assert (target.read_text(), stat.S_IMODE(target.stat().st_mode)) == ("new", 0o640)


def test_new_file_gets_the_usual_permissions_not_private_ones(tmp_path: Path) -> None:
    umask = os.umask(0o022)
    try:
        with open_output(str(tmp_path / "out.json")) as handle:
            handle.write("[]")
    finally:
        os.umask(umask)
    assert stat.S_IMODE((tmp_path / "out.json").stat().st_mode) == 0o644


def test_output_into_a_missing_folder_is_an_output_error(tmp_path: Path) -> None:
    target = tmp_path / "no" / "out.json"
    with pytest.raises(OutputError) as caught, open_output(str(target)):
        pass
    assert str(caught.value) == f"{target}: no such folder"


@pytest.mark.parametrize("path", [None, "-"])
def test_no_path_or_dash_is_standard_output(path: str | None) -> None:
    with open_output(path) as handle:
        assert handle is sys.stdout


def test_guard_turns_a_broken_pipe_into_a_quiet_exit_0() -> None:
    with pytest.raises(SystemExit) as caught, cli_guard():
        raise BrokenPipeError(32, "Broken pipe")
    assert caught.value.code == 0


def test_guard_turns_ctrl_c_into_one_line_and_exit_130(
        monkeypatch: pytest.MonkeyPatch) -> None:
    stderr = io.StringIO()
    monkeypatch.setattr(sys, "stderr", stderr)
    with pytest.raises(SystemExit) as caught, cli_guard():
        raise KeyboardInterrupt
    assert (caught.value.code, stderr.getvalue()) == (130, "figextract: interrupted\n")


def test_guard_lets_other_exits_through() -> None:
    with pytest.raises(SystemExit) as caught, cli_guard():
        raise SystemExit(2)
    assert caught.value.code == 2


def test_a_pipe_or_device_is_written_in_place_not_replaced(tmp_path: Path) -> None:
    """-o /dev/null or a FIFO: written to as it is. Renamed over, the FIFO (or, for root,
    /dev/null itself) would become a plain file."""
    import threading

    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    received: list[str] = []
    reader = threading.Thread(target=lambda: received.append(fifo.read_text("utf-8")),
                              daemon=True)
    reader.start()
    with open_output(str(fifo)) as stream:
        stream.write("[]\n")
    reader.join(timeout=10)
    assert received == ["[]\n"]
    assert stat.S_ISFIFO(os.stat(fifo).st_mode)
    assert [p.name for p in tmp_path.iterdir()] == ["pipe"]
