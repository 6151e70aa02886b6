"""The first screen of an encrypted diary: its passphrase, asked for calmly.

Opening takes about a second (the key is derived once, on purpose slowly, so a guessed
passphrase costs as much): it happens off the screen's thread, with a word saying so. Three
wrong tries close the app with one line; help (F1) needs no data and opens at any time.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import Screen
from textual.widgets import Footer, Input, Static

from wellbeing_tui.services.errors import StoreError, WrongPassphrase
from wellbeing_tui.ui.format import escape

TRIES = 3
EXPLAIN = (
    "This diary is encrypted. Type its passphrase to open it.\n\n"
    "[dim]Nothing you type here is kept or sent anywhere. F1 shows helplines at any time, "
    "without opening the diary.[/]"
)


class UnlockScreen(Screen[None]):
    """Asks for the passphrase; ``open_with`` turns it into the opened data file."""

    # Where what is typed here is kept, for "?" (see support/explain.py).
    KEPT = "The passphrase is never kept: it opens the key file, then is let go."

    DEFAULT_CSS = """
    UnlockScreen { align: center middle; }
    UnlockScreen > Vertical { width: 64; max-width: 95%; height: auto; border: round $primary;
                              background: $surface; padding: 1 2; }
    UnlockScreen #unlock-title { text-style: bold; margin-bottom: 1; }
    UnlockScreen #unlock-status { height: auto; margin-top: 1; }
    UnlockScreen #unlock-status.problem { color: $warning; }
    """
    BINDINGS = [Binding("escape", "app.quit", "Quit", id="quit")]

    def __init__(
        self,
        open_with: Callable[[str], Any],
        opened: Callable[[Any], None],
        failed: Callable[[str], None],
    ) -> None:
        super().__init__()
        self.open_with = open_with
        self.opened = opened
        self.failed = failed
        self.tries = 0

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Static("wellbeing", id="unlock-title")
            yield Static(EXPLAIN, id="unlock-explain")
            yield Input(password=True, placeholder="passphrase", id="passphrase")
            yield Static("", id="unlock-status")
        yield Footer()

    def on_mount(self) -> None:
        self.title = "wellbeing"
        self.query_one(Input).focus()

    def status(self, words: str, *, problem: bool = False) -> None:
        line = self.query_one("#unlock-status", Static)
        line.update(escape(words))
        line.set_class(problem, "problem")

    @on(Input.Submitted)
    def submitted(self, event: Input.Submitted) -> None:
        field = event.input
        if not field.value:
            self.status("Type the passphrase, then press Enter (escape quits).", problem=True)
            return
        passphrase, field.value = field.value, ""  # not kept on the screen meanwhile
        field.disabled = True
        self.status("Opening your diary…")
        self.try_passphrase(passphrase)

    @work(thread=True, exclusive=True, exit_on_error=False)
    def try_passphrase(self, passphrase: str) -> None:
        try:
            store = self.open_with(passphrase)
        except WrongPassphrase:
            self.app.call_from_thread(self.wrong)
            return
        except StoreError as err:
            self.app.call_from_thread(self.cannot_open, str(err))
            return
        self.app.call_from_thread(self.done, store)

    def wrong(self) -> None:
        self.tries += 1
        left = TRIES - self.tries
        if left <= 0:
            self.cannot_open(f"wrong passphrase, {TRIES} times; nothing was opened or changed")
            return
        field = self.query_one(Input)
        field.disabled = False
        field.focus()
        self.status(
            f"That passphrase does not open it. {left} more {'try' if left == 1 else 'tries'}.",
            problem=True,
        )

    def cannot_open(self, why: str) -> None:
        self.failed(why)

    def done(self, store: Any) -> None:
        self.close()
        self.opened(store)

    def close(self) -> None:
        """Take this screen away, and whatever was opened over it (help, say) with it."""
        while self in self.app.screen_stack and len(self.app.screen_stack) > 1:
            self.app.pop_screen()


class ReopenUnlock(UnlockScreen):
    """The passphrase again, for a diary encrypted by another command while the app was
    open: escape goes back to the app (every form as it was), never quits."""

    # Where what is typed here is kept, for "?" (see support/explain.py).
    KEPT = "The passphrase is never kept: it opens the key file, then is let go."

    BINDINGS = [Binding("escape", "back", "Back", id="back")]

    def action_back(self) -> None:
        self.close()
