"""Extraction on worker processes: same records as in-process, in input order, inputs
pulled only as fast as the workers keep up, and the same manners on the command line."""

from __future__ import annotations

import itertools
import json
import os
import pickle
import signal
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

from figextract import parallel
from figextract.cli import main
from figextract.pipeline import extract
from figextract.sources import InputError

SAMPLES = Path(__file__).resolve().parent.parent / "samples"
TEXTS = {path.name: path.read_text(encoding="utf-8") for path in sorted(SAMPLES.glob("*.txt"))}


@dataclass
class Doc:
    name: str
    text: str


def corpus(copies: int) -> list[Doc | InputError]:
    """The samples several times over, with a failed input every seventh place."""
    items: list[Doc | InputError] = []
    for n, (name, text) in enumerate(itertools.islice(itertools.cycle(TEXTS.items()),
                                                       copies * len(TEXTS))):
        items.append(InputError(f"missing-{n}.txt", "no such file") if n % 7 == 3
                     else Doc(f"{n}-{name}", text))
    return items


def records(pairs) -> list[tuple[str, list[dict] | None]]:  # noqa: ANN001 - iterator of pairs
    return [(item.name, None if figures is None else [f.to_dict() for f in figures])
            for item, figures in pairs]


@pytest.fixture(scope="module")
def expected() -> list[tuple[str, list[dict] | None]]:
    return records((d, None if isinstance(d, InputError) else extract(d.text, source=d.name))
                   for d in corpus(4))


@pytest.mark.parametrize("jobs", [1, 2, 3, None], ids=lambda j: f"jobs={j}")
def test_records_are_those_of_extract_in_input_order(expected, monkeypatch, jobs):
    monkeypatch.setattr(parallel, "BATCH_DOCS", 3)  # many batches, so order is tested
    assert records(parallel.extract_in_order(corpus(4), jobs=jobs)) == expected


def test_options_reach_the_workers():
    docs = corpus(2)
    got = records(parallel.extract_in_order(docs, jobs=2, kinds=["percent"], lang="en"))
    kinds = {r["kind"] for _, recs in got if recs for r in recs}
    assert kinds == {"percent"}


def test_inputs_are_pulled_only_as_fast_as_workers_keep_up(monkeypatch):
    """An endless stream of documents: the first results arrive while only a bounded
    number of documents has been read (nothing collects all inputs or all results)."""
    monkeypatch.setattr(parallel, "BATCH_DOCS", 4)
    pulled = 0

    def endless():
        nonlocal pulled
        for doc in itertools.cycle(corpus(1)):
            pulled += 1
            yield doc

    results = parallel.extract_in_order(endless(), jobs=2)
    first = list(itertools.islice(results, 50))
    results.close()  # the caller stops early: the pool is shut down, queued work cancelled
    bound = 50 + 2 * parallel.BATCHES_PER_JOB * parallel.BATCH_DOCS + parallel.BATCH_DOCS
    assert len(first) == 50
    assert pulled <= bound


def test_few_inputs_start_no_workers(monkeypatch):
    def no_pool(*args, **kwargs):
        raise AssertionError("a pool was started for a handful of documents")

    monkeypatch.setattr(parallel, "_pooled", no_pool)
    docs = corpus(1)[: parallel.AUTO_AFTER]
    assert len(list(parallel.extract_in_order(docs))) == len(docs)


def test_figures_pickle_round_trip():
    figures = extract(TEXTS["postal-rural-sales.txt"], to=None)
    assert figures
    assert [f.to_dict() for f in pickle.loads(pickle.dumps(figures))] == \
        [f.to_dict() for f in figures]


@pytest.fixture
def many_files(tmp_path: Path) -> list[str]:
    paths = []
    for n, doc in enumerate(corpus(3)):
        path = tmp_path / f"{n:03}.txt"
        if not isinstance(doc, InputError):
            path.write_text(doc.text, encoding="utf-8")
        paths.append(str(path))  # failed inputs stay missing files
    return paths


def run(capsys, args: list[str]) -> tuple[int, str, str]:  # noqa: ANN001 - pytest fixture
    with pytest.raises(SystemExit) as exit_info:
        main(args)
    out, err = capsys.readouterr()
    return int(exit_info.value.code or 0), out, err


def test_cli_jobs_gives_the_same_output_as_one_process(capsys, many_files):
    one = run(capsys, [*many_files, "--jsonl", "--jobs", "1"])
    two = run(capsys, [*many_files, "--jsonl", "--jobs", "2"])
    default = run(capsys, [*many_files, "--jsonl"])
    assert one[0] == 2 and "no such file" in one[2]  # the missing files, still exit 2
    assert one == two == default
    assert len(one[1].splitlines()) > 100


@pytest.mark.parametrize("value", ["0", "-1", "many"])
def test_cli_jobs_must_be_a_positive_number(capsys, many_files, value):
    code, out, err = run(capsys, [many_files[0], "--jobs", value, "--json"])
    assert code == 2 and out == ""
    assert len(err.strip().splitlines()) == 1


def test_piped_into_head_ends_quietly_with_workers(many_files):
    """`figextract many... --jsonl --jobs 2 | head -1` through a real pipe."""
    process = subprocess.Popen(
        [sys.executable, "-m", "figextract", *many_files * 4, "--jsonl", "--jobs", "2"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert process.stdout is not None and process.stderr is not None
    first = process.stdout.readline()
    process.stdout.close()
    err = process.stderr.read().decode()
    process.stderr.close()
    code = process.wait(timeout=60)
    assert json.loads(first)["id"] == "F1"
    assert code == 0
    assert "Traceback" not in err


def test_ctrl_c_with_workers_is_one_line_and_exit_130(many_files):
    """Ctrl-C (SIGINT to the whole process group, as a terminal sends it) while workers
    run: the parent says so once, the workers say nothing, exit 130."""
    process = subprocess.Popen(
        [sys.executable, "-m", "figextract", *many_files * 20, "--jsonl", "--jobs", "2"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, start_new_session=True)
    assert process.stdout is not None
    process.stdout.readline()  # running, workers started (more than AUTO_AFTER inputs)
    os.killpg(process.pid, signal.SIGINT)
    _, err = process.communicate(timeout=60)
    assert process.returncode == 130
    lines = err.decode().splitlines()
    assert lines[-1] == "figextract: interrupted"
    assert all(line.endswith("no such file") for line in lines[:-1])  # the missing inputs


def test_workers_started_by_spawn_give_the_same_records(expected, monkeypatch):
    """What macOS and Windows do: workers that import figextract afresh."""
    import multiprocessing

    monkeypatch.setattr(parallel, "_context", lambda: multiprocessing.get_context("spawn"))
    assert records(parallel.extract_in_order(corpus(4), jobs=2)) == expected
