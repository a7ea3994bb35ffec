"""Golden Rules sentence segmentation accuracy (all 48 and prose-only 38) and throughput."""

from __future__ import annotations

import json
import time

from _bench import BENCH

from tui.segment import split_sentences

NON_PROSE = set(range(31, 40)) | {48}


def run() -> dict[str, float]:
    cases = [json.loads(x) for x in (BENCH / "segmentation" / "golden_rules_en.jsonl").open()]
    right = {}
    t0 = time.perf_counter()
    for c in cases:
        got = [s.text.strip() for s in split_sentences(c["text"])]
        right[c["id"]] = got == [g.strip() for g in c["sentences"]]
    dt = time.perf_counter() - t0
    prose = [k for k in right if k not in NON_PROSE]
    chars = sum(len(c["text"]) for c in cases)
    return {
        "all": 100 * sum(right.values()) / len(right),
        "all_n": len(right),
        "prose": 100 * sum(right[k] for k in prose) / len(prose),
        "prose_n": len(prose),
        "chars_per_s": chars / dt,
        "failed": [k for k, v in right.items() if not v],
    }


if __name__ == "__main__":
    r = run()
    print("| Golden Rules | accuracy |\n|---|---:|")
    print(
        f"| all {r['all_n']} | {r['all']:.1f} % |\n| prose-only {r['prose_n']} | {r['prose']:.1f} % |"
    )
    print(f"| throughput | {r['chars_per_s']:,.0f} chars/s |")
    print("failed cases:", r["failed"])
