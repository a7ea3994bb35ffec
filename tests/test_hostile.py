"""Hostile and broken input, through ``compare export`` (a real process) and through the app.

Every case either works, showing the article text literally (markup and escape codes are shown,
never interpreted), or is refused with one ``compare: ...`` line and a non-zero exit. Never a
traceback, never a hang.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

from tui import cli
from tui.articles import MAX_BYTES, load_article
from tui.comparison import MAX_SENTENCES
from tui.segment import split_sentences

ROOT = Path(__file__).resolve().parent.parent
TIMEOUT = 60

BASE = (
    "Officials said 1,200 people left the city on Monday, according to the mayor.\n\n"
    "The river rose by 3 metres overnight. Schools stayed closed.\n"
)
MARKUP = (
    "Police said [bold]x[/bold] and [/] left; see [sic] and [link=http://x]y[/link] "
    "then [@click=app.quit]q[/] here."
)


@dataclass(frozen=True)
class Case:
    """A hostile input: how to write it, and what must come of it."""

    write: Callable[[Path], None]
    #: Substrings that must appear (literally) in the loaded article's sentences.
    shows: tuple[str, ...] = ()
    #: A regex the one-line refusal must match; None means the input must work.
    refused: str | None = None


def _bytes(data: bytes) -> Callable[[Path], None]:
    return lambda p: p.write_bytes(data)


def _text(text: str) -> Callable[[Path], None]:
    return lambda p: p.write_bytes(text.encode("utf-8"))


def _big(p: Path) -> None:
    line = b"A sentence of ordinary text that goes on. "
    with p.open("wb") as fh:
        for _ in range(20 * 1024 * 1024 // len(line) + 1):
            fh.write(line)


def _tiny_sentences(p: Path) -> None:
    p.write_text(" ".join(f"Go {i}." for i in range(50_000)), encoding="utf-8")


CASES: dict[str, Case] = {
    "empty": Case(_bytes(b""), refused=r"is empty"),
    "whitespace": Case(_bytes(b"  \n\t\n \r\n   "), refused=r"is empty"),
    "nul-bytes": Case(_bytes(b"Some text\x00\x01\x02 more text.\n"), refused=r"binary"),
    "binary": Case(_bytes(bytes(range(256)) * 16), refused=r"binary"),
    "latin-1": Case(
        _bytes("Le café et le résumé sont prêts. Voilà.\n".encode("latin-1")),
        shows=("café", "résumé", "Voilà."),
    ),
    "utf-16-bom": Case(
        _bytes("Hello from UTF-16 text. Ça marche bien.\n".encode("utf-16")),
        shows=("Hello from UTF-16 text.", "Ça marche bien."),
    ),
    "crlf-and-cr": Case(
        _bytes(b"Line one is here.\r\nLine two is here.\rLine three is here.\r\n"),
        shows=("Line one is here.", "Line two is here.", "Line three is here."),
    ),
    "one-megabyte-line": Case(_text(("word " * 210_000).strip() + "."), shows=("word word",)),
    "twenty-megabytes": Case(_big, refused=rf"limited to {MAX_BYTES // (1024 * 1024)} MB"),
    "markup": Case(
        _text(MARKUP + "\n"),
        shows=(
            "[bold]x[/bold]",
            "[/]",
            "[sic]",
            "[link=http://x]y[/link]",
            "[@click=app.quit]q[/]",
        ),
    ),
    "ansi-and-controls": Case(
        _text("This is \x1b[31mRED\x1b[0m text with a bell \x07 and a CSI \x9b here.\n"),
        shows=("This is RED text with a bell",),  # a terminal's colour codes are no text
    ),
    "right-to-left": Case(
        _text("مرحبا بالعالم. هذا نص عربي.\nשלום עולם. זה טקסט בעברית.\n"),
        shows=("مرحبا بالعالم.", "שלום עולם."),
    ),
    "emoji-and-combining": Case(
        _text("Emoji 👍🏽 and 👨\u200d👩\u200d👧 family. Combining e\u0301 and a\u0308 marks.\n"),
        shows=("👍🏽", "👨\u200d👩\u200d👧", "e\u0301"),
    ),
    "cjk-and-cyrillic": Case(
        _text(
            "北京是中国的首都。东京是日本的首都。\nМосква — столица России. Киев — столица Украины.\n"
        ),
        shows=("北京是中国的首都。", "Москва — столица России."),
    ),
    "long-word-and-url": Case(
        _text("Start " + "x" * 5000 + " end. See https://example.com/" + "a/" * 1000 + " now.\n"),
        shows=("x" * 5000, "https://example.com/a/a/"),
    ),
}

WORKING = [name for name, c in CASES.items() if c.refused is None]
#: The 1 MB line takes seconds to analyse; it runs once per surface, not once per format.
WORKING_SMALL = [name for name in WORKING if name != "one-megabyte-line"]
REFUSED = [name for name, c in CASES.items() if c.refused is not None]


@pytest.fixture
def base(tmp_path) -> Path:
    p = tmp_path / "base.txt"
    p.write_text(BASE, encoding="utf-8")
    return p


def _make(tmp_path: Path, name: str) -> Path:
    p = tmp_path / f"{name}.txt"
    CASES[name].write(p)
    return p


def _run(*args: str, stdin: bytes | None = None, cwd: Path | None = None):
    return subprocess.run(
        [sys.executable, "-m", "tui", *args],
        input=stdin,
        capture_output=True,
        timeout=TIMEOUT,
        cwd=cwd or ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )


def _assert_refused(rc: int, stderr: str, pattern: str) -> None:
    assert rc != 0
    assert "Traceback" not in stderr
    lines = stderr.strip().splitlines()
    assert len(lines) == 1, stderr
    assert lines[0].startswith("compare: "), stderr
    assert re.search(pattern, lines[0]), lines[0]


# -- compare export, in a real process ---------------------------------------------------------


@pytest.mark.parametrize("name", CASES)
def test_export_json(tmp_path, base, name):
    case = CASES[name]
    bad = _make(tmp_path, name)
    r = _run("export", str(base), str(bad), "--format", "json")
    err = r.stderr.decode("utf-8", "replace")
    assert "Traceback" not in err
    if case.refused:
        _assert_refused(r.returncode, err, case.refused)
        assert r.stdout == b""
        return
    assert r.returncode == 0, err
    assert b"\x1b" not in r.stdout
    data = json.loads(r.stdout)
    text = "\n".join(s["text"] for s in data["b"]["sentences"])
    for needle in case.shows:
        assert needle in text
    for s in data["b"]["sentences"]:
        assert "\r" not in s["text"]


@pytest.mark.parametrize("fmt", ["md", "html"])
@pytest.mark.parametrize("name", WORKING_SMALL)
def test_export_md_html_in_process(tmp_path, base, name, fmt, capsys):
    bad = _make(tmp_path, name)
    rc = cli.main(["export", str(base), str(bad), "--format", fmt])
    out, err = capsys.readouterr()
    assert rc == 0, err
    assert "\x1b" not in out and "\x07" not in out and "\x9b" not in out
    if name == "markup" and fmt == "html":
        assert "[bold]x[/bold]" in out and "[@click=app.quit]q[/]" in out
    if name == "markup" and fmt == "md":
        assert r"\[bold\]x\[/bold\]" in out


def test_export_markup_and_escape_codes_end_to_end(tmp_path, base):
    """Both hostile sides at once, every format: literal text, no ESC byte."""
    markup, ansi = _make(tmp_path, "markup"), _make(tmp_path, "ansi-and-controls")
    for fmt in ("json", "md", "html"):
        r = _run("export", str(markup), str(ansi), "--format", fmt)
        assert r.returncode == 0, r.stderr
        assert b"\x1b" not in r.stdout and b"\x07" not in r.stdout
        out = r.stdout.decode("utf-8")
        assert "This is RED text" in out and "[31m" not in out.replace("\\[", "[")
        assert "[sic]" in out.replace("\\[", "[").replace("\\]", "]")


@pytest.mark.parametrize(
    ("make", "pattern"),
    [
        (lambda t: t / "missing.txt", r"no such file"),
        (lambda t: (t / "folder").mkdir() or t / "folder", r"is a directory"),
    ],
    ids=["missing", "directory"],
)
def test_export_unreadable_paths(tmp_path, base, make, pattern):
    r = _run("export", str(base), str(make(tmp_path)))
    _assert_refused(r.returncode, r.stderr.decode(), pattern)


def _unreadable(tmp_path: Path) -> Path:
    p = tmp_path / "secret.txt"
    p.write_text("Secret text. Nobody may read it.\n", encoding="utf-8")
    p.chmod(0)
    if os.access(p, os.R_OK):
        pytest.skip("running as root: chmod 000 does not block reading (see the in-process test)")
    return p


def test_export_permission_denied(tmp_path, base):
    r = _run("export", str(base), str(_unreadable(tmp_path)))
    _assert_refused(r.returncode, r.stderr.decode(), r"permission denied")


def _deny_open(monkeypatch, name: str) -> None:
    real_open = Path.open

    def fake_open(self, *args, **kwargs):
        if self.name == name:
            raise PermissionError(13, "Permission denied", str(self))
        return real_open(self, *args, **kwargs)

    monkeypatch.setattr(Path, "open", fake_open)


def test_export_permission_denied_in_process(tmp_path, base, monkeypatch, capsys):
    other = tmp_path / "secret.txt"
    other.write_text("Secret text. Nobody may read it.\n", encoding="utf-8")
    _deny_open(monkeypatch, "secret.txt")
    rc = cli.main(["export", str(base), str(other)])
    _assert_refused(rc, capsys.readouterr().err, r"cannot read .*secret\.txt.*permission denied")


def test_export_same_file_twice_works_with_a_note(base):
    r = _run("export", str(base), str(base), "--format", "json")
    err = r.stderr.decode()
    assert r.returncode == 0, err
    assert "Traceback" not in err
    assert "same text" in err
    assert json.loads(r.stdout)["links"]


def test_export_one_article_is_a_usage_error(base):
    r = _run("export", str(base))
    err = r.stderr.decode()
    assert r.returncode == 2
    assert "Traceback" not in err
    assert "usage: compare export" in err and "required: b" in err


def test_export_both_from_stdin_refused():
    r = _run("export", "-", "-", stdin=b"Some text here.\n")
    _assert_refused(r.returncode, r.stderr.decode(), r"standard input")


def test_export_binary_on_stdin_refused(base):
    r = _run("export", str(base), "-", stdin=b"\x00\x01binary\x00")
    _assert_refused(r.returncode, r.stderr.decode(), r"standard input.*binary")


def test_export_fifty_thousand_sentences_refused_quickly(tmp_path, base):
    p = tmp_path / "many.txt"
    _tiny_sentences(p)
    r = _run("export", str(base), str(p))
    _assert_refused(r.returncode, r.stderr.decode(), rf"the limit is {MAX_SENTENCES:,}")


# -- the app: load-time errors go through cli.main before the app starts -----------------------


@pytest.mark.parametrize("name", REFUSED)
def test_app_refuses_bad_file_before_starting(tmp_path, base, name, capsys):
    bad = _make(tmp_path, name)
    rc = cli.main([str(base), str(bad)])
    _assert_refused(rc, capsys.readouterr().err, CASES[name].refused)


@pytest.mark.parametrize(
    ("make", "pattern"),
    [
        (lambda t: t / "missing.txt", r"no such file"),
        (lambda t: (t / "folder").mkdir() or t / "folder", r"holds no \.txt or \.md articles"),
    ],
    ids=["missing", "empty-directory"],
)
def test_app_unreadable_paths(tmp_path, base, make, pattern, capsys):
    rc = cli.main([str(base), str(make(tmp_path))])
    _assert_refused(rc, capsys.readouterr().err, pattern)


def test_app_permission_denied(tmp_path, base, capsys):
    rc = cli.main([str(base), str(_unreadable(tmp_path))])
    _assert_refused(rc, capsys.readouterr().err, r"permission denied")


def test_app_permission_denied_in_process(tmp_path, base, monkeypatch, capsys):
    other = tmp_path / "secret.txt"
    other.write_text("Secret text. Nobody may read it.\n", encoding="utf-8")
    _deny_open(monkeypatch, "secret.txt")
    rc = cli.main([str(base), str(other)])
    _assert_refused(rc, capsys.readouterr().err, r"permission denied")


def test_app_same_file_twice_needs_two_articles(base, capsys):
    rc = cli.main([str(base), str(base)])
    _assert_refused(rc, capsys.readouterr().err, r"need two different articles.*same text")


def test_app_loads_hostile_files_then_wants_a_terminal(tmp_path, base, capsys):
    """Loading succeeds for every working case; without a terminal the app says so in one line."""
    paths = [str(_make(tmp_path, n)) for n in WORKING]
    rc = cli.main([str(base), *paths])
    _assert_refused(rc, capsys.readouterr().err, r"needs a terminal")


# -- the app through Pilot ---------------------------------------------------------------------


def _recording_app(articles, notes: list[tuple[str, str]]):
    from tui.ui.app import CompareApp

    app = CompareApp(articles)
    real_notify = app.notify

    def notify(message, *, severity="information", **kwargs):
        notes.append((str(message), severity))
        real_notify(message, severity=severity, **kwargs)

    app.notify = notify
    return app


async def _settle(app, pilot) -> None:
    """Wait for the alignment worker; a failed worker is the app's to report, not ours."""
    from textual.worker import WorkerFailed

    with contextlib.suppress(WorkerFailed):
        await app.workers.wait_for_complete()
    await pilot.pause()


