"""Where extraction spends its time, by module and by function (cProfile).

    .venv/bin/python benchmarks/where_time_goes.py            # English corpus, 0.3 MB
    .venv/bin/python benchmarks/where_time_goes.py zh 0.2     # Chinese corpus, 0.2 MB

Own time (not counting callees) summed per source file, then the functions with the
most cumulative time. The regex engine's time appears as "regex (C)": it belongs to the
module that called it, which the function list shows. cProfile slows Python code more
than C code, so shares are indicative; bench.py gives the real throughput.
"""

from __future__ import annotations

import cProfile
import pstats
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench import build_corpus, mb  # noqa: E402


def by_file(stats: pstats.Stats) -> list[tuple[float, str]]:
    totals: dict[str, float] = {}
    for (filename, _, name), (_, _, own, _, _) in stats.stats.items():  # type: ignore[attr-defined]
        if "/src/figextract/" in filename:
            key = "figextract/" + filename.split("/src/figextract/")[1]
        elif filename == "~" and "_regex" in name:
            key = "regex (C)"
        else:
            key = Path(filename).name if filename != "~" else name
        totals[key] = totals.get(key, 0.0) + own
    return sorted(((v, k) for k, v in totals.items()), reverse=True)


def main(argv: list[str]) -> None:
    lang = argv[0] if argv else "en"
    size = float(argv[1]) if len(argv) > 1 else 0.3
    from figextract import extract

    docs = build_corpus(lang, size)
    extract(docs[0])  # lazy imports outside the profile
    profiler = cProfile.Profile()
    profiler.enable()
    for doc in docs:
        extract(doc)
    profiler.disable()
    stats = pstats.Stats(profiler)
    total = sum(v for v, _ in by_file(stats))
    print(f"{lang}: {mb(docs):.2f} MB, {len(docs)} documents, {total:.2f} s under cProfile\n")
    for seconds, name in by_file(stats)[:15]:
        print(f"{seconds:7.3f} s {seconds / total:6.1%}  {name}")
    print()
    stats.sort_stats("cumulative").print_stats(r"figextract/(?!pipeline)", 20)


if __name__ == "__main__":
    main(sys.argv[1:])
