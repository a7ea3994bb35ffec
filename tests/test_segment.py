"""Sentences, headings and boilerplate on the seed articles; line mode; bounded work."""

from __future__ import annotations

import subprocess
import sys
import time
from functools import cache
from pathlib import Path

import pytest

from tui.articles import load_article
from tui.segment import BOILERPLATE, HEADING, PROSE, line_kind, split_sentences
from tui.text import DATELINE

ROOT = Path(__file__).resolve().parent.parent
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))


@cache
def _sentences(n: int):
    art = load_article(str(SEEDS[n]))
    return art.text, split_sentences(art.text, headings=art.headings)


def _find(n: int, prefix: str):
    text, sentences = _sentences(n)
    hits = [s for s in sentences if s.text.startswith(prefix)]
    assert hits, f"no sentence of seed {n} starts with {prefix!r}"
    return hits[0]


@pytest.mark.parametrize(
    ("seed", "line"),
    [
        (0, "First Evidence of North Korean Troops in Russia"),
        (0, "Escalation in Kursk"),
        (0, "North Korean Casualties Mount"),
    ],
)
def test_seed_headings(seed, line):
    s = _find(seed, line)
    assert s.text == line and s.kind == HEADING


@pytest.mark.parametrize(
    ("seed", "prefix"),
    [
        (1, "Ukraine = Blue"),
        (1, "Russia = Red"),
        (1, "Image is licensed under the Creative Commons"),
        (2, "Related Sources:"),
        (3, "— Volodymyr Zelenskyy / Володимир Зеленський (@ZelenskyyUa) January 11, 2025"),
        (3, "This was not an easy task: Russian forces and other North… pic.twitter.com/"),
    ],
)
def test_seed_boilerplate(seed, prefix):
    s = _find(seed, prefix)
    assert s.kind == BOILERPLATE
    text, _ = _sentences(seed)
    line = next(ln.strip() for ln in text.split("\n") if ln.strip().startswith(prefix))
    assert s.text == line, "boilerplate is one whole line"


def test_abbreviations_do_not_split_a_sentence():
    s = _find(0, "According to U.S. Secretary of State Antony Blinken,")
    assert s.kind == PROSE
    assert s.text.endswith("in the Kursk region in recent weeks.")


def test_quote_holding_two_sentences_is_split():
    first = _find(0, '"Our soldiers have captured North Korean military personnel')
    assert (
        first.text
        == '"Our soldiers have captured North Korean military personnel in the Kursk region.'
    )
    _, sentences = _sentences(0)
    second = sentences[first.index + 1]
    assert second.text.startswith("Two soldiers, though wounded, survived")
    assert second.text.endswith("Zelensky said in a statement.")
    assert second.paragraph == first.paragraph


def test_doubled_quote_starts_its_own_sentence():
    s = _find(0, '""This was not an easy task')
    _, sentences = _sentences(0)
    before = sentences[s.index - 1]
    assert before.text.endswith("participation of North Korean soldiers.")
    assert s.paragraph == before.paragraph


def test_every_seed_sentence_slices_back():
    for n in range(len(SEEDS)):
        text, sentences = _sentences(n)
        assert sentences
        for k, s in enumerate(sentences):
            assert s.index == k and text[s.start : s.end] == s.text


@pytest.mark.parametrize(
    ("text", "dateline"),
    [
        ("ATHENS, Oct 19 (Meridian) - Greece will", "ATHENS, Oct 19 (Meridian) - "),
        ("SETTAT, Morocco, Aug 10 (Atlas Wire) - Two", "SETTAT, Morocco, Aug 10 (Atlas Wire) - "),
        ("BASSARO, Kanduro — 10 June 2026 — At least", "BASSARO, Kanduro — 10 June 2026 — "),
        ("SETTAT — Monday 10 August 2026 — A wedding", "SETTAT — Monday 10 August 2026 — "),
        ("BOLOGNA, May 17 (Reuters) - Floods", "BOLOGNA, May 17 (Reuters) - "),
        ("NATO said — and then", ""),
        (
            "BOSTON, June 9, 2026 /PRNewswire/ -- Corvaris today",
            "BOSTON, June 9, 2026 /PRNewswire/ -- ",
        ),
        (
            "CESKE BUDEJOVICE, Czech Republic, 23 January 2026 — One",
            "CESKE BUDEJOVICE, Czech Republic, 23 January 2026 — ",
        ),
    ],
)
def test_a_dateline_in_its_many_forms(text: str, dateline: str) -> None:
    m = DATELINE.match(text)
    assert (text[: m.end()] if m else "") == dateline


