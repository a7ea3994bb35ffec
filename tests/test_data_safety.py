"""User data is never lost: notes survive crashes, damage and a second instance; exports never
overwrite silently and never leave half a file behind."""

from __future__ import annotations

import errno
import json
import os
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from tui import cli
from tui.articles import article_from_text
from tui.errors import CompareError
from tui.export import write_export
from tui.notes import NoteStore

ROOT = Path(__file__).resolve().parent.parent
TEXT_A = "Officials said 1,200 people left the city on Monday."
TEXT_B = "About 1,300 residents fled the city on Monday, officials said."


@pytest.fixture
def pair():
    return article_from_text(TEXT_A, ident="a"), article_from_text(TEXT_B, ident="b")


def _leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".tmp"))


# -- notes ---------------------------------------------------------------------------------------


def test_notes_save_is_atomic_and_leaves_no_temp_files(tmp_path, pair):
    store = NoteStore.open(*pair, folder=tmp_path)
    for k in range(5):
        store.set_note((k,), (k,), f"note {k}")
        store.save()
    assert _leftovers(tmp_path) == []
    assert NoteStore.open(*pair, folder=tmp_path).notes == {
        f"a{k}-b{k}": f"note {k}" for k in range(5)
    }


def test_crash_while_replacing_keeps_the_old_notes(tmp_path, pair, monkeypatch):
    store = NoteStore.open(*pair, folder=tmp_path)
    store.set_note((0,), (0,), "kept")
    path = store.save()
    before = path.read_bytes()

    def crash(*_args):
        raise OSError(errno.EIO, "Input/output error")

    store.set_note((0,), (0,), "lost in the crash")
    store.set_note((1,), (1,), "also lost")
    with monkeypatch.context() as m:
        m.setattr(os, "replace", crash)
        with pytest.raises(CompareError, match=r"cannot save notes.*Input/output error"):
            store.save()
    assert path.read_bytes() == before
    assert _leftovers(tmp_path) == []
    assert NoteStore.open(*pair, folder=tmp_path).notes == {"a0-b0": "kept"}
    # The edits are still pending in memory: a later save succeeds.
    store.save()
    assert NoteStore.open(*pair, folder=tmp_path).note((1,), (1,)) == "also lost"


def test_disk_full_while_writing_notes_keeps_the_old_file(tmp_path, pair, monkeypatch):
    store = NoteStore.open(*pair, folder=tmp_path)
    store.set_note((0,), (0,), "kept")
    path = store.save()
    before = path.read_bytes()
    real_fdopen = os.fdopen

    store.set_note((0,), (0,), "x" * 1000)
    with monkeypatch.context() as m:
        m.setattr(os, "fdopen", lambda *a, **k: _FullDisk(real_fdopen(*a, **k)))
        with pytest.raises(CompareError, match="No space left on device"):
            store.save()
    assert path.read_bytes() == before
    assert _leftovers(tmp_path) == []


DAMAGED = [
    b"{not json",
    b"",
    b"[]",
    b"null",
    b'{"format": 1}',
    b'{"entries": []}',
    b'{"entries": {"nocolon": {}}}',
    b'{"entries": {"note:zz-b1": {"text": "x"}}}',
    b'{"entries": {"note:a1-b1": "not a dict"}}',
    b'{"entries": {"note:a1-b1": {"text": 5}}}',
    b'{"entries": {"note:a1-b1": {"text": "x", "updated": "yesterday"}}}',
    b"\xff\xfe\x00garbage that is not UTF-8 \xc3\x28",
]


@pytest.mark.parametrize("raw", DAMAGED, ids=range(len(DAMAGED)))
def test_damaged_notes_file_is_kept_aside_and_reported(tmp_path, pair, raw):
    path = NoteStore(*pair, folder=tmp_path).path
    tmp_path.mkdir(exist_ok=True)
    path.write_bytes(raw)
    store = NoteStore.open(*pair, folder=tmp_path)
    assert store.warning and "damaged" in store.warning
    assert "\n" not in store.warning
    aside = [p for p in tmp_path.iterdir() if ".damaged" in p.name]
    assert len(aside) == 1 and aside[0].read_bytes() == raw
    assert store.notes == {}
    store.set_note((0,), (0,), "fresh")
    store.save()
    assert NoteStore.open(*pair, folder=tmp_path).notes == {"a0-b0": "fresh"}
    assert aside[0].read_bytes() == raw


