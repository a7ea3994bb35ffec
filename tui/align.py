"""Topic alignment of two articles' sentences (STUB: to be replaced)."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

DEFAULT_THRESHOLD = 0.35


@dataclass(frozen=True, slots=True)
class AlignUnit:
    """What the aligner knows about one sentence."""

    text: str
    eligible: bool = True
    entities: frozenset[str] = field(default_factory=frozenset)
    measures: frozenset[str] = field(default_factory=frozenset)


@dataclass(frozen=True, slots=True)
class Link:
    """Sentences of A and of B about the same claim, with a 0..1 score and a short topic."""

    a: tuple[int, ...]
    b: tuple[int, ...]
    score: float
    topic: str


@dataclass(frozen=True, slots=True)
class Alignment:
    """All links, plus eligible sentences of each side with no counterpart."""

    links: tuple[Link, ...]
    only_a: tuple[int, ...]
    only_b: tuple[int, ...]


_W = re.compile(r"[a-z]{4,}")


def align(
    a: Sequence[AlignUnit],
    b: Sequence[AlignUnit],
    *,
    corpus: Sequence[str] = (),
    threshold: float = DEFAULT_THRESHOLD,
    should_stop: Callable[[], bool] | None = None,
) -> Alignment:
    """Link sentences of ``a`` and ``b`` by topic; deterministic and symmetric."""
    ta = [set(_W.findall(u.text.lower())) for u in a]
    tb = [set(_W.findall(u.text.lower())) for u in b]
    links = []
    for i, ua in enumerate(a):
        if not ua.eligible:
            continue
        for j, ub in enumerate(b):
            if not ub.eligible or not ta[i] or not tb[j]:
                continue
            s = len(ta[i] & tb[j]) / len(ta[i] | tb[j])
            if s >= threshold:
                topic = " ".join(sorted(ta[i] & tb[j])[:3])
                links.append(Link((i,), (j,), round(s, 4), topic))
    la = {i for lk in links for i in lk.a}
    lb = {j for lk in links for j in lk.b}
    return Alignment(
        tuple(links),
        tuple(i for i, u in enumerate(a) if u.eligible and i not in la),
        tuple(j for j, u in enumerate(b) if u.eligible and j not in lb),
    )
