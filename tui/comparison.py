"""The result of comparing two articles, and its versioned JSON form."""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace

from tui.align import DEFAULT_THRESHOLD, AlignUnit, Link, align
from tui.articles import Article
from tui.divergence import (
    LEVEL_SAME,
    LEVEL_TOPIC,
    SOURCE_DATA,
    Divergence,
    Word,
    WordDiff,
    bare_role,
    code_pairs,
    content_words,
    credited,
    diverge,
)
from tui.entities import (
    KNOWN_PLACES,
    PERSON,
    PLACE,
    Entity,
    Mention,
    cluster_entities,
    find_mentions,
)
from tui.errors import CompareError
from tui.quantities import (
    AGREE,
    CONFLICT,
    DIFFER,
    QUALIFIER,
    WARMER_AFTER,
    DateDiff,
    DateValue,
    NumberDiff,
    Quantity,
    base_value,
    compare_numbers,
    event_label,
    find_dates,
    find_quantities,
    find_weekdays,
    plain_measure,
    row_unit,
    tally_parts,
)
from tui.quotes import Quote, clip, compare_quotes, find_quotes
from tui.quotes import swapped as swapped_quote
from tui.segment import PROSE, Sentence, split_sentences
from tui.similarity import content_terms
from tui.text import (
    DATA_LINE,
    DATELINE,
    DAY_NAME,
    LIST_MARK,
    MONTH_NAME,
    POSTED_AT,
    STOPWORDS,
    is_common,
    speaker_label,
    tokens,
)

SCHEMA_VERSION = 1
#: Articles with more sentences than this are refused (alignment would take too long).
MAX_SENTENCES = 20_000

ENTITY_TYPES = ("person", "organization", "place", "number", "date", "other")
#: The lede: at most this many prose sentences, from the first paragraph holding prose.
LEDE_SENTENCES = 2


@dataclass(frozen=True, slots=True)
class Analysis:
    """One article with everything found in it; computed once per loaded article."""

    article: Article
    sentences: tuple[Sentence, ...]
    quantities: tuple[Quantity, ...]
    dates: tuple[DateValue, ...]
    mentions: tuple[Mention, ...]
    starts: tuple[int, ...] = ()
    quantities_of: tuple[tuple[Quantity, ...], ...] = ()
    words_of: tuple[tuple[Word, ...], ...] = ()
    quotes: tuple[Quote, ...] = ()
    credits: tuple[tuple[int, int], ...] = ()
    #: Each sentence's place among the prose sentences, from 1 (0: not prose).
    ranks: tuple[int, ...] = ()
    #: The prose sentences of the lede (see ``LEDE_SENTENCES``).
    lede: tuple[int, ...] = ()
    #: The dates of each sentence.
    dates_of: tuple[tuple[DateValue, ...], ...] = ()
    #: Per sentence, the speaker whose turn it is in a transcript when the sentence credits no
    #: one itself (the span of the name in the turn's label), else None.
    turns: tuple[tuple[int, int] | None, ...] = ()
    #: Lone sentence-initial words the article does not confirm as names (``find_mentions``)
    unsure: tuple[Mention, ...] = ()

    @property
    def prose_count(self) -> int:
        """How many prose sentences the article has."""
        return max(self.ranks, default=0)

    def place(self, index: int) -> str:
        """Where sentence ``index`` stands: ``the lede`` or ``sentence 16 of 23``."""
        if index in self.lede:
            return "the lede"
        return f"sentence {self.ranks[index]} of {self.prose_count}"

    def sentence_at(self, offset: int) -> int:
        """Index of the sentence holding character ``offset`` (or the one before it)."""
        return max(0, bisect.bisect_right(self.starts, offset) - 1)

    def quantities_in(self, indices: Iterable[int]) -> tuple[Quantity, ...]:
        """Quantities inside the given sentences, in text order."""
        return tuple(q for i in sorted(set(indices)) for q in self.quantities_of[i])

    def dates_in(self, indices: Iterable[int]) -> tuple[DateValue, ...]:
        """Dates inside the given sentences, in text order."""
        return tuple(d for i in sorted(set(indices)) for d in self.dates_of[i])

    def words_in(self, indices: Iterable[int]) -> list[Word]:
        """Content words of the given sentences, in text order."""
        return [w for i in sorted(set(indices)) for w in self.words_of[i]]

    def quotes_in(self, indices: Iterable[int]) -> tuple[Quote, ...]:
        """The quoted passages inside the given sentences."""
        if not self.quotes:
            return ()
        return clip(
            self.quotes, [(self.sentences[i].start, self.sentences[i].end) for i in indices]
        )


def analyse(article: Article, *, lines: bool = False) -> Analysis:
    """Split, then find quantities, dates and name mentions in one article."""
    sentences = split_sentences(article.text, headings=article.headings, lines=lines)
    if len(sentences) > MAX_SENTENCES:
        raise CompareError(
            f"'{article.source}' has {len(sentences):,} sentences; the limit is {MAX_SENTENCES:,}"
        )
    text = article.text
    # "1 820 inhabitants": a no-break or thin space between digit groups is a thousands
    # separator; read as a comma (one character for one, so offsets hold)
    figures = text
    if _GROUP_SPACE.search(text):
        figures = _GROUPED.sub(lambda m: _GROUP_SPACE.sub(",", m.group()), figures)
    # "magnitude 6,8", "1.250 people": an article written with European numerals, decimal commas
    # and no comma between thousands, has its points and commas read the other way round
    if _DECIMAL_COMMA.search(figures) and not _COMMA_THOUSANDS.search(figures):
        figures = _EUROPEAN.sub(lambda m: m.group().translate(_SWAP_MARKS), figures)
    # "four (4) years", a legal text's figure restated in digits: one figure, "four years"
    if "(" in figures:
        figures = _RESTATED.sub(lambda m: m["w"] + " " * (len(m.group()) - len(m["w"])), figures)
    # "5.4 per cent¹", "14.2 per cent[4]": a footnote's mark is no figure, nor part of one
    if "[" in text or _SUPERSCRIPT.search(text):
        figures = _FOOTNOTE.sub(lambda m: " " * len(m.group()), figures)
    per_sentence: list[tuple[Quantity, ...]] = []
    dates: list[DateValue] = []
    words: list[tuple[Word, ...]] = []
    credits: list[tuple[int, int]] = []
    dates_of: list[tuple[DateValue, ...]] = []
    turns: list[tuple[int, int] | None] = []
    speaker: tuple[int, int] | None = None  # a transcript's "CHIEF HOLLOWAY:" until the next label
    opened: Sentence | None = None  # a sentence that opens a quote it does not close
    named: tuple[int, int] | None = None  # the last person credited by name ...
    since = 0  # ... and how many prose sentences ago
    for s in sentences:
        label = speaker_label(text, s.start, s.end)
        if label is not None or s.kind == "heading":
            speaker = (label[3], label[1]) if label and label[2] == "source" else None
        turns.append(None)
        if s.kind == PROSE:
            # not in the dateline: a live blog's "21:14 BST —" is when the post was filed
            filed = s.start + _filed(s)
            per_sentence.append(
                tuple(q for q in find_quantities(figures, s.start, s.end) if q.start >= filed)
            )
            found = find_dates(text, s.start, s.end) + find_weekdays(text, s.start, s.end)
            if found and _NEXT_DAY.search(text, s.start, s.end):
                # "cracks found on March 4, and the county closed it the next day": the date
                # is not the only day the sentence speaks of
                found = tuple(replace(d, earlier=True) for d in found)
            dates_of.append(found)
            dates.extend(d for d in found if d.iso)  # a weekday alone is no row of dates
            # not the dateline's: "(Northern Europe Wire)" is no wording of the claim; nor a
            # speaker label's ("Dana Whitlock -- Chief Financial Officer:")
            said_from = label[0] if label is not None and label[2] == "source" else filed
            words.append(content_words(text, max(filed, said_from), s.end))
            who = credited(text, s.start, s.end)
            since += 1
            if who is None and speaker is not None:
                who = turns[-1] = speaker  # her next lines are hers too
            elif who is None and named and since <= _PRONOUN_REACH and _SHE_SAID.search(s.text):
                # '"It was terrifying," she said.': the person last credited by name ...
                who = turns[-1] = named
            if who is None and named and _other_person(s.text, text[named[0] : named[1]]):
                named = None  # ... unless someone else is named since: "Agnes Pulman, 74, lost"
            elif who:  # a pronoun after another source is not this person's
                named, since = (who, 0) if _PERSON_NAME.fullmatch(text, *who) else (None, 0)
            if who:
                credits.append(who)
                if opened is not None and opened.paragraph == s.paragraph and _CLOSES.match(s.text):
                    # '"We were told it was fully costed. It wasn't," Dunmore said.': the quote's
                    # first sentence is his too
                    turns[opened.index] = who
                    credits.append(who)
            opened = s if who is None and _OPENS.match(s.text) else None
        else:
            per_sentence.append(())
            dates_of.append(())
            words.append(())
    per_sentence = _degrees_on_scale(text, per_sentence)
    # a transcript's "ANCHOR:" or "REPORTER (on camera):" names no one in the story
    unsure: list[Mention] = []
    spans = [
        (s.start + max(_programme_part(s), _posted(s)), s.end)
        for s in sentences
        if s.kind != "boilerplate"
    ]
    prose = [s for s in sentences if s.kind == PROSE]
    ranks = [0] * len(sentences)
    for r, s in enumerate(prose, 1):
        ranks[s.index] = r
    lede = tuple(s.index for s in prose[:LEDE_SENTENCES] if s.paragraph == prose[0].paragraph)
    return Analysis(
        article,
        sentences,
        tuple(q for qs in per_sentence for q in qs),
        tuple(dates),
        find_mentions(
            text, spans, [(s.start, s.end) for s in sentences if s.kind == "heading"], unsure
        ),
        tuple(s.start for s in sentences),
        tuple(per_sentence),
        tuple(words),
        find_quotes(text),
        tuple(credits),
        tuple(ranks),
        lede,
        tuple(dates_of),
        tuple(turns),
        tuple(unsure),
    )


#: Words that make bare degrees a temperature: "highs around 79 degrees"
_HEAT_WORDS = re.compile(
    r"\b(?:temperatures?|heat|heatwave|highs?|lows?|hot|hotter|hottest|warm|warmer|cool|cooler|"
    r"cold|colder|coldest|mercury|thermometers?|record|forecast)\b",
    re.IGNORECASE,
)
_DEGREES = re.compile(r"\s*degrees?\b", re.IGNORECASE)


def _degrees_on_scale(
    text: str, per_sentence: list[tuple[Quantity, ...]]
) -> list[tuple[Quantity, ...]]:
    """Bare "degrees" of heat on the one scale the article names ("118 degrees Fahrenheit" ...
    "highs around 79 degrees"); an article naming both scales, or none, is left as it is."""
    scales = {q.unit for qs in per_sentence for q in qs if q.measure.startswith("temperature")}
    if len(scales) != 1 or not any(q.unit == "degrees" for qs in per_sentence for q in qs):
        return per_sentence
    (scale,) = scales
    out = []
    for qs in per_sentence:
        if any(q.unit == "degrees" for q in qs):
            lo, hi = min(q.start for q in qs), max(q.end for q in qs)
            sentence = text[max(0, lo - 120) : hi + 60]
            if _HEAT_WORDS.search(sentence):
                qs = tuple(
                    replace(
                        q,
                        unit=scale,
                        measure="temperature:difference"
                        if (unit := _DEGREES.match(text, q.end))
                        and WARMER_AFTER.match(text, unit.end())
                        else "temperature",
                    )
                    if q.unit == "degrees"
                    else q
                    for q in qs
                )
        out.append(qs)
    return out


@dataclass(frozen=True, slots=True)
class AlignedPair:
    """One link of the alignment with what differs inside it."""

    a: tuple[int, ...]
    b: tuple[int, ...]
    score: float
    topic: str
    divergence: Divergence
    manual: bool = False

    @property
    def level(self) -> str:
        """conflict, differ, words, topic or same."""
        return self.divergence.level

    @property
    def is_divergence(self) -> bool:
        """True when numbers or wording differ inside the pair."""
        return self.level not in (LEVEL_SAME, LEVEL_TOPIC)


