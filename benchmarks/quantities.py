"""The note's 22 gold seed quantities (nlp-parts.md §3): value / unit / qualifier hits, noise, speed."""

from __future__ import annotations

import time

from _bench import ROOT

from tui.quantities import find_dates, find_quantities

# (phrase located in the seeds, value, unit, relation); the date is checked with find_dates.
GOLD = [
    ("nearly three-year-long conflict", 3, "year", "~<"),
    ("approximately 11,000 troops", 11000, "troops", "~"),
    ("approximately 40% of the 984 square kilometers", 40, "percent", "~"),
    ("approximately 40% of the 984 square kilometers", 984, "km2", "="),
    ("over 1,000 North Korean troops", 1000, "troops", ">"),
    ("as many as 11,000 troops", 11000, "troops", "<="),
    ("thousands of troops", 1000, "troops", ">="),
    ("four to five days", 4, "day", "range"),
    ("more than 500 square kilometers", 500, "km2", ">"),
    ("December 23, 2022", "2022-12-23", "date", "="),
    ("more than 3,000 North Korean soldiers", 3000, "soldiers", ">"),
    ("around a quarter of the special forces", 0.25, "forces", "~"),
    ("around 1,000 soldiers", 1000, "soldiers", "~"),
    ("within a single week", 1, "week", "="),
    ("at least 10,000 of its troops", 10000, "troops", ">="),
    ("approximately 200 North Korean troops", 200, "troops", "~"),
    ("almost three years", 3, "year", "~<"),
    ("300 North Korean soldiers", 300, "soldiers", "="),
    ("with 2,700 wounded", 2700, "wounded", "="),
    ("two North Korean soldiers", 2, "soldiers", "="),
    ("its fourth year", 4, "year", "ordinal"),
    ("a week of preparation", 1, "week", "="),
]
# "thousands of" is reported as relation "vague" [1000, 9999]; the note's gold says ≥ 1000.
SAME_RELATION = {(">=", "vague")}
NOISE = [
    ("December 23, 2022", "23"),
    ("December 23, 2022", "2022"),
    ("Alike 4.0 International", "4.0"),
    ("pic.twitter.com/5J0hqbarP6", "0"),
    ("one of the soldiers", "one"),
    ("since World War II", "II"),
    ("born in 2005", "2005"),
]


def _texts() -> list[str]:
    return [p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt"))]


def _locate(texts: list[str], phrase: str) -> tuple[str, int, int]:
    for t in texts:
        i = t.find(phrase)
        if i >= 0:
            return t, i, i + len(phrase)
    raise LookupError(phrase)


def run() -> dict:
    texts = _texts()
    found = {id(t): find_quantities(t) for t in texts}
    value = unit = qual = 0
    misses = []
    for phrase, v, u, rel in GOLD:
        t, s, e = _locate(texts, phrase)
        if u == "date":
            hit = any(d.iso == v and s <= d.start < e for d in find_dates(t))
            value, unit, qual = value + hit, unit + hit, qual + hit
            continue
        hits = [q for q in found[id(t)] if q.start < e and q.end > s and q.value == v]
        value += bool(hits)
        unit += any(q.unit == u for q in hits)
        qual += any(q.relation == rel or (rel, q.relation) in SAME_RELATION for q in hits)
        if not hits or not any(q.unit == u for q in hits):
            misses.append((phrase, [(q.value, q.unit, q.relation) for q in hits]))
    noise = 0
    for phrase, token in NOISE:
        t, s, e = _locate(texts, phrase)
        k = t.index(token, s)
        noise += any(q.start < k + len(token) and q.end > k for q in found[id(t)])
    seeds = "\n\n".join(texts)
    find_quantities(seeds)  # warm-up
    t0 = time.perf_counter()
    find_quantities(seeds)
    one_pass = len(seeds) / (time.perf_counter() - t0)
    big = (seeds + "\n") * (1_000_000 // len(seeds) + 1)
    t0 = time.perf_counter()
    find_quantities(big)
    find_dates(big)
    mb = len(big) / (time.perf_counter() - t0)
    return {
        "n": len(GOLD),
        "value": value,
        "unit": unit,
        "qualifier": qual,
        "noise": noise,
        "noise_n": len(NOISE),
        "seed_kchar_s": one_pass / 1000,
        "mb_kchar_s": mb / 1000,
        "misses": misses,
    }


if __name__ == "__main__":
    r = run()
    n = r["n"]
    print("| seed gold quantities | hits |\n|---|---:|")
    print(f"| value | {r['value']}/{n} |\n| unit / noun | {r['unit']}/{n} |")
    print(f"| qualifier (relation) | {r['qualifier']}/{n} |")
    print(f"| noise reported | {r['noise']}/{r['noise_n']} |")
    print(f"| speed, seeds one pass | {r['seed_kchar_s']:,.0f} kchar/s |")
    print(f"| speed, 1 MB quantities + dates | {r['mb_kchar_s']:,.0f} kchar/s |")
    if r["misses"]:
        print("misses:", r["misses"])