def test_line_mode_takes_each_non_empty_line():
    text = "  First line. Still first.\n\nSecond line\n   \nThird: [b]x[/b]  \n"
    got = split_sentences(text, lines=True)
    assert [s.text for s in got] == ["First line. Still first.", "Second line", "Third: [b]x[/b]"]
    assert [s.paragraph for s in got] == [0, 1, 2]
    assert all(s.kind == PROSE and text[s.start : s.end] == s.text for s in got)


def test_markdown_heading_spans_are_headings():
    text = "a quiet lower-case heading\n\nBody text here. More body."
    got = split_sentences(text, headings=[(0, 26)])
    assert got[0].kind == HEADING and got[0].text == "a quiet lower-case heading"
    assert [s.kind for s in got[1:]] == [PROSE, PROSE]


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("Officials said 1,200 people left.", PROSE),
        ("The War In Numbers", HEADING),
        ("Photo: Reuters", BOILERPLATE),
        ("Read more about the war in Ukraine", BOILERPLATE),
        ("Getty Images", BOILERPLATE),
        ("($1 = 157.0000 yen)", BOILERPLATE),
        ("northstand_nomad · posted 22:14", BOILERPLATE),
        ("Media contact: Priya Desai, 07700 900412, press@flood.org", BOILERPLATE),
        ("The fire service posted 22 updates.", PROSE),
        (
            "Firefighters work outside the plant in Hamburg, November 30, 2026. NEWSWIRE/Stefan Kroll",
            BOILERPLATE,
        ),
        ("The talks were hosted by NATO/EU officials in Brussels.", PROSE),
        ("Listen to this article", BOILERPLATE),
        ("5 min read", BOILERPLATE),
        ("Our Standards: The Thomson Reuters Trust Principles.", BOILERPLATE),
        ("This story has been updated.", BOILERPLATE),
        ("Reporting by Tom Balmforth in Kyiv; Editing by Alex Richardson", BOILERPLATE),
        ("(Reporting by Laura Méndez; Editing by Tom Hale)", BOILERPLATE),
        ("Additional reporting by Jane Doe, Li Wei and Max Smith.", BOILERPLATE),
        ("Reporting by the BBC found that troops were moved.", PROSE),
        ("By Staff Reporter · Updated 28 November 2026, 14:05 GMT", BOILERPLATE),
        ("Last updated: 2026-11-28 14:05 UTC", BOILERPLATE),
        ("Image: Rescue workers search the rubble in Sivrihisar", BOILERPLATE),
        ("By Saturday, 142 had died.", PROSE),
        ("Updated on Tuesday, the figures showed 40 dead.", PROSE),
        ("Published reports said 40 people died in 2019.", PROSE),
        # a line of figures is no title, however many of its words are figures
        ("MDR: 34,912 votes, 24 seats", PROSE),
        ("Quake Kills 2,000 In Turkey", HEADING),
        ("By staff writers · 14 September 2026", BOILERPLATE),
        ("By Maria Kosta | Euro Business Daily", BOILERPLATE),
        ("(c) Atlas Wire 2026", BOILERPLATE),
        ("Related: Timeline - coups and attempted coups in West Africa", BOILERPLATE),
        # a correction quotes the withdrawn figure: no claim of the article
        (
            "Correction: An earlier version misstated growth in Scotland as 4.6%. It was 4.1%.",
            BOILERPLATE,
        ),
        ("An earlier version of this article gave the wrong date.", BOILERPLATE),
        ("An earlier version of the bill was rejected.", PROSE),
        ("SOURCE Corvaris Therapeutics, Inc.", BOILERPLATE),
        ("Source: the health ministry", BOILERPLATE),
        ("media@corvaris.com", BOILERPLATE),
        ("+1 617-555-0142", BOILERPLATE),
        ("www.corvaris.com", BOILERPLATE),
        # a label before a list of figures is no claim
        ("Regional figures (annual change):", HEADING),
        ("Key points", HEADING),  # a live blog's label, whatever its capitals
        ("What we know so far", HEADING),
        ("Background checks were done.", PROSE),
        ("At a glance:", HEADING),
        ("The ministry gave three reasons for the delay in 2025:", PROSE),
        ("Q: How many of the 120,000 homes are new buildings?", BOILERPLATE),
        # a question that first states a fact carries a claim to compare
        ("Q: You have promised 120,000 homes. How many are new buildings?", PROSE),
        ("A: About 100,000 will be new construction.", PROSE),
        ("Q3 results beat forecasts.", PROSE),
        ("Interview by Jordi Casals | El Observador Semanal", BOILERPLATE),
        ("(Adds union comment in paragraph 6, updates container backlog)", BOILERPLATE),
        ("((helena.marsh@northline.com; +44 20 7542 1234))", BOILERPLATE),
        ("Dan Whitcombe covers transportation for the Brandton Ledger.", BOILERPLATE),
        ("Reach him at dwhitcombe@brandtonledger.com or 555-0142.", BOILERPLATE),
        ("Dan Whitcombe covers the story of the bridge.", PROSE),
    ],
)
def test_line_kind(line, kind):
    assert line_kind(line) == kind


