"""Topic alignment of two articles' sentences: which sentences of A and B state the same claim.

How a pair is scored (see ``tui.similarity`` for the word-level parts):

- each sentence becomes a weighted term vector: stemmed content words and numbers weighted by
  their IDF over ``corpus`` (all loaded articles, so the event's own words such as "North Korean"
  or "Kursk", found everywhere, weigh little), plus its entity-cluster ids (spelling variants
  match) and its measure keys (the same counted thing on both sides is evidence for a link even
  when the figures differ, unless they are of another scope: over ``SCOPE_RATIO`` apart);
  reporting verbs (said, told, according) weigh little, so a quote and its reported form score
  alike;
- the score is the soft cosine of the two vectors (PPDB paraphrase pairs get partial credit),
  blended with the best clause pair (clauses split at ; : — , / and "while", "with", "as"), so a
  fact stated as one clause of a long sentence still links;
- a pair needs shared evidence beyond the event's common words (``MIN_EVIDENCE``), so two
  sentences that only share the topic do not link.

Decoding: a pair links when its score reaches the threshold and is within ``RATIO`` of the best
score of both its sentences (mutual best always qualifies; close seconds give one-to-many); two
ledes need less (``LEDE_FLOOR``).
Candidates come from an inverted index over informative terms, capped per sentence, so long
articles stay fast. Every step is symmetric: ``align(b, a)`` mirrors ``align(a, b)`` exactly.
"""

from __future__ import annotations

import gc
import heapq
import itertools
import math
import re
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from functools import lru_cache

from rapidfuzz.distance import Indel

from tui.similarity import Idf, content_terms, paraphrases, soft_matches
from tui.text import REPORTING as _REPORTING
from tui.text import STOPWORDS, is_content, light_stem, tokens

DEFAULT_THRESHOLD = 0.30

#: Two sentences quoting one passage score at least this, and are linked whatever their
#: other links (the same words in quote marks are one statement, and its wording is compared).
QUOTE_SCORE = 0.5
QUOTE_MIN_WORDS = 4
QUOTE_SHARE = 0.6
#: Two sentences giving two of the same precise figures (2.1 and 2.4; 1,147) score at least this.
FIGURES_SCORE = 0.5
#: Two articles' first sentences both say what happened: they are linked from this share of
#: the threshold, whatever better partner either has (a lede's "more than 1,000 points" links to
#: the other's "about 1,034 points" though that meets "1,033.99 points" better).
LEDE_FLOOR = 0.85
#: A precise figure: with decimals, or a whole number of three digits or more not ending in 0
#: and not a year (19xx, 20xx).
_PRECISE = re.compile(r"\d+\.\d+|(?!19\d\d$|20\d\d$)[1-9]\d+[1-9]")
#: A linked pair scores at least this share of the best score of each of its two sentences.
RATIO = 0.8
#: Weight of the best clause pair against the whole-sentence score.
CLAUSE_BLEND = 0.5
#: A link whose best clause pair scores at least this share of the whole-sentence score rests
#: on those clauses (it competes only with links on the same clause).
CLAUSE_REST = 0.75
#: A clause pair sharing less than this has its score scaled down in proportion (in units of
#: the weight of a word seen once in the corpus).
CLAUSE_MIN_SHARED = 1.0
#: Minimum shared weight (exact terms, or paraphrases at ``SOFT``) for a link, in the same units.
MIN_EVIDENCE = 0.6
#: Minimum shared weight of plain words (not entity ids, measure keys or reporting words), in
#: the same units: two sentences that share only who and how many ("two soldiers ... Security
#: Service") but nothing of what happened state different facts (benchmarks/seed_links.py: 6 of
#: 16 wrong links are below 0.8 units, every right link is above 1.2; DEplain-web dev F1 53.2 ->
#: 53.7).
MIN_WORD_EVIDENCE = 1.0
#: Credit of a paraphrase pair, relative to an exact match.
SOFT = 0.7
#: Relative weight of an entity-cluster id and of a measure key (the same counted thing, such
#: as troops killed or wounded, is strong evidence even when the figures differ; tuned on the
#: seeds: 13/16 expected links at 1.0, 15/16 at 3.0).
ENTITY_WEIGHT = 1.0
MEASURE_WEIGHT = 3.0
#: A measure key that names what happened (troops killed or wounded), not only what is counted,
#: weighs more: two figures for the same casualties are the conflicts the tool is for
#: (benchmarks/seed_links.py: 45/47 right links at 3.0, 47/47 at 4.0, no wrong link added).
EVENT_MEASURE_WEIGHT = 4.0
#: Durations say little of what is timed ("jailed for three months", "a three-month state of
#: emergency").
DURATION_WEIGHT = 2.0
#: ... and a date: "sworn in on December 22" / "will take office on Dec. 23" (a day of one month).
DATE_WEIGHT = 1.5
_EVENTS = frozenset(("killed", "wounded", "casualties"))
#: Sentences (of both sides) that may count a thing for that alone to let two of them be
#: scored without sharing a word.
RARE_COUNTED = 2
#: Measures too common to say two sentences count the same thing.
_GENERIC = frozenset(("percent", "duration", "people", "age", "length_km", "area_km2", "mass_t"))
#: Relative weight of reporting words, which say who spoke, not what was said.
REPORTING_WEIGHT = 0.25
#: Added to ln((1+N)/(1+df)); small, so words found all over the loaded articles weigh little.
IDF_SMOOTH = 0.2
#: Fewer texts than this: IDF as if the rest were unrelated texts (tiny inputs stay sensible).
MIN_DOCS = 20
#: Exponent on the word IDF: above 1 lets specific shared words outweigh common ones.
IDF_POWER = 1.5
#: Candidate pairs kept per sentence (each side), from the inverted index.
MAX_CANDIDATES = 12
#: Terms found in more sentences than max(POSTING_MIN, all sentences / POSTING_SHARE), and never
#: more than POSTING_MAX, do not propose candidates (they still count in the score).
POSTING_MIN, POSTING_SHARE, POSTING_MAX = 30, 40, 150
#: Links kept per sentence at most (its best partners), so repeated text cannot fan out.
MAX_LINKS = 3
#: How often (rows) ``should_stop`` is polled.
POLL_EVERY = 100

