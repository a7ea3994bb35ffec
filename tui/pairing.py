"""Greedy one-to-one matching, shared by figures, quotes and paraphrase pairs."""

from __future__ import annotations

from collections.abc import Hashable, Iterable
from typing import TypeVar

A = TypeVar("A", bound=Hashable)
B = TypeVar("B", bound=Hashable)


def one_to_one(pairs: Iterable[tuple[A, B]]) -> list[tuple[A, B]]:
    """The pairs, taken in the given order (best first), whose two ends are both still free."""
    used_a: set[A] = set()
    used_b: set[B] = set()
    out = []
    for a, b in pairs:
        if a in used_a or b in used_b:
            continue
        used_a.add(a)
        used_b.add(b)
        out.append((a, b))
    return out
