"""OverviewScreen: one article's claims (the current A's first) against every other loaded one."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from rich.text import Text
from textual import work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import DataTable, Static
from textual.worker import Worker, WorkerState, get_current_worker

from tui.comparison import Corpus
from tui.errors import CompareError
from tui.export import render_overview, write_export
from tui.overview import Overview, letter, overview
from tui.paths import free_name, slug

#: A cell's difference, short enough for a column.
CELL_LEVEL = {
    "conflict": "CONFLICT",
    "differ": "figures differ",
    "words": "reworded",
    "topic": "same topic",
    "same": "same",
}
CELL_STYLE = {"conflict": "bold reverse", "differ": "bold underline"}


class Cancelled(Exception):
    """The overview was closed, or its pivot changed, before it was ready."""


class OverviewScreen(ModalScreen[tuple[int, int, int, int] | None]):
    """A table: one row per prose sentence of the pivot, one column per other article.

    Enter on a cell returns (pivot, other article, pivot sentence, other sentence) to open that
    pair; ``p`` makes the next article the pivot.
    """

    BINDINGS = [
        Binding("escape", "close", "Close", id="overview.close"),
        Binding("e", "export", "Export", id="overview.export"),
        Binding("p", "next_pivot", "Next pivot", id="overview.pivot"),
    ]

    def __init__(
        self, corpus: Corpus, pivot: int, threshold: float, edits: Callable[[int, int], tuple]
    ) -> None:
        super().__init__()
        self.corpus = corpus
        self.pivot = pivot
        self.threshold = threshold
        self.edits = edits  # (pivot, other) -> the links made and removed by hand (in a thread)
        self.result: Overview | None = None

    def compose(self) -> ComposeResult:
        with Vertical(id="overview-box"):
            yield Static(id="overview-title")
            yield Static(id="overview-names")
            yield DataTable(id="overview-table", cursor_type="cell", zebra_stripes=True)
            yield Static(id="overview-detail")
            yield Static(id="overview-help")

    def on_mount(self) -> None:
        self._title(" and which other article reports each (computing…)")
        self.query_one("#overview-help", Static).update(
            Content.styled(
                "B3 = sentence 3 of B states the claim · – not reported · arrows move · "
                "enter opens that pair · p next pivot · e exports Markdown · escape closes",
                "$text-muted",
            )
        )
        self._compute()

    @work(thread=True, exclusive=True, group="overview", exit_on_error=False)
    def _compute(self) -> Overview:
        worker = get_current_worker()
        result = overview(
            self.corpus,
            self.pivot,
            threshold=self.threshold,
            should_stop=lambda: worker.is_cancelled,
            edits={
                k: self.edits(self.pivot, k)
                for k in range(len(self.corpus.analyses))
                if k != self.pivot
            },
        )
        if worker.is_cancelled:
            raise Cancelled
        return result

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        if event.worker.group != "overview":
            return
        if event.state == WorkerState.SUCCESS:
            if event.worker.result.pivot == self.pivot:  # not one overtaken by p
                self._show(event.worker.result)
        elif event.state == WorkerState.ERROR and not isinstance(event.worker.error, Cancelled):
            self.notify(f"Overview failed: {event.worker.error!r}", severity="error", markup=False)
            self.dismiss(None)

    def _show(self, ov: Overview) -> None:
        self.result = ov
        an = ov.analysis
        piv = letter(ov.pivot)
        table = self.query_one(DataTable)
        grid: list[list[Text]] = []
        for row in ov.rows:
            cells: list[Text] = []
            for k, cell in zip(ov.others, row.cells, strict=True):
                if not cell.sentences:
                    cells.append(Text("–", style="dim"))
                    continue
                where = ",".join(f"{letter(k)}{j}" for j in cell.sentences[:3])
                cells.append(
                    Text(f"{where} {CELL_LEVEL.get(cell.level, cell.level)}")
                    if cell.level not in CELL_STYLE
                    else Text.assemble(where, " ", (CELL_LEVEL[cell.level], CELL_STYLE[cell.level]))
                )
            grid.append(cells)
        # the claim takes what the articles' columns leave (each cell pads 1 a side)
        used = len(f"{piv}{max((r.index for r in ov.rows), default=0)}") + 2
        for c in range(len(ov.others)):
            used += max((grid[r][c].cell_len for r in range(len(grid))), default=1) + 2
        avail = (table.size.width or self.app.size.width - 10) - 2  # less the scroll bar
        claim_width = max(28, min(100, avail - used - 2))
        table.add_column(Text(piv), key="pivot")
        table.add_column(Text("claim"), key="claim", width=claim_width)
        for k in ov.others:
            table.add_column(Text(letter(k)), key=str(k))
        for row, cells in zip(ov.rows, grid, strict=True):
            claim = Text(" ".join(an.sentences[row.index].text.split())[:claim_width])
            table.add_row(
                Text(f"{piv}{row.index}", style="bold"), claim, *cells, key=str(row.index)
            )
        reported = [sum(1 for r in ov.rows if r.cells[c].sentences) for c in range(len(ov.others))]
        counts = " · ".join(
            f"{letter(k)} {n} of {len(ov.rows)}" for k, n in zip(ov.others, reported, strict=True)
        )
        alone = sum(1 for r in ov.rows if not r.reported_by)
        self._title(f" · reported by {counts} · {alone} in {piv} alone")
        table.focus()
        if ov.rows:
            table.move_cursor(row=0, column=2)

    def _title(self, summary: str) -> None:
        """The title line (``summary`` after the pivot's name) and one line per article."""
        title = Content.assemble(
            ("Overview: ", "bold"), (f"the claims of {letter(self.pivot)}", "bold"), summary
        )
        names = [
            Content.assemble(
                (f"{letter(k)} ", "bold $text-accent"),
                a.article.title[:70],
                "  ",
                (a.article.source[:40], "$text-muted"),
            )
            for k, a in enumerate(self.corpus.analyses)
        ]
        self.query_one("#overview-title", Static).update(title)
        self.query_one("#overview-names", Static).update(Content("\n").join(names))

    def on_data_table_cell_highlighted(self, event: DataTable.CellHighlighted) -> None:
        """Spell out the claim under the cursor and, in an article's column, its report."""
        ov = self.result
        if ov is None or not ov.rows:
            return
        row, col = event.coordinate.row, event.coordinate.column
        claim = ov.rows[row]
        piv = letter(ov.pivot)
        parts = [
            Content.assemble(
                (f"{piv}{claim.index} ", "bold"), ov.analysis.sentences[claim.index].text
            )
        ]
        if col >= 2:
            k, cell = ov.others[col - 2], claim.cells[col - 2]
            cmp = ov.comparisons[col - 2]
            if cell.sentences:
                for j in cell.sentences[:2]:
                    parts.append(
                        Content.assemble((f"{letter(k)}{j} ", "bold"), cmp.b.sentences[j].text)
                    )
                numbers = [n for p in cell.pairs for n in cmp.pairs[p].divergence.numbers]
                for n in [n for n in numbers if n.status != "agree"][:2]:
                    a_text, b_text = n.shown()
                    parts.append(
                        Content.assemble(
                            (f"  {n.unit}: ", "bold"),
                            f"{piv} {a_text} vs {letter(k)} {b_text} · ",
                            (n.status, CELL_STYLE.get(n.status, "bold")),
                        )
                    )
            else:
                parts.append(
                    Content.styled(f"{letter(k)} does not report this claim", "$text-muted")
                )
        self.query_one("#overview-detail", Static).update(Content("\n").join(parts))

    def on_data_table_cell_selected(self, event: DataTable.CellSelected) -> None:
        ov = self.result
        if ov is None:
            return
        row, col = event.coordinate.row, event.coordinate.column
        if col < 2:
            return
        cell = ov.rows[row].cells[col - 2]
        if cell.sentences:
            self.dismiss((ov.pivot, ov.others[col - 2], ov.rows[row].index, cell.sentences[0]))
        else:
            self.notify(f"{letter(ov.others[col - 2])} does not report this claim", timeout=3)

    def action_export(self) -> None:
        """Write the overview as Markdown in the current folder, under a name not yet taken."""
        ov = self.result
        if ov is None:
            self.notify("The overview is not ready yet", timeout=2)
            return
        stem = "overview-" + slug(ov.analysis.article.id)
        path = free_name(Path.cwd(), stem, ".md")
        try:
            write_export(path, render_overview(ov, "md"))
        except CompareError as exc:
            self.notify(str(exc), severity="error", timeout=10, markup=False)
            return
        self.notify(f"Exported to {path}", title="Export", timeout=8, markup=False)

    def action_next_pivot(self) -> None:
        """Recompute with the next loaded article as the pivot."""
        self.workers.cancel_group(self, "overview")
        self.pivot = (self.pivot + 1) % len(self.corpus.analyses)
        self.result = None
        self.query_one(DataTable).clear(columns=True)
        self.query_one("#overview-detail", Static).update("")
        self._title(" and which other article reports each (computing…)")
        self._compute()

    def action_close(self) -> None:
        self.workers.cancel_group(self, "overview")
        self.dismiss(None)
