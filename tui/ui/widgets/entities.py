"""EntitySidebar: who is credited, then entities grouped by type, with counts in A and B."""

from __future__ import annotations

from textual.content import Content
from textual.message import Message
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from tui.comparison import EntityRow

GROUP_TITLES = {
    "source": "Credited",
    "person": "People",
    "organization": "Organisations",
    "place": "Places",
    "number": "Numbers",
    "date": "Dates",
    "other": "Other names",
}


class EntitySidebar(OptionList):
    """One option per entity; group headers are disabled options."""

    class EntityChosen(Message):
        """The user pressed enter (or clicked) on an entity."""

        def __init__(self, row: EntityRow) -> None:
            self.row = row
            super().__init__()

    class EntityHighlighted(Message):
        """The highlight moved to an entity."""

        def __init__(self, row: EntityRow) -> None:
            self.row = row
            super().__init__()

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.rows: dict[str, EntityRow] = {}

    def show(self, rows: tuple[EntityRow, ...], a_label: str = "A", b_label: str = "B") -> None:
        """Fill the list from a comparison's entity rows."""
        self.clear_options()
        self.rows = {}
        options: list[Option] = []
        for kind in GROUP_TITLES:
            group = [r for r in rows if r.type == kind]
            if not group:
                continue
            options.append(
                Option(
                    Content.assemble((f"{GROUP_TITLES[kind]} ({len(group)})", "bold $text-accent")),
                    id=f"group:{kind}",
                    disabled=True,
                )
            )
            for n, row in enumerate(group):
                oid = f"{kind}:{n}"
                self.rows[oid] = row
                options.append(Option(_label(row), id=oid))
        if not options:
            options.append(Option("No entities found", disabled=True))
        self.add_options(options)

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        row = self.rows.get(event.option.id or "")
        if row is not None:
            self.post_message(self.EntityChosen(row))

    def on_option_list_option_highlighted(self, event: OptionList.OptionHighlighted) -> None:
        event.stop()
        row = self.rows.get(event.option.id or "")
        if row is not None:
            self.post_message(self.EntityHighlighted(row))


def _label(row: EntityRow) -> Content:
    name = row.name if len(row.name) <= 20 else row.name[:19] + "…"
    if row.count_a and row.count_b:
        mark = Content(" ")
    else:
        mark = Content.styled("◐" if row.count_a else "◑", "bold $diff-only")
    counts = Content.styled(f"{row.count_a:>3} {row.count_b:>3}", "$text-muted")
    return Content.assemble(mark, " ", name.ljust(20), " ", counts)
