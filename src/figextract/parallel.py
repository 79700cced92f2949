"""Extraction over many documents on all cores, results in input order, memory flat.

`extract_in_order(items, jobs=..., **options)` takes the documents as `iter_sources`
yields them (SourceText, or InputError in a failed input's place) and yields
`(item, figures)` pairs in the order the items came, `figures` None for an InputError.

How memory stays flat for 100,000 files or a 1 GB JSON Lines corpus: the items are
pulled from the iterator only as fast as the workers keep up. At most
`jobs * BATCHES_PER_JOB` batches are in flight; a batch is a few consecutive documents
(up to BATCH_DOCS of them, or BATCH_CHARS of text), so that a corpus of tweets does not
pay one round trip per tweet. Results come back and are yielded batch by batch, in order;
nothing is kept once yielded. The texts stay in the parent only as long as their batch is
in flight.

With `jobs=None` (the command line's default) the first AUTO_AFTER documents are done in
this process: a single article never pays for starting workers, and a folder or corpus
switches to one worker per core after them.
"""

from __future__ import annotations

import os
import signal
import sys
from collections import deque
from collections.abc import Iterable, Iterator
from itertools import chain, islice
from typing import TYPE_CHECKING, Any, Protocol, TypeVar

from .figure import Figure
from .pipeline import extract

if TYPE_CHECKING:  # multiprocessing is imported when workers start: 25 ms a run saved
    from concurrent.futures import Future
    from multiprocessing.context import BaseContext

AUTO_AFTER = 8  # documents done in-process before --jobs' default starts workers
BATCH_DOCS = 16  # documents sent to a worker at once ...
BATCH_CHARS = 64 * 1024  # ... or this much text, whichever first (a fraction of a second)
BATCHES_PER_JOB = 3  # batches in flight per worker: enough to keep every core busy


class Document(Protocol):
    """What a worker needs of an input (sources.SourceText has it)."""

    name: str
    text: str


Item = TypeVar("Item")


class ExtractionError(Exception):
    """A document extraction failed on: one line naming it. The run goes on with the
    other documents; the command line reports it and exits 2 at the end."""

    def __init__(self, name: str, error: BaseException) -> None:
        super().__init__(f"{name}: could not be read for figures "
                         f"({type(error).__name__}: {str(error)[:200]})")
        self.name = name


Figures = list[Figure] | ExtractionError | None  # None for an input that failed to read


def default_jobs() -> int:
    """The cores this process may run on."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def extract_in_order(items: Iterable[Item], *, jobs: int | None = None,
                     **options: Any) -> Iterator[tuple[Item, Figures]]:
    """(item, its figures) for each item, in input order; figures are None for an item
    that is an exception (an InputError from iter_sources), and an ExtractionError for a
    document whose extraction raised. `options` are those of
    pipeline.extract (lang, date, kinds, to). jobs: worker processes; 1 runs everything
    here; None is 1 for up to AUTO_AFTER documents and one per core after them."""
    stream = iter(items)
    if jobs is None:
        head = list(islice(stream, AUTO_AFTER + 1))  # one more: is there a rest at all?
        yield from _here(head[:AUTO_AFTER], options)
        if len(head) <= AUTO_AFTER:
            return
        stream = chain(head[AUTO_AFTER:], stream)
        jobs = default_jobs()
    if jobs <= 1:
        yield from _here(stream, options)
    else:
        yield from _pooled(stream, jobs, options)


def _here(items: Iterable[Item], options: dict[str, Any]) -> Iterator[tuple[Item, Figures]]:
    for item in items:
        if isinstance(item, BaseException):
            yield item, None
        else:
            doc: Document = item  # type: ignore[assignment]
            yield item, _extract_one(doc.name, doc.text, options)


def _pooled(items: Iterator[Item], jobs: int, options: dict[str, Any]
            ) -> Iterator[tuple[Item, Figures]]:
    from concurrent.futures import ProcessPoolExecutor

    pool = ProcessPoolExecutor(max_workers=jobs, initializer=_ignore_interrupts,
                               mp_context=_context())
    pending: deque[tuple[list[Item], Future[list[list[Figure]]]]] = deque()
    finished = False
    try:
        for batch in _batches(items):
            work = [(d.name, d.text) for d in batch if not isinstance(d, BaseException)]
            pending.append((batch, pool.submit(_extract_batch, work, options)))
            while len(pending) >= jobs * BATCHES_PER_JOB:
                yield from _results(*pending.popleft())
        while pending:
            yield from _results(*pending.popleft())
        finished = True
    finally:
        # On an error, Ctrl-C or a reader gone away (the caller stops pulling), do not
        # wait for the batches still queued: cancel them and let the workers go.
        pool.shutdown(wait=finished, cancel_futures=not finished)


def _batches(items: Iterator[Item]) -> Iterator[list[Item]]:
    batch: list[Item] = []
    size = 0
    for item in items:
        batch.append(item)
        size += 0 if isinstance(item, BaseException) else len(item.text)  # type: ignore[attr-defined]
        if len(batch) >= BATCH_DOCS or size >= BATCH_CHARS:
            yield batch
            batch, size = [], 0
    if batch:
        yield batch


def _results(batch: list[Item], future: Future[list[list[Figure]]]
             ) -> Iterator[tuple[Item, Figures]]:
    done = iter(future.result())
    for item in batch:
        yield (item, None) if isinstance(item, BaseException) else (item, next(done))


def _extract_batch(work: list[tuple[str, str]], options: dict[str, Any]) -> list[Figures]:
    """In a worker: the figures of each (name, text)."""
    return [_extract_one(name, text, options) for name, text in work]


def _extract_one(name: str, text: str, options: dict[str, Any]) -> Figures:
    """The figures of one document, or the error it raised: a runaway or a bug on one
    document is that document's error, not the end of the run."""
    try:
        return extract(text, source=name, **options)
    except (KeyboardInterrupt, SystemExit):
        raise
    except Exception as error:  # noqa: BLE001 - reported per document, see ExtractionError
        return ExtractionError(name, error)


def _context() -> BaseContext:
    """fork on Linux: workers start in milliseconds with everything already imported
    (the executor forks them all before it starts a thread). Elsewhere the platform's
    default (spawn), which re-imports figextract in each worker."""
    import multiprocessing

    if sys.platform == "linux":
        return multiprocessing.get_context("fork")
    return multiprocessing.get_context()


def _ignore_interrupts() -> None:
    """Workers leave Ctrl-C to the parent, which reports it once and stops them."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)


__all__ = ["AUTO_AFTER", "default_jobs", "extract_in_order"]
