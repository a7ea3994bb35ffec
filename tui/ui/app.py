"""CompareApp: two linked article panes, the entity sidebar, notes and export."""

from __future__ import annotations

import gc
import re
from pathlib import Path

from textual import work
from textual.app import App, ComposeResult, SystemCommand
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.markup import escape
from textual.widgets import Footer, Input, LoadingIndicator
from textual.worker import Worker, WorkerState, get_current_worker

from tui.articles import Article
from tui.comparison import Comparison, Corpus, EntityRow
from tui.config import load_config
from tui.errors import CompareError
from tui.export import to_markdown, write_export
from tui.notes import NoteStore
from tui.paths import free_name, slug
from tui.ui.describe import entity_content, header_content, pair_content
from tui.ui.marks import sentence_marks
from tui.ui.screens.help import HelpScreen
from tui.ui.screens.note import NoteEditor
from tui.ui.screens.overview import OverviewScreen
from tui.ui.screens.picker import ArticlePicker
from tui.ui.themes import DIFF_VARIABLES, load_themes
from tui.ui.widgets.bar import Bar
from tui.ui.widgets.entities import EntitySidebar
from tui.ui.widgets.pane import ArticlePane, SentenceMarks

THRESHOLD_STEP = 0.05


class Cancelled(Exception):
    """Alignment was cancelled by the user."""


