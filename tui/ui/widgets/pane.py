"""ArticlePane: one article in its own reading order, one block per sentence (Line API)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from rich.segment import Segment
from textual.binding import Binding
from textual.color import Color
from textual.content import Content
from textual.geometry import Region, Size
from textual.message import Message
from textual.scroll_view import ScrollView
from textual.strip import Strip
from textual.style import Style as VisualStyle
from textual.visual import Visual

from tui.comparison import Analysis

GUTTER = 5

#: Styles of highlight kinds inside a sentence (theme variables resolve at render time).
SPAN_STYLES = {
    "conflict": "bold reverse $diff-conflict",
    "differ": "bold underline $diff-differ",
    "qualifier": "underline $diff-differ",
    "words": "underline $diff-words",
    "mention": "bold on $diff-mention-bg",
    "search": "bold underline on $diff-search-bg",
}


@dataclass
class SentenceMarks:
    """How each sentence of a pane is marked; the pane renders, never decides."""

    labels: dict[int, str] = field(default_factory=dict)  # linked sentence -> pair number
    only: frozenset[int] = frozenset()
    current: frozenset[int] = frozenset()
    spans: dict[int, list[tuple[int, int, str]]] = field(default_factory=dict)


class ArticlePane(ScrollView, can_focus=True):
    """An article as wrapped sentence blocks with a gutter; knows sentence<->line geometry."""

    #: Up and down step through the pairs, as the help says, in a focused pane too (a pane
    #: scrolls by page keys, the mouse wheel and the pairs it is moved to)
    BINDINGS = [
        Binding("down", "app.next_pair", show=False),
        Binding("up", "app.prev_pair", show=False),
    ]

    class SentenceClicked(Message):
        """The user clicked a sentence."""

        def __init__(self, pane: ArticlePane, index: int) -> None:
            self.pane = pane
            self.index = index
            super().__init__()

    class Scrolled(Message):
        """The user scrolled this pane (not a programmatic move)."""

        def __init__(self, pane: ArticlePane) -> None:
            self.pane = pane
            super().__init__()

    def __init__(self, side: str, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.side = side
        self.analysis: Analysis | None = None
        self.marks = SentenceMarks()
        self.cursor: int | None = None
        self.syncing = False
        #: The sentences last centred on, until the pane is scrolled otherwise: a resize (the
        #: terminal's, or the sidebar's) centres on them again
        self._centred: tuple[int, ...] = ()
        self._strips: dict[int, list[Strip]] = {}
        self._line_of: list[int] = []  # first line of each sentence
        self._height_of: list[int] = []
        self._line_owner: list[int] = []  # sentence shown on each line (-1 = blank)
        self._width = 0
        self._placeholder = "Aligning…"

    # -- data ---------------------------------------------------------------------------------
    def set_placeholder(self, text: str) -> None:
        """Show a one-line message instead of an article."""
        self.analysis = None
        self._placeholder = text
        self._strips.clear()
        self._line_owner = []
        self.virtual_size = Size(0, 1)
        self.refresh()

    def set_document(self, analysis: Analysis, marks: SentenceMarks) -> None:
        """Show an article with its marks; geometry is rebuilt."""
        self.analysis = analysis
        self.marks = marks
        self.cursor = None
        self._strips.clear()
        self._width = 0
        self._layout()

    def update_marks(self, marks: SentenceMarks, changed: Iterable[int] | None = None) -> None:
        """Change marks; only ``changed`` sentences are re-rendered when given."""
        self.marks = marks
        if changed is None:
            self._strips.clear()
        else:
            for i in changed:
                self._strips.pop(i, None)
        self.refresh()

    def restyle(self) -> None:
        """Forget rendered strips (theme change)."""
        self._strips.clear()
        self.refresh()

    # -- geometry -----------------------------------------------------------------------------
    @property
    def text_width(self) -> int:
        return max(10, self.scrollable_content_region.width - GUTTER)

    def _layout(self) -> None:
        an = self.analysis
        if an is None:
            return
        width = self.text_width
        self._width = width
        self._line_of, self._height_of, self._line_owner = [], [], []
        y = 0
        prev_para = None
        for s in an.sentences:
            if prev_para is not None and s.paragraph != prev_para:
                self._line_owner.append(-1)
                y += 1
            prev_para = s.paragraph
            h = _wrapped_height(s.text, width)
            self._line_of.append(y)
            self._height_of.append(h)
            self._line_owner.extend([s.index] * h)
            y += h
        self._strips.clear()
        self.virtual_size = Size(width + GUTTER, y)
        self.refresh()

    def on_resize(self) -> None:
        if self.analysis is not None and self.text_width != self._width:
            self._layout()
        if self._centred:
            self.call_after_refresh(self._centre_again)

    def _centre_again(self) -> None:
        """Centre on the sentences last centred on, unless the pane was scrolled since."""
        if self._centred:
            self.centre_on(self._centred)

    def sentence_region(self, indices: Sequence[int]) -> Region:
        """The virtual region covering the given sentences."""
        if not indices or not self._line_of:
            return Region(0, 0, 1, 1)
        top = min(self._line_of[i] for i in indices)
        bottom = max(self._line_of[i] + self._height_of[i] for i in indices)
        return Region(0, top, self.virtual_size.width, bottom - top)

    def sentence_at(self, y: int) -> int | None:
        """Sentence on virtual line ``y`` (the next one if it is a blank line)."""
        if not self._line_owner:
            return None
        y = max(0, min(y, len(self._line_owner) - 1))
        owner = self._line_owner[y]
        if owner == -1 and y + 1 < len(self._line_owner):
            owner = self._line_owner[y + 1]
        return None if owner == -1 else owner

    def sentence_top(self, index: int) -> int:
        return self._line_of[index] if self._line_of else 0

    def sentence_height(self, index: int) -> int:
        return self._height_of[index] if self._height_of else 1

    def centre_on(self, indices: Sequence[int]) -> None:
        """Scroll so the given sentences sit in the middle (clamped at either end)."""
        if not indices or self.analysis is None:
            return
        self.syncing = True
        try:
            region = self.sentence_region(indices)
            viewport = self.scrollable_content_region.height
            target = region.y - max(0, (viewport - region.height) // 2)
            self.scroll_to(y=max(0, target), animate=False, immediate=True)
        finally:
            self.syncing = False
        self._centred = tuple(indices)

    def scroll_programmatic(self, y: float) -> None:
        """Scroll without telling the other pane."""
        self._centred = ()
        self.syncing = True
        try:
            self.scroll_to(y=max(0, y), animate=False, immediate=True)
        finally:
            self.syncing = False

    def watch_scroll_y(self, old_value: float, new_value: float) -> None:
        super().watch_scroll_y(old_value, new_value)
        if not self.syncing and round(old_value) != round(new_value):
            self._centred = ()
            self.post_message(self.Scrolled(self))

    def on_click(self, event) -> None:
        if self.analysis is None:
            return
        y = event.y + round(self.scroll_y)
        idx = self.sentence_at(y)
        if idx is not None and self._line_owner[max(0, min(y, len(self._line_owner) - 1))] != -1:
            self.post_message(self.SentenceClicked(self, idx))

    # -- rendering ----------------------------------------------------------------------------
    def _sentence_content(self, index: int) -> Content:
        an = self.analysis
        assert an is not None
        s = an.sentences[index]
        c = Content(s.text)
        if s.kind == "heading":
            c = c.stylize("bold $text-primary")
        elif s.kind == "boilerplate":
            c = c.stylize("italic $text-muted")
        elif index in self.marks.only:
            c = c.stylize("$diff-only")
        for start, end, kind in sorted(self.marks.spans.get(index, ())):
            a, b = max(start - s.start, 0), min(end - s.start, len(s.text))
            if a < b:
                c = c.stylize(SPAN_STYLES[kind], a, b)
        return c

    def _gutter(self, index: int, first: bool) -> Content:
        s = self.analysis.sentences[index] if self.analysis else None
        current = index in self.marks.current
        cursor = index == self.cursor and self.has_focus
        if current:
            mark = Content.styled("▶" if first else "┃", "bold $accent")
        elif cursor:
            mark = Content.styled("›" if first else " ", "bold $accent")
        else:
            mark = Content(" ")
        label = self.marks.labels.get(index)
        if not first:
            body = Content.styled("   ", "")
            if label is not None:
                body = Content.styled("  │", "$diff-linked")
            elif index in self.marks.only:
                body = Content.styled("  ┊", "$diff-only")
        elif label is not None:
            body = Content.styled(
                f"{label:>3}"[-3:], "bold $diff-linked" if current else "$diff-linked"
            )
        elif index in self.marks.only:
            body = Content.styled("  ∅", "bold $diff-only")
        elif s is not None and s.kind == "heading":
            body = Content.styled("  #", "$text-muted")
        else:
            body = Content("   ")
        return Content.assemble(mark, body, " ")

    def _render_sentence(self, index: int) -> list[Strip]:
        cached = self._strips.get(index)
        if cached is not None:
            return cached
        width = self._width
        base = self.visual_style
        if index in self.marks.current:
            bg = self.app.theme_variables.get("diff-current-bg")
            if bg:
                base = base + VisualStyle(background=Color.parse(bg))
        body = Visual.to_strips(self, self._sentence_content(index), width, None, base, pad=True)
        strips = []
        for k, line in enumerate(body):
            gutter = Visual.to_strips(self, self._gutter(index, k == 0), GUTTER, 1, base, pad=True)
            strips.append(Strip.join([gutter[0], line.crop_extend(0, width, base.rich_style)]))
        self._strips[index] = strips
        return strips

    def render_line(self, y: int) -> Strip:
        width = self.scrollable_content_region.width
        blank = Strip.blank(width, self.visual_style.rich_style)
        if self.analysis is None:
            if y == 0:
                return Strip(
                    [Segment(f" {self._placeholder}", self.visual_style.rich_style)]
                ).extend_cell_length(width, self.visual_style.rich_style)
            return blank
        line = round(self.scroll_y) + y
        if line >= len(self._line_owner):
            return blank
        owner = self._line_owner[line]
        if owner == -1:
            return blank
        strips = self._render_sentence(owner)
        k = line - self._line_of[owner]
        if k >= len(strips):
            return blank
        strip = strips[k]
        if strip.cell_length != width:
            strip = strips[k] = strip.crop_extend(0, width, self.visual_style.rich_style)
        return strip

    def on_focus(self) -> None:
        if self.cursor is not None:
            self._strips.pop(self.cursor, None)
        self.refresh()

    def on_blur(self) -> None:
        self.on_focus()

    def set_cursor(self, index: int | None) -> None:
        """Move the sentence cursor (for hand-made links and ``enter``)."""
        old = self.cursor
        self.cursor = index
        for i in (old, index):
            if i is not None:
                self._strips.pop(i, None)
        self.refresh()


def _wrapped_height(text: str, width: int) -> int:
    """Lines a sentence takes when wrapped at ``width`` cells (same rule as the renderer)."""
    return max(1, len(Content(text).wrap(width)))
