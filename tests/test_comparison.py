"""The engine end to end on the seeds: the links and verdicts a fact-checker expects."""

from __future__ import annotations

import pytest

from tui.articles import article_from_text, bundled_seeds
from tui.comparison import Corpus, compare_articles


@pytest.fixture(scope="module")
def corpus() -> Corpus:
    return Corpus(bundled_seeds())


def _index(corpus: Corpus, art: int, fragment: str) -> int:
    return next(s.index for s in corpus.analyses[art].sentences if fragment in s.text)


def _pair(corpus: Corpus, i: int, j: int, frag_a: str, frag_b: str):
    cmp = corpus.compare(i, j)
    a, b = _index(corpus, i, frag_a), _index(corpus, j, frag_b)
    return next((p for p in cmp.pairs if a in p.a and b in p.b), None)


def test_troop_estimates_link_and_differ(corpus):
    p = _pair(corpus, 0, 3, "deployed approximately 11,000", "at least 10,000 of its troops")
    assert p is not None
    statuses = {(n.a.text, n.b.text): n.status for n in p.divergence.numbers}
    assert statuses == {("approximately 11,000", "at least 10,000"): "differ"}
    assert p.level == "differ" and p.is_divergence


def test_casualty_figures_conflict(corpus):
    p = _pair(corpus, 0, 4, "over 1,000 North Korean troops", "approximately 200 North Korean")
    assert p is not None
    [n] = [n for n in p.divergence.numbers if n.status == "conflict"]
    assert (n.a.value, n.b.value) == (1000, 200)
    assert p.level == "conflict"


def test_same_figure_with_other_hedge_is_a_qualifier(corpus):
    p = _pair(corpus, 0, 1, "deployed approximately 11,000", "as many as 11,000")
    assert p is not None
    assert [n.status for n in p.divergence.numbers] == ["qualifier"]


def test_headings_and_boilerplate_are_never_linked(corpus):
    for i in range(5):
        for j in range(5):
            if i == j:
                continue
            cmp = corpus.compare(i, j)
            for p in cmp.pairs:
                assert all(cmp.a.sentences[k].kind == "prose" for k in p.a)
                assert all(cmp.b.sentences[k].kind == "prose" for k in p.b)
            kinds_a = {cmp.a.sentences[k].kind for k in cmp.only_a}
            assert kinds_a <= {"prose"}


def test_comparison_is_symmetric(corpus):
    ab = corpus.compare(0, 3)
    ba = corpus.compare(3, 0)
    assert sorted((p.a, p.b, p.score, p.topic) for p in ab.pairs) == sorted(
        (p.b, p.a, p.score, p.topic) for p in ba.pairs
    )
    assert ab.only_a == ba.only_b and ab.only_b == ba.only_a
    assert ab.swapped().pairs == ba.pairs


def test_spelling_variants_are_one_entity_with_counts_per_side(corpus):
    cmp = corpus.compare(0, 1)
    row = next(e for e in cmp.entities if "Zelenskyy" in e.variants)
    assert "Zelensky" in row.variants and row.type == "person"
    assert row.count_a >= 2 and row.count_b >= 2
    north = [e for e in cmp.entities if "North Korea" in e.variants]
    south = [e for e in cmp.entities if "South Korea" in e.variants]
    assert len(north) == 1 and len(south) == 1 and north[0] != south[0]


def test_unmatched_sentences_are_listed(corpus):
    cmp = corpus.compare(0, 3)
    linked = {k for p in cmp.pairs for k in p.a}
    prose = {s.index for s in cmp.a.sentences if s.kind == "prose"}
    assert set(cmp.only_a) == prose - linked


def test_number_rows_keep_what_happened_apart():
    a = article_from_text("Over 1,000 troops were killed or wounded.", ident="a")
    b = article_from_text(
        "Pyongyang sent thousands of troops. About 1,000 troops and four to five officers died."
        " The war enters its fourth year after a three-year-long fight of one week."
        " Around a quarter of the special forces were lost.",
        ident="b",
    )
    rows = {r.name: (r.count_a, r.count_b) for r in Corpus([a, b]).compare(0, 1).entities}
    assert rows["1,000 troops killed or wounded"] == (1, 0)
    assert rows["thousands of troops"] == (0, 1)  # a vague amount is not "1,000"
    assert rows["4–5 officers killed"] == (0, 1)
    assert rows["fourth year"] == (0, 1)
    assert rows["3 years"] == rows["1 week"] == (0, 1)
    assert rows["a quarter of forces"] == (0, 1)  # not "0.25 forces"


def test_number_rows_name_precise_large_figures_at_their_scale():
    a = article_from_text(
        "India has 1.4286 billion people. China has 1,425,775,850 people.", ident="a"
    )
    rows = {r.name for r in Corpus([a, a]).compare(0, 1).entities if r.type == "number"}
    assert rows == {"1.4286 billion people", "1,425,775,850 people"}  # not "1428.6 million"


