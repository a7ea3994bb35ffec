"""The ``compare`` command: the app, or ``compare export`` headless. Never imports textual here."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from tui import __version__
from tui.errors import CompareError

if TYPE_CHECKING:
    from tui.articles import Article

_DESCRIPTION = """\
Compare news articles side by side: sentences aligned by topic, differing numbers, quotes and
wording highlighted, sources and entities listed, notes saved as Markdown.

  compare                    open the bundled seed articles
  compare A B [C ...]        open these files (.txt, .md, - for standard input)
  compare DIR                open every .txt/.md article in a folder
  compare export A B         write the comparison to standard output (see 'compare export -h')
  compare overview [A B ...] one article's claims against all the others (see 'compare overview -h')
"""


def _threshold(value: str) -> float:
    try:
        t = float(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {value!r}") from None
    if not 0.0 <= t <= 1.0:
        raise argparse.ArgumentTypeError("must be between 0 and 1")
    return t


def _app_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="compare",
        description=_DESCRIPTION,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument("paths", nargs="*", help="articles or folders; none opens the bundled seeds")
    p.add_argument("--theme", help="theme name for this session (see themes/)")
    p.add_argument("--threshold", type=_threshold, help="alignment threshold, 0..1")
    p.add_argument("--version", action="version", version=f"compare {__version__}")
    return p


def _export_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="compare export",
        description="Compare two articles without the interface and write the result.",
    )
    p.add_argument("a", help="article A (.txt, .md, or - for standard input)")
    p.add_argument("b", help="article B")
    p.add_argument("--format", choices=("md", "json", "html"), default="md", help="default: md")
    p.add_argument(
        "-o", "--output", help="write here instead of standard output (- is standard output)"
    )
    p.add_argument("--force", action="store_true", help="replace an existing output file")
    p.add_argument(
        "--split",
        choices=("sentences", "lines"),
        default="sentences",
        help="'lines' takes each non-empty line as one sentence",
    )
    p.add_argument("--threshold", type=_threshold, help="alignment threshold, 0..1")
    p.add_argument(
        "--notes", action="store_true", help="include the notes saved in the app for this pair"
    )
    return p


def _overview_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="compare overview",
        description="One article's claims against every other article: who else reports each, "
        "whose figures differ, and what the others have that it lacks.",
    )
    p.add_argument("paths", nargs="*", help="articles or folders; none takes the bundled seeds")
    p.add_argument(
        "--pivot",
        default="A",
        help="the article whose claims are listed: its letter (A, B, ...) or number; default A",
    )
    p.add_argument("--format", choices=("md", "json", "html"), default="md", help="default: md")
    p.add_argument(
        "-o", "--output", help="write here instead of standard output (- is standard output)"
    )
    p.add_argument("--force", action="store_true", help="replace an existing output file")
    p.add_argument("--threshold", type=_threshold, help="alignment threshold, 0..1")
    return p


def _pivot(value: str, n: int) -> int:
    """The article index a ``--pivot`` value names (a letter or a 1-based number)."""
    v = value.strip().upper()
    if v.isdecimal() and v.isascii() and 1 <= int(v) <= n:
        return int(v) - 1
    if len(v) == 1 and "A" <= v <= "Z" and ord(v) - ord("A") < min(n, 26):
        return ord(v) - ord("A")
    raise CompareError(
        f"--pivot {value!r}: give a letter A..{chr(ord('A') + min(n, 26) - 1)} or 1..{n}"
    )


def _write(text: str, output: str | None, force: bool, articles: Iterable[Article] = ()) -> None:
    """Write ``text`` to ``output`` (standard output for none or ``-``), never over an article
    it was made from, even with ``force``."""
    if output and output != "-":
        from tui.export import write_export

        target = Path(output).resolve()
        if any(a.path and Path(a.path).resolve() == target for a in articles):
            raise CompareError(f"'{output}' is one of the articles compared; write elsewhere")
        write_export(Path(output), text, force=force)
        _say(f"wrote {output}")
    else:
        sys.stdout.write(text)
        sys.stdout.flush()


def run_overview(argv: list[str]) -> int:
    """``compare overview``: load, compare the pivot with each other article, render, write."""
    args = _overview_parser().parse_args(argv)
    from tui.articles import bundled_seeds, load_many
    from tui.comparison import Corpus
    from tui.export import render_overview
    from tui.overview import overview

    articles = load_many(args.paths) if args.paths else bundled_seeds()
    if len(articles) < 2:
        raise CompareError("an overview needs two or more different articles")
    pivot = _pivot(args.pivot, len(articles))
    ov = overview(Corpus(articles), pivot, threshold=args.threshold)
    _write(render_overview(ov, args.format), args.output, args.force, articles)
    return 0


def _say(message: str) -> None:
    """One line on standard error; control characters (from file names) shown escaped."""
    shown = "".join(repr(ch)[1:-1] if ch < " " or "\x7f" <= ch <= "\x9f" else ch for ch in message)
    print(f"compare: {shown}", file=sys.stderr)


def _err(message: str) -> int:
    _say(message)
    return 2 if message.startswith("usage") else 1


def run_export(argv: list[str]) -> int:
    """``compare export``: load, compare, render, write."""
    args = _export_parser().parse_args(argv)
    from tui.align import DEFAULT_THRESHOLD
    from tui.articles import load_article
    from tui.comparison import Corpus
    from tui.export import render

    if args.a == "-" and args.b == "-":
        raise CompareError("only one article can come from standard input")
    unwrap = args.split != "lines"  # one sentence per line: every line break kept
    a, b = load_article(args.a, unwrap=unwrap), load_article(args.b, unwrap=unwrap)
    if a.sha256 == b.sha256:
        _say("note: both articles have the same text")
    corpus = Corpus([a, b], lines=args.split == "lines")
    threshold = DEFAULT_THRESHOLD if args.threshold is None else args.threshold
    cmp = corpus.compare(0, 1, threshold=threshold)
    notes, lost = {}, []
    if args.notes:
        from tui.notes import NoteStore

        store = NoteStore.open(a, b)
        if store.warning:
            _say(f"warning: {store.warning}")
        message = store.place(*([s.text for s in x.sentences] for x in (cmp.a, cmp.b)))
        if message:
            _say(message)
        notes, lost = store.notes, store.lost
    _write(render(cmp, args.format, notes, lost=lost), args.output, args.force, (a, b))
    return 0


def run_app(argv: list[str]) -> int:
    """Open the interface on the given articles (or the seeds)."""
    args = _app_parser().parse_args(argv)
    from tui.articles import bundled_seeds, load_many

    articles = load_many(args.paths) if args.paths else bundled_seeds()
    if len(articles) < 2:
        raise CompareError(
            "need two different articles to compare"
            + (" (both have the same text)" if len(args.paths) >= 2 else "")
        )
    if not sys.stdout.isatty():
        raise CompareError("the interface needs a terminal; use 'compare export' for scripts")
    if "-" in args.paths and not sys.stdin.isatty():
        _keys_from_terminal()
    from tui.ui.app import CompareApp

    app = CompareApp(articles, theme=args.theme, threshold=args.threshold)
    app.run()
    return app.return_code or 0


def _keys_from_terminal() -> None:
    """Read keys from the terminal once an article was read from standard input."""
    try:
        fd = os.open("/dev/tty", os.O_RDONLY)
    except OSError:
        raise CompareError(
            "an article came from standard input and there is no terminal to read keys from"
        ) from None
    os.dup2(fd, 0)
    os.close(fd)


def main(argv: list[str] | None = None) -> int:
    """Entry point; returns the exit code."""
    argv = sys.argv[1:] if argv is None else list(argv)
    try:
        if argv and argv[0] == "export":
            return run_export(argv[1:])
        if argv and argv[0] == "overview":
            return run_overview(argv[1:])
        return run_app(argv)
    except CompareError as exc:
        return _err(str(exc))
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 0
