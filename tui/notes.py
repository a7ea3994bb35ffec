"""Notes and hand-made links per article pair, kept in the user data folder.

One JSON file per pair of articles, named by both content hashes (in sorted order, so A/B and
B/A share it). Saving merges with what is on disk under a lock, newest edit per entry winning,
so two running instances never clobber each other; the write is atomic. A file that fails to
parse is moved aside (never deleted) and reported.

Each note and hand link keeps a hash of every sentence it is attached to. When those sentences
move (the article was edited, or a new version segments it differently), :meth:`NoteStore.place`
re-attaches the entry to the sentences with the same text; notes saved for an earlier version of
the same two files are carried over the same way. A note whose sentences are gone is kept as
*lost* (with a quote of its sentences), never dropped.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import tempfile
import threading
import time
from collections.abc import Iterator, Sequence
from pathlib import Path

from tui.articles import Article
from tui.errors import CompareError
from tui.paths import data_dir, free_name

FORMAT = 1
Indices = tuple[int, ...]


def pair_key(a: Indices, b: Indices) -> str:
    """How a pair is named: ``a3,4-b7``."""
    return "a" + ",".join(map(str, a)) + "-b" + ",".join(map(str, b))


def parse_key(key: str) -> tuple[Indices, Indices]:
    """The sentence indices a pair key names (``a3,4-b7``: (3, 4), (7,)); ValueError if none."""
    left, _, right = key.partition("-b")
    return tuple(int(x) for x in left[1:].split(",")), tuple(int(x) for x in right.split(","))


def _hash(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()[:16]


def _anchor(texts: Sequence[str]) -> list[str]:
    return [_hash(t) for t in texts]


#: Characters of each side's sentences quoted with a note, so a lost note can still be read.
QUOTE = 300


def _flip(key: str) -> str:
    a, b = parse_key(key)
    return pair_key(b, a)


def store_key(a: Article, b: Article) -> str:
    """File stem for a pair of articles (order-independent)."""
    x, y = sorted((a.sha256, b.sha256))
    return hashlib.sha256(f"{x}:{y}".encode()).hexdigest()[:32]


@contextlib.contextmanager
def _locked(path: Path) -> Iterator[None]:
    try:
        import fcntl
    except ImportError:  # pragma: no cover - Windows
        yield
        return
    with open(path, "a+") as fh:
        fcntl.flock(fh, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(fh, fcntl.LOCK_UN)


def _valid_entry(entry: object) -> bool:
    """An entry is a dict whose known fields have the types saving and reading rely on."""
    if not isinstance(entry, dict):
        return False
    updated = entry.get("updated", 0)
    return (
        isinstance(entry.get("text", ""), str)
        and isinstance(entry.get("state", ""), str)
        and isinstance(updated, int | float)
        and not isinstance(updated, bool)
    )


class NoteStore:
    """Notes and manual links of one article pair, in the caller's A/B orientation."""

    def __init__(self, a: Article, b: Article, folder: Path | None = None) -> None:
        self.folder = folder or data_dir() / "notes"
        self.path = self.folder / f"{store_key(a, b)}.json"
        self._flipped = a.sha256 > b.sha256
        self._titles = (a.title, b.title) if not self._flipped else (b.title, a.title)
        paths = [os.path.realpath(x.path) if x.path else None for x in (a, b)]
        self._paths = paths if not self._flipped else paths[::-1]
        self._lock = threading.RLock()
        self._looked_back = False
        self._entries: dict[str, dict] = {}  # canonical orientation
        self._dirty: set[str] = set()
        self.warning: str | None = None
        self._readonly = False

    @classmethod
    def open(cls, a: Article, b: Article, folder: Path | None = None) -> NoteStore:
        """Load the pair's store (an unreadable file is set aside and reported in ``warning``)."""
        store = cls(a, b, folder)
        store._entries = store._read()
        return store

    # -- orientation -------------------------------------------------------------------------
    def _canon(self, key: str) -> str:
        return _flip(key) if self._flipped else key

    def _mine(self, key: str) -> str:
        return _flip(key) if self._flipped else key

    # -- reading -----------------------------------------------------------------------------
    @property
    def notes(self) -> dict[str, str]:
        """Pair key to note text, non-empty notes only."""
        with self._lock:
            return {
                self._mine(k[5:]): e["text"]
                for k, e in sorted(self._entries.items())
                if k.startswith("note:") and e.get("text")
            }

    @property
    def lost(self) -> list[tuple[str, str, str]]:
        """Notes whose sentences are no longer found: (quote of A, quote of B, note text)."""
        with self._lock:
            out = []
            for k, e in sorted(self._entries.items()):
                if k.startswith("lost:note:") and e.get("text"):
                    qa, qb = _quote(e)
                    out.append((qb, qa, e["text"]) if self._flipped else (qa, qb, e["text"]))
            return out

    def note(self, a: Indices, b: Indices) -> str:
        """The note on a pair, or ``""``."""
        e = self._entries.get("note:" + self._canon(pair_key(a, b)))
        return e.get("text", "") if e else ""

    def _links(self, state: str) -> list[tuple[Indices, Indices]]:
        with self._lock:
            return [
                parse_key(self._mine(k[5:]))
                for k, e in sorted(self._entries.items())
                if k.startswith("link:") and e.get("state") == state
            ]

    @property
    def manual(self) -> list[tuple[Indices, Indices]]:
        """Links added by hand."""
        return self._links("added")

    @property
    def removed(self) -> list[tuple[Indices, Indices]]:
        """Automatic links removed by hand."""
        return self._links("removed")

    # -- editing -----------------------------------------------------------------------------
    def _set(self, key: str, entry: dict) -> None:
        with self._lock:
            entry["updated"] = time.time()
            self._entries[key] = entry
            self._dirty.add(key)

    def _anchored(
        self, entry: dict, a_texts: Sequence[str], b_texts: Sequence[str], quote: bool = False
    ) -> dict:
        """``entry`` plus the hashes (and for notes a quote) of the sentences it is attached to."""
        if a_texts and b_texts:
            sides = (a_texts, b_texts) if not self._flipped else (b_texts, a_texts)
            entry["anchor"] = [_anchor(t) for t in sides]
            if quote:
                entry["quote"] = [" ".join(t)[:QUOTE] for t in sides]
        return entry

    def set_note(
        self,
        a: Indices,
        b: Indices,
        text: str,
        *,
        a_texts: Sequence[str] = (),
        b_texts: Sequence[str] = (),
    ) -> None:
        """Set (or with empty text, clear) the note on a pair; ``*_texts`` are its sentences."""
        entry = self._anchored({"text": text}, a_texts, b_texts, quote=True)
        self._set("note:" + self._canon(pair_key(a, b)), entry)

    def add_link(
        self, a: Indices, b: Indices, *, a_texts: Sequence[str] = (), b_texts: Sequence[str] = ()
    ) -> None:
        """Record a hand-made link (undoing an earlier removal of the same link)."""
        self._set_link(a, b, "added", undoes="removed", texts=(a_texts, b_texts))

    def remove_link(
        self, a: Indices, b: Indices, *, a_texts: Sequence[str] = (), b_texts: Sequence[str] = ()
    ) -> None:
        """Remove a link: a hand-made one is forgotten, an automatic one is suppressed."""
        self._set_link(a, b, "removed", undoes="added", texts=(a_texts, b_texts))

    def _set_link(
        self, a: Indices, b: Indices, state: str, *, undoes: str, texts: tuple[Sequence[str], ...]
    ) -> None:
        """Set a link's state, or clear it when it was in the state this one undoes."""
        key = "link:" + self._canon(pair_key(a, b))
        if self._entries.get(key, {}).get("state") == undoes:
            state = "cleared"
        self._set(key, self._anchored({"state": state}, *texts))

    # -- following sentences that moved ------------------------------------------------------
    def place(self, a_texts: Sequence[str], b_texts: Sequence[str]) -> str | None:
        """Re-attach entries whose sentences moved and carry over notes of an earlier version.

        ``*_texts`` are the current sentences of each article (caller's orientation). Changed
        entries are marked for saving; the return value says what happened, or is None.
        """
        with self._lock:
            carried = self._earlier() if not self._entries and not self._looked_back else {}
            self._looked_back = True  # an earlier version is looked for once per opening
            entries = {**carried, **self._entries}
            if not entries:
                return None
            sides = (a_texts, b_texts) if not self._flipped else (b_texts, a_texts)
            hashes = [_anchor(t) for t in sides]
            where: list[dict[str, list[int]]] = [{}, {}]
            for side in (0, 1):
                for i, h in enumerate(hashes[side]):
                    where[side].setdefault(h, []).append(i)
            stay: list[tuple[str, dict]] = []
            move: list[tuple[str, dict, str | None]] = []  # target None: cannot be placed
            for key, e in sorted(entries.items()):
                kind, _, pk = key.partition(":")
                live = e.get("text") if kind == "note" else e.get("state") in ("added", "removed")
                if kind not in ("note", "link") or not live:
                    continue
                old = parse_key(pk)
                anchor = e.get("anchor")
                if not _well_formed(anchor, old):
                    if key in carried:  # no way to tell where it belongs now
                        move.append((key, e, None))
                elif all(_at(hashes[s], old[s], anchor[s]) for s in (0, 1)):
                    stay.append((key, e))
                else:
                    new = [_locate(anchor[s], old[s], where[s]) for s in (0, 1)]
                    target = kind + ":" + pair_key(*new) if new[0] and new[1] else None
                    move.append((key, e, target))
            taken = {key for key, _ in stay}
            for key, e in stay:
                if key in carried:
                    self._set(key, dict(e))
            for key, _e, _target in move:
                if key not in carried:
                    self._set(
                        key, {"text": ""} if key.startswith("note:") else {"state": "cleared"}
                    )
            moved = lost = 0
            for key, e, target in move:
                if target is not None and target not in taken:
                    taken.add(target)
                    self._set(target, dict(e))
                    moved += 1
                elif key.startswith("note:"):
                    self._set("lost:" + key, dict(e))
                    lost += 1
        notes = sum(1 for k, e in carried.items() if k.startswith("note:") and e.get("text"))
        parts = []
        if notes:
            parts.append(
                f"{_count(notes, 'note')} carried over from an earlier version of these files"
            )
        if moved:
            parts.append(f"{moved} moved to follow {'its' if moved == 1 else 'their'} sentences")
        if lost:
            parts.append(
                f"{_count(lost, 'note')} no longer match{'es' if lost == 1 else ''} any sentence"
                " (kept in the notes file and listed in the saved comparison)"
            )
        return ("Notes: " + "; ".join(parts)) if parts else None

    def _earlier(self) -> dict[str, dict]:
        """Entries of the newest other notes file saved for the same two files, if any."""
        if None in self._paths:
            return {}
        try:
            files = sorted(self.folder.glob("*.json"), key=lambda p: p.stat().st_mtime)
        except OSError:
            return {}
        for path in reversed(files):
            if path == self.path or ".damaged-" in path.name:
                continue
            try:
                data = json.loads(path.read_text(encoding="utf-8"))
                paths = data.get("paths")
                if paths not in (self._paths, self._paths[::-1]):
                    continue
                out = {}
                for k, v in data["entries"].items():
                    if not (isinstance(k, str) and k.startswith(("note:", "link:"))):
                        continue
                    if not _valid_entry(v):
                        continue
                    if paths != self._paths:  # saved the other way round
                        kind, _, pk = k.partition(":")
                        k = kind + ":" + _flip(pk)
                        v = {**v, **{f: v[f][::-1] for f in ("anchor", "quote") if f in v}}
                    out[k] = v
                return out
            except (OSError, ValueError, KeyError, TypeError, AttributeError):
                continue
        return {}

    # -- disk --------------------------------------------------------------------------------
    def _read(self) -> dict[str, dict]:
        try:
            raw = self.path.read_bytes()
        except FileNotFoundError:
            return {}
        except OSError as exc:
            self.warning = f"cannot read notes {self.path}: {exc.strerror or exc}"
            return {}
        try:
            data = json.loads(raw.decode("utf-8"))
            entries = data["entries"]
            if not isinstance(entries, dict) or not all(
                isinstance(k, str) and _valid_entry(v) for k, v in entries.items()
            ):
                raise ValueError("bad entries")
            for k in entries:
                parse_key(k.rsplit(":", 1)[1])
            return entries
        except (ValueError, KeyError, TypeError, IndexError):  # UnicodeDecodeError is a ValueError
            aside = self._aside_name()
            try:
                os.replace(self.path, aside)
                self.warning = f"notes file was damaged; kept it as {aside} and started afresh"
            except OSError:
                self.warning = f"notes file {self.path} is damaged and was left untouched"
                self._readonly = True
            return {}

    def _aside_name(self) -> Path:
        """A free name beside the notes file for a damaged copy (never replaces an older one)."""
        return free_name(self.folder, f"{self.path.stem}.damaged-{int(time.time())}", ".json")

    def save(self) -> Path:
        """Merge with the file on disk (newest entry wins) and write atomically."""
        if self._readonly:
            raise CompareError(f"notes file {self.path} is damaged; not overwriting it")
        with self._lock:
            return self._save()

    def _save(self) -> Path:
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            with _locked(self.folder / ".lock"):
                disk = self._read() if self.path.exists() else {}
                merged = dict(disk)
                for key in self._dirty:
                    mine = self._entries[key]
                    theirs = disk.get(key)
                    if theirs is None or theirs.get("updated", 0) <= mine.get("updated", 0):
                        merged[key] = mine
                for key, e in disk.items():
                    if key not in self._dirty:
                        merged[key] = e
                payload = {
                    "format": FORMAT,
                    "titles": list(self._titles),
                    "paths": self._paths,
                    "entries": dict(sorted(merged.items())),
                }
                fd, tmp = tempfile.mkstemp(prefix=".notes.", suffix=".tmp", dir=self.folder)
                try:
                    with os.fdopen(fd, "w", encoding="utf-8") as fh:
                        json.dump(payload, fh, ensure_ascii=False, indent=1, sort_keys=True)
                        fh.flush()
                        os.fsync(fh.fileno())
                    os.replace(tmp, self.path)
                finally:
                    if os.path.exists(tmp):
                        os.unlink(tmp)
        except OSError as exc:
            raise CompareError(
                f"cannot save notes to {self.folder}: {exc.strerror or exc}"
            ) from exc
        self._entries = merged
        self._dirty.clear()
        return self.path