class CompareApp(App[None]):
    """Compare two of the loaded articles side by side."""

    CSS_PATH = "app.tcss"
    TITLE = "compare"
    #: Below 120 columns the entity sidebar is hidden (``b`` shows it), so the panes keep room.
    HORIZONTAL_BREAKPOINTS = [(0, "-narrow"), (120, "-wide")]
    #: Under 35 rows the overview drops its list of articles and shortens its detail.
    VERTICAL_BREAKPOINTS = [(0, "-short"), (35, "-tall")]

    BINDINGS = [
        Binding("j,down", "next_pair", "Next pair", id="pair.next"),
        Binding("k,up", "prev_pair", "Prev pair", id="pair.prev", show=False),
        Binding("n", "next_divergence", "Next diff", id="divergence.next"),
        Binding("N", "prev_divergence", "Prev diff", id="divergence.prev", show=False),
        Binding("u", "next_only", "One-side only", id="only.next"),
        Binding("J,shift+down", "cursor(1)", "Sentence cursor down", id="cursor.down", show=False),
        Binding("K,shift+up", "cursor(-1)", "Sentence cursor up", id="cursor.up", show=False),
        Binding("enter", "jump", "Jump to pair", id="cursor.jump", show=False),
        Binding("a", "note", "Note", id="note.edit"),
        Binding("l", "link", "Link by hand", id="link.add", show=False),
        Binding("x", "unlink", "Remove link", id="link.remove", show=False),
        Binding("s", "swap", "Swap", id="swap"),
        Binding("o", "pick", "Articles", id="picker.open"),
        Binding("v", "overview", "Overview", id="overview.open", show=False),
        Binding("slash", "search", "Search", id="search.open"),
        Binding("plus,equals_sign", "threshold(1)", "Threshold +", id="threshold.up", show=False),
        Binding("minus", "threshold(-1)", "Threshold -", id="threshold.down", show=False),
        Binding("f", "toggle_follow", "Follow scroll", id="follow.toggle", show=False),
        Binding("b", "toggle_sidebar", "Sidebar", id="sidebar.toggle", show=False),
        Binding("e", "export", "Export", id="export"),
        Binding("t", "cycle_theme", "Theme", id="theme.cycle", show=False),
        Binding("escape", "cancel", "Cancel", id="cancel", show=False),
        Binding("question_mark", "help", "Help", id="help"),
        Binding("q", "quit", "Quit", id="quit"),
    ]

    HELP_TEXT = {
        "pair.next": "next aligned pair",
        "pair.prev": "previous aligned pair",
        "divergence.next": "next divergence (conflicting or differing numbers, changed wording or quote)",
        "divergence.prev": "previous divergence",
        "only.next": "next sentence found in one article only (in the focused pane)",
        "cursor.down": "move the sentence cursor down in the focused pane",
        "cursor.up": "move the sentence cursor up in the focused pane",
        "cursor.jump": "jump to the pair of the sentence under the cursor",
        "note.edit": "add or edit the note on the current pair (enter saves, escape cancels)",
        "link.add": "link the A cursor sentence with the B cursor sentence by hand",
        "link.remove": "remove the current pair's link",
        "swap": "swap the two sides",
        "picker.open": "choose articles A and B (fuzzy search)",
        "overview.open": "overview: A's claims against every loaded article (enter opens a pair)",
        "search.open": "search the text of both articles (enter: next hit, escape: close)",
        "threshold.up": "raise the alignment threshold (fewer, surer links)",
        "threshold.down": "lower the alignment threshold (more links)",
        "follow.toggle": "toggle scroll-follow between the panes",
        "sidebar.toggle": "show or hide the entity sidebar (hidden under 120 columns)",
        "export": "export the annotated comparison to Markdown in the current folder",
        "theme.cycle": "next theme",
        "cancel": "cancel a running alignment; clear search and entity highlights",
        "help": "this help",
        "quit": "quit",
    }

    def __init__(
        self,
        articles: list[Article],
        *,
        theme: str | None = None,
        threshold: float | None = None,
        pair: tuple[int, int] = (0, 1),
    ) -> None:
        super().__init__()
        self.articles = articles
        self.config, config_warning = load_config()
        self._startup_notes: list[tuple[str, str]] = []
        if config_warning:
            self._startup_notes.append((config_warning, "warning"))
        themes, errors = load_themes()
        for t in themes:
            self.register_theme(t)
        self.theme_names = [t.name for t in themes]
        if errors:
            self._startup_notes.append(("Skipped themes: " + "; ".join(errors), "warning"))
        wanted = theme or self.config.theme
        if wanted not in self.available_themes:
            self._startup_notes.append((f"Unknown theme {wanted!r}; using compare-dark", "warning"))
            wanted = "compare-dark" if "compare-dark" in self.available_themes else "textual-dark"
        self.theme = wanted
        if self.config.keymap:
            self.set_keymap(self.config.keymap)
        self.threshold = threshold if threshold is not None else self.config.threshold
        self.follow = self.config.follow_scroll
        self.pair = pair
        self.corpus: Corpus | None = None
        self.cmp: Comparison | None = None
        self.store: NoteStore | None = None
        self.current: int | None = None
        self.entity: EntityRow | None = None
        self.entity_step = -1
        self.search_query = ""
        self.search_step = -1
        self.last_export: Path | None = None
        #: (A sentence, B sentence) of the pair to show when the next comparison is ready.
        self.pending: tuple[int, int] | None = None

    # -- layout -------------------------------------------------------------------------------
    def get_theme_variable_defaults(self) -> dict[str, str]:
        return dict(DIFF_VARIABLES)

    def compose(self) -> ComposeResult:
        yield Bar(id="header")
        with Horizontal(id="main"):
            with Horizontal(id="panes"):
                yield ArticlePane("a", id="pane-a")
                yield ArticlePane("b", id="pane-b")
            yield EntitySidebar(id="entities")
        with Vertical(id="bottom"):
            yield LoadingIndicator(id="busy")
            yield Bar(id="detail")
            yield Input(placeholder="search both articles; enter = next hit", id="search")
        yield Footer()

    def on_mount(self) -> None:
        for message, severity in self._startup_notes:
            self.notify(escape(message), severity=severity, timeout=8)
        self.theme_changed_signal.subscribe(self, self._on_theme_changed)
        self.query_one("#search", Input).display = False
        self.query_one("#search", Input).cursor_blink = False
        self.query_one("#pane-a", ArticlePane).focus()
        self._header_text("Loading…")
        self.start_comparison()

    def _on_theme_changed(self, _theme) -> None:
        for pane in self._panes():
            pane.restyle()

    def _panes(self) -> tuple[ArticlePane, ArticlePane]:
        return self.query_one("#pane-a", ArticlePane), self.query_one("#pane-b", ArticlePane)

    # -- the comparison worker ----------------------------------------------------------------
    def start_comparison(self) -> None:
        """(Re)compute the comparison for ``self.pair`` in a thread; the UI stays live."""
        a, b = self.pair
        self.store = NoteStore.open(self.articles[a], self.articles[b])
        if self.store.warning:
            self.notify(escape(self.store.warning), severity="warning", timeout=10)
        self.query_one("#busy").display = True
        label = f"Aligning {self.articles[a].title[:40]} ⟷ {self.articles[b].title[:40]}…"
        self.query_one("#detail", Bar).update(Content(label + "  (escape cancels)"))
        if self.cmp is None:
            for pane in self._panes():
                pane.set_placeholder("Aligning…")
        self._compute(a, b, self.threshold, self.store)

    @work(thread=True, exclusive=True, group="align", exit_on_error=False)
    def _compute(self, a: int, b: int, threshold: float, store: NoteStore) -> Comparison:
        worker = get_current_worker()

        def stop() -> bool:
            return worker.is_cancelled

        if self.corpus is None:
            self.corpus = Corpus(self.articles)
        if stop():
            raise Cancelled
        self._place_notes(store, *(self.corpus.analyses[k].sentences for k in (a, b)))
        cmp = self.corpus.compare(
            a,
            b,
            threshold=threshold,
            manual=store.manual,
            removed=store.removed,
            should_stop=stop,
        )
        if stop():
            raise Cancelled
        return cmp

    def _place_notes(self, store: NoteStore, sentences_a, sentences_b) -> None:
        """Re-attach notes whose sentences moved (any thread); say so, and save the result."""
        message = store.place([s.text for s in sentences_a], [s.text for s in sentences_b])
        if message is None:
            return
        severity = "warning" if store.lost else "information"
        try:
            store.save()
        except CompareError as exc:
            message, severity = f"{message}. {exc}", "error"
        self.notify(escape(message), severity=severity, timeout=12)

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        if event.worker.group != "align":
            return
        if event.state == WorkerState.SUCCESS:
            self.query_one("#busy").display = False
            self.show_comparison(event.worker.result)
        elif event.state == WorkerState.ERROR:
            self.query_one("#busy").display = False
            err = event.worker.error
            if isinstance(err, Cancelled):
                self._cancelled()
            elif isinstance(err, CompareError):
                self.notify(escape(str(err)), severity="error", timeout=10)
                self._detail_update()
            else:
                self.notify(escape(f"Alignment failed: {err!r}"), severity="error", timeout=10)
                self._detail_update()
        elif event.state == WorkerState.CANCELLED:
            self.query_one("#busy").display = False
            self._cancelled()

    def _cancelled(self) -> None:
        self.notify("Alignment cancelled", severity="warning")
        if self.cmp is None:
            for pane in self._panes():
                pane.set_placeholder("Alignment cancelled: press o to choose articles, q to quit")
        self._detail_update()

    def show_comparison(self, cmp: Comparison) -> None:
        """Display a finished comparison."""
        keep = self._current_pair_ids()
        self.cmp = cmp
        self.current = None  # an index into the old pairs; go_to_pair sets the new one below
        self.pair_index = {(p.a, p.b): n for n, p in enumerate(cmp.pairs)}
        self.pairs_of_a: dict[int, list[int]] = {}
        self.pairs_of_b: dict[int, list[int]] = {}
        for n, p in enumerate(cmp.pairs):
            for i in p.a:
                self.pairs_of_a.setdefault(i, []).append(n)
            for j in p.b:
                self.pairs_of_b.setdefault(j, []).append(n)
        self.entity = None
        self.entity_step = -1
        pane_a, pane_b = self._panes()
        pane_a.set_document(cmp.a, self._marks("a"))
        pane_b.set_document(cmp.b, self._marks("b"))
        self.query_one(EntitySidebar).show(cmp.sources + cmp.entities)
        self._header_text()
        # One full collection now, then keep the long-lived analysis out of later collections:
        # on 2,000-sentence articles a gen-2 pass otherwise stalls a j press by ~110 ms.
        gc.unfreeze()
        gc.collect()
        gc.freeze()
        target = self.pair_index.get(keep) if keep else None
        if self.pending is not None:
            i, j = self.pending
            self.pending = None
            target = next((n for n, p in enumerate(cmp.pairs) if i in p.a and j in p.b), target)
        if target is None and cmp.pairs:
            target = 0
        self.call_after_refresh(self.go_to_pair, target)

    def _current_pair_ids(self):
        if self.cmp is None or self.current is None:
            return None
        p = self.cmp.pairs[self.current]
        return (p.a, p.b)

    # -- marks --------------------------------------------------------------------------------
    def _marks(self, side: str) -> SentenceMarks:
        assert self.cmp is not None
        return sentence_marks(self.cmp, side, self.current, self.entity, self.search_query)

    def _refresh_marks(self, changed_a=None, changed_b=None) -> None:
        pane_a, pane_b = self._panes()
        pane_a.update_marks(self._marks("a"), changed_a)
        pane_b.update_marks(self._marks("b"), changed_b)

    # -- header and detail --------------------------------------------------------------------
    def _header_text(self, status: str | None = None) -> None:
        a, b = self.articles[self.pair[0]], self.articles[self.pair[1]]
        summary = self.cmp.summary() if self.cmp is not None and status is None else None
        self.query_one("#header", Bar).update(
            header_content(a, b, summary, self.threshold, self.follow, self.size.width, status)
        )

    def _detail_update(self, extra: Content | None = None) -> None:
        detail = self.query_one("#detail", Bar)
        cmp = self.cmp
        if extra is not None:
            detail.update(extra)
            return
        if cmp is None:
            detail.update(Content(""))
            return
        if self.current is None:
            detail.update(
                Content.styled("No pair selected. j/k move between aligned pairs.", "$text-muted")
            )
            return
        p = cmp.pairs[self.current]
        note = self.store.note(p.a, p.b) if self.store else ""
        detail.update(pair_content(cmp, self.current, note))

    # -- moving between pairs -----------------------------------------------------------------
    def go_to_pair(self, n: int | None) -> None:
        """Make pair ``n`` current and centre both panes on it."""
        cmp = self.cmp
        if cmp is None:
            return
        pane_a, pane_b = self._panes()
        old = cmp.pairs[self.current] if self.current is not None else None
        self.current = n
        if n is None:
            self._refresh_marks()
            self._detail_update()
            return
        p = cmp.pairs[n]
        changed_a = set(p.a) | (set(old.a) if old else set())
        changed_b = set(p.b) | (set(old.b) if old else set())
        pane_a.set_cursor(p.a[0])
        pane_b.set_cursor(p.b[0])
        self._refresh_marks(changed_a, changed_b)
        pane_a.centre_on(p.a)
        pane_b.centre_on(p.b)
        self._detail_update()

    def _step(self, delta: int, predicate=None) -> None:
        cmp = self.cmp
        if cmp is None or not cmp.pairs:
            self.bell()
            return
        count = len(cmp.pairs)
        start = self.current if self.current is not None else (-1 if delta > 0 else count)
        for k in range(1, count + 1):
            n = start + delta * k
            if not 0 <= n < count:
                break
            if predicate is None or predicate(cmp.pairs[n]):
                self.go_to_pair(n)
                return
        self.clear_notifications()
        self.notify(
            "No more" + (" divergences" if predicate else " pairs") + " in that direction",
            timeout=2,
        )

    def action_next_pair(self) -> None:
        self._step(1)

    def action_prev_pair(self) -> None:
        self._step(-1)

    def action_next_divergence(self) -> None:
        self._step(1, lambda p: p.is_divergence)

    def action_prev_divergence(self) -> None:
        self._step(-1, lambda p: p.is_divergence)

    def _focused_pane(self) -> ArticlePane:
        focused = self.focused
        if isinstance(focused, ArticlePane):
            return focused
        return self._panes()[0]

    def action_next_only(self) -> None:
        cmp = self.cmp
        if cmp is None:
            return
        pane = self._focused_pane()
        only = cmp.only_a if pane.side == "a" else cmp.only_b
        if not only:
            self.notify(f"Every sentence of {pane.side.upper()} has a counterpart", timeout=3)
            return
        cur = pane.cursor if pane.cursor is not None else -1
        nxt = next((i for i in only if i > cur), only[0])
        self._show_lone(pane, nxt)

    def _show_lone(self, pane: ArticlePane, index: int) -> None:
        cmp = self.cmp
        assert cmp is not None
        pane.set_cursor(index)
        pane.centre_on([index])
        an = cmp.a if pane.side == "a" else cmp.b
        s = an.sentences[index]
        side = pane.side.upper()
        status = (
            "found in this article only"
            if index in (cmp.only_a if pane.side == "a" else cmp.only_b)
            else s.kind
        )
        if index in an.lede:
            status += f" · {side} leads with it"
        self._detail_update(
            Content.assemble(
                (f"{side}{index}", "bold"),
                " · ",
                (status, "bold $diff-only"),
                "\n  ",
                s.text[:300],
            )
        )

    def action_cursor(self, delta: int) -> None:
        cmp = self.cmp
        if cmp is None:
            return
        pane = self._focused_pane()
        an = cmp.a if pane.side == "a" else cmp.b
        cur = pane.cursor if pane.cursor is not None else 0
        nxt = max(0, min(len(an.sentences) - 1, cur + delta))
        if self._pairs_of(pane.side, nxt):
            self._cursor_to(pane, nxt)
        else:
            self._show_lone(pane, nxt)

    def _cursor_to(self, pane: ArticlePane, index: int) -> None:
        pane.set_cursor(index)
        region = pane.sentence_region([index])
        pane.scroll_to_region(region, animate=False, immediate=True)
        pairs = self._pairs_of(pane.side, index)
        self._detail_update(
            Content.assemble(
                (f"{pane.side.upper()}{index}", "bold"),
                f" · in pair {', '.join(str(n + 1) for n in pairs)} · enter jumps to it",
            )
        )

    def _pairs_of(self, side: str, index: int) -> list[int]:
        return (self.pairs_of_a if side == "a" else self.pairs_of_b).get(index, [])

    def action_jump(self) -> None:
        pane = self._focused_pane()
        if pane.cursor is None or self.cmp is None:
            return
        pairs = self._pairs_of(pane.side, pane.cursor)
        if pairs:
            self.go_to_pair(pairs[0])
        else:
            self.notify("That sentence has no counterpart", timeout=2)

    def on_article_pane_sentence_clicked(self, event: ArticlePane.SentenceClicked) -> None:
        if self.cmp is None:
            return
        pairs = self._pairs_of(event.pane.side, event.index)
        if pairs:
            nxt = pairs[0]
            if self.current in pairs:
                nxt = pairs[(pairs.index(self.current) + 1) % len(pairs)]
            self.go_to_pair(nxt)
            event.pane.set_cursor(event.index)
        else:
            self._show_lone(event.pane, event.index)

    # -- scroll-follow ------------------------------------------------------------------------
    def on_article_pane_scrolled(self, event: ArticlePane.Scrolled) -> None:
        if not self.follow or self.cmp is None:
            return
        src = event.pane
        pane_a, pane_b = self._panes()
        dst = pane_b if src is pane_a else pane_a
        viewport = src.scrollable_content_region.height
        anchor = round(src.scroll_y) + viewport // 3
        idx = src.sentence_at(anchor)
        if idx is None:
            return
        pairs_of = self.pairs_of_a if src.side == "a" else self.pairs_of_b
        k = idx
        while k >= 0 and k not in pairs_of:
            k -= 1
        if k < 0:
            return
        pair = self.cmp.pairs[pairs_of[k][0]]
        partner = pair.b if src.side == "a" else pair.a
        top = src.sentence_top(k)
        frac = (
            0.0 if k != idx else min(1.0, max(0.0, (anchor - top) / max(1, src.sentence_height(k))))
        )
        offset_in_view = (top - round(src.scroll_y)) if k != idx else viewport // 3
        ptop = dst.sentence_top(partner[0])
        target = ptop + frac * dst.sentence_height(partner[0]) - offset_in_view
        dst.scroll_programmatic(target)

    def action_toggle_follow(self) -> None:
        self.follow = not self.follow
        self.notify("Scroll-follow " + ("on" if self.follow else "off"), timeout=2)
        self._header_text()

    def action_toggle_sidebar(self) -> None:
        sidebar = self.query_one(EntitySidebar)
        shown = sidebar.display
        sidebar.screen.set_class(shown, "-sidebar-hidden")
        sidebar.screen.set_class(not shown, "-sidebar-shown")
        if shown and sidebar.has_focus:
            self._focused_pane().focus()

    # -- notes and links ----------------------------------------------------------------------
    def action_note(self) -> None:
        cmp = self.cmp
        if cmp is None or self.current is None or self.store is None:
            self.notify("Choose a pair first (j/k)", timeout=3)
            return
        p = cmp.pairs[self.current]
        title = f"Note on pair {self.current + 1}: {p.topic}"

        def done(text: str | None) -> None:
            if text is None or self.store is None or self.cmp is None:
                return
            self.store.set_note(p.a, p.b, text, **self._texts(p.a, p.b))
            if self._save_store():
                self.notify("Note saved" if text else "Note removed", timeout=2)
            self._detail_update()

        self.push_screen(NoteEditor(title, self.store.note(p.a, p.b)), done)

    def _texts(self, a: tuple[int, ...], b: tuple[int, ...]) -> dict[str, list[str]]:
        """The sentences of a pair, which a note or hand link is anchored to."""
        assert self.cmp is not None
        return {
            "a_texts": [self.cmp.a.sentences[i].text for i in a],
            "b_texts": [self.cmp.b.sentences[j].text for j in b],
        }

    def _save_store(self) -> bool:
        try:
            assert self.store is not None
            self.store.save()
            return True
        except CompareError as exc:
            self.notify(escape(str(exc)), severity="error", timeout=10)
            return False

    def action_link(self) -> None:
        if self.cmp is None or self.store is None:
            return
        pane_a, pane_b = self._panes()
        i, j = pane_a.cursor, pane_b.cursor
        if i is None or j is None:
            self.notify(
                "Put the sentence cursor on a sentence in each pane first (J/K or click)", timeout=4
            )
            return
        if (i,) in [p.a for p in self.cmp.pairs if j in p.b]:
            self.notify(f"A{i} and B{j} are already linked", timeout=3)
            return
        self.store.add_link((i,), (j,), **self._texts((i,), (j,)))
        if self._save_store():
            self.notify(f"Linked A{i} with B{j}", timeout=2)
        self.pending = (i, j)  # then show the new pair
        self.start_comparison()

    def action_unlink(self) -> None:
        if self.cmp is None or self.current is None or self.store is None:
            return
        p = self.cmp.pairs[self.current]
        noted = bool(self.store.note(p.a, p.b).strip())
        self.store.remove_link(p.a, p.b, **self._texts(p.a, p.b))
        # then stay where the pair was: on the pair after it (or before it, at the end)
        near = self.cmp.pairs[self.current + 1 :] or self.cmp.pairs[: self.current][-1:]
        if near:
            self.pending = (near[0].a[0], near[0].b[0])
        if self._save_store():
            self.notify(
                f"Removed the link of pair {self.current + 1}"
                + ("; its note is kept and exported with the unpaired notes" if noted else ""),
                timeout=4 if noted else 2,
            )
        self.start_comparison()

    def action_swap(self) -> None:
        if self.cmp is None:
            return
        keep = self._current_pair_ids()
        self.pair = (self.pair[1], self.pair[0])
        self.store = NoteStore.open(self.articles[self.pair[0]], self.articles[self.pair[1]])
        swapped = self.cmp.swapped()
        self._place_notes(self.store, swapped.a.sentences, swapped.b.sentences)
        self.show_comparison(swapped)
        if keep:
            self.call_after_refresh(self.go_to_pair, self.pair_index.get((keep[1], keep[0])))
        self.notify("Swapped sides", timeout=2)

    def action_pick(self) -> None:
        def chosen(result: tuple[int, int] | None) -> None:
            if result is None or result == self.pair:
                return
            self.pair = result
            self.cmp = None
            self.current = None
            self.start_comparison()

        self.push_screen(ArticlePicker(self.articles, self.pair), chosen)

    def action_overview(self) -> None:
        if self.corpus is None or self.cmp is None:
            self.notify("Wait for the alignment to finish", timeout=3)
            return

        def chosen(result: tuple[int, int, int, int] | None) -> None:
            if result is None:
                return
            pivot, other, i, j = result
            if (pivot, other) == self.pair and self.cmp is not None:
                self.go_to_pair(
                    next((n for n, p in enumerate(self.cmp.pairs) if i in p.a and j in p.b), None)
                )
                return
            self.pair = (pivot, other)
            self.pending = (i, j)
            self.cmp = None
            self.current = None
            self.start_comparison()

        corpus = self.corpus

        def edits(pivot: int, k: int) -> tuple:
            """The hand links of ``pivot`` and article ``k``, placed on today's sentences."""
            store = NoteStore.open(self.articles[pivot], self.articles[k])
            if store.warning:
                self.call_from_thread(
                    self.notify, escape(store.warning), severity="warning", timeout=10
                )
            texts = ([s.text for s in corpus.analyses[x].sentences] for x in (pivot, k))
            store.place(*texts)
            return store.manual, store.removed

        self.push_screen(OverviewScreen(corpus, self.pair[0], self.threshold, edits), chosen)

    def action_threshold(self, direction: int) -> None:
        new = round(min(0.95, max(0.05, self.threshold + direction * THRESHOLD_STEP)), 2)
        if new == self.threshold:
            self.bell()
            return
        self.threshold = new
        self.notify(f"Alignment threshold {new:.2f}", timeout=2)
        self.start_comparison()

    def action_export(self) -> None:
        if self.cmp is None:
            self.notify("Nothing to export yet", timeout=2)
            return
        a, b = self.cmp.a.article, self.cmp.b.article
        stem = "compare-" + slug(a.id) + "-vs-" + slug(b.id)
        path = free_name(Path.cwd(), stem, ".md")
        try:
            notes, lost = (self.store.notes, self.store.lost) if self.store else ({}, [])
            write_export(path, to_markdown(self.cmp, notes, lost=lost))
        except CompareError as exc:
            self.notify(escape(str(exc)), severity="error", timeout=10)
            return
        self.last_export = path
        self.notify(escape(f"Exported to {path}"), title="Export", timeout=8)

    def action_cycle_theme(self) -> None:
        names = [n for n in self.theme_names if n in self.available_themes] or ["textual-dark"]
        nxt = names[(names.index(self.theme) + 1) % len(names)] if self.theme in names else names[0]
        self.theme = nxt
        self.notify(f"Theme: {nxt}", timeout=2)

    def action_cancel(self) -> None:
        running = [w for w in self.workers if w.group == "align" and w.is_running]
        if running:
            for w in running:
                w.cancel()
            return
        if self.entity is not None or self.search_query:
            self.entity = None
            self.search_query = ""
            self.query_one("#search", Input).display = False
            self._refresh_marks()
            self._detail_update()

    def action_help(self) -> None:
        rows: dict[str, list[str]] = {}
        order: list[str] = []
        for binding in self._bindings_by_id():
            rows.setdefault(binding[0], [])
            if binding[0] not in order:
                order.append(binding[0])
            rows[binding[0]].extend(binding[1])
        lines = [
            (", ".join(_key_name(k) for k in rows[i]), self.HELP_TEXT.get(i, i)) for i in order
        ]
        lines += [
            ("tab", "move focus between the panes and the entity sidebar"),
            ("click", "select the pair of a sentence"),
            ("enter (sidebar)", "highlight a source's or entity's mentions; enter again steps on"),
            ("ctrl+p", "command palette"),
        ]
        self.push_screen(HelpScreen(lines))

    def _bindings_by_id(self) -> list[tuple[str, list[str]]]:
        keymap = self.config.keymap
        out = []
        for b in self.BINDINGS:
            assert isinstance(b, Binding)
            keys = keymap.get(b.id, b.key) if b.id else b.key
            out.append((b.id or b.action, [k.strip() for k in keys.split(",")]))
        return out

    def get_system_commands(self, screen):
        yield from super().get_system_commands(screen)
        yield SystemCommand("Export Markdown", "Save the annotated comparison", self.action_export)
        yield SystemCommand("Swap sides", "Swap article A and B", self.action_swap)
        yield SystemCommand("Choose articles", "Pick articles A and B", self.action_pick)

    # -- search -------------------------------------------------------------------------------
    def action_search(self) -> None:
        box = self.query_one("#search", Input)
        box.display = True
        box.focus()

    def on_input_changed(self, event: Input.Changed) -> None:
        if event.input.id != "search":
            return
        self.search_query = event.value if len(event.value) >= 2 else ""
        self.search_step = -1
        if self.cmp is not None:
            self._refresh_marks()

    def on_input_submitted(self, event: Input.Submitted) -> None:
        if event.input.id != "search" or self.cmp is None or not self.search_query:
            return
        hits = []
        for side, an in (("a", self.cmp.a), ("b", self.cmp.b)):
            for m in re.finditer(re.escape(self.search_query), an.article.text, re.IGNORECASE):
                hits.append((side, an.sentence_at(m.start())))
        if not hits:
            self.notify(escape(f"No match for {self.search_query!r}"), timeout=2)
            return
        self.search_step = (self.search_step + 1) % len(hits)
        side, idx = hits[self.search_step]
        pane = self._panes()[0 if side == "a" else 1]
        pane.set_cursor(idx)
        pane.centre_on([idx])
        self._detail_update(
            Content(
                f"Match {self.search_step + 1}/{len(hits)} in {side.upper()}{idx} · enter: next · escape: close"
            )
        )

    def on_key(self, event) -> None:
        box = self.query_one("#search", Input)
        if event.key == "escape" and box.has_focus:
            box.display = False
            self._panes()[0].focus()
            event.stop()

    # -- entities -----------------------------------------------------------------------------
    def on_entity_sidebar_entity_highlighted(self, event: EntitySidebar.EntityHighlighted) -> None:
        row = event.row
        self._detail_update(entity_content(row))

    def on_entity_sidebar_entity_chosen(self, event: EntitySidebar.EntityChosen) -> None:
        row = event.row
        if self.cmp is None:
            return
        if self.entity is not row:
            self.entity = row
            self.entity_step = -1
            self._refresh_marks()
        mentions = [("a", s) for s, _ in row.spans_a] + [("b", s) for s, _ in row.spans_b]
        if not mentions:
            return
        self.entity_step = (self.entity_step + 1) % len(mentions)
        side, offset = mentions[self.entity_step]
        pane = self._panes()[0 if side == "a" else 1]
        an = self.cmp.a if side == "a" else self.cmp.b
        pane.centre_on([an.sentence_at(offset)])
        self._detail_update(
            Content.assemble(
                entity_content(row),
                f"\n  mention {self.entity_step + 1}/{len(mentions)} (in {side.upper()}) · enter: next",
            )
        )


def _key_name(key: str) -> str:
    return {
        "question_mark": "?",
        "slash": "/",
        "plus": "+",
        "equals_sign": "=",
        "minus": "-",
    }.get(key, key)
