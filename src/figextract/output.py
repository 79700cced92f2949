"""Where output goes, and how the command line ends when its reader goes away.

- open_output(path): standard output for None or '-'; for a file, a temporary file in
  the same folder renamed over the target only when writing succeeded, so `-o FILE`
  never leaves a half-written file and never spoils the previous one; a device or a
  pipe (-o /dev/null, a FIFO) is written to as it is.
- cli_guard(): wraps the command's work. `figextract big.txt --jsonl | head -1` ends
  quietly with exit 0 (the reader has what it asked for; 141, the shell's code for a
  SIGPIPE death, would make `set -o pipefail` scripts fail for no fault of theirs), and
  Ctrl-C ends with one line "figextract: interrupted" and exit 130, no traceback.
"""

from __future__ import annotations

import io
import os
import stat
import sys
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from typing import TextIO

EXIT_INTERRUPTED = 130  # 128 + SIGINT, what shells report for Ctrl-C


class OutputError(Exception):
    """One-line, user-facing: the output file named and why it cannot be written."""

    def __init__(self, name: str, reason: str) -> None:
        super().__init__(f"{name}: {reason}")
        self.name = name
        self.reason = reason


@contextmanager
def open_output(path: str | None) -> Iterator[TextIO]:
    """A text stream to write the output to. For a file, everything goes to a temporary
    file beside it, flushed to disk and renamed over `path` when the block ends normally;
    when the block raises (an error, Ctrl-C), the temporary file is removed and an
    existing `path` is left as it was. Newlines are written as given (csv needs that)."""
    if path is None or path == "-":
        yield sys.stdout
        return
    target = os.path.abspath(path)
    if _is_special(target):
        yield from _open_in_place(path)
        return
    import tempfile  # here, not at the top: standard output needs none of it (6 ms)

    try:
        descriptor, temporary = tempfile.mkstemp(
            prefix=f".{os.path.basename(target)}.", suffix=".part", dir=os.path.dirname(target))
    except OSError as err:
        raise OutputError(path, _reason(err)) from None
    try:
        with os.fdopen(descriptor, "w", encoding="utf-8", newline="") as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(temporary, _mode_for(target))
        os.replace(temporary, target)
    except BaseException as err:
        with suppress(OSError):
            os.unlink(temporary)
        if isinstance(err, OSError) and not isinstance(err, BrokenPipeError):
            raise OutputError(path, _reason(err)) from None
        raise


def _is_special(target: str) -> bool:
    """A device or a pipe ("-o /dev/null", "-o /dev/stderr", a FIFO): written to as it
    is. A temporary file renamed over it would replace it by a plain file (and, for
    root, take /dev/null away from the whole machine)."""
    try:
        return not stat.S_ISREG(os.stat(target).st_mode) and not os.path.isdir(target)
    except OSError:
        return False


def _open_in_place(path: str) -> Iterator[TextIO]:
    try:
        with open(path, "w", encoding="utf-8", newline="") as handle:
            yield handle
    except OSError as err:
        if isinstance(err, BrokenPipeError):
            raise
        raise OutputError(path, _reason(err)) from None


def _mode_for(target: str) -> int:
    """The permissions the file would have had without the temporary file (mkstemp makes
    it private): those of the file it replaces, else the usual ones under the umask."""
    try:
        return os.stat(target).st_mode & 0o7777
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask


def _reason(err: OSError) -> str:
    if isinstance(err, FileNotFoundError):
        return "no such folder"
    if isinstance(err, PermissionError):
        return "permission denied"
    return err.strerror or type(err).__name__


@contextmanager
def cli_guard(prog: str = "figextract") -> Iterator[None]:
    """Run the command's work: a reader that went away ends it quietly with exit 0,
    Ctrl-C with one line on standard error and exit 130. Flushes standard output before
    leaving, so that a broken pipe shows here rather than at interpreter exit."""
    try:
        yield
        sys.stdout.flush()
    except BrokenPipeError:
        silence_stdout()
        raise SystemExit(0) from None
    except KeyboardInterrupt:
        with suppress(OSError, ValueError):
            sys.stderr.write(f"{prog}: interrupted\n")
            sys.stderr.flush()
        raise SystemExit(EXIT_INTERRUPTED) from None


def silence_stdout() -> None:
    """Point standard output at the null device, as the Python documentation advises
    after a broken pipe: what is still buffered then has somewhere harmless to go when
    the interpreter flushes it at exit, instead of a second BrokenPipeError."""
    with suppress(OSError, ValueError, io.UnsupportedOperation):
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