def test_a_press_release_s_about_notes_and_contacts_are_boilerplate():
    text = (
        "The trial met its goal, the company said.\n\nAbout Corvaris\n\nCorvaris is a drug"
        " maker in Boston.\n\nForward-Looking Statements\n\nThis release contains forward-"
        "looking statements.\n\nMedia Contact:\nJenna Whitcombe\n+1 617-555-0142\n\n"
        "Trial Design\n\nThe trial enrolled 14,212 patients."
    )
    kinds = [(s.kind, s.text[:14]) for s in split_sentences(text)]
    assert kinds == [
        (PROSE, "The trial met "),
        (HEADING, "About Corvaris"),
        (BOILERPLATE, "Corvaris is a "),
        (HEADING, "Forward-Lookin"),
        (BOILERPLATE, "This release co"[:14]),
        (HEADING, "Media Contact:"),
        (BOILERPLATE, "Jenna Whitcomb"),
        (BOILERPLATE, "+1 617-555-014"),
        (HEADING, "Trial Design"),  # the story goes on
        (PROSE, "The trial enro"),
    ]


def test_notes_to_editors_stay_claims_and_a_lower_case_contact_heading_is_a_section():
    text = (
        "ENDS\n\nNotes to editors\n\n1. Figures for 2025 are provisional.\n"
        "2. The 2020 baseline is 1,380 deaths.\n\nMedia contact\nPress Office\n"
        "Out of hours: 07700 900418"
    )
    kinds = [(s.kind, s.text[:14]) for s in split_sentences(text)]
    assert kinds == [
        (HEADING, "ENDS"),
        (HEADING, "Notes to edito"),
        (PROSE, "1. Figures for"),  # no "1." of its own
        (PROSE, "2. The 2020 ba"),
        (HEADING, "Media contact"),
        (BOILERPLATE, "Press Office"),
        (BOILERPLATE, "Out of hours: "),
    ]


def test_credit_line_pattern_is_linear():
    start = time.perf_counter()
    for filler in ("A" * 5000, "Aa " * 3000, "Aa, " * 3000):
        line_kind("Reporting by " + filler + "!")
    assert time.perf_counter() - start < 1.0


def test_over_long_paragraph_is_cut_and_keeps_offsets():
    text = ("word " * 9000).strip() + ". Then an end."
    sentences = split_sentences(text)
    assert len(sentences) >= 2
    for s in sentences:
        assert text[s.start : s.end] == s.text


def test_over_long_paragraph_is_cut_between_sentences():
    sentence = "The minister said about 1,000 people took part in the march today."
    text = " ".join([sentence] * 700)  # one 48,000-character paragraph
    sentences = split_sentences(text)
    assert [s.text for s in sentences] == [sentence] * 700


def test_segmenter_catastrophic_input_finishes():
    """The input that sends pysbd into exponential backtracking segments at once here."""
    script = (
        "from tui.segment import split_sentences\n"
        "t = '..[' + '111 ' * 12 + ']'\n"
        "for text in (t, t * 50, ' '.join([t] * 50)):\n"
        "    s = split_sentences(text)\n"
        "    assert s and all(text[x.start : x.end] == x.text for x in s)\n"
        "print(len(s))\n"
    )
    r = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, timeout=30, cwd=ROOT, text=True
    )
    assert r.returncode == 0, r.stderr
    assert int(r.stdout) >= 1


