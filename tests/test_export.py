"""Exports: the JSON contract (schema 1), deterministic bytes, Markdown sections, HTML on its own."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from functools import cache
from pathlib import Path

import pytest
from markdown_it import MarkdownIt
from pilot_helpers import MARKDOWN_SECTIONS

from tui.articles import article_from_text, load_article
from tui.comparison import compare_articles
from tui.export import md_escape, render, to_dict, to_html, to_markdown
from tui.paths import free_name

ROOT = Path(__file__).resolve().parent.parent
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))


@cache
def _seed_cmp():
    return compare_articles(load_article(str(SEEDS[0])), load_article(str(SEEDS[3])))


def _run(*args: str) -> bytes:
    r = subprocess.run(
        [sys.executable, "-m", "tui", "export", *args],
        capture_output=True,
        timeout=60,
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    assert r.returncode == 0, r.stderr
    return r.stdout


def test_json_contract_schema_1():
    data = json.loads(render(_seed_cmp(), "json"))
    assert {"schema", "a", "b", "links", "only_a", "only_b", "entities"} <= set(data)
    assert data["schema"] == 1
    for side, seed in (("a", SEEDS[0]), ("b", SEEDS[3])):
        art = data[side]
        assert {"id", "title", "path", "sha256", "sentences"} <= set(art)
        text = load_article(str(seed)).text
        assert art["sha256"] == load_article(str(seed)).sha256
        assert art["path"] == str(seed)
        for k, s in enumerate(art["sentences"]):
            assert {"text", "start", "end", "kind"} <= set(s)
            assert text[s["start"] : s["end"]] == s["text"], k
            assert s["kind"] in ("prose", "heading", "boilerplate")
    assert data["links"]
    n_a, n_b = len(data["a"]["sentences"]), len(data["b"]["sentences"])
    for link in data["links"]:
        assert {"a", "b", "score", "topic", "numbers", "words"} <= set(link)
        assert link["a"] and all(isinstance(i, int) and 0 <= i < n_a for i in link["a"])
        assert link["b"] and all(isinstance(j, int) and 0 <= j < n_b for j in link["b"])
        assert 0.0 <= link["score"] <= 1.0
        assert isinstance(link["topic"], str)
        assert set(link["words"]) == {"a", "b"}
        assert all(isinstance(w, str) for w in link["words"]["a"] + link["words"]["b"])
        for num in link["numbers"]:
            assert {"a", "b", "unit", "status"} <= set(num)
    linked_a = {i for lk in data["links"] for i in lk["a"]}
    assert not linked_a & set(data["only_a"])
    assert all(isinstance(i, int) for i in data["only_a"] + data["only_b"])
    for e in data["entities"]:
        assert {"name", "type", "variants", "count_a", "count_b"} <= set(e)


def test_json_and_markdown_say_who_is_credited():
    cmp = _seed_cmp()
    (zel,) = [s for s in to_dict(cmp)["sources"] if "Zelensk" in s["name"]]
    assert zel["count_a"] >= 1 and zel["count_b"] >= 1
    md = to_markdown(cmp)
    assert "## Who is credited" in md and f"| {zel['name']} |" in md


def test_json_and_markdown_say_what_each_article_leads_with():
    a = article_from_text(
        "Kyiv says it shot down 40 drones overnight.\n\nThe mayor said schools open on Monday.",
        ident="a",
    )
    b = article_from_text(
        "Schools in Kyiv open on Monday, the mayor said.\n\n"
        "Air defences shot down 40 drones overnight, officials said.",
        ident="b",
    )
    cmp = compare_articles(a, b)
    data = to_dict(cmp)
    assert data["a"]["lede"] == [0] and data["b"]["lede"] == [0]
    placed = {tuple(lk["a"]): lk["placement"] for lk in data["links"]}
    assert placed[(0,)] == "A leads with this; B has it at sentence 2 of 2"
    md = to_markdown(cmp)
    lead = md.split("## What each article leads with")[1].split("##")[0]
    assert (
        "**A0** Kyiv says it shot down 40 drones overnight\\. — *in B1 (sentence 2 of 2)*" in lead
    )
    assert "- Placement: A leads with this; B has it at sentence 2 of 2" in md


def test_json_shows_the_troop_estimates_differ():
    data = json.loads(render(_seed_cmp(), "json"))
    nums = [n for lk in data["links"] for n in lk["numbers"]]
    assert any("11,000" in n["a"] and "10,000" in n["b"] for n in nums), nums


@pytest.mark.parametrize("fmt", ["json", "md", "html"])
def test_export_is_byte_identical_across_runs(fmt):
    args = (str(SEEDS[0]), str(SEEDS[3]), "--format", fmt)
    assert _run(*args) == _run(*args)


def test_json_is_sorted_and_ends_with_newline():
    text = render(_seed_cmp(), "json")
    assert text.endswith("}\n")
    assert text == json.dumps(json.loads(text), ensure_ascii=False, sort_keys=True, indent=2) + "\n"


def test_markdown_parses_with_the_expected_sections():
    cmp = _seed_cmp()
    md = to_markdown(cmp)
    tokens = MarkdownIt("commonmark").enable("table").parse(md)
    heads = [
        (t.tag, tokens[k + 1].content) for k, t in enumerate(tokens) if t.type == "heading_open"
    ]
    assert heads[0][0] == "h1" and heads[0][1].startswith("Comparison: ")
    assert [h for tag, h in heads if tag == "h2"] == MARKDOWN_SECTIONS
    assert sum(1 for tag, _ in heads if tag == "h3") == len(cmp.pairs)
    assert [t.type for t in tokens].count("table_open") == 3


def test_markdown_carries_notes_escaped():
    cmp = _seed_cmp()
    p = cmp.pairs[0]
    key = f"a{','.join(map(str, p.a))}-b{','.join(map(str, p.b))}"
    md = to_markdown(cmp, {key: "check [sic] # this *now*"})
    assert r"**Note:** check \[sic\] \# this \*now\*" in md
    assert "- Notes: 1" in md


def test_a_note_on_sentences_no_longer_paired_is_still_exported():
    # the link was removed by hand, or the threshold raised past it: the note is the user's
    cmp = _seed_cmp()
    paired = {(p.a, p.b) for p in cmp.pairs}
    ka, kb = cmp.only_a[:1], cmp.only_b[:1]
    assert ka and kb and (ka, kb) not in paired
    key = f"a{ka[0]}-b{kb[0]}"
    notes = {key: "ask the *desk*", "a999-b0": "beyond the article"}
    md = to_markdown(cmp, notes)
    assert "- Notes: 0 (and 1 on sentences no longer paired)" in md
    assert "## Notes on sentences no longer paired" in md
    assert r"**Note:** ask the \*desk\*" in md and "beyond the article" not in md
    assert f"**A{ka[0]}** {md_escape(cmp.a.sentences[ka[0]].text)}" in md
    assert to_dict(cmp, notes)["unlinked_notes"] == [
        {"a": list(ka), "b": list(kb), "note": "ask the *desk*"}
    ]
    assert to_dict(cmp)["unlinked_notes"] == []


def test_a_hand_link_is_headed_as_such_without_a_score():
    from tui.comparison import Corpus

    corpus = Corpus([load_article(str(SEEDS[0])), load_article(str(SEEDS[3]))])
    plain = corpus.compare(0, 1)
    i, j = plain.only_a[0], plain.only_b[0]
    md = to_markdown(corpus.compare(0, 1, manual=[((i,), (j,))]))
    heads = [line for line in md.splitlines() if line.startswith("### ") and "by hand" in line]
    assert len(heads) == 1 and re.fullmatch(r"### \d+\. Linked by hand \([a-z ]+\)", heads[0])


def test_an_article_s_date_from_its_header_is_exported():
    a = article_from_text("---\ndate: 2025-03-04\n---\nSome 40 people left.\n", ident="a")
    b = article_from_text("About 45 people left.\n", ident="b")
    cmp = compare_articles(a, b)
    assert (to_dict(cmp)["a"]["date"], to_dict(cmp)["b"]["date"]) == ("2025-03-04", "")
    assert f"| Date | {md_escape('2025-03-04')} |  |" in to_markdown(cmp)
    assert "| Date |" not in to_markdown(compare_articles(b, b))


def test_md_escape_makes_syntax_inert():
    assert md_escape("# a | b *c* [d](e) <f>\n`g`") == (r"\# a \| b \*c\* \[d\]\(e\) \<f\> \`g\`")


def test_html_is_self_contained():
    page = to_html(_seed_cmp())
    assert page.startswith("<!DOCTYPE html>")
    assert "<style>" in page and '<meta charset="utf-8">' in page
    assert not re.search(r"""(src|href)\s*=\s*["']?(https?:)?//""", page, re.I)
    assert "<link" not in page and "<script" not in page.lower()
    assert "<h2>Entities</h2>" in page


