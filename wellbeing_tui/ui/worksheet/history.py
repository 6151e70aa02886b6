"""Past worksheets: date, situation and mood change; search by words and thinking trap."""

from __future__ import annotations

from collections.abc import Callable

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.screen import Screen
from textual.widgets import Footer, Header, Input, OptionList, Static
from textual.widgets.option_list import Option

from wellbeing_tui.content.thoughts import TRAPS, TRAPS_BY_SLUG
from wellbeing_tui.domain.errors import ValidationError
from wellbeing_tui.domain.thoughts import ThoughtRecord
from wellbeing_tui.domain.words import count
from wellbeing_tui.domain.worksheet import mood_change
from wellbeing_tui.ui.dialogs.choice import Choice
from wellbeing_tui.ui.format import clip, short_day, visible
from wellbeing_tui.ui.widgets.deleting import UNDO, DeletesWithUndo
from wellbeing_tui.ui.worksheet.worksheet import DRAFT_KIND, WorksheetScreen


def parse_search(text: str) -> tuple[str, list[str]]:
    """Words, and thinking traps written trap:slug or trap:part-of-a-name."""
    words, traps = [], []
    for part in text.split():
        key, _, value = part.partition(":")
        if key.lower() == "trap" and value:
            value = value.lower()
            match = next(
                (
                    t.slug
                    for t in TRAPS
                    if value in (t.slug, t.name.lower())
                    or t.name.lower().startswith(value.replace("-", " "))
                ),
                None,
            )
            if match is None:
                raise ValidationError("trap", f"no thinking trap called '{value}'")
            traps.append(match)
        else:
            words.append(part)
    return " ".join(words), traps


class ThoughtsListScreen(DeletesWithUndo[ThoughtRecord], Screen[None]):
    """Your worksheets, newest first."""

    # Where what is typed here is kept, for "?" (see support/explain.py).
    KEPT = "Worksheets are in the thoughts table."

    CSS_PATH = "history.tcss"
    BINDINGS = [
        Binding("n", "new", "New worksheet", id="new"),
        Binding("slash", "search", "Search", id="search"),
        Binding("delete,d", "delete", "Delete", id="delete"),
        UNDO,
        Binding("escape", "back", "Back", id="back"),
    ]

    def __init__(self) -> None:
        super().__init__()
        self.search_text = ""
        self.shown: list[ThoughtRecord] = []

    def compose(self) -> ComposeResult:
        yield Header()
        yield Input(
            placeholder="Search: words, or trap:mind-reading", id="thought-search", compact=True
        )
        yield Static("", id="thoughts-status")
        yield OptionList(id="worksheets")
        yield Footer()

    def on_mount(self) -> None:
        self.title = "Thought worksheets"
        self.sub_title = "test a thought against the facts, find a fairer one"
        self.reload()
        self.query_one("#worksheets", OptionList).focus()
        self.offer_draft()

    _seen: tuple[int, int, int, int] | None = None

    def on_screen_resume(self) -> None:
        # Back from another screen: reload only if something was saved meanwhile (every save
        # replaces the file). The first showing was loaded on mount.
        if self.is_mounted and self.diary.signature() != self._seen:
            self.reload()

    def offer_draft(self) -> None:
        """Every unfinished worksheet is kept; the newest is offered first, then the next."""
        drafts = self.diary.drafts.all(DRAFT_KIND)
        if not drafts:
            return
        draft = drafts[0]

        def answered(answer: str | None) -> None:
            if answer == "continue":
                self.app.push_screen(WorksheetScreen(draft=dict(draft.data), draft_id=draft.id))
            elif answer == "discard":
                self.main_app.write(
                    lambda: self.diary.drafts.clear(DRAFT_KIND, draft.id),
                    done=lambda _: self.offer_draft(),
                )

        more = f" (and {count(len(drafts) - 1, 'other')} kept)" if len(drafts) > 1 else ""
        self.app.push_screen(
            Choice(
                f"You have an unfinished worksheet from {short_day(draft.updated_at)}{more}. "
                "Carry on with it?",
                [("continue", "Carry on"), ("later", "Not now"), ("discard", "Discard it")],
                cancel="later",
            ),
            answered,
        )

    def reload(self) -> None:
        self._seen = self.diary.signature()
        status = self.query_one("#thoughts-status", Static)
        try:
            words, traps = parse_search(self.search_text)
        except ValidationError as err:
            status.update(err.message)
            return
        self.shown = self.diary.worksheets.search(words, traps)
        listing = self.query_one("#worksheets", OptionList)
        listing.clear_options()
        for record in self.shown:
            trap_names = ", ".join(TRAPS_BY_SLUG[s].name for s in record.distortions)
            details = " · ".join(
                x for x in (short_day(record.created_at), mood_change(record), trap_names) if x
            )
            listing.add_option(
                Option(
                    Text.assemble(
                        visible(clip(record.situation.splitlines()[0], 70)),
                        "\n",
                        (visible(details), "dim"),
                    ),
                    id=record.id,
                )
            )
        if self.shown:
            listing.highlighted = 0
        if not self.shown and not self.search_text:
            status.update(
                "No worksheets yet. Press [b]n[/b] when a thought keeps pulling you "
                "down: you go through it one step at a time."
            )
        elif not self.shown:
            status.update("Nothing matches that search. Escape clears it.")
        else:
            status.update(f"{count(len(self.shown), 'worksheet')}, newest first. Enter opens one.")

    @on(Input.Submitted, "#thought-search")
    def searched(self, event: Input.Submitted) -> None:
        self.search_text = event.value
        self.reload()
        self.query_one("#worksheets", OptionList).focus()

    @on(OptionList.OptionSelected, "#worksheets")
    def opened(self, event: OptionList.OptionSelected) -> None:
        record = next((r for r in self.shown if r.id == event.option.id), None)
        if record is not None:
            self.app.push_screen(WorksheetScreen(record=record))

    def action_new(self) -> None:
        self.app.push_screen(WorksheetScreen())

    def action_search(self) -> None:
        self.query_one("#thought-search", Input).focus()

    NOUN = "worksheet"

    def action_delete(self) -> None:
        listing = self.query_one("#worksheets", OptionList)
        if listing.highlighted is None or not self.shown:
            return
        record = self.shown[listing.highlighted]
        which = f'the worksheet from {short_day(record.created_at)}, "{clip(record.situation, 40)}"'
        self.ask_to_delete(record, which)

    def delete_record(self, record: ThoughtRecord) -> Callable[[], ThoughtRecord | None]:
        worksheets = self.diary.worksheets
        return lambda: worksheets.delete(record.id)

    def restore_record(self, record: ThoughtRecord) -> Callable[[], object]:
        worksheets = self.diary.worksheets
        return lambda: worksheets.restore(record)

    def after_delete(self) -> None:
        self.reload()

    def action_back(self) -> None:
        search = self.query_one("#thought-search", Input)
        if search.has_focus or self.search_text:
            search.value = ""
            if self.search_text:
                self.search_text = ""
                self.reload()
            self.query_one("#worksheets", OptionList).focus()
            return
        self.app.pop_screen()
