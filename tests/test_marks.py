"""What the panes mark, computed without an app."""

from __future__ import annotations

from pathlib import Path

from tui.articles import load_article
from tui.comparison import Corpus
from tui.ui.marks import sentence_marks

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def _cmp():
    arts = [
        load_article(str(SEEDS / n))
        for n in ("000_c241bf6c8e820066.txt", "004_a7033ac78cf58a1a.txt")
    ]
    return Corpus(arts).compare(0, 1)


def test_conflicting_numbers_are_marked_in_both_panes():
    cmp = _cmp()
    n = next(k for k, p in enumerate(cmp.pairs) if p.level == "conflict")
    a = sentence_marks(cmp, "a", n, None, "")
    b = sentence_marks(cmp, "b", n, None, "")
    assert a.current == frozenset(cmp.pairs[n].a) and b.current == frozenset(cmp.pairs[n].b)
    [(s, e, kind)] = [x for spans in a.spans.values() for x in spans if x[2] == "conflict"]
    assert cmp.a.article.text[s:e] == "over 1,000"
    [(s, e, kind)] = [x for spans in b.spans.values() for x in spans if x[2] == "conflict"]
    assert cmp.b.article.text[s:e] == "approximately 200"


def test_labels_only_and_search():
    cmp = _cmp()
    marks = sentence_marks(cmp, "a", None, None, "tuva")
    assert marks.current == frozenset()
    assert set(marks.labels) == {i for p in cmp.pairs for i in p.a}
    assert marks.only == frozenset(cmp.only_a) and not (marks.only & set(marks.labels))
    hits = [x for spans in marks.spans.values() for x in spans if x[2] == "search"]
    assert [cmp.a.article.text[s:e] for s, e, _ in hits] == ["Tuva"]


def test_a_misquote_is_marked_and_described():
    from tui.articles import article_from_text
    from tui.ui.describe import pair_content

    a = article_from_text('T\n\n"We will not surrender any land to them," he said.', ident="a")
    b = article_from_text("T\n\nHe said: “We will never surrender land to them.”", ident="b")
    cmp = Corpus([a, b]).compare(0, 1)
    marks = sentence_marks(cmp, "a", 0, None, "")
    marked = {a.text[s:e] for spans in marks.spans.values() for s, e, kind in spans}
    assert marked == {"not", "any"}
    assert "quoted differently: A not, any · B never" in pair_content(cmp, 0, "").plain


def test_the_detail_bar_says_when_only_one_side_leads_with_a_fact():
    from tui.articles import article_from_text
    from tui.ui.describe import pair_content

    a = article_from_text("Kyiv shot down 40 drones overnight.\n\nSchools open Monday.", ident="a")
    b = article_from_text("Schools open Monday.\n\nKyiv shot down 40 drones overnight.", ident="b")
    cmp = Corpus([a, b]).compare(0, 1)
    n = next(k for k, p in enumerate(cmp.pairs) if p.a == (0,))
    assert (
        "placement: A leads with this; B has it at sentence 2 of 2"
        in pair_content(cmp, n, "").plain
    )


def test_a_date_conflict_is_marked_described_and_counted():
    from tui.articles import article_from_text
    from tui.ui.describe import header_content, pair_content

    a = article_from_text(
        "Kovac will be sworn in as president on December 22, aides said.", ident="a"
    )
    b = article_from_text("Aides said Kovac will be sworn in as president on Dec. 23.", ident="b")
    cmp = Corpus([a, b]).compare(0, 1)
    marks = sentence_marks(cmp, "b", 0, None, "")
    conflict = [
        b.text[s:e] for spans in marks.spans.values() for s, e, k in spans if k == "conflict"
    ]
    assert conflict == ["Dec. 23"]
    detail = pair_content(cmp, 0, "").plain
    assert "dates conflict" in detail and "date: A December 22 vs B Dec. 23   conflict" in detail
    header = header_content(a, b, cmp.summary(), 0.3, follow=True, width=200).plain
    assert "1 date conflict" in header


def test_the_same_words_credited_to_two_people_are_described_and_counted():
    from tui.articles import article_from_text
    from tui.ui.describe import header_content, pair_content

    a = article_from_text(
        '"We will not give up until the crews are heard," said Helene Marchand, a union official.',
        ident="a",
    )
    b = article_from_text(
        '"We will not give up until the crews are heard," said Karim Benali, a port delegate.',
        ident="b",
    )
    cmp = Corpus([a, b]).compare(0, 1)
    detail = pair_content(cmp, 0, "").plain
    assert "attribution conflicts" in detail
    assert "attribution: A Helene Marchand vs B Karim Benali   same words, two people" in detail
    header = header_content(a, b, cmp.summary(), 0.3, follow=True, width=200).plain
    assert "1 misattributed quote" in header
