"""Snapshots of the key screens (pytest-textual-snapshot). Look at each SVG before accepting it.

Generated with Python 3.11 and textual 8.2.8; config and data folders are isolated per test.
"""

from __future__ import annotations

import random
from pathlib import Path

from pilot_helpers import settle

from tui.articles import article_from_text, bundled_seeds
from tui.ui.app import CompareApp

SIZE = (160, 45)


def _app(theme: str = "compare-dark", articles=None) -> CompareApp:
    return CompareApp(articles or bundled_seeds(), theme=theme)


def test_main_screen(snap_compare):
    assert snap_compare(_app(), terminal_size=SIZE, run_before=settle)


def test_main_screen_after_moving(snap_compare):
    async def before(pilot):
        await settle(pilot)
        await pilot.press("j", "j", "j")
        await pilot.pause()

    assert snap_compare(_app(), terminal_size=SIZE, run_before=before)


def test_help_screen(snap_compare):
    async def before(pilot):
        await settle(pilot)
        await pilot.press("question_mark")
        await pilot.pause()

    assert snap_compare(_app(), terminal_size=SIZE, run_before=before)


def test_picker(snap_compare):
    async def before(pilot):
        await settle(pilot)
        await pilot.press("o")
        await pilot.pause()

    assert snap_compare(_app(), terminal_size=SIZE, run_before=before)


def test_overview(snap_compare):
    async def before(pilot):
        await settle(pilot)
        await pilot.press("v")
        await pilot.app.workers.wait_for_complete()
        await pilot.pause()
        await pilot.press("down", "down", "down")
        await pilot.pause()

    assert snap_compare(_app(), terminal_size=SIZE, run_before=before)


def test_note_editor(snap_compare):
    async def before(pilot):
        await settle(pilot)
        await pilot.press("a", *"figure differs from the agency's")
        await pilot.pause()

    assert snap_compare(_app(), terminal_size=SIZE, run_before=before)


def test_newsprint_theme(snap_compare):
    assert snap_compare(_app("newsprint"), terminal_size=SIZE, run_before=settle)


def test_high_contrast_theme(snap_compare):
    assert snap_compare(_app("high-contrast"), terminal_size=SIZE, run_before=settle)


def _long_articles():
    seeds = bundled_seeds()
    rng = random.Random(7)
    from tui.segment import split_sentences

    sentences = [s.text for a in seeds for s in split_sentences(a.text) if s.kind == "prose"]
    out = []
    for name in ("long-a", "long-b"):
        picked = [rng.choice(sentences) for _ in range(400)]
        paras = [" ".join(picked[i : i + 4]) for i in range(0, len(picked), 4)]
        out.append(article_from_text("\n\n".join(paras), ident=name))
    return out


def test_long_article(snap_compare):
    async def before(pilot):
        await settle(pilot)
        for _ in range(30):
            await pilot.press("j")
        await pilot.pause()

    assert snap_compare(_app(articles=_long_articles()), terminal_size=SIZE, run_before=before)


def test_snapshot_folder_has_no_orphans():
    folder = Path(__file__).parent / "__snapshots__" / "test_snapshots"
    if folder.exists():
        names = {p.stem for p in folder.glob("*.svg")}
        tests = {n for n in globals() if n.startswith("test_")}
        assert names <= tests