_CLAUSE = re.compile(
    # (not the colon of a time: "11:10")
    r"\s*(?:;|(?<!\d):|:(?!\d)|[—–])\s*|,\s+|\s+/\s+|\s+(?:while|whilst|whereas|with|as)\s+"
    # a second predicate that reports: "declared an emergency and said homes would be rebuilt"
    r"|\s+and\s+(?=(?:said|says|told|added|announced|promised|pledged|vowed|warned|noted|"
    r"confirmed|claimed|insisted|stressed|estimated)\b)"
    # ... or that gives another figure: "145 people died and more than 1,000 were hurt"
    r"|\s+and\s+(?=(?:(?:more|fewer|less)\s+than|over|at\s+least|about|nearly|almost|some|"
    r"around|up\s+to|another)?\s*\d)",
    re.I,
)
_MIN_CLAUSE_TERMS = 3
_ENT, _MEAS = "\x01", "\x02"


@dataclass(frozen=True, slots=True)
class AlignUnit:
    """What the aligner knows about one sentence."""

    text: str
    eligible: bool = True
    entities: frozenset[str] = field(default_factory=frozenset)
    #: What its figures measure; None: unknown (guessed from the text: '11,000 troops').
    measures: frozenset[str] | None = None
    quoted: frozenset[str] = field(default_factory=frozenset)  # words it quotes (lower case)
    #: Where in ``text`` each measure's figure stands (offset, measure), so that a clause
    #: carries the measures of its own figures; without it, every clause with a figure carries
    #: them all.
    measure_at: tuple[tuple[int, str], ...] = ()
    #: Its figures as (measure, value): a link between two sentences whose figures for one
    #: measure differ, each figure stated exactly by another partner, is left out.
    figures: frozenset[tuple[str, float]] = field(default_factory=frozenset)
    #: A line of a list of figures ("Price: R$95 per dose"), not prose.
    listed: bool = False
    #: The article's first prose sentence (after its dateline), which says what happened.
    lede: bool = False
    #: Its figures as (number term, measure, value in the measure's base unit, unit): a figure
    #: the other side gives in another unit or rounded ("20,830 MW" / "20.8 GW") is one term.
    numbers: tuple[tuple[str, str, float, str], ...] = ()


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


class _Prepared:
    """One eligible sentence as weighted vectors (whole and per clause)."""

    __slots__ = (
        "vec",
        "words",
        "norm",
        "clauses",
        "keys",
        "para_only",
        "figures",
        "counted",
        "values",
    )

    def __init__(self, vec: dict[str, float], clauses: list[_Clause], para):
        self.vec = vec
        self.words = {
            t: w for t, w in vec.items() if not t.startswith((_ENT, _MEAS)) and t not in _REPORTING
        }
        self.norm = math.sqrt(math.fsum(w * w for w in vec.values()))
        self.clauses = clauses
        self.keys = frozenset(vec)
        self.para_only = _paraphrase_reach(vec, para) - self.keys
        self.figures = frozenset(t for t in vec if _PRECISE.fullmatch(t))
        self.counted: frozenset[str] = frozenset()
        #: measure key -> the figures the sentence gives for it
        self.values: dict[str, tuple[float, ...]] = {}


class _Clause:
    """A clause vector, its norm, and every term it could match (itself or a paraphrase)."""

    __slots__ = ("vec", "norm", "reach", "para_only")

    def __init__(self, vec: dict[str, float], norm: float, para) -> None:
        self.vec = vec
        self.norm = norm
        self.reach = _paraphrase_reach(vec, para)
        self.para_only = self.reach - vec.keys()


def _paraphrase_reach(vec: dict[str, float], para) -> frozenset[str]:
    """The terms of ``vec`` and all their paraphrases."""
    reach = set(vec)
    for t in vec:
        reach.update(para.get(t, ()))
    return frozenset(reach)


class _Weights:
    """Term weights: corpus IDF for words, pair-local IDF for entity ids and measure keys."""

    def __init__(self, words: Idf, tags: Idf) -> None:
        self.words = words
        self.tags = tags
        self._cache: dict[str, float] = {}
        n = max(words.n, MIN_DOCS)
        #: Weight of a word seen once: the unit of the evidence thresholds.
        self.unit = (math.log((1 + n) / 2) + IDF_SMOOTH) ** IDF_POWER

    def __call__(self, term: str) -> float:
        w = self._cache.get(term)
        if w is None:
            if term.startswith(_ENT):
                w = ENTITY_WEIGHT * self.tags(term)
            elif term.startswith(_MEAS):
                kind = term.rpartition(":")[2]
                w = self.tags(term) * (
                    EVENT_MEASURE_WEIGHT
                    if kind in _EVENTS
                    else DURATION_WEIGHT
                    if term.startswith(_MEAS + "duration")
                    else DATE_WEIGHT
                    if term.startswith(_MEAS + "date:")
                    else MEASURE_WEIGHT
                )
            else:
                idf = self.words
                n = max(idf.n, MIN_DOCS)
                w = (math.log((1 + n) / (1 + idf.df.get(term, 0))) + IDF_SMOOTH) ** IDF_POWER
                if term in _REPORTING:
                    w *= REPORTING_WEIGHT
            self._cache[term] = w
        return w


_COUNTED = re.compile(
    r"\d[\d,.]*(?:\s+(?:million|billion|thousand|hundred))?"
    r"((?:\s+(?:of|the|its|their|his|her|our|more|than|some|about|[A-Za-z][\w’'-]*)){1,4})"
)
_NOT_COUNTED = STOPWORDS | {"percent", "per", "cent", "year", "years", "month", "months", "day"}


