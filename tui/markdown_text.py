"""Markdown to plain text with markdown-it-py, remembering which lines were headings."""

from __future__ import annotations

from markdown_it import MarkdownIt
from markdown_it.token import Token

_BLOCK_TEXT = {"paragraph_open", "heading_open"}


def _inline_text(tok: Token, lines: bool = False) -> str:
    parts: list[str] = []
    for child in tok.children or ():
        if child.type in ("text", "code_inline", "html_inline"):
            parts.append(child.content)
        elif child.type == "softbreak":
            parts.append("\n" if lines else " ")
        elif child.type == "hardbreak":
            parts.append("\n")
        elif child.type == "image":
            parts.append(child.content or "")
    return "".join(parts).strip()


def _bold_title(tok: Token, text: str) -> bool:
    """A short paragraph set all in bold, as a title ("**Key points**"), not a sentence."""
    kids = [c for c in tok.children or () if c.type != "softbreak" and (c.nesting or c.content)]
    return (
        len(kids) >= 3
        and kids[0].type == "strong_open"
        and kids[-1].type == "strong_close"
        and sum(c.type == "strong_open" for c in kids) == 1
        and len(text.split()) <= 10
        and text[-1] not in ".!?"
    )


def _cell(head: str, value: str) -> str:
    """One cell named by its column: a figure before its label (1,000 killed), else after."""
    if not head:
        return value
    if value[:1].isdigit() or value[:1] in "~≈<>$€£":
        label = head[0].lower() + head[1:] if head[1:2].islower() or len(head) == 1 else head
        return f"{value} {label}"
    return f"{head} {value}"


_RANK_HEADS = frozenset(("#", "no", "rank", "pos", "position", ""))
#: The head of a table's only value column when it says only that it holds values
_VALUE_HEADS = frozenset(
    "detail details value values figure figures latest data fact facts information info "
    "description number amount status note notes answer result current now today".split()
)


def _table_blocks(rows: list[list[str]]) -> list[tuple[str, bool]]:
    """A table as one heading line (its header) and one line per row that names each value:
    ``| Russia | 1,000 |`` under ``| Side | Killed |`` reads "Russia: 1,000 killed."."""
    if not rows:
        return []
    head, body = rows[0], rows[1:]
    out = [(" · ".join(c for c in head if c), True)] if any(head) else []
    # a rank column ("# | Film | Weekend"): the row is named by what is ranked
    skip = int(
        len(head) > 2
        and head[0].strip(" .").lower() in _RANK_HEADS
        and all(row[:1] and row[0].strip(" .").isdigit() for row in body)
    )
    # a key-facts list ("| Item | Detail |"): its one value column's head names nothing
    heads = head[skip + 1 :]
    if len(heads) == 1 and heads[0].strip(" .:").lower() in _VALUE_HEADS:
        heads = [""]
    for row in body:
        row = row[skip:]
        cells = [_cell(h, c) for h, c in zip(heads, row[1:], strict=False) if c]
        first = row[0] if row else ""
        line = f"{first}: " + "; ".join(cells) if first and cells else first or "; ".join(cells)
        if line:
            out.append((line if line[-1] in ".!?" else line + ".", False))
    return out


def markdown_to_text(
    source: str, *, lines: bool = False
) -> tuple[str, tuple[tuple[int, int], ...]]:
    """Flatten Markdown to paragraphs separated by blank lines; return the text and heading spans.
    With ``lines``, a paragraph keeps its line breaks (one sentence per line)."""
    from tui.segment import HEADING, line_kind

    tokens = MarkdownIt("commonmark").enable("table").parse(source)
    blocks: list[tuple[str, bool]] = []
    heading_next = False
    in_item = 0
    table: list[list[str]] | None = None
    for tok in tokens:
        if tok.type == "table_open":
            table = []
        elif tok.type == "table_close" and table is not None:
            blocks.extend(_table_blocks(table))
            table = None
        elif table is not None:
            if tok.type == "tr_open":
                table.append([])
            elif tok.type == "inline" and table:
                table[-1].append(_inline_text(tok))
        elif tok.type == "list_item_open":
            in_item += 1
        elif tok.type == "list_item_close":
            in_item -= 1
        elif tok.type == "heading_open":
            heading_next = True
        elif tok.type == "paragraph_open":
            heading_next = False
        elif tok.type == "inline":
            text = _inline_text(tok, lines)
            kids = [c for c in tok.children or () if c.type != "softbreak" and c.content.strip()]
            if text and kids and all(c.type == "image" for c in kids):
                text = f"Image: {text}"  # a picture's own line: its caption, not the story
            heading = heading_next or _bold_title(tok, text)
            if text and in_item and not heading and line_kind(text) == HEADING:
                text += "."  # a list item is no heading: "- Withdrawals frozen: 6 November"
            if text:
                blocks.append((text, heading))
            heading_next = False
        elif tok.type in ("fence", "code_block"):
            code = tok.content.strip("\n")
            if code.strip():
                blocks.append((code, False))
    out: list[str] = []
    headings: list[tuple[int, int]] = []
    pos = 0
    for text, is_heading in blocks:
        if out:
            out.append("\n\n")
            pos += 2
        if is_heading:
            headings.append((pos, pos + len(text)))
        out.append(text)
        pos += len(text)
    return "".join(out), tuple(headings)