@dataclass(frozen=True, slots=True)
class EntityRow:
    """An entity (or number, or date) with its mentions in A and in B."""

    name: str
    type: str
    variants: tuple[str, ...]
    spans_a: tuple[tuple[int, int], ...]
    spans_b: tuple[tuple[int, int], ...]

    @property
    def count_a(self) -> int:
        return len(self.spans_a)

    @property
    def count_b(self) -> int:
        return len(self.spans_b)


@dataclass(frozen=True, slots=True)
class Comparison:
    """Two analysed articles, their alignment, the divergences and the entity table."""

    a: Analysis
    b: Analysis
    pairs: tuple[AlignedPair, ...]
    only_a: tuple[int, ...]
    only_b: tuple[int, ...]
    entities: tuple[EntityRow, ...]
    threshold: float = DEFAULT_THRESHOLD
    #: Who each article credits (says said something), one row per source, type ``source``.
    sources: tuple[EntityRow, ...] = ()

    def summary(self) -> dict[str, int | float]:
        """Counts for headers and reports."""
        elig_a = sum(1 for s in self.a.sentences if s.kind == PROSE)
        elig_b = sum(1 for s in self.b.sentences if s.kind == PROSE)
        cov_a = len({i for p in self.pairs for i in p.a})
        cov_b = len({j for p in self.pairs for j in p.b})
        conflicts = sum(
            1 for p in self.pairs for n in p.divergence.numbers if n.status == "conflict"
        )
        differ = sum(1 for p in self.pairs for n in p.divergence.numbers if n.status != "agree")
        return {
            "pairs": len(self.pairs),
            "coverage_a": round(100 * cov_a / elig_a) if elig_a else 0,
            "coverage_b": round(100 * cov_b / elig_b) if elig_b else 0,
            "conflicts": conflicts,
            "number_differences": differ - conflicts,
            "date_conflicts": sum(
                1 for p in self.pairs for d in p.divergence.dates if d.status == "conflict"
            ),
            "quote_conflicts": sum(1 for p in self.pairs if p.divergence.misattributed),
            "divergences": sum(1 for p in self.pairs if p.is_divergence),
            "only_a": len(self.only_a),
            "only_b": len(self.only_b),
        }

    def codes(self, pair: AlignedPair) -> list[tuple[str, str]]:
        """The pair's identifiers that differ, as written: ``[("SW417", "SW471")]``."""
        ta, tb = self.a.article.text, self.b.article.text
        return [(ta[x[0] : x[1]], tb[y[0] : y[1]]) for x, y in pair.divergence.words.codes]

    def placement(self, pair: AlignedPair) -> str:
        """Where each side puts the pair when only one leads with it, else ``""``."""
        in_a = any(i in self.a.lede for i in pair.a)
        in_b = any(j in self.b.lede for j in pair.b)
        if in_a == in_b:
            return ""
        lead, other, an = ("A", "B", self.b) if in_a else ("B", "A", self.a)
        return (
            f"{lead} leads with this; {other} has it at {an.place(min(pair.a if in_b else pair.b))}"
        )

    def leads(self, side: str) -> list[tuple[int, tuple[int, ...]]]:
        """Each lede sentence of ``side`` ("a" or "b") with the other side's sentences paired
        with it (none when the other article does not say it)."""
        mine, theirs = ("a", "b") if side == "a" else ("b", "a")
        an = self.a if side == "a" else self.b
        out = []
        for i in an.lede:
            partners = {k for p in self.pairs if i in getattr(p, mine) for k in getattr(p, theirs)}
            out.append((i, tuple(sorted(partners))))
        return out

    def swapped(self) -> Comparison:
        """The same comparison seen from the other side."""
        pairs = tuple(
            sorted(
                (
                    AlignedPair(
                        p.b,
                        p.a,
                        p.score,
                        p.topic,
                        Divergence(
                            tuple(_swap_number(n) for n in p.divergence.numbers),
                            WordDiff(
                                p.divergence.words.b,
                                p.divergence.words.a,
                                p.divergence.words.b_spans,
                                p.divergence.words.a_spans,
                                p.divergence.words.overlap,
                                tuple((y, x) for x, y in p.divergence.words.codes),
                            ),
                            p.divergence.attribution_b,
                            p.divergence.attribution_a,
                            tuple(swapped_quote(q) for q in p.divergence.quotes),
                            tuple(DateDiff(d.b, d.a, d.status) for d in p.divergence.dates),
                            p.divergence.one_source,
                        ),
                        p.manual,
                    )
                    for p in self.pairs
                ),
                key=_pair_key,
            )
        )
        ents, sources = (
            tuple(EntityRow(e.name, e.type, e.variants, e.spans_b, e.spans_a) for e in rows)
            for rows in (self.entities, self.sources)
        )
        return Comparison(
            self.b, self.a, pairs, self.only_b, self.only_a, ents, self.threshold, sources
        )


def _settle_figures(
    links: Sequence[Link], divs: list[Divergence], a: Analysis, b: Analysis
) -> list[Divergence]:
    """A figure one pair matches exactly (A's 2.4% is B1's 2.4%) is not set against another
    figure in the same sentence's other pairs (B4's 3.9% services inflation): those pairs
    compare their remaining figures."""
    matched_a: dict[int, set[int]] = {}
    matched_b: dict[int, set[int]] = {}
    for k, div in enumerate(divs):
        for n in div.numbers:
            if n.status in (AGREE, QUALIFIER):
                matched_a.setdefault(n.a.start, set()).add(k)
                matched_b.setdefault(n.b.start, set()).add(k)

    def elsewhere(matched: dict[int, set[int]], q: Quantity, k: int) -> bool:
        pairs = matched.get(q.start)
        return pairs is not None and k not in pairs

    out = []
    for k, (lk, div) in enumerate(zip(links, divs, strict=True)):
        if any(elsewhere(matched_a, n.a, k) or elsewhere(matched_b, n.b, k) for n in div.numbers):
            qa = [q for q in a.quantities_in(lk.a) if not elsewhere(matched_a, q, k)]
            qb = [q for q in b.quantities_in(lk.b) if not elsewhere(matched_b, q, k)]
            div = replace(div, numbers=compare_numbers(qa, qb))
        out.append(div)
    return out


def _swap_number(n):
    return NumberDiff(n.b, n.a, n.status, n.unit)


def _pair_key(p: AlignedPair) -> tuple:
    return (min(p.a), min(p.b), p.a, p.b)