def test_a_hyphened_saint_does_not_end_a_sentence():
    text = "Delays hit Minneapolis-St. Paul and Detroit. Then it stopped."
    assert [x.text for x in split_sentences(text)] == [
        "Delays hit Minneapolis-St. Paul and Detroit.",
        "Then it stopped.",
    ]


@pytest.mark.parametrize(
    ("text", "sentences"),
    [
        (
            "It stopped at 2:37 p.m. GMT while orbiting. It fell.",
            ["It stopped at 2:37 p.m. GMT while orbiting.", "It fell."],
        ),
        (
            "It hit at 4 a.m. ET on Friday. None died.",
            ["It hit at 4 a.m. ET on Friday.", "None died."],
        ),
        ("It ended at 5 p.m. Police came.", ["It ended at 5 p.m.", "Police came."]),
        (
            "It collapsed at about 4:10 a.m. Sunday. Residents fled.",
            ["It collapsed at about 4:10 a.m. Sunday.", "Residents fled."],
        ),
        ("He left at 5 p.m. Sunday was quiet.", ["He left at 5 p.m.", "Sunday was quiet."]),
    ],
)
def test_a_clock_before_its_time_zone_does_not_end_a_sentence(
    text: str, sentences: list[str]
) -> None:
    assert [x.text for x in split_sentences(text)] == sentences


def test_a_name_s_abbreviation_ends_no_sentence():
    text = "The M/V Sta. Lucia Express left Batangas port. Mme. Roux spoke."
    assert [s.text for s in split_sentences(text)] == [
        "The M/V Sta. Lucia Express left Batangas port.",
        "Mme. Roux spoke.",
    ]


def test_a_clock_before_a_spelled_out_zone_ends_no_sentence():
    text = "The company will hold a call at 8:30 a.m. Eastern Time on Thursday to discuss results."
    assert [s.text for s in split_sentences(text)] == [text]


def test_data_labels_page_footers_and_newsletter_greetings():
    assert line_kind("Release date: 12 November 2026") == "prose"
    assert line_kind("Main points") == "heading"
    assert line_kind("Labour Market Statistics, July to September 2026     Page 2") == (
        "boilerplate"
    )
    for line in ("Good morning.", "That's it for today.", "Forwarded this email? Sign up here."):
        assert line_kind(line) == "boilerplate", line
    assert line_kind("Good morning for the markets began with a rally in shares.") == "prose"


def test_a_form_field_s_name_is_no_name_and_its_number_no_figure():
    from tui.articles import article_from_text
    from tui.comparison import analyse

    art = article_from_text(
        "Recall notice\n\nRecall Date: March 12, 2026\n\nRecall Number: 26-118\n", ident="x"
    )
    an = analyse(art)
    assert [s.kind for s in an.sentences[1:]] == ["prose", "prose"]
    assert [d.iso for d in an.dates] == ["2026-03-12"]
    assert not an.quantities
    assert not {m.text for m in an.mentions} & {"Recall Date", "Recall Number"}


def test_a_press_conference_s_questions_and_transcript_marks_are_no_claims():
    assert line_kind("REPORTER: Chief, how many people were hurt?") == "boilerplate"
    assert line_kind("REPORTER: Thank you, chief.") == "prose"
    assert line_kind("(crosstalk)") == line_kind("[inaudible]") == "boilerplate"
    from tui.divergence import content_words

    words = [w[2] for w in content_words("We will file charges [inaudible] tomorrow (crosstalk).")]
    assert words == ["file", "charges", "tomorrow"]


def test_an_encyclopedia_entry_s_references_and_see_also_are_boilerplate():
    text = (
        "Grain Hall fire\n\nThe fire killed 23 people.\n\nSee also\n\nList of fires in Ostrel\n\n"
        'References\n\n1. "Deadly blaze guts hall". Ostrel Courier. 15 March 2026.\n'
    )
    kinds = [(s.kind, s.text[:12]) for s in split_sentences(text)]
    assert kinds[1] == ("prose", "The fire kil")
    assert {k for k, _t in kinds[2:]} <= {"boilerplate", "heading"}
    assert ("boilerplate", "List of fire") in kinds


