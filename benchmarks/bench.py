"""How fast figextract is, beside quantulum3, on a corpus built from samples/.

    .venv/bin/python benchmarks/bench.py            # a plain-text table
    .venv/bin/python benchmarks/bench.py --json     # the same numbers as JSON
    .venv/bin/python benchmarks/bench.py --quick    # smaller corpus, fewer runs

The corpus: the English and the Chinese samples, repeated to several MB with small
variations in each copy (the last digit of every number changed, paragraphs in another
order), so that nothing is timed on text it has seen before. What is timed:

- the Python API, `figextract.extract(text)` per document, on one core: MB/s of UTF-8
  input, English and Chinese apart;
- quantulum3 (`pip install figextract[bench]`), when installed, on the same English
  documents in the same run, and figextract's throughput as a multiple of it;
- the command line, `figextract FILES... --jsonl > /dev/null`, with --jobs 1 and with
  one worker per core;
- start-up: `figextract small.txt --json`, median wall time of several runs, beside
  `python -c pass` and `figextract --help`;
- peak memory (largest RSS of the command and its workers) on a few inputs and on many.

Nothing here is asserted: DESIGN.md's targets are printed beside the numbers.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import random
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import warnings
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"
BIN = Path(sys.executable).parent
FIGEXTRACT = str(BIN / "figextract") if (BIN / "figextract").exists() else "figextract"
SMALL = SAMPLES / "postal-rural-sales.txt"  # one page: the start-up document

TARGET_MB_S = 2.0
TARGET_RATIO = 50.0
TARGET_START_S = 0.3

_DIGIT_RUN = re.compile(r"\d+")


# --------------------------------------------------------------------------- corpus


def sample_texts(lang: str) -> list[str]:
    """The samples of one language: Chinese ones are named zh-*."""
    paths = sorted(SAMPLES.glob("*.txt"))
    chosen = [p for p in paths if p.name.startswith("zh-") == (lang == "zh")]
    return [p.read_text(encoding="utf-8") for p in chosen]


def vary(text: str, rng: random.Random) -> str:
    """A copy that differs from every other: each number's last digit changed, paragraphs
    after the first shuffled."""
    changed = _DIGIT_RUN.sub(lambda m: m.group()[:-1] + str(rng.randrange(10)), text)
    head, *paragraphs = changed.split("\n\n")
    rng.shuffle(paragraphs)
    return "\n\n".join([head, *paragraphs])


def build_corpus(lang: str, megabytes: float, seed: int = 7) -> list[str]:
    """Varied copies of the samples of `lang` until `megabytes` of UTF-8."""
    rng = random.Random(seed)
    sources = sample_texts(lang)
    docs: list[str] = []
    size = 0
    while size < megabytes * 1e6:
        doc = vary(sources[len(docs) % len(sources)], rng)
        docs.append(doc)
        size += len(doc.encode("utf-8"))
    return docs


def mb(docs: list[str]) -> float:
    return sum(len(d.encode("utf-8")) for d in docs) / 1e6


# --------------------------------------------------------------------------- timing


def time_figextract(docs: list[str]) -> dict:
    from figextract import extract

    extract(docs[0])  # warm: lazy imports and tables load outside the timing
    figures = 0
    start, cpu = time.perf_counter(), time.process_time()
    for doc in docs:
        figures += len(extract(doc))
    return _rate(docs, figures, start, cpu)


def _rate(docs: list[str], found: int, start: float, cpu: float) -> dict:
    """Throughput by CPU time (what one core does, whatever else the machine runs) and
    by wall time."""
    seconds, cpu_seconds = time.perf_counter() - start, time.process_time() - cpu
    size = mb(docs)
    return {"mb": size, "docs": len(docs), "figures": found, "seconds": seconds,
            "cpu_seconds": cpu_seconds, "mb_s": size / cpu_seconds, "wall_mb_s": size / seconds}


def time_quantulum(docs: list[str]) -> dict | None:
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            from quantulum3 import parser
    except ImportError:
        return None
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        parser.parse(docs[0])  # warm
        quantities = 0
        start, cpu = time.perf_counter(), time.process_time()
        for doc in docs:
            quantities += len(parser.parse(doc))
        return _rate(docs, quantities, start, cpu)


def write_files(docs: list[str], folder: Path, prefix: str) -> list[str]:
    paths = []
    for n, doc in enumerate(docs):
        path = folder / f"{prefix}-{n:05}.txt"
        path.write_text(doc, encoding="utf-8")
        paths.append(str(path))
    return paths


def run_cli(args: list[str], program: str = FIGEXTRACT) -> tuple[float, int, float]:
    """Wall seconds, peak RSS (KiB) and CPU seconds of `figextract ARGS > /dev/null`,
    measured in a fresh parent so that they are this command's (and its workers')."""
    probe = (
        "import resource, subprocess, sys, time\n"
        "t = time.perf_counter()\n"
        "code = subprocess.call(sys.argv[1:], stdout=subprocess.DEVNULL)\n"
        "wall = time.perf_counter() - t\n"
        "use = resource.getrusage(resource.RUSAGE_CHILDREN)\n"
        "print(wall, use.ru_maxrss, code, use.ru_utime + use.ru_stime)\n"
    )
    out = subprocess.run([sys.executable, "-c", probe, program, *args],
                         capture_output=True, text=True, check=True).stdout.split()
    if out[2] != "0":
        raise SystemExit(f"bench: figextract {' '.join(args[:3])}... exited {out[2]}")
    return float(out[0]), int(out[1]), float(out[3])


def median_run(command: list[str], runs: int) -> tuple[float, float]:
    """Median wall and median CPU seconds of `command` over `runs` runs."""
    walls, cpus = [], []
    for _ in range(runs):
        wall, _, cpu = run_cli(command[1:], program=command[0])
        walls.append(wall)
        cpus.append(cpu)
    return statistics.median(walls), statistics.median(cpus)


def time_cli(paths: list[str], size_mb: float) -> dict:
    jobs = os.cpu_count() or 1
    one, _, one_cpu = run_cli([*paths, "--jsonl", "--jobs", "1"])
    many, _, many_cpu = run_cli([*paths, "--jsonl", "--jobs", str(jobs)])
    return {"mb": size_mb, "files": len(paths), "jobs_1_s": one, "jobs_1_mb_s": size_mb / one,
            "jobs_1_cpu_s": one_cpu, "jobs": jobs, "jobs_n_s": many,
            "jobs_n_mb_s": size_mb / many, "jobs_n_cpu_s": many_cpu}


def time_startup(runs: int) -> dict:
    out: dict = {"runs": runs, "small_bytes": SMALL.stat().st_size}
    for key, command in (("python_pass", [sys.executable, "-c", "pass"]),
                         ("help", [FIGEXTRACT, "--help"]),
                         ("small_json", [FIGEXTRACT, str(SMALL), "--json"])):
        out[f"{key}_s"], out[f"{key}_cpu_s"] = median_run(command, runs)
    return out


TINY = "Sales of over 1.3 million yuan (about $201,380) in 875 local malls, up 35 percent.\n"


def peak_memory(folder: Path, many: int) -> dict:
    """Peak RSS on 10 inputs and on `many`: a folder of `many` one-sentence files (read
    with -r, as an archive would be), and a JSON Lines corpus of `many` such documents."""
    tiny = folder / "tiny"
    for n in range(many):
        sub = tiny / f"{n // 1000:03}"
        if n % 1000 == 0:
            sub.mkdir(parents=True)
        (sub / f"{n:06}.txt").write_text(TINY, encoding="utf-8")
    corpus = folder / "corpus.jsonl"
    with open(corpus, "w", encoding="utf-8") as handle:
        for n in range(many):
            handle.write(json.dumps({"id": n, "text": TINY}) + "\n")
    jobs = os.cpu_count() or 1
    first = sorted((tiny / "000").iterdir())[:10]
    runs = {
        "files_10": [*map(str, first), "--jsonl", "--jobs", "1"],
        "files_many": [str(tiny), "-r", "--jsonl", "--jobs", "1"],
        "files_many_jobs": [str(tiny), "-r", "--jsonl", "--jobs", str(jobs)],
        "jsonl_many": [str(corpus), "--input-jsonl", "text", "--jsonl", "--jobs", "1"],
        "jsonl_many_jobs": [str(corpus), "--input-jsonl", "text", "--jsonl",
                            "--jobs", str(jobs)],
    }
    out: dict = {"many": many, "jobs": jobs}
    for name, args in runs.items():
        wall, kib, _ = run_cli(args)
        out[name] = {"rss_mb": kib / 1024, "seconds": wall}
    return out


# --------------------------------------------------------------------------- report


def machine() -> dict:
    model = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    from figextract import __version__

    return {"cpu": model, "cores": os.cpu_count(), "python": platform.python_version(),
            "system": f"{platform.system()} {platform.release()}", "figextract": __version__}


def measure(en_mb: float, zh_mb: float, q_mb: float, runs: int, many: int) -> dict:
    english = build_corpus("en", en_mb)
    chinese = build_corpus("zh", zh_mb, seed=8)
    result: dict = {"machine": machine()}
    result["api_en"] = time_figextract(english)
    result["api_zh"] = time_figextract(chinese)
    subset = build_corpus("en", q_mb, seed=9)
    result["quantulum3"] = time_quantulum(subset)
    if result["quantulum3"] is not None:
        same = time_figextract(subset)
        result["api_en_subset"] = same
        result["ratio"] = same["mb_s"] / result["quantulum3"]["mb_s"]
    folder = Path(tempfile.mkdtemp(prefix="figextract-bench-"))
    try:
        paths = write_files(english, folder, "en") + write_files(chinese, folder, "zh")
        result["cli"] = time_cli(paths, mb(english) + mb(chinese))
        result["memory"] = peak_memory(folder, many)
    finally:
        shutil.rmtree(folder)
    result["startup"] = time_startup(runs)
    return result


def verdict(ok: bool) -> str:
    return "met" if ok else "MISSED"


def table(r: dict) -> str:
    m = r["machine"]
    lines = [f"figextract {m['figextract']} on {m['cpu']}, {m['cores']} cores, "
             f"Python {m['python']}, {m['system']}", ""]
    rows = []
    for key, label in (("api_en", "API, English, 1 core"), ("api_zh", "API, Chinese, 1 core")):
        a = r[key]
        rows.append((label + " (CPU)", f"{a['mb_s']:.2f} MB/s",
                     f"{a['mb']:.1f} MB, {a['docs']} docs, {a['figures']} figures; "
                     f"wall {a['wall_mb_s']:.2f} MB/s"))
    en = r["api_en"]["mb_s"]
    rows.append(("  target >= 2 MB/s (English)", verdict(en >= TARGET_MB_S),
                 "" if en >= TARGET_MB_S else f"missed by {TARGET_MB_S / en:.1f}x"))
    q = r.get("quantulum3")
    if q is None:
        rows.append(("quantulum3", "not installed", "pip install 'figextract[bench]'"))
    else:
        rows.append(("quantulum3, same English docs", f"{q['mb_s'] * 1000:.1f} KB/s",
                     f"{q['mb']:.2f} MB, {q['docs']} docs, {q['figures']} quantities"))
        rows.append(("figextract on those docs", f"{r['api_en_subset']['mb_s']:.2f} MB/s",
                     f"{r['api_en_subset']['figures']} figures"))
        rows.append(("  ratio (target >= 50x)", f"{r['ratio']:.0f}x",
                     verdict(r["ratio"] >= TARGET_RATIO)))
    c = r["cli"]
    rows.append(("CLI --jsonl, --jobs 1 (wall)", f"{c['jobs_1_mb_s']:.2f} MB/s",
                 f"{c['mb']:.1f} MB in {c['files']} files, {c['jobs_1_s']:.1f} s, "
                 f"CPU {c['jobs_1_cpu_s']:.1f} s"))
    rows.append((f"CLI --jsonl, --jobs {c['jobs']} (wall)", f"{c['jobs_n_mb_s']:.2f} MB/s",
                 f"{c['jobs_n_s']:.1f} s, CPU {c['jobs_n_cpu_s']:.1f} s (all processes)"))
    s = r["startup"]
    for key, label in (("python_pass", "python -c pass"), ("help", "figextract --help"),
                       ("small_json", "figextract small.txt --json")):
        rows.append((f"{label} (wall)", f"{s[key + '_s']:.3f} s",
                     f"CPU {s[key + '_cpu_s']:.3f} s, medians of {s['runs']}"))
    rows.append(("  target < 0.3 s (small.txt)", verdict(s["small_json_s"] < TARGET_START_S),
                 f"{s['small_bytes']} bytes: samples/{SMALL.name}"))
    p = r["memory"]
    for key, label, how in (
            ("files_10", "peak RSS, 10 files", "--jobs 1"),
            ("files_many", f"peak RSS, {p['many']} files (-r)", "--jobs 1"),
            ("files_many_jobs", f"peak RSS, {p['many']} files (-r)", f"--jobs {p['jobs']}"),
            ("jsonl_many", f"peak RSS, {p['many']}-line JSONL", "--jobs 1"),
            ("jsonl_many_jobs", f"peak RSS, {p['many']}-line JSONL", f"--jobs {p['jobs']}")):
        rows.append((label, f"{p[key]['rss_mb']:.0f} MB",
                     f"{how}, {p[key]['seconds']:.1f} s (largest process)"))
    width = max(len(a) for a, _, _ in rows)
    lines += [f"{a:<{width}}  {b:>14}  {c}".rstrip() for a, b, c in rows]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--json", action="store_true", help="print JSON, not a table")
    parser.add_argument("--quick", action="store_true", help="a smaller corpus, fewer runs")
    parser.add_argument("--en-mb", type=float, default=4.0, help="English corpus size")
    parser.add_argument("--zh-mb", type=float, default=2.0, help="Chinese corpus size")
    parser.add_argument("--quantulum-mb", type=float, default=0.1,
                        help="English text both tools read for the ratio")
    parser.add_argument("--runs", type=int, default=7, help="start-up runs (median)")
    parser.add_argument("--many", type=int, default=20000,
                        help="inputs for the peak-memory runs")
    args = parser.parse_args(argv)
    if args.quick:
        args.en_mb, args.zh_mb, args.quantulum_mb, args.runs, args.many = 0.5, 0.2, 0.03, 3, 2000
    result = measure(args.en_mb, args.zh_mb, args.quantulum_mb, args.runs, args.many)
    print(json.dumps(result, indent=2) if args.json else table(result))


if __name__ == "__main__":
    main()
