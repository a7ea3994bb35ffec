"""Notes and hand-made links: orientation, clearing, link states, anchors, location."""

from __future__ import annotations

import hashlib
import json

import pytest

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
    store.set_note((1,), (2, 3), "checked [b]x[/b]", a_texts=["one"], b_texts=["two", "three"])
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
    store.set_note((0,), (0,), "n", a_texts=["sentence a"], b_texts=["sentence b"])
    path = store.save()
    entry = next(iter(json.loads(path.read_text(encoding="utf-8"))["entries"].values()))
    expected = [[hashlib.sha256(t.encode()).hexdigest()[:16]] for t in ("sentence a", "sentence b")]
    quote = ["sentence a", "sentence b"]
    if A.sha256 > B.sha256:
        expected.reverse()
        quote.reverse()
    assert entry["anchor"] == expected
    assert entry["quote"] == quote


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


SA = ["Title", "Officials said 1,200 people left.", "Rain fell.", "The mayor spoke."]
SB = ["Heading", "About 1,300 residents fled.", "The mayor said little."]


def _noted(a=A, b=B):
    store = NoteStore.open(a, b)
    store.set_note((1,), (1,), "1,200 vs 1,300", a_texts=[SA[1]], b_texts=[SB[1]])
    store.set_note((3,), (2,), "mayor", a_texts=[SA[3]], b_texts=[SB[2]])
    store.add_link((2,), (2,), a_texts=[SA[2]], b_texts=[SB[2]])
    store.save()
    return store


def test_place_changes_nothing_when_sentences_are_where_they_were():
    _noted()
    store = NoteStore.open(A, B)
    assert store.place(SA, SB) is None
    assert store.notes == {"a1-b1": "1,200 vs 1,300", "a3-b2": "mayor"}


def test_notes_and_links_follow_sentences_that_moved():
    _noted()
    store = NoteStore.open(A, B)
    a2 = ["Title", "A new first sentence.", *SA[1:]]  # everything in A shifts by one
    message = store.place(a2, SB)
    assert message and "3 moved" in message
    assert store.notes == {"a2-b1": "1,200 vs 1,300", "a4-b2": "mayor"}
    assert store.manual == [((3,), (2,))]
    store.save()
    again = NoteStore.open(B, A)  # saved, and seen from the other side
    assert again.place(SB, a2) is None
    assert again.notes == {"a1-b2": "1,200 vs 1,300", "a2-b4": "mayor"}


def test_a_note_whose_sentence_is_gone_is_kept_as_lost():
    _noted()
    store = NoteStore.open(A, B)
    a2 = [SA[0], SA[1], SA[2], "The mayor did not speak."]
    message = store.place(a2, SB)
    assert message and "1 note no longer matches" in message
    assert store.notes == {"a1-b1": "1,200 vs 1,300"}
    assert store.lost == [(SA[3], SB[2], "mayor")]
    store.save()
    assert NoteStore.open(A, B).lost == [(SA[3], SB[2], "mayor")]


@pytest.mark.parametrize("flipped", [False, True])
def test_notes_carry_over_to_an_edited_version_of_the_same_files(tmp_path, flipped):
    a_old = article_from_text(A.text, ident="a", path=str(tmp_path / "a.txt"))
    b_file = article_from_text(B.text, ident="b", path=str(tmp_path / "b.txt"))
    _noted(a_old, b_file)

    # an edit that keeps, or one that swaps, the order of the two content hashes
    def order(art):
        return art.sha256 > b_file.sha256

    edits = (
        article_from_text(f"{A.text} Edit {k}.", ident="a", path=a_old.path) for k in range(99)
    )
    a_new = next(art for art in edits if (order(art) != order(a_old)) == flipped)
    store = NoteStore.open(a_new, b_file)
    assert store.notes == {}
    a2 = ["Title", "Officials said 1,200 people left.", "Rain fell hard.", "The mayor spoke."]
    message = store.place(a2, SB)
    assert message and "carried over" in message
    assert store.notes == {"a1-b1": "1,200 vs 1,300", "a3-b2": "mayor"}
    assert store.manual == []  # its sentence changed; a hand link is not a note to keep
    store.save()
    assert NoteStore.open(a_new, b_file).notes == store.notes
    assert NoteStore.open(a_old, b_file).notes, "the earlier version's notes stay on disk"


def test_no_carry_over_between_unrelated_articles():
    _noted()
    other = article_from_text("Something else entirely.", ident="c")
    assert NoteStore.open(other, B).place(["Something else entirely."], SB) is None


def test_neighbouring_notes_shift_together():
    store = NoteStore.open(A, B)
    for k in (1, 2, 3):
        store.set_note((k,), (1,), f"n{k}", a_texts=[SA[k]], b_texts=[SB[1]])
    store.save()
    store = NoteStore.open(A, B)
    message = store.place(["Title", "New.", *SA[1:]], SB)
    assert message == "Notes: 3 moved to follow their sentences"
    assert store.notes == {"a2-b1": "n1", "a3-b1": "n2", "a4-b1": "n3"}
    assert store.lost == []


def test_odd_anchor_and_quote_fields_are_survived(isolated_dirs):
    store = NoteStore.open(A, B)
    store.set_note((1,), (1,), "kept", a_texts=[SA[1]], b_texts=[SB[1]])
    path = store.save()
    data = json.loads(path.read_text(encoding="utf-8"))
    (key,) = data["entries"]
    data["entries"][key] |= {"anchor": [[1, 2], None], "quote": 5}
    data["entries"]["lost:" + key] = {"text": "old", "quote": "not a pair"}
    path.write_text(json.dumps(data), encoding="utf-8")
    store = NoteStore.open(A, B)
    assert store.place(["x"], ["y"]) is None  # an anchor it cannot read is left where it is
    assert store.notes == {"a1-b1": "kept"}
    assert store.lost == [("", "", "old")]
