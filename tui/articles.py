"""Reading articles: files, standard input, the bundled seeds; title and source from the text."""

from __future__ import annotations

import hashlib
import html
import os
import re
import sys
import unicodedata
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

from tui.errors import CompareError
from tui.text import SENTENCE_END

#: Articles larger than this are refused (bytes on disk).
MAX_BYTES = 8 * 1024 * 1024
#: Suffixes read as Markdown; everything else is plain text.
MARKDOWN_SUFFIXES = frozenset({".md", ".markdown", ".mdown"})

_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(?P<body>(?:[A-Za-z_][\w-]*[ \t]*:.*\n)+)---[ \t]*\n")
_META_KEYS = ("title", "source", "url", "date", "author")


@dataclass(frozen=True, slots=True)
class Article:
    """One loaded article: its plain text and where it came from."""

    id: str
    title: str
    source: str
    path: str | None
    text: str
    headings: tuple[tuple[int, int], ...] = ()
    meta: dict[str, str] = field(default_factory=dict, compare=False, hash=False)

    @property
    def date(self) -> str:
        """When it was published, as its header gives it ("2025-03-04"), or ``""``."""
        return _one_line(self.meta.get("date", ""))

    @property
    def sha256(self) -> str:
        """Content hash of the loaded text (what notes are keyed on)."""
        return hashlib.sha256(self.text.encode("utf-8")).hexdigest()


