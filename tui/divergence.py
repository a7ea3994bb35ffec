"""What differs inside an aligned pair: numbers, wording, attribution, quotes."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from rapidfuzz.distance import JaroWinkler, Levenshtein

from tui.quantities import (
    CONFLICT,
    DIFFER,
    LABELLED_ID,
    QUALIFIER,
    UNIT_NAMES,
    DateDiff,
    DateValue,
    NumberDiff,
    Quantity,
    compare_dates,
    compare_numbers,
)
from tui.quotes import QuoteDiff
from tui.text import (
    NAME_ARTICLE,
    NUMBER_WORDS,
    REPORTING,
    TENS,
    is_content,
    light_stem,
    speaker_label,
    tokens,
    unaccented,
)

#: Divergence levels of a pair, strongest first.
LEVEL_CONFLICT, LEVEL_DIFFER, LEVEL_WORDS = "conflict", "differ", "words"
#: Two different sentences on one topic (too few words in common for a word diff to mean much),
#: and the same sentence with nothing flagged.
LEVEL_TOPIC, LEVEL_SAME = "topic", "same"
#: Share of content words (of the longer side) two sentences must have in common to count as one
#: sentence reworded rather than two sentences on one topic (read off the seed links).
REWORDED_OVERLAP = 0.45


@dataclass(frozen=True, slots=True)
class WordDiff:
    """Content words found on one side only, with their spans in the article text."""

    a: tuple[str, ...]
    b: tuple[str, ...]
    a_spans: tuple[tuple[int, int], ...]
    b_spans: tuple[tuple[int, int], ...]
    overlap: float = 1.0
    #: Identifiers that differ in their digits only (flight SW417 / SW471): (A span, B span)
    codes: tuple[tuple[tuple[int, int], tuple[int, int]], ...] = ()

    @property
    def reworded(self) -> bool:
        """The same sentence with some words changed (not two different sentences on one topic)."""
        return bool(self.a or self.b) and self.overlap >= REWORDED_OVERLAP


@dataclass(frozen=True, slots=True)
class Divergence:
    """Everything that differs inside one aligned pair."""

    numbers: tuple[NumberDiff, ...]
    words: WordDiff
    attribution_a: str
    attribution_b: str
    quotes: tuple[QuoteDiff, ...] = ()
    dates: tuple[DateDiff, ...] = ()
    #: The two credited names are known to be one (spellings of one name: Tsegaye / Berhanu
    #: for Birhanu Tsegaye).
    one_source: bool = False
    #: Each side credits a person by name (not known to be one): same words credited to two
    #: people are a misattribution, not a spokesman for his office.
    two_people: bool = False

    @property
    def level(self) -> str:
        """The strongest kind of difference: conflict, differ, words, topic or same."""
        statuses = {n.status for n in self.numbers} | {d.status for d in self.dates}
        if CONFLICT in statuses or self.misattributed:
            return LEVEL_CONFLICT
        if DIFFER in statuses or QUALIFIER in statuses or self.words.codes:
            return LEVEL_DIFFER
        if self.words.reworded or self.attribution_differs or self.quote_differs:
            return LEVEL_WORDS
        return LEVEL_TOPIC if self.words.a or self.words.b else LEVEL_SAME

    @property
    def quote_differs(self) -> bool:
        """True when both sides quote one passage in different words."""
        return any(q.differs for q in self.quotes)

    @property
    def attribution_differs(self) -> bool:
        """True when the sides credit different sources, or a reworded copy, or one whose figures
        or dates conflict, drops the source (who gives the other figure is what a reader needs).

        A source named only by its role (*the agency*) may be the other side's named one, so it
        differs from no named source.
        """
        a, b = self.attribution_a, self.attribution_b
        if a and b:
            if self.one_source or _unnamed(a) != _unnamed(b):
                return False
            return not same_source(a, b)
        conflict = any(x.status == CONFLICT for x in (*self.numbers, *self.dates))
        return bool(a or b) and (self.words.reworded or conflict)

    @property
    def misattributed(self) -> bool:
        """True when both sides quote one passage in the same words and credit it to two
        different people, each by name: one of them has it wrong."""
        return (
            self.two_people and self.attribution_differs and any(not q.differs for q in self.quotes)
        )

    @property
    def attribution_unsure(self) -> bool:
        """True when both sides credit a source, not known to be one, and one gives it only by
        role (*the authority* / *Penrose Gill LLP*): shown, but no difference."""
        a, b = self.attribution_a, self.attribution_b
        return bool(
            a and b and not self.one_source and not self.attribution_differs
            and not same_source(a, b)
        )  # fmt: skip


#: A content word of a sentence: (start, end, lower-cased word, stem).
Word = tuple[int, int, str, str]


#: Number words: figures are compared as quantities, so "two" vs "2" is no rewording.
_NUMBER_WORDS = frozenset(
    "zero two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
    "sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety "
    "hundred hundreds thousand thousands million millions billion billions dozen dozens".split()
)


#: A figure's hyphenated words ("61-year-old", "three-month"): the quantity's, not wording.
_FIGURE_COMPOUND = re.compile(
    rf"(?:\d[\d,.]*|\b(?:{'|'.join(sorted(_NUMBER_WORDS, key=len, reverse=True))}))"
    r"(?:-[^\W\d_]+)+"
    r"|\d[\d,.]*(?!(?:st|nd|rd|th)\b)[^\W\d_]+\b"  # "2.7m", "25km" (not "71st"): no word
    r"|\$(?:us|a|c|hk|nz|s)\d[\d,.]*[^\W\d_]*"  # "$US3.95", "$A4.2bn": Australian pages' dollars
    # a percentage's word: "5.3 percent" / "5.3%"
    r"|\d[\d,.]*\s*(?:percent|per\s+cent|pc)\b",
    re.IGNORECASE,
)


#: A figure's hedge ("at least 38", "nearly 14"): compared with the figure, so no wording
_HEDGE = re.compile(
    r"\b(?:at\s+least|at\s+most|more\s+than|less\s+than|fewer\s+than|nearly|almost|roughly|"
    r"approximately|around|about|some|up\s+to|as\s+(?:many|much)\s+as|close\s+to|just\s+over|"
    r"just\s+under|upwards\s+of|in\s+excess\s+of)\s+"
    rf"(?=[$€£]?\d|(?:{'|'.join(sorted(_NUMBER_WORDS, key=len, reverse=True))})\b)",
    re.IGNORECASE,
)


#: Words a unit may follow: a figure's last word ("1.5 million euros", "half a percentage
#: point", "a day")
_BEFORE_UNIT = _NUMBER_WORDS | {"a", "an", "half", "quarter", "trillion", "bn", "m"}
#: Currency codes and a quake's scale, written before their figure: "SEK 1.9bn", "magnitude 7.8"
_UNIT_FIRST = frozenset(u for u in UNIT_NAMES if len(u) == 3 and u.isalpha()) | {"magnitude"}
_GAP = re.compile(r"[ \t\u00a0\u202f-]*")
#: A transcript's mark inside a line: "[inaudible]", "(crosstalk)": no wording of the claim
_TRANSCRIPT_MARK = re.compile(
    r"[\[(](?:inaudible|crosstalk|laughter|applause|unintelligible|pause|sic)[\])]", re.IGNORECASE
)


def content_words(text: str, start: int = 0, end: int | None = None) -> tuple[Word, ...]:
    """Content words of ``text[start:end]`` with their stems (computed once per sentence);
    not numbers, in digits or in words, nor the words hyphened to them, nor a figure's unit
    ("1.6 inches", "80 km/h", "SEK 1.9bn"): the figures are compared as quantities."""
    end = len(text) if end is None else end
    skip = [m.span() for m in _FIGURE_COMPOUND.finditer(text, start, end)]
    skip += [m.span() for m in _HEDGE.finditer(text, start, end)]
    if "[" in text[start:end] or "(" in text[start:end]:
        skip += [m.span() for m in _TRANSCRIPT_MARK.finditer(text, start, end)]
    toks = list(tokens(text, start, end))
    out = []
    unit_to = -1  # a two-word unit's second word ("square metres") is skipped with its first
    for k, (s, e, w) in enumerate(toks):
        if not is_content(w) or w in _NUMBER_WORDS or s < unit_to:
            continue
        if any(a <= s and e <= b for a, b in skip):
            continue
        prev = toks[k - 1] if k else None
        if (  # the second word of a two-word unit whose first is no content: "US dollars"
            k >= 2
            and (toks[k - 2][2].isdigit() or toks[k - 2][2] in _BEFORE_UNIT)
            and f"{prev[2]} {w}" in UNIT_NAMES
        ):
            continue
        if (
            prev
            and (prev[2].isdigit() or prev[2] in _BEFORE_UNIT)
            and _GAP.fullmatch(text, prev[1], s)
        ):
            nxt = toks[k + 1] if k + 1 < len(toks) else None
            if nxt and f"{w} {nxt[2]}" in UNIT_NAMES and _GAP.fullmatch(text, e, nxt[0]):
                unit_to = nxt[1]
                continue
            if w in UNIT_NAMES:
                continue
        if w in _UNIT_FIRST and (s == start or text[s].isupper() or w == "magnitude"):
            after = _GAP.match(text, e, end)
            if after.end() < end and text[after.end()].isdigit():
                continue
        out.append((s, e, w, light_stem(w)))
    return tuple(out)


def word_diff(a_words: Sequence[Word], b_words: Sequence[Word]) -> WordDiff:
    """Content words of each side whose stem does not occur on the other side."""
    a_stems = {w[3] for w in a_words}
    b_stems = {w[3] for w in b_words}
    if a_stems & REPORTING and b_stems & REPORTING:  # "said" vs "told": both report it
        a_stems -= REPORTING
        b_stems -= REPORTING

    def side(words: Sequence[Word], own: set[str], other: set[str]):
        missing = {st for st in own - other if not any(_variant(st, o) for o in other - own)}
        seen: dict[str, None] = {}
        spans = []
        for s, e, w, st in words:
            if st in missing:
                seen.setdefault(w)
                spans.append((s, e))
        return tuple(seen), tuple(spans)

    wa, sa = side(a_words, a_stems, b_stems)
    wb, sb = side(b_words, b_stems, a_stems)
    shared = len(a_stems & b_stems)
    overlap = shared / max(len(a_stems), len(b_stems)) if a_stems and b_stems else 0.0
    return WordDiff(wa, wb, sa, sb, round(overlap, 4))


#: An identifier: letters and digits, starting with a capital or joined by a hyphen or slash:
#: a flight (SW417), a model (A320, KB-2140), a registration (9V-KOM), a case (4K-118/2025)
_CODE = re.compile(
    r"(?<![\w/-])(?=[\w/-]*\d)(?=[\w/-]*[A-Z])"
    r"(?:[A-Z][A-Za-z0-9]*(?:[-/][A-Za-z0-9]+)*|[0-9][A-Za-z0-9]*(?:[-/][A-Za-z0-9]+)+)(?![\w/-])"
)


#: ... or a law's part or a bill by its number: "Section 9", "HB 2291"
_LABELLED = re.compile(rf"{LABELLED_ID}\s+\d+[A-Za-z]?(?![\w.-])")


def _shape(code: str) -> str:
    if " " in code:  # "Section 9" and "Section 12" are of one shape
        return code.rsplit(" ", 1)[0]
    return re.sub(r"[A-Za-z]", "A", re.sub(r"\d", "9", code))


def code_pairs(
    a_text: str,
    a_spans: Sequence[tuple[int, int]],
    b_text: str,
    b_spans: Sequence[tuple[int, int]],
) -> tuple[tuple[tuple[int, int], tuple[int, int]], ...]:
    """Identifiers of one shape that differ in their digits only or their letters only (flight
    SW417 / SW471, model KB-2140 / KB-2410, registration 9V-KOM / 9V-KOW), as (A span, B
    span); only where each side gives one identifier of that shape that the other article
    never writes."""

    def own(text: str, spans: Sequence[tuple[int, int]]) -> dict[str, tuple[int, int]]:
        return {
            " ".join(m.group().split()): m.span()
            for s, e in spans
            for pattern in (_CODE, _LABELLED)
            for m in pattern.finditer(text, s, e)
        }

    mine, theirs = own(a_text, a_spans), own(b_text, b_spans)
    # an identifier the other article writes too is another thing it knows of ("Orbivue-7"
    # destroyed, "Orbivue-8" its replacement), not a misprint
    only_a = {c: sp for c, sp in mine.items() if c not in theirs and c not in b_text}
    only_b = {c: sp for c, sp in theirs.items() if c not in mine and c not in a_text}
    out = []
    for ca, sa in only_a.items():
        fits = [
            cb
            for cb in only_b
            if _shape(cb) == _shape(ca)
            and (
                re.sub(r"\d", "", ca) == re.sub(r"\d", "", cb)
                or re.sub(r"\D", "", ca) == re.sub(r"\D", "", cb)
            )
        ]
        rivals = [c for c in only_a if _shape(c) == _shape(ca)]
        rivals += [c for c in only_b if _shape(c) == _shape(ca)]
        if len(fits) == 1 and len(rivals) == 2:
            out.append((sa, only_b[fits[0]]))
    return tuple(out)


_SPEECH = (
    # "states" before what was stated only: "Most U.S. states set deadlines" credits no one
    r"said|says|say|told|tells|stated|states(?=\s*(?:[,.;:\"“]|that\b|$))|announced|claimed|"
    r"claims|noted|notes|reported|reports|"
    r"confirmed|added(?=\s*(?:[,.;:\"“”]|that\b|$))|wrote|writes|alleged|indicated|asserted|"
    r"estimated|revealed|insisted|argued|warned|blamed|promised|pledged|vowed|conceded(?!\s*:)|"
    r"admitted|"
    r"acknowledged|explained|predicted|cautioned|urged|advised|understands(?=\s*(?:[,.;]|that\b|$))|"
    r"described(?=\s+(?:the|it|this|that|his|her|"
    r"its|their|them|him|as)\b)|"
    r"called(?!\s+(?:off|in|up|out|back|police|emergency|an?\s+ambulance|for|on|"
    r"(?:the\s+)?(?:meeting|session|hearing|house|court)\s+to\s+order)\b)"
)
#: A capitalised word of a name, or an Arabic one after its article: "al-Khafaji"
_CAP = "A-ZÀ-ÖØ-ÞĆČĎĐĚŁŃŇŐŒŘŚŠŤŮŰŹŻŽĞİŞ"
_NAME_WORD = rf"(?:[{_CAP}]|{NAME_ARTICLE}[{_CAP}])[\w'’.-]*"
#: A surname's particle: "Pieter van der Bruggen", "Celestino da Graça Menezes"
_PARTICLE = r"(?:der|den|van|von|da|di|du|del|la|le|bin|bint|ibn)"
_NAME = rf"(?:{_NAME_WORD}\s+(?:(?:of|for|the|de|al|&)\s+|(?:{_PARTICLE}\s+){{1,2}})?){{0,5}}{_NAME_WORD}"
#: What a source publishes: "according to a new YouGov survey for The Times"
SOURCE_DATA = (
    r"figures|data|estimates|statistics|projections|survey|poll|report|study|analysis|tally|"
    r"tallies|count|assessment"
)
#: Papers a source files: "according to a filing with the NHTSA"
_PAPERS = r"filings?|documents?|statements?|letters?|notices?|records|submissions?|reports"
#: Words that end a source's name in "according to Ukrainian intelligence, ..." (not nouns;
#: "a study published in": the study; "data it published": no name).
_NOT_NOUN = (
    r"(?:on|in|at|to|for|from|with|by|as|and|or|but|the|a|an|who|which|that|of|was|were|is|"
    r"are|has|have|had|said|says|told|it|its|they|their|he|she|his|her|we|our|\w+ed)"
)
#: Words after "said" that are no role: "said on Monday.", "said late Tuesday."
_NOT_ROLE = (
    r"(?:on|in|at|by|to|from|for|that|it|this|there|late|early|last|next|earlier|later|"
    r"yesterday|today|tonight|again|also|then|only)"
)
#: Names of days and months: "the agency said Wednesday, citing ..." credits no "Wednesday".
_WHEN = (
    r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|"
    r"May(?!\s+[A-Z])|June|July|August|September|October|November|December|Jan|Feb|Aug|Sept?|"
    r"Oct|Nov|Dec)\b"
)
#: Words no role-named source is made of: "The NIS also said", "the other said".
_NOT_SUBJECT = (
    rf"(?:{_NOT_NOUN}|[a-z]+ly|also|further|again|then|still|even|just|never|once|other|others|"
    r"former|latter|same|became|become|becomes|be|been|being|it|this|these|those|who|whom)"
)
#: Speech verbs that credit a role as the subject ("reported" is too often passive).
_ROLE_SPEECH = (
    r"said|says|say|told|stated|announced|confirmed|added|warned|insisted|estimated|"
    # ... a finding: "The court found that", "The prosecution alleged that"
    r"(?:found|reported|alleged|concluded|notes|noted|ruled)(?=\s+that\b)"
)
#: People credited by what they do, without an article: "federal prosecutors", "state media".
_BARE_ROLES = (
    r"prosecutors|officials|police|authorities|investigators|analysts|economists|witnesses|"
    r"doctors|experts|scientists|researchers|rescuers|regulators|organisers|organizers|media|"
    r"delegates|diplomats|traders|sources|guests|residents|survivors|villagers|relatives|"
    r"neighbours|neighbors|locals|passengers|activists|medics|nurses|firefighters|agents|brokers|"
    r"dealers|lenders|insurers|farmers|campaigners|critics|lawyers|engineers|teachers|parents|"
    r"fishermen|fishers|miners|dockworkers|workers|drivers|pilots|shopkeepers|merchants"
)
#: Where an inverted "said X" may start: after a comma, colon, dash or closing quote
_AFTER_PUNCT = r"(?:(?<=[,;:\"”'’—–»]\s)|(?<=[,;:\"”'’»]))"
#: A country or body owning a role: "France's" in "France's interior minister said".
_OWNER = r"[A-Z][a-z]+['’]s(?=\s+[a-z])"
#: Capitalised words before published figures that name no one: "Official figures show"
_NOT_OWNER = (
    r"(?:The|A|An|This|These|Those|Official|New|Latest|Government|Preliminary|Provisional|Final|"
    r"Early|Recent|Separate|Other|Such|Some|Our|Their|Its|His|Her|Monthly|Annual|Weekly)"
)
#: What published figures do: "... data published separately showed"
_SHOWED = r"(?:(?:published|released|issued)\s+(?:\w+ly\s+|on\s+\w+\s+)?)?(?:show|showed|shows)\b"
_ATTRIB = [
    # "according to the victims' lawyer, Anne-Laure Pichon": the name in commas after its role
    re.compile(
        rf"\b[Aa]ccording to (?:the|a|an|his|her|its|their|{_OWNER}|[a-z]+s['’](?=\s))\s+"
        rf"(?:[\w'’-]+\s+){{0,3}}[a-z][\w'’-]*,\s+(?P<who>{_NAME})(?=\s*[,.;:!?)]|$)"
    ),
    # "according to rail operator Ferrovie Nord": the name after its role
    re.compile(
        rf"\b[Aa]ccording to (?:(?:the|a|an)\s+)?(?:(?!{_NOT_NOUN}\b)[a-z]+\s+){{1,3}}"
        rf"(?P<who>{_NAME})(?:\s+(?:{SOURCE_DATA}))?"
        r"(?=\s*(?:[,.;:!?)]|$)|\s+(?:for|by|of|from|on|in|published|released)\b)"
    ),
    # "according to a Reuters tally", "according to Israeli tallies": the name right before
    # what it published
    re.compile(
        rf"\b[Aa]ccording to (?:(?:a|an|the)\s+)?(?P<who>{_NAME})\s+(?:{SOURCE_DATA})"
        r"(?=\s*(?:[,.;:!?)]|$)|\s+(?:for|by|of|from|on|in|published|released)\b)"
    ),
    # "according to a filing with the National Highway Traffic Safety Administration"
    re.compile(
        rf"\b[Aa]ccording to (?:(?:a|an|the)\s+)?(?:[a-z]+\s+)?(?:{SOURCE_DATA}|{_PAPERS})\s+"
        rf"(?:(?:filed|submitted|published|released|posted|seen|obtained|reviewed)\s+)?"
        rf"(?:with|from|by|to|of)\s+"
        # "by researchers at Imperial College London"
        r"(?:(?:researchers|scientists|experts|economists|analysts)\s+(?:at|from|of)\s+)?"
        rf"(?:the\s+)?(?P<who>{_NAME}(?:\s+and\s+{_NAME})?)"
    ),
    # "according to returns filed with the commission", "according to filings with the city
    # clerk": the commission, the city clerk
    re.compile(
        r"\b[Aa]ccording to (?:[a-z]+\s+)?(?:returns|filings|accounts)\s+(?:(?:filed|submitted)\s+)?"
        r"(?:with|to)\s+(?P<who>the\s+[a-z]+(?:\s+(?!(?:on|in|at|by|for|and|of|from)\b)[a-z]+)?)\b"
    ),
    # "a Nordex Airways spokesperson said": the company's spokesperson
    re.compile(
        r"\b[Aa]n?\s+(?P<who>(?:[A-Z][\w'’&.-]*\s+){1,4}(?:spokes(?:man|woman|person)|"
        r"representative|official|source|statement))\s+(?:has\s+)?(?:said|says|told|added|confirmed)\b"
    ),
    # ... or one named by role alone: "a company spokesperson said", "a senior official told"
    re.compile(
        r"\b[Aa]n?\s+(?P<who>(?:[a-z]+\s+){0,2}(?:spokes(?:man|woman|person)|official|"
        r"representative))\s+(?:has\s+)?(?:said|says|told|added|confirmed)\b"
    ),
    # "according to a statement read on state television": the broadcaster
    re.compile(
        rf"\b[Aa]ccording to (?:a|an|the)\s+(?:[a-z]+\s+)?(?:{_PAPERS})\s+"
        r"(?:read|broadcast|aired|carried|published)\s+(?:out\s+)?(?:on|by|in)\s+"
        r"(?P<who>(?:the\s+)?(?:[a-z]+\s+)?(?:television|TV|radio|media|news\s+agency))\b"
    ),
    re.compile(
        rf"\b[Aa]ccording to (?P<who>(?:the\s+|an?\s+(?=[A-Z]))?{_NAME}"
        rf"(?:(?:\s+(?!{_NOT_NOUN}\b)[a-z]+){{1,3}}(?:\s+{_NAME})?)?"
        rf"|(?:(?:the|a|an)\s+)?[a-z]+(?:['’]s|(?<=s)['’])?(?:\s+(?!{_NOT_NOUN}\b)[a-z]+){{0,4}})"
    ),
    re.compile(
        rf"(?P<who>(?!(?:A|An|The|This|That|These|Those|Some|Any|Each|Every)\b)(?!{_WHEN})"
        rf"{_NAME})\)?\s+(?:has\s+|had\s+|have\s+)?(?:(?:also|further|[a-z]+ly)\s+)?(?:{_SPEECH})\b"
    ),
    # what a body published shows it: "figures compiled by the World Gold Council show", "Bank of
    # England data published separately showed", "figures from the NSO showed"
    re.compile(
        rf"\b(?i:{SOURCE_DATA})\s+(?:(?:compiled|published|released|collected|issued)\s+)?"
        rf"(?:by|from)\s+(?:the\s+)?(?P<who>{_NAME})\s+{_SHOWED}"
    ),
    re.compile(
        rf"(?P<who>(?!{_NOT_OWNER}\b){_NAME})(?:['’]s)?\s+(?:[a-z]+\s+)?(?:{SOURCE_DATA})\s+"
        rf"{_SHOWED}"
    ),
    # a name, its role between commas, then the verb: "Kyriakos Mitsotakis, the prime minister,
    # told parliament", "Marta Silva, a nurse, said"
    re.compile(
        rf"(?<!In )(?<!On )(?<!At )(?<!in )(?<!on )(?<!at )"
        rf"(?P<who>(?!(?:In|On|At|After|Before|During|Since|By|For|From|With)\b){_NAME}),\s+"
        rf"(?:(?:(?:the|a|an)\s+|(?=[a-z])(?!(?:which|who|whose|that)\b)"
        rf"|[{_CAP}][\w'’-]*['’]s\s+|[RDI]-(?=[{_CAP}])"  # "Larchmont's chief economist", "R-Ohio"
        rf"|(?:[{_CAP}][\w'’-]*\s+){{1,3}}(?:of|for|at)\s+)"  # "Chair of the Board"
        rf"(?:[\w'’&-]+\s+){{0,14}}[\w'’-]+,\s+"  # "of Westshire Fire & Rescue"
        r"|(?:aged\s+)?\d{1,3},\s+)"  # an age: "Joan Bevis, 71, said"
        r"(?:(?:who|which)\s+[^,.;:\"“”]{1,60},\s+)?"  # "..., who was not involved, said"
        rf"(?:has\s+|had\s+)?(?:{_SPEECH})\b"
    ),
    # a name, what it did, then the verb: "Amira Haddad thanked the negotiators and said"
    re.compile(
        rf"(?P<who>(?!(?:A|An|The|This|That|These|Those|Some|Any|Each|Every)\b)(?!{_WHEN}){_NAME})"
        r"\s+[a-z]+ed\s+[^,.;:\"“”]{1,60}?\s+and\s+(?:said|told|added|warned)\b"
    ),
    # ... or how it spoke, before a quote: "Moriwaki was blunt: "We were too slow.""
    re.compile(
        rf"(?P<who>(?!(?:A|An|The|This|That|These|Those|It|There)\b)(?!{_WHEN}){_NAME})"
        r"\s+(?:was|were|is|are)\s+(?:[a-z]+\s+)?[a-z]+:\s*[\"“]"
    ),
    # ... or when it spoke, before a quote: "Brannigan, after the vote: "This is a great day.""
    re.compile(
        rf"(?<![\w,]\s)(?P<who>(?!(?:In|On|At|After|Before|During|Since|By|For|From|With|The|A|An)\b)"
        rf"(?!{_WHEN}){_NAME}),\s+(?:after|before|following|during|speaking|in|on|at|when)\s+"
        r"[^,.;:\"“”]{1,40}:\s*[\"“]"
    ),
    # ... or a clause: "The SIP, which led the strike, said"
    re.compile(
        rf"(?<!\bin\s)(?<!\bfrom\s)"  # not a place: "a consultant ... in Dunmore, who"
        rf"(?P<who>{_NAME}),\s+(?:which|who)\s+[^,.;:\"“”]{{1,60}},\s+(?:has\s+|had\s+)?"
        rf"(?:{_SPEECH})\b"
    ),
    # the role first: "His lawyer, Michael Brandt, said", "A spokesman, Ali Reza, told", "The
    # IMF's mission chief for Tunisia, Karin Holmqvist-Adeyemi, said", "Iraq's oil minister,
    # Haidar al-Khafaji, said"
    re.compile(
        rf"\b(?:[Tt]he|[Hh]is|[Hh]er|[Ii]ts|[Tt]heir|[Aa]n?|[Aa]nother|[A-Z][a-z]+['’]s)\s+"
        rf"(?:[\w'’-]+\s+){{0,3}}"
        rf"[a-z][\w'’-]*(?:\s+(?:for|of|at)\s+[A-Z][\w'’-]*)?,\s+(?P<who>{_NAME}),\s+"
        r"(?:\d{1,3},\s+)?"  # "Another passenger, Tom Eddery, 29, said"
        rf"(?:has\s+|had\s+)?"
        rf"(?:(?:also|further|[a-z]+ly)\s+)?(?:{_SPEECH})\b"
    ),
    # people by what they do, no article: "..., federal prosecutors said.", "Police said"
    re.compile(
        r"(?:(?<=[,;.!?]\s)|(?<=\n)|\A)(?:(?:while|whilst|whereas|and|but|as|though|although)\s+)?"
        r"(?P<who>(?:(?!(?:while|whilst|whereas|and|but|as|though|although|the|a|an|which|who|"
        r"that|he|she|it|they|we|i|you|his|her|its|their|our|met|saw|told|asked|thanked)\b)"
        rf"[A-Za-z]+\s+){{0,2}}(?:{_BARE_ROLES}))\s+(?:have\s+|had\s+)?"
        rf"(?:{_ROLE_SPEECH})\b"
    ),
    # "..., said Dr. Liza Peñaflor of the Department of Health": the person, not the body
    re.compile(
        rf"{_AFTER_PUNCT}(?:said|says|told|added)\s+"
        r"(?:(?:Dr|Mr|Mrs|Ms|Prof|Professor)\.?\s+)?"
        r"(?P<who>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,3})\s+of\s+(?:the\s+)?[A-Z]"
    ),
    # "..., said the service's deputy director, Paul Okonedo.": the name after its role
    re.compile(
        rf"{_AFTER_PUNCT}(?:{_SPEECH}|declared)\s+(?:the|a|an|his|her|its|their|{_OWNER})\s+"
        rf"(?:[\w'’-]+\s+){{0,4}}[A-Za-z][\w'’-]*,\s+(?P<who>{_NAME})(?=\s*[,.;:!?)]|$)"
    ),
    # "..., said Zelensky." (not "said Kovac will be sworn in": Kovac is what was said; not
    # "The command said the International Space Station, circling ...": no comma or quote before
    # the verb), also after a role: "said lead author Dr. Ingrid Solberg.", "said White House
    # spokesman John Kirby."
    re.compile(
        rf"{_AFTER_PUNCT}(?:{_SPEECH})\s+"
        rf"(?:(?:[A-Z][\w'’.-]*\s+){{0,3}}(?:(?!{_NOT_ROLE}\b)(?!{_PARTICLE}\s)[a-z]+\s+){{1,3}})?"
        rf"(?P<who>(?!{_WHEN}){_NAME})"
        r"(?=\s*(?:[,.;:!?)]|$)|\s+(?:in|on|at)\b)"
    ),
    # ... or a role and what it did: "The consortium that built the line said"
    re.compile(
        rf"\b(?P<who>(?:[Tt]he|[Ii]ts|[Tt]heir)\s+(?:(?!{_NOT_SUBJECT}\b)[a-z]+\s+){{0,2}}"
        rf"(?!{_NOT_SUBJECT}\b)[a-z]+)\s+(?:that|which|who)\s+(?:[a-z]+ed|[a-z]+s|built|led|ran|won|"
        r"made|brought|sold|bought)\s+(?:the|a|an|its|their|his|her)\s+(?:[\w'’-]+\s+){0,4}?"
        r"(?:has\s+|had\s+)?(?:said|says|told)\b"
    ),
    # a source by role: "the U.N. refugee agency said", "The Italian coastguard said",
    # "France's interior minister said", "the country's health minister told"; one that said
    # or told first ("the recount has confirmed X as the winner, the commission said")
    *(
        re.compile(
            rf"\b(?P<who>(?:(?:[Tt]he|[Hh]is|[Hh]er|[Ii]ts|[Tt]heir)(?:\s+[a-z]+['’]s)?|{_OWNER})"
            rf"\s+(?:[A-Z][\w'’.-]*\s+){{0,3}}"
            rf"(?:(?!{_NOT_SUBJECT}\b)[a-z]+(?:-[a-z]+)*\s+){{0,3}}(?!{_NOT_SUBJECT}\b)[a-z]+)\s+"
            rf"(?:has\s+|had\s+|have\s+)?(?:{verbs})\b"
        )
        for verbs in ("said|says|told", _ROLE_SPEECH)
    ),
    # ... and one named after what it reported or estimates, at the sentence's end: "..., the
    # statistics office reported.", "..., the government estimates."
    re.compile(
        rf",\s+(?P<who>(?:[Tt]he|[Ii]ts|[Tt]heir|{_OWNER})\s+(?:[A-Z][\w'’.-]*\s+){{0,3}}"
        rf"(?:(?!{_NOT_SUBJECT}\b)[a-z]+(?:-[a-z]+)*\s+){{0,3}}(?!{_NOT_SUBJECT}\b)[a-z]+)\s+"
        r"(?:reported|reports|estimates|estimated|believes|calculates|calculated|found|noted)"
        r"(?=\s*[.!?]|\s+(?:on|in|last|this)\b)"
    ),
    # ... and one that puts a figure at a value, when no one in the sentence says it otherwise:
    # "Port director Henrik Vale put the damage at 20 million euros" (not "put the fire out at
    # 9 p.m.")
    re.compile(
        rf"(?P<who>(?!(?:A|An|The|This|That|These|Those|It|There)\b)(?!{_WHEN}){_NAME})\s+"
        r"puts?\s+(?:the|its|their|his|her)\s+(?:(?!(?:out|up|down|off|on|in)\b)[a-z'’-]+\s+){0,3}?"
        r"(?:at|near|close\s+to)\s+(?:about\s+|around\s+|some\s+|nearly\s+|more\s+than\s+)?"
        r"[$€£]?\d"
    ),
]


_CONNECTOR_END = re.compile(r"(?:\s+(?:of|for|the|and|de|des|du|la|le|del|della|von|van))+\Z")
#: What a source published, after who published it ("central bank figures"; not "a study")
_DATA_END = re.compile(
    rf"(?:['’]s)?(?:\s+(?:preliminary|latest|initial|final|annual|monthly|weekly|own))*"
    rf"\s+(?:{SOURCE_DATA})\Z"
)
_DETERMINER = re.compile(
    r"(?:(?:the|a|an|its|their|his|her|this|that|new|latest|recent|official|preliminary|"
    r"provisional|final|partial|full|unofficial|initial|early)\s*)*",
    re.IGNORECASE,
)
_INITIALS_END = re.compile(r"(?<![\w.])(?:[A-Z]\.){2,}\Z")


#: People by what they do, of a place: the source is they, not the place ("Officials in Kyiv")
_ROLE_BEFORE = re.compile(
    rf"(?<![\w'’])(?:[A-Za-z]+\s+)?(?:{_BARE_ROLES})\s+(?:of|in|from|near)\s+\Z"
    # ... or a spokesperson for a body of a place: "a spokesperson for the works council in
    # Leipzig said" (not Leipzig)
    r"|\b(?:spokes(?:man|woman|person)|official|representative)\s+for\s+(?:the\s+|its\s+)?"
    r"(?:[A-Za-z]+\s+){1,3}(?:of|in|at|near)\s+\Z",
    re.IGNORECASE,
)


#: ... or people near what they speak of: "A source close to the negotiations"
_CLOSE_BEFORE = re.compile(
    r"(?:\b(?:[Aa]n?|[Tt]wo|[Tt]hree|[Ss]ome|[Ss]everal)\s+)?(?:[a-z]+\s+)?"
    r"\b(?:[Ss]ources?|[Pp]eople|[Pp]ersons?|[Oo]fficials?|[Ii]nsiders?)\s+(?:close\s+to|familiar\s+"
    r"with|with\s+knowledge\s+of|briefed\s+on|involved\s+in)\s+\Z"
)


#: ... or someone where they were: "Somebody on the bus said" (not the bus)
_SOMEONE_BEFORE = re.compile(
    r"\b(?:[Ss]omebody|[Ss]omeone|[Aa]\s+(?:man|woman|boy|girl|person|passenger|fan|witness|"
    r"driver))\s+(?:on|in|at|near|from|outside)\s+\Z"
)


#: A person named before the body they belong to: "Francois Lemaire of the ECB's ..."
_PERSON_OF = re.compile(
    r"(?:^|(?<=[\s,]))((?:[A-Z][a-zà-ÿ'’-]+\s+){1,3}[A-Z][a-zà-ÿ'’-]+)\s+(?:of|for)\s+(?:the\s+)?"
    r"(?:[A-Z][\w'’.&-]*\s+(?:(?:and|of|for|in)\s+)?)*\Z"
)
#: ... or a body's head word alone before it: "the Ministry of Environment and Climate Change"
_HEAD_OF = re.compile(
    r"(?:^|(?<=[\s,]))((?:The\s+)?(?:Ministry|Department|Office|Agency|Commission|Council|"
    r"Institute|Bank|Board|Authority|Fund|Service))\s+(?:of|for)\s+(?:the\s+)?"
    r"(?:[A-Z][\w'’.&-]*\s+(?:(?:and|of|for|in)\s+)?)*\Z"
)
#: ... unless it is a body, whose whole name it is: "The Federal Office for the Environment"
_BODY_WORD = re.compile(
    r"^(?:The|A|An|His|Her|Its|Their)\b|\b(?:Bank|Ministry|Department|Office|Agency|Commission|"
    r"Council|Court|Institute|University|Service|Board|Authority|Fund|Association|Union)$"
)


#: The first half of a body's name joined by "and": "Food and" (Agriculture Organization)
_AND_BEFORE = re.compile(r"(?<![\w'’-])(?:[A-Z][\w'’-]*\s+)+and\s+\Z")
_BODY_END = re.compile(
    r"\b(?:Organization|Organisation|Administration|Department|Services|Commission|Agency|"
    r"Office|Authority|Council|Institute|Union|Association|Ministry|Bureau)\Z"
)
#: ... or its second half: "Centers for Disease Control" (and Prevention)
_AND_AFTER = re.compile(r"\s+and\s+[A-Z][\w'’-]*(?=\s*[,.;:)]|\s*\Z)")
#: ... or a name whose second half ends in a body's head: "Transport" (and Dock Workers' Union)
_AND_BODY = re.compile(
    r"\s+and\s+(?:[A-Z][\w'’-]*\s+){0,3}(?:Union|Organization|Organisation|Association|Council|"
    r"Authority|Agency|Commission|Federation|Institute|Service|Services|Board|Party|Front)\b"
)
_BODY_OF = re.compile(
    r"\b(?:Centers?|Centres?|Department|Ministry|Office|Institute|Council|Commission|Agency)\s+"
    r"(?:of|for)\s"
)
#: Published figures whose owner is a pronoun: "according to data it published"
_DATA_ALONE = re.compile(rf"(?:(?:the|a|an|new|latest)\s+)*(?:{SOURCE_DATA})", re.IGNORECASE)
_PRONOUN_AFTER = re.compile(r"\s+(?:it|they|he|she|we)\b")
_OF_SOMETHING = re.compile(r"\s+(?:of|from)\s+(?:an?|the)?\s*[a-z]")
#: One common word before a source's data is no source: "according to market data"
_PLAIN_WORD = re.compile(r"(?:market|trading|flight|tracking|satellite)")


#: A word each pattern needs (lower case), so that a sentence without it is not searched
_NEEDS = [
    ("according to",)
    if "ccording to" in p.pattern
    else ("show",)
    if p.pattern.endswith(_SHOWED) or p.pattern.endswith(_SHOWED + ")")
    else ("and said", "and told", "and added", "and warned")
    if "\\s+and\\s+(?:said|told|added|warned)" in p.pattern
    else (':"', ': "', ":“", ": “")
    if p.pattern.endswith("“]")
    else ("",)
    for p in _ATTRIB
]


_AT_FIGURE = re.compile(r"\s+(?:at|as)\s+[\d£$€]")
_THAT_BEFORE = re.compile(
    r"\b(?:heard|said|says|found|claimed|alleged|showed|shows|argued|noted|reported|learned|"
    r"believes?|believed|thinks?|thought|knew|knows|insisted|warned|added|stated|suggested|"
    r"concluded|ruled|revealed|confirmed|alleging|claiming|saying)\s+that\s+\Z"
)
#: A conjunction that starts the sentence, before the name
_LEAD_IN = re.compile(r"(?:But|And|Yet|So|Still|However|Meanwhile),?\s+(?=[A-Z])")
#: A passage in quote marks
_QUOTED = re.compile(r'"[^"]*"|“[^”]*”?')
#: Words that name no source
_NO_ONE = frozenset(
    "he she it they we i you this that the a many others most few both all results findings".split()
) | {""}


def credited(text: str, start: int = 0, end: int | None = None) -> tuple[int, int] | None:
    """The span of who ``text[start:end]`` says said it (``Zelensky``, ``the agency``), or None."""
    end = len(text) if end is None else end
    label = speaker_label(text, start, end)
    if label and label[2] == "source":
        # a transcript's "REMZI GÜRSOY, ISTANBUL FIRE DEPARTMENT:" (whoever the words go on to
        # quote: "Mr Pennington: The Prime Minister says 32 hospitals")
        return label[3], label[1]
    low = text[start:end].lower()
    quoted = (
        [m.span() for m in _QUOTED.finditer(text, start, end)] if '"' in low or "“" in low else []
    )
    for needs, pat in zip(_NEEDS, _ATTRIB, strict=True):
        if not any(need in low for need in needs):
            continue
        for m in pat.finditer(text, start, end):
            s, e = m.span("who")
            if any(qs < s < qe for qs, qe in quoted):
                continue  # '"Audiences told us ...," said Rochelle Adeyemi': the quote's words
            if text[e : e + 1] == "-":
                continue  # cut inside a word: "according to its half-year report"
            if _AT_FIGURE.match(text, m.end()):
                continue  # "Turnout confirmed at 31.4%": a figure confirmed, no source
            if all(w in NUMBER_WORDS or w in TENS for w in re.split(r"[-\s]+", text[s:e].lower())):
                continue  # "Thirty-eight confirmed cases": a count, no one
            if _THAT_BEFORE.search(text, max(start, s - 20), s):
                continue  # "The trial heard that the firm promised ...": what was heard
            lead_in = _LEAD_IN.match(text, s, e)
            if lead_in:
                s = lead_in.end()  # "But Rosalind Achterberg said": not "But"
            who = text[s:e]
            # "the Pentagon" is a name; "the agency", "the Japanese carmaker" keep their article
            lead = re.match(r"(?:the|The)\s+(?=[A-Z])(?=.*\b[A-Z][\w'’.-]*$)", who)
            if lead:
                s += lead.end()
            while e > s and text[e - 1].isspace():
                e -= 1
            tail = _CONNECTOR_END.search(text, s, e)
            if tail and tail.start() > s:
                e = tail.start()  # "the Societe de protection des": no name ends in "des"
            data = _DATA_END.search(text, s, e)
            if (
                data
                and not _DETERMINER.fullmatch(text, s, data.start())
                and not _PLAIN_WORD.fullmatch(text, s, data.start())
            ):
                e = data.start()  # "according to central bank figures": the central bank
            joined = _AND_BEFORE.search(text, max(start, s - 40), s)
            if joined and _BODY_END.search(text, s, e):
                s = joined.start()  # "the Food and Agriculture Organization said"
            rest = _AND_AFTER.match(text, e, end)
            if rest and _BODY_OF.search(text, s, e):
                e = rest.end()  # "the Centers for Disease Control and Prevention"
            elif body := _AND_BODY.match(text, e, end):
                e = body.end()  # "the Transport and Dock Workers' Union"
            role = (
                _ROLE_BEFORE.search(text, max(start, s - 40), s)
                or _CLOSE_BEFORE.search(text, max(start, s - 50), s)
                or _SOMEONE_BEFORE.search(text, max(start, s - 30), s)
            )
            if role:
                s = role.start()  # "Residents of the Plateau district", "Officials in Kyiv"
            person = _PERSON_OF.search(text, max(start, s - 80), s) or _HEAD_OF.search(
                text, max(start, s - 80), s
            )
            if person and not _BODY_WORD.search(person[1]):
                s, e = person.span(1)  # "Francois Lemaire of the ECB's supervisory board said"
            elif person:  # a body's whole name: "The Federal Office for the Environment"
                s = person.start(1) + (4 if text.startswith("The ", person.start(1)) else 0)
            if e > s and text[e - 1] == "." and not _INITIALS_END.search(text, s, e):
                e -= 1  # the sentence's full stop, not "U.S."
            if text[s:e].lower() not in _NO_ONE:
                if _DATA_ALONE.fullmatch(text, s, e) and (
                    _PRONOUN_AFTER.match(text, e, end) or _OF_SOMETHING.match(text, e, end)
                ):
                    continue  # "according to data it published", "according to results of a
                    # large trial": whose, the sentence does not say
                return s, e
    return None


def attribution(sentences: Sequence[str]) -> str:
    """Who the sentences say said it (``Zelensky``, ``the agency``), or ``""``."""
    for seg in sentences:
        span = credited(seg)
        if span:
            return seg[span[0] : span[1]]
    return ""


def _variant(a: str, b: str) -> bool:
    """Spelling variants of one word (Zelensky / Zelenskyy), not different words; a code with
    digits has none (flight SW417 is not SW471)."""
    if any(c.isdigit() for c in a + b):
        return False
    if _folded(a) == _folded(b):
        return True  # "köhler" / "koehler", "jürgen" / "juergen"
    return min(len(a), len(b)) >= 5 and JaroWinkler.normalized_similarity(a, b) >= 0.92


_UMLAUTS = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss"})


def _folded(word: str) -> str:
    """A word with umlauts and their spelled-out forms alike ("köhler", "koehler" and the stem
    "kohler" all give "kohler") and other accents dropped."""
    plain = unaccented(word.translate(_UMLAUTS))
    return plain.replace("ae", "a").replace("oe", "o").replace("ue", "u")


_BARE_ROLE = re.compile(_BARE_ROLES, re.IGNORECASE)
#: ... with one word before it: "federal prosecutors", "state media"
_ROLE_SOURCE = re.compile(rf"(?:[A-Za-z]+\s+)?(?:{_BARE_ROLES})", re.IGNORECASE)  # "Police said"


def bare_role(word: str) -> bool:
    """One word that names people by what they do: "police", "Witnesses"."""
    return bool(_BARE_ROLE.fullmatch(word))


def _unnamed(who: str) -> bool:
    """A source given by role, not name: ``credited`` keeps *the* only before a lower-case word;
    an owner's role is lower case after it ("France's interior minister"); people by what they
    do ("state media", "federal prosecutors")."""
    return (
        who.lower().startswith(("the ", "a ", "an ", "his ", "her ", "its ", "their "))
        or bool(re.match(_OWNER, who))
        or bool(_ROLE_SOURCE.fullmatch(who))
    )


def _norm_source(who: str) -> str:
    who = unaccented(who.lower())  # "Nuñez" / "Nunez"
    words = [w for w in re.findall(r"\w+", who) if w not in {"the", "of", "u", "s"}]
    return words[-1] if words else ""


def same_source(a: str, b: str) -> bool:
    """True when two attributions name the same source (by its last word, variants allowed)."""
    x, y = _norm_source(a), _norm_source(b)
    # a name spelt two ways may differ in one letter: "Chowdhury" / "Choudhury"
    return (
        x == y
        or _variant(x, y)
        or (min(len(x), len(y)) >= 6 and Levenshtein.distance(x, y) == 1)
        or _spells(a, b)
        or _spells(b, a)
        # one name written in one word or two: "R. Senthil Kumar" / "R. Senthilkumar"
        or (len(a) > 8 and _LETTERS.sub("", a.lower()) == _LETTERS.sub("", b.lower()))
        # ... or family name first: "Chief Executive Tanaka Hiroshi" / "Hiroshi Tanaka"
        or _same_words(a, b)
    )


def _same_words(a: str, b: str) -> bool:
    """One side's name words (two or more) are all the other's, in any order."""
    x, y = set(_CAPITALISED.findall(a)), set(_CAPITALISED.findall(b))
    small, big = (x, y) if len(x) <= len(y) else (y, x)
    return len(small) >= 2 and small <= big


_CAPITALISED = re.compile(r"\b[A-Z][a-z][\w'’-]*")


_LETTERS = re.compile(r"[\W_]+")


def _spells(short: str, long: str) -> bool:
    """``short`` is the acronym of ``long``: FAO, the Food and Agriculture Organization."""
    short = short.strip()
    if not (2 <= len(short) <= 8 and short.isupper() and short.isalpha()):
        return False
    words = [w for w in re.findall(r"[A-Za-z][\w'’-]*", long) if w[0].isupper()]
    return len(words) >= 2 and "".join(w[0] for w in words) == short


def diverge(
    a_sentences: Sequence[str],
    a_words: Sequence[Word],
    a_quantities: Sequence[Quantity],
    b_sentences: Sequence[str],
    b_words: Sequence[Word],
    b_quantities: Sequence[Quantity],
    quotes: Sequence[QuoteDiff] = (),
    a_dates: Sequence[DateValue] = (),
    b_dates: Sequence[DateValue] = (),
) -> Divergence:
    """All the differences between the A sentences and the B sentences of one pair (``quotes``:
    the passages both quote, from :func:`tui.quotes.compare_quotes`)."""
    return Divergence(
        numbers=compare_numbers(a_quantities, b_quantities),
        words=word_diff(a_words, b_words),
        attribution_a=attribution(a_sentences),
        attribution_b=attribution(b_sentences),
        quotes=tuple(quotes),
        dates=compare_dates(a_dates, b_dates),
    )