def _counted(text: str) -> set[str]:
    """What the numbers of ``text`` count, when no measure keys were given: '11,000 troops'."""
    out = set()
    for m in _COUNTED.finditer(text):
        run: list[str] = []
        for w in m.group(1).split():
            lw = w.lower().strip("’'")
            if lw in STOPWORDS:
                if run:
                    break
                continue
            run.append(lw)
            if not w[:1].isupper():
                break
        if run and run[-1].isalpha() and run[-1] not in _NOT_COUNTED:
            out.add(light_stem(run[-1]))
    return out


def _tags(u: AlignUnit) -> list[str]:
    measures = _counted(u.text) if u.measures is None else u.measures
    return [_ENT + e for e in sorted(u.entities)] + [_MEAS + m for m in sorted(measures)]


def _vector(terms: Sequence[str], weight: _Weights) -> dict[str, float]:
    return {t: c * weight(t) for t, c in Counter(terms).items()}


@lru_cache(maxsize=1 << 16)
def _split(text: str) -> tuple[tuple[int, ...], tuple[tuple[str, ...], ...]]:
    """Where each clause-sized part of ``text`` starts, and its content terms (together, the
    text's: the separators hold no term). A part of names and figures only ("Daniel Hargreave,
    61, was ...", "ANKARA (Reuters) - ...") is one with the next. Cached: realigning (a new
    threshold, another pair) reuses them."""
    seps = [m.span() for m in _CLAUSE.finditer(text)]
    starts = [0, *(e for _s, e in seps)]
    ends = [*(s for s, _e in seps), len(text)]
    out_starts: list[int] = []
    out_parts: list[tuple[str, ...]] = []
    carry: tuple[str, ...] | None = None
    for k, (s, e) in enumerate(zip(starts, ends, strict=True)):
        terms = tuple(t for t in content_terms(text[s:e]) if not _CLOCK_TERM.fullmatch(t))
        if carry is not None:
            terms = carry + terms
        else:
            out_starts.append(s)
        if k + 1 < len(starts) and _NAMES_ONLY.fullmatch(text, s, e):
            carry = terms
            continue
        carry = None
        out_parts.append(terms)
    return tuple(out_starts), tuple(out_parts)


#: A clock time's term ("t0240"): no topic ("called at 2.40am" / "called at 2.45am")
_CLOCK_TERM = re.compile(r"t\d{4}")


#: A part that is only capitalised words and figures: a name, an age, a dateline.
_NAME_TOKEN = r"(?:[A-Z][\w'’.-]*|\d[\d,.]*)"
_NAMES_ONLY = re.compile(rf"[\s()]*{_NAME_TOKEN}(?:[\s()]+{_NAME_TOKEN})*[\s()]*")


def _parts(text: str) -> tuple[tuple[str, ...], ...]:
    """Content terms of each clause-sized part of ``text`` (see ``_split``)."""
    return _split(text)[1]


def _terms(text: str) -> tuple[str, ...]:
    """Content terms of ``text`` (as ``content_terms``), from the cached parts."""
    return tuple(t for p in _parts(text) for t in p)


def _part_starts(text: str) -> tuple[int, ...]:
    """Where each of ``_parts(text)`` starts in ``text``."""
    return _split(text)[0]


def _clauses(parts: Sequence[tuple[str, ...]]) -> list[tuple[tuple[str, ...], int]]:
    """Clause parts merged until each has enough terms, each with the index of the part after
    its last; empty when the sentence is one clause."""
    merged: list[tuple[tuple[str, ...], int]] = []
    for k, p in enumerate(parts, 1):
        if merged and len(merged[-1][0]) < _MIN_CLAUSE_TERMS:
            merged[-1] = (merged[-1][0] + p, k)
        else:
            merged.append((p, k))
    if len(merged) > 1 and len(merged[-1][0]) < _MIN_CLAUSE_TERMS:
        last, k = merged.pop()
        merged[-1] = (merged[-1][0] + last, k)
    return merged if len(merged) > 1 else []


_NUMBER_WORDS = frozenset(
    light_stem(w)  # terms are stems: "three" is "thre"
    for w in (
        "two three four five six seven eight nine ten eleven twelve twenty thirty forty fifty "
        "hundred thousand million billion dozen half quarter"
    ).split()
)


def _has_figure(terms: Sequence[str]) -> bool:
    return any(t[:1].isdigit() or t in _NUMBER_WORDS for t in terms)


def _prepare(u: AlignUnit, parts: Sequence[tuple[str, ...]], weight: _Weights, para) -> _Prepared:
    terms = [t for p in parts for t in p]
    tags = _tags(u)
    vec = _vector(terms + tags, weight)
    # a clause carries the measure keys of its figures (what is counted)
    measures = [t for t in tags if t.startswith(_MEAS)]
    starts = _part_starts(u.text) if u.measure_at else ()
    clauses = []
    first = 0
    for c, end in _clauses(parts) or [(terms, len(parts))]:
        if starts:
            lo = starts[first]
            hi = starts[end] if end < len(starts) else len(u.text)
            own = sorted({_MEAS + m for at, m in u.measure_at if lo <= at < hi} & set(measures))
        else:
            own = measures if _has_figure(c) else []
        first = end
        cv = _vector([*c, *own], weight)
        n = math.sqrt(math.fsum(w * w for w in cv.values()))
        if n:
            clauses.append(_Clause(cv, n, para))
    prepared = _Prepared(vec, clauses, para)
    # what its figures count, when few sentences count it: "39 buildings" / "41 buildings"
    prepared.counted = frozenset(
        t for t in measures if t[1:] not in _GENERIC and weight.tags.df.get(t, 0) <= RARE_COUNTED
    )
    for m, v in u.figures:
        if v > 0:
            prepared.values.setdefault(_MEAS + m, ())
            prepared.values[_MEAS + m] += (v,)
    return prepared