def test_who_is_credited_merges_spellings_and_aliases(corpus):
    cmp = corpus.compare(0, 4)
    rows = {r.name: r for r in cmp.sources}
    zel = rows["Volodymyr Zelenskyy"]
    # 000's quote in two sentences ('"Our soldiers have captured ... (SBU)," Zelensky said')
    # credits him in both
    assert (zel.count_a, zel.count_b) == (4, 2) and "Zelensky" in zel.variants
    sbu = rows["Security Service of Ukraine"]
    assert set(sbu.variants) == {"SBU", "Security Service for Ukraine"}
    assert rows["Artem Dekhtyarenko"].variants == ("SSU spokesperson Artem Dekhtyarenko",)
    assert all(r.type == "source" for r in cmp.sources)
    text = cmp.a.article.text
    assert {text[s:e] for s, e in zel.spans_a} >= {"Zelensky"}
    back = {r.name: (r.count_a, r.count_b) for r in cmp.swapped().sources}
    assert back["Volodymyr Zelenskyy"] == (2, 4)


def test_a_source_that_is_no_known_name_is_credited_as_written():
    a = article_from_text("Troops left, according to Ukrainian intelligence, on Monday.", ident="a")
    b = article_from_text(
        "Troops left, according to the agency. More would follow, according to agency.", ident="b"
    )
    rows = {r.name: (r.count_a, r.count_b) for r in compare_articles(a, b).sources}
    assert rows == {"Ukrainian intelligence": (1, 0), "the agency": (0, 2)}


def test_a_source_whose_name_lists_its_remits_is_credited_whole():
    a = article_from_text(
        "The Ministry of Agriculture, Fisheries and Food said 40 farms were shut.", ident="a"
    )
    b = article_from_text("Forty farms were shut, the ministry said.", ident="b")
    (row,) = compare_articles(a, b).sources
    assert (row.name, row.variants, row.count_a, row.count_b) == (
        "Ministry of Agriculture, Fisheries and Food",
        ("Ministry of Agriculture, Fisheries and Food", "the ministry"),
        1,
        1,
    )


def test_a_dateline_in_accented_capitals_is_no_claim_and_no_wording():
    a = article_from_text(
        "ÅLESUND, Norway, June 12 (Northern Europe Wire) - Norway opened a 16.4-km road tunnel "
        "beneath the Breisund strait.",
        ident="a",
    )
    b = article_from_text(
        "ÅLESUND, 12 June 2026 — A 10.2-mile road tunnel beneath the Breisund strait opened.",
        ident="b",
    )
    (pair,) = compare_articles(a, b).pairs
    assert pair.divergence.words.a == ("norway",)  # not "northern", "europe", "wire"


def test_the_institute_is_the_one_named_institute_of_something():
    a = article_from_text(
        "The Norwegian Institute of Public Health said 312 fell ill. About 2,400 were on board, "
        "the institute added.",
        ident="a",
    )
    b = article_from_text("The NIPH said infections had declined.", ident="b")
    rows = {r.name: (r.count_a, r.count_b) for r in compare_articles(a, b).sources}
    assert rows == {"Norwegian Institute of Public Health": (2, 1)}


def test_scores_against_one_opponent_still_conflict():
    """(Two opponents are the coach event's: tests/test_unseen_event.py.)"""
    a = article_from_text("Barić was sacked after a 3-0 home defeat by Jordan.", ident="a")
    c = article_from_text("Barić was sacked after a 3-1 home defeat by Jordan.", ident="c")
    (pair,) = compare_articles(a, c).pairs
    assert [(n.a.text, n.b.text, n.status) for n in pair.divergence.numbers] == [
        ("3-0", "3-1", "conflict")
    ]


def test_a_body_s_spokesperson_credits_the_body():
    a = article_from_text(
        "Global Affairs Canada (GAC) said 412 citizens had left. Nobody was hurt, GAC said.",
        ident="a",
    )
    b = article_from_text("No Canadians were harmed, according to a GAC spokesperson.", ident="b")
    rows = {r.name: (r.count_a, r.count_b) for r in compare_articles(a, b).sources}
    assert rows == {"Global Affairs Canada": (2, 1)}


def test_topic_labels_give_whole_names(corpus):
    topics = {(p.a, p.b): p.topic for p in corpus.compare(0, 3).pairs}
    assert "Volodymyr Zelenskyy" in topics[((1,), (0,))]  # was "President Volodymyr Saturday"


def _placed():
    a = article_from_text(
        "Kyiv says it shot down 40 drones overnight. Power failed in three regions.\n\n"
        "Repair crews worked through the night in the capital.\n\n"
        "The mayor said schools would open on Monday.",
        ident="a",
    )
    b = article_from_text(
        "Schools in Kyiv will open on Monday, the mayor said.\n\n"
        "Officials earlier reported that air defences shot down 40 drones overnight.",
        ident="b",
    )
    return compare_articles(a, b)


