"""Alignment on the bundled seeds, against links read and labelled by hand.

All five seeds are loaded together (as ``compare`` opens them) and every pair is aligned. A
link is *right* when both sentences state the same claim (figures may differ: that is what the
tool is for) and *wrong* when they share a topic or a phrase but state different facts. The
labels were made by reading every link the aligner proposed at the default threshold in
December 2026 (and after each change since), plus the claims it missed; links not labelled
either way (partial overlaps) are not counted.

Run from the project root: ``python benchmarks/seed_links.py [threshold]``.
"""

from __future__ import annotations

import sys

import _bench  # noqa: F401  (puts the repo on sys.path)

from tui.articles import bundled_seeds
from tui.comparison import Corpus

# "i-j a-b": seed i sentence a <-> seed j sentence b (sentence indices as in the JSON export).
RIGHT = """
0-1 0-1 | 0-1 0-2 | 0-1 3-3 | 0-1 3-4 | 0-1 4-6 | 0-1 7-10 | 0-1 8-8 | 0-1 12-2 | 0-1 12-11
0-1 20-9 | 0-1 20-12 | 0-2 0-1 | 0-2 3-2 | 0-2 3-8 | 0-2 6-7 | 0-2 10-9 | 0-2 10-12 | 0-2 12-16
0-2 19-18 | 0-2 19-19 | 0-2 27-15 | 0-3 0-0 | 0-3 1-0 | 0-3 2-10 | 0-3 3-11 | 0-3 12-4 | 0-3 25-2 | 0-4 8-7
0-4 0-14 | 0-4 19-9 | 0-4 21-11 | 1-2 2-16 | 1-2 3-5 | 1-2 10-8 | 1-2 11-16 | 1-3 1-0 | 1-3 2-4 | 1-3 3-11
1-3 4-11 | 1-3 11-4 | 1-3 14-3 | 1-4 1-0 | 1-4 8-7 | 1-4 10-6 | 1-4 13-13 | 2-3 1-0 | 2-3 2-11 | 2-3 16-4
2-4 1-0
2-4 8-2 | 2-4 18-9 | 2-4 19-9 | 3-4 0-0 | 3-4 1-2
0-1 1-3 | 0-4 3-5 | 0-4 11-14 | 3-4 11-5 | 1-2 18-15
0-3 4-2 | 0-4 0-0
"""
WRONG = """
0-1 3-1 | 0-1 11-17 | 0-2 0-2 | 0-2 3-1 | 0-3 27-6 | 0-4 0-10 | 0-4 3-0 | 0-4 3-14 | 0-4 6-14
0-4 22-8
1-3 1-11 | 1-4 3-1 | 2-3 1-11 | 2-3 3-7 | 3-4 11-0 | 3-4 11-14
0-2 3-7 | 1-3 19-5
0-3 12-0 | 2-4 2-14
"""

Link = tuple[int, int, int, int]


def parse(spec: str) -> set[Link]:
    out = set()
    for item in spec.replace("\n", "|").split("|"):
        if item.strip():
            pair, sentences = item.split()
            i, j = map(int, pair.split("-"))
            a, b = map(int, sentences.split("-"))
            out.add((i, j, a, b))
    return out


def run(threshold: float | None = None) -> dict:
    """Links proposed over all seed pairs, and how many labelled ones were found or kept."""
    corpus = Corpus(bundled_seeds())
    kw = {} if threshold is None else {"threshold": threshold}
    found: set[Link] = set()
    n = 0
    for i in range(len(corpus.articles)):
        for j in range(i + 1, len(corpus.articles)):
            for p in corpus.compare(i, j, **kw).pairs:
                n += 1
                found.update((i, j, a, b) for a in p.a for b in p.b)
    right, wrong = parse(RIGHT), parse(WRONG)
    return {
        "links": n,
        "right": len(right & found),
        "right_of": len(right),
        "wrong": len(wrong & found),
        "wrong_of": len(wrong),
        "missed": sorted(right - found),
    }


if __name__ == "__main__":
    r = run(float(sys.argv[1]) if len(sys.argv) > 1 else None)
    print("| links | right links found | wrong links kept |\n|---:|---:|---:|")
    print(f"| {r['links']} | {r['right']} / {r['right_of']} | {r['wrong']} / {r['wrong_of']} |")
    print("missed:", ", ".join(f"{i}-{j} {a}-{b}" for i, j, a, b in r["missed"]) or "none")
