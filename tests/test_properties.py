"""Properties that must hold for any input: offsets, intervals, symmetry, inert exports."""

from __future__ import annotations

import bisect
import re

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from markdown_it import MarkdownIt
from pilot_helpers import MARKDOWN_SECTIONS

from tui.align import AlignUnit, _parts, align
from tui.articles import article_from_text
from tui.comparison import Corpus, compare_articles
from tui.errors import CompareError
from tui.export import render_overview, to_html, to_markdown
from tui.overview import overview
from tui.quantities import find_quantities
from tui.segment import split_sentences
from tui.similarity import content_terms

SETTINGS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])

WORDS = [
    "troops", "Kursk", "said", "the", "North", "Korean", "soldiers", "1,200", "about", "3",
    "metres", "at", "least", "10,000", "per", "cent", "Mr.", "U.S.", "Dr.", "Jan.", "km",
    "$5", "million", "half", "two", "dozen", "“quoted”", '"Yes,"', "(aside)", "—", "e.g.",
    "5%", "2025", "11", "January", "no.", "...", "…", "it's", "Zelensky", "wounded",
]  # fmt: skip
PUNCT = [".", "!", "?", ",", ";", ":", '."', "?”", "", "", "", ""]


@st.composite
def prose(draw, max_sentences: int = 8) -> str:
    """Text made of word-ish sentences, paragraphs and stray punctuation."""
    parts = []
    for _ in range(draw(st.integers(1, max_sentences))):
        words = draw(st.lists(st.sampled_from(WORDS), min_size=1, max_size=12))
        if draw(st.booleans()):
            words.append(draw(st.text(min_size=1, max_size=8)))
        sent = " ".join(words) + draw(st.sampled_from(PUNCT))
        parts.append(sent + draw(st.sampled_from([" ", "  ", "\n", "\n\n", " \t", ""])))
    return "".join(parts)


ANY_TEXT = st.one_of(prose(), st.text(max_size=300))


# -- sentences ---------------------------------------------------------------------------------


def _check_sentences(text: str, sentences) -> None:
    prev_end = 0
    for k, s in enumerate(sentences):
        assert s.index == k
        assert text[s.start : s.end] == s.text
        assert s.start < s.end
        assert prev_end <= s.start, "sentences overlap or go backwards"
        assert s.text == s.text.strip()
        prev_end = s.end
    starts = [s.start for s in sentences]
    for pos, ch in enumerate(text):
        if ch.isspace():
            continue
        k = bisect.bisect_right(starts, pos) - 1
        assert k >= 0 and pos < sentences[k].end, f"char {pos} ({ch!r}) is in no sentence"


@SETTINGS
@given(ANY_TEXT)
def test_sentences_slice_back_and_cover_the_prose(text):
    text = text.replace("\r", "\n")
    _check_sentences(text, split_sentences(text))


@SETTINGS
@given(ANY_TEXT)
def test_line_mode_sentences_slice_back_and_cover(text):
    text = text.replace("\r", "\n")
    _check_sentences(text, split_sentences(text, lines=True))


@SETTINGS
@given(st.text(max_size=400))
def test_loaded_articles_segment_cleanly(raw):
    """Through the loader (sanitising, line ends): the same guarantees on the stored text."""
    try:
        art = article_from_text(raw, ident="x")
    except Exception as exc:  # only the one project error is allowed
        from tui.errors import CompareError

        assert isinstance(exc, CompareError)
        assert "empty" in str(exc)
        return
    assert "\r" not in art.text and "\x1b" not in art.text
    _check_sentences(art.text, split_sentences(art.text, headings=art.headings))


MARKDOWNISH = st.lists(
    st.sampled_from(
        ["| a | b |", "|---|---|", "| 1,000 | x |", "|", "||", "| |", "# Title", "text.", "- item",
         "> quote", "```", "|:-:|", "| [b]x[/b] | 5% |", "", "\n", "*em*", "<b>", "Side | 3"]
    ),
    max_size=20,
).map("\n".join)  # fmt: skip