def sanitise(text: str) -> str:
    """Normalise line ends and replace control characters, one for one, so offsets stay exact.

    Every C0/C1 control except newline and tab becomes U+FFFD, so an escape
    sequence in an article is shown, never sent to the terminal.
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\ufeff", "")
    text = text.replace("\u2028", "\n").replace("\u2029", "\n")
    return _CONTROL.sub("\ufffd", text)


_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
#: A terminal's escape sequence (colours, titles, cursor moves: CSI, OSC and two-byte codes)
_TERMINAL_CODE = re.compile(
    r"\x1b\[[0-?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)?|\x1b[@-Z\\-_]"
)
#: Soft hyphens, zero-width spaces and word joiners: left inside words by a copied web page
_INVISIBLE = re.compile("[\u00ad\u200b\u2060]")
#: An HTML character reference left in text copied from a page's source ("&amp;", "&#8217;")
_ENTITY = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")


#: A list item, a table row, a quoted or a Markdown-like line: never joined to another
_LIST_LINE = re.compile(r"[ \t]*(?:[-*•|+>#–—]|\d{1,2}[.)]\s)")
#: A line that stops where no sentence can: after a small word, a comma or a hyphen
_RUNS_ON = re.compile(
    r"(?:\b(?:the|a|an|of|to|in|on|at|by|for|from|with|and|or|but|as|that|than|its|their|his|"
    r"her)|[,-])\Z"
)
_WORD = re.compile(r"[a-z]+", re.IGNORECASE)
_WORD_END = re.compile(r"[a-z]+\Z", re.IGNORECASE)
_HYPHENED = re.compile(r"[a-z]+-[a-z]+")
#: Words that open or close a hyphened compound more often than they are cut from a word
_COMPOUND_HEADS = frozenset(
    "well long short full part self high low year first second third one two three four five six "
    "seven eight nine ten non co ex anti pre post semi multi cross half all over under mid far "
    "near ill world record state left right top life day".split()
)
_COMPOUND_TAILS = frozenset(
    "old year term time based led owned run backed like wide free related scale level style made "
    "known long born up down off in out hit wing".split()
)


def unwrapped(text: str) -> str:
    """Plain text with hard-wrapped paragraphs (lines cut at a fixed width, as copied from a
    PDF or an e-mail) joined: a long line with no sentence end runs on into the next when that
    goes on in lower case, or when the line stops on a small word, a comma or a hyphen; a word
    cut at a hyphen is whole again unless the text writes it hyphened elsewhere or it is a
    compound's ("full-" "time"). A list item goes on
    only in an indented or lower-case line; short lines (headings, bylines) stay as they are."""
    if "\n" not in text:
        return text
    lines = text.split("\n")
    out = [lines[0]]
    words: set[str] | None = None
    for prev, line in zip(lines, lines[1:], strict=False):
        p, nxt = prev.rstrip(), line.lstrip()
        if (
            nxt
            and (len(p.strip()) >= 40 or (p.endswith("-") and len(p.strip()) >= 20))
            and not p.endswith(SENTENCE_END)
            and not _LIST_LINE.match(line)
            # a list item goes on in an indented or lower-case line
            and (not _LIST_LINE.match(prev) or line[:1].isspace() or nxt[0].islower())
            and (nxt[0].islower() or nxt[0].isdigit() or nxt[0] == "(" or _RUNS_ON.search(p))
        ):
            acc = out[-1].rstrip()
            joiner = " "
            if acc.endswith("-") and acc[-2:-1].isalpha() and nxt[0].islower():
                # a word cut at the line's end ("peo-" "ple") is whole again, unless the text
                # writes it with its hyphen elsewhere or it is a compound's ("well-" "known",
                # "full-" "time")
                if words is None:
                    words = set(_HYPHENED.findall(text.lower()))
                head, tail = _WORD_END.search(acc[:-1]), _WORD.match(nxt)
                h, t = (head[0].lower() if head else ""), (tail[0].lower() if tail else "")
                compound = f"{h}-{t}" in words or h in _COMPOUND_HEADS or t in _COMPOUND_TAILS
                acc, joiner = acc[:-1], "-" if compound else ""
            out[-1] = acc + joiner + nxt
        else:
            out.append(line)
    return "\n".join(out)


def unescape_entities(text: str) -> str:
    """Plain text with the HTML character references a copied page left in it decoded ("Fire
    &amp; Rescue" is "Fire & Rescue"); unknown ones are kept as written."""
    if "&" not in text:
        return text
    return _ENTITY.sub(lambda m: html.unescape(m.group()), text)


def decode(data: bytes, name: str) -> str:
    """Bytes to text: BOMs honoured, UTF-8 preferred, Windows-1252/Latin-1 as fallback."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise CompareError(f"cannot read '{name}': broken UTF-16 text") from exc
    if b"\x00" in data:
        raise CompareError(f"cannot read '{name}': it looks like a binary file, not text")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        text = data.decode("latin-1")
    controls = sum(1 for ch in text if unicodedata.category(ch) == "Cc" and ch not in "\n\r\t")
    if controls > max(8, len(text) // 50):
        raise CompareError(f"cannot read '{name}': it looks like a binary file, not text")
    return text


def read_source(path: str) -> tuple[bytes, str | None]:
    """Read raw bytes from a path or ``-`` (standard input), with one-line errors."""
    if path == "-":
        data = sys.stdin.buffer.read(MAX_BYTES + 1)
        if len(data) > MAX_BYTES:
            raise CompareError(f"standard input is larger than the {_mb(MAX_BYTES)} limit")
        return data, None
    p = Path(path)
    try:
        if p.is_dir():
            raise CompareError(f"'{path}' is a directory, not an article")
        size = p.stat().st_size
        if size > MAX_BYTES:
            raise CompareError(f"'{path}' is {_mb(size)}; articles are limited to {_mb(MAX_BYTES)}")
        with p.open("rb") as fh:
            data = fh.read(MAX_BYTES + 1)
    except FileNotFoundError as exc:
        raise CompareError(f"cannot read '{path}': no such file") from exc
    except PermissionError as exc:
        raise CompareError(f"cannot read '{path}': permission denied") from exc
    except IsADirectoryError as exc:
        raise CompareError(f"'{path}' is a directory, not an article") from exc
    except OSError as exc:
        raise CompareError(f"cannot read '{path}': {exc.strerror or exc}") from exc
    if len(data) > MAX_BYTES:
        raise CompareError(f"'{path}' is larger than the {_mb(MAX_BYTES)} limit")
    return data, str(p)


def _mb(n: int) -> str:
    return f"{n / (1024 * 1024):.0f} MB" if n >= 1024 * 1024 else f"{n} bytes"


def load_article(path: str, *, markdown: bool | None = None, unwrap: bool = True) -> Article:
    """Load one article from a path or ``-``; raise CompareError with a one-line message.
    ``unwrap=False`` keeps every line break (one sentence per line)."""
    data, real = read_source(path)
    if markdown is None:
        markdown = real is not None and Path(real).suffix.lower() in MARKDOWN_SUFFIXES
    if real is not None:
        real = _displayable(real)
    name = "standard input" if real is None else _displayable(str(path))
    text = decode(data, name)
    ident = "stdin" if real is None else Path(real).stem
    return article_from_text(
        text, ident=ident, path=real, markdown=markdown, name=name, unwrap=unwrap
    )


def _displayable(path: str) -> str:
    """A path as text that can be printed and saved as UTF-8 (undecodable bytes become U+FFFD)."""
    return path.encode("utf-8", "surrogateescape").decode("utf-8", "replace")


def article_from_text(
    text: str,
    *,
    ident: str,
    path: str | None = None,
    markdown: bool = False,
    name: str | None = None,
    unwrap: bool = True,
) -> Article:
    """Build an Article from decoded text (front matter read, Markdown flattened)."""
    label = name or ident
    if "\x1b" in text:
        text = _TERMINAL_CODE.sub("", text)  # colours from a terminal's copy: not text
    meta, text = _split_front_matter(text.replace("\r\n", "\n").replace("\r", "\n"))
    if "\u00ad" in text or "\u200b" in text or "\u2060" in text:
        text = _INVISIBLE.sub("", text)  # "fire\u00adfighters" is "firefighters"
    headings: tuple[tuple[int, int], ...] = ()
    if markdown:
        from tui.markdown_text import markdown_to_text

        text, headings = markdown_to_text(text, lines=not unwrap)
    else:
        text = unescape_entities(text)
        if unwrap:
            text = unwrapped(text)
    text = sanitise(text)
    if not text.strip():
        raise CompareError(f"'{label}' is empty: there is no text to compare")
    if not markdown:
        headings = _title_line(text)
    title = meta.get("title") or _title_from_text(text, headings) or ident
    source = meta.get("source") or meta.get("url") or (Path(path).name if path else label)
    return Article(
        id=ident,
        title=_one_line(title),
        source=_one_line(source),
        path=path,
        text=text,
        headings=headings,
        meta=meta,
    )


def _split_front_matter(text: str) -> tuple[dict[str, str], str]:
    m = _FRONT_MATTER.match(text.lstrip("\ufeff"))
    if not m:
        return {}, text
    meta: dict[str, str] = {}
    for line in m.group("body").splitlines():
        key, _, value = line.partition(":")
        key = key.strip().lower()
        if key in _META_KEYS:
            meta[key] = value.strip().strip("\"'")
    return meta, text.lstrip("\ufeff")[m.end() :]


def _title_line(text: str) -> tuple[tuple[int, int], ...]:
    """The span of a plain-text article's headline: a first line of up to 120 characters with no
    sentence-ending punctuation, with more text after it (a heading, whatever its case)."""
    from tui.segment import BOILERPLATE, line_kind

    pos = 0
    for line in text.split("\n"):
        start, pos = pos, pos + len(line) + 1
        s = line.strip()
        if not s or line_kind(s) == BOILERPLATE:
            continue
        if len(s) <= 120 and not s.endswith((".", "!", "?", ":", ";", "…")) and text[pos:].strip():
            lead = len(line) - len(line.lstrip())
            return ((start + lead, start + lead + len(s)),)
        return ()
    return ()


def _title_from_text(text: str, headings: tuple[tuple[int, int], ...]) -> str:
    if headings:
        s, e = headings[0]
        return text[s:e]
    from tui.segment import PROSE, line_kind

    lines = [line.strip() for line in text.split("\n") if line.strip()]
    first = next((ln for ln in lines if line_kind(ln) != "boilerplate"), lines[0] if lines else "")
    if line_kind(first) not in (PROSE, "boilerplate"):
        return first
    if len(first) <= 120 and not first.endswith((".", "!", "?", ":")):
        return first
    cut = re.split(r"(?<=[.!?])\s", first, maxsplit=1)[0]
    return cut if len(cut) <= 90 else cut[:87].rsplit(" ", 1)[0] + "…"


def _one_line(s: str) -> str:
    return " ".join(sanitise(s).split())[:200]


def _bundled_dir(name: str) -> Path:
    """A bundled folder (``seeds``, ``themes``) in a wheel install or a source checkout."""
    try:
        cand = Path(str(resources.files("tui") / "_bundled" / name))
        if cand.is_dir():
            return cand
    except (ModuleNotFoundError, TypeError):
        pass
    return Path(__file__).resolve().parent.parent / name


def seeds_dir() -> Path:
    """Where the bundled seed articles are."""
    return _bundled_dir("seeds")


def themes_dir() -> Path:
    """Where the bundled themes are."""
    return _bundled_dir("themes")


ARTICLE_SUFFIXES = frozenset({".txt", ".text", ".md", ".markdown", ".mdown"})


def bundled_seeds() -> list[Article]:
    """All bundled seed articles, in file-name order."""
    return load_directory(str(seeds_dir()))


def load_directory(path: str) -> list[Article]:
    """Every .txt/.md article in a folder, in file-name order."""
    folder = Path(path)
    try:
        files = sorted(p for p in folder.iterdir() if p.suffix.lower() in ARTICLE_SUFFIXES)
    except OSError as exc:
        raise CompareError(f"cannot read folder '{path}': {exc.strerror or exc}") from exc
    if not files:
        raise CompareError(f"'{path}' holds no .txt or .md articles")
    return [load_article(str(p)) for p in files if p.is_file()]


def load_many(paths: list[str]) -> list[Article]:
    """Articles from files, folders and ``-``, in the order given; duplicates by content kept once."""
    out: list[Article] = []
    for p in paths:
        if p != "-" and os.path.isdir(p):
            out.extend(load_directory(p))
        else:
            out.append(load_article(p))
    seen: set[str] = set()
    unique: list[Article] = []
    for art in out:
        if art.sha256 not in seen:
            seen.add(art.sha256)
            unique.append(art)
    return _unique_ids(unique)


def _unique_ids(arts: list[Article]) -> list[Article]:
    from dataclasses import replace

    used: dict[str, int] = {}
    out = []
    for a in arts:
        n = used.get(a.id, 0)
        used[a.id] = n + 1
        out.append(a if n == 0 else replace(a, id=f"{a.id}-{n + 1}"))
    return out