@dataclass
class Corpus:
    """All loaded articles, analysed once; entities are clustered across all of them."""

    articles: list[Article]
    lines: bool = False
    analyses: list[Analysis] = field(init=False)
    entities: tuple[Entity, ...] = field(init=False)

    def __post_init__(self) -> None:
        if not self.articles:
            raise CompareError("no articles to compare")
        self.analyses = [analyse(a, lines=self.lines) for a in self.articles]
        # a sentence's first word another article names as a name is one here too
        named = {m.text for an in self.analyses for m in an.mentions}
        self.entities = cluster_entities(
            [
                tuple(
                    sorted(
                        (*an.mentions, *(m for m in an.unsure if m.text in named)),
                        key=lambda m: (m.start, m.end),
                    )
                )
                if an.unsure
                else an.mentions
                for an in self.analyses
            ]
        )
        self._entity_of: list[dict[tuple[int, int], str]] = [{} for _ in self.analyses]
        #: entity id -> its name, then its other spellings
        self._entity_forms = {ent.id: (ent.name, *ent.variants) for ent in self.entities}
        for ent in self.entities:
            for ai, s, e in ent.mentions:
                self._entity_of[ai][(s, e)] = ent.id
        #: per article, the ids of the names it holds, the spans of their mentions in order and
        #: where those start; whether an article writes a name it was not found holding
        self._named = [frozenset(d.values()) for d in self._entity_of]
        self._spans = [sorted(d) for d in self._entity_of]
        self._span_starts = [[s for s, _e in spans] for spans in self._spans]
        self._found: dict[tuple[int, str], bool] = {}
        #: the ids of places
        self._places = frozenset(e.id for e in self.entities if e.kind == PLACE)
        #: ... and of people
        self._people = frozenset(e.id for e in self.entities if e.kind == PERSON)
        #: per article, the length of each sentence's dateline (0: none)
        self._filed = [[_filed(s) for s in an.sentences] for an in self.analyses]

    def sentence_texts(self) -> list[str]:
        """Every prose sentence of every loaded article (the aligner's word statistics), as the
        aligner reads it (without its dateline)."""
        return [
            _unfiled(s.text, filed[k])
            for an, filed in zip(self.analyses, self._filed, strict=True)
            for k, s in enumerate(an.sentences)
            if s.kind == PROSE
        ]

    def units(self, index: int) -> list[AlignUnit]:
        """What the aligner needs about each sentence of article ``index``."""
        an = self.analyses[index]
        filed = self._filed[index]
        by_sentence: list[set[str]] = [set() for _ in an.sentences]
        for (s, _e), eid in self._entity_of[index].items():
            k = an.sentence_at(s)
            if s - an.sentences[k].start >= filed[k]:
                by_sentence[k].add(eid)
        measure_at = [
            tuple(
                # a forecast or a target is about what the figure measures, as an outcome is
                (q.start - s.start, plain_measure(q.measure))
                for q in an.quantities_of[k]
                # two people's ages are no shared topic; a time of day is often given on one
                # side only ("down 11 percent at 1015 GMT"), where it only weakens the link;
                # "a day after Zelenskiy announced" says when, as a date does
                if q.measure
                and q.measure != "age"
                # a share of a toll ("including 11 soldiers") is a detail of the toll's claim
                and not q.measure.endswith(":part")
                and q.unit != "time"
                and not q.measure.startswith("duration:after:")
            )
            + tuple(
                (d.start - s.start, "date:" + d.iso[5:7])
                for d in an.dates_of[k]
                if d.iso.count("-") == 2 and not d.dateline
            )
            for k, s in enumerate(an.sentences)
        ]
        lede = next((s.index for s in an.sentences if s.kind == PROSE), -1)
        quoted: list[frozenset[str]] = [frozenset() for _ in an.sentences]
        for q in an.quotes:
            for k in range(an.sentence_at(q.start), an.sentence_at(max(q.start, q.end - 1)) + 1):
                s = an.sentences[k]
                words = {
                    w for *_, w in tokens(an.article.text, max(q.start, s.start), min(q.end, s.end))
                }
                quoted[k] |= words
        return [
            AlignUnit(
                _unfiled(s.text, filed[k]),
                s.kind == PROSE,
                frozenset(by_sentence[k]),
                frozenset(m for _at, m in measure_at[k]),
                quoted[k],
                measure_at[k],
                frozenset(
                    (plain_measure(q.measure), q.value)
                    for q in an.quantities_of[k]
                    if q.measure and q.relation != "range" and q.unit != "time"
                ),
                bool(DATA_LINE.fullmatch(s.text)),
                k == lede,
                _numbers(an, k),
            )
            for k, s in enumerate(an.sentences)
        ]

    def compare(
        self,
        i: int,
        j: int,
        *,
        threshold: float = DEFAULT_THRESHOLD,
        manual: Sequence[tuple[tuple[int, ...], tuple[int, ...]]] = (),
        removed: Sequence[tuple[tuple[int, ...], tuple[int, ...]]] = (),
        should_stop: Callable[[], bool] | None = None,
    ) -> Comparison:
        """Compare loaded article ``i`` (side A) with ``j`` (side B)."""
        a, b = self.analyses[i], self.analyses[j]
        alignment = align(
            self.units(i),
            self.units(j),
            corpus=self.sentence_texts(),
            threshold=threshold,
            should_stop=should_stop,
            names=self._entity_forms,
        )
        removed_set = {(tuple(x), tuple(y)) for x, y in removed}
        links = [lk for lk in alignment.links if (lk.a, lk.b) not in removed_set]
        links += [Link(tuple(x), tuple(y), 1.0, "linked by hand") for x, y in manual]
        manual_set = {(tuple(x), tuple(y)) for x, y in manual}
        divs = []
        for lk in links:
            divs.append(
                diverge(
                    [a.sentences[k].text for k in lk.a],
                    a.words_in(lk.a),
                    a.quantities_in(lk.a),
                    [b.sentences[k].text for k in lk.b],
                    b.words_in(lk.b),
                    b.quantities_in(lk.b),
                    compare_quotes(
                        a.article.text, a.quotes_in(lk.a), b.article.text, b.quotes_in(lk.b)
                    ),
                    a.dates_in(lk.a),
                    b.dates_in(lk.b),
                )
            )
        divs = [
            replace(div, words=replace(div.words, codes=codes))
            if (
                codes := code_pairs(
                    a.article.text,
                    [(a.sentences[k].start, a.sentences[k].end) for k in lk.a],
                    b.article.text,
                    [(b.sentences[k].start, b.sentences[k].end) for k in lk.b],
                )
            )
            else div
            for lk, div in zip(links, divs, strict=True)
        ]
        divs = [
            replace(
                div,
                attribution_a=div.attribution_a or _turn_of(a, lk.a),
                attribution_b=div.attribution_b or _turn_of(b, lk.b),
            )
            for lk, div in zip(links, divs, strict=True)
        ]
        divs = _settle_figures(links, divs, a, b)
        divs = [self._in_scope(i, j, lk, div) for lk, div in zip(links, divs, strict=True)]
        divs = [self._credits(i, j, lk, div) for lk, div in zip(links, divs, strict=True)]
        divs = [self._tied_years(i, j, lk, div) for lk, div in zip(links, divs, strict=True)]
        pairs = [
            AlignedPair(lk.a, lk.b, lk.score, lk.topic, div, (lk.a, lk.b) in manual_set)
            for lk, div in zip(links, divs, strict=True)
        ]
        pairs.sort(key=_pair_key)
        linked_a = {k for p in pairs for k in p.a}
        linked_b = {k for p in pairs for k in p.b}
        only_a = tuple(s.index for s in a.sentences if s.kind == PROSE and s.index not in linked_a)
        only_b = tuple(s.index for s in b.sentences if s.kind == PROSE and s.index not in linked_b)
        return Comparison(
            a,
            b,
            tuple(pairs),
            only_a,
            only_b,
            self._entity_rows(i, j),
            threshold,
            self._source_rows(i, j),
        )

    def _scope(self, index: int, q: Quantity, *, part: bool = False) -> str | None:
        """The place a figure is given for, named just before it in its sentence as where
        something happened ("in Galway West, where only 41.3 per cent", "Dublin Bay South
        recorded ... 68.9%"), or None; with ``part``, only one named as a district, county or
        the like ("In Vellore district, three people")."""
        an = self.analyses[index]
        sent = an.sentences[an.sentence_at(q.start)]
        text = an.article.text
        best = None
        for (s, e), eid in self._entity_of[index].items():
            if (
                sent.start <= s
                and e <= q.start
                and q.start - e <= 60
                and eid in self._places
                and (best is None or s > best[0])
                and (
                    _SCOPE_BEFORE.search(text, max(sent.start, s - 30), s)
                    or _SCOPE_AFTER.match(text, e)
                )
                and (
                    not part
                    or _PART_AFTER.match(text, e)
                    or _PART_BEFORE.search(text, max(sent.start, s - 30), s)
                )
            ):
                best = (s, eid)
        return best[1] if best else None

    def _town(self, index: int, q: Quantity) -> bool:
        """Whether the figure counts those of a named place the gazetteer does not hold (a town, a
        site; not a country): "2,300 residents of Brevno", "600 dockworkers at Eastquay Terminal"."""
        an = self.analyses[index]
        text = an.article.text
        m = _OF_PLACE.match(text, q.end)
        if not m:
            return False
        return any(
            s == m.end() and eid in self._places and text[s:e].lower() not in KNOWN_PLACES
            for (s, e), eid in self._entity_of[index].items()
        )

    def _credits(self, i: int, j: int, lk: Link, div: Divergence) -> Divergence:
        """``div`` knowing whether two differing credits name one entity, or two people."""
        if not div.attribution_differs:
            return div
        ca, cb = self._credited_ids(i, lk.a), self._credited_ids(j, lk.b)
        if ca & cb:
            return replace(div, one_source=True)
        if ca & self._people and cb & self._people:
            return replace(div, two_people=True)
        return div

    def _credited_ids(self, index: int, sentences: Sequence[int]) -> set[str]:
        """The names (entity ids) in what the first of ``sentences`` that credits anyone
        credits."""
        an = self.analyses[index]
        for k in sentences:
            s = an.sentences[k]
            span = credited(an.article.text, s.start, s.end)
            if span:
                return {
                    eid
                    for (ms, me), eid in self._entity_of[index].items()
                    if span[0] <= ms and me <= span[1]
                }
        return set()

    def _sentence_says(self, index: int, q: Quantity, pattern: re.Pattern[str]) -> bool:
        """Whether the sentence of figure ``q`` holds ``pattern``: that it is given for the whole
        country or state ("Nine people across the state died", ``_WHOLE``)."""
        an = self.analyses[index]
        sent = an.sentences[an.sentence_at(q.start)]
        return pattern.search(an.article.text, sent.start, sent.end) is not None

    def _part_alone(self, index: int, q: Quantity, other: int, qo: Quantity) -> bool:
        """Whether ``q`` is given for a part ("from the flooded lower deck alone") that the
        sentence of ``qo`` neither gives alone too nor names ("In the first year alone" / "in
        the first year"; not a day, which may open a longer span: "on Friday alone" / "over two
        days after ... a strike at 00:01 on Friday")."""
        an, ao = self.analyses[index], self.analyses[other]
        sent = an.sentences[an.sentence_at(q.start)]
        said = ao.sentences[ao.sentence_at(qo.start)]
        m = _PART_ALONE.search(an.article.text, sent.start, sent.end)
        if m is None or _PART_ALONE.search(ao.article.text, said.start, said.end):
            return False
        part = _PART_BEFORE_ALONE.search(an.article.text, sent.start, m.start())
        return (
            part is None
            or re.fullmatch(DAY_NAME + "|" + MONTH_NAME, part[2]) is not None
            or re.search(
                rf"\b{re.escape(part[1] + ' ' if part[1] else '')}{re.escape(part[2])}",
                ao.article.text[said.start : said.end],
                re.IGNORECASE,
            )
            is None
        )

    def _past(self, i: int, j: int, qa: Quantity, qb: Quantity) -> bool:
        """Whether one figure's sentence opens with a year ("In 1998 a tsunami ...", or "in 2019,
        when" before it) that the other's does not, or gives one just before the figure ("in
        2009 killed seven") where the other's names no year, and that is older than a year
        either article names (a dated byline) or, with none later named, named nowhere else in
        either article; or opens with a time long past ("A decade ago, ..."): a past event's
        figure, not this one's."""
        years: list[int | None] = []
        just: list[int | None] = []
        ago: list[bool] = []
        dated: list[bool] = []  # the sentence names a year anywhere
        named: list[set[int]] = []  # ... which
        for index, q in ((i, qa), (j, qb)):
            an = self.analyses[index]
            text = an.article.text
            sent = an.sentences[an.sentence_at(q.start)]
            ago.append(
                bool(_AGO_OPENING.match(text, sent.start, q.start))
                or _past_marked(text, sent, q)
                or bool(_OTHER_EVENT.search(text, sent.start, sent.end))
            )
            named.append({int(y) for y in _YEAR.findall(text, sent.start, sent.end)})
            dated.append(bool(named[-1]))
            m = _IN_YEAR.match(text, sent.start, sent.end) or _YEAR_WHEN.search(
                text, sent.start, q.start
            )
            years.append(int(m[1]) if m else None)
            near = _IN_YEAR_BEFORE.search(text, sent.start, q.start)
            just.append(int(near[1]) if near else None)
        if ago[0] != ago[1] and not (
            qa.measure.endswith(":previous") and qb.measure.endswith(":previous")
        ):  # ... not two old records: "the previous record of €388 million" / "set two years ago"
            return True  # "A decade ago, some 61,000 cars a day" / "48,200 vehicles a day"
        for side in (0, 1):
            if years[side] is None and not dated[1 - side]:
                years[side] = just[side]  # "in 2009 killed seven" / "Twenty-seven have died"
        both = named[0] & named[1]
        if (years[0] is None) == (years[1] is None) or (years[0] or years[1]) in both:
            return False  # ... not "In September 2024 the county awarded" / "August 19, 2024:"
        latest = max(
            int(y)
            for k in (i, j)
            for where in (
                self.analyses[k].article.text,
                self.analyses[k].article.meta.get("date", ""),
            )
            for y in _YEAR.findall(where)
        )  # ... also the date in its header: "date: 2026-11-28"
        year = years[0] or years[1] or 0
        if year < latest:
            return True
        # with no later year named, a year named once in an aside and never in the other article
        # ("In 2017 a six-storey block ... killed seven" / "Eleven people were killed")
        own, other = (self.analyses[k].article for k in ((i, j) if years[0] else (j, i)))
        y = str(year)
        return sum(t.count(y) for t in (own.text, *own.meta.values())) == 1 and not any(
            y in t for t in (other.text, *other.meta.values())
        )

    def _named_before(self, index: int, q: Quantity) -> frozenset[str]:
        """The capitalised words before a figure in its clause (a goal's scorer and side)."""
        an = self.analyses[index]
        sent = an.sentences[an.sentence_at(q.start)]
        clause = re.split(r"[,;]|\b(?:while|but|and)\b", an.article.text[sent.start : q.start])
        words = re.findall(r"\b[A-Z][\w'’-]+", clause[-1])
        return frozenset(w.lower() for w in words) - _OPENING_WORDS

    def _asked(self, index: int, q: Quantity) -> str | None:
        """Whether a prison term is what someone asked for ("demanded nine years") or the most
        the law allows ("faces up to ten years"), or None: what was handed down."""
        if not q.measure.startswith("duration"):
            return None
        text = self.analyses[index].article.text
        m = _ASKED_BEFORE.search(text, max(0, q.start - 50), q.start)
        return m.lastgroup if m else None

    def _change(self, index: int, q: Quantity) -> bool:
        """Whether a count is a change ("deaths fell by 83"), not a level; a percentage's change
        is :meth:`_act`'s."""
        if q.measure.startswith("percent"):
            return False
        text = self.analyses[index].article.text
        return bool(
            _CHANGED_BY.search(text, max(0, q.start - 40), q.start)
            or _MORE_AFTER.match(text, q.end)
            or _CHANGE_NOUN.match(text, q.end)
        )

    def _period(self, index: int, q: Quantity) -> str | None:
        """The reporting period the sentence puts nearest a figure: ``year`` ("full-year",
        "annual"), ``half`` ("first half", "half-time"), ``quarter``, ``match`` ("full-time",
        "finished with"), a trading day's ``opening`` or ``close``, or None."""
        an = self.analyses[index]
        sent = an.sentences[an.sentence_at(q.start)]
        text = an.article.text
        best, gap = None, 0
        for m in _PERIOD.finditer(text, sent.start, sent.end):
            lo, hi = sorted((m.start(), q.start))
            if _CLAUSE_BREAK.search(text, lo, hi):
                continue  # "41.3 percent ..., and ... 12.4 percent for the year": another clause's
            d = abs(m.start() - q.start)
            if best is None or d < gap:
                best, gap = m.lastgroup, d
        return best

    def _change_base(self, index: int, q: Quantity, change: bool) -> str | None:
        """What a change is measured against, named after it: ``quarter`` ("0.2 percentage
        points lower than in the previous quarter"), ``month`` or ``year`` ("up 3% on a year
        earlier"); None for a level or when not said. ``change``: the figure is a change, as
        :meth:`_act` or :meth:`_change` found."""
        if not (change or q.measure.startswith("percentage_points")):
            return None
        m = _CHANGE_BASE.match(self.analyses[index].article.text, q.end)
        return m.lastgroup if m else None

    def _year_of(self, index: int, q: Quantity) -> str | None:
        """The year a figure is given for, written beside it ("1,284 in 2025", "2024, when
        1,367 people died", "The 2020 baseline ... is 1,380"; "this", "last" or "next" for "180
        call-outs this year", "up 4.6% since the start of the year"), or the year its sentence
        opens on ("Last year we had four"), or None."""
        text = self.analyses[index].article.text
        m = _FIGURE_YEAR_AFTER.match(text, q.end)
        if m:
            return m[1] or m[2] or "this"  # "since the start of the year", "year to date"
        m = _FIGURE_YEAR_BEFORE.search(text, max(0, q.start - 60), q.start)
        if m:
            return m[1] or m[2] or m[3].lower()
        an = self.analyses[index]
        sent = an.sentences[an.sentence_at(q.start)]
        at = sent.start + self._filed[index][sent.index]
        m = _IN_YEAR.match(text, at, q.start) or _YEAR_NAMED_OPENING.match(text, at, q.start)
        return (m[1] if m[1].isdigit() else m[1].lower()) if m else None  # "Last year we had"

    def _dated_year(self, index: int, year: str | None) -> str | None:
        """``year`` ("2024", "this", "last", "next") in digits when it is named from today and
        the article says the year it was published (a header's date or source, a dateline)."""
        if year not in _FROM_TODAY:
            return year
        published = self._published_year(index)
        return str(published + _FROM_TODAY[year]) if published else year

    def _published_year(self, index: int) -> int | None:
        """The year article ``index`` was published, from its header ("date: 2025-03-11",
        "source: Harbourline Business Post, 2025-03-11") or its first dateline, or None."""
        an = self.analyses[index]
        meta = an.article.meta
        for where in (meta.get("date", ""), meta.get("source", "")):
            m = _YEAR.search(where)
            if m:
                return int(m[1])
        for k, s in enumerate(an.sentences):
            if self._filed[index][k]:
                m = _YEAR.search(s.text, 0, self._filed[index][k])
                return int(m[1]) if m else None
        return None

    def _score_kind(self, index: int, q: Quantity) -> str | None:
        """What a score is, when not a match's result: ``penalties`` ("4-3 on penalties"),
        ``running`` ("went to extra time at 1-1") or ``past`` ("won last season's derby 3-1");
        None for other figures."""
        if q.measure != "tally":
            return None
        an = self.analyses[index]
        text = an.article.text
        if _SHOOTOUT_AFTER.match(text, q.end):
            return "penalties"
        if _RUNNING_BEFORE.search(text, max(0, q.start - 25), q.start):
            return "running"
        sent = an.sentences[an.sentence_at(q.start)]
        if _PAST_MEETING.search(text, sent.start, q.start):
            return "past"
        return None

    def _holder(self, index: int, q: Quantity) -> str | None:
        """The place or organisation a figure belongs to, named before it in its clause as the
        clause's subject or an owner ("Brennick's shares rose 1.2%", "In Korvin, ... 620 homes
        were damaged", "California lost 1,650 homes"), or None. A person named in full holds
        nothing; one word may (the name finder types some towns and firms as people)."""
        an = self.analyses[index]
        k = an.sentence_at(q.start)
        start = an.sentences[k].start + self._filed[index][k]
        text = an.article.text
        for (s, e), eid in reversed(self._names_between(index, start, q.start)):
            if e > q.start or (eid in self._people and " " in text[s:e]):
                continue  # a person, by full name (one word may be a team or a firm mistyped)
            if _MODIFIER_AFTER.match(text, e) or (
                eid not in self._places and is_common(text[s:e].lower())
            ):
                return None  # "The Nagoya-based carmaker", "Maximum sustained winds"
            if _HOLDER_BREAK.search(text, e, q.start):
                return None
            if _SOURCE_AFTER.match(text, e):
                # who says it, unless the figure is of its own: "Harwick General said six of its
                # patients", "Eastvale reported 510 closures" (a place reports its own count)
                return eid if eid in self._places or _OF_ITS.match(text, q.end) else None
            if text.startswith(("'s", "’s"), e):
                return eid
            if _IN_PLACE_BEFORE.search(text, max(start, s - 4), s) and s > start + 4:
                continue  # a place after a name: "St Brigid's Hospital in Lowmoor treated 18"
            opening = max(
                (m.end() for m in _CLAUSE_OPENING.finditer(text, start, s)), default=start
            )
            return eid if _SUBJECT_BEFORE.fullmatch(text, opening, s) else None
        return None

    def _names_between(self, index: int, lo: int, hi: int) -> list[tuple[tuple[int, int], str]]:
        """The name mentions of article ``index`` starting in ``[lo, hi)``, in order, with their
        entity ids."""
        starts = self._span_starts[index]
        first, last = bisect.bisect_left(starts, lo), bisect.bisect_left(starts, hi)
        return [(span, self._entity_of[index][span]) for span in self._spans[index][first:last]]

    def _named_after(self, index: int, q: Quantity, eid: str) -> bool:
        """Whether entity ``eid`` is named as where or whose figure ``q`` is, just after it
        ("more than 600 staff at Marsk")."""
        text = self.analyses[index].article.text
        return any(
            x == eid and _OF_PLACE.fullmatch(text, q.end, s)
            for (s, _e), x in self._names_between(index, q.end, q.end + 30)
        )

    def _total_over(self, index: int, q: Quantity, eid: str) -> bool:
        """Whether figure ``q`` is a total over several places named just after it, one of them
        entity ``eid`` ("47 cases across Harlow, Dunmore and Pellston counties")."""
        an = self.analyses[index]
        text = an.article.text
        m = _ACROSS_PLACES.match(text, q.end, an.sentences[an.sentence_at(q.start)].end)
        if m is None:
            return False
        named = {x for _span, x in self._names_between(index, q.end, m.end())}
        return len(named) >= 2 and any(x == eid or self._share_word(x, eid) for x in named)

    def _share_word(self, x: str, y: str) -> bool:
        """Whether two entities' names have a word in common."""
        words = [{w.lower() for f in self._entity_forms[e] for w in f.split()} for e in (x, y)]
        return not words[0].isdisjoint(words[1])

    def _mentions(self, index: int, eid: str) -> bool:
        """Whether article ``index`` names entity ``eid`` (a form of it as a word, where the
        name finder missed it: a sentence's first word)."""
        if eid in self._named[index]:
            return True
        found = self._found.get((index, eid))
        if found is None:
            text = self.analyses[index].article.text
            found = self._found[index, eid] = any(
                re.search(rf"(?<!\w){re.escape(form)}(?!\w)", text)
                for form in self._entity_forms[eid]
            )
        return found

    def _opponent(self, index: int, q: Quantity) -> str | None:
        """The side a score was against, named just after it ("a 3-0 home defeat by Jordan",
        "a 2-1 win over Oman"), or None."""
        if q.measure != "tally":
            return None
        text = self.analyses[index].article.text
        best = None
        for (s, _e), eid in self._entity_of[index].items():
            if (
                q.end <= s <= q.end + 40
                and eid in self._places
                and (best is None or s < best[0])
                and _OPPONENT_BEFORE.search(text, q.end, s)
            ):
                best = (s, eid)
        return best[1] if best else None

    def _in_scope(self, i: int, j: int, lk: Link, div: Divergence) -> Divergence:
        """``div`` without the figures each side gives for another place: the strongest Yes
        vote in one constituency is no conflict with the strongest No in another."""
        if not div.numbers:
            return div
        keep = []
        for n in div.numbers:
            if n.status == AGREE and {n.a.measure, n.b.measure} <= _WHEN:
                continue  # "27.9 million a year earlier" / "A year earlier the marine unit ..."
            ua, ub = self._purpose(i, n.a), self._purpose(j, n.b)
            if ua and ub and ua != ub:
                continue  # a ransom demanded is not what the cargo is worth
            acts = self._act(i, n.a), self._act(j, n.b)
            if acts[0] and acts[1] and acts[0] != acts[1]:
                continue  # steel imported is not steel produced; a rise of 13% is no 44% share
            if self._usual(i, n.a) != self._usual(j, n.b):
                continue  # "which normally operates 5,700 trains a day" / "1,140 trains ran"
            if self._over_threshold(i, n.a) != self._over_threshold(j, n.b):
                continue  # "3.04 million ... waiting longer than 18 weeks" / "7.61 million"
            if self._populace(i, n.a) != self._populace(j, n.b):
                continue  # the islands are "home to 310,000 people"; 12,000 were evacuated
            if n.a.measure == "match_minute":
                wa, wb = self._named_before(i, n.a), self._named_before(j, n.b)
                if wa and wb and wa.isdisjoint(wb):
                    continue  # "Brandt in the 71st minute" / "Morris ... in the 90th minute"
            if self._score_kind(i, n.a) != self._score_kind(j, n.b):
                continue  # "beating Athletic 2-1" / "the tie went to extra time at 1-1"
            if self._asked(i, n.a) != self._asked(j, n.b):
                continue  # "prosecutors had demanded nine years" / "sentenced to seven years"
            changes = self._change(i, n.a), self._change(j, n.b)
            if changes[0] != changes[1]:
                continue  # "deaths fell by 83" / "fell to 1,284"
            ba = self._change_base(i, n.a, acts[0] == "change" or changes[0])
            bb = self._change_base(j, n.b, acts[1] == "change" or changes[1])
            if ba and bb and ba != bb:
                continue  # "0.2 points lower than the previous quarter" / "0.6 ... a year earlier"
            pa, pb = self._period(i, n.a), self._period(j, n.b)
            if pa and pb and pa != pb:
                continue  # "in the quarter" / "full-year revenue of $4.85 billion to $4.95 billion"
            ya, yb = self._year_of(i, n.a), self._year_of(j, n.b)
            if ya and yb and ya != yb and ya.isdigit() == yb.isdigit():
                continue  # "fell to 1,284 in 2025" / "compared with 2024, when 1,367 died"
            # a year named from today ("this year") is told from a year in digits only when the
            # article says when it was published
            ya, yb = self._dated_year(i, ya), self._dated_year(j, yb)
            if ya and yb and ya != yb and ya.isdigit() and yb.isdigit():
                continue  # "up 4.6% since the start of the year" (2025) / "11 percent in 2024"
            if n.status in (CONFLICT, DIFFER):
                if self._past(i, j, n.a, n.b):
                    continue  # "In 1998 a tsunami ... killed 41 people" / "One person has died"
                if self._part_alone(i, n.a, j, n.b) or self._part_alone(j, n.b, i, n.a):
                    continue  # "12 bodies from the flooded lower deck alone" / "19 bodies"
                if (self._scope(i, n.a, part=True) and self._sentence_says(j, n.b, _WHOLE)) or (
                    self._scope(j, n.b, part=True) and self._sentence_says(i, n.a, _WHOLE)
                ):
                    continue  # "In Vellore district, three" / "Nine people across the state"
                if (self._town(i, n.a) and self._sentence_says(j, n.b, _DISTRICT)) or (
                    self._town(j, n.b) and self._sentence_says(i, n.a, _DISTRICT)
                ):
                    continue  # "2,300 residents of Brevno" / "9,000 people across the district"
                ha, hb = self._holder(i, n.a), self._holder(j, n.b)
                if (
                    ha
                    and hb
                    and ha != hb
                    and (self._mentions(j, ha) or self._mentions(i, hb))
                    # ... and neither names the other's just after the figure: "The Marsk plant
                    # employs about 640" / "Halvenor ... with more than 600 staff at Marsk"
                    and not self._named_after(i, n.a, hb)
                    and not self._named_after(j, n.b, ha)
                    # two forms of one name the name finder did not merge: "Veratide Software
                    # Inc." / "Veratide"
                    and not self._share_word(ha, hb)
                ):
                    continue  # "Brennick's shares rose 1.2%" / "... while Halvern's rose 4%"
                if (hb and self._total_over(i, n.a, hb)) or (ha and self._total_over(j, n.b, ha)):
                    continue  # "47 measles cases across Harlow, Dunmore and Pellston counties" /
                    # "Dunmore County has confirmed 12 cases"
                pa = self._scope(i, n.a) or self._opponent(i, n.a)
                pb = self._scope(j, n.b) or self._opponent(j, n.b)
                if (
                    pa
                    and pb
                    and pa != pb
                    and pb not in self._names_in(i, lk.a)
                    and pa not in self._names_in(j, lk.b)
                ):
                    continue
            keep.append(n)
        return replace(div, numbers=tuple(keep)) if len(keep) != len(div.numbers) else div

    def _tied_years(self, i: int, j: int, lk: Link, div: Divergence) -> Divergence:
        """``div`` with a conflict of two years each side ties to the same figure: "spilled
        12,000 tonnes ... in 1998" / "In 1996, ... dumped 12,000 tonnes"."""
        rows: list[DateDiff] = []
        for n in div.numbers:
            if n.status in (AGREE, QUALIFIER):
                ya, yb = self._year_beside(i, n.a), self._year_beside(j, n.b)
                if (
                    ya
                    and yb
                    and ya[0].iso != yb[0].iso
                    and ya[1] <= self._names_in(j, lk.b)
                    and yb[1] <= self._names_in(i, lk.a)
                    # not compared already ("was built in 1996" / "built in 1994")
                    and not any(d.a == ya[0] or d.b == yb[0] for d in (*div.dates, *rows))
                ):
                    rows.append(DateDiff(ya[0], yb[0], CONFLICT))
        return replace(div, dates=(*div.dates, *rows)) if rows else div

    def _year_beside(self, index: int, q: Quantity) -> tuple[DateValue, set[str]] | None:
        """The year alone of the sentence of figure ``q`` when it is the only date there and no
        other figure of the sentence stands nearer to it ("a record of 2:22:30 had stood since
        2017"; not "$3.8 billion last year, up from $3.1 billion in 2022"), with the names
        between them (the other side must name them too: "the 95% standard, which St Aldric's
        last met in 2013" is that hospital's year)."""
        an = self.analyses[index]
        k = an.sentence_at(q.start)
        dates = [d for d in an.dates_of[k] if not d.dateline]
        if len(dates) != 1 or not (len(dates[0].iso) == 4 and dates[0].iso.isdigit()):
            return None
        year = dates[0]

        def gap(f: Quantity) -> int:
            return year.start - f.end if f.end <= year.start else f.start - year.end

        if min(an.quantities_of[k], key=gap).start != q.start:
            return None
        lo, hi = (q.end, year.start) if q.end <= year.start else (year.end, q.start)
        return year, {eid for _span, eid in self._names_between(index, lo, hi)}

    def _purpose(self, index: int, q: Quantity) -> str | None:
        """What a sum of money is said to be (a ransom, a fine, what something is worth), or
        the sales a figure counts ("Hybrid sales reached about 310,000 units"), or None."""
        text = self.analyses[index].article.text
        m = None
        if q.measure.startswith("money:"):
            m = _PURPOSE_BEFORE.search(text, max(0, q.start - 30), q.start) or _PURPOSE_AFTER.match(
                text, q.end
            )
        if m is None:
            sales = _SALES_OF.search(text, max(0, q.start - 50), q.start)
            return "sales of " + sales[1].lower() if sales else None
        word = " ".join(m[1].lower().split())
        return _GAIN_LOSS.get(word, word)

    def _act(self, index: int, q: Quantity) -> str | None:
        """What the figure's verb says was done ("imported", "produced", "bought", "evacuated"),
        or for a percentage whether it is a change ("rose 13%") or a share ("44% of its
        reserves")."""
        text = self.analyses[index].article.text
        if q.measure == "percent":
            if _LOST_SHARE_BEFORE.search(text, max(0, q.start - 30), q.start):
                return None  # both: "lost 2.3% of its population" / "the population fell 3.2%"
            if _SHARE_AFTER.match(text, q.end) or _SHARE_BEFORE.search(
                text, max(0, q.start - 30), q.start
            ):
                return "share"
            if _CHANGE_BEFORE.search(
                text, max(0, q.start - 30), q.start
            ) or _CHANGE_NOUN_AFTER.match(text, q.end):
                return "change"  # "rose 13%", "a 3.2% rise"
            return None
        m = _ACT_BEFORE.search(text, max(0, q.start - 40), q.start) or _ACT_AFTER.match(text, q.end)
        return _ACTS[m[1].lower()[:4]] if m else None

    def _usual(self, index: int, q: Quantity) -> bool:
        """Whether the figure is what usually happens ("which normally operates 5,700 trains a
        day"), not what happened."""
        text = self.analyses[index].article.text
        return bool(_USUAL_BEFORE.search(text, max(0, q.start - 40), q.start))

    def _over_threshold(self, index: int, q: Quantity) -> bool:
        """Whether the figure counts only those past a threshold ("3.04 million patients had been
        waiting longer than 18 weeks"): a part of the whole the other side may count."""
        text = self.analyses[index].article.text
        return bool(_THRESHOLD_AFTER.match(text, q.end))

    def _populace(self, index: int, q: Quantity) -> bool:
        """Whether the figure is how many people live in a place ("home to about 310,000 people",
        "a farming town of about 9,000 people", "a population of 8,700", "About 60 people lived
        in the building")."""
        if not q.measure.startswith("people"):
            return False
        text = self.analyses[index].article.text
        return bool(
            _POPULACE_BEFORE.search(text, max(0, q.start - 40), q.start)
            or _LIVED_AFTER.match(text, q.end)
        )

    def _names_in(self, index: int, sentences: Sequence[int]) -> set[str]:
        """The entities named in the given sentences of article ``index``."""
        an = self.analyses[index]
        return {
            eid
            for k in sentences
            for _span, eid in self._names_between(index, an.sentences[k].start, an.sentences[k].end)
        }

    def _source_rows(self, i: int, j: int) -> tuple[EntityRow, ...]:
        """Who A and B credit: a source that is a known name is that entity (so Zelensky and
        Zelenskyy are one source), else the words as written (the agency)."""
        groups: dict[str, tuple[str, list[tuple[int, int, int]]]] = {}
        for side, k in ((0, i), (1, j)):
            an = self.analyses[k]
            mentions = sorted(self._entity_of[k].items())
            starts = [m[0][0] for m in mentions]
            for s, e in an.credits:
                who = an.article.text[s:e]
                key = "text:" + " ".join(who.lower().removeprefix("the ").split())
                name = "the" + who[3:] if who.startswith("The ") else who
                # the name that ends it: "President Volodymyr Zelensky" (not the U.S. of "U.S.
                # Attorney's Office")
                head = None
                at = bisect.bisect_left(starts, s)
                if at and mentions[at - 1][0][1] > s:
                    at -= 1  # "the U.S. Food and Drug Administration said" credits "Drug ..."
                while at < len(mentions) and starts[at] < e:
                    (ms, me), eid = mentions[at]
                    if ms == s and eid in self._people and _OF_BODY.match(an.article.text, me, e):
                        head = eid  # "Per Halvorsen of Brenna Bank": the person, not the bank
                        break
                    if (
                        me <= e
                        and _SOURCE_REST.fullmatch(an.article.text, me, e)
                        and not (ms > s and eid in self._places)  # "police in Harlow Point"
                    ):
                        head = eid  # "Zelensky", "UN figures"
                        if ms < s:
                            s = ms  # the whole name: "... Health, Safety and Quality said"
                    elif ms <= s and an.article.text.startswith(" and ", e):
                        head = eid  # "the Fire Service" of "the Fire Service and Civil Defence"
                    at += 1
                if head is not None:
                    key, name = head, self._entity_forms[head][0]
                elif bare_role(who):
                    name = who.lower()  # "Witnesses said", as "doctors said"
                groups.setdefault(key, (name, []))[1].append((side, s, e))
        # a source named by its role is the named source ending with it, when only one does:
        # "the coast guard" is the "Philippine Coast Guard", "the health ministry" the "Ministry
        # of Health" (not two roles: "the agency" may be another than "the spy agency")
        for key in [k for k in groups if k.startswith("text:")]:
            words = key[5:].split()
            forms = [words, [words[-1], "of", *words[:-1]]] if len(words) > 1 else [words]
            named = [
                k
                for k, (name, _spans) in groups.items()
                if not k.startswith("text:")
                and any(
                    # any spelling of it: "Farah" is "Abdurahman Yusuf Farax", also written
                    # "Abdirahman Yusuf Farah"
                    any(form.lower().split()[-len(f) :] == f for f in forms)
                    # "the ministry" is the "Ministry of Agriculture, Fisheries and Food", "the
                    # institute" the "Norwegian Institute of Public Health"
                    or len(words) == 1
                    and any(f" {words[0]} {c} " in f" {form.lower()} " for c in ("of", "for"))
                    for form in self._entity_forms.get(k, (name,))
                )
            ]
            if len(named) == 1 and len(words) < len(groups[named[0]][0].split()):
                groups[named[0]][1].extend(groups.pop(key)[1])
        # "the company", "the Boston company" is the one company credited by name ("Corvaris
        # Therapeutics"), when only one is
        firms = [
            k
            for k, (name, _spans) in groups.items()
            if not k.startswith("text:")
            and any(_FIRM.search(form) for form in self._entity_forms.get(k, (name,)))
        ]
        if len(firms) == 1:
            for key in [k for k in groups if k.startswith("text:")]:
                words = key[5:].split()
                if words[-1] in _FIRM_ROLES and len(words) <= 3:
                    groups[firms[0]][1].extend(groups.pop(key)[1])
        texts = (self.analyses[i].article.text, self.analyses[j].article.text)
        # "the Chancellor said" is the person the articles call "Chancellor Helen Marchbanks",
        # when they so call only one
        titled_keys = [
            k
            for k in groups
            if k.startswith("text:") and 0 < len(k[5:].split()) <= 3 and k[5:].split()[-1].isalpha()
        ]
        # what comes before each person's name, lower case
        before = (
            [
                (self.analyses[k].article.text[max(0, ms - 40) : ms].lower(), eid)
                for k in (i, j)
                for (ms, _me), eid in self._entity_of[k].items()
                if eid in self._people
            ]
            if titled_keys
            else []
        )
        for key in titled_keys:
            words = key[5:].split()
            # ... or "The Prime Minister (Ms Ruth Adeyemi):", as a parliament's record has it
            titled = re.compile(
                r"\b"
                + r"\s+".join(map(re.escape, words))
                + r"\s+(?:\(\s*)?(?:(?:mr|mrs|ms|dr)\.?\s+)?\Z"
            )
            who = {eid for window, eid in before if words[-1] in window and titled.search(window)}
            if len(who) == 1:
                (eid,) = who
                groups.setdefault(eid, (self._entity_forms[eid][0], []))[1].extend(
                    groups.pop(key)[1]
                )
        rows = []
        for name, spans in groups.values():
            variants = {texts[side][s:e] for side, s, e in spans}
            rows.append(
                EntityRow(
                    name,
                    "source",
                    tuple(sorted(variants)),
                    tuple((s, e) for side, s, e in spans if side == 0),
                    tuple((s, e) for side, s, e in spans if side == 1),
                )
            )
        rows.sort(key=lambda r: (-(r.count_a + r.count_b), r.name))
        return tuple(rows)

    def _entity_rows(self, i: int, j: int) -> tuple[EntityRow, ...]:
        rows: list[EntityRow] = []
        for ent in self.entities:
            sa = tuple(sorted((s, e) for ai, s, e in ent.mentions if ai == i))
            sb = tuple(sorted((s, e) for ai, s, e in ent.mentions if ai == j))
            if sa or sb:
                variants = {
                    self.analyses[ai].article.text[s:e] for ai, s, e in ent.mentions if ai in (i, j)
                }
                rows.append(EntityRow(ent.name, ent.kind, tuple(sorted(variants)), sa, sb))
        rows.extend(_number_rows(self.analyses[i], self.analyses[j]))
        rows.extend(_date_rows(self.analyses[i], self.analyses[j]))
        rows.sort(key=lambda r: (ENTITY_TYPES.index(r.type), -(r.count_a + r.count_b), r.name))
        return tuple(rows)


