"""A comparison (plus the user's notes) as JSON, Markdown or one self-contained HTML page."""

from __future__ import annotations

import html
import json
import math
import os
import re
import tempfile
from collections.abc import Mapping, Sequence
from pathlib import Path

from tui.comparison import SCHEMA_VERSION, Analysis, Comparison
from tui.errors import CompareError
from tui.notes import pair_key, parse_key
from tui.overview import Overview, letter
from tui.quantities import NumberDiff
from tui.quotes import QuoteDiff

STATUS_WORD = {
    "conflict": "conflict",
    "differ": "differs",
    "qualifier": "hedge differs",
    "agree": "agrees",
}


def _num(v: float) -> float | int | None:
    """A figure for JSON: None for an open bound, an int when whole, else 12 significant digits
    (the interval of "about 350" is 315-385, not 385.00000000000006)."""
    if math.isinf(v) or math.isnan(v):
        return None
    v = float(f"{v:.12g}")
    return int(v) if v == int(v) else v


def _article_dict(an: Analysis) -> dict:
    art = an.article
    return {
        "id": art.id,
        "title": art.title,
        "source": art.source,
        "date": art.date,
        "path": art.path,
        "sha256": art.sha256,
        "lede": list(an.lede),
        "sentences": [
            {
                "text": s.text,
                "start": s.start,
                "end": s.end,
                "kind": s.kind,
                "paragraph": s.paragraph,
            }
            for s in an.sentences
        ],
    }


def _number_dict(n: NumberDiff) -> dict:
    return {
        "a": n.a.text,
        "b": n.b.text,
        "a_value": _num(n.a.value),
        "b_value": _num(n.b.value),
        "a_interval": [_num(n.a.low), _num(n.a.high)],
        "b_interval": [_num(n.b.low), _num(n.b.high)],
        "a_qualifier": n.a.qualifier,
        "b_qualifier": n.b.qualifier,
        "unit": n.unit,
        # each side's value and interval are in its own unit ("minus 8C" / "about 18F")
        "a_unit": n.a.unit,
        "b_unit": n.b.unit,
        "status": n.status,
    }


def to_dict(
    cmp: Comparison,
    notes: Mapping[str, str] | None = None,
    *,
    lost: Sequence[tuple[str, str, str]] = (),
) -> dict:
    """The public JSON contract (schema 1), with the user's notes keyed by pair (and ``lost``
    notes, whose sentences are no longer found, under ``lost_notes``)."""
    notes = notes or {}
    links = []
    for p in cmp.pairs:
        d = p.divergence
        links.append(
            {
                "a": list(p.a),
                "b": list(p.b),
                "score": round(p.score, 4),
                "topic": p.topic,
                "level": p.level,
                "manual": p.manual,
                "numbers": [_number_dict(n) for n in d.numbers],
                "dates": [
                    {
                        "a": x.a.text,
                        "b": x.b.text,
                        "a_iso": x.a.iso,
                        "b_iso": x.b.iso,
                        "status": x.status,
                    }
                    for x in d.dates
                ],  # fmt: skip
                "words": {"a": list(d.words.a), "b": list(d.words.b)},
                "codes": [{"a": x, "b": y} for x, y in cmp.codes(p)],
                "attribution": {
                    "a": d.attribution_a,
                    "b": d.attribution_b,
                    # the same words credited to two people
                    "misattributed": d.misattributed,
                },
                "placement": cmp.placement(p),
                "quotes": [
                    {
                        "a": cmp.a.article.text[q.a[0] : q.a[1]],
                        "b": cmp.b.article.text[q.b[0] : q.b[1]],
                        "a_span": list(q.a),
                        "b_span": list(q.b),
                        "status": "differs" if q.differs else "same",
                        "words": {"a": list(q.a_words), "b": list(q.b_words)},
                    }
                    for q in d.quotes
                ],
                "note": notes.get(pair_key(p.a, p.b), ""),
            }
        )
    return {
        "schema": SCHEMA_VERSION,
        "a": _article_dict(cmp.a),
        "b": _article_dict(cmp.b),
        "threshold": cmp.threshold,
        "summary": cmp.summary(),
        "links": links,
        "only_a": list(cmp.only_a),
        "only_b": list(cmp.only_b),
        "entities": [
            {
                "name": e.name,
                "type": e.type,
                "variants": list(e.variants),
                "count_a": e.count_a,
                "count_b": e.count_b,
            }
            for e in cmp.entities
        ],
        "sources": [
            {
                "name": e.name,
                "variants": list(e.variants),
                "count_a": e.count_a,
                "count_b": e.count_b,
            }
            for e in cmp.sources
        ],
        "lost_notes": [{"a": qa, "b": qb, "note": text} for qa, qb, text in lost],
        "unlinked_notes": [
            {"a": list(ka), "b": list(kb), "note": text}
            for ka, kb, text in unlinked_notes(cmp, notes)
        ],
    }


