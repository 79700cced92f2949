"""figextract.extract is a pure function of its text and options: it pickles, and the
README's Dask recipe (an archive in JSON Lines, through dask.bag) gives the records that
extract gives document by document."""

from __future__ import annotations

import json
import pickle
from pathlib import Path

import pytest

import figextract

dask_bag = pytest.importorskip("dask.bag")

SAMPLES = Path(__file__).resolve().parent.parent / "samples"


def figures(doc: dict) -> list[dict]:
    """The recipe's one function: a JSON Lines record -> its figure records."""
    return [f.to_dict() for f in figextract.extract(doc["text"], source=doc["id"])]


@pytest.fixture(scope="module")
def archive(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Two JSON Lines files of {"id", "text"} records, like a newsroom's archive."""
    folder = tmp_path_factory.mktemp("archive")
    docs = [{"id": f"{n}-{p.stem}", "text": p.read_text(encoding="utf-8")}
            for n in range(3) for p in sorted(SAMPLES.glob("*.txt"))]
    half = len(docs) // 2
    for name, part in (("part-0.jsonl", docs[:half]), ("part-1.jsonl", docs[half:])):
        with open(folder / name, "w", encoding="utf-8") as handle:
            handle.writelines(json.dumps(d, ensure_ascii=False) + "\n" for d in part)
    return folder


def expected(archive: Path) -> list[dict]:
    out = []
    for path in sorted(archive.glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            out.extend(figures(json.loads(line)))
    return out


def test_extract_pickles_and_is_pure():
    text = (SAMPLES / "postal-rural-sales.txt").read_text(encoding="utf-8")
    again = pickle.loads(pickle.dumps(figextract.extract))
    first = [f.to_dict() for f in figextract.extract(text, source="x")]
    assert [f.to_dict() for f in again(text, source="x")] == first
    assert [f.to_dict() for f in figextract.extract(text, source="x")] == first


@pytest.mark.parametrize("scheduler", ["synchronous", "processes"])
def test_dask_bag_recipe_on_a_jsonl_archive(archive, scheduler):
    records = (dask_bag.read_text(str(archive / "*.jsonl"))
               .map(json.loads)
               .map(figures)
               .flatten())
    got = records.compute(scheduler=scheduler, num_workers=2)
    want = expected(archive)
    assert len(want) > 100
    assert got == want


def test_dask_bag_recipe_writes_jsonl(archive, tmp_path):
    out = tmp_path / "figures"
    (dask_bag.read_text(str(archive / "*.jsonl"))
     .map(json.loads).map(figures).flatten()
     .map(lambda r: json.dumps(r, ensure_ascii=False))
     .to_textfiles(str(out / "*.jsonl"), compute=True, scheduler="synchronous"))
    written = [json.loads(line) for p in sorted(out.glob("*.jsonl"))
               for line in p.read_text(encoding="utf-8").splitlines()]
    assert written == expected(archive)
