"""Loading articles: titles, sources, Markdown headings, standard input, content hash."""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tui.articles import (
    MAX_BYTES,
    article_from_text,
    bundled_seeds,
    decode,
    load_article,
    load_many,
    sanitise,
)
from tui.comparison import Corpus, analyse
from tui.errors import CompareError
from tui.markdown_text import markdown_to_text
from tui.segment import HEADING, split_sentences

ROOT = Path(__file__).resolve().parent.parent


def _write(tmp_path: Path, name: str, text: str) -> str:
    p = tmp_path / name
    p.write_text(text, encoding="utf-8")
    return str(p)


def test_title_from_front_matter(tmp_path):
    path = _write(
        tmp_path,
        "fm.txt",
        '---\ntitle: "Troops captured"\nsource: Example News\nauthor: A. Writer\n---\n'
        "Body Heading Here\n\nOfficials said 1,200 people left.\n",
    )
    art = load_article(path)
    assert art.title == "Troops captured"
    assert art.source == "Example News"
    assert art.meta["author"] == "A. Writer"
    assert not art.text.startswith("---") and "title:" not in art.text


def test_source_falls_back_to_url_then_file_name(tmp_path):
    art = load_article(
        _write(tmp_path, "u.txt", "---\nurl: https://x.example/a\n---\nSome text.\n")
    )
    assert art.source == "https://x.example/a"
    assert load_article(_write(tmp_path, "plain.txt", "Some text here.\n")).source == "plain.txt"


def test_title_from_first_markdown_heading(tmp_path):
    path = _write(
        tmp_path,
        "a.md",
        "Intro paragraph that is not a heading.\n\n## the real **title**\n\nBody. More.\n",
    )
    art = load_article(path)
    assert art.title == "the real title"
    s, e = art.headings[0]
    assert art.text[s:e] == "the real title"


def test_markdown_headings_are_known_as_headings(tmp_path):
    path = _write(tmp_path, "h.md", "# lower case heading\n\nBody *text* here. Second one.\n")
    art = load_article(path)
    assert "*" not in art.text and "#" not in art.text
    kinds = [(s.text, s.kind) for s in split_sentences(art.text, headings=art.headings)]
    assert kinds[0] == ("lower case heading", HEADING)
    assert kinds[1:] == [("Body text here.", "prose"), ("Second one.", "prose")]


def test_markdown_suffix_decides_and_can_be_overridden(tmp_path):
    txt = _write(tmp_path, "h.txt", "# Not flattened\n\nBody.\n")
    assert load_article(txt).text.startswith("# Not flattened")
    assert load_article(txt, markdown=True).text.startswith("Not flattened")


def test_title_from_first_line(tmp_path):
    art = load_article(_write(tmp_path, "t.txt", "\n\n  Short First Line  \n\nBody text. More.\n"))
    assert art.title == "Short First Line"


def test_a_sentence_case_headline_is_a_heading_not_a_claim(tmp_path):
    art = load_article(
        _write(tmp_path, "t.txt", "Missile strike hits Kyiv\n\nThe strike hit Kyiv.\n")
    )
    kinds = [(s.kind, s.text) for s in split_sentences(art.text, headings=art.headings)]
    assert kinds == [("heading", "Missile strike hits Kyiv"), ("prose", "The strike hit Kyiv.")]
    one = load_article(_write(tmp_path, "one.txt", "Only this line\n"))
    assert [s.kind for s in split_sentences(one.text, headings=one.headings)] == ["prose"]


def test_title_from_long_first_paragraph_is_its_first_sentence(tmp_path):
    body = "Ukrainian forces captured two soldiers in Kursk on Saturday. " + "More words. " * 30
    art = load_article(_write(tmp_path, "t.txt", body))
    assert art.title == "Ukrainian forces captured two soldiers in Kursk on Saturday."


def test_title_skips_boilerplate_first_line(tmp_path):
    art = load_article(
        _write(tmp_path, "t.txt", "Photo: Reuters\nTroops Reach The River\n\nBody.\n")
    )
    assert art.title == "Troops Reach The River"


def test_title_and_source_are_one_sanitised_line(tmp_path):
    art = article_from_text("---\ntitle: a\x1b[31m  b\x07c\n---\nText here.\n", ident="x")
    assert art.title == "a b\ufffdc"  # a colour code dropped, a bell shown


def test_title_falls_back_to_id():
    assert article_from_text("Some words here.", ident="x").title == "Some words here."