#: Figures of one measure further apart than this factor count different things ("employs about
#: 4 million people", an industry, / "1,100 staff", a factory): no evidence for a link.
SCOPE_RATIO = 100.0


def _other_scope(pa: _Prepared, pb: _Prepared) -> frozenset[str]:
    """The measure keys both sentences give figures for, every pair of them over ``SCOPE_RATIO``
    apart."""
    if not pa.values or not pb.values:
        return frozenset()
    return frozenset(
        t
        for t in pa.values.keys() & pb.values.keys()
        if all(max(x, y) > SCOPE_RATIO * min(x, y) for x in pa.values[t] for y in pb.values[t])
    )


def _without(v: dict[str, float], keys: frozenset[str]) -> dict[str, float]:
    return {t: w for t, w in v.items() if t not in keys}


def _overlap(va: dict[str, float], vb: dict[str, float], para) -> tuple[float, float]:
    """Dot product and shared weight (geometric mean of the two sides' weights) of two vectors,
    paraphrase pairs counting at ``SOFT``; one matching pass for both."""
    prods = [va[t] * vb[t] for t in va.keys() & vb.keys()]
    dot = math.fsum(prods)  # fsum: the same sum whatever the (hash) order, so A|B mirrors B|A
    shared = math.fsum(map(math.sqrt, prods))
    if para is not None:
        soft = [c[0] for c in soft_matches(va, vb, para)]
        if soft:
            dot += SOFT * math.fsum(soft)
            shared += SOFT * math.fsum(map(math.sqrt, soft))
    return dot, shared


def _para_if(x: _Prepared | _Clause, y: _Prepared | _Clause, para):
    """``para`` when a paraphrase pair between the two is possible, else None (a shortcut)."""
    return None if x.para_only.isdisjoint(y.vec) else para


def _cosine(dot: float, na: float, nb: float) -> float:
    return min(1.0, dot / (na * nb)) if na and nb else 0.0


def _score(pa: _Prepared, pb: _Prepared, para, unit: float) -> tuple[float, int, int]:
    """The pair's score and the clauses (index on each side, -1 for the whole sentence) it rests
    on; a score of 0 when the sentences share too little (``MIN_EVIDENCE`` in all,
    ``MIN_WORD_EVIDENCE`` in plain words) to be linked at all. A measure whose figures are of
    another scope on each side (``_other_scope``) is matched by neither vector nor clause."""
    apart = _other_scope(pa, pb)
    vb = _without(pb.vec, apart) if apart else pb.vec
    dot, shared = _overlap(pa.vec, vb, _para_if(pa, pb, para))
    if shared < MIN_EVIDENCE * unit:
        return 0.0, -1, -1
    if _overlap(pa.words, pb.words, _para_if(pa, pb, para))[1] < MIN_WORD_EVIDENCE * unit and (
        pa.counted.isdisjoint(pb.counted - apart)
    ):
        return 0.0, -1, -1
    whole = _cosine(dot, pa.norm, pb.norm)
    best, where = 0.0, (-1, -1)
    if len(pa.clauses) > 1 or len(pb.clauses) > 1:
        floor = CLAUSE_REST * whole
        for x, ca in enumerate(pa.clauses):
            for y, cb in enumerate(pb.clauses):
                cvb = _without(cb.vec, apart) if apart else cb.vec
                if ca.reach.isdisjoint(cvb):
                    continue
                c_dot, c_shared = _overlap(ca.vec, cvb, _para_if(ca, cb, para))
                s = _cosine(c_dot, ca.norm, cb.norm)
                if s > best and s >= floor:
                    s *= min(1.0, c_shared / (CLAUSE_MIN_SHARED * unit))
                    if s > best:
                        best, where = s, (x, y)
    if best > whole:
        return (1.0 - CLAUSE_BLEND) * whole + CLAUSE_BLEND * best, *where
    if best and best >= floor:
        return whole, *where
    return whole, -1, -1


def _same_quote(qa: frozenset[str], qb: frozenset[str]) -> bool:
    """Both sentences quote one passage: most of the shorter quote's words, two of them content
    words ("betrayed the trust of every resident" / "... every single resident of this city")."""
    shared = qa & qb
    return (
        len(shared) >= QUOTE_MIN_WORDS
        and len(shared) >= QUOTE_SHARE * min(len(qa), len(qb))
        and sum(map(is_content, shared)) >= 2
    )


#: A sentence of one side, and whether the partners it is ranked among are list lines
_Key = tuple[int, bool]


class _Bests:
    """The best link score of each sentence of one side: over all its links, over its links on
    the whole sentence, per clause, and per clause and shared count."""

    __slots__ = ("best", "top", "whole", "clause")

    def __init__(self, entries: Iterable[tuple[_Key, int, frozenset[str], float]]) -> None:
        best: dict[tuple[_Key, int, frozenset[str]], float] = {}
        top: dict[_Key, float] = {}
        whole: dict[_Key, float] = {}
        clause: dict[tuple[_Key, int], float] = {}
        for k, c, mk, s in entries:
            if s > best.get((k, c, mk), 0.0):
                best[(k, c, mk)] = s
            if s > top.get(k, 0.0):
                top[k] = s
            if c < 0:
                if s > whole.get(k, 0.0):
                    whole[k] = s
            elif s > clause.get((k, c), 0.0):
                clause[(k, c)] = s
        self.best, self.top, self.whole, self.clause = best, top, whole, clause

    def rival(self, k: _Key, c: int, mk: frozenset[str]) -> float:
        """What a link of sentence ``k`` on clause ``c`` (-1: the whole sentence) counting ``mk``
        must come near: the best link on that clause counting the same or nothing (one counting
        nothing faces them all), or on the whole sentence (which faces every link)."""
        if c < 0:
            return self.top[k]
        on_clause = self.best.get((k, c, mk), 0.0) if mk else self.clause[(k, c)]
        return max(on_clause, self.best.get((k, c, frozenset()), 0.0), self.whole.get(k, 0.0))