def test_a_thread_s_post_numbers_are_no_figures():
    from tui.articles import article_from_text
    from tui.comparison import analyse

    an = analyse(article_from_text("Thread\n\n2/ Injured: 14 people, police say.", ident="x"))
    assert [q.text for q in an.quantities] == ["14"]


def test_approx_ends_no_sentence():
    text = "Investigators examined approx. 41,500 documents over two years. They found fraud."
    assert [s.text for s in split_sentences(text)] == [
        "Investigators examined approx. 41,500 documents over two years.",
        "They found fraud.",
    ]


@pytest.mark.parametrize(
    "line",
    [
        "All times local (UTC+1).",
        "Newest entries first.",
        "All times are GMT.",
        "Refresh for updates.",
    ],
)
def test_a_live_blog_s_notes_to_the_reader_are_boilerplate(line):
    assert line_kind(line) == BOILERPLATE


def test_a_sentence_that_starts_like_a_live_blog_note_is_prose():
    assert line_kind("All times local residents were evacuated.") == PROSE


@pytest.mark.parametrize(
    "line",
    [
        "Updated: Nov 21, 2023, 09:14 PM IST",
        "Updated 3 April 2026, 6:15am",
        "Updated at 4:15pm ET with comment from Sentrel Labs.",
        "By Jenna Kowalczyk, Staff Writer | Published March 12, 2025, 6:15 a.m. | Updated 10:40 a.m.",
        "Comments (12)",
        "(Disclaimer: This story has not been edited by Deccan Ledger staff.)",
        "Related coverage: Sundarpur airport metro line tender delayed",
        "Image caption: A cordon was put in place around the site",
        "Photo caption: Lorries queue on the A16 near junction 47 outside Calais on Tuesday.",
        "Image source: PA Media",
        "Callum Grieve dives over for his second try. Photograph: Ian Rutherford/PA",
        "Rush hour traffic on the Alder St bridge. Photo: Kingsford Sound",
        "Listen live on 107.3 FM, DAB and the Kingsford Sound app.",
        "Q: Jim Castellano, WPRT News. Is it true that 500 birds have died?",
        "(ETD/Marc Olivier)",
        "(Harbor City Gazette / J. Ruiz)",
        "Follow Westshire news on Facebook, X and Instagram.",
        "Send your story ideas to westshire@example.co.uk.",
        "Do you have a story?",
        "Have a news tip?",
        "Call the newsdesk on 01632 960123 or email news@gazette.example",
        "Email newsroom@courier.example or call 555-0142.",
        "Have you been affected by the strike? Email us at news@continental.example",
        "Let us know in the comments!",
        "Subscribe to the Gazette for unlimited access: $1 for your first 3 months.",
        "Ref: TSIB/2025/017",
        "Court reference: COR 2026 000412",
        "Firm Reference Number: 482915",
        "Tags: stadium, city council, Riverside Yards, HCFC",
        "This article was amended on 14 August 2024 to correct the elevation of the lake.",
        "(This story has been corrected to fix the spelling of Fifita's first name)",
        "ByteWire is reader-supported. When you buy through links on our site, we may earn a fee.",
        "The Continental is published in Brussels. © 2025 The Continental SPRL. All rights reserved.",
        "This article is for information only and does not constitute investment advice.",
        "If this story has raised concerns for you, call Lifeline on 13 11 14.",
        "Respectfully submitted,",
        "General public inquiries: Europe Direct by phone 00 800 6 7 8 9 10 11",
    ],
)
def test_a_news_page_s_stamps_credits_appeals_and_disclaimers_are_boilerplate(line):
    assert line_kind(line) == BOILERPLATE


@pytest.mark.parametrize(
    "line",
    [
        "Follow the money, he said, and you find the donors on Facebook.",
        "(The vote was 5-2 / with one abstention)",
        "We have a story to tell about the 40 homes.",
        "Have you been affected by the cuts, the minister was asked.",
    ],
)
def test_prose_that_starts_like_page_furniture_is_prose(line):
    assert line_kind(line) == PROSE


@pytest.mark.parametrize(
    "line", ["Posted by Priya Natarajan | March 6, 2025 | 6 min read", "42 comments"]
)
def test_a_blog_s_byline_and_comment_count_are_boilerplate(line):
    assert line_kind(line) == BOILERPLATE