def test_lede_ranks_and_places():
    cmp = _placed()
    assert cmp.a.lede == (0, 1) and cmp.b.lede == (0,)  # at most two, first paragraph only
    assert cmp.a.prose_count == 4 and cmp.a.place(3) == "sentence 4 of 4"
    assert cmp.a.place(1) == "the lede"


def test_placement_says_who_leads_with_a_fact():
    cmp = _placed()
    by_a = {p.a: cmp.placement(p) for p in cmp.pairs}
    assert by_a[(0,)] == "A leads with this; B has it at sentence 2 of 2"
    assert by_a[(3,)] == "B leads with this; A has it at sentence 4 of 4"
    assert cmp.leads("a") == [(0, (1,)), (1, ())]  # the power cuts are not in B
    back = cmp.swapped()
    assert {p.b: back.placement(p) for p in back.pairs}[(0,)] == (
        "B leads with this; A has it at sentence 2 of 2"
    )


def test_overview_says_which_articles_report_each_claim():
    from tui.overview import letter, overview

    pivot = article_from_text(
        "Officials said 40 drones were shot down overnight.\n\nSchools open on Monday.", ident="p"
    )
    same = article_from_text("Officials said 40 drones were shot down overnight.", ident="s")
    other = article_from_text(
        "Air defences shot down 12 drones overnight, officials said.\n\nGrain exports rose.",
        ident="o",
    )
    ov = overview(Corpus([pivot, same, other]), 0)
    assert ov.others == (1, 2) and [r.index for r in ov.rows] == [0, 1]
    drones, schools = ov.rows
    assert [c.level for c in drones.cells] == ["same", "conflict"]
    assert drones.reported_by == 2 and schools.reported_by == 0
    assert ov.not_in_pivot(1) == (1,)  # grain exports
    assert [letter(k) for k in (0, 25, 26)] == ["A", "Z", "27"]


def test_what_the_aligner_is_told_a_sentence_measures(corpus):
    """A day of a month is a date measure; the day itself counts nothing ("On January 9,
    Ukrainian military forces" was once read as 9 counting "military")."""
    k = _index(corpus, 2, "On January 9")
    unit = corpus.units(2)[k]
    assert unit.measures == {"date:01"}
    assert unit.measure_at == ((unit.text.index("January 9"), "date:01"),)


def test_a_dateline_is_no_part_of_what_a_lede_says():
    a = article_from_text(
        "REYKJAVIK, Dec 19 (Reuters) - A volcano erupted on Iceland's Reykjanes peninsula.",
        ident="a",
    )
    unit = Corpus([a, a]).units(0)[0]
    assert unit.text.startswith(" " * len("REYKJAVIK, Dec 19 (Reuters) - ") + "A volcano")
    assert len(unit.text) == len(a.text.strip())  # offsets are kept
    assert not any("reykjavik" in e for e in unit.entities)  # the filing place is no topic
    assert any("iceland" in e for e in unit.entities)


def _linked(text_a: str, text_b: str) -> list[tuple[tuple[int, ...], tuple[int, ...]]]:
    corpus = Corpus([article_from_text(text_a, ident="a"), article_from_text(text_b, ident="b")])
    return [(p.a, p.b) for p in corpus.compare(0, 1).pairs]


FILLER = (
    " Schools stayed open in the north. The football final was moved to Sunday."
    " Farmers asked for more rain."
)


def test_a_figure_given_in_another_unit_or_rounded_is_evidence_for_the_link():
    """'a record 20,830 MW' / 'a record 20.8 GW' share the figure as if written alike; so do a
    rounded '$16.2bn' and '$16.18 billion' and a '15-year sentence' and '180 months'."""
    pairs = _linked(
        "Electricity demand in the state had hit a record 20,830 MW on Sunday evening." + FILLER,
        "Demand across the state had peaked at a record 20.8 GW the previous evening." + FILLER,
    )
    assert ((0,), (0,)) in pairs
    pairs = _linked(
        "Prosecutors had sought a 15-year sentence for the banker." + FILLER,
        "The government had asked for 180 months." + FILLER,
    )
    assert ((0,), (0,)) in pairs


def test_a_figure_near_another_is_not_its_rounding():
    from tui.align import _rounded

    assert _rounded("16.2", "16.18") and _rounded("4.50", "4.5")
    assert not _rounded("95", "94.40") and not _rounded("1000", "1034")
    assert not _rounded("4", "4km")


def _figures(text_a: str, text_b: str) -> list[tuple[str, str, str]]:
    """The figures compared in the first link of two one-sentence articles."""
    corpus = Corpus([article_from_text(text_a, ident="a"), article_from_text(text_b, ident="b")])
    pairs = corpus.compare(0, 1).pairs
    assert pairs, "the two sentences should link"
    return [(n.a.text, n.b.text, n.status) for n in pairs[0].divergence.numbers]


