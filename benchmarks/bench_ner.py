"""Entity mention benchmark: span P/R/F1 of ``tui.entities.find_mentions`` on UNER en_pud test.

Input is the gold tokenisation joined with single spaces, one sentence per span; all sentences
of a subset form one text (so truecasing sees the whole subset, as in the research note).
Untyped span F1 (exact first and last token) is the primary figure; typed F1 maps person /
organization / place onto PER / ORG / LOC. Data: ``../shared/bench/ner`` (never copied here).
"""

from __future__ import annotations

import json
import time
from bisect import bisect_right
from pathlib import Path

from tui.entities import ORGANIZATION, PERSON, PLACE, find_mentions

DATA = Path(__file__).resolve().parents[1].parent / "shared" / "bench" / "ner"
TEST = DATA / "uner-en-pud-test.jsonl"
_TYPES = {PERSON: "PER", ORGANIZATION: "ORG", PLACE: "LOC"}

Span = tuple[int, int, int, str]  # sentence, first token, end token (exclusive), type


def load(path: Path = TEST) -> list[dict]:
    """Sentences of the benchmark file."""
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def gold_spans(rows: list[dict]) -> set[Span]:
    """IOB2 tags to spans."""
    out: set[Span] = set()
    for si, row in enumerate(rows):
        tags = row["tags"]
        k = 0
        while k < len(tags):
            if tags[k].startswith("B-"):
                j = k + 1
                while j < len(tags) and tags[j].startswith("I-"):
                    j += 1
                out.add((si, k, j, tags[k][2:]))
                k = j
            else:
                k += 1
    return out


def predict(rows: list[dict]) -> tuple[set[Span], int, float]:
    """Predicted spans, token count, and seconds spent in ``find_mentions``."""
    parts: list[str] = []
    spans: list[tuple[int, int]] = []
    starts: list[int] = []  # absolute start offset of every token
    first_token: list[int] = []  # index into ``starts`` of each sentence's first token
    pos = 0
    for row in rows:
        first_token.append(len(starts))
        s = pos
        for k, tok in enumerate(row["tokens"]):
            if k:
                pos += 1
            starts.append(pos)
            pos += len(tok)
        spans.append((s, pos))
        parts.append(" ".join(row["tokens"]))
        pos += 1
    text = "\n".join(parts)
    t0 = time.perf_counter()
    mentions = find_mentions(text, spans)
    elapsed = time.perf_counter() - t0
    out: set[Span] = set()
    span_starts = [s for s, _ in spans]
    for m in mentions:
        si = bisect_right(span_starts, m.start) - 1
        first = bisect_right(starts, m.start) - 1
        last = bisect_right(starts, m.end - 1) - 1
        base = first_token[si]
        out.add((si, first - base, last - base + 1, _TYPES.get(m.kind, "OTHER")))
    return out, len(starts), elapsed


def score(gold: set[Span], pred: set[Span], *, typed: bool) -> tuple[float, float, float]:
    """Micro P, R, F1 in percent."""
    if not typed:
        gold = {g[:3] + ("",) for g in gold}
        pred = {p[:3] + ("",) for p in pred}
    tp = len(gold & pred)
    p = tp / len(pred) if pred else 0.0
    r = tp / len(gold) if gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return 100 * p, 100 * r, 100 * f


def run() -> list[tuple[str, str]]:
    """Rows of (label, figure) for the news half and for all sentences."""
    rows = load()
    out: list[tuple[str, str]] = []
    for label, subset in (
        ("news", [r for r in rows if r["genre"] == "news"]),
        ("all", rows),
    ):
        gold = gold_spans(subset)
        pred, tokens, _ = predict(subset)
        p, r, f = score(gold, pred, typed=False)
        _, _, tf = score(gold, pred, typed=True)
        out.append((f"{label}: untyped P / R / F1", f"{p:.1f} / {r:.1f} / {f:.1f}"))
        out.append((f"{label}: typed F1 (PER/ORG/LOC)", f"{tf:.1f}"))
    text_rows = rows * 20
    _, tokens, elapsed = predict(text_rows)
    out.append(("speed (find_mentions, 20x all)", f"{tokens / elapsed:,.0f} tokens/s"))
    return out


def main() -> None:
    rows = run()
    width = max(len(label) for label, _ in rows)
    print(f"{'UNER en_pud test':<{width}}  figure")
    for label, value in rows:
        print(f"{label:<{width}}  {value}")


if __name__ == "__main__":
    main()
