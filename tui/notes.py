"""Notes and hand-made links per article pair, kept in the user data folder.

One JSON file per pair of articles, named by both content hashes (in sorted order, so A/B and
B/A share it). Saving merges with what is on disk under a lock, newest edit per entry winning,
so two running instances never clobber each other; the write is atomic. A file that fails to
parse is moved aside (never deleted) and reported.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

from tui.articles import Article
from tui.errors import CompareError
from tui.paths import data_dir, free_name

FORMAT = 1
Indices = tuple[int, ...]


def pair_key(a: Indices, b: Indices) -> str:
    """How a pair is named: ``a3,4-b7``."""
    return "a" + ",".join(map(str, a)) + "-b" + ",".join(map(str, b))


def _parse_key(key: str) -> tuple[Indices, Indices]:
    left, _, right = key.partition("-b")
    return tuple(int(x) for x in left[1:].split(",")), tuple(int(x) for x in right.split(","))


def _flip(key: str) -> str:
    a, b = _parse_key(key)
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
        return {
            self._mine(k[5:]): e["text"]
            for k, e in sorted(self._entries.items())
            if k.startswith("note:") and e.get("text")
        }

    def note(self, a: Indices, b: Indices) -> str:
        """The note on a pair, or ``""``."""
        e = self._entries.get("note:" + self._canon(pair_key(a, b)))
        return e.get("text", "") if e else ""

    def _links(self, state: str) -> list[tuple[Indices, Indices]]:
        out = []
        for k, e in sorted(self._entries.items()):
            if k.startswith("link:") and e.get("state") == state:
                out.append(_parse_key(self._mine(k[5:])))
        return out

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
        entry["updated"] = time.time()
        self._entries[key] = entry
        self._dirty.add(key)

    def set_note(
        self, a: Indices, b: Indices, text: str, *, a_text: str = "", b_text: str = ""
    ) -> None:
        """Set (or with empty text, clear) the note on a pair."""
        texts = (a_text, b_text) if not self._flipped else (b_text, a_text)
        self._set(
            "note:" + self._canon(pair_key(a, b)),
            {
                "text": text,
                "anchor": [hashlib.sha256(t.encode()).hexdigest()[:16] for t in texts],
            },
        )

    def add_link(self, a: Indices, b: Indices) -> None:
        """Record a hand-made link (undoing an earlier removal of the same link)."""
        key = "link:" + self._canon(pair_key(a, b))
        prev = self._entries.get(key, {}).get("state")
        self._set(key, {"state": "cleared" if prev == "removed" else "added"})

    def remove_link(self, a: Indices, b: Indices) -> None:
        """Remove a link: a hand-made one is forgotten, an automatic one is suppressed."""
        key = "link:" + self._canon(pair_key(a, b))
        prev = self._entries.get(key, {}).get("state")
        self._set(key, {"state": "cleared" if prev == "added" else "removed"})

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
                _parse_key(k.split(":", 1)[1])
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