def test_html_escapes_article_text():
    a = article_from_text("<b>Bold</b> & <script>alert(1)</script> said 5 people.", ident="a")
    b = article_from_text("Five <i>people</i> said & left.", ident="b")
    page = to_html(compare_articles(a, b))
    assert "<script" not in page.lower() and "<b>Bold" not in page and "<i>people" not in page
    assert "&lt;b&gt;Bold&lt;/b&gt;" in page


def test_free_name_never_returns_an_existing_file(tmp_path):
    assert free_name(tmp_path, "r", ".md") == tmp_path / "r.md"
    (tmp_path / "r.md").write_text("x")
    (tmp_path / "r-2.md").write_text("x")
    assert free_name(tmp_path, "r", ".md") == tmp_path / "r-3.md"


def test_to_dict_round_trips_through_json():
    d = to_dict(_seed_cmp())
    assert json.loads(json.dumps(d)) == d


def test_two_dates_of_one_event_that_differ_are_a_conflict_in_every_output():
    a = article_from_text(
        "Kovac will be sworn in as president of Slovenia on December 22, the commission said.",
        ident="a",
    )
    b = article_from_text(
        "The commission said Kovac will be sworn in as Slovenia's president on Dec. 23.", ident="b"
    )
    cmp = compare_articles(a, b)
    (pair,) = cmp.pairs
    assert pair.level == "conflict" and cmp.summary()["date_conflicts"] == 1
    (link,) = to_dict(cmp)["links"]
    assert link["dates"] == [
        {"a": "December 22", "b": "Dec. 23", "a_iso": "XXXX-12-22", "b_iso": "XXXX-12-23",
         "status": "conflict"}
    ]  # fmt: skip
    assert "- **December 22** vs **Dec\\. 23** (date): **conflict**" in to_markdown(cmp)
    (mirror,) = cmp.swapped().pairs
    assert (mirror.divergence.dates[0].a.text, mirror.divergence.dates[0].b.text) == (
        "Dec. 23",
        "December 22",
    )


