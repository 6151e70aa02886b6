"""The journal (j): past entries newest first, a page at a time, with search."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import datetime, timedelta

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.screen import Screen
from textual.widgets import Footer, Header, Input, OptionList, Static
from textual.widgets.option_list import Option

from wellbeing_tui.domain.errors import ValidationError
from wellbeing_tui.domain.journal import JournalEntry
from wellbeing_tui.domain.journal_search import JournalQuery, on_this_day, parse_query
from wellbeing_tui.domain.words import count
from wellbeing_tui.ui.format import clip, escape, ordinal, short_day, visible
from wellbeing_tui.ui.journal.editor import JournalEditorScreen
from wellbeing_tui.ui.widgets.deleting import UNDO, DeletesWithUndo

PAGE = 50
MORE = "more"


def _offset(entry: JournalEntry) -> str:
    """The UTC offset the entry was written at, as ``UTC+01:00``."""
    try:
        offset = datetime.fromisoformat(entry.created_at).utcoffset() or timedelta(0)
    except ValueError:
        return ""
    minutes = int(offset.total_seconds() // 60)
    hours, mins = divmod(abs(minutes), 60)
    return f"UTC{'-' if minutes < 0 else '+'}{hours:02d}:{mins:02d}"


def offset_days(entries: Iterable[JournalEntry]) -> set[str]:
    """The days on which the entries were written at more than one UTC offset (the clocks
    changed that night, or the person travelled): there, 01:20 can come after 01:30, so
    each time is shown with its offset."""
    offsets: dict[str, set[str]] = {}
    for entry in entries:
        offsets.setdefault(entry.created_at[:10], set()).add(_offset(entry))
    return {day for day, seen in offsets.items() if len(seen) > 1}


def entry_option(entry: JournalEntry, this_year: int, with_offset: bool = False) -> Option:
    """The first line, then the date (with its year when not this year), emotions and tags
    in a quieter line below; on a day with two UTC offsets, the time's offset too."""
    when = f"{short_day(entry.created_at, this_year)} {entry.created_at[11:16]}"
    details = [f"{when} {_offset(entry)}" if with_offset else when]
    if entry.emotions:
        details.append(", ".join(entry.emotions))
    if entry.tags:
        details.append(" ".join(f"#{t}" for t in entry.tags))
    line = Text.assemble(
        visible(clip(entry.first_line or "(empty)", 70)),
        "\n",
        (visible(" · ".join(details)), "dim"),
    )
    return Option(line, id=entry.id)