def unlinked_notes(
    cmp: Comparison, notes: Mapping[str, str]
) -> list[tuple[tuple[int, ...], tuple[int, ...], str]]:
    """Notes on sentences that are no pair now (the link removed, or under the threshold):
    (A's sentence indices, B's, note), in order."""
    shown = {pair_key(p.a, p.b) for p in cmp.pairs}
    out = []
    for key, text in notes.items():
        if key in shown or not text.strip():
            continue
        try:
            ka, kb = parse_key(key)
        except ValueError:
            continue
        if all(k < len(cmp.a.sentences) for k in ka) and all(k < len(cmp.b.sentences) for k in kb):
            out.append((ka, kb, text))
    return sorted(out)


def to_json(
    cmp: Comparison,
    notes: Mapping[str, str] | None = None,
    *,
    lost: Sequence[tuple[str, str, str]] = (),
) -> str:
    """Deterministic JSON text (sorted keys, stable order)."""
    return (
        json.dumps(to_dict(cmp, notes, lost=lost), ensure_ascii=False, sort_keys=True, indent=2)
        + "\n"
    )


_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+\-.!|<>~&])")


def md_escape(text: str) -> str:
    """Article text made inert in Markdown: every syntax character backslash-escaped."""
    text = re.sub(r"\s+", " ", text)
    return _MD_SPECIAL.sub(r"\\\1", text)


def _marked(an: Analysis, index: int, spans: list[tuple[int, int, str]]) -> str:
    """One sentence as Markdown with spans emphasised (``**`` strong, ``*`` emphasis)."""
    s = an.sentences[index]
    inside = sorted(
        (max(a, s.start), min(b, s.end), style)
        for a, b, style in spans
        if a < s.end and b > s.start
    )
    out, pos = [], s.start
    for a, b, style in inside:
        if a < pos:
            continue
        out.append(md_escape(an.article.text[pos:a]))
        mark = "**" if style == "strong" else "*"
        piece = an.article.text[a:b].strip()
        if piece:
            out.append(f"{mark}{md_escape(piece)}{mark}")
        pos = b
    out.append(md_escape(an.article.text[pos : s.end]))
    return "".join(out)


def _quote_line(q: QuoteDiff) -> str:
    if not q.differs:
        return "- Quote: both quote the same words"
    a = ", ".join(md_escape(w) for w in q.a_words) or "nothing else"
    b = ", ".join(md_escape(w) for w in q.b_words) or "nothing else"
    return f"- **Quote differs**: A quotes {a}; B quotes {b}"


def _figure_line(a_text: str, b_text: str, what: str, status: str) -> str:
    """One compared figure or date: ``- **a** vs **b** (unit): **conflict**``."""
    verdict = STATUS_WORD[status]
    a, b, what = md_escape(a_text), md_escape(b_text), md_escape(what)
    if status == "conflict":
        return f"- **{a}** vs **{b}** ({what}): **{verdict}**"
    return f"- {a} vs {b} ({what}): {verdict}"


_LEVEL_NAME = {"words": "reworded", "topic": "same topic", "same": "no flagged difference"}


