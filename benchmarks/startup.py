"""Interface timings: CLI start-up, an export, the app's first screen, alignment, one `j` press.

Run from the project root: ``python benchmarks/startup.py [--sizes 2000,10000]``. Long
articles are generated from the seeds (sentences shuffled, numbers and words edited).
"""

from __future__ import annotations

import argparse
import asyncio
import os
import random
import re
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def _run(cmd: list[str]) -> float:
    t = time.perf_counter()
    subprocess.run(cmd, check=True, capture_output=True, cwd=ROOT)
    return time.perf_counter() - t


def make_long(n: int, seed: int, folder: Path) -> Path:
    """An article of about ``n`` sentences made from the seeds, shuffled and edited."""
    from tui.articles import bundled_seeds
    from tui.segment import split_sentences

    rng = random.Random(seed)
    pool = [s.text for a in bundled_seeds() for s in split_sentences(a.text) if s.kind == "prose"]
    out = []
    for _ in range(n):
        s = rng.choice(pool)
        s = re.sub(r"\d[\d,]*", lambda m: f"{rng.randint(1, 20000):,}", s)
        words = s.split()
        if len(words) > 6 and rng.random() < 0.5:
            del words[rng.randrange(len(words))]
        out.append(" ".join(words))
    paras = [" ".join(out[i : i + 5]) for i in range(0, len(out), 5)]
    path = folder / f"long-{n}-{seed}.txt"
    path.write_text("\n\n".join(paras), encoding="utf-8")
    return path


async def _app_timings(paths: list[Path]) -> dict[str, float]:
    from tui.articles import load_article
    from tui.ui.app import CompareApp

    t0 = time.perf_counter()
    arts = [load_article(str(p)) for p in paths]
    app = CompareApp(arts, theme="compare-dark")
    first = None
    async with app.run_test(size=(160, 45)) as pilot:
        await pilot.pause()
        first = time.perf_counter() - t0
        await app.workers.wait_for_complete()
        await pilot.pause()
        ready = time.perf_counter() - t0
        presses = []
        for _ in range(20):
            t = time.perf_counter()
            await pilot.press("j")
            await pilot.pause()
            presses.append(time.perf_counter() - t)
        pairs = len(app.cmp.pairs) if app.cmp else 0
    return {
        "first": first,
        "ready": ready,
        "j_median": statistics.median(presses),
        "j_max": max(presses),
        "pairs": pairs,
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--sizes", default="2000", help="comma-separated sentence counts per side")
    args = ap.parse_args()
    os.environ.setdefault("COMPARE_CONFIG_DIR", tempfile.mkdtemp())
    os.environ.setdefault("COMPARE_DATA_DIR", tempfile.mkdtemp())
    py = sys.executable
    seeds = sorted((ROOT / "seeds").glob("*.txt"))
    print("| what | time |")
    print("|---|---:|")
    print(f"| `python -m tui --help` | {_run([py, '-m', 'tui', '--help']) * 1000:.0f} ms |")
    t = _run([py, "-m", "tui", "export", str(seeds[0]), str(seeds[3]), "--format", "json"])
    print(f"| `compare export` seeds 000 vs 003 (json) | {t * 1000:.0f} ms |")
    rows = [("seeds (5 loaded, 000 vs 001)", seeds)]
    with tempfile.TemporaryDirectory() as tmp:
        for n in (int(x) for x in args.sizes.split(",") if x.strip()):
            rows.append(
                (
                    f"{n:,} sentences a side",
                    [make_long(n, 1, Path(tmp)), make_long(n, 2, Path(tmp))],
                )
            )
        print()
        print("| app on | first screen | aligned and shown | `j` median | `j` max | pairs |")
        print("|---|---:|---:|---:|---:|---:|")
        for label, paths in rows:
            r = asyncio.run(_app_timings(paths))
            print(
                f"| {label} | {r['first']:.2f} s | {r['ready']:.2f} s | "
                f"{r['j_median'] * 1000:.0f} ms | {r['j_max'] * 1000:.0f} ms | {r['pairs']} |"
            )


if __name__ == "__main__":
    main()