class JournalListScreen(DeletesWithUndo[JournalEntry], Screen[None]):
    """Your journal: a safe, private place to write."""

    # Where what is typed here is kept, for "?" (see support/explain.py).
    KEPT = "Entries are in the journal table; deleting asks first."

    CSS_PATH = "entries.tcss"
    BINDINGS = [
        Binding("n", "new", "New", id="new-entry"),
        Binding("slash", "search", "Search", id="search"),
        Binding("o", "on_this_day", "On this day", id="on-this-day"),
        Binding("delete,d", "delete", "Delete", id="delete-entry"),
        UNDO,
        Binding("escape", "back", "Back", id="back"),
    ]

    def __init__(self) -> None:
        super().__init__()
        self.query_: JournalQuery = JournalQuery()
        self.shown: list[JournalEntry] = []
        self.total = 0

    def compose(self) -> ComposeResult:
        yield Header()
        yield Input(
            placeholder="Search: words, tag:work, emotion:numb, from:2026-11-01, to:2026-11-30",
            id="journal-search",
            compact=True,
        )
        yield Static("", id="journal-status")
        yield OptionList(id="entries")
        yield Footer()

    def on_mount(self) -> None:
        self.title = "Journal"
        self.sub_title = "private, just for you"
        self.reload()
        self.query_one("#entries", OptionList).focus()

    _seen: tuple[int, int, int, int] | None = None

    def on_screen_resume(self) -> None:
        # Back from another screen: reload only if something was saved meanwhile (every save
        # replaces the file). The first showing was loaded on mount.
        if self.is_mounted and self.diary.signature() != self._seen:
            self.reload()

    def reload(self, keep: int | None = None) -> None:
        self._seen = self.diary.signature()
        wanted = max(PAGE, keep or 0)
        self.shown, self.total = self.diary.journal.page(self.query_, 0, wanted)
        option_list = self.query_one("#entries", OptionList)
        highlighted = option_list.highlighted
        option_list.clear_options()
        year = self.diary.today().year
        changed = offset_days(self.shown)
        option_list.add_options(
            entry_option(e, year, e.created_at[:10] in changed) for e in self.shown
        )
        self.add_more_option()
        if self.shown:
            option_list.highlighted = min(highlighted or 0, len(self.shown) - 1)
        self.show_status()

    def add_more_option(self) -> None:
        left = self.total - len(self.shown)
        if left > 0:
            text = Text(f"Show {min(PAGE, left)} more ({left} older)", style="dim")
            self.query_one("#entries", OptionList).add_option(Option(text, id=MORE))

    def show_status(self) -> None:
        status = self.query_one("#journal-status", Static)
        if self.total == 0 and self.query_.empty:
            status.update(
                "Your journal is empty. Press [b]n[/b] to write your first entry; a prompt can "
                "help you start, or you can begin with a blank page."
            )
        elif self.total == 0:
            status.update("Nothing matches that search. Escape clears it.")
        elif self.query_.empty:
            status.update(f"{count(self.total, 'entry', 'entries')}, newest first.")
        else:
            status.update(
                f"{self.total} found. Enter opens the first, Tab goes to the list, Escape "
                "clears the search."
            )

    @on(OptionList.OptionSelected, "#entries")
    def chosen(self, event: OptionList.OptionSelected) -> None:
        if event.option.id == MORE:
            option_list = self.query_one("#entries", OptionList)
            option_list.remove_option(MORE)
            more, _ = self.diary.journal.page(self.query_, len(self.shown), PAGE)
            self.shown.extend(more)
            year = self.diary.today().year
            changed = offset_days(self.shown)
            option_list.add_options(
                entry_option(e, year, e.created_at[:10] in changed) for e in more
            )
            self.add_more_option()
            return
        entry = next((e for e in self.shown if e.id == event.option.id), None)
        if entry is not None:
            self.open_entry(entry)

    def open_entry(self, entry: JournalEntry) -> None:
        self.app.push_screen(JournalEditorScreen(entry=entry))

    @on(Input.Submitted, "#journal-search")
    def searched(self, event: Input.Submitted) -> None:
        """Enter searches, and the focus stays in the box, so letters typed next go on into
        the search, never to the list's keys; Enter again opens the first hit."""
        try:
            query = parse_query(event.value)
        except ValidationError as err:
            self.query_one("#journal-status", Static).update(escape(f"{err.field}: {err.message}"))
            return
        entries = self.query_one("#entries", OptionList)
        if query.empty:  # an empty box: every entry, in the list
            if not self.query_.empty:
                self.query_ = query
                self.reload()
            entries.focus()
        elif query == self.query_:
            if self.shown:
                self.open_entry(self.shown[0])
        else:
            self.query_ = query
            self.reload()
            if self.shown:
                entries.highlighted = 0

    def action_search(self) -> None:
        self.query_one("#journal-search", Input).focus()

    def action_on_this_day(self) -> None:
        day = self.diary.today()
        self.query_ = on_this_day(day)
        self.query_one("#journal-search", Input).value = ""
        self.reload()
        status = self.query_one("#journal-status", Static)
        status.update(
            f"On this day: {count(self.total, 'entry', 'entries')} from the "
            f"{ordinal(day.day)} of earlier months. "
            "Escape goes back to all entries."
            if self.total
            else "Nothing written on this day of the month before. Escape goes back."
        )

    def action_new(self) -> None:
        self.app.push_screen(JournalEditorScreen())

    def highlighted_entry(self) -> JournalEntry | None:
        option_list = self.query_one("#entries", OptionList)
        if option_list.highlighted is None:
            return None
        option_id = option_list.get_option_at_index(option_list.highlighted).id
        return next((e for e in self.shown if e.id == option_id), None)

    NOUN = "entry"

    def action_delete(self) -> None:
        entry = self.highlighted_entry()
        if entry is not None:
            which = f'the entry from {short_day(entry.created_at)}, "{clip(entry.first_line, 40)}"'
            self.ask_to_delete(entry, which)

    def delete_record(self, record: JournalEntry) -> Callable[[], JournalEntry | None]:
        journal = self.diary.journal
        return lambda: journal.delete(record.id)

    def restore_record(self, record: JournalEntry) -> Callable[[], object]:
        journal = self.diary.journal
        return lambda: journal.restore(record)

    def after_delete(self) -> None:
        self.reload(len(self.shown))

    def action_back(self) -> None:
        search = self.query_one("#journal-search", Input)
        if not self.query_.empty:
            self.query_ = JournalQuery()
            search.value = ""
            self.reload()
            self.query_one("#entries", OptionList).focus()
        elif search.has_focus:
            self.query_one("#entries", OptionList).focus()
        else:
            self.app.pop_screen()