def to_markdown(
    cmp: Comparison,
    notes: Mapping[str, str] | None = None,
    *,
    lost: Sequence[tuple[str, str, str]] = (),
) -> str:
    """The annotated comparison as GitHub-friendly Markdown.

    ``lost`` are notes whose sentences are no longer found: (quote of A, quote of B, note).
    """
    notes = notes or {}
    a, b = cmp.a, cmp.b
    summ = cmp.summary()
    unlinked = unlinked_notes(cmp, notes)
    lines = [
        f"# Comparison: {md_escape(a.article.title)} / {md_escape(b.article.title)}",
        "",
        "| | A | B |",
        "|---|---|---|",
        f"| Title | {md_escape(a.article.title)} | {md_escape(b.article.title)} |",
        f"| Source | {md_escape(a.article.source)} | {md_escape(b.article.source)} |",
        *(
            [f"| Date | {md_escape(a.article.date)} | {md_escape(b.article.date)} |"]
            if a.article.date or b.article.date
            else []
        ),
        f"| Sentences | {len(a.sentences)} | {len(b.sentences)} |",
        f"| Coverage | {summ['coverage_a']}% | {summ['coverage_b']}% |",
        f"| Found in this article only | {summ['only_a']} | {summ['only_b']} |",
        "",
        "## Summary",
        "",
        f"- Aligned pairs: {summ['pairs']} (threshold {cmp.threshold:.2f})",
        f"- Pairs with a divergence: {summ['divergences']}",
        f"- Number conflicts: {summ['conflicts']}; other number differences: "
        f"{summ['number_differences']}"
        + (f"; date conflicts: {summ['date_conflicts']}" if summ["date_conflicts"] else "")
        + (
            f"; quotes credited to two people: {summ['quote_conflicts']}"
            if summ["quote_conflicts"]
            else ""
        ),
        f"- Notes: {sum(1 for p in cmp.pairs if notes.get(pair_key(p.a, p.b)))}"
        + (f" (and {len(unlinked)} on sentences no longer paired)" if unlinked else ""),
        "",
        "## What each article leads with",
        "",
    ]
    for side, tag, other, mine, theirs in (("a", "A", "B", a, b), ("b", "B", "A", b, a)):
        for i, partners in cmp.leads(side):
            where = (
                "in " + ", ".join(f"{other}{k} ({theirs.place(k)})" for k in partners)
                if partners
                else f"not in {other}"
            )
            lines.append(f"- **{tag}{i}** {md_escape(mine.sentences[i].text)} — *{where}*")
    if not a.lede and not b.lede:
        lines.append("Neither article has a prose sentence.")
    lines += ["", "## Aligned pairs", ""]
    for n, p in enumerate(cmp.pairs, 1):
        d = p.divergence
        marked = [x for x in (*d.numbers, *d.dates) if x.status != "agree"]
        strong_a = [(x.a.start, x.a.end, "strong") for x in marked]
        strong_b = [(x.b.start, x.b.end, "strong") for x in marked]
        strong_a += [(*x, "strong") for x, _ in d.words.codes]
        strong_b += [(*y, "strong") for _, y in d.words.codes]
        em_a = [(s, e, "em") for s, e in d.words.a_spans] if d.words.reworded else []
        em_b = [(s, e, "em") for s, e in d.words.b_spans] if d.words.reworded else []
        em_a += [(s, e, "em") for q in d.quotes for s, e in q.a_spans]
        em_b += [(s, e, "em") for q in d.quotes for s, e in q.b_spans]
        label = _LEVEL_NAME.get(p.level, p.level)
        if p.manual:  # no score and no topic of its own
            lines.append(f"### {n}. Linked by hand ({label})")
        else:
            lines.append(f"### {n}. {md_escape(p.topic or 'pair')} ({label}, score {p.score:.2f})")
        lines.append("")
        for k in p.a:
            lines.append(f"> **A{k}** {_marked(a, k, strong_a + em_a)}")
            lines.append(">")
        for k in p.b:
            lines.append(f"> **B{k}** {_marked(b, k, strong_b + em_b)}")
            lines.append(">")
        lines.pop()
        lines.append("")
        lines.extend(_figure_line(*x.shown(), x.unit, x.status) for x in d.numbers)
        lines.extend(
            _figure_line(x.a.text, x.b.text, "date", x.status)
            for x in d.dates
            if x.status != "agree"
        )
        lines.extend(_figure_line(x, y, "identifier", "differ") for x, y in cmp.codes(p))
        if d.words.reworded:
            lines.append(
                f"- Wording: A has {', '.join(md_escape(w) for w in d.words.a) or 'nothing else'}; "
                f"B has {', '.join(md_escape(w) for w in d.words.b) or 'nothing else'}"
            )
        if d.misattributed:
            lines.append(
                f"- **Attribution conflict**: the same words; A credits "
                f"**{md_escape(d.attribution_a)}**, B credits **{md_escape(d.attribution_b)}**"
            )
        elif d.attribution_differs:
            lines.append(
                f"- Attribution: A credits {md_escape(d.attribution_a) or 'no one'}; "
                f"B credits {md_escape(d.attribution_b) or 'no one'}"
            )
        elif d.attribution_unsure:
            lines.append(
                f"- Credited: A {md_escape(d.attribution_a)}; B {md_escape(d.attribution_b)} "
                "(one named by role: perhaps one source)"
            )
        lines.extend(_quote_line(q) for q in d.quotes)
        if placement := cmp.placement(p):
            lines.append(f"- Placement: {placement}")
        note = notes.get(pair_key(p.a, p.b), "").strip()
        if note:
            lines.append("")
            lines.append(f"**Note:** {md_escape(note)}")
        lines.append("")
    for title, an, only, tag in (
        ("Found in A only", a, cmp.only_a, "A"),
        ("Found in B only", b, cmp.only_b, "B"),
    ):
        lines.append(f"## {title}")
        lines.append("")
        if not only:
            lines.append("Nothing.")
        for k in only:
            lines.append(f"- **{tag}{k}** {md_escape(an.sentences[k].text)}")
        lines.append("")
    if unlinked:
        lines += ["## Notes on sentences no longer paired", ""]
        for ka, kb, text in unlinked:
            for tag, an, ks in (("A", a, ka), ("B", b, kb)):
                said = " ".join(an.sentences[k].text for k in ks)
                lines.append(f"> **{tag}{','.join(map(str, ks))}** {md_escape(said)}")
                lines.append(">" if tag == "A" else "")
            lines += [f"**Note:** {md_escape(text.strip())}", ""]
    if lost:
        lines += ["## Notes whose sentences changed", ""]
        for qa, qb, text in lost:
            lines.append(f"> **A (then)** {md_escape(qa)}")
            lines.append(">")
            lines.append(f"> **B (then)** {md_escape(qb)}")
            lines += ["", f"**Note:** {md_escape(text.strip())}", ""]
    lines += ["## Who is credited", ""]
    if cmp.sources:
        lines += ["| Source | A | B | As written |", "|---|---:|---:|---|"]
        for e in cmp.sources:
            variants = ", ".join(md_escape(v) for v in e.variants)
            lines.append(f"| {md_escape(e.name)} | {e.count_a} | {e.count_b} | {variants} |")
    else:
        lines.append("No sentence says who said it.")
    lines.append("")
    lines += ["## Entities", "", "| Entity | Type | A | B | Variants |", "|---|---|---:|---:|---|"]
    for e in cmp.entities:
        variants = ", ".join(md_escape(v) for v in e.variants)
        lines.append(f"| {md_escape(e.name)} | {e.type} | {e.count_a} | {e.count_b} | {variants} |")
    lines.append("")
    return "\n".join(lines)