def test_damaged_twice_in_one_second_keeps_both_copies(tmp_path, pair, monkeypatch):
    monkeypatch.setattr(time, "time", lambda: 1_700_000_000.0)
    path = NoteStore(*pair, folder=tmp_path).path
    path.write_bytes(b"{first damage")
    assert NoteStore.open(*pair, folder=tmp_path).warning
    path.write_bytes(b"{second damage")
    assert NoteStore.open(*pair, folder=tmp_path).warning
    kept = sorted(p.read_bytes() for p in tmp_path.iterdir() if ".damaged" in p.name)
    assert kept == [b"{first damage", b"{second damage"]


def test_unreadable_notes_file_is_reported_not_fatal(tmp_path, pair, monkeypatch):
    path = NoteStore(*pair, folder=tmp_path).path
    path.write_text('{"entries": {}}', encoding="utf-8")
    real = Path.read_text

    def deny(self, *a, **k):
        if self == path:
            raise PermissionError(13, "Permission denied", str(self))
        return real(self, *a, **k)

    monkeypatch.setattr(Path, "read_text", deny)
    monkeypatch.setattr(Path, "read_bytes", lambda self: deny(self))
    store = NoteStore.open(*pair, folder=tmp_path)
    assert store.warning and "Permission denied" in store.warning
    assert path.exists()


_WORKER = textwrap.dedent(
    """
    import sys
    from tui.articles import article_from_text
    from tui.notes import NoteStore

    who, rounds = sys.argv[1], int(sys.argv[2])
    a = article_from_text({a!r}, ident="a")
    b = article_from_text({b!r}, ident="b")
    if who == "1":
        a, b = b, a  # the other instance sees the pair the other way round
    long_lived = NoteStore.open(a, b)
    for k in range(rounds):
        long_lived.set_note((k,), (100 + k,), f"long {{who}} {{k}}")
        long_lived.save()
        short = NoteStore.open(a, b)
        short.set_note((500 + k,), (k,), f"short {{who}} {{k}}")
        short.save()
    """
).format(a=TEXT_A, b=TEXT_B)


def test_two_processes_never_clobber_each_others_notes(tmp_path, pair):
    rounds = 40
    env = {**os.environ, "COMPARE_DATA_DIR": str(tmp_path / "data"), "PYTHONPATH": str(ROOT)}
    procs = [
        subprocess.Popen(
            [sys.executable, "-c", _WORKER, who, str(rounds)],
            env=env,
            stderr=subprocess.PIPE,
        )
        for who in ("0", "1")
    ]
    for p in procs:
        _, err = p.communicate(timeout=60)
        assert p.returncode == 0, err.decode()
    store = NoteStore.open(*pair, folder=tmp_path / "data" / "notes")
    assert store.warning is None
    notes = store.notes
    assert len(notes) == 4 * rounds
    for k in range(rounds):
        assert notes[f"a{k}-b{100 + k}"] == f"long 0 {k}"
        assert notes[f"a{500 + k}-b{k}"] == f"short 0 {k}"
        # Process 1 had B on its A side: its keys come back flipped.
        assert notes[f"a{100 + k}-b{k}"] == f"long 1 {k}"
        assert notes[f"a{k}-b{500 + k}"] == f"short 1 {k}"
    assert _leftovers(tmp_path / "data" / "notes") == []


# -- export --------------------------------------------------------------------------------------


def test_export_refuses_to_overwrite_without_force(tmp_path):
    target = tmp_path / "report.md"
    target.write_text("precious", encoding="utf-8")
    with pytest.raises(CompareError, match="already exists; use --force"):
        write_export(target, "new")
    assert target.read_text(encoding="utf-8") == "precious"
    write_export(target, "new", force=True)
    assert target.read_text(encoding="utf-8") == "new"
    assert _leftovers(tmp_path) == []


@pytest.fixture
def articles(tmp_path):
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text(TEXT_A, encoding="utf-8")
    b.write_text(TEXT_B, encoding="utf-8")
    return str(a), str(b)


def test_cli_output_onto_existing_file(tmp_path, articles, capsys):
    target = tmp_path / "out.md"
    target.write_text("precious", encoding="utf-8")
    rc = cli.main(["export", *articles, "-o", str(target)])
    err = capsys.readouterr().err
    assert rc == 1
    assert err.strip().splitlines() == [
        f"compare: '{target}' already exists; use --force to replace it"
    ]
    assert target.read_text(encoding="utf-8") == "precious"
    rc = cli.main(["export", *articles, "-o", str(target), "--force"])
    assert rc == 0
    assert target.read_text(encoding="utf-8").startswith("# Comparison:")
    assert _leftovers(tmp_path) == []


