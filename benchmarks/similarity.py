"""STS-B and MSRP figures of ``tui.similarity.score_pairs`` through the shared sim_eval scorer.

``python similarity.py`` prints the reported figures (dev and test). ``python similarity.py
--dev`` prints only what may be tuned on: STS-B dev (IDF from stsb-train) and a 10-fold
cross-validation on msrp-train (IDF from msrp-train, the accuracy threshold chosen on nine
folds and applied to the tenth, pooled), so a change can be chosen without looking at test.
"""

from __future__ import annotations

import sys

from _bench import BENCH, tool

from tui.similarity import PairScorer

sim_eval = tool("sim_eval")


def run() -> dict:
    res = sim_eval.evaluate(PairScorer(), bench=str(BENCH / "similarity"))
    dev, test, m = res["stsb-dev"], res["stsb-test"], res["msrp"]
    news = lambda r: r["by_genre"]["main-news"]["spearman"]  # noqa: E731
    return {
        "stsb_dev": dev["spearman"],
        "stsb_dev_news": news(dev),
        "stsb_test": test["spearman"],
        "stsb_test_news": news(test),
        "msrp_acc": m["accuracy"],
        "msrp_f1": m["f1"],
        "pairs_per_s": test["pairs_per_s"],
    }


def msrp_train_cv(scores: list[float], labels: list[int], folds: int = 10) -> dict:
    """Pooled out-of-fold accuracy and F1 with the scorer's own accuracy-tuned threshold."""
    n = len(scores)
    pred = [0] * n
    for k in range(folds):
        held = set(range(k, n, folds))
        rest = [i for i in range(n) if i not in held]
        t, _ = sim_eval.tune_threshold([scores[i] for i in rest], [labels[i] for i in rest])
        for i in held:
            pred[i] = int(scores[i] >= t)
    tp = sum(p and y for p, y in zip(pred, labels, strict=True))
    fp = sum(p and not y for p, y in zip(pred, labels, strict=True))
    fn = sum(y and not p for p, y in zip(pred, labels, strict=True))
    acc = sum(p == y for p, y in zip(pred, labels, strict=True)) / n
    return {
        "acc": 100 * acc,
        "f1": 100 * 2 * tp / (2 * tp + fp + fn),
        "auc": 100 * sim_eval.roc_auc(scores, labels),
    }


def dev() -> dict:
    """Figures on the tuning splits only (no test file is read)."""
    bench = str(BENCH / "similarity")
    res = sim_eval.evaluate(PairScorer(), bench=bench, sets=("stsb-dev",))
    d = res["stsb-dev"]
    rows = sim_eval.load_jsonl(str(BENCH / "similarity" / "msrp-train.jsonl"))
    scorer = PairScorer()
    sim_eval._fit(scorer, rows)
    scores = scorer([r["a"] for r in rows], [r["b"] for r in rows])
    cv = msrp_train_cv(scores, [r["label"] for r in rows])
    src = d["by_source"]
    return {
        "stsb_dev": d["spearman"],
        "stsb_dev_news": d["by_genre"]["main-news"]["spearman"],
        "dev_msrpar": src["MSRpar"]["spearman"],
        "dev_headlines": src["headlines"]["spearman"],
        "msrp_cv_acc": cv["acc"],
        "msrp_cv_f1": cv["f1"],
        "msrp_train_auc": cv["auc"],
        "pairs_per_s": d["pairs_per_s"],
    }


if __name__ == "__main__":
    if "--dev" in sys.argv[1:]:
        r = dev()
        print("| " + " | ".join(r) + " |")
        print("|" + "---:|" * len(r))
        print("| " + " | ".join(f"{v:,.1f}" for v in r.values()) + " |")
        sys.exit(0)
    r = run()
    print(
        "| STS-B dev ρ | dev news ρ | STS-B test ρ | test news ρ | MSRP acc | MSRP F1 | pairs/s |"
    )
    print("|---:|---:|---:|---:|---:|---:|---:|")
    print(
        f"| {r['stsb_dev']:.1f} | {r['stsb_dev_news']:.1f} | {r['stsb_test']:.1f} | "
        f"{r['stsb_test_news']:.1f} | {r['msrp_acc']:.2f} | {r['msrp_f1']:.2f} | {r['pairs_per_s']:,.0f} |"
    )