_CSS = """
body{font:16px/1.5 system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#222}
table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:.2rem .5rem}
blockquote{border-left:4px solid #3b6ea8;margin:0;padding:.2rem 1rem;background:#f4f6fa}
strong{color:#a12a2a}em{background:#fff3c4;font-style:normal;text-decoration:underline}
"""


def to_html(
    cmp: Comparison,
    notes: Mapping[str, str] | None = None,
    *,
    lost: Sequence[tuple[str, str, str]] = (),
) -> str:
    """The Markdown report rendered into one self-contained HTML page."""
    return _page(
        to_markdown(cmp, notes, lost=lost), f"{cmp.a.article.title} / {cmp.b.article.title}"
    )


def _page(markdown: str, title: str) -> str:
    """Markdown rendered into one self-contained HTML page (raw HTML in it stays text)."""
    from markdown_it import MarkdownIt

    body = MarkdownIt("commonmark", {"html": False}).enable("table").render(markdown)
    return (
        '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
        f"<title>{html.escape(title)}</title><style>{_CSS}</style></head><body>\n{body}"
        "</body></html>\n"
    )


def render(
    cmp: Comparison,
    fmt: str,
    notes: Mapping[str, str] | None = None,
    *,
    lost: Sequence[tuple[str, str, str]] = (),
) -> str:
    """One of ``md``, ``json`` or ``html``."""
    if fmt == "json":
        return to_json(cmp, notes, lost=lost)
    if fmt == "html":
        return to_html(cmp, notes, lost=lost)
    return to_markdown(cmp, notes, lost=lost)