def test_figures_of_two_acts_or_a_change_and_a_share_are_not_compared():
    assert not _figures(
        "Veldoria imported 2.3 million tonnes of steel last year, the customs agency said.",
        "Veldoria's mills produced 1.9 million tonnes of steel last year, the customs agency said.",
    )
    assert not _figures(
        "Gold prices have risen about 13 percent since January, lifting the bank's reserves.",
        "Gold now accounts for 44% of the bank's reserves, up from January.",
    )
    assert not _figures(  # "buy" as well as "bought"
        "The agency plans to buy about 40,000 tonnes of wheat.",
        "The agency sold about 50,000 tonnes of wheat.",
    )
    # ... but a share against a share is
    assert _figures(
        "Gold makes up 41 percent of the bank's reserves.",
        "Gold accounts for 44% of the bank's reserves.",
    ) == [("41", "44%", "conflict")]


def test_a_place_s_population_is_no_count_of_those_it_happened_to():
    assert not _figures(
        "More than 12,000 people were evacuated from the Keravan islands on Saturday.",
        "The Keravan islands, home to about 310,000 people, were evacuated on Saturday.",
    )
    assert _figures(
        "The Keravan islands, home to about 310,000 people, were evacuated on Saturday.",
        "The Keravan islands, which have a population of 298,000, were evacuated on Saturday.",
    ) == [("about 310,000", "298,000", "differ")]
    # ... nor are those who lived in the building (but "people living there were told to leave"
    # are those it happened to)
    assert "About 60" not in {
        a
        for a, _b, _status in _figures(
            "About 60 people lived in the building, and 27 were pulled out alive, officials said.",
            "Officials said 27 people were pulled out alive and 33 were being treated in hospital.",
        )
    }
    assert _figures(
        "Authorities evacuated 312 residents from the buildings on Monday.",
        "About 300 people living in the buildings were evacuated on Monday.",
    ) == [("312", "About 300", "differ")]


def test_a_past_year_s_figure_is_not_set_against_this_event_s():
    a = "Updated 14 March 2026. One person has died in the tsunami, officials say."
    b = "In 1998 a tsunami in the islands killed 41 people, officials say."
    assert not _figures(a, b)
    assert _figures(a, "Two people have died in the tsunami, officials say.") == [
        ("One", "Two", "conflict")
    ]


def test_a_role_in_a_place_is_credited_as_the_role():
    corpus = Corpus(
        [
            article_from_text("A man died after a fall, police in Harlow Point said.", ident="a"),
            article_from_text("A man died after a fall in Harlow Point.", ident="b"),
        ]
    )
    assert [r.name for r in corpus.compare(0, 1).sources] == ["police in Harlow Point"]


def test_homes_destroyed_and_damaged_usual_and_actual_a_town_and_its_district():
    assert not _figures(
        "At least 27 homes have been destroyed by the Harlan fire, officials said.",
        "Officials said 62 homes had been damaged by the Harlan fire.",
    )
    assert not _figures(
        "Crossline Rail, which normally operates 5,700 trains a day, ran trains on the strike day.",
        "Crossline Rail said 1,140 trains ran on the strike day.",
    )
    assert not _figures(
        "Governor Kharchenko ordered the evacuation of 2,300 residents of Brevno after the blast.",
        "Some 9,000 people across the Lysk district were evacuated after the blast.",
    )


def test_a_time_in_seconds_is_named_in_seconds_and_a_race_time_as_a_clock():
    corpus = Corpus(
        [
            article_from_text("The engines burned for 94 seconds. He won in 2:03:17.", ident="a"),
            article_from_text("The engines burned for about 94 seconds.", ident="b"),
        ]
    )
    names = {e.name for e in corpus.compare(0, 1).entities if e.type == "number"}
    assert {"94 seconds", "2:03:17"} <= names


def test_a_date_beside_the_next_day_never_conflicts():
    corpus = Corpus(
        [
            article_from_text(
                "March 5, 2024: The Harlan bridge was closed to all traffic after cracks.",
                ident="a",
            ),
            article_from_text(
                "Inspectors found cracks in the Harlan bridge on March 4, 2024, and the county"
                " closed it to all traffic the next day.",
                ident="b",
            ),
        ]
    )
    pairs = corpus.compare(0, 1).pairs
    assert pairs and not any(d.status == "conflict" for p in pairs for d in p.divergence.dates)


