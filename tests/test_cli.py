"""The command line: help, export formats, output files, exit codes; textual stays unloaded."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tui import __version__, cli

ROOT = Path(__file__).resolve().parent.parent
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))
ENV = {**os.environ, "PYTHONPATH": str(ROOT)}


def _py(*args: str, **kwargs) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, *args], capture_output=True, text=True, timeout=60, cwd=ROOT, env=ENV,
        **kwargs,
    )  # fmt: skip


@pytest.fixture
def pair(tmp_path) -> tuple[str, str]:
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text("Officials said 1,200 people left the city on Monday.\n", encoding="utf-8")
    b.write_text(
        "About 1,300 residents fled the city on Monday, officials said.\n", encoding="utf-8"
    )
    return str(a), str(b)


# -- textual is never imported by the headless paths --------------------------------------------


def test_help_does_not_import_textual():
    r = _py("-X", "importtime", "-m", "tui", "--help")
    assert r.returncode == 0
    assert "compare export A B" in r.stdout
    imported = {line.split("|")[-1].strip() for line in r.stderr.splitlines() if "|" in line}
    assert "tui.cli" in imported
    assert not any(m == "textual" or m.startswith("textual.") for m in imported)


@pytest.mark.parametrize("fmt", ["md", "json", "html"])
def test_export_does_not_import_textual(pair, fmt, tmp_path):
    script = (
        "import sys\n"
        "from tui import cli\n"
        f"rc = cli.main(['export', {pair[0]!r}, {pair[1]!r}, '--format', {fmt!r},"
        f" '-o', {str(tmp_path / ('out.' + fmt))!r}, '--notes'])\n"
        "assert rc == 0, rc\n"
        "loaded = sorted(m for m in sys.modules if m.split('.')[0] == 'textual')\n"
        "assert not loaded, loaded\n"
    )
    r = _py("-c", script)
    assert r.returncode == 0, r.stderr
    assert (tmp_path / f"out.{fmt}").exists()


def test_core_modules_never_import_textual():
    """Every tui module outside tui.ui, imported in a fresh process, leaves textual unloaded."""
    script = (
        "import importlib, pkgutil, sys\n"
        "import tui\n"
        "names = [m.name for m in pkgutil.walk_packages(tui.__path__, 'tui.')\n"
        "         if not m.name.startswith('tui.ui') and m.name != 'tui.__main__']\n"
        "for name in names:\n"
        "    importlib.import_module(name)\n"
        "loaded = sorted(m for m in sys.modules if m.split('.')[0] == 'textual')\n"
        "assert not loaded, loaded\n"
        "print(len(names))\n"
    )
    r = _py("-c", script)
    assert r.returncode == 0, r.stderr
    assert int(r.stdout) >= 15


# -- formats, output, exit codes -----------------------------------------------------------------


def test_export_formats(pair, capsys):
    assert cli.main(["export", *pair]) == 0
    assert capsys.readouterr().out.startswith("# Comparison: ")
    assert cli.main(["export", *pair, "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out)["schema"] == 1
    assert cli.main(["export", *pair, "--format", "html"]) == 0
    assert capsys.readouterr().out.startswith("<!DOCTYPE html>")


def test_export_split_lines(tmp_path, capsys):
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text("One. Two.\nThree.\n", encoding="utf-8")
    b.write_text("Four.\n", encoding="utf-8")
    assert cli.main(["export", str(a), str(b), "--format", "json", "--split", "lines"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert [s["text"] for s in data["a"]["sentences"]] == ["One. Two.", "Three."]
    # a line that would run on into the next in a hard-wrapped article stays a line
    a.write_text("A sentence of evaluation data long enough to wrap, with\nits pair\n")
    assert cli.main(["export", str(a), str(b), "--format", "json", "--split", "lines"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert len(data["a"]["sentences"]) == 2
    # ... in a Markdown file too, whose lines one paragraph would otherwise join
    md = tmp_path / "c.md"
    md.write_text("# Title\n\nOne. Two.\nThree.\nFour\n", encoding="utf-8")
    assert cli.main(["export", str(md), str(b), "--format", "json", "--split", "lines"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert [s["text"] for s in data["a"]["sentences"]] == ["Title", "One. Two.", "Three.", "Four"]


def test_export_threshold_is_used(pair, capsys):
    assert cli.main(["export", *pair, "--format", "json", "--threshold", "0.9"]) == 0
    assert json.loads(capsys.readouterr().out)["threshold"] == 0.9


def test_output_file_then_refusal_then_force(pair, tmp_path, capsys):
    out = tmp_path / "report.json"
    assert cli.main(["export", *pair, "--format", "json", "-o", str(out)]) == 0
    captured = capsys.readouterr()
    assert captured.out == "" and captured.err == f"compare: wrote {out}\n"
    first = out.read_bytes()
    assert json.loads(first)["schema"] == 1
    assert cli.main(["export", *pair, "--format", "md", "-o", str(out)]) == 1
    assert "already exists; use --force" in capsys.readouterr().err
    assert out.read_bytes() == first
    assert cli.main(["export", *pair, "--format", "md", "-o", str(out), "--force"]) == 0
    assert out.read_text(encoding="utf-8").startswith("# Comparison: ")


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["export", "a.txt"], "the following arguments are required: b"),
        (["export", "a.txt", "b.txt", "--format", "pdf"], "invalid choice: 'pdf'"),
        (["export", "a.txt", "b.txt", "--threshold", "2"], "must be between 0 and 1"),
        (["export", "a.txt", "b.txt", "--threshold", "x"], "not a number: 'x'"),
        (["--threshold", "-1"], "must be between 0 and 1"),
        (["--bogus"], "unrecognized arguments: --bogus"),
    ],
)
def test_usage_errors_exit_2(argv, message, capsys):
    with pytest.raises(SystemExit) as info:
        cli.main(argv)
    assert info.value.code == 2
    err = capsys.readouterr().err
    assert message in err and "Traceback" not in err


def test_usage_error_in_a_process_has_no_traceback():
    r = _py("-m", "tui", "export", "only-one.txt")
    assert r.returncode == 2
    assert r.stderr.startswith("usage: compare export")
    assert "Traceback" not in r.stderr


def test_missing_file_exits_1(pair, capsys):
    assert cli.main(["export", pair[0], "nope.txt"]) == 1
    assert capsys.readouterr().err == "compare: cannot read 'nope.txt': no such file\n"


def test_version():
    r = _py("-m", "tui", "--version")
    assert r.returncode == 0 and r.stdout.strip() == f"compare {__version__}"


def test_app_without_a_terminal_is_refused(pair, capsys):
    assert cli.main(list(pair)) == 1
    assert capsys.readouterr().err == (
        "compare: the interface needs a terminal; use 'compare export' for scripts\n"
    )


def test_app_with_an_article_on_stdin_reads_keys_from_the_terminal(pair):
    # keys come from the terminal, not the piped article: with no terminal to open (a new
    # session has none), a one-line error instead of an app deaf to every key
    import pty

    main_fd, sub_fd = pty.openpty()
    try:
        with open(pair[1], "rb") as stdin:
            done = subprocess.run(
                [sys.executable, "-m", "tui", pair[0], "-"],
                stdin=stdin, stdout=sub_fd, stderr=subprocess.PIPE, text=True, timeout=60,
                cwd=ROOT, env=ENV, start_new_session=True,
            )  # fmt: skip
    finally:
        os.close(main_fd)
        os.close(sub_fd)
    assert done.returncode == 1
    assert done.stderr == (
        "compare: an article came from standard input and there is no terminal to read keys from\n"
    )


def test_an_output_never_replaces_an_article_compared_even_with_force(pair, tmp_path, capsys):
    before = Path(pair[1]).read_bytes()
    for argv in (
        ["export", *pair, "-o", pair[1], "--force"],
        ["overview", *pair, "-o", pair[1], "--force"],
    ):
        assert cli.main(argv) == 1
        assert capsys.readouterr().err == (
            f"compare: '{pair[1]}' is one of the articles compared; write elsewhere\n"
        )
    assert Path(pair[1]).read_bytes() == before
    # "-" is standard output, and a folder is no file to write
    assert cli.main(["export", *pair, "-o", "-", "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out)["schema"] == 1
    assert cli.main(["export", *pair, "-o", str(tmp_path)]) == 1
    assert "is a directory; give a file name" in capsys.readouterr().err


def test_export_to_closed_pipe_is_quiet():
    """``compare export … | head -c1``: the reader goes away, no traceback."""
    big = [str(SEEDS[0]), str(SEEDS[3]), "--format", "json"]
    p = subprocess.Popen(
        [sys.executable, "-m", "tui", "export", *big],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        cwd=ROOT,
        env=ENV,
    )
    p.stdout.read(1)
    p.stdout.close()
    err = p.stderr.read().decode()
    p.wait(timeout=60)
    assert "Traceback" not in err


def test_threshold_zero_is_not_the_default(pair, capsys):
    assert cli.main(["export", *pair, "--format", "json", "--threshold", "0"]) == 0
    assert json.loads(capsys.readouterr().out)["threshold"] == 0.0


def test_export_notes_reports_a_damaged_notes_file(pair, capsys):
    from tui.articles import load_article
    from tui.notes import NoteStore

    path = NoteStore(load_article(pair[0]), load_article(pair[1])).path
    path.parent.mkdir(parents=True)
    path.write_text("{broken", encoding="utf-8")
    assert cli.main(["export", *pair, "--notes"]) == 0
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and err[0].startswith("compare: warning: notes file was damaged; kept it")
    kept = [p for p in path.parent.iterdir() if ".damaged" in p.name]
    assert [p.read_text(encoding="utf-8") for p in kept] == ["{broken"]


def test_export_notes_follow_an_edited_article(pair, capsys):
    from tui.articles import load_article
    from tui.comparison import Corpus
    from tui.notes import NoteStore

    a, b = (load_article(p) for p in pair)
    cmp = Corpus([a, b]).compare(0, 1)
    p = cmp.pairs[0]
    store = NoteStore.open(a, b)
    texts = {
        "a_texts": [cmp.a.sentences[i].text for i in p.a],
        "b_texts": [cmp.b.sentences[j].text for j in p.b],
    }
    store.set_note(p.a, p.b, "moved along", **texts)
    store.save()
    Path(pair[0]).write_text("A new lead.\n\n" + a.text, encoding="utf-8")
    assert cli.main(["export", *pair, "--notes", "--format", "json"]) == 0
    out = capsys.readouterr()
    assert "carried over" in out.err
    data = json.loads(out.out)
    (noted,) = [lk for lk in data["links"] if lk["note"]]
    assert noted["note"] == "moved along" and noted["a"] == [i + 1 for i in p.a]
    assert data["lost_notes"] == []
    Path(pair[0]).write_text("Nothing of the kind.", encoding="utf-8")
    assert cli.main(["export", *pair, "--notes", "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert [n["note"] for n in data["lost_notes"]] == ["moved along"]


# -- compare overview: one article against all the others ------------------------------------


def test_overview_lists_who_reports_each_claim_and_whose_figures_differ(capsys):
    assert cli.main(["overview", *map(str, SEEDS)]) == 0
    md = capsys.readouterr().out
    assert md.startswith("# Overview: ") and "against 4 other articles" in md
    (row,) = [ln for ln in md.splitlines() if ln.startswith("| A12 |")]
    assert row.count("**figures differ**") >= 1 and row.endswith(" |")
    figures = md.split("## Figures that differ")[1].split("##")[0]
    assert "D4 says at least 10,000 where A says approximately 11,000 (troops): **differs**" in (
        figures
    )
    assert "E9 says approximately 200 where A says over 1,000" in figures
    assert "## Reported by A alone" in md and "## Not in A" in md


def test_overview_json_and_pivot(capsys):
    assert cli.main(["overview", "--pivot", "3", "--format", "json", *map(str, SEEDS)]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["kind"] == "overview" and data["pivot"] == "C" and data["schema"] == 1
    assert [a["label"] for a in data["articles"]] == ["C", "A", "B", "D", "E"]
    assert set(data["not_in_pivot"]) == {"A", "B", "D", "E"}
    prose = [k for k, s in enumerate(data["articles"][0]["sentences"]) if s["kind"] == "prose"]
    assert [r["sentence"] for r in data["rows"]] == prose
    reported = [r for r in data["rows"] if r["reports"]]
    assert reported and all(
        v["sentences"] and v["level"] for r in reported for v in r["reports"].values()
    )


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["overview", "--pivot", "Z"], "--pivot 'Z': give a letter A..E or 1..5"),
        (["overview", "--pivot", "0"], "--pivot '0'"),
        (["overview", "--pivot", "ß"], "--pivot 'ß'"),
        (["overview", "--pivot", "²"], "--pivot '²'"),
        (["overview", str(SEEDS[0])], "needs two or more different articles"),
    ],
)
def test_overview_bad_input_is_one_line(argv, message, capsys):
    assert cli.main(argv) == 1
    err = capsys.readouterr().err
    assert message in err and err.count("\n") == 1


def test_overview_does_not_import_textual(tmp_path):
    out = tmp_path / "o.html"
    script = (
        "import sys\n"
        "from tui import cli\n"
        f"assert cli.main(['overview', '--format', 'html', '-o', {str(out)!r}]) == 0\n"
        "assert not [m for m in sys.modules if m.split('.')[0] == 'textual']\n"
    )
    r = _py("-c", script)
    assert r.returncode == 0, r.stderr
    assert out.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    assert cli.main(["overview", "-o", str(out)]) == 1  # never replaced without --force
