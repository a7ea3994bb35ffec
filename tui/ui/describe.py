"""Text for the header and detail bars: a comparison, a pair, an entity, as Content.

Article text only ever enters through ``Content``/``Content.assemble`` strings, never markup.
"""

from __future__ import annotations

from textual.content import Content

from tui.articles import Article
from tui.comparison import Comparison, EntityRow

LEVEL_STYLE = {
    "conflict": "bold reverse $diff-conflict",
    "differ": "bold $diff-differ",
    "words": "$diff-words",
    "topic": "$text-muted",
    "same": "$text-muted",
}
LEVEL_LABEL = {
    "conflict": "numbers conflict",
    "differ": "figures differ",
    "words": "reworded",
    "topic": "same topic, told differently",
    "same": "no flagged difference",
}
STATUS_STYLE = {"conflict": "bold reverse $diff-conflict", "agree": ""}
#: Lines the detail bar shows (its height in app.tcss, less the border).
DETAIL_LINES = 5


def _level_label(p) -> str:
    """The pair's level in words; a conflict names what conflicts."""
    d = p.divergence
    if p.level == "conflict" and not any(n.status == "conflict" for n in d.numbers):
        if any(x.status == "conflict" for x in d.dates) or not d.misattributed:
            return "dates conflict"
        return "attribution conflicts"
    return LEVEL_LABEL.get(p.level, p.level)


def header_content(
    a: Article,
    b: Article,
    summary: dict | None,
    threshold: float,
    follow: bool,
    width: int,
    status: str | None = None,
) -> Content:
    """Two lines: both titles and sources, then the comparison's summary (or a status)."""
    room = max(20, (width - 12) // 2)
    line1 = Content.assemble(
        ("A ", "bold $text-accent"),
        *_title_parts(a, room),
        ("  ⟷  ", "bold $text-accent"),
        ("B ", "bold $text-accent"),
        *_title_parts(b, room),
    )
    if summary is None:
        return Content("\n").join([line1, Content(status or "")])
    s = summary
    line2 = Content.assemble(
        f"{s['pairs']} aligned pairs · coverage A {s['coverage_a']}% B {s['coverage_b']}% · ",
        (
            _count(s["conflicts"], "number conflict"),
            "bold $diff-conflict" if s["conflicts"] else "",
        ),
        f" · {_count(s['number_differences'], 'other number difference')}",
        (
            f" · {_count(s['date_conflicts'], 'date conflict')}" if s["date_conflicts"] else "",
            "bold $diff-conflict",
        ),
        (
            f" · {_count(s['quote_conflicts'], 'misattributed quote')}"
            if s["quote_conflicts"]
            else "",
            "bold $diff-conflict",
        ),
        f" · {s['only_a']} only in A, {s['only_b']} only in B",
        f" · threshold {threshold:.2f}",
        "" if follow else " · follow off",
    )
    return Content("\n").join([line1, line2])


def pair_content(cmp: Comparison, n: int, note: str) -> Content:
    """The detail bar for pair ``n``: score, topic, numbers, attribution, quotes, wording, note."""
    p = cmp.pairs[n]
    d = p.divergence
    parts = [
        Content.assemble(
            (f"Pair {n + 1}/{len(cmp.pairs)}", "bold"),
            f" · A{','.join(map(str, p.a))} ⟷ B{','.join(map(str, p.b))}",
            # a hand link has no score and no topic of its own
            " · linked by hand" if p.manual else f" · score {p.score:.2f} · ",
            ("" if p.manual else p.topic or "", "italic"),
            (f" · {_level_label(p)}", LEVEL_STYLE.get(p.level, "")),
        )
    ]
    for num in d.numbers:
        a_text, b_text = num.shown()
        parts.append(
            Content.assemble(
                "  ",
                (num.unit or "number", "bold"),
                ": A ",
                (a_text, "bold"),
                " vs B ",
                (b_text, "bold"),
                "  ",
                (f" {num.status} ", STATUS_STYLE.get(num.status, "bold $diff-differ")),
            )
        )
    for date in d.dates:
        if date.status != "agree":
            parts.append(
                Content.assemble(
                    "  ",
                    ("date", "bold"),
                    ": A ",
                    (date.a.text, "bold"),
                    " vs B ",
                    (date.b.text, "bold"),
                    "  ",
                    (f" {date.status} ", STATUS_STYLE.get(date.status, "bold $diff-differ")),
                )
            )
    for a_code, b_code in cmp.codes(p):
        parts.append(
            Content.assemble(
                "  ",
                ("identifier", "bold"),
                ": A ",
                (a_code, "bold"),
                " vs B ",
                (b_code, "bold"),
                "  ",
                (" differ ", "bold $diff-differ"),
            )
        )
    if d.attribution_differs:
        parts.append(
            Content.assemble(
                "  attribution: A ",
                (d.attribution_a or "none", "bold"),
                " vs B ",
                (d.attribution_b or "none", "bold"),
                *(
                    ("  ", (" same words, two people ", STATUS_STYLE["conflict"]))
                    if d.misattributed
                    else ()
                ),
            )
        )
    elif d.attribution_unsure:
        parts.append(
            Content.assemble(
                "  credited: A ",
                (d.attribution_a, "bold"),
                " vs B ",
                (d.attribution_b, "bold"),
                ("  one named by role: perhaps one source", "dim"),
            )
        )
    placement = cmp.placement(p)
    if placement:
        parts.append(Content.assemble(("  placement: ", "bold"), placement))
    for q in d.quotes:
        if q.differs:
            parts.append(
                Content.assemble(
                    ("  quoted differently", "bold $diff-words"),
                    ": A ",
                    (", ".join(q.a_words[:8]) or "–", "underline $diff-words"),
                    " · B ",
                    (", ".join(q.b_words[:8]) or "–", "underline $diff-words"),
                )
            )
    if d.words.reworded:
        parts.append(
            Content.assemble(
                "  wording: A ",
                (", ".join(d.words.a[:8]) or "–", "underline $diff-words"),
                " · B ",
                (", ".join(d.words.b[:8]) or "–", "underline $diff-words"),
            )
        )
    if d.quotes and not d.quote_differs and len(parts) < DETAIL_LINES - 1:
        parts.append(Content.styled("  quote: both quote the same words", "$text-muted"))
    parts.append(
        Content.assemble(("  note: ", "bold"), note)
        if note
        else Content.styled("  a adds a note", "$text-muted")
    )
    return Content("\n").join(parts)


def entity_content(row: EntityRow) -> Content:
    """An entity's counts per side and its spellings."""
    verb = "credited" if row.type == "source" else "named"
    only = ""
    if not row.count_a:
        only = f" · {verb} in B only"
    elif not row.count_b:
        only = f" · {verb} in A only"
    kind = "credited as a source" if row.type == "source" else row.type
    return Content.assemble(
        (row.name, "bold"),
        f" ({kind}) · A {row.count_a} · B {row.count_b}{only}",
        "\n  as written: " if row.type == "source" else "\n  spellings: ",
        (" / ".join(row.variants[:10]), "italic"),
    )


def _title_parts(article: Article, room: int) -> tuple[tuple[str, str], tuple[str, str]]:
    source = _clip(article.source, max(8, room // 3))
    title = _clip(article.title, max(8, room - len(source) - 3))
    return (title, "bold"), (f" · {source}", "$text-muted")


def _clip(s: str, n: int) -> str:
    return s if len(s) <= n else s[: n - 1] + "…"


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}" + ("" if n == 1 else "s")