def test_json_intervals_carry_no_float_noise():
    a = article_from_text("The train was carrying about 350 passengers.", ident="a")
    b = article_from_text("The train was carrying some 300 passengers.", ident="b")
    (link,) = to_dict(compare_articles(a, b))["links"]
    (n,) = link["numbers"]
    assert (n["a_interval"], n["b_interval"]) == ([315, 385], [270, 330])  # not 385.00000000000006


def test_markdown_shows_two_credits_when_one_is_only_a_role():
    a = article_from_text(
        "Fund\n\nThe payments were recorded as advisory fees worth £2.4m, the authority said.",
        ident="a",
    )
    b = article_from_text(
        "Fund\n\nThe payments were recorded as advisory fees worth £2.4m, Penrose Gill LLP said.",
        ident="b",
    )
    cmp = compare_articles(a, b)
    (pair,) = cmp.pairs
    assert pair.divergence.attribution_unsure and not pair.divergence.attribution_differs
    assert (
        "- Credited: A the authority; B Penrose Gill LLP (one named by role: perhaps one source)"
        in to_markdown(cmp)
    )


def test_each_side_s_interval_is_in_its_own_unit():
    a = article_from_text("Cold\n\nOn the summit it was minus 8C at dawn on Monday.", ident="a")
    b = article_from_text("Cold\n\nOn the summit it was about 18F at dawn on Monday.", ident="b")
    (link,) = to_dict(compare_articles(a, b))["links"]
    (num,) = link["numbers"]
    assert (num["unit"], num["a_unit"], num["b_unit"]) == ("°C", "°C", "°F")
    assert num["a_interval"] == [-8, -8] and num["b_interval"][0] > 0
