"""Help: every key, built from the active bindings so it never drifts from them."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Static


class HelpScreen(ModalScreen[None]):
    """A list of keys and what they do."""

    BINDINGS = [
        Binding("escape,q,question_mark", "dismiss(None)", "Close", id="help.close"),
    ]

    def __init__(self, rows: list[tuple[str, str]]) -> None:
        super().__init__()
        self.rows = rows

    def compose(self) -> ComposeResult:
        width = max((len(k) for k, _ in self.rows), default=4) + 2
        lines = [Content.styled("Keys", "bold $text-accent"), Content("")]
        for keys, what in self.rows:
            lines.append(Content.assemble((keys.ljust(width), "bold $text-primary"), what))
        lines += [
            Content(""),
            Content.styled(
                "Marks: ▶ current pair · 12 pair number · ∅ found in one article only · # heading",
                "$text-muted",
            ),
            Content.styled(
                "Inside a pair: reverse = conflicting numbers, bold underline = differing figures,"
                " underline = changed words (in a quote too)",
                "$text-muted",
            ),
            Content.styled(
                "Keys can be remapped in config.toml [keymap]; escape closes.", "$text-muted"
            ),
        ]
        with VerticalScroll(id="help-body"):
            yield Static(Content("\n").join(lines), id="help-text")