#: Where a place is the scope of what follows: "in Galway West, where", "Dublin Bay South
#: recorded"
_SCOPE_BEFORE = re.compile(
    r"\b(?:in|at|across|throughout)\s+(?:the\s+|[A-Z][\w'’-]*['’]s\s+)?"  # "In Ethiopia's Oromia"
    r"(?:(?:district|region|province|state|county|city|town|village|municipality)\s+of\s+)?\Z",
    re.IGNORECASE,
)
_PARTS = r"(?:district|county|province|region|municipality|prefecture|borough|city|town)"
_PART_AFTER = re.compile(rf"\s+{_PARTS}\b")
_PART_BEFORE = re.compile(rf"\b{_PARTS}\s+of\s+\Z")
#: "alone" after what a figure is for (not "was alone", "left alone")
_PART_ALONE = re.compile(
    r"(?<!\bnot )(?<!\bleft )(?<!\bleave )(?<!\blive )(?<!\blived )(?<!\bliving )(?<!\bwas )"
    r"(?<!\bwere )(?<!\bis )(?<!\bare )(?<!\bbe )(?<!\bbeen )"
    r"(?<!\bgovern )(?<!\brule )(?<!\bact )(?<!\bstand )(?<!\bgo )(?<!\bwork )\balone\b"
)
#: The words a part is named by, before "alone": "the first year", "the flooded lower deck"
_PART_BEFORE_ALONE = re.compile(
    rf"(?:\b(?!(?i:{'|'.join(sorted(STOPWORDS))})\b)([^\W\d_]+)\s+)?([^\W\d_]+?)s?\W*\Z"
)
#: A figure for the whole: "across the state", "nationwide"
_WHOLE = re.compile(
    r"\b(?:across|throughout|in)\s+the\s+(?:whole\s+|entire\s+)?(?:state|country|nation)\b"
    r"|\b(?:nationwide|statewide|countrywide|nationally)\b",
    re.IGNORECASE,
)
#: A company's name ("Corvaris Therapeutics", "Karsov Chemical Industries (KCI)"), and the
#: words its articles call it by
_FIRM = re.compile(
    r"\b(?:Inc|Corp|Corporation|Company|Co|Ltd|Plc|PLC|LLC|SpA|GmbH|AG|SA|Group|Holdings|"
    r"Industries|Therapeutics|Pharmaceuticals|Motors|Airlines|Airways|Rail|Metals|Steel|Energy|"
    r"Technologies|Systems|Bank)\b"
)
_FIRM_ROLES = frozenset(("company", "firm", "group", "carrier", "airline", "operator", "maker"))
#: A day named from another: "the next day", "two days later"
_NEXT_DAY = re.compile(
    r"\b(?:the\s+(?:next|following|previous)\s+(?:day|morning|evening|week)|the\s+day\s+(?:after|"
    r"before)|(?:a|one|two|three|four|five|\d+)\s+days?\s+(?:later|earlier|after|before))\b",
    re.IGNORECASE,
)
#: Units a time written in seconds counts in words too: "two hours, three minutes and 17 seconds"
_LARGER_TIME = re.compile(r"\b(?:hours?|minutes?)\b", re.IGNORECASE)
#: ... or the district a town is in: "Some 9,000 people across the Lysk district"
_DISTRICT = re.compile(
    r"\b(?:across|throughout)\s+(?:the\s+)?(?:whole\s+|entire\s+)?(?:[A-Z][\w'’-]+\s+)?"
    r"(?:district|region|province|county|area)\b"
    # ... or all of a body's sites: "about 1,400 dockworkers across its three terminals"
    r"|\b(?:across|at\s+all(?:\s+of)?)\s+(?:its|their|the)\s+(?:\w+\s+)?(?:terminals|sites|plants|"
    r"factories|mines|branches|stores|offices|hospitals|schools|depots|warehouses|ports|campuses)\b"
)
#: What follows a figure before the place it counts: "2,300 residents of Brevno"
_OF_PLACE = re.compile(r"(?:\s+[a-z]+){0,2}\s+(?:of|in|from|at)\s+")
#: What joins a person to the body they speak for: "Per Halvorsen of Brenna Bank"
_OF_BODY = re.compile(r"\s+(?:of|at|from)\s+")
_SCOPE_AFTER = re.compile(r",?\s+(?:where|(?:has\s+|have\s+)?(?:recorded|saw|seen|had))\b")
#: What a score was against: "... defeat by", "... win over", "... draw with"
_OPPONENT_BEFORE = re.compile(r"\b(?:by|over|against|to|with)\s+(?:the\s+)?\Z")
#: What a sum of money is: "a ransom of $15 million", "worth roughly $15 million", "a $2,000
#: fine" (words of one kind map to one)
_PURPOSES = (
    r"(ransom|fine|bail|reward|bribe|salary|bonus|worth|valued\s+at"
    r"|added|contributed|shaved|wiped|knocked"  # "added about 95 billion yen to", "shaved ... off"
    r"|take\s+home|takes\s+home|took\s+home|starting\s+level)"  # a prize net of tax, a reset
)
_GAIN_LOSS = {"added": "gain", "contributed": "gain", "shaved": "loss", "wiped": "loss",
              "knocked": "loss", "valued at": "worth", "takes home": "take home",
              "took home": "take home"}  # fmt: skip
