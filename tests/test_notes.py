"""Notes and hand-made links: orientation, clearing, link states, anchors, location."""

from __future__ import annotations

import hashlib
import json

from tui.articles import article_from_text
from tui.notes import NoteStore, pair_key, store_key

A = article_from_text("Officials said 1,200 people left the city on Monday.", ident="a")
B = article_from_text("About 1,300 residents fled the city on Monday.", ident="b")


def test_pair_key():
    assert pair_key((3, 4), (7,)) == "a3,4-b7"


def test_store_key_is_order_independent():
    assert store_key(A, B) == store_key(B, A)
    assert len(store_key(A, B)) == 32


def test_notes_live_in_the_data_folder(isolated_dirs):
    store = NoteStore.open(A, B)
    assert store.path == isolated_dirs / "data" / "notes" / f"{store_key(A, B)}.json"
    assert store.notes == {} and store.warning is None
    assert not store.path.exists(), "opening creates nothing"


def test_note_seen_from_the_other_side():
    store = NoteStore.open(A, B)
    store.set_note((1,), (2, 3), "checked [b]x[/b]", a_text="one", b_text="two")
    store.save()
    back = NoteStore.open(B, A)
    assert back.note((2, 3), (1,)) == "checked [b]x[/b]"
    assert back.notes == {"a2,3-b1": "checked [b]x[/b]"}
    assert NoteStore.open(A, B).notes == {"a1-b2,3": "checked [b]x[/b]"}


def test_clearing_a_note():
    store = NoteStore.open(A, B)
    store.set_note((0,), (0,), "x")
    store.save()
    store.set_note((0,), (0,), "")
    store.save()
    assert NoteStore.open(A, B).notes == {}
    assert NoteStore.open(A, B).note((0,), (0,)) == ""


def test_anchor_hashes_the_sentence_texts():
    store = NoteStore.open(A, B)
    store.set_note((0,), (0,), "n", a_text="sentence a", b_text="sentence b")
    path = store.save()
    entry = next(iter(json.loads(path.read_text(encoding="utf-8"))["entries"].values()))
    expected = [hashlib.sha256(t.encode()).hexdigest()[:16] for t in ("sentence a", "sentence b")]
    if A.sha256 > B.sha256:
        expected.reverse()
    assert entry["anchor"] == expected


def test_link_states():
    store = NoteStore.open(A, B)
    store.add_link((1,), (2,))
    store.remove_link((3,), (4,))
    store.save()
    again = NoteStore.open(A, B)
    assert again.manual == [((1,), (2,))]
    assert again.removed == [((3,), (4,))]
    assert NoteStore.open(B, A).manual == [((2,), (1,))]
    again.remove_link((1,), (2,))  # a hand-made link is forgotten
    again.add_link((3,), (4,))  # a removed automatic link comes back
    again.save()
    final = NoteStore.open(A, B)
    assert final.manual == [] and final.removed == []


def test_newest_edit_wins_between_two_stores(monkeypatch):
    clock = iter([100.0, 200.0])
    first, second = NoteStore.open(A, B), NoteStore.open(A, B)
    with monkeypatch.context() as m:
        m.setattr("tui.notes.time.time", lambda: next(clock))
        first.set_note((0,), (0,), "older")
        second.set_note((0,), (0,), "newer")
    second.save()
    first.save()  # its edit is older than what is on disk now
    assert NoteStore.open(A, B).note((0,), (0,)) == "newer"


def test_file_is_readable_json_with_titles():
    store = NoteStore.open(A, B)
    store.set_note((0,), (0,), "é ✓")
    data = json.loads(store.save().read_text(encoding="utf-8"))
    assert data["format"] == 1
    assert sorted(data["titles"]) == sorted([A.title, B.title])
