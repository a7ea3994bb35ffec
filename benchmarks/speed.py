"""Speed and memory: the seed pairs, and long generated articles (2,000 and 10,000 sentences).

For each input, in a fresh process: time to load, split and extract (``Corpus``), to align,
to build the whole comparison (alignment plus divergences), the app's first screen and
finished comparison, time per ``j`` press, and the process's peak memory (max RSS).

Run from the project root: ``python benchmarks/speed.py [2000 10000]``. Long articles are the
seed sentences shuffled and edited (numbers changed, words dropped or swapped), 5 per paragraph.
"""

from __future__ import annotations

import asyncio
import json
import os
import random
import re
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from itertools import combinations
from pathlib import Path

from _bench import ROOT

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
    paras = [" ".join(sents[k : k + 5]) for k in range(0, n, 5)]
    path = folder / f"long-{n}-{seed}.txt"
    path.write_text(f"Long article {n}\n\n" + "\n\n".join(paras) + "\n", encoding="utf-8")
    return path


async def _app(paths: list[Path]) -> dict:
    from tui.articles import load_article
    from tui.ui.app import CompareApp

    t0 = time.perf_counter()
    app = CompareApp([load_article(str(p)) for p in paths], theme="compare-dark")
    async with app.run_test(size=(160, 45)) as pilot:
        await pilot.pause()
        first = time.perf_counter() - t0
        await app.workers.wait_for_complete()
        await pilot.pause()
        ready = time.perf_counter() - t0
        presses = []
        for _ in range(20):
            t = time.perf_counter()
            app.action_next_pair()
            await pilot.pause()
            presses.append(time.perf_counter() - t)
        t = time.perf_counter()
        await pilot.pause()
        idle = time.perf_counter() - t
    return {
        "first_screen": first,
        "app_ready": ready,
        "j_median": statistics.median(presses) - idle,
        "j_max": max(presses) - idle,
    }


def one(kind: str, n: int, part: str) -> dict:
    """Measure one input in this process (``engine`` or ``app`` part); returns the figures."""
    from tui.align import align
    from tui.articles import load_article
    from tui.comparison import Corpus
    from tui.similarity import paraphrases

    os.environ.setdefault("COMPARE_CONFIG_DIR", tempfile.mkdtemp())
    os.environ.setdefault("COMPARE_DATA_DIR", tempfile.mkdtemp())
    t = time.perf_counter()
    paraphrases()
    out = {"ppdb_load": time.perf_counter() - t}
    with tempfile.TemporaryDirectory() as tmp:
        if kind == "seeds":
            paths, pairs = SEEDS, list(combinations(range(len(SEEDS)), 2))
        else:
            paths, pairs = [long_article(n, 1, Path(tmp)), long_article(n, 2, Path(tmp))], [(0, 1)]
        if part == "app":
            out.update(asyncio.run(_app(paths)))
            out["max_rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
            return out
        t = time.perf_counter()
        corpus = Corpus([load_article(str(p)) for p in paths])
        out["analyse"] = time.perf_counter() - t
        t = time.perf_counter()
        for i, j in pairs:
            align(corpus.units(i), corpus.units(j), corpus=corpus.sentence_texts())
        out["align"] = time.perf_counter() - t
        t = time.perf_counter()
        out["links"] = sum(len(corpus.compare(i, j).pairs) for i, j in pairs)
        out["compare"] = time.perf_counter() - t
        out["sentences"] = sum(len(a.sentences) for a in corpus.analyses)
    out["max_rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return out


def main(sizes: list[int]) -> None:
    runs = [("seeds", 0, "seeds: 5 articles, all 10 pairs")] + [
        ("long", n, f"2 articles x {n:,} sentences") for n in sizes
    ]
    print(
        "| input | analyse s | align s | compare s | links | engine peak RSS MB "
        "| first screen s | app ready s | j median ms | j max ms | app peak RSS MB |"
    )
    print("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    for kind, n, label in runs:
        e, a = (_child(kind, n, part) for part in ("engine", "app"))
        print(
            f"| {label} | {e['analyse']:.2f} | {e['align']:.2f} | {e['compare']:.2f} | "
            f"{e['links']} | {e['max_rss_mb']:.0f} | {a['first_screen']:.2f} | "
            f"{a['app_ready']:.2f} | {a['j_median'] * 1000:.0f} | {a['j_max'] * 1000:.0f} | "
            f"{a['max_rss_mb']:.0f} |"
        )
    print("(engine and app measured in separate fresh processes; align and compare: all pairs of")
    print(" the input; compare runs after align, so it realigns with each sentence's terms cached")
    print(" (what a threshold change costs) and adds the divergences;")
    print(" j: work per press after the frame is idle; PPDB load is once per process, ~0.2 s)")


def _child(kind: str, n: int, part: str) -> dict:
    res = subprocess.run(
        [sys.executable, __file__, "--one", kind, str(n), part],
        capture_output=True,
        text=True,
        check=True,
    )
    return json.loads(res.stdout.strip().splitlines()[-1])


if __name__ == "__main__":
    if len(sys.argv) >= 5 and sys.argv[1] == "--one":
        print(json.dumps(one(sys.argv[2], int(sys.argv[3]), sys.argv[4])))
    else:
        main([int(x) for x in sys.argv[1:]] or [2000, 10000])