def _shown(message: str) -> str:
    """A notification as the user reads it (its markup must parse)."""
    from textual.content import Content

    return Content.from_markup(message).plain


def _screen_text(pane) -> str:
    return "\n".join(pane.render_line(y).text for y in range(pane.size.height))


KEYS = ["j", "j", "k", "n", "N", "u", "J", "K", "enter", "s", "s", "question_mark", "escape"]
#: Swapping re-wraps every line: seconds for the 1 MB article, so it is left out there.
KEYS_BIG = ["j", "k", "n", "u", "J", "enter", "question_mark", "escape"]


@pytest.mark.parametrize("name", WORKING)
async def test_app_shows_hostile_text_literally(tmp_path, base, name, monkeypatch):
    monkeypatch.chdir(tmp_path)
    case = CASES[name]
    articles = [load_article(str(base)), load_article(str(_make(tmp_path, name)))]
    notes: list[tuple[str, str]] = []
    app = _recording_app(articles, notes)
    async with app.run_test(size=(160, 45)) as pilot:
        await _settle(app, pilot)
        assert app.cmp is not None, notes
        pane = app.query_one("#pane-b")
        text = "\n".join(s.text for s in pane.analysis.sentences)
        for needle in case.shows:
            assert needle in text
        for key in KEYS_BIG if name == "one-megabyte-line" else KEYS:
            await pilot.press(key)
        await pilot.pause()
        pane = app.query_one("#pane-b")
        pane.scroll_to(y=0, animate=False, immediate=True)
        await pilot.pause()
        screen = _screen_text(pane)
        assert "\x1b" not in screen
        if name == "markup":
            assert "[bold]x[/bold]" in screen
            assert "[sic]" in screen
        if name == "ansi-and-controls":
            assert "This is RED text" in screen and "[31m" not in screen
        await pilot.press("e")
        await pilot.pause()
        assert app.last_export is not None and app.last_export.exists(), notes
        assert not [n for n in notes if n[1] == "error"], notes
        for message, _ in notes:
            _shown(message)
    assert app.return_code in (None, 0)


