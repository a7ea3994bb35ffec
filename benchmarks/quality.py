"""One table over every quality benchmark: segmentation, entities, similarity, alignment."""

from __future__ import annotations

import _bench  # noqa: F401  (puts the repo and the bench tools on sys.path)
import alignment
import bench_ner
import segmentation
import similarity


def _ner() -> list[tuple[str, str]]:
    return [(f"UNER {label}", value) for label, value in bench_ner.run() if "speed" not in label]


def main() -> None:
    seg = segmentation.run()
    sim = similarity.run()
    al = alignment.run()
    rows = [
        ("Golden Rules, all 48 (accuracy)", f"{seg['all']:.1f}"),
        ("Golden Rules, prose-only 38 (accuracy)", f"{seg['prose']:.1f}"),
        *_ner(),
        ("STS-B dev Spearman, all / news", f"{sim['stsb_dev']:.1f} / {sim['stsb_dev_news']:.1f}"),
        (
            "STS-B test Spearman, all / news",
            f"{sim['stsb_test']:.1f} / {sim['stsb_test_news']:.1f}",
        ),
        (
            "MSRP test accuracy / F1 (floor F1 81.45)",
            f"{sim['msrp_acc']:.2f} / {sim['msrp_f1']:.2f}",
        ),
    ]
    for k in ("dev", "test"):
        m = al[k]
        rows.append(
            (
                f"DEplain-web {k} P / R / F1 (t={al['threshold']})",
                f"{100 * m['precision']:.1f} / {100 * m['recall']:.1f} / {100 * m['f1']:.1f}",
            )
        )
    print("| benchmark | figure |\n|---|---:|")
    for name, value in rows:
        print(f"| {name} | {value} |")


if __name__ == "__main__":
    main()
