"""Direct quotes: where an article quotes someone, and whether two articles quote the same words.

A quote is the text between quote marks (curly, straight, German or guillemets; a doubled mark
counts once) within one paragraph; an unclosed quote runs to the end of its paragraph, as news
style continues a quote into the next paragraph. Only quotes of at least ``MIN_WORDS`` words are
kept (not scare quotes).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from difflib import SequenceMatcher

from tui.pairing import one_to_one
from tui.text import lines, tokens

#: Words a quoted passage needs to count as a quote.
MIN_WORDS = 4
#: Share of the shorter quote's words the other must contain for the two to be one quote.
MATCH_SHARE = 0.6
#: Quotes per side of a pair beyond which they are not compared (pairing is quadratic).
MAX_QUOTES = 100

_MARK = re.compile(r"[\"“”„«»]+")
#: The marks that close a quote opened by a given mark.
_CLOSERS = {"„": '“"', "«": '»"'}


@dataclass(frozen=True, slots=True)
class Quote:
    """A quoted passage: its span in the article text (inside the marks)."""

    start: int
    end: int


@dataclass(frozen=True, slots=True)
class QuoteDiff:
    """One passage quoted by both sides: the quoted words, and the words quoted differently."""

    a: tuple[int, int]
    b: tuple[int, int]
    a_words: tuple[str, ...]
    b_words: tuple[str, ...]
    a_spans: tuple[tuple[int, int], ...]
    b_spans: tuple[tuple[int, int], ...]

    @property
    def differs(self) -> bool:
        """True when the two quotes do not give the same words."""
        return bool(self.a_words or self.b_words)


def _opens(text: str, at: int, start: int) -> bool:
    """A straight quote opens when nothing but space or an opening bracket precedes it."""
    return at == start or text[at - 1].isspace() or text[at - 1] in "([{—–-"


def find_quotes(text: str) -> tuple[Quote, ...]:
    """Quoted passages of ``text`` (of at least ``MIN_WORDS`` words), in text order."""
    out = []
    for start, end, line in lines(text):
        if not _MARK.search(line):
            continue
        open_at: int | None = None
        closers = ""
        for m in _MARK.finditer(text, start, end):
            mark = m.group()[-1]
            if open_at is None:
                if mark in "”»" or (mark == '"' and not _opens(text, m.start(), start)):
                    continue  # a stray closing mark
                open_at = m.end()
                closers = _CLOSERS.get(mark, '”"')
            elif mark in closers:
                out.append(Quote(open_at, m.start()))
                open_at = None
        if open_at is not None:
            out.append(Quote(open_at, end))
    return tuple(
        _trim(text, q) for q in out if sum(1 for _ in tokens(text, q.start, q.end)) >= MIN_WORDS
    )


def _trim(text: str, q: Quote) -> Quote:
    """``q`` without the spaces inside its marks (« like this »)."""
    s, e = q.start, q.end
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    return Quote(s, e)


def clip(quotes: Sequence[Quote], spans: Sequence[tuple[int, int]]) -> tuple[Quote, ...]:
    """The parts of ``quotes`` inside the given sentence spans (a quote may run over several
    sentences); the parts in adjacent sentences stay one."""
    out: list[Quote] = []
    for q in quotes:
        parts = [
            (max(q.start, s), min(q.end, e)) for s, e in sorted(spans) if s < q.end and e > q.start
        ]
        for s, e in parts:
            if out and out[-1].end >= s - 2 and out[-1].start >= q.start:
                out[-1] = Quote(out[-1].start, e)
            else:
                out.append(Quote(s, e))
    return tuple(out)


def _words(text: str, q: Quote) -> list[tuple[int, int, str]]:
    return list(tokens(text, q.start, q.end))


def compare_quotes(
    a_text: str, a_quotes: Sequence[Quote], b_text: str, b_quotes: Sequence[Quote]
) -> tuple[QuoteDiff, ...]:
    """Quotes of A and B that give one passage (most words in common first, each used once),
    with the words each side quotes differently. Where one quote goes on past the other's end (a
    longer excerpt), the extra words are not a difference. More than ``MAX_QUOTES`` quotes on a
    side give none."""
    if len(a_quotes) > MAX_QUOTES or len(b_quotes) > MAX_QUOTES:
        return ()
    aw = [_words(a_text, q) for q in a_quotes]
    bw = [_words(b_text, q) for q in b_quotes]
    sets_b = [{w for *_, w in wb} if len(wb) >= MIN_WORDS else set() for wb in bw]
    cands = []
    for i, wa in enumerate(aw):
        if len(wa) < MIN_WORDS:
            continue
        sa = {w for *_, w in wa}
        for j, sb in enumerate(sets_b):
            shared = len(sa & sb)
            if sb and shared >= MATCH_SHARE * min(len(sa), len(sb)):
                cands.append((-shared, i + j, i, j))  # same i + j: never the same quote
    cands.sort()
    return tuple(
        _diff(a_quotes[i], aw[i], b_quotes[j], bw[j])
        for i, j in one_to_one((i, j) for _s, _ij, i, j in cands)
    )


def _diff(qa: Quote, wa, qb: Quote, wb) -> QuoteDiff:
    if [w for *_, w in wa] > [w for *_, w in wb]:  # one order, so that B|A mirrors A|B
        return swapped(_diff(qb, wb, qa, wa))
    ops = SequenceMatcher(None, [w for *_, w in wa], [w for *_, w in wb], autojunk=False)
    codes = ops.get_opcodes()
    # an excerpt that starts later or stops earlier than the other is not a misquote
    while codes and codes[0][0] in ("insert", "delete"):
        codes = codes[1:]
    while codes and codes[-1][0] in ("insert", "delete"):
        codes = codes[:-1]
    a_idx = [k for tag, i1, i2, _j1, _j2 in codes if tag != "equal" for k in range(i1, i2)]
    b_idx = [k for tag, _i1, _i2, j1, j2 in codes if tag != "equal" for k in range(j1, j2)]
    return QuoteDiff(
        (qa.start, qa.end),
        (qb.start, qb.end),
        tuple(dict.fromkeys(wa[k][2] for k in a_idx)),
        tuple(dict.fromkeys(wb[k][2] for k in b_idx)),
        tuple((wa[k][0], wa[k][1]) for k in a_idx),
        tuple((wb[k][0], wb[k][1]) for k in b_idx),
    )


def swapped(d: QuoteDiff) -> QuoteDiff:
    """The same quote pair seen from the other side."""
    return QuoteDiff(d.b, d.a, d.b_words, d.a_words, d.b_spans, d.a_spans)