async def test_app_search_for_markup_text(tmp_path, base):
    articles = [load_article(str(base)), load_article(str(_make(tmp_path, "markup")))]
    notes: list[tuple[str, str]] = []
    app = _recording_app(articles, notes)
    async with app.run_test(size=(160, 45)) as pilot:
        await _settle(app, pilot)
        await pilot.press("slash")
        await pilot.press(*"[sic]")
        await pilot.press("enter")
        await pilot.pause()
        detail = str(app.query_one("#detail").render())
        assert "Match 1/1 in B0" in detail
        await pilot.press("escape")
        await pilot.press("slash")
        await pilot.press(*"[/nothing]")
        await pilot.press("enter")
        await pilot.pause()
        assert any("No match for '[/nothing]'" in _shown(m) for m, _ in notes), notes


async def test_app_too_many_sentences_is_a_notification(tmp_path, base):
    many = tmp_path / "many.txt"
    _tiny_sentences(many)
    articles = [load_article(str(base)), load_article(str(many))]
    notes: list[tuple[str, str]] = []
    app = _recording_app(articles, notes)
    async with app.run_test(size=(160, 45)) as pilot:
        await _settle(app, pilot)
        errors = [_shown(m) for m, sev in notes if sev == "error"]
        assert errors and f"the limit is {MAX_SENTENCES:,}" in errors[0], notes
        for key in ["j", "n", "u", "J", "enter", "e"]:
            await pilot.press(key)
        await pilot.pause()
        assert any("Nothing to export" in m for m, _ in notes), notes