def _candidates(
    side: list[tuple[int, _Prepared]],
    index: dict[str, list[tuple[int, float]]],
    cap: int,
    should_stop: Callable[[], bool] | None,
) -> set[tuple[int, int]] | None:
    """Pairs (own index, other index) of each sentence's best candidates by shared rare terms."""
    out: set[tuple[int, int]] = set()
    for n, (i, p) in enumerate(side):
        if should_stop is not None and n % POLL_EVERY == 0 and should_stop():
            return None
        hits: dict[int, float] = {}
        get = hits.get
        for t, w in p.vec.items():
            post = index.get(t)
            if post is not None and len(post) <= cap:
                for j, wj in post:
                    hits[j] = get(j, 0.0) + w * wj
        if len(hits) <= MAX_CANDIDATES:
            out.update((i, j) for j in hits)
        else:  # best shared weight first, ties by index
            top = heapq.nlargest(MAX_CANDIDATES, hits.items(), key=lambda h: (h[1], -h[0]))
            out.update((i, j) for j, _ in top)
    return out


def _close_figures(fa: frozenset[tuple[str, float]], fb: frozenset[tuple[str, float]]) -> int:
    """How many figures of one side meet a figure of the same measure on the other within a
    rounding (1%), leaving out small whole counts: "$18.12 billion ... $16.18 billion" /
    "$18.1bn ... $16.2bn" give two."""
    if not fa or not fb:
        return 0

    def met(xs: frozenset[tuple[str, float]], ys: frozenset[tuple[str, float]]) -> int:
        return sum(
            any(my == mx and abs(vx - vy) <= 0.01 * max(abs(vx), abs(vy)) for my, vy in ys)
            for mx, vx in xs
            if vx and (abs(vx) >= 100 or not float(vx).is_integer())
        )

    # both ways: "97.1% from 97.3%" has two figures near "97.1%", which has one near them
    return min(met(fa, fb), met(fb, fa))


#: A figure converted to another unit meets the other within this share ("400 metres" / "1,312
#: feet").
CONVERTED_TOLERANCE = 0.02


def _rounded(x: str, y: str) -> bool:
    """Whether one of two figures in one unit is the other rounded: "16.2" / "16.18" (not "95" /
    "94.40", nor "4" / "4km", which are one figure written two ways)."""
    dx, dy = x.partition(".")[2], y.partition(".")[2]
    if len(dx) == len(dy):
        return False
    short, long_ = (x, y) if len(dx) < len(dy) else (y, x)
    try:
        return float(short) == round(float(long_), len(short.partition(".")[2]))
    except ValueError:
        return False


def _same_figures(
    a: Sequence[AlignUnit], b: Sequence[AlignUnit], elig_a: Sequence[int], elig_b: Sequence[int]
) -> tuple[
    tuple[dict[int, dict[str, str]], dict[int, dict[str, str]]],
    tuple[dict[int, frozenset[tuple[str, float]]], dict[int, frozenset[tuple[str, float]]]],
]:
    """The figures one article gives in another unit or rounded than the other ("20,830 MW" /
    "20.8 GW"), as (per side, sentence -> {number term: shared term}) and (per side, sentence
    -> its figures as (measure, value) where such figures have one value): a figure so met is
    evidence for a link, and meets its equal, as a figure written alike does."""
    # a figure: (side, number term, unit, value in the base unit) -> the sentences giving it
    where: dict[tuple[int, str, str, float], list[int]] = {}
    by_measure: dict[str, set[tuple[float, int, str, str]]] = {}
    for side, units, elig in ((0, a, elig_a), (1, b, elig_b)):
        for k in elig:
            for term, measure, value, unit in units[k].numbers:
                if value > 0:
                    where.setdefault((side, term, unit, value), []).append(k)
                    by_measure.setdefault(measure, set()).add((value, side, term, unit))
    parent: dict[tuple, tuple] = {}

    def root(f: tuple) -> tuple:
        while parent.get(f, f) != f:
            f = parent[f]
        return f

    for figures in by_measure.values():
        ranked = sorted(figures)
        for n, (v, side, term, unit) in enumerate(ranked):
            for w, side2, term2, unit2 in itertools.islice(ranked, n + 1, None):
                if w > v * (1 + CONVERTED_TOLERANCE):
                    break
                if side2 != side and (term2 == term or unit2 != unit or _rounded(term, term2)):
                    x = root((side, term, unit, v))
                    y = root((side2, term2, unit2, w))
                    if x != y:
                        parent[max(x, y)] = min(x, y)
    groups: dict[tuple, list[tuple]] = {}
    for f in parent:
        groups.setdefault(root(f), []).append(f)
    respelt: tuple[dict[int, dict[str, str]], dict[int, dict[str, str]]] = ({}, {})
    value: dict[tuple, float] = {}
    for r, members in groups.items():
        members.append(r)
        shared = min(m[1] for m in members)
        for f in members:
            value[f] = r[3]
            if f[1] != shared:
                for k in where[f]:
                    respelt[f[0]].setdefault(k, {})[f[1]] = shared

    def keys(side: int, units: Sequence[AlignUnit]) -> dict[int, frozenset[tuple[str, float]]]:
        return {
            k: frozenset((m, value.get((side, t, unit, v), v)) for t, m, v, unit in u.numbers)
            if u.numbers
            else u.figures
            for k, u in enumerate(units)
        }

    return respelt, (keys(0, a), keys(1, b))


