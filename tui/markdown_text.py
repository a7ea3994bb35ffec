"""Markdown to plain text with markdown-it-py, remembering which lines were headings."""

from __future__ import annotations

from markdown_it import MarkdownIt
from markdown_it.token import Token

_BLOCK_TEXT = {"paragraph_open", "heading_open"}


def _inline_text(tok: Token) -> str:
    parts: list[str] = []
    for child in tok.children or ():
        if child.type in ("text", "code_inline", "html_inline"):
            parts.append(child.content)
        elif child.type == "softbreak":
            parts.append(" ")
        elif child.type == "hardbreak":
            parts.append("\n")
        elif child.type == "image":
            parts.append(child.content or "")
    return "".join(parts).strip()


def markdown_to_text(source: str) -> tuple[str, tuple[tuple[int, int], ...]]:
    """Flatten Markdown to paragraphs separated by blank lines; return the text and heading spans."""
    tokens = MarkdownIt("commonmark").enable("table").parse(source)
    blocks: list[tuple[str, bool]] = []
    heading_next = False
    for tok in tokens:
        if tok.type == "heading_open":
            heading_next = True
        elif tok.type == "paragraph_open":
            heading_next = False
        elif tok.type == "inline":
            text = _inline_text(tok)
            if text:
                blocks.append((text, heading_next))
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