def test_figures_given_for_two_different_years_are_not_compared():
    # "1,284 in 2025" is no conflict with 2024's 1,367; the earlier reading agrees with it
    assert _figures(
        "Road deaths fell to 1,284 in 2025, down from 1,367 in 2024, the ministry said.",
        "Road deaths fell by 83 compared with 2024, when 1,367 people died, the ministry said.",
    ) == [("1,367", "1,367", "agree")]
    assert not _figures(
        "The 2020 baseline for road deaths is 1,380 deaths, the ministry said.",
        "Road deaths compared with 2024, when 1,367 people died, the ministry said.",
    )
    assert not _figures(
        "Rescuers carried out 212 call-outs in 2025, the service said.",
        "Rescuers carried out 180 call-outs in 2024, the service said.",
    )
    # a year named from today only against another so named: "this year" may be 2024
    assert not _figures(
        "Retail sales fell 3.1% last year, the statistics office said on Monday.",
        "Retail sales rose 2.4% since the start of the year, the statistics office said.",
    )
    assert _figures(
        "The economy will grow by 1.1% this year, the budget office said.",
        "The economy will grow by 1.1% in 2024, the budget office said.",
    ) == [("1.1%", "1.1%", "agree")]


def test_a_change_restated_as_a_percentage_is_no_share():
    assert not _figures(
        "Sixty-one per cent of road deaths occurred on rural roads last year.",
        "Road deaths fell by 83, or about 6 per cent, last year.",
    )


def test_a_quarter_s_figure_is_not_set_against_a_full_year_s():
    assert not _figures(
        "The company forecast full-year revenue of $4.85 billion, the company said.",
        "Analysts had expected quarterly revenue of $1.21 billion, the company said.",
    )
    # a duration is no period: "three months" / "six months" to comply still conflict
    assert _figures(
        "It gave Quillfeed three months to bring its processing into line.",
        "The regulator has given Quillfeed six months to bring its processing into line.",
    ) == [("three", "six", "conflict")]


def test_a_shoot_out_a_running_score_or_an_earlier_meeting_is_not_the_result():
    result = "United beat Athletic 2-1 after extra time in the cup derby on Tuesday."
    for other in (
        "United beat Athletic in the cup derby on Tuesday, and the tie went to extra time at 1-1.",
        "United beat Athletic in the cup derby on Tuesday, winning 4-3 on penalties.",
        "United beat Athletic in the cup derby on Tuesday; Athletic won last season's 3-1.",
    ):
        assert not _figures(result, other), other
    assert _figures(result, "United beat Athletic 3-1 in the cup derby on Tuesday.") == [
        ("2-1", "3-1", "conflict")
    ]


def test_changes_on_the_quarter_and_on_the_year_are_not_compared():
    quarter = "The jobless rate was 5.4 per cent, 0.2 percentage points lower than in the previous quarter."
    year = "The jobless rate was 5.4 per cent, 0.6 percentage points lower than a year earlier."
    assert _figures(quarter, year) == [("5.4", "5.4", "agree")]
    also_year = "The jobless rate was 5.4 per cent, 0.4 percentage points lower year-on-year."
    assert ("0.6", "0.4", "conflict") in _figures(year, also_year)


def test_a_change_a_share_and_a_time_long_past_are_not_set_against_levels():
    # a change written after its figure; a change against a share
    assert not _figures(
        "Under the new cap a typical household will pay about £69 a year more, Odem said.",
        "Under the new cap a typical household will pay £1,738 a year, up from £1,648, Odem said.",
    )
    assert not _figures(
        "In a ballot last March, 71% of members voted to accept the pay offer, the union said.",
        "The company offered a 3.2% rise to members last March, the union said.",
    )
    # a sentence that opens on a time long past, or on last year against this year
    assert not _figures(
        "A decade ago, some 61,000 cars a day crossed the city centre cordon, the council said.",
        "Some 48,200 vehicles a day crossed the city centre cordon last month, the council said.",
    )
    last = "Last year we had four homicides in the district, the chief told reporters."
    assert not _figures(last, "The district has had three homicides this year, the chief said.")
    assert not _figures(last, "The killings bring the number of homicides this year to three.")
    assert not _figures(
        "A customer will pay about £69 a year more than under the current cap, Odem said.",
        "A customer will pay £1,738 a year, up from £1,648 under the current cap, Odem said.",
    )
    assert _figures(last, "Last year the district had three homicides, the chief said.") == [
        ("four", "three", "conflict")
    ]
    # a year just before a figure, where the other sentence names none
    assert not _figures(
        "A fire in the same hall in 2009 killed seven people, officials said. It reopened in 2026.",
        "Twenty-seven people have died in the fire in the hall, officials said.",
    )
    # "launched 21 more satellites" counts them
    assert _figures(
        "SpaceX launched 21 more Starlink satellites on Saturday evening.",
        "SpaceX sent 21 Starlink satellites into orbit on Saturday evening.",
    ) == [("21", "21", "agree")]


def test_a_half_s_share_of_the_ball_is_not_the_whole_match_s():
    assert not _figures(
        "Dinamo had 58% of possession in the first half against Metalurg.",
        "Dinamo finished with 52 per cent of possession against Metalurg.",
    )
    assert _figures(
        "Dinamo had 58% of possession in the first half against Metalurg.",
        "Dinamo had 52 per cent of possession in the first half against Metalurg.",
    ) == [("58%", "52", "conflict")]