def _drop_crossed_figures(
    fig_a: Mapping[int, frozenset[tuple[str, float]]],
    fig_b: Mapping[int, frozenset[tuple[str, float]]],
    scored: dict[tuple[int, int], float],
) -> None:
    """Leave out a link whose sentences give different figures for one measure when each figure
    meets its equal in another link of its sentence: "killing 18" / "Eighteen people were
    killed" and "killing all 72" / "72 people died" are two events, not four links."""
    exact: dict[tuple[int, int], set[tuple[str, float]]] = {}
    for i, j in scored:
        if fig_a[i] and fig_b[j]:
            same = fig_a[i] & fig_b[j]
            if same:
                exact[(i, j)] = same
    if not exact:
        return
    met_a: dict[int, dict[tuple[str, float], set[int]]] = {}
    met_b: dict[int, dict[tuple[str, float], set[int]]] = {}
    for (i, j), same in exact.items():
        for f in same:
            met_a.setdefault(i, {}).setdefault(f, set()).add(j)
            met_b.setdefault(j, {}).setdefault(f, set()).add(i)
    for i, j in list(scored):
        if (i, j) in exact or i not in met_a or j not in met_b:
            continue
        if any(fb[0] == fa[0] and fb != fa for fa in met_a[i] for fb in met_b[j]):
            del scored[(i, j)]


def align(
    a: Sequence[AlignUnit],
    b: Sequence[AlignUnit],
    *,
    corpus: Sequence[str] = (),
    threshold: float = DEFAULT_THRESHOLD,
    should_stop: Callable[[], bool] | None = None,
    names: Mapping[str, Sequence[str]] | None = None,
) -> Alignment:
    """Link sentences of ``a`` and ``b`` by topic; deterministic and symmetric. ``names`` (entity
    id -> name, then other spellings) lets topic labels give whole names.

    Only eligible units are linked. When ``should_stop()`` returns True (it is polled every
    ``POLL_EVERY`` rows), the alignment stops promptly and an empty ``Alignment`` is returned.
    """
    with _no_cycle_collection():
        return _align(a, b, corpus, threshold, should_stop, names)


@contextmanager
def _no_cycle_collection() -> Iterator[None]:
    """The cyclic garbage collector paused: alignment makes many small objects and no cycles,
    and each full collection walked every object of the loaded articles (about a fifth of the
    time at 2,000 sentences a side). Left as found, so overlapping calls are safe."""
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()


#: Two words of one merged name's spellings are one word when this alike (indel ratio)
SPELLING_SIMILARITY = 0.6


def _spellings(names: Mapping[str, Sequence[str]]) -> dict[str, str]:
    """Terms of a name's other spellings -> the like term of its name ("boubakar" ->
    "boubacar", "zelenskyy" -> "zelensky"); words unlike any of the name's are left alone
    ("Sheikh", an acronym's letters)."""
    out: dict[str, str] = {}
    for forms in names.values():
        if len(forms) < 2:
            continue
        canon = content_terms(forms[0])
        for form in forms[1:]:
            for t in content_terms(form):
                if t in canon or t in out or t[:1].isdigit():
                    continue
                best = max(canon, key=lambda c: (Indel.normalized_similarity(t, c), c), default="")
                if best and Indel.normalized_similarity(t, best) >= SPELLING_SIMILARITY:
                    out[t] = best
    # a name's word may itself be another name's other spelling: follow to the end (no cycles,
    # as a term is mapped once)
    for t in sorted(out):
        seen = {t}
        while out[t] in out and out[t] not in seen:
            seen.add(out[t])
            out[t] = out[out[t]]
        if out[t] == t:
            del out[t]
    return out


class _Paraphrases(Mapping[str, frozenset[str]]):
    """PPDB paraphrase pairs plus the other spellings of the loaded names' words."""

    def __init__(self, para: Mapping[str, frozenset[str]], extra: dict[str, frozenset[str]]):
        self._para = para
        self._extra = extra

    def get(self, term: str, default=None):  # type: ignore[override]  # no KeyError per miss
        extra = self._extra.get(term)
        if extra is None:
            return self._para.get(term, default)
        return extra | self._para.get(term, frozenset())

    def __getitem__(self, term: str) -> frozenset[str]:
        found = self.get(term)
        if found is None:
            raise KeyError(term)
        return found

    def __iter__(self) -> Iterator[str]:
        yield from self._para
        yield from (t for t in self._extra if t not in self._para)

    def __len__(self) -> int:
        return len(self._para) + sum(t not in self._para for t in self._extra)


def _with_spellings(
    para: Mapping[str, frozenset[str]], spell: dict[str, str]
) -> Mapping[str, frozenset[str]]:
    """``para`` where the words of one name's spellings ("boubakar", "boubacar") are also
    paraphrases of each other: matched softly, each weighed as its own side writes it."""
    if not spell:
        return para
    groups: dict[str, set[str]] = {}
    for t, c in spell.items():
        groups.setdefault(c, {c}).add(t)
    extra = {t: frozenset(g - {t}) for g in groups.values() for t in g}
    return _Paraphrases(para, extra)


