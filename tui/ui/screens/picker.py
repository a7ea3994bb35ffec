"""ArticlePicker: choose articles A and B among the loaded ones, with fuzzy search."""

from __future__ import annotations

from rapidfuzz import fuzz, utils
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Input, OptionList, Static
from textual.widgets.option_list import Option

from tui.articles import Article


def rank(articles: list[Article], query: str) -> list[int]:
    """Indices of articles matching ``query`` (fuzzy), best first; all when empty."""
    if not query.strip():
        return list(range(len(articles)))
    scored = []
    for i, a in enumerate(articles):
        hay = f"{a.title} {a.source} {a.id}"
        s = fuzz.partial_ratio(query, hay, processor=utils.default_process)
        if s >= 60:
            scored.append((-s, i))
    return [i for _, i in sorted(scored)]


class ArticlePicker(ModalScreen[tuple[int, int] | None]):
    """Pick A, then B; returns their indices, or None when cancelled."""

    BINDINGS = [Binding("escape", "cancel", "Cancel", id="picker.cancel")]

    def __init__(self, articles: list[Article], current: tuple[int, int]) -> None:
        super().__init__()
        self.articles = articles
        self.current = current
        self.first: int | None = None

    def compose(self) -> ComposeResult:
        with Vertical(id="picker-box"):
            yield Static(id="picker-title")
            yield Input(placeholder="type to filter by title or source", id="picker-filter")
            yield OptionList(id="picker-list")
            yield Static(
                Content.styled("↑↓ choose · enter selects · escape cancels", "$text-muted")
            )

    def on_mount(self) -> None:
        self.query_one(Input).cursor_blink = False
        self._refresh_title()
        self._fill("")
        self.query_one(Input).focus()

    def _refresh_title(self) -> None:
        side = "A (left)" if self.first is None else "B (right)"
        self.query_one("#picker-title", Static).update(
            Content.assemble(("Choose article ", "bold"), (side, "bold $text-accent"))
        )

    def _fill(self, query: str) -> None:
        ol = self.query_one(OptionList)
        ol.clear_options()
        for i in rank(self.articles, query):
            a = self.articles[i]
            tag = ""
            if i == self.first:
                tag = "  [chosen as A]"
            elif self.first is None and i == self.current[0]:
                tag = "  [now A]"
            elif self.first is not None and i == self.current[1]:
                tag = "  [now B]"
            ol.add_option(
                Option(
                    Content.assemble((a.title, "bold"), "\n  ", (a.source + tag, "$text-muted")),
                    id=str(i),
                    disabled=i == self.first,
                )
            )
        if ol.option_count:
            ol.highlighted = next(
                (k for k in range(ol.option_count) if not ol.get_option_at_index(k).disabled), None
            )

    def on_input_changed(self, event: Input.Changed) -> None:
        self._fill(event.value)

    def on_input_submitted(self, event: Input.Submitted) -> None:
        ol = self.query_one(OptionList)
        if ol.highlighted is not None:
            self._choose(int(ol.get_option_at_index(ol.highlighted).id or 0))

    def on_key(self, event) -> None:
        if event.key in ("down", "up") and self.query_one(Input).has_focus:
            ol = self.query_one(OptionList)
            ol.action_cursor_down() if event.key == "down" else ol.action_cursor_up()
            event.stop()

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        self._choose(int(event.option.id or 0))

    def _choose(self, index: int) -> None:
        if self.first is None:
            self.first = index
            inp = self.query_one(Input)
            inp.value = ""
            self._refresh_title()
            self._fill("")
            inp.focus()
        elif index != self.first:
            self.dismiss((self.first, index))

    def action_cancel(self) -> None:
        self.dismiss(None)