_PURPOSE_BEFORE = re.compile(rf"\b{_PURPOSES}s?\s+(?:of\s+|at\s+)?\Z", re.IGNORECASE)
_PURPOSE_AFTER = re.compile(rf"\s+(?:in\s+)?{_PURPOSES}s?\b", re.IGNORECASE)
#: Whose sales a figure counts: "Hybrid sales reached about 310,000 units", "North American
#: sales rose 9%"
_SALES_OF = re.compile(
    r"\b([A-Za-z][\w-]*)\s+sales\s+(?:\w+\s+){0,2}?(?:reached|totalled|totaled|rose|fell|"
    r"climbed|jumped|dropped|hit|were|was|grew|increased|decreased|of|to)\b[^.;]*\Z"
)
#: A sentence dated to a year: "In 1998 a tsunami ..."
_IN_YEAR = re.compile(
    rf"(?:In|During|Back\s+in)\s+(?:{MONTH_NAME}\s+)?((?:19|20)\d\d)\b(?![-–/]|\s*(?:-|to)\s*\d)"
)
#: ... or a clause it opens before the figure: "last raised duties in 2019, when it imposed a
#: temporary 8 percent levy"
_YEAR_WHEN = re.compile(  # "since 2000, when", "in November 2021, in which"
    rf"\b(?:in|since)\s+(?:{MONTH_NAME}\s+)?((?:19|20)\d\d),\s+(?:when|in\s+which)\b"
)
#: ... or a year given just before the figure, its verb between: "A fire in the same hall in 2009
#: killed seven people"
_IN_YEAR_BEFORE = re.compile(r"\bin\s+((?:19|20)\d\d)\s+(?:[a-z]+\s+){1,2}\Z")
_YEAR = re.compile(r"\b((?:19|20)\d\d)\b")
#: Spans of time that say when, not how long: "a year earlier", "compared with 27.9 million a
#: year earlier"
_WHEN = frozenset(("duration:ago", "duration:base"))
#: A year named from today, as an offset from the year of publication
_FROM_TODAY = {"this": 0, "last": -1, "next": 1}
#: A sentence that opens on a year named from today: "Last year we had four homicides" (one
#: that opens on a year in digits is ``_IN_YEAR``'s)
_YEAR_NAMED_OPENING = re.compile(r"\s*(Last|This|Next)\s+year\b")
#: ... or on a time long past: "A decade ago,", "Ten years ago,", "Two years earlier,"
_AGO_OPENING = re.compile(
    r"\s*(?:(?:A|One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Twenty|Fifteen|\d+|Some|"
    r"About|Nearly|More\s+than)\s+(?:decades?|years?)|A\s+generation)\s+(?:ago|earlier|before)\b"
)
#: A time past named beside a figure: "Last season, 860 homes were lost", "four years ago ...
#: with 16 golds", "At the last championships Norland collected 12", "In that crash, 12 ..." (not
#: "last year", often when something was reported, not when it happened)
_PAST_MARK = re.compile(
    r"(?<!since\s)(?<!than\s)\b(?:"
    r"(?:[Ll]ast|[Pp]revious|[Tt]he\s+last)\s+(?:season|championships?|games|edition|census|"
    r"tournament)"
    # "On the previous sailing, ... 87 passengers and 9 crew members fell ill"
    r"|(?:[Oo]n|[Ii]n|[Dd]uring)\s+(?:the|its|their)\s+(?:previous|prior|last)\s+(?:sailing|voyage|"
    r"cruise|flight|trip|outbreak|visit|tour|run|mission|shift)"
    r"|(?:years|decades|seasons|a\s+decade)\s+(?:ago|earlier)"
    r"|[Ii]n\s+that\s+(?:crash|attack|disaster|flood|fire|quake|earthquake|storm|collision|"
    r"incident|match|game|race|election|census|season))\b"
)
#: What ends a figure's own words after it: a clause, another figure or one it is set against
#: ("fell to 27.5% from 31.4% four years ago": the time past is the 31.4%'s)
_OTHER_FIGURE = re.compile(r"[,;\d]|\b(?:from|than|compared|against|versus)\b")
#: A sentence about another event than the story's: "A separate crash on the northbound
#: carriageway ... involved 3 cars"
_OTHER_EVENT = re.compile(
    r"\b(?:[Aa]\s+separate|[Aa]n\s+unrelated|[Aa]nother)\s+(?:crash|collision|accident|incident|"
    r"attack|fire|blaze|explosion|shooting|earthquake|quake|flood|storm|outbreak|derailment)\b"
)
#: A sentence opening on a clause that sets the time of the whole sentence
_TIME_CLAUSE_OPENING = re.compile(r"\s*(?:When|As|After|Before|In|At|During|Back)\b")


