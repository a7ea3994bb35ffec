"""STS-B and MSRP figures of ``tui.similarity.score_pairs`` through the shared sim_eval scorer."""

from __future__ import annotations

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


if __name__ == "__main__":
    r = run()
    print(
        "| STS-B dev ρ | dev news ρ | STS-B test ρ | test news ρ | MSRP acc | MSRP F1 | pairs/s |"
    )
    print("|---:|---:|---:|---:|---:|---:|---:|")
    print(
        f"| {r['stsb_dev']:.1f} | {r['stsb_dev_news']:.1f} | {r['stsb_test']:.1f} | "
        f"{r['stsb_test_news']:.1f} | {r['msrp_acc']:.1f} | {r['msrp_f1']:.1f} | {r['pairs_per_s']:,.0f} |"
    )
