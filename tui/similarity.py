"""Sentence similarity: TF-IDF cosine over stemmed content words, with PPDB paraphrase credit.

The score of two sentences is the cosine of their TF-IDF vectors (content words, ``light_stem``)
where, after the exact matches, the leftover terms are paired greedily one-to-one through the
PPDB lexical paraphrase list (*jailed / imprisoned*, *said / told*), each such pair adding
``SOFT_WEIGHT`` times the product of its weights to the dot product (norms unchanged). IDF comes
from a fitted corpus; unseen words get the IDF of a word seen once.

``score_pairs(list_a, list_b)`` is the scorer for ``sim_eval.py run --scorer
tui.similarity:score_pairs``; it blends in a light word-overlap (Jaccard) term and a small
penalty when the two sentences state different numbers, which is what paraphrase judges reward.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from functools import lru_cache
from importlib import resources

from tui.text import STOPWORDS, is_content, light_stem, tokens

#: Credit for a paraphrase pair relative to an exact match (chosen on STS-B dev).
SOFT_WEIGHT = 0.7

_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")
_TERM = re.compile(r"\d+(?:[.,]\d+)*(?!\w)|\w+(?:['’]\w+)*")


def content_terms(text: str) -> list[str]:
    """Stems of the content words of ``text`` and its numbers, in order (with repeats)."""
    out = []
    for m in _TERM.finditer(text):
        w = m.group().lower().replace("’", "'")
        if w[0].isdigit() and _NUMBER.fullmatch(w):
            out.append(w.replace(",", ""))
        elif is_content(w):
            out.append(_stem(w))
    return out


_stem = lru_cache(maxsize=200_000)(light_stem)


@lru_cache(maxsize=1)
def paraphrases() -> Mapping[str, frozenset[str]]:
    """PPDB lexical paraphrase pairs as stem -> stems (symmetric); loaded once, about 0.3 s."""
    pairs: dict[str, set[str]] = {}
    data = resources.files("tui") / "data" / "ppdb-lexical-pairs.tsv"
    stem_of: dict[str, str] = {}
    with data.open("r", encoding="utf-8") as fh:
        for line in fh:
            w1, _, w2 = line.rstrip("\n").partition("\t")
            if not w2:
                continue
            s1 = stem_of.get(w1) or stem_of.setdefault(w1, light_stem(w1))
            s2 = stem_of.get(w2) or stem_of.setdefault(w2, light_stem(w2))
            if s1 == s2 or s1 in STOPWORDS or s2 in STOPWORDS:
                continue
            pairs.setdefault(s1, set()).add(s2)
            pairs.setdefault(s2, set()).add(s1)
    return {k: frozenset(v) for k, v in pairs.items()}


class Idf:
    """Inverse document frequency of terms over a set of texts (each text one document)."""

    __slots__ = ("df", "n", "_cache")

    def __init__(self, df: Mapping[str, int] | None = None, n: int = 0) -> None:
        self.df: Mapping[str, int] = df or {}
        self.n = n
        self._cache: dict[str, float] = {}

    @classmethod
    def from_terms(cls, docs: Iterable[Iterable[str]]) -> Idf:
        """IDF from documents already turned into terms."""
        df: Counter[str] = Counter()
        n = 0
        for terms in docs:
            df.update(set(terms))
            n += 1
        return cls(df, n)

    @classmethod
    def from_texts(cls, texts: Iterable[str]) -> Idf:
        """IDF from distinct texts."""
        return cls.from_terms(content_terms(t) for t in dict.fromkeys(texts))

    def __call__(self, term: str) -> float:
        v = self._cache.get(term)
        if v is None:
            v = math.log((1 + self.n) / (1 + self.df.get(term, 0))) + 1.0
            self._cache[term] = v
        return v


def weigh(terms: Iterable[str], idf: Idf) -> tuple[dict[str, float], float]:
    """TF-IDF vector of a term list and its L2 norm."""
    vec = {t: c * idf(t) for t, c in Counter(terms).items()}
    return vec, math.sqrt(sum(w * w for w in vec.values()))


def soft_matches(
    va: Mapping[str, float], vb: Mapping[str, float], para: Mapping[str, frozenset[str]]
) -> list[tuple[float, str, str]]:
    """Greedy one-to-one paraphrase pairs among terms of one side missing from the other.

    Returns (weight product, term of a, term of b), best first. The order is symmetric in
    ``a`` and ``b`` (ties broken on the sorted term pair), so swapping sides mirrors the result.
    """
    cands = []
    kb = vb.keys()
    for t, wa in va.items():
        near = para.get(t)
        if not near or t in vb:
            continue
        for u in near & kb if len(near) > len(vb) else (u for u in kb if u in near):
            if u not in va:
                cands.append((wa * vb[u], t, u))
    if not cands:
        return []
    cands.sort(key=lambda c: (-c[0], min(c[1], c[2]), max(c[1], c[2])))
    used_a: set[str] = set()
    used_b: set[str] = set()
    out = []
    for c in cands:
        if c[1] in used_a or c[2] in used_b:
            continue
        used_a.add(c[1])
        used_b.add(c[2])
        out.append(c)
    return out


def soft_cosine(
    va: Mapping[str, float],
    na: float,
    vb: Mapping[str, float],
    nb: float,
    para: Mapping[str, frozenset[str]] | None = None,
    soft: float = SOFT_WEIGHT,
) -> float:
    """Cosine of two weighted term vectors, plus ``soft`` credit for paraphrase pairs."""
    if na == 0.0 or nb == 0.0:
        return 0.0
    small, big = (va, vb) if len(va) <= len(vb) else (vb, va)
    dot = math.fsum(w * big[t] for t, w in small.items() if t in big)
    if para is not None and soft:
        dot += soft * math.fsum(c[0] for c in soft_matches(va, vb, para))
    return min(1.0, dot / (na * nb))


def _words(text: str) -> set[str]:
    return {light_stem(w) for _s, _e, w in tokens(text)}


def _numbers(text: str) -> frozenset[str]:
    return frozenset(m.group().replace(",", "") for m in _NUMBER.finditer(text))


class PairScorer:
    """Sentence-pair scorer: soft TF-IDF cosine blended with word-set Jaccard.

    ``fit(texts)`` sets the IDF; without it, the IDF comes from the pairs being scored.
    """

    def __init__(
        self,
        *,
        soft: float = SOFT_WEIGHT,
        jaccard: float = 0.3,
        number_penalty: float = 0.1,
    ) -> None:
        self.soft = soft
        self.jaccard = jaccard
        self.number_penalty = number_penalty
        self.idf: Idf | None = None

    def fit(self, texts: Iterable[str]) -> PairScorer:
        """Estimate IDF from ``texts`` (distinct sentences; no labels)."""
        self.idf = Idf.from_texts(texts)
        return self

    def score(self, x: str, y: str, idf: Idf | None = None) -> float:
        """Similarity of two sentences, 0..1."""
        idf = idf or self.idf or Idf.from_texts([x, y])
        para = paraphrases() if self.soft else None
        va, na = weigh(content_terms(x), idf)
        vb, nb = weigh(content_terms(y), idf)
        s = soft_cosine(va, na, vb, nb, para, self.soft)
        if self.jaccard:
            wx, wy = _words(x), _words(y)
            union = wx | wy
            j = len(wx & wy) / len(union) if union else 0.0
            s = (1.0 - self.jaccard) * s + self.jaccard * j
        if self.number_penalty:
            nx, ny = _numbers(x), _numbers(y)
            if nx and ny and nx != ny:
                s *= 1.0 - self.number_penalty
        return s

    def __call__(self, list_a: Sequence[str], list_b: Sequence[str]) -> list[float]:
        idf = self.idf or Idf.from_texts(list(list_a) + list(list_b))
        return [self.score(x, y, idf) for x, y in zip(list_a, list_b, strict=True)]


#: The benchmark scorer: ``score_pairs(list_a, list_b) -> list[float]`` with ``.fit(texts)``.
score_pairs = PairScorer()