def _past_marked(text: str, sent: Sentence, q: Quantity) -> bool:
    """Whether a time past is named beside figure ``q`` in its clause ("won 12 golds at the last
    championships"), or in a first clause that sets the time of the whole sentence ("When the
    sides met ... last season, Millbrook won")."""
    after = _OTHER_FIGURE.search(text, q.end, sent.end)
    if _PAST_MARK.search(text, q.end, after.start() if after else sent.end):
        return True
    for m in _PAST_MARK.finditer(text, sent.start, q.start):
        between = text[m.end() : q.start]
        if not re.search(r"[,;]", between):
            return True
        opening = text[sent.start : m.start()]
        if (
            ";" not in between
            and "," not in opening
            and (not opening.strip() or _TIME_CLAUSE_OPENING.match(opening))
        ):
            return True
    return False


#: A reporting period: a company's year, half or quarter; a match's half or the whole match
_PERIOD = re.compile(
    r"\b(?:(?P<year>full[- ]year|for\s+the\s+(?:full\s+|whole\s+)?year|annual|annually|"
    r"fiscal\s+year)|(?P<half>first[- ]half|second[- ]half|half[- ]year|half[- ]time|"
    r"(?-i:HT)|(?:before|at)\s+the\s+break)|"
    r"(?P<quarter>quarter|quarterly|(?-i:Q[1-4]))|"
    r"(?P<match>full[- ]time|(?-i:FT)|finished\s+with|over\s+the\s+(?:whole\s+|full\s+)?"
    r"(?:match|game|90\s+minutes))|"
    # a trading day's start and its close: "rose 3.5% in early trading" / "closed 1.2% higher"
    r"(?P<opening>(?:in\s+)?(?:early|morning|opening)\s+(?:trading|trade|deals)|at\s+the\s+open|"
    r"opened)|(?P<close>closed|at\s+the\s+close|to\s+close|by\s+the\s+close|ended\s+the\s+day))\b",
    re.IGNORECASE,
)
#: Where one clause of a sentence ends and another begins
_CLAUSE_BREAK = re.compile(r",\s+(?:and|but|while|whereas)\s|;")
#: What a change is measured against: "0.2 points lower than in the previous quarter", "up 3%
#: on a year earlier", "year-on-year"
_CHANGE_BASE = re.compile(
    r"[^.;:!?]{0,60}?\b(?:"
    r"(?P<quarter>(?:than|from|on|over|against)\s+(?:in\s+)?(?:the\s+)?(?:previous|prior|last|"
    r"preceding)\s+quarter|quarter[- ]on[- ]quarter|on\s+the\s+quarter|a\s+quarter\s+"
    r"(?:earlier|ago|before))"
    r"|(?P<month>(?:than|from|on|over|against)\s+(?:in\s+)?(?:the\s+)?(?:previous|prior|last|"
    r"preceding)\s+month|month[- ]on[- ]month|on\s+the\s+month|a\s+month\s+(?:earlier|ago|before))"
    r"|(?P<year>(?:than|from|on|over|against)\s+(?:in\s+)?(?:the\s+)?(?:previous|prior|last|"
    r"preceding)\s+year|year[- ]on[- ]year|on\s+the\s+year|a\s+year\s+(?:earlier|ago|before)|"
    r"(?:than|from|on|over)\s+(?:the\s+)?same\s+(?:period|quarter|month)\s+(?:of\s+|in\s+)?"
    r"(?:last|the\s+previous)\s+year))",
    re.IGNORECASE,
)
#: The year beside a figure: "fell to 1,284 in 2025", "87 cyclists died in 2024"
_FIGURE_YEAR_AFTER = re.compile(
    r"(?:\s+[a-z][a-z-]*){0,2}?\s+(?:in\s+((?:19|20)\d\d)\b(?![-–/]|\s*(?:-|to)\s*\d)"
    # ... or a year named from today: "180 call-outs this year", "up 4.6% since the start of
    # the year" (this), "fell 3% last year" (last)
    r"|(?:so\s+far\s+)?(this|last|next)\s+year\b"
    r"|since\s+the\s+(?:start|beginning)\s+of\s+the\s+year\b|year[- ]to[- ]date\b|YTD\b)"
)
#: ... or before it: "compared with 2024, when 1,367 people died", "The 2020 baseline used for
#: the target is 1,380"
_FIGURE_YEAR_BEFORE = re.compile(
    r"\b((?:19|20)\d\d),?\s+when\s+(?:[a-z]+\s+){0,3}\Z"
    r"|\b((?:19|20)\d\d)\s+(?:baseline|figure|total|level)\b[^.;]{0,40}\Z"
    # ... or a year named from today: "the number of homicides this year to three"
    r"|\b(this|last|next)\s+year(?:\s+(?:to|at|of|was|is|reached|hit|stood\s+at|rose\s+to|"
    r"fell\s+to))?\s+\Z",
    re.IGNORECASE,
)
#: What was done to what a figure counts: two figures of two acts are two facts ("imported 2.3
#: million tonnes" / "Domestic mills produced 1.9 million tonnes")
_ACTS = {"impo": "import", "expo": "export", "prod": "produce", "mine": "produce",
         "boug": "buy", "buy": "buy", "buys": "buy", "buyi": "buy", "purc": "buy",
         "sold": "sell", "sell": "sell",
         "evac": "evacuate", "dest": "destroy", "dama": "damage", "coll": "collect",
         "rais": "collect", "reco": "recover"}  # fmt: skip
