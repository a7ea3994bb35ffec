"""NoteEditor: type a note for the current pair; enter saves, escape cancels."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Input, Static


class NoteEditor(ModalScreen[str | None]):
    """A one-field dialog returning the note text, or None when cancelled."""

    BINDINGS = [Binding("escape", "cancel", "Cancel", id="note.cancel")]

    def __init__(self, title: str, text: str) -> None:
        super().__init__()
        self.title_text = title
        self.initial = text

    def compose(self) -> ComposeResult:
        with Vertical(id="note-box"):
            yield Static(Content.styled(self.title_text, "bold"), id="note-title")
            yield Input(self.initial, placeholder="Your note (empty removes it)", id="note-input")
            yield Static(Content.styled("enter saves · escape cancels", "$text-muted"))

    def on_mount(self) -> None:
        box = self.query_one(Input)
        box.cursor_blink = False
        box.focus()

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.dismiss(event.value.strip())

    def action_cancel(self) -> None:
        self.dismiss(None)