def _align(
    a: Sequence[AlignUnit],
    b: Sequence[AlignUnit],
    corpus: Sequence[str],
    threshold: float,
    should_stop: Callable[[], bool] | None,
    names: Mapping[str, Sequence[str]] | None,
) -> Alignment:
    elig_a = [i for i, u in enumerate(a) if u.eligible]
    elig_b = [j for j, u in enumerate(b) if u.eligible]
    empty = Alignment((), tuple(elig_a), tuple(elig_b))
    if not elig_a or not elig_b:
        return empty
    parts_a = {i: _parts(a[i].text) for i in elig_a}
    parts_b = {j: _parts(b[j].text) for j in elig_b}
    respelt, figures = _same_figures(a, b, elig_a, elig_b)
    for parts, side in zip((parts_a, parts_b), respelt, strict=True):
        for k, terms in side.items():
            parts[k] = tuple(tuple(terms.get(t, t) for t in p) for p in parts[k])
    # Word IDF over the distinct texts of the corpus and of both sides (order-independent).
    texts = set(corpus) | {a[i].text for i in elig_a} | {b[j].text for j in elig_b}
    words = Idf.from_terms(_terms(t) for t in texts)
    tag_docs = [_tags(a[i]) for i in elig_a] + [_tags(b[j]) for j in elig_b]
    weight = _Weights(words, Idf.from_terms(tag_docs))
    if should_stop is not None and should_stop():
        return empty
    para = _with_spellings(paraphrases(), _spellings(names or {}))
    prep_a = [(i, _prepare(a[i], parts_a[i], weight, para)) for i in elig_a]
    prep_b = [(j, _prepare(b[j], parts_b[j], weight, para)) for j in elig_b]

    # Candidate generation: terms present in few sentences of the two sides, ranked by the
    # weight they share.
    index_a: dict[str, list[tuple[int, float]]] = {}
    index_b: dict[str, list[tuple[int, float]]] = {}
    for i, p in prep_a:
        for t, w in p.vec.items():
            index_a.setdefault(t, []).append((i, w))
    for j, p in prep_b:
        for t, w in p.vec.items():
            index_b.setdefault(t, []).append((j, w))
    cap = min(POSTING_MAX, max(POSTING_MIN, (len(prep_a) + len(prep_b)) // POSTING_SHARE))
    fwd = _candidates(prep_a, index_b, cap, should_stop)
    back = _candidates(prep_b, index_a, cap, should_stop)
    if fwd is None or back is None:
        return empty
    pairs = sorted(fwd | {(i, j) for j, i in back})

    pa_of = dict(prep_a)
    pb_of = dict(prep_b)
    scored: dict[tuple[int, int], float] = {}
    quote_links: set[tuple[int, int]] = set()
    clause_of: dict[tuple[int, int], tuple[int, int]] = {}
    for n, (i, j) in enumerate(pairs):
        if should_stop is not None and n % POLL_EVERY == 0 and should_stop():
            return empty
        pa, pb = pa_of[i], pb_of[j]
        s, ca, cb = _score(pa, pb, para, weight.unit)
        if len(pa.figures & pb.figures) >= 2 or _close_figures(a[i].figures, b[j].figures) >= 2:
            s = max(s, FIGURES_SCORE)  # "eased to 2.1 percent ... from 2.4" / "rose 2.1% ... 2.4%"
        if a[i].quoted and b[j].quoted and _same_quote(a[i].quoted, b[j].quoted):
            s = max(s, QUOTE_SCORE)
            quote_links.add((i, j))
        # two ledes tell what happened, each in its own words: they need a little less
        if s > 0.0 and s >= (threshold * LEDE_FLOOR if a[i].lede and b[j].lede else threshold):
            scored[(i, j)] = s
            clause_of[(i, j)] = (ca, cb)
    _drop_crossed_figures(*figures, scored)
    # The best score of each sentence, per clause it rests on (-1: the whole sentence).
    # ... and per clause and what the link's shared figures count: "killing 142 and injuring
    # 900" links to a death toll and to a count of the injured without one pushing out the other.
    none: frozenset[str] = frozenset()
    counts_of = {
        (i, j): pa_of[i].counted & pb_of[j].counted
        if pa_of[i].counted and pb_of[j].counted
        else none
        for i, j in scored
    }
    # A line of a key-figures list ("First batch: 5 million doses") competes only with other
    # such lines: the prose sentence that says it too keeps its link.
    side_a = _Bests(
        ((i, b[j].listed), clause_of[(i, j)][0], counts_of[(i, j)], s)
        for (i, j), s in scored.items()
    )
    side_b = _Bests(
        ((j, a[i].listed), clause_of[(i, j)][1], counts_of[(i, j)], s)
        for (i, j), s in scored.items()
    )

    # Each sentence keeps its MAX_LINKS best partners; a link needs both ends to keep it.
    # (a link whose shared figures count something of their own has a quota of its own)
    rank_a: dict[tuple[int, frozenset[str]], list[tuple[float, int]]] = {}
    rank_b: dict[tuple[int, frozenset[str]], list[tuple[float, int]]] = {}
    for (i, j), s in scored.items():
        rank_a.setdefault((i, counts_of[(i, j)]), []).append((-s, j))
        rank_b.setdefault((j, counts_of[(i, j)]), []).append((-s, i))
    keep_a = {k: {j for _s, j in sorted(r)[:MAX_LINKS]} for k, r in rank_a.items()}
    keep_b = {k: {i for _s, i in sorted(r)[:MAX_LINKS]} for k, r in rank_b.items()}
    links = []
    for (i, j), s in sorted(scored.items()):
        mk = counts_of[(i, j)]
        if j not in keep_a[(i, mk)] or i not in keep_b[(j, mk)]:
            continue
        ca, cb = clause_of[(i, j)]
        if (
            (i, j) in quote_links
            or (a[i].lede and b[j].lede)
            or (
                s >= RATIO * side_a.rival((i, b[j].listed), ca, mk)
                and s >= RATIO * side_b.rival((j, a[i].listed), cb, mk)
            )
        ):
            topic = _topic(a[i].text, b[j].text, pa_of[i], pb_of[j], para, names or {})
            links.append(Link((i,), (j,), round(min(1.0, s), 4), topic))
    linked_a = {lk.a[0] for lk in links}
    linked_b = {lk.b[0] for lk in links}
    for lk in _stubs(a, b, links, linked_a, linked_b):
        links.append(lk)
        linked_a.add(lk.a[0])
        linked_b.add(lk.b[0])
    links.sort(key=lambda lk: (lk.a, lk.b))
    return Alignment(
        tuple(links),
        tuple(i for i in elig_a if i not in linked_a),
        tuple(j for j in elig_b if j not in linked_b),
    )


#: A sentence too short to be scored on its own words, going on from the one before it
#: ("... died on Sunday at his home. He was 87.")
_STUB = re.compile(r"(?:He|She|It|They)\s+\S+(?:\s+\S+){0,4}")


def _stubs(
    a: Sequence[AlignUnit],
    b: Sequence[AlignUnit],
    links: Sequence[Link],
    linked_a: set[int],
    linked_b: set[int],
) -> list[Link]:
    """Links between two stubs that each follow one end of a link and state a figure of the
    same kind ("He was 87." / "He was 88."): the link's topic goes on into them."""
    out = []
    for lk in links:
        i, j = lk.a[0] + 1, lk.b[0] + 1
        if i >= len(a) or j >= len(b) or i in linked_a or j in linked_b:
            continue
        if any(i in x.a or j in x.b for x in out):
            continue  # one stub, one partner
        ua, ub = a[i], b[j]
        if not (ua.eligible and ub.eligible):
            continue
        if not (_STUB.fullmatch(ua.text.strip()) and _STUB.fullmatch(ub.text.strip())):
            continue
        kinds = sorted({m for m, _v in ua.figures} & {m for m, _v in ub.figures})
        if kinds:
            out.append(Link((i,), (j,), lk.score, kinds[0].partition(":")[0]))
    return out


def _surface(text: str) -> dict[str, list[tuple[float, str, bool]]]:
    """stem -> [(relative position, surface form, sentence-initial)] for the words of ``text``."""
    out: dict[str, list[tuple[float, str, bool]]] = {}
    n = max(1, len(text))
    first = True
    for s, e, w in tokens(text):
        out.setdefault(light_stem(w), []).append((s / n, text[s:e], first))
        first = False
    return out


_surface_cached = lru_cache(maxsize=4096)(_surface)


#: Abbreviations that lose a tie to the word they shorten ("December" over "Dec").
_SHORT_FORMS = frozenset("jan feb mar apr jun jul aug sep sept oct nov dec".split())


def _form(occurrences: list[tuple[float, str, bool]]) -> str:
    inner = [f for _p, f, initial in occurrences if not initial]
    if inner:
        counts = Counter(inner)
        return min(counts, key=lambda f: (-counts[f], f.lower() in _SHORT_FORMS, f))
    forms = sorted(f for _p, f, _i in occurrences)
    f = forms[0]
    return f if f.isupper() and len(f) > 1 else f.lower()


#: Words at most in a phrase label.
PHRASE_WORDS = 6


def _phrase(ta: str, tb: str) -> str:
    """The phrase both sentences write word for word ("carried a Russian military ID card"),
    when it holds at least two content words that are not names; else ``""``."""
    if ta > tb:  # one order, so that the label is the same whichever side is A
        ta, tb = tb, ta
    wa, wb = list(tokens(ta)), list(tokens(tb))
    blocks = SequenceMatcher(None, [w for *_, w in wa], [w for *_, w in wb], autojunk=False)
    best: tuple[int, int, str] | None = None
    for i, j, n in blocks.get_matching_blocks():
        skip = next((k for k in range(n) if is_content(wa[i + k][2])), n)
        run = wa[i + skip : i + n][:PHRASE_WORDS]
        while run and not is_content(run[-1][2]):
            run = run[:-1]
        plain = sum(1 for s, _e, w in run if is_content(w) and ta[s].islower())
        if plain < 2:
            continue
        text = ta[run[0][0] : run[-1][1]]
        key = (-plain, i + j + 2 * skip, text)  # most plain words, then earliest in both
        if best is None or key < best:
            best = key
    return best[2] if best else ""


_WORD = re.compile(r"\w+")


def _topic(
    ta: str,
    tb: str,
    pa: _Prepared,
    pb: _Prepared,
    para,
    names: Mapping[str, Sequence[str]],
    most: int = 3,
) -> str:
    """The phrase both sentences share, else 2–4 salient shared words (or paraphrase pairs) in
    the order the sentences give them; a word of a name both give is that name (``names``:
    entity id -> its name, then its other spellings)."""
    phrase = _phrase(ta, tb)
    if phrase:
        return phrase
    sa, sb = _surface_cached(ta), _surface_cached(tb)
    shared = [
        (pa.vec[t] * pb.vec[t], t)
        for t in pa.keys & pb.keys
        if t in sa and t in sb and not t.startswith((_ENT, _MEAS)) and t not in _REPORTING
    ]
    shared.sort(key=lambda x: (-x[0], x[1]))
    # a word of a name both sentences give (Volodymyr, Security) stands for the whole name
    entity_of: dict[str, str] = {}  # word stem -> shared entity id
    whole: set[str] = set()  # one-word spellings (SBU, Kyiv): shown as written
    for t in sorted(pa.keys & pb.keys):
        for form in names.get(t[1:], ()) if t.startswith(_ENT) else ():
            words = _WORD.findall(form)
            if len(words) == 1:
                whole.add(light_stem(words[0].lower()))
            for w in words:
                entity_of.setdefault(light_stem(w.lower()), t[1:])
    picked = []
    seen: set[str] = set()
    for w, t in shared:
        if len(picked) == most:
            break
        eid = entity_of.get(t)
        if eid in seen:
            continue  # one slot per name
        form = names[eid][0] if eid and t not in whole else _form(sa[t] + sb[t])
        seen.add(eid or t)
        picked.append((sa[t][0][0] + sb[t][0][0], form, w))
    if len(picked) < 2:
        for w, t, u in soft_matches(pa.vec, pb.vec, para)[: 2 - len(picked)]:
            if t in sa and u in sb:
                eid = entity_of.get(t) or entity_of.get(u)
                if eid in seen:
                    continue
                if eid:  # one name's two spellings: the name ("Aleksei Grigoryev")
                    seen.add(eid)
                    label = names[eid][0]
                else:
                    label = "/".join(sorted((_form(sa[t]), _form(sb[u]))))
                picked.append((sa[t][0][0] + sb[u][0][0], label, w))
    if not picked:  # no word in common: what both count ("employs 300" / "Staff: some 350")
        counted = sorted(t[1:].split(":")[0] for t in pa.keys & pb.keys if t.startswith(_MEAS))
        return counted[0].partition("_")[0] if counted else ""
    top = max(w for _p, _f, w in picked)
    picked = [x for x in picked if x[2] >= 0.15 * top]
    picked.sort(key=lambda x: (x[0], x[1]))
    return " ".join(f for _p, f, _w in picked)