def write_export(path: Path, text: str, *, force: bool = False) -> Path:
    """Write atomically; refuse to replace an existing file unless ``force``."""
    path = Path(path)
    if path.is_dir():
        raise CompareError(f"'{path}' is a directory; give a file name to write to")
    if path.exists() and not force:
        raise CompareError(f"'{path}' already exists; use --force to replace it")
    folder = path.parent if str(path.parent) else Path(".")
    tmp = None
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
        os.chmod(tmp, 0o666 & ~_umask())
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as fh:
            fh.write(text)
            fh.flush()
            os.fsync(fh.fileno())
        if force:
            os.replace(tmp, path)
        else:
            try:
                os.link(tmp, path)
            except FileExistsError as exc:
                raise CompareError(f"'{path}' already exists; use --force to replace it") from exc
            except OSError:
                if path.exists():
                    raise CompareError(
                        f"'{path}' already exists; use --force to replace it"
                    ) from None
                os.replace(tmp, path)
    except PermissionError as exc:
        raise CompareError(f"cannot write '{path}': permission denied") from exc
    except FileNotFoundError as exc:
        raise CompareError(f"cannot write '{path}': no such folder") from exc
    except OSError as exc:
        raise CompareError(f"cannot write '{path}': {exc.strerror or exc}") from exc
    finally:
        if tmp and os.path.exists(tmp):
            os.unlink(tmp)
    return path


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


# ---------------------------------------------------------------- overview (one against all)

#: How a cell of the overview names the difference between the pivot's claim and its report.
OVERVIEW_LEVEL = {
    "conflict": "figures conflict",
    "differ": "figures differ",
    "words": "reworded",
    "topic": "same topic",
    "same": "same",
}


