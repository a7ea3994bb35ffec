"""Time and peak memory to load, split, extract and align: the seed pairs and long generated articles."""

from __future__ import annotations

import random
import re
import resource
import sys
import tempfile
import time
import tracemalloc
from itertools import combinations
from pathlib import Path

from _bench import ROOT

from tui.articles import load_article
from tui.comparison import Corpus

SEEDS = sorted((ROOT / "seeds").glob("*.txt"))


def _edit(sentence: str, rng: random.Random) -> str:
    s = re.sub(
        r"\d[\d,]*",
        lambda m: str(rng.randint(1, 20000)) if rng.random() < 0.5 else m.group(),
        sentence,
    )
    words = s.split()
    out = []
    for w in words:
        r = rng.random()
        if r < 0.08:
            continue
        out.append(rng.choice(words) if r < 0.14 else w)
    return " ".join(out)


def long_article(n: int, seed: int, folder: Path) -> Path:
    """An article of about ``n`` sentences: seed sentences shuffled and edited, 5 per paragraph."""
    rng = random.Random(seed)
    pool = [
        s
        for p in SEEDS
        for s in re.split(r"(?<=[.!?])\s+", p.read_text(encoding="utf-8"))
        if len(s) > 40
    ]
    sents = [_edit(rng.choice(pool), rng) for _ in range(n)]
    sents = [s if s.endswith((".", "!", "?")) else s + "." for s in sents]
    paras = ["\n".join([" ".join(sents[k : k + 5])]) for k in range(0, n, 5)]
    path = folder / f"long-{n}-{seed}.txt"
    path.write_text(f"Long article {n}\n\n" + "\n\n".join(paras) + "\n", encoding="utf-8")
    return path


def measure(paths: list[Path], pairs: list[tuple[int, int]]) -> tuple[float, float, int]:
    tracemalloc.start()
    t0 = time.perf_counter()
    corpus = Corpus([load_article(p) for p in paths])
    links = sum(len(corpus.compare(i, j).pairs) for i, j in pairs)
    dt = time.perf_counter() - t0
    _cur, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return dt, peak / 2**20, links


def main(sizes=(2000, 10000)) -> None:
    from tui.similarity import paraphrases

    paraphrases()  # loaded once per process; timed separately
    rows = []
    t0 = time.perf_counter()
    paraphrases.cache_clear()
    paraphrases()
    rows.append(("PPDB load (once per process)", time.perf_counter() - t0, float("nan"), 0))
    dt, mb, links = measure(SEEDS, list(combinations(range(len(SEEDS)), 2)))
    rows.append((f"seeds: {len(SEEDS)} articles, all 10 pairs", dt, mb, links))
    with tempfile.TemporaryDirectory() as tmp:
        for n in sizes:
            paths = [long_article(n, 1, Path(tmp)), long_article(n, 2, Path(tmp))]
            dt, mb, links = measure(paths, [(0, 1)])
            rows.append((f"2 articles x {n:,} sentences", dt, mb, links))
    print("| input | seconds | peak traced MB | links |\n|---|---:|---:|---:|")
    for name, dt, mb, links in rows:
        print(f"| {name} | {dt:.2f} | {mb:.0f} | {links} |")
    print(
        f"max RSS of the process: {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB"
    )


if __name__ == "__main__":
    main(tuple(int(x) for x in sys.argv[1:]) or (2000, 10000))