async def test_app_export_failure_is_a_notification(tmp_path, base, monkeypatch):
    monkeypatch.chdir(tmp_path)
    articles = [load_article(str(base)), load_article(str(_make(tmp_path, "latin-1")))]
    notes: list[tuple[str, str]] = []
    app = _recording_app(articles, notes)

    def refuse(*_a, **_k):
        raise PermissionError(13, "Permission denied")

    async with app.run_test(size=(160, 45)) as pilot:
        await _settle(app, pilot)
        monkeypatch.setattr("tempfile.mkstemp", refuse)
        await pilot.press("e")
        await pilot.pause()
        errors = [_shown(m) for m, sev in notes if sev == "error"]
        assert errors and "permission denied" in errors[0], notes
    assert list(tmp_path.glob("compare-*")) == []


# -- hostile file names --------------------------------------------------------------------------


def test_file_name_that_is_not_utf8(tmp_path, base):
    """An undecodable file name is shown with U+FFFD; the output stays valid UTF-8."""
    odd = os.path.join(os.fsencode(tmp_path), b"caf\xe9 [b]x [sic].txt")
    with open(odd, "wb") as fh:
        fh.write(b"Officials said 1,300 people left the city.\n")
    out = tmp_path / "out.json"
    r = subprocess.run(
        [sys.executable, "-m", "tui", "export", os.fsencode(base), odd, "--format", "json"]
        + ["-o", str(out)],
        capture_output=True,
        timeout=TIMEOUT,
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT), "LC_ALL": "C.UTF-8"},
    )
    assert r.returncode == 0, r.stderr.decode()
    assert b"Traceback" not in r.stderr
    data = json.loads(out.read_bytes().decode("utf-8"))
    assert data["b"]["path"].endswith("caf\ufffd [b]x [sic].txt")
    assert data["b"]["source"] == "caf\ufffd [b]x [sic].txt"
    for fmt in ("md", "html"):
        r = _run("export", str(base), os.fsdecode(odd), "--format", fmt)
        assert r.returncode == 0 and b"Traceback" not in r.stderr
        r.stdout.decode("utf-8")


