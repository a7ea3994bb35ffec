"""DEplain-web alignment P/R/F1 of ``tui.align.align`` (threshold chosen on dev, test reported)."""

from __future__ import annotations

import sys
import time

from _bench import BENCH, tool

from tui.align import AlignUnit, align

THRESHOLDS = (0.1, 0.15, 0.2, 0.25, 0.3, 0.35)

align_eval = tool("align_eval")


def predict(docs: list[dict], threshold: float) -> dict:
    out = {}
    for d in docs:
        a = [AlignUnit(t) for t in d["a"]]
        b = [AlignUnit(t) for t in d["b"]]
        al = align(a, b, corpus=d["a"] + d["b"], threshold=threshold)
        out[d["id"]] = {(i, j) for lk in al.links for i in lk.a for j in lk.b}
    return out


def run(thresholds=THRESHOLDS) -> dict:
    dev = align_eval.load_jsonl(BENCH / "alignment" / "deplain-web-dev.jsonl")
    test = align_eval.load_jsonl(BENCH / "alignment" / "deplain-web-test.jsonl")
    best = max(thresholds, key=lambda t: align_eval.score(dev, predict(dev, t))["f1"])
    d = align_eval.score(dev, predict(dev, best))
    t0 = time.perf_counter()
    pred = predict(test, best)
    secs = time.perf_counter() - t0
    s = align_eval.score(test, pred)
    return {"threshold": best, "dev": d, "test": s, "test_seconds": secs}


if __name__ == "__main__":
    r = run(tuple(float(x) for x in sys.argv[1:]) or THRESHOLDS)
    print(f"threshold (F1-best on dev): {r['threshold']}")
    print("| split | P | R | F1 |\n|---|---:|---:|---:|")
    for k in ("dev", "test"):
        m = r[k]
        print(
            f"| {k} | {100 * m['precision']:.1f} | {100 * m['recall']:.1f} | {100 * m['f1']:.1f} |"
        )
    print(f"test alignment time: {r['test_seconds']:.2f} s")