@SETTINGS
@given(st.one_of(MARKDOWNISH, st.text(max_size=300)))
def test_markdown_articles_load_and_segment_cleanly(raw):
    """Tables, quotes, code and stray pipes: markdown loading never raises but for empty text."""
    try:
        art = article_from_text(raw, ident="x", markdown=True)
    except CompareError as exc:
        assert "empty" in str(exc)
        return
    for start, end in art.headings:
        assert 0 <= start <= end <= len(art.text)
    _check_sentences(art.text, split_sentences(art.text, headings=art.headings))


# -- quantities --------------------------------------------------------------------------------

NUMBERISH = st.lists(
    st.sampled_from(
        WORDS
        + ["1.5", "1,2,3", "0", "-4", "+7", "1e9", "½", "10–20", "10-20", "between", "and",
           "more", "than", "nearly", "up", "to", "over", "under", "£3bn", "€", "40%", "00",
           "9,99", "1,000,000,000,000,000,000,000", "thousands", "hundreds", "2:30", "1/2"]
    ),
    max_size=25,
).map(" ".join)  # fmt: skip


@SETTINGS
@given(st.one_of(NUMBERISH, st.text(max_size=200)), st.data())
def test_quantity_parser_never_raises_and_intervals_are_ordered(text, data):
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    for q in (*find_quantities(text), *find_quantities(text, start, end)):
        assert q.low <= q.high, q
        assert 0 <= q.start < q.end <= len(text)
        assert text[q.start : q.end] == q.text
    for q in find_quantities(text, start, end):
        assert start <= q.start and q.end <= end


# -- alignment ---------------------------------------------------------------------------------

UNIT = st.builds(
    AlignUnit,
    st.lists(st.sampled_from(WORDS), min_size=0, max_size=10).map(" ".join),
    st.booleans() | st.just(True),
    st.frozensets(st.sampled_from(["e1", "e2", "e3"]), max_size=2),
    st.frozensets(st.sampled_from(["troop", "metre"]), max_size=1),
)


@SETTINGS
@given(st.lists(UNIT, max_size=12), st.lists(UNIT, max_size=12), st.lists(prose(3), max_size=3))
def test_alignment_is_symmetric_and_deterministic(a, b, corpus):
    ab = align(a, b, corpus=corpus)
    ba = align(b, a, corpus=corpus)
    assert ab == align(a, b, corpus=corpus)
    assert {(lk.a, lk.b, lk.score, lk.topic) for lk in ab.links} == {
        (lk.b, lk.a, lk.score, lk.topic) for lk in ba.links
    }
    assert ab.only_a == ba.only_b and ab.only_b == ba.only_a
    for lk in ab.links:
        assert 0.0 < lk.score <= 1.0
        assert all(a[i].eligible for i in lk.a) and all(b[j].eligible for j in lk.b)


# -- exports stay inert ------------------------------------------------------------------------

HOSTILE_LINES = [
    "# Heading",
    "## Summary",
    "| a | b |",
    "|---|---|",
    "```",
    "~~~",
    "    indented code",
    "<script>alert(1)</script>",
    "<div onclick=x>",
    "[x](javascript:alert(1))",
    "![img](http://evil/x.png)",
    "<http://example.com>",
    "---",
    "***",
    "===",
    "> quoted",
    "- item",
    "1. item",
    "*emph* and **strong** and `code`",
    "\\",
    "&amp; &#60; &lt;",
    "[ref]: http://example.com",
    "Text with trailing backslash \\",
    "Officials said 1,200 people [bold]left[/bold] on Monday.",
]


@st.composite
def hostile_article(draw) -> str:
    lines = draw(st.lists(st.sampled_from(HOSTILE_LINES) | prose(2), min_size=1, max_size=8))
    return "\n\n".join(lines)