def test_a_term_asked_for_or_the_most_allowed_is_not_the_term_handed_down():
    assert not _figures(
        "Prosecutors had demanded nine years in prison for Petrauskas, the court heard.",
        "The court sentenced Petrauskas to seven years in prison, the court heard.",
    )
    assert not _figures(
        "Petrauskas faces up to ten years in prison under the law.",
        "Petrauskas was sentenced to seven years in prison under the law.",
    )
    # ... but two demands are compared
    assert _figures(
        "Prosecutors had sought a 15-year sentence for Okafor.",
        "The government had asked for 180 months for Okafor.",
    ) == [("15", "180", "agree")]


def test_a_goal_s_minute_is_compared_for_one_scorer_only():
    assert _figures(
        "Okafor opened the scoring in the 12th minute for Rovers.",
        "Okafor struck early for Rovers, in the 14th minute.",
    ) == [("12th", "14th", "conflict")]
    assert not _figures(
        "City pulled one back through Lukas Brandt in the 71st minute before Rovers won.",
        "Jay Morris got Rovers' third in the 90th minute before City pulled one back.",
    )


def test_she_said_is_the_person_last_credited_by_name():
    a = article_from_text(
        "Flood hits town\n\nThe river burst its banks on Tuesday, said Mayor Jane Holt.\n\n"
        '"We have never seen anything like it," she said.\n\n'
        'The council said repairs would cost £2m. "We will rebuild," he said.\n',
        ident="a",
    )
    b = article_from_text(
        "Flood hits town\n\nThe river burst its banks on Tuesday, the council said.\n\n"
        '"We have never seen anything like it," said Tom Reed, a resident.\n\n'
        '"We will rebuild," a council spokesman said.\n',
        ident="b",
    )
    comp = Corpus([a, b]).compare(0, 1)
    quote = next(p for p in comp.pairs if p.a == (2,))
    assert (quote.divergence.attribution_a, quote.divergence.attribution_b) == (
        "Mayor Jane Holt",
        "Tom Reed",
    )
    # after the council is credited, "he" is no longer the mayor
    assert comp.a.turns[4] is None


def test_a_live_blog_s_post_times_are_no_figures_and_start_the_sentence():
    a = article_from_text(
        "Live: rates cut\n\n08:00 Good morning and welcome to our coverage.\n\n"
        "09:01 Headline inflation has fallen to 3.4 per cent.\n\n"
        "13:45 Summary: The bank has cut rates to 4.5 per cent.\n",
        ident="a",
    )
    b = article_from_text(
        "Rates cut\n\nInflation fell to 3.6 per cent, and the bank cut rates to 4.5 per cent at "
        "1:45 p.m.\n",
        ident="b",
    )
    corpus = Corpus([a, b])
    an = corpus.analyses[0]
    assert all(q.unit != "time" for q in an.quantities)
    people = {e.name for e in corpus.entities if e.kind == "person"}
    assert not {"Good", "Headline", "Summary"} & people


def test_a_quote_split_in_two_is_its_speaker_s_and_she_is_not_someone_named_since():
    a = article_from_text(
        'Bridge\n\n"We were told in 2021 this bridge was fully costed. It wasn\'t," Dunmore '
        "said.\n\nProsecutor Gideon Marsh said the scheme was a fraud.\n\n"
        "Agnes Pulman, 74, lost her savings.\n\n"
        '"I lost every penny I had," she said.\n',
        ident="a",
    )
    an = Corpus([a, a]).analyses[0]
    said = [an.article.text[t[0] : t[1]] if t else None for t in an.turns]
    assert said[1] == "Dunmore"  # the quote's first sentence
    assert said[-1] is None  # "she" is Agnes Pulman, named since, not the prosecutor


def test_a_person_of_a_body_is_credited_as_the_person():
    a = article_from_text(
        "Rates\n\nThe bank cut rates, said Tom Reed of Acme Bank.\n\n"
        "Tom Reed of Acme Bank said the cut was due.\n",
        ident="a",
    )
    b = article_from_text("Rates\n\nThe bank cut rates, Acme Bank said.\n", ident="b")
    rows = {r.name: (r.count_a, r.count_b) for r in Corpus([a, b]).compare(0, 1).sources}
    assert rows == {"Tom Reed": (2, 0), "Acme Bank": (0, 1)}


def test_an_earnings_call_s_speaker_labels_credit_the_speaker_and_the_operator_is_no_one():
    a = article_from_text(
        "Call\n\nOperator: Good afternoon, and welcome to the call.\n\n"
        "Dana Whitlock -- Chief Financial Officer: Thanks. Gross margin was 41.3%.\n\n"
        "Priya Shaw -- Morrow Securities -- Analyst: How much is in the guidance?\n",
        ident="a",
    )
    an = Corpus([a, a]).analyses[0]
    said = [an.article.text[t[0] : t[1]] if t else None for t in an.turns]
    credited = [an.article.text[c[0] : c[1]] for c in an.credits]
    assert said[-2] == "Dana Whitlock"  # her second sentence is hers too
    assert set(credited) == {"Dana Whitlock", "Priya Shaw"}