_ACT_WORDS = (
    r"(import(?:ed|s|ing)?|export(?:ed|s|ing)?|produc(?:ed|es|e|ing)|mined|bought|buys?|"
    r"buying|purchas(?:ed|es|e|ing)|sold|sells?|selling|evacuated|destroyed|damaged|collected|"
    r"raised|recovered)"
)
#: A figure's hedge between the words before it and the figure: "bought about", "of nearly"
_ABOUT = r"about|around|some|nearly|almost|roughly|more\s+than|over"
_ACT_BEFORE = re.compile(
    rf"\b{_ACT_WORDS}:?\s+(?:(?:{_ABOUT}|a\s+record|an?\s+estimated|at\s+least)\s+)?\Z",
    re.IGNORECASE,
)
_ACT_AFTER = re.compile(rf"(?:\s+[a-z]+){{0,3}}?\s+{_ACT_WORDS}\b", re.IGNORECASE)
#: A share lost or gained is a share and a change: "lost 2.3% of its population"
_LOST_SHARE_BEFORE = re.compile(
    rf"\b(?:lost|loses|losing|shed|sheds|gained|gains|added|adds|wiped)\s+(?:(?:{_ABOUT}|just)\s+)?\Z",
    re.IGNORECASE,
)
#: A percentage of something ("44% of its reserves", "accounts for 41%"), not a change
_SHARE_AFTER = re.compile(r"\s*(?:%|percent|per\s+cent)?\s+of\s+(?!the\s+(?:year|month))")
_SHARE_BEFORE = re.compile(
    r"\b(?:accounts?\s+for|accounted\s+for|makes?\s+up|made\s+up|share\s+of|proportion\s+of)"
    rf"\s+(?:(?:{_ABOUT}|just)\s+)?\Z",
    re.IGNORECASE,
)
#: ... a change: "Gold prices have risen about 13 percent", "up 19 percent"
_CHANGE_BEFORE = re.compile(
    r"\b(?:rose|risen|rises|rising|fell|fallen|falls|falling|gained|lost|jumped|climbed|dropped|"
    r"slid|declined|increased|decreased|grew|grown|shrank|up|down|(?:a\s+)?(?:rise|increase|fall|"
    r"drop|gain|decline|jump|reduction|cut)\s+of)\s+(?:by\s+)?"
    # ... the change restated: "fell by 83, or about 6 per cent", "a reduction of 83 deaths, or"
    r"(?:\d[\d,.]*(?:\s+[a-z]+)?,?\s+or\s+)?"
    rf"(?:(?:{_ABOUT}|just)\s+)?\Z",
    re.IGNORECASE,
)
#: Between a name and a figure, what makes the figure another clause's or another thing's
_HOLDER_BREAK = re.compile(
    r";|\b(?:while|whereas|but|than|against|compared|versus|vs|from|by|over)\b", re.IGNORECASE
)
#: A name that says the figure, not one it belongs to: "the ministry said", "according to
#: the ministry"
_SOURCE_AFTER = re.compile(
    r"(?:\s+\w+){0,2}?\s+(?:said|says|say|told|reported|reports|announced|estimated|estimates|"
    r"confirmed|stated|counted|put|puts)\b"
)
#: A figure's places, several after "across" or "in": "47 cases across Harlow, Dunmore and
#: Pellston counties"
_ACROSS_PLACES = re.compile(
    r"(?:\s+[a-z]+){0,2}\s+(?:across|in|at)\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*"
    r"(?:\s*,\s*[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*)*,?\s+(?:and|or)\s+[A-Z][\w'’-]*"
)
#: A name that only qualifies the subject: "The Nagoya-based carmaker"
_MODIFIER_AFTER = re.compile(r"-(?:based|born|headquartered|owned|listed|registered|made|led)\b")
#: A figure of the name before it: "six of its patients"
_OF_ITS = re.compile(r"\s+(?:of\s+)?(?:its|their)\b")
#: A place named after another name: "St Brigid's Hospital in Lowmoor"
_IN_PLACE_BEFORE = re.compile(r"\b(?:in|at|of)\s+\Z")
#: Where a clause opens, and what may stand before its subject ("In Korvin, ", "The")
_CLAUSE_OPENING = re.compile(
    r"[;:—]|,\s+(?:while|whereas|and|but)\b|\b(?:while|whereas)\b"
    # a clause before the subject: "Since the walkout began, Port Velmar has moved"
    r"|\b(?:Since|When|After|Before|Although|Though|Because|Until|Once)\s[^,;:]{1,60},"
)
_SUBJECT_BEFORE = re.compile(  # ... or one word: "Hosts Valmora sit second with 11 gold"
    r"\s*(?:(?:In|in|At|at|Across|across)\s+)?(?:[Tt]he\s+)?(?:[A-Z][a-z]+\s+)?"
)
#: Capitalised words that name no one: a sentence's opening
_OPENING_WORDS = frozenset("the a an he she it they his her their in on at after before".split())
#: What was asked for, or the most allowed, before a prison term: "prosecutors had sought a
#: 15-year sentence", "faces up to ten years"
_ASKED_BEFORE = re.compile(
    r"\b(?:(?P<demand>demanded|demanding|demands|sought|seeking|seeks|asked\s+for|asking\s+for|"
    r"requested|called\s+for|calling\s+for|pushed\s+for)|(?P<maximum>faces?|facing|carries|"
    r"carrying|punishable\s+by|maximum\s+(?:sentence|penalty|term)\s+of))\s+"
    r"(?:(?:a|an|up\s+to|at\s+least|as\s+much\s+as|as\s+many\s+as)\s+)*\Z",
    re.IGNORECASE,
)
#: A count's change after its figure, ending its clause: "will pay about £69 a year more," (not
#: "launched 21 more satellites", which counts them)
_MORE_AFTER = re.compile(
    # "three seats fewer than the 70 it won"
    r"(?:\s+[a-z]+(?=\s+(?:more|less|fewer)\s+than\b))?"
    r"(?:\s+(?:a|per)\s+(?:year|month|week|day))?\s+(?:more|less|fewer|extra|higher|lower|"
    r"better\s+off|worse\s+off)\b"
    r"(?=\s*[,.;:)]|\s*$|\s+(?:than|on\s+the\s+year|a\s+year)\b)",
    re.IGNORECASE,
)
#: A percentage's change named after it: "a 3.2% rise", "a 5 per cent pay increase"
_CHANGE_NOUN_AFTER = re.compile(
    r"\s*(?:%|percent|per\s+cent)?\s+(?:pay\s+|price\s+|year-on-year\s+)?(?:rise|increase|fall|"
    r"drop|decline|cut|gain|jump|hike|raise|reduction)\b",
    re.IGNORECASE,
)
#: ... a count's change before it: "deaths fell by 83" (not "fell to 1,284")
_CHANGED_BY = re.compile(
    r"\b(?:rose|risen|rises|fell|fallen|falls|increased|increases|decreased|declined|dropped|grew|"
    rf"grown|grows|climbed|jumped|up|down)\s+by\s+(?:(?:{_ABOUT}|just)\s+)?\Z"
    rf"|\b(?:reduction|rise|increase|fall|drop|decline)\s+of\s+(?:(?:{_ABOUT}|just)\s+)?\Z"
    r"|\b(?:get|gets|receive|receives|given)\s+an?\s+(?:extra|additional)\s+\Z",  # "an extra $2.7m"
    re.IGNORECASE,
)
#: A sum's change named after it: "a $52-million increase", "a £3m cut"
_CHANGE_NOUN = re.compile(
    r"(?:-?\s*(?:million|billion|bn|m))?\s+(?:increase|rise|cut|boost|hike|reduction|drop|fall)\b",
    re.IGNORECASE,
)
#: A threshold after a figure: "... had been waiting longer than 18 weeks", "... for more than a
#: year"
_THRESHOLD_AFTER = re.compile(
    r"[^.;,]{0,40}?\b(?:waiting|waited|wait|for)\s+(?:longer|more)\s+than\s+(?:an?|one|two|three|\d)",
    re.IGNORECASE,
)
_USUAL_BEFORE = re.compile(
    r"\b(?:normally|usually|typically|ordinarily|on\s+a\s+normal\s+day)\s+(?:[a-z]+\s+){0,2}\Z",
    re.IGNORECASE,
)
_POPULACE_BEFORE = re.compile(
    r"\b(?:home\s+to|population\s+(?:of|is|was|stands\s+at)|(?:town|city|village|island|islands|"
    rf"country|nation|region|district|province|state)\s+of|inhabitants?\s+of)\s+"
    rf"(?:(?:{_ABOUT}|just|at\s+least|fewer\s+than|under)\s+)?\Z",
    re.IGNORECASE,
)
#: ... or after it: "About 60 people lived in the building", "55 people were registered as
#: living in" (not "300 people living in the buildings were told to leave")
_LIVED_AFTER = re.compile(
    r"(?:\s+(?:people|residents|families|tenants))?\s+(?:lived|live|resided|reside|"
    r"(?:were|are|had\s+been)\s+(?:registered\s+as\s+)?(?:living|residing))\s+(?:in|at|on)\b",
    re.IGNORECASE,
)
#: A penalty shoot-out's score: "4-3 on penalties", "5-4 in a shoot-out"
_SHOOTOUT_AFTER = re.compile(
    r"\s+(?:on\s+(?:penalties|penalty\s+kicks|spot[- ]kicks|pens)|in\s+(?:a|the)\s+"
    r"(?:penalty\s+)?shoot-?out)\b",
    re.IGNORECASE,
)
#: A score on the way to the result: "went to extra time at 1-1", "made it 2-0", "led 1-0"
_RUNNING_BEFORE = re.compile(
    r"\b(?:at|made\s+it|make\s+it|making\s+it|led|leading|lead|trailed|trailing|trail)\s+\Z",
    re.IGNORECASE,
)
#: A pronoun that speaks: '"It was terrifying," she said.', "He added:"
_SHE_SAID = re.compile(
    r"\b(?:[Hh]e|[Ss]he)\s+(?:later\s+|also\s+)?(?:said|says|added|adds|told|explained|insisted|"
    r"warned|continued|went\s+on)\b"
)
#: A sentence that opens a quote and does not close it, and one that closes it
_OPENS = re.compile(r'\s*[“"][^”"]*\Z')
_CLOSES = re.compile(r'[^“"”]*[”"]')


