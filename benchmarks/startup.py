"""Command-line start-up: ``compare --help`` and one export, as a user runs them.

Run from the project root: ``python benchmarks/startup.py``. (The app's first screen and
``j`` timings are in ``benchmarks/speed.py``.)
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import time

from _bench import ROOT


def _time(cmd: list[str], runs: int = 5) -> float:
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        subprocess.run(cmd, check=True, capture_output=True, cwd=ROOT)
        times.append(time.perf_counter() - t)
    return statistics.median(times)


def main() -> None:
    py = sys.executable
    seeds = sorted((ROOT / "seeds").glob("*.txt"))
    rows = [
        ("`python -m tui --help`", [py, "-m", "tui", "--help"]),
        (
            "`compare export` 000 vs 003, JSON",
            [py, "-m", "tui", "export", str(seeds[0]), str(seeds[3]), "--format", "json"],
        ),
        (
            "`compare export` 000 vs 003, HTML",
            [py, "-m", "tui", "export", str(seeds[0]), str(seeds[3]), "--format", "html"],
        ),
    ]
    print("| command | median of 5 |\n|---|---:|")
    for label, cmd in rows:
        print(f"| {label} | {_time(cmd) * 1000:.0f} ms |")


if __name__ == "__main__":
    main()