@pytest.mark.parametrize(
    ("a_text", "b_text", "shown"),
    [
        # a period named in another clause is not the figure's
        (
            "Gross margin was 41.3%, compared with 39.8% in the prior-year quarter.",
            "Gross margin widened to 41.3 percent from 39.8 percent a year ago, and the company "
            "now sees an operating margin of 12.4 percent for the year.",
            [("41.3%", "41.3"), ("39.8%", "39.8")],
        ),
        # "three seats fewer than the 70" is a change, never set against a level
        (
            "The party, which won 70 seats in 2023, lost ground in the assembly.",
            "That is three seats fewer than the 70 it won in 2023 in the assembly.",
            [],
        ),
        # "needed to govern alone" is no part of a whole
        (
            "Its 66 seats leave it two short of the 68 needed for a majority in the assembly.",
            "It won 67 seats in the assembly, one short of the 68 needed to govern alone.",
            [("66", "67")],
        ),
        # "since 2000, when more than 400 people were killed" is another flood's toll
        (
            "The floods of 2026 have killed at least 47 people in the Mekong Delta.",
            "The floods in the Mekong Delta are the deadliest since 2000, when more than 400 "
            "people were killed.",
            [],
        ),
    ],
)
def test_figures_set_against_each_other_only_when_they_count_one_thing(a_text, b_text, shown):
    cmp = compare_articles(
        article_from_text(f"A\n\n{a_text}\n", ident="a"),
        article_from_text(f"B\n\n{b_text}\n", ident="b"),
    )
    pairs = [p for p in cmp.pairs if p.a == (1,) and p.b == (1,)]
    assert pairs, [(p.a, p.b) for p in cmp.pairs]
    got = [(n.a.text, n.b.text) for n in pairs[0].divergence.numbers]
    assert all(pair in got for pair in shown), got
    if not shown:
        assert not [n for n in pairs[0].divergence.numbers if n.status in ("conflict", "differ")]


def test_bare_degrees_are_on_the_scale_the_article_names():
    a = article_from_text(
        "Heat\n\nThe temperature reached 118 degrees Fahrenheit on Saturday.\n\n"
        "The record high in Penrith was 113.5 degrees, forecasters said.\n\n"
        "Temperatures ran about 20 degrees above normal for November.\n",
        ident="a",
    )
    b = article_from_text(
        "Heat\n\nThe temperature reached 46.2C on Saturday.\n\n"
        "The record high in Penrith was 45.3C, forecasters said.\n\n"
        "Temperatures ran around 11C above the November average.\n",
        ident="b",
    )
    cmp = compare_articles(a, b)
    rows = {(n.a.text, n.b.text): n.status for p in cmp.pairs for n in p.divergence.numbers}
    assert rows[("113.5", "45.3C")] == "agree"
    assert rows[("about 20", "around 11C")] in ("agree", "qualifier")
    assert rows[("118", "46.2C")] == "conflict"
    # an angle in an article of no temperatures stays degrees
    an = Corpus([article_from_text("Roof\n\nThe roof is pitched at 45 degrees.\n", ident="c")])
    assert an.analyses[0].quantities[0].unit == "degrees"


def test_a_source_by_title_is_the_one_person_so_titled_and_a_speaker_label_is_no_wording():
    a = article_from_text(
        "Budget\n\nChancellor Helen Marchbanks said £1.4bn would go to schools.\n\n"
        "The money is overdue, the Chancellor said.\n",
        ident="a",
    )
    b = article_from_text("Budget\n\nThe Treasury said £1.2bn would go to schools.\n", ident="b")
    rows = {r.name: (r.count_a, r.count_b) for r in Corpus([a, b]).compare(0, 1).sources}
    assert rows == {"Helen Marchbanks": (2, 0), "Treasury": (0, 1)}
    call = article_from_text(
        "Call\n\nDana Whitlock -- Chief Financial Officer: Gross margin was 41.3%.\n", ident="c"
    )
    words = {w[2].lower() for w in Corpus([call]).analyses[0].words_of[1]}
    assert "gross" in words and not {"dana", "chief", "officer"} & words


