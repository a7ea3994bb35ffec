"""Bar: a fixed-height line of text that repaints only itself."""

from __future__ import annotations

from textual.content import Content
from textual.widget import Widget


class Bar(Widget):
    """A fixed-height text bar whose updates repaint only itself (no layout pass)."""

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.content = Content("")

    def update(self, content: Content) -> None:
        """Show new content."""
        self.content = content
        self.refresh()

    def render(self) -> Content:
        return self.content
