"""One article against every other loaded article: which outlets report each of its claims."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

from tui.comparison import Analysis, Comparison, Corpus
from tui.divergence import LEVEL_CONFLICT, LEVEL_DIFFER, LEVEL_SAME, LEVEL_TOPIC, LEVEL_WORDS
from tui.segment import PROSE

#: Strongest first: the level a cell shows when a claim is linked to several sentences.
_STRENGTH = (LEVEL_CONFLICT, LEVEL_DIFFER, LEVEL_WORDS, LEVEL_TOPIC, LEVEL_SAME)


def letter(k: int) -> str:
    """The label of loaded article ``k``: A, B, ... Z, then 27, 28 ..."""
    return chr(ord("A") + k) if k < 26 else str(k + 1)


@dataclass(frozen=True, slots=True)
class Cell:
    """Where one other article reports a claim of the pivot: its sentences and the strongest
    difference among those links (``""`` when it does not report it)."""

    sentences: tuple[int, ...] = ()
    level: str = ""
    pairs: tuple[int, ...] = ()  # indices into that article's comparison's pairs


@dataclass(frozen=True, slots=True)
class ClaimRow:
    """A prose sentence of the pivot and, per other article, where it reports the same claim."""

    index: int
    cells: tuple[Cell, ...]

    @property
    def reported_by(self) -> int:
        """How many other articles report it."""
        return sum(1 for c in self.cells if c.sentences)


@dataclass(frozen=True, slots=True)
class Overview:
    """The pivot's claims against each other article (``others`` and ``comparisons`` in the
    same order: ``comparisons[k]`` has the pivot as side A and ``others[k]`` as side B)."""

    pivot: int
    others: tuple[int, ...]
    comparisons: tuple[Comparison, ...]
    rows: tuple[ClaimRow, ...]

    @property
    def analysis(self) -> Analysis:
        """The pivot article's analysis."""
        return self.comparisons[0].a

    def not_in_pivot(self, k: int) -> tuple[int, ...]:
        """Prose sentences of ``others[k]`` with no counterpart in the pivot."""
        return self.comparisons[k].only_b


#: The links made and removed by hand for one pair, as ``Corpus.compare`` takes them.
Links = Sequence[tuple[tuple[int, ...], tuple[int, ...]]]


def overview(
    corpus: Corpus,
    pivot: int,
    *,
    threshold: float | None = None,
    should_stop: Callable[[], bool] | None = None,
    edits: Mapping[int, tuple[Links, Links]] | None = None,
) -> Overview:
    """Compare loaded article ``pivot`` with every other loaded article (``edits``: article ->
    (links made, links removed) by hand between the pivot and it)."""
    others = tuple(k for k in range(len(corpus.analyses)) if k != pivot)
    if not others:
        raise ValueError("an overview needs at least two articles")
    kw = {} if threshold is None else {"threshold": threshold}
    edits = edits or {}
    comparisons = []
    for k in others:
        manual, removed = edits.get(k, ((), ()))
        comparisons.append(
            corpus.compare(pivot, k, should_stop=should_stop, manual=manual, removed=removed, **kw)
        )
    pairs_of: list[dict[int, list[int]]] = []  # per comparison: pivot sentence -> its pairs
    for cmp in comparisons:
        index: dict[int, list[int]] = {}
        for n, p in enumerate(cmp.pairs):
            for i in p.a:
                index.setdefault(i, []).append(n)
        pairs_of.append(index)
    rows = []
    for s in comparisons[0].a.sentences:
        if s.kind != PROSE:
            continue
        cells = []
        for cmp, index in zip(comparisons, pairs_of, strict=True):
            found = index.get(s.index, [])
            if not found:
                cells.append(Cell())
                continue
            levels = {cmp.pairs[n].level for n in found}
            cells.append(
                Cell(
                    tuple(sorted({j for n in found for j in cmp.pairs[n].b})),
                    next(lv for lv in _STRENGTH if lv in levels),
                    tuple(found),
                )
            )
        rows.append(ClaimRow(s.index, tuple(cells)))
    return Overview(pivot, others, tuple(comparisons), tuple(rows))