def test_content_hash_is_sha256_of_loaded_text(tmp_path):
    a = load_article(_write(tmp_path, "a.txt", "Same text.\r\n"))
    b = load_article(_write(tmp_path, "b.txt", "Same text.\n"))
    assert a.sha256 == hashlib.sha256(a.text.encode("utf-8")).hexdigest()
    assert a.sha256 == b.sha256, "line ends do not change the content hash"
    c = load_article(_write(tmp_path, "c.txt", "Other text.\n"))
    assert c.sha256 != a.sha256


def test_sanitise_keeps_offsets_one_for_one():
    raw = "a\x1bb\x00c\td\u202ee\x9bf"
    clean = sanitise(raw)
    assert len(clean) == len(raw)
    assert clean == "a\ufffdb\ufffdc\td\ufffde\ufffdf"


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (b"\xef\xbb\xbfBOM text", "BOM text"),
        ("utf-16 text".encode("utf-16"), "utf-16 text"),
        ("café".encode("cp1252"), "café"),
        ("naïve “quotes”".encode("cp1252"), "naïve “quotes”"),
        ("plain utf-8 – dash".encode(), "plain utf-8 – dash"),
    ],
)
def test_decode(data, expected):
    assert decode(data, "x") == expected


def test_decode_refuses_binary():
    with pytest.raises(CompareError, match="cannot read 'x': it looks like a binary file"):
        decode(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "x")


def test_size_limit_names_the_limit(tmp_path):
    p = tmp_path / "big.txt"
    with p.open("wb") as fh:
        fh.truncate(MAX_BYTES + 1)
    with pytest.raises(CompareError, match=r"big\.txt' is 8 MB; articles are limited to 8 MB"):
        load_article(str(p))