def test_timestamped_and_parliamentary_speaker_labels_credit_their_speakers():
    pod = article_from_text(
        "Fares\n\n[00:01:18] MAYA ORTIZ: You cannot balance a budget on riders. It is unfair.\n\n"
        "EVACUATION ROUTES: Use Highway 9 to the north.\n",
        ident="a",
    )
    an = Corpus([pod, pod]).analyses[0]
    credited = [an.article.text[c[0] : c[1]] for c in an.credits]
    assert credited == ["MAYA ORTIZ", "MAYA ORTIZ"]  # both her sentences; the section is no one
    record = article_from_text(
        "Engagements\n\n"
        "The Prime Minister (Ms Ruth Adeyemi): I had meetings with colleagues.\n\n"
        "Mr Gareth Pennington (Hollinbrook North) (Con): The Prime Minister says 32 hospitals.\n\n"
        "The Prime Minister: The £3.7 billion is fully funded.\n\n"
        "Hon. Members: Hear, hear!\n",
        ident="h",
    )
    rows = {r.name: r.count_a for r in Corpus([record, pod]).compare(0, 1).sources}
    assert rows == {"Ruth Adeyemi": 2, "Gareth Pennington": 1, "MAYA ORTIZ": 0}


def test_a_sum_s_increase_is_a_change_not_the_level_it_reached():
    a = article_from_text(
        "Budget\n\nHousing rises by $10.5 million to $52.0 million next year.\n\n"
        "Fire services cost $92.4M next year.\n",
        ident="a",
    )
    b = article_from_text(
        "Budget\n\nHousing would receive a $52-million increase next year.\n\n"
        "Fire services would get an extra $2.7 million next year.\n",
        ident="b",
    )
    rows = [
        (n.a.text, n.b.text, n.status)
        for p in compare_articles(a, b).pairs
        for n in p.divergence.numbers
    ]
    assert ("$52.0 million", "$52-million", "agree") not in rows
    assert ("$92.4M", "$2.7 million", "conflict") not in rows


def test_a_figure_restated_in_digits_is_one_figure():
    a = article_from_text(
        "Ruling\n\nThe period of Ineligibility is four (4) years, with twenty-one (21) days to "
        "appeal.\n",
        ident="a",
    )
    got = [(q.text, q.unit) for q in Corpus([a]).analyses[0].quantities]
    assert got == [("four", "year"), ("twenty-one", "day")]


def test_a_part_given_alone_meets_the_same_part_named_on_the_other_side():
    raise_ = "In the first year alone, the operators' offer would raise wages by 4%."
    assert _figures(raise_, "The employers' offer includes a 5% raise in the first year.") == [
        ("4%", "5%", "conflict")
    ]
    deck = "Rescuers recovered 12 bodies from the flooded lower deck alone."
    assert not _figures(deck, "Rescuers recovered 19 bodies from the wreck.")
    assert _figures(deck, "Rescuers recovered 19 bodies from the lower deck.") == [
        ("12", "19", "conflict")
    ]
    # a day alone may open a longer span the other side counts
    assert not _figures(
        "The airline said 230 flights had been cancelled on Friday alone.",
        "Skylane has cancelled 412 flights over two days after a strike began on Friday.",
    )


def _years(text_a: str, text_b: str) -> list[tuple[str, str, str]]:
    """The dates compared in the first link of two one-sentence articles."""
    corpus = Corpus([article_from_text(text_a, ident="a"), article_from_text(text_b, ident="b")])
    pairs = corpus.compare(0, 1).pairs
    assert pairs, "the two sentences should link"
    return [(d.a.text, d.b.text, d.status) for d in pairs[0].divergence.dates]


def test_two_years_tied_to_one_figure_conflict():
    assert _years(
        "The Aldren Pride spilled 12,000 tonnes of crude off the coast in 1998.",
        "In 1996, the Aldren Pride dumped 12,000 tonnes of oil.",
    ) == [("1998", "1996", "conflict")]
    assert _years(
        "The old record of 2:22:30 had stood since 2017.",
        "The old record of 2:22:30 was set in 2016.",
    ) == [("2017", "2016", "conflict")]
    # once, when a year is read as the date of the event it is
    assert _years(
        "The Aurelia Dawn was built in 1996 and was licensed to carry up to 600 passengers.",
        "The ship, built in 1994, had a licensed capacity of 600 passengers.",
    ) == [("1996", "1994", "conflict")]
    # a year nearer another figure is that figure's
    assert not _years(
        "Oskari had revenue of $3.8 billion last year, up from $3.1 billion in 2022.",
        "Oskari posted revenue of $3.8 billion in 2023.",
    )
    # ... and one another name stands for is its own
    assert not _years(
        "The national standard, which has not been met since 2015, is for 95% of patients.",
        "No hospital came near the 95% standard, which St Aldric's last met in 2013.",
    )


def test_a_clause_before_the_subject_does_not_hide_whose_figure_it_is():
    assert not _figures(
        "Since the walkout began, Port Velmar has moved roughly 2,100 containers per day. "
        "Dunmore is shut.",
        "Dunmore is moving about 1,200 containers a day. Port Velmar is open.",
    )


def test_a_previous_sailing_s_figures_are_not_the_current_outbreak_s():
    assert not _figures(
        "On the previous sailing, which ended on 11 January, 87 passengers and 9 crew fell ill.",
        "At least 241 passengers and 31 crew members fell ill on the ship.",
    )
