"""Topic aligner: seed floor, symmetry, determinism, eligibility, cancellation."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from tui.align import Alignment, AlignUnit, _phrase, _spellings, _with_spellings, align
from tui.articles import load_article
from tui.comparison import Corpus

SEEDS = Path(__file__).resolve().parents[1] / "seeds"


@lru_cache(maxsize=1)
def _corpus() -> Corpus:
    return Corpus([load_article(p) for p in sorted(SEEDS.glob("*.txt"))])


def _index(units: list[AlignUnit], needle: str) -> int:
    return next(k for k, u in enumerate(units) if needle in u.text)


def _mirror(al: Alignment) -> set[tuple]:
    return {(lk.b, lk.a, lk.score, lk.topic) for lk in al.links}


def test_seed_floor_troop_estimates_link():
    c = _corpus()
    a, b = c.units(0), c.units(3)
    i = _index(a, "approximately 11,000 troops")
    j = _index(b, "at least 10,000 of its troops")
    al = align(a, b, corpus=c.sentence_texts())
    assert any(i in lk.a and j in lk.b for lk in al.links)


def test_seed_alignment_is_symmetric_and_deterministic():
    c = _corpus()
    corpus = c.sentence_texts()
    for x, y in ((0, 3), (1, 2), (2, 4)):
        a, b = c.units(x), c.units(y)
        ab = align(a, b, corpus=corpus)
        ba = align(b, a, corpus=corpus)
        assert ab.links, (x, y)
        assert {(lk.a, lk.b, lk.score, lk.topic) for lk in ab.links} == _mirror(ba)
        assert ab.only_a == ba.only_b and ab.only_b == ba.only_a
        assert align(a, b, corpus=corpus) == ab


def test_links_are_scored_labelled_and_eligible_only():
    c = _corpus()
    a, b = c.units(0), c.units(3)
    al = align(a, b, corpus=c.sentence_texts())
    for lk in al.links:
        assert 0.0 < lk.score <= 1.0
        assert 1 <= len(lk.topic.split()) <= 6
        assert all(a[i].eligible for i in lk.a) and all(b[j].eligible for j in lk.b)


def test_ineligible_units_are_never_linked():
    text = "Ukraine captured two North Korean soldiers in the Kursk region on Saturday."
    a = [AlignUnit(text, eligible=False), AlignUnit("The weather was sunny and warm.")]
    b = [AlignUnit(text), AlignUnit(text, eligible=False)]
    al = align(a, b)
    assert al.links == ()
    assert al.only_a == (1,) and al.only_b == (0,)
    # the same texts, eligible, do link
    al2 = align([AlignUnit(text)], [AlignUnit(text)])
    assert [(lk.a, lk.b) for lk in al2.links] == [((0,), (0,))]


def test_two_ledes_need_a_little_less_to_link():
    a = "Bogotá opened its first metro line on Saturday, ending a long wait for residents."
    b = "Colombia's capital inaugurated its first metro line on 5 September with a free ride."
    filler = [AlignUnit(f"Sentence {w} says something else entirely.") for w in "xyz"]
    plain = align([AlignUnit(a), *filler], [AlignUnit(b), *filler])
    ledes = align([AlignUnit(a, lede=True), *filler], [AlignUnit(b, lede=True), *filler])
    assert ((0,), (0,)) not in {(lk.a, lk.b) for lk in plain.links}
    assert ((0,), (0,)) in {(lk.a, lk.b) for lk in ledes.links}


def test_one_to_many_link():
    a = [
        AlignUnit(
            "Officials said 300 soldiers were killed and 2,700 wounded in the Kursk fighting."
        )
    ]
    b = [
        AlignUnit("About 300 soldiers were killed in the Kursk fighting, officials said."),
        AlignUnit("Some 2,700 soldiers were wounded in the Kursk fighting, officials said."),
        AlignUnit("The weather in Seoul was mild."),
    ]
    al = align(a, b)
    assert {lk.b for lk in al.links} == {(0,), (1,)}


def test_each_clause_of_a_two_claim_sentence_keeps_its_link():
    # the weaker link rests on the other clause, so the stronger one does not crowd it out
    a = [
        AlignUnit(
            "This marks the first time Ukrainian forces have taken North Korean soldiers alive,"
            " following reports that Pyongyang deployed thousands of troops to support Russia."
        )
    ]
    b = [
        AlignUnit(
            "Ukrainian forces have captured two North Korean soldiers, marking the first time"
            " North Korean personnel have been taken alive."
        ),
        AlignUnit(
            "Officials estimated that Pyongyang has deployed 11,000 troops to support Moscow."
        ),
        AlignUnit("The weather in Seoul was mild."),
        AlignUnit("Exports of grain from Odesa rose in the spring."),
    ]
    al = align(a, b)
    assert {lk.b for lk in al.links} == {(0,), (1,)}
    assert _mirror(align(b, a)) == {(lk.a, lk.b, lk.score, lk.topic) for lk in al.links}


def test_should_stop_returns_promptly_with_no_links():
    c = _corpus()
    calls = []

    def stop() -> bool:
        calls.append(1)
        return True

    al = align(c.units(0), c.units(3), corpus=c.sentence_texts(), should_stop=stop)
    assert al.links == ()
    assert len(calls) == 1


_WORDS = st.sampled_from(
    [
        "troops",
        "soldiers",
        "captured",
        "killed",
        "jailed",
        "imprisoned",
        "Kursk",
        "Ukraine",
        "Korea",
        "said",
        "told",
        "estimated",
        "sent",
        "deployed",
        "10,000",
        "11,000",
        "two",
        "region",
        "forces",
        "wounded",
    ]
)
_UNIT = st.builds(
    AlignUnit,
    st.lists(_WORDS, min_size=1, max_size=8).map(" ".join),
    st.booleans(),
    st.frozensets(st.sampled_from(["e1", "e2", "e3"]), max_size=2),
    st.frozensets(st.sampled_from(["troops", "troops:casualties"]), max_size=1),
)


@settings(max_examples=60, deadline=None)
@given(st.lists(_UNIT, max_size=6), st.lists(_UNIT, max_size=6))
def test_symmetry_property(a, b):
    ab = align(a, b, threshold=0.2)
    ba = align(b, a, threshold=0.2)
    assert {(lk.a, lk.b, lk.score, lk.topic) for lk in ab.links} == _mirror(ba)
    assert ab.only_a == ba.only_b
    for lk in ab.links:
        assert all(a[i].eligible for i in lk.a) and all(b[j].eligible for j in lk.b)


def test_topic_is_the_shared_phrase_when_there_is_one():
    a = "The SBU said one soldier carried a Russian military ID card issued last autumn."
    b = "One of them carried a Russian military ID card in another name, officials said."
    assert _phrase(a, b) == _phrase(b, a) == "carried a Russian military ID card"
    assert _phrase("Zelensky met Biden.", "Biden met Zelensky in Kyiv.") == ""  # names only


def test_a_shared_quote_links_two_sentences_beside_their_best_links():
    quote = frozenset("betrayed the trust of every resident".split())
    longer = frozenset("betrayed the trust of every single resident of this city".split())
    a = [
        AlignUnit("Judge Marsh said he had betrayed the trust of every resident and ordered him "
                  "to repay $3.9 million to the city.", quoted=quote),
    ]  # fmt: skip
    b = [
        AlignUnit("Marsh ordered him to repay $3.9 million to the city."),
        AlignUnit("The judge told him he had betrayed the trust of every single resident of this "
                  "city.", quoted=longer),
    ]  # fmt: skip
    got = {(lk.a[0], lk.b[0]) for lk in align(a, b).links}
    assert got == {(0, 0), (0, 1)}
    # without the quote marks the second is only a weaker link of the same sentence
    plain = [AlignUnit(u.text) for u in b]
    assert {(lk.a[0], lk.b[0]) for lk in align([AlignUnit(a[0].text)], plain).links} == {(0, 0)}


def test_a_names_only_part_is_found_in_linear_time():
    """'A1111...1!' once took 2^n steps: the names-and-figures pattern could split the digits
    in every way before failing."""
    import time

    from tui.align import _split

    text = "A" + "1" * 5000 + "!, and then " + "B 2 " * 5000 + "x."
    t0 = time.perf_counter()
    _split(text)
    assert time.perf_counter() - t0 < 1.0


def test_align_leaves_the_garbage_collector_as_it_found_it():
    import gc

    units = [AlignUnit("Troops crossed the river at dawn on Friday.")]
    assert gc.isenabled()
    align(units, units)
    assert gc.isenabled()
    gc.disable()
    try:
        align(units, units)
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_the_words_of_one_name_s_spellings_meet():
    para = _with_spellings(
        {"led": frozenset({"headed"})},
        _spellings(
            {
                "e1": ("Mohammed Ould Boubakar", "Mohamed Ould Boubacar", "Sheikh Boubacar"),
                "e2": ("Security Service of Ukraine", "SBU"),
            }
        ),
    )
    assert para.get("boubacar") == {"boubakar"} and para.get("boubakar") == {"boubacar"}
    assert para.get("led") == {"headed"} and para.get("sbu") is None
    assert para.get("sheikh") is None  # a title is no spelling of any word of the name


def test_a_key_figures_line_does_not_push_out_the_prose_that_says_it():
    """A list line ('First batch: 5 million doses') and the lede that says it too compete only
    with their own kind: both links stay (as one kind, the weaker is pushed out)."""
    a = [AlignUnit("Brazil will begin vaccinating children next week with 6.5 million doses.")]
    b = [
        AlignUnit(
            "Brazil's ministry will roll out a dengue vaccine to children from next week, "
            "beginning with 5 million doses."
        ),
        AlignUnit("First batch: 5 million doses", listed=True),
    ]
    linked = {lk.b for lk in align(a, b, corpus=_corpus().sentence_texts()).links}
    assert linked == {(0,), (1,)}


def test_a_stub_after_a_linked_sentence_follows_its_link():
    """'He was 87.' has no words of its own to score; after two linked ledes it meets the other
    side's 'He was 88.', and only when both state a figure of one kind."""
    lede_a = "Arkady Voronitsyn, the physicist who compressed particle beams, died on Sunday."
    lede_b = "Arkadiy Voronitsin, the physicist known for compressing particle beams, has died."
    age = frozenset({("age", 87.0)})
    a = [AlignUnit(lede_a), AlignUnit("He was 87.", figures=age)]
    b = [AlignUnit(lede_b), AlignUnit("He was 88.", figures=frozenset({("age", 88.0)}))]
    links = {(lk.a, lk.b): lk for lk in align(a, b).links}
    assert ((0,), (0,)) in links
    assert links[((1,), (1,))].topic == "age"
    assert links[((1,), (1,))].score == links[((0,), (0,))].score
    # a stub of another kind ("It was 5 km long.") is no continuation
    b[1] = AlignUnit("He was 88.", figures=frozenset({("length_km", 88.0)}))
    assert ((1,), (1,)) not in {(lk.a, lk.b) for lk in align(a, b).links}
    # nor is a sentence with words of its own
    longer = "He was 88 and had taught at the university for four decades."
    b[1] = AlignUnit(longer, figures=frozenset({("age", 88.0)}))
    assert ((1,), (1,)) not in {(lk.a, lk.b) for lk in align(a, b).links}