class _FullDisk:
    """A file object whose write stores a little, then fails like a full disk."""

    def __init__(self, fh):
        self.fh = fh

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.fh.close()

    def write(self, s):
        self.fh.write(s[:7])
        raise OSError(errno.ENOSPC, "No space left on device")

    def __getattr__(self, name):
        return getattr(self.fh, name)


@pytest.mark.parametrize("force", [False, True])
def test_export_disk_full_leaves_no_partial_file(tmp_path, monkeypatch, force):
    target = tmp_path / "report.md"
    if force:
        target.write_text("old report", encoding="utf-8")
    real_fdopen = os.fdopen
    with monkeypatch.context() as m:
        m.setattr(os, "fdopen", lambda *a, **k: _FullDisk(real_fdopen(*a, **k)))
        with pytest.raises(CompareError) as info:
            write_export(target, "# A long report\n" * 100, force=force)
    assert str(info.value) == f"cannot write '{target}': No space left on device"
    assert _leftovers(tmp_path) == []
    if force:
        assert target.read_text(encoding="utf-8") == "old report"
    else:
        assert not target.exists()


def test_export_permission_denied_is_one_clear_line(tmp_path, monkeypatch):
    target = tmp_path / "report.md"

    def deny(*_a, **_k):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr("tempfile.mkstemp", deny)
    with pytest.raises(CompareError) as info:
        write_export(target, "text")
    assert str(info.value) == f"cannot write '{target}': permission denied"
    assert list(tmp_path.iterdir()) == []


def test_export_into_read_only_folder(tmp_path, articles, capsys):
    folder = tmp_path / "ro"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        if os.access(folder, os.W_OK):
            pytest.skip("running as root: a read-only folder is still writable")
        rc = cli.main(["export", *articles, "-o", str(folder / "out.md")])
        err = capsys.readouterr().err
        assert rc == 1
        assert err.strip() == f"compare: cannot write '{folder / 'out.md'}': permission denied"
        assert list(folder.iterdir()) == []
    finally:
        folder.chmod(0o700)


def test_export_into_missing_folder(tmp_path, articles, capsys):
    target = tmp_path / "nowhere" / "out.md"
    rc = cli.main(["export", *articles, "-o", str(target)])
    assert rc == 1
    assert capsys.readouterr().err.strip() == f"compare: cannot write '{target}': no such folder"


def test_export_onto_a_directory(tmp_path, articles, capsys):
    rc = cli.main(["export", *articles, "-o", str(tmp_path), "--force"])
    assert rc == 1
    assert capsys.readouterr().err.strip() == (
        f"compare: '{tmp_path}' is a directory; give a file name to write to"
    )


def test_export_race_new_file_appears_before_link(tmp_path, monkeypatch):
    """Another program creates the file between the check and the write: still no overwrite."""
    target = tmp_path / "report.md"
    real_link = os.link

    def link(src, dst, *a, **k):
        Path(dst).write_text("theirs", encoding="utf-8")
        return real_link(src, dst, *a, **k)

    monkeypatch.setattr(os, "link", link)
    with pytest.raises(CompareError, match="already exists"):
        write_export(target, "mine")
    assert target.read_text(encoding="utf-8") == "theirs"
    assert _leftovers(tmp_path) == []


def test_export_json_notes_round_trip_through_cli(tmp_path, articles, capsys):
    """Notes saved for a pair reach ``export --notes``; the notes file is left as it was."""
    a, b = (article_from_text(Path(p).read_text(encoding="utf-8"), ident="x") for p in articles)
    store = NoteStore.open(a, b)
    rc = cli.main(["export", *articles, "--format", "json"])
    links = json.loads(capsys.readouterr().out)["links"]
    assert rc == 0 and links
    first = links[0]
    store.set_note(tuple(first["a"]), tuple(first["b"]), "checked [sic] **by hand**")
    path = store.save()
    before = path.read_bytes()
    rc = cli.main(["export", *articles, "--format", "json", "--notes"])
    data = json.loads(capsys.readouterr().out)
    assert rc == 0
    assert data["links"][0]["note"] == "checked [sic] **by hand**"
    assert path.read_bytes() == before