def _other_person(sentence: str, name: str) -> bool:
    """``sentence`` names a person other than ``name`` ("Agnes Pulman" after "Gideon Marsh")."""
    last = name.split()[-1]
    return any(last not in m.group() for m in _TWO_NAMES.finditer(sentence))


#: Two capitalised words in a row, a person's name perhaps
_TWO_NAMES = re.compile(r"\b[A-ZÀ-Þ][a-zà-ÿ'’-]+\s+[A-ZÀ-Þ][a-zà-ÿ'’-]+")


#: ... within this many prose sentences of the name
_PRONOUN_REACH = 3
#: A credit that names a person ("Dr. Ilse Marrow", "Faisal bin Tariq"; not "the agency")
_PERSON_NAME = re.compile(
    r"(?!.*\b(?:Office|Service|Services|Commission|Council|Department|Agency|Ministry|Authority|"
    r"Board|Police|Court|Union|Party|Company|Group|Bank|Institute|University|Association|"
    r"Brigade|Command|Army|Forces|Government|Trust|Society|Times|Post|News|Press)$)"
    r"(?:(?:Dr|Mr|Mrs|Ms|Prof|Sen|Rep|Gov|Gen|Sir|Dame)\.?\s+[A-ZÀ-Þ][\w'’.-]+|[A-ZÀ-Þ][\w'’.-]+"
    r"(?:\s+(?:bin|bint|ibn|al|de|da|van|von|der|le|la|[A-ZÀ-Þ][\w'’.-]+))+)"
    r"(?:\s+(?:bin|bint|ibn|al|de|da|van|von|der|le|la|[A-ZÀ-Þ][\w'’.-]+))*"
)
#: An earlier meeting named before a score in its sentence: "won last season's derby 3-1",
#: "The last time the clubs met ..., in 2023, Athletic went through 4-3"
_PAST_MEETING = re.compile(
    r"\b(?:last|previous)\s+(?:season|year|time|meeting|campaign)|\bin\s+(?:19|20)\d\d\b",
    re.IGNORECASE,
)
#: A footnote's mark: superscript digits (not a unit's square or cube: "40 m²"), or a bracketed
#: number against a word or figure
_SUPERSCRIPT = re.compile("[¹²³⁰⁴-⁹]")
_FOOTNOTE = re.compile(
    r"[¹⁰⁴-⁹][¹²³⁰⁴-⁹]*|(?<!\bm)(?<!\bkm)(?<!\bcm)(?<!\bmm)(?<!\bft)(?<!\bmi)[²³][¹²³⁰⁴-⁹]*"
    r"|(?<=[\w%.,;:)])\[\d{1,2}\]"
)
#: A decimal comma ("magnitude 6,8", "€1,5 million"; not "6,800" nor a list "6, 8")
_DECIMAL_COMMA = re.compile(r"(?<![\d.,])\d{1,3},\d{1,2}(?![\d,])")
_COMMA_THOUSANDS = re.compile(r"(?<![\d.,])\d{1,3}(?:,\d{3})+(?![\d])")
#: ... and the numbers to read: "1.250" (thousands), "6,8" (a decimal)
_EUROPEAN = re.compile(
    r"(?<![\d.,])\d{1,3}(?:\.\d{3})+(?:,\d+)?(?![\d.])|(?<![\d.,])\d+,\d{1,2}(?![\d,])"
)
_SWAP_MARKS = str.maketrans(".,", ",.")
#: A figure in words restated in digits, as legal texts write it: "four (4) years"
_RESTATED = re.compile(
    r"\b(?P<w>(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|"
    r"thirty|forty|fifty|sixty|ninety|hundred)(?:-[a-z]+)?)\s\(\d{1,4}\)(?=\s)",
    re.IGNORECASE,
)
#: Digit groups split by no-break, narrow no-break or thin spaces ("1 820", "12 500 000")
_GROUP_SPACE = re.compile("[\u00a0\u202f\u2009]")
_GROUPED = re.compile("(?<![\\d,.])\\d{1,3}(?:[\u00a0\u202f\u2009]\\d{3})+(?![\\d])")


def _numbers(an: Analysis, k: int) -> tuple[tuple[str, str, float, str], ...]:
    """Sentence ``k``'s figures as the aligner matches them across units: (number term, measure,
    value in the measure's base unit, unit)."""
    out = []
    for q in an.quantities_of[k]:
        if q.measure and q.relation != "range" and q.unit != "time":
            term = next(
                (t for t in content_terms(an.article.text[q.start : q.end]) if t[0].isdigit()), ""
            )
            if term:
                out.append((term, plain_measure(q.measure), base_value(q), q.unit))
    return tuple(out)


def _filed(s: Sentence) -> int:
    """How long the dateline opening a prose sentence is (0: none): where and when the story was
    filed, not what it says, which the aligner leaves out; so are a numbered note's "1. " and a
    transcript's label for a part in the programme ("REPORTER (on camera): ")."""
    if s.kind != PROSE:
        return 0
    m = DATELINE.match(s.text) or LIST_MARK.match(s.text)
    return m.end() if m else _programme_part(s)


def _posted(s: Sentence) -> int:
    """How long a live blog's post time opening a sentence is ("13:45 Summary: ..."; 0: none):
    the word after it starts the sentence, no name."""
    m = _POSTED.match(s.text)
    return m.end() if m else 0


_POSTED = re.compile(POSTED_AT)


def _turn_of(an: Analysis, sentences: Sequence[int]) -> str:
    """Who speaks the first of ``sentences`` that falls in a transcript speaker's turn, or ""."""
    for k in sentences:
        span = an.turns[k] if k < len(an.turns) else None
        if span:
            return an.article.text[span[0] : span[1]]
    return ""


def _programme_part(s: Sentence) -> int:
    """How long the speaker label opening a prose sentence is when it names a part in the
    programme ("ANCHOR: "), not a source ("REMZI GÜRSOY, ISTANBUL FIRE DEPARTMENT:") nor a
    list line's label ("MDR: 34,912 votes"), or a form field's name ("Recall Date: ") (0:
    none)."""
    label = speaker_label(s.text, 0, len(s.text)) if s.kind == PROSE else None
    if label and label[2] == "part":
        return label[0]
    field = _FIELD_LABEL.match(s.text) if s.kind == PROSE else None
    return field.end() if field else 0  # "Recall Date: March 12, 2026": a form's field


#: A form's field name before its value: "Recall Date:", "Case Number:", "Release date:"
_FIELD_LABEL = re.compile(
    r"(?:[A-Z][\w'’-]*\s+){0,3}(?:[Dd]ate|[Nn]umber|[Nn]o\.|[Rr]ef(?:erence)?|ID|[Cc]ode|"
    r"[Tt]ime)\s*:\s*"
)


def _unfiled(text: str, filed: int) -> str:
    """``text`` with its first ``filed`` characters blanked (offsets kept)."""
    return " " * filed + text[filed:] if filed else text


#: What may follow the name that ends a source: its data ("according to UN figures")
_SOURCE_REST = re.compile(
    rf"\W*(?:\s(?:{SOURCE_DATA}|spokes(?:person|man|woman)|officials?|sources?)\W*)?"
)


def _number_rows(a: Analysis, b: Analysis) -> list[EntityRow]:
    groups: dict[str, list[tuple[int, Quantity]]] = {}
    for side, an in ((0, a), (1, b)):
        for q in an.quantities:
            groups.setdefault(_row_name(q), []).append((side, q))
    return [
        EntityRow(
            name,
            "number",
            tuple(sorted({q.text for _, q in items})),
            tuple((q.start, q.end) for s, q in items if s == 0),
            tuple((q.start, q.end) for s, q in items if s == 1),
        )
        for name, items in groups.items()
    ]


def _row_name(q: Quantity) -> str:
    """How the Numbers group names a figure: "3 years", "2 killed", "magnitude 6.8"."""
    figure, unit, event = _figure(q), row_unit(q), event_label(q)
    if unit in ("category", "magnitude"):
        figure, unit = unit, figure  # "magnitude 6.8", "category 3"
    if q.measure == "age":
        return f"aged {figure}"  # "The man, 23," and "a 23-year-old man"
    if q.measure == "year_bc":
        return f"{figure.replace(',', '')} BC"  # a year: "1450 BC", not "1,450 BC"
    if (
        q.unit == "second"
        and q.value >= 60
        and q.relation != "range"
        and q.value == int(q.value)
        and (":" in q.text or _LARGER_TIME.search(q.text))  # not "94 seconds"
    ):
        h, rest = divmod(int(q.value), 3600)
        # a race time as one is written: "2:00:35" (also for "two hours and 35 seconds")
        return f"{h}:{rest // 60:02d}:{rest % 60:02d}" if h else f"{rest // 60}:{rest % 60:02d}"
    return " ".join(x for x in (figure, unit, event) if x)


def _figure(q: Quantity) -> str:
    """How a Numbers row names a figure: its value (hedges are variants of one row), but a range
    as a range and a vague amount, a fraction or an ordinal as written (*thousands of*, not
    1,000)."""
    if q.relation == "vague":
        return q.text.lower() + " of"
    if q.measure == "percent" and q.unit != "percent":  # a fraction: "a quarter of forces"
        return q.text.lower().removeprefix(q.qualifier.lower()).strip() + " of"
    if q.unit == "time":
        clock = lambda v: f"{int(v) // 60:02d}:{int(v) % 60:02d}"  # noqa: E731  "11:10 a.m."
        return f"{clock(q.low)}–{clock(q.high)}" if q.relation == "range" else clock(q.value)
    if q.unit == "tally":
        return "-".join(tally_parts(q.text))  # "52-48", not 52; "six to three" is "6-3"
    if q.relation == "ordinal":
        return q.text.lower()  # "fourth year", not 4 years
    if q.relation == "range":
        return f"{_fmt(q.low)}–{_fmt(q.high)}"
    return _fmt(q.value)


def _date_rows(a: Analysis, b: Analysis) -> list[EntityRow]:
    groups: dict[str, list[tuple[int, DateValue]]] = {}
    for side, an in ((0, a), (1, b)):
        for d in an.dates:
            groups.setdefault(d.iso, []).append((side, d))
    return [
        EntityRow(
            date_label(iso),
            "date",
            tuple(sorted({d.text for _, d in items})),
            tuple((d.start, d.end) for s, d in items if s == 0),
            tuple((d.start, d.end) for s, d in items if s == 1),
        )
        for iso, items in groups.items()
    ]


_MONTHS = (
    "January February March April May June July August September October November December"
).split()


def date_label(iso: str) -> str:
    """``2022-12-23`` as ``23 December 2022``, ``2020/2022`` as ``2020–2022``; a date without a
    year says so."""
    if "/" in iso:
        return iso.replace("/", "–")
    parts = iso.split("-")
    year = parts[0] if parts[0].isdigit() else ""
    month = ""
    if len(parts) > 1 and parts[1].isdigit() and 1 <= int(parts[1]) <= 12:
        month = _MONTHS[int(parts[1]) - 1]
    day = str(int(parts[2])) if len(parts) > 2 and parts[2].isdigit() else ""
    label = " ".join(x for x in (day, month, year) if x)
    if not label:
        return iso
    return label if year else f"{label} (no year)"


def _fmt(v: float) -> str:
    """A figure as a row names it: 11,000; 2.5; 3 billion (not 3,000,000,000); 1,425,775,850."""
    for scale, word in ((1e12, "trillion"), (1e9, "billion"), (1e6, "million")):
        x = v / scale * 10_000
        if abs(v) >= scale and abs(x - round(x)) < 1e-6:
            return f"{round(x) / 10_000:g} {word}"  # "1.4286 billion", not "1428.6 million"
    return f"{v:,.0f}" if v == int(v) else f"{v:,.12g}"  # "38,703.27", not "38,703.3"


def compare_articles(
    a: Article, b: Article, *, lines: bool = False, threshold: float = DEFAULT_THRESHOLD
) -> Comparison:
    """Compare two articles on their own."""
    return Corpus([a, b], lines=lines).compare(0, 1, threshold=threshold)