def _structure(md: str, cmp) -> None:
    tokens = MarkdownIt("commonmark").enable("table").parse(md)
    types = [t.type for t in tokens]
    for forbidden in ("html_block", "fence", "code_block", "hr"):
        assert forbidden not in types, forbidden
    inline_types = {c.type for t in tokens if t.type == "inline" for c in t.children or ()}
    for forbidden in ("html_inline", "link_open", "image", "code_inline"):
        assert forbidden not in inline_types, forbidden
    headings = []
    for k, t in enumerate(tokens):
        if t.type == "heading_open":
            headings.append((t.tag, tokens[k + 1].content))
    assert [tag for tag, _ in headings].count("h1") == 1
    assert [text for tag, text in headings if tag == "h2"] == MARKDOWN_SECTIONS
    assert [tag for tag, _ in headings].count("h3") == len(cmp.pairs)
    assert types.count("table_open") == 2 + bool(cmp.sources)
    assert types.count("blockquote_open") == len(cmp.pairs)
    table_rows, rows = [], 0
    for t in tokens:
        if t.type == "tr_open":
            rows += 1
        elif t.type == "table_close":
            table_rows.append(rows)
            rows = 0
    sources = [1 + len(cmp.sources)] if cmp.sources else []
    assert table_rows == [6, *sources, 1 + len(cmp.entities)]


@SETTINGS
@given(hostile_article(), hostile_article())
def test_markdown_export_cannot_be_broken_by_article_text(text_a, text_b):
    a = article_from_text(text_a, ident="a")
    b = article_from_text(text_b, ident="b")
    cmp = compare_articles(a, b)
    pair_notes = {
        f"a{','.join(map(str, p.a))}-b{','.join(map(str, p.b))}": text_b for p in cmp.pairs
    }
    md = to_markdown(cmp, pair_notes)
    _structure(md, cmp)
    page = to_html(cmp, pair_notes).lower()
    assert "<script" not in page
    assert "javascript:" not in page or "javascript:alert" in page.replace("<", "")
    assert "href=" not in page and "src=" not in page
    assert "<div" not in page


@SETTINGS
@given(hostile_article(), hostile_article(), hostile_article())
def test_overview_markdown_cannot_be_broken_by_article_text(text_a, text_b, text_c):
    arts = [
        article_from_text(t, ident=k) for k, t in zip("abc", (text_a, text_b, text_c), strict=True)
    ]
    ov = overview(Corpus(arts), 0)
    md = render_overview(ov, "md")
    tokens = MarkdownIt("commonmark").enable("table").parse(md)
    types = [t.type for t in tokens]
    for forbidden in ("html_block", "fence", "code_block", "hr"):
        assert forbidden not in types, forbidden
    heads = [tokens[k + 1].content for k, t in enumerate(tokens) if t.type == "heading_open"]
    assert heads[0].startswith("Overview: ")
    assert heads[1:4] == ["A's claims, and who else reports them", "Figures that differ",
                          "Reported by A alone"]  # fmt: skip
    assert types.count("table_open") == 2
    cells_per_row = [0]
    for t in tokens:
        if t.type == "tr_open":
            cells_per_row.append(0)
        elif t.type in ("td_open", "th_open"):
            cells_per_row[-1] += 1
    assert set(cells_per_row[1:5]) == {5}  # the articles table: header, A, B, C
    assert set(cells_per_row[5:]) == {4}  # the claims table: A, claim, B, C
    assert len(cells_per_row) - 5 == 1 + len(ov.rows)
    page = render_overview(ov, "html").lower()
    assert "<script" not in page and "href=" not in page and "src=" not in page


def test_markdown_structure_check_catches_a_raw_line():
    """The structure check above is not vacuous: an unescaped heading line breaks it."""
    a = article_from_text("Officials said 1,200 people left.", ident="a")
    cmp = compare_articles(a, article_from_text("Officials said 1,300 people left.", ident="b"))
    md = to_markdown(cmp)
    broken = md.replace("## Entities", "## Injected\n\n## Entities")
    try:
        _structure(broken, cmp)
    except AssertionError:
        return
    raise AssertionError("the structure check accepted an injected heading")


@SETTINGS
@given(ANY_TEXT)
def test_clause_parts_hold_exactly_the_sentence_terms(text):
    """... but a clock time's term, which is no topic ("at 2.40am" / "at 2.45am")."""
    terms = [t for t in content_terms(text) if not re.fullmatch(r"t\d{4}", t)]
    assert [t for part in _parts(text) for t in part] == terms