def test_stdin_dash_reads_standard_input(tmp_path):
    other = _write(tmp_path, "b.txt", "Officials said 1,200 people left the city.\n")
    r = subprocess.run(
        [sys.executable, "-m", "tui", "export", "-", other, "--format", "json"],
        input=b"Officials said 1,300 people left the city.\n",
        capture_output=True,
        timeout=60,
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    assert r.returncode == 0, r.stderr
    a = json.loads(r.stdout)["a"]
    assert a["id"] == "stdin" and a["path"] is None
    assert a["sentences"][0]["text"] == "Officials said 1,300 people left the city."


def test_load_many_drops_duplicate_texts_and_keeps_ids_unique(tmp_path):
    one = _write(tmp_path, "x.txt", "First text here.\n")
    dup = _write(tmp_path, "copy.txt", "First text here.\n")
    (tmp_path / "sub").mkdir()
    other = _write(tmp_path / "sub", "x.txt", "Second text here.\n")
    arts = load_many([one, dup, other])
    assert [a.text.strip() for a in arts] == ["First text here.", "Second text here."]
    assert [a.id for a in arts] == ["x", "x-2"]


def test_load_many_reads_a_folder_in_name_order(tmp_path):
    _write(tmp_path, "b.md", "# B title\n\nText b.\n")
    _write(tmp_path, "a.txt", "Text a.\n")
    _write(tmp_path, "ignored.pdf", "not an article")
    arts = load_many([str(tmp_path)])
    assert [a.id for a in arts] == ["a", "b"]
    assert arts[1].title == "B title"


def test_bundled_seeds():
    seeds = bundled_seeds()
    assert len(seeds) == 5
    assert all(a.text and a.title and a.path for a in seeds)
    assert len({a.sha256 for a in seeds}) == 5


def test_load_article_accepts_a_path_object(tmp_path):
    p = tmp_path / "p.txt"
    p.write_text("Text from a Path object.\n", encoding="utf-8")
    assert load_article(p).text.strip() == "Text from a Path object."


def test_markdown_table_rows_read_as_sentences_naming_each_value():
    text, headings = markdown_to_text(
        "Figures.\n\n| Side | Killed | Wounded | Source |\n|---|---:|---:|---|\n"
        "| Russia | 1,000 | 3,000 | UN |\n| Ukraine | 200 | | Kyiv |\n"
    )
    assert text.split("\n\n") == [
        "Figures.",
        "Side · Killed · Wounded · Source",
        "Russia: 1,000 killed; 3,000 wounded; Source UN.",
        "Ukraine: 200 killed; Source Kyiv.",
    ]
    ((start, end),) = headings
    assert text[start:end] == "Side · Killed · Wounded · Source"


def test_a_table_s_rank_column_does_not_name_its_rows():
    text, _ = markdown_to_text(
        "| # | Film | Weekend |\n|---|---|---|\n| 1 | Harbor of Ash | $48.2M |\n"
        "| 2 | Copper Run | $25.6M |\n"
    )
    assert text.split("\n\n")[1:] == [
        "Harbor of Ash: $48.2M weekend.",
        "Copper Run: $25.6M weekend.",
    ]


def test_a_markdown_list_item_is_no_heading():
    text, headings = markdown_to_text(
        "## Key facts\n\n- Withdrawals frozen: 6 November\n- Staff: 350\n"
    )
    # a label and its dated value is a line of data, prose already: no full stop is added
    assert text.split("\n\n") == ["Key facts", "Withdrawals frozen: 6 November", "Staff: 350"]
    assert [text[s:e] for s, e in headings] == ["Key facts"]


def test_table_figures_are_compared_with_prose():
    table = article_from_text(
        "| Side | Killed | Wounded |\n|---|---|---|\n| Ukraine | 200 | 500 |\n",
        ident="t",
        markdown=True,
    )
    prose = article_from_text("Ukraine lost 200 killed and 450 wounded.", ident="p")
    cmp = Corpus([table, prose]).compare(0, 1)
    (pair,) = cmp.pairs
    assert [(n.a.text, n.b.text, n.status) for n in pair.divergence.numbers] == [
        ("200", "200", "agree"),
        ("500", "450", "conflict"),
    ]


def test_figures_for_different_subjects_are_not_linked_as_conflicts():
    table = article_from_text(
        "| Side | Killed | Wounded |\n|---|---|---|\n| Russia | 1,000 | 3,000 |\n"
        "| Ukraine | 200 | 500 |\n",
        ident="t",
        markdown=True,
    )
    prose = article_from_text(
        "Casualty report\n\nAbout 1,200 Russian soldiers were killed and 3,000 wounded, "
        "officials said.\n\nUkraine lost 200 killed and 450 wounded.\n",
        ident="p",
    )
    cmp = Corpus([table, prose]).compare(0, 1)
    linked = {
        (cmp.a.sentences[p.a[0]].text[:6], cmp.b.sentences[p.b[0]].text[:6]) for p in cmp.pairs
    }
    assert ("Ukrain", "Ukrain") in linked
    assert ("Russia", "Ukrain") not in linked


def test_a_picture_on_its_own_line_is_a_caption_and_one_in_a_sentence_is_text():
    text, _ = markdown_to_text("![Rescuers in the rubble](a.jpg)\n\nA town ![map](m.png) shook.")
    assert text == "Image: Rescuers in the rubble\n\nA town map shook."


def test_a_short_all_bold_paragraph_is_a_heading():
    text, headings = markdown_to_text(
        "**Key points**\n\n**NEW DELHI** — India landed.\n\n**A whole bold sentence.**\n"
    )
    assert [text[s:e] for s, e in headings] == ["Key points"]


def test_a_copied_web_page_s_entities_and_invisible_characters_are_read(tmp_path):
    text = (
        "Dock fire\n\nMore than 120&nbsp;fire\u00adfighters from Saltmere Fire &amp; Rescue "
        "Service came, the Dockers&#8217; Union said. AT&T and &madeup; stay as written.\n"
    )
    art = load_article(_write(tmp_path, "a.txt", text))
    assert "120\u00a0firefighters from Saltmere Fire & Rescue Service" in art.text
    assert "Dockers\u2019 Union" in art.text
    assert "AT&T and &madeup; stay" in art.text
    # a decoded escape character is no escape: "&#27;[31m" shows as text
    assert "\x1b" not in load_article(_write(tmp_path, "b.txt", "Red &#27;[31malert.\n")).text
    # Markdown decodes its own entities; a soft hyphen does not move a heading
    md = load_article(_write(tmp_path, "c.md", "# Dock\u00ad fire\n\nFire &amp; Rescue came.\n"))
    assert "Fire & Rescue came." in md.text
    assert [md.text[s:e] for s, e in md.headings] == ["Dock fire"]


def test_digit_groups_split_by_no_break_spaces_are_one_figure():
    art = article_from_text(
        "Border deal\n\nThe village has 1\u00a0820 inhabitants, and 12\u202f500 people crossed.",
        ident="x",
    )
    qs = analyse(art).quantities
    assert [(q.value, q.start, q.end) for q in qs][:2] == [
        (1820.0, art.text.index("1\u00a0820"), art.text.index("1\u00a0820") + 5),
        (12500.0, art.text.index("12\u202f500"), art.text.index("12\u202f500") + 6),
    ]


def test_a_hard_wrapped_paragraph_is_read_whole(tmp_path):
    text = (
        "Flood report\n\nThe river burst its banks on Monday night, forcing the evacuation of\n"
        "about 2,300 residents from low-lying districts, the mayor said. Emer-\n"
        "gency crews worked through the night to shore up the levees, and the\n"
        "2,300 were housed in schools.\n\nKey facts\n"
        "- 27 people were treated by paramedics, nine of them in hospital\n"
        "- the bridge remains closed to traffic until further notice, police say\n"
    )
    art = load_article(_write(tmp_path, "a.txt", text))
    prose = [s.text for s in split_sentences(art.text, headings=art.headings) if s.kind == "prose"]
    assert prose == [
        "The river burst its banks on Monday night, forcing the evacuation of about 2,300 "
        "residents from low-lying districts, the mayor said.",
        "Emergency crews worked through the night to shore up the levees, and the 2,300 were "
        "housed in schools.",
        "- 27 people were treated by paramedics, nine of them in hospital",
        "- the bridge remains closed to traffic until further notice, police say",
    ]
    # one sentence per line keeps every line
    kept = load_article(_write(tmp_path, "b.txt", text), unwrap=False)
    assert kept.text == text


def test_a_footnote_mark_is_no_figure_and_breaks_none():
    art = article_from_text(
        "Jobs\n\nThe rate was 5.4 per cent¹ in the quarter, youth unemployment 14.2 per "
        "cent[4], and 40 m² burned.",
        ident="x",
    )
    qs = analyse(art).quantities
    assert [(q.value, q.unit) for q in qs] == [(5.4, "percent"), (14.2, "percent"), (40.0, "m2")]


def test_a_wrapped_list_item_and_a_word_cut_at_a_line_s_end(tmp_path):
    text = (
        "Main points\n"
        "• The unemployment rate for people aged 15 to 74 was 5.4 per cent in\n"
        "  the third quarter, as more and more peo-\n"
        "ple moved from part-time to full-\n"
        "time work, the increase concen-\n"
        "trated in health care.\n"
        "• Employment rose to a record 2,486,000.\n"
    )
    art = load_article(_write(tmp_path, "a.txt", text))
    assert art.text.split("\n") == [
        "Main points",
        "• The unemployment rate for people aged 15 to 74 was 5.4 per cent in the third quarter, "
        "as more and more people moved from part-time to full-time work, the increase "
        "concentrated in health care.",
        "• Employment rose to a record 2,486,000.",
        "",
    ]


def test_an_article_in_european_numerals_reads_them_so():
    art = article_from_text(
        "Quake\n\nA magnitude 6,8 earthquake struck at a depth of 3,5 km. Officials said 1.250 "
        "people had been evacuated, with €1,5 million pledged.",
        ident="x",
    )
    qs = analyse(art).quantities
    assert [(q.value, q.unit) for q in qs] == [
        (6.8, "magnitude"),
        (3.5, "km"),
        (1250.0, "people"),
        (1_500_000.0, "EUR"),
    ]
    # an article that writes thousands with commas keeps its points as decimals
    plain = article_from_text(
        "Jobs\n\nOfficials said 1,250 people left, and pages 6, 8 were torn; growth was 1.250 "
        "percent.",
        ident="y",
    )
    assert [q.value for q in analyse(plain).quantities if q.unit in ("people", "percent")] == [
        1250.0,
        1.25,
    ]


def test_a_key_facts_table_s_value_column_head_names_nothing():
    text, _ = markdown_to_text(
        "| Item | Detail |\n|---|---|\n| Date identified | November 14, 2026 |\n"
        "| Containment | 40% |\n"
    )
    assert text.split("\n\n")[1:] == ["Date identified: November 14, 2026.", "Containment: 40%."]
    # ... but a value column that says what it counts still names it
    text, _ = markdown_to_text("| Side | Killed |\n|---|---|\n| Russia | 1,000 |\n")
    assert text.split("\n\n")[1:] == ["Russia: 1,000 killed."]
