"""Which sentences of a pane are marked, and how: computed from the comparison, no widgets."""

from __future__ import annotations

import re

from tui.comparison import Comparison, EntityRow
from tui.ui.widgets.pane import SentenceMarks


def sentence_marks(
    cmp: Comparison, side: str, current: int | None, entity: EntityRow | None, search: str
) -> SentenceMarks:
    """Pair labels, one-side-only sentences, the current pair and highlight spans for one side."""
    a_side = side == "a"
    an = cmp.a if a_side else cmp.b
    labels: dict[int, str] = {}
    for n, p in enumerate(cmp.pairs, 1):
        for i in p.a if a_side else p.b:
            labels.setdefault(i, str(n))
    spans: dict[int, list[tuple[int, int, str]]] = {}

    def add(start: int, end: int, kind: str) -> None:
        spans.setdefault(an.sentence_at(start), []).append((start, end, kind))

    chosen: frozenset[int] = frozenset()
    if current is not None:
        p = cmp.pairs[current]
        chosen = frozenset(p.a if a_side else p.b)
        d = p.divergence
        if d.words.reworded:
            for s, e in d.words.a_spans if a_side else d.words.b_spans:
                add(s, e, "words")
        for quote in d.quotes:
            for s, e in quote.a_spans if a_side else quote.b_spans:
                add(s, e, "words")
        for x, y in d.words.codes:
            add(*(x if a_side else y), "differ")
        for num in [*d.numbers, *d.dates]:
            if num.status != "agree":
                q = num.a if a_side else num.b
                add(q.start, q.end, num.status)
    if entity is not None:
        for s, e in entity.spans_a if a_side else entity.spans_b:
            add(s, e, "mention")
    if search:
        for m in re.finditer(re.escape(search), an.article.text, re.IGNORECASE):
            add(m.start(), m.end(), "search")
    only = frozenset(cmp.only_a if a_side else cmp.only_b)
    return SentenceMarks(labels, only, chosen, spans)