def _well_formed(anchor: object, old: tuple[Indices, Indices]) -> bool:
    """An anchor is one list of sentence hashes per side, as long as the pair's indices."""
    return (
        isinstance(anchor, list)
        and len(anchor) == 2
        and all(
            isinstance(side, list)
            and len(side) == len(idx)
            and all(isinstance(h, str) for h in side)
            for side, idx in zip(anchor, old, strict=True)
        )
    )


def _quote(entry: dict) -> tuple[str, str]:
    """The two quoted sides of a note (empty when the file holds something else there)."""
    q = entry.get("quote")
    if isinstance(q, list) and len(q) == 2 and all(isinstance(x, str) for x in q):
        return q[0], q[1]
    return "", ""


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}" + ("" if n == 1 else "s")


def _at(hashes: list[str], indices: Indices, anchor: list[str]) -> bool:
    """Whether the sentences at ``indices`` still have the anchored hashes."""
    return all(i < len(hashes) and hashes[i] == h for i, h in zip(indices, anchor, strict=True))


def _locate(anchor: list[str], old: Indices, where: dict[str, list[int]]) -> Indices | None:
    """New indices of sentences with these hashes, each the nearest to where it was."""
    out = []
    for h, i in zip(anchor, old, strict=True):
        found = where.get(h)
        if not found:
            return None
        out.append(min(found, key=lambda j: (abs(j - i), j)))
    return tuple(sorted(out)) if len(set(out)) == len(out) else None