def _clip(text: str, n: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= n else text[: n - 1] + "…"


def overview_to_dict(ov: Overview) -> dict:
    """The overview as JSON-ready data (``kind`` ``overview``, schema 1)."""
    piv = letter(ov.pivot)
    labels = [letter(k) for k in ov.others]
    articles = [{"label": piv, **_article_dict(ov.analysis)}] + [
        {"label": lab, **_article_dict(cmp.b)}
        for lab, cmp in zip(labels, ov.comparisons, strict=True)
    ]
    rows = []
    for row in ov.rows:
        reports = {}
        for lab, cmp, cell in zip(labels, ov.comparisons, row.cells, strict=True):
            if cell.sentences:
                reports[lab] = {
                    "sentences": list(cell.sentences),
                    "level": cell.level,
                    "numbers": [
                        _number_dict(n) for k in cell.pairs for n in cmp.pairs[k].divergence.numbers
                    ],
                }
        rows.append({"sentence": row.index, "reports": reports})
    return {
        "schema": SCHEMA_VERSION,
        "kind": "overview",
        "pivot": piv,
        "threshold": ov.comparisons[0].threshold,
        "articles": articles,
        "rows": rows,
        "not_in_pivot": {lab: list(ov.not_in_pivot(k)) for k, lab in enumerate(labels)},
    }


def overview_to_markdown(ov: Overview) -> str:
    """The overview as GitHub-friendly Markdown: a claims table, figures, what one side lacks."""
    piv, an = letter(ov.pivot), ov.analysis
    labels = [letter(k) for k in ov.others]
    n_rows = len(ov.rows)
    lines = [
        f"# Overview: {md_escape(an.article.title)} against {len(ov.others)} other "
        f"{'article' if len(ov.others) == 1 else 'articles'}",
        "",
        "| | Title | Source | Prose sentences | Reports of " + piv + "'s claims |",
        "|---|---|---|---:|---:|",
        f"| {piv} | {md_escape(an.article.title)} | {md_escape(an.article.source)} | {n_rows} | |",
    ]
    for k, (lab, cmp) in enumerate(zip(labels, ov.comparisons, strict=True)):
        reported = sum(1 for row in ov.rows if row.cells[k].sentences)
        prose = sum(1 for s in cmp.b.sentences if s.kind == "prose")
        lines.append(
            f"| {lab} | {md_escape(cmp.b.article.title)} | {md_escape(cmp.b.article.source)} "
            f"| {prose} | {reported} of {n_rows} |"
        )
    lines += [
        "",
        f"## {piv}'s claims, and who else reports them",
        "",
        "Each cell gives the sentence of that article stating the same claim and how it compares: "
        "same, reworded, same topic, **figures differ** or **figures conflict**; – where "
        "the article does not report it.",
        "",
        f"| {piv} | Claim | " + " | ".join(labels) + " |",
        "|---|---|" + "---|" * len(labels),
    ]
    for row in ov.rows:
        cells = []
        for lab, cell in zip(labels, row.cells, strict=True):
            if not cell.sentences:
                cells.append("–")
                continue
            level = OVERVIEW_LEVEL.get(cell.level, cell.level)
            level = f"**{level}**" if cell.level in ("conflict", "differ") else level
            cells.append(", ".join(f"{lab}{j}" for j in cell.sentences) + f" {level}")
        text = md_escape(_clip(an.sentences[row.index].text, 140))
        lines.append(f"| {piv}{row.index} | {text} | " + " | ".join(cells) + " |")
    lines += ["", "## Figures that differ", ""]
    figures = 0
    for row in ov.rows:
        found, differs = [], False
        for lab, cmp, cell in zip(labels, ov.comparisons, row.cells, strict=True):
            for k in cell.pairs:
                p = cmp.pairs[k]
                for n in p.divergence.numbers:
                    verdict = STATUS_WORD[n.status]
                    if n.status != "agree":
                        differs = True
                    if n.status in ("conflict", "differ"):
                        verdict = f"**{verdict}**"
                    a_text, b_text = map(md_escape, n.shown())
                    found.append(
                        f"{lab}{min(p.b)} says {b_text} where {piv} says "
                        f"{a_text} ({md_escape(n.unit)}): {verdict}"
                    )
        if differs:
            figures += 1
            lines.append(
                f"- **{piv}{row.index}** {md_escape(_clip(an.sentences[row.index].text, 100))}"
            )
            lines.extend(f"  - {f}" for f in dict.fromkeys(found))
    if not figures:
        lines.append(f"Where another article reports a claim of {piv}, its figures agree.")
    alone = [row.index for row in ov.rows if not row.reported_by]
    lines += ["", f"## Reported by {piv} alone", ""]
    lines += [f"- **{piv}{i}** {md_escape(an.sentences[i].text)}" for i in alone] or ["Nothing."]
    lines += ["", f"## Not in {piv}", ""]
    for k, (lab, cmp) in enumerate(zip(labels, ov.comparisons, strict=True)):
        lines += [f"### {lab}: {md_escape(cmp.b.article.title)}", ""]
        missing = ov.not_in_pivot(k)
        lines += [f"- **{lab}{j}** {md_escape(cmp.b.sentences[j].text)}" for j in missing] or [
            "Nothing."
        ]
        lines.append("")
    return "\n".join(lines)


def render_overview(ov: Overview, fmt: str) -> str:
    """The overview as ``md``, ``json`` or ``html``."""
    if fmt == "json":
        data = overview_to_dict(ov)
        return json.dumps(data, ensure_ascii=False, sort_keys=True, indent=2) + "\n"
    md = overview_to_markdown(ov)
    if fmt == "html":
        return _page(md, f"Overview: {ov.analysis.article.title}")
    return md