def test_file_name_with_escape_codes_and_newline(tmp_path, base):
    missing = tmp_path / "evil\x1b[31mred\nsecond line.txt"
    r = _run("export", str(base), str(missing))
    err = r.stderr.decode()
    _assert_refused(r.returncode, err, r"cannot read .*evil\\x1b\[31mred\\nsecond line\.txt")
    assert "\x1b" not in err


async def test_file_name_with_markup_in_the_app_header(tmp_path, base):
    odd = tmp_path / "[bold]x [sic] [@click=app.quit]q.txt"
    odd.write_text("Officials said 1,300 people left the city.\n", encoding="utf-8")
    art = load_article(str(odd))
    assert art.title == "Officials said 1,300 people left the city."
    assert art.source == odd.name
    notes: list[tuple[str, str]] = []
    app = _recording_app([load_article(str(base)), art], notes)
    async with app.run_test(size=(160, 45)) as pilot:
        await _settle(app, pilot)
        assert "· [bold]x [sic]" in str(app.query_one("#header").render())
        await pilot.press("s", "j")
        await pilot.pause()
        assert app.is_running


HOSTILE_MD = (
    "# [bold]Title[/bold] <script>x</script>\n\n<div>raw html block</div>\n\n"
    "Text with `code [b]` and [link](javascript:alert(1)) and ![img](http://x/y.png).\n\n"
    "| a | b |\n|---|---|\n| 1 | [sic] |\n\n```\n[@click=app.quit]q[/]\n```\n"
)


async def test_hostile_markdown_article(tmp_path, base):
    md = tmp_path / "hostile.md"
    md.write_text(HOSTILE_MD, encoding="utf-8")
    r = _run("export", str(base), str(md), "--format", "html")
    assert r.returncode == 0, r.stderr
    page = r.stdout.decode("utf-8").lower()
    assert "<script" not in page and "javascript:alert(1)" in page and "href=" not in page
    art = load_article(str(md))
    assert art.title == "[bold]Title[/bold] <script>x</script>"
    texts = [s.text for s in split_sentences(art.text, headings=art.headings)]
    assert "[@click=app.quit]q[/]" in texts
    notes: list[tuple[str, str]] = []
    app = _recording_app([load_article(str(base)), art], notes)
    async with app.run_test(size=(160, 45)) as pilot:
        await _settle(app, pilot)
        for keys in (["o"], ["escape"], ["j"], ["a"], ["escape"], ["tab"], ["enter"], ["t"]):
            await pilot.press(*keys)
            await pilot.pause()
        pane = app.query_one("#pane-b")
        pane.scroll_to(y=0, animate=False, immediate=True)
        await pilot.pause()
        assert "[bold]Title[/bold] <script>x</script>" in _screen_text(pane)
        assert app.is_running


def test_markdown_with_only_html_is_empty(tmp_path, base, capsys):
    md = tmp_path / "only.md"
    md.write_text("<div>only html</div>\n", encoding="utf-8")
    rc = cli.main(["export", str(base), str(md)])
    _assert_refused(rc, capsys.readouterr().err, r"only\.md' is empty")
