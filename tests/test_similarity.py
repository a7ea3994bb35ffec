"""Sentence similarity: paraphrase credit, bounds, symmetry, fitted IDF."""

from __future__ import annotations

from tui.similarity import PairScorer, content_terms, paraphrases, score_pairs


def test_paraphrase_pairs_loaded_both_ways():
    para = paraphrases()
    assert "imprison" in para["jail"] and "jail" in para["imprison"]
    assert "told" in para["said"]


def test_paraphrase_scores_above_unrelated_word():
    s = PairScorer(jaccard=0.0, number_penalty=0.0)
    base = "The reporter was jailed last year"
    para, unrelated = s(
        [base, base],
        ["The reporter was imprisoned last year", "The reporter was painted last year"],
    )
    assert para > unrelated


def test_scores_bounded_and_symmetric():
    a = ["Two soldiers were captured.", "Prices rose 3%.", ""]
    b = ["Ukraine captured two soldiers.", "Prices rose 4%.", "Nothing here."]
    ab, ba = score_pairs(a, b), score_pairs(b, a)
    assert all(0.0 <= x <= 1.0 for x in ab)
    assert ab == ba
    assert ab[2] == 0.0


def test_number_mismatch_lowers_score():
    s = PairScorer()
    same, diff = s(
        ["Prices rose 3% in May."] * 2, ["Prices rose 3% in May.", "Prices rose 4% in May."]
    )
    assert same > diff


def test_fit_sets_idf_and_numbers_are_terms():
    s = PairScorer().fit(["the cat sat", "the cat ran", "a dog barked"])
    assert s.idf is not None and s.idf("cat") < s.idf("dog")
    assert content_terms("About 11,000 troops") == [
        "about",
        "11000",
        "troop",
    ] or "11000" in content_terms("About 11,000 troops")
