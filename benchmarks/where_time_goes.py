"""Where extraction spends its time, by module and by function (cProfile).

    .venv/bin/python benchmarks/where_time_goes.py            # English corpus, 0.3 MB
    .venv/bin/python benchmarks/where_time_goes.py zh 0.2     # Chinese corpus, 0.2 MB
    .venv/bin/python benchmarks/where_time_goes.py --stages en 1   # stages, no profiler

Own time (not counting callees) summed per source file, then the functions with the
most cumulative time. The regex engine's time appears as "regex (C)": it belongs to the
module that called it, which the function list shows. cProfile slows Python code more
than C code, so shares are indicative; bench.py gives the real throughput.

--stages times the stages of extraction one by one without a profiler (CPU seconds per
MB, the best of three passes): normalising, the English not-figure vetoes, the numeral
scan, reading each numeral's context (the English finder less those two), the Chinese
rules and merging (find_figures less the English finder), and the rest (ids, sentences,
SI values, conversion links).
"""

from __future__ import annotations

import cProfile
import pstats
import sys
import time
from collections.abc import Callable
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


def _best_of_three(step: Callable[[], object]) -> float:
    best = float("inf")
    for _ in range(3):
        start = time.process_time()
        step()
        best = min(best, time.process_time() - start)
    return best


def stages(lang: str, size: float) -> None:
    from figextract.document import Document
    from figextract.pipeline import extract, find_figures
    from figextract.rules.english import find_en
    from figextract.rules.not_figures import veto_spans
    from figextract.rules.numerals import scan

    texts = build_corpus(lang, size)
    extract(texts[0])  # lazy imports outside the timing
    docs = [Document(text) for text in texts]
    whole = _best_of_three(lambda: [extract(text) for text in texts])
    norm = _best_of_three(lambda: [Document(text) for text in texts])
    vetoes = _best_of_three(lambda: [veto_spans(doc.norm) for doc in docs])
    numerals = _best_of_three(lambda: [scan(doc.norm) for doc in docs])
    english = _best_of_three(lambda: [find_en(doc) for doc in docs])
    found = _best_of_three(lambda: [find_figures(doc) for doc in docs])
    size = mb(texts)
    rows = [("normalise", norm), ("English vetoes", vetoes), ("numeral scan", numerals),
            ("context of each numeral", english - vetoes - numerals),
            ("Chinese rules, merging", found - english),
            ("ids, sentences, SI, links", whole - found - norm)]
    print(f"{lang}: {size:.2f} MB, {len(texts)} documents, {size / whole:.2f} MB/s CPU\n")
    for name, seconds in rows:
        print(f"{seconds / size:7.3f} s/MB {seconds / whole:6.1%}  {name}")


def main(argv: list[str]) -> None:
    if argv and argv[0] == "--stages":
        stages(argv[1] if len(argv) > 1 else "en", float(argv[2]) if len(argv) > 2 else 1.0)
        return
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
