"""Every record `extract()` gives on a fixed set of texts, to check that a change meant
to be faster changed nothing else.

    .venv/bin/python benchmarks/snapshot.py OUTDIR            # write the snapshot
    .venv/bin/python benchmarks/snapshot.py --diff OUTDIR     # compare with it

The texts: every file in samples/, every "text" of /work/shared/eval/gold/*.jsonl (or
--gold DIR), and the bench corpus that bench.py builds (English 4 MB, Chinese 2 MB, the
0.1 MB quantulum3 subset; --quick for 0.5 and 0.2 MB). One JSON line per text: its
name and all fields of all its figures, Decimals as strings (nothing rounded), so any
change in any field shows. --diff prints the first differing texts, record by record,
and exits 1 when anything differs.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import sys
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench import SAMPLES, build_corpus  # noqa: E402

GOLD = Path("/work/shared/eval/gold")
SETS = ("samples", "gold", "bench")


def texts(which: str, gold: Path, quick: bool) -> Iterator[tuple[str, str]]:
    """(name, text) pairs of one set."""
    if which == "samples":
        for path in sorted(SAMPLES.glob("*.txt")):
            yield path.name, path.read_text(encoding="utf-8")
    elif which == "gold":
        for path in sorted(gold.glob("*.jsonl")):
            with open(path, encoding="utf-8") as handle:
                for number, line in enumerate(handle, start=1):
                    if line.strip():
                        yield f"{path.name}:{number}", json.loads(line)["text"]
    else:
        sizes = (("en", 0.5, 7), ("zh", 0.2, 8)) if quick else (("en", 4.0, 7), ("zh", 2.0, 8))
        for lang, megabytes, seed in (*sizes, ("en", 0.1, 9)):
            for number, doc in enumerate(build_corpus(lang, megabytes, seed=seed)):
                yield f"{lang}-{megabytes}-{seed}:{number}", doc


def _plain(value: object) -> object:
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    return value


def records(text: str) -> list[dict]:
    from figextract import extract

    return [_plain({f.name: getattr(fig, f.name) for f in dataclasses.fields(fig)})
            for fig in extract(text)]


def lines(which: str, gold: Path, quick: bool) -> Iterator[str]:
    for name, text in texts(which, gold, quick):
        yield json.dumps({"name": name, "figures": records(text)}, ensure_ascii=False,
                         sort_keys=True)


def write(outdir: Path, gold: Path, quick: bool) -> None:
    outdir.mkdir(parents=True, exist_ok=True)
    for which in SETS:
        with open(outdir / f"{which}.jsonl", "w", encoding="utf-8") as handle:
            for line in lines(which, gold, quick):
                handle.write(line + "\n")
        print(f"{which}: written", file=sys.stderr)


def diff(outdir: Path, gold: Path, quick: bool, show: int) -> int:
    """Number of texts whose records differ; the first `show` of them printed."""
    differing = 0
    for which in SETS:
        with open(outdir / f"{which}.jsonl", encoding="utf-8") as handle:
            before = [json.loads(line) for line in handle]
        after = [json.loads(line) for line in lines(which, gold, quick)]
        if len(before) != len(after):
            print(f"{which}: {len(before)} texts before, {len(after)} now")
        here = abs(len(before) - len(after))
        for old, new in zip(before, after, strict=False):
            if old == new:
                continue
            here += 1
            if differing + here <= show:
                _show(old, new)
        print(f"{which}: {len(after)} texts, {here} differ", file=sys.stderr)
        differing += here
    return differing


def _show(old: dict, new: dict) -> None:
    print(f"--- {old['name']}")
    before = {json.dumps(r, sort_keys=True, ensure_ascii=False) for r in old["figures"]}
    after = {json.dumps(r, sort_keys=True, ensure_ascii=False) for r in new["figures"]}
    for line in sorted(before - after):
        print(f"  - {line}")
    for line in sorted(after - before):
        print(f"  + {line}")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("outdir", type=Path)
    parser.add_argument("--diff", action="store_true", help="compare with OUTDIR")
    parser.add_argument("--gold", type=Path, default=GOLD, help="gold JSONL folder")
    parser.add_argument("--quick", action="store_true", help="a smaller bench corpus")
    parser.add_argument("--show", type=int, default=5, help="differing texts to print")
    args = parser.parse_args(argv)
    if args.diff:
        raise SystemExit(1 if diff(args.outdir, args.gold, args.quick, args.show) else 0)
    write(args.outdir, args.gold, args.quick)


if __name__ == "__main__":
    main()
