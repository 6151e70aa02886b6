"""When the data file changes under the open app: say so calmly, keep every form, re-open.

Another program may encrypt the file, cut it short or replace it while the app is open.
Reads then go on giving what was read last (see ``storage/durable.py``) and every save is
refused; instead of ending the app with a traceback (and the words typed with it), one
dialog says what happened in a line, every open screen stays as it is, and "Open it again"
opens the file anew (asking for its passphrase if it is now encrypted).
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Static

from wellbeing_tui.services.errors import (
    ChangedUnderUs,
    DataFileError,
    EncryptedFile,
    StoreError,
)
from wellbeing_tui.ui.format import escape
from wellbeing_tui.ui.unlock import ReopenUnlock

if TYPE_CHECKING:
    from wellbeing_tui.ui.app import WellbeingApp

TITLE = "Your diary's file changed while it was open"
OTHER_TITLE = "Your diary could not be read just now"
WHILE_OPEN = (
    "Everything on your screens is kept while wellbeing stays open. Open the file again to "
    "go on, or close wellbeing: a form that was not saved is kept as a draft if the file "
    "can take it."
)


# After "Not now", saves that fail the same way (a draft every few seconds) wait this long
# before the dialog comes back.
QUIET_SECONDS = 30.0


def needs_opening_again(error: BaseException) -> bool:
    """Whether ``error`` means the file is not what the app opened: damaged or cut short,
    encrypted by another command, or encrypted again to a new key."""
    return isinstance(error, DataFileError | ChangedUnderUs | EncryptedFile)


class FileTrouble(ModalScreen[str]):
    """What happened, in one line, and what can be done."""

    # Where what is typed here is kept, for "?" (see support/explain.py).
    KEPT = (
        "Nothing changes in your data file until you choose; what you typed is kept on "
        "the screen it came from."
    )

    DEFAULT_CSS = """
    FileTrouble { align: center middle; }
    FileTrouble > Vertical { width: 72; max-width: 95%; height: auto; max-height: 90%;
                             border: round $warning; background: $surface; padding: 1 2; }
    FileTrouble #trouble-title { text-style: bold; margin-bottom: 1; }
    FileTrouble #trouble-what { margin-bottom: 1; }
    FileTrouble Horizontal { height: auto; margin-top: 1; }
    FileTrouble Button { margin-right: 2; }
    """
    BINDINGS = [
        Binding("r", "answer('reopen')", "Open it again", id="reopen"),
        Binding("escape", "answer('stay')", "Not now", id="stay"),
    ]

    def __init__(self, what: str, title: str = TITLE) -> None:
        super().__init__()
        self.what = what
        self.heading = title

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Static(self.heading, id="trouble-title")
            yield Static(escape(self.what), id="trouble-what")
            yield Static(f"[dim]{WHILE_OPEN}[/]", id="trouble-kept")
            with Horizontal():
                yield Button("Open it again (r)", variant="primary", id="reopen")
                yield Button("Not now (escape)", id="stay")
                yield Button("Close wellbeing", id="quit")

    def on_button_pressed(self, event: Button.Pressed) -> None:
        self.dismiss(event.button.id or "stay")

    def action_answer(self, answer: str) -> None:
        self.dismiss(answer)


class Reopening:
    """The app's side of a file that changed: one dialog at a time, and the opening anew."""

    def __init__(self, app: WellbeingApp, reopen: Callable[[str | None], Any] | None) -> None:
        self._app = app
        self._reopen = reopen
        self._showing = False
        self._quiet_until = 0.0

    def _on_screen(self) -> bool:
        """Whether the dialog, or the passphrase to open the file again, is showing (it may
        have been closed some other way than its own buttons: the palette, say)."""
        shown = any(isinstance(s, FileTrouble | ReopenUnlock) for s in self._app.screen_stack)
        self._showing = self._showing and shown
        return self._showing

    def trouble(self, error: StoreError, *, asked: bool = True) -> None:
        """Show what happened; ``asked`` False (an autosave) respects a recent "Not now"."""
        if self._on_screen() or not self._app.is_running:
            return
        if not asked and time.monotonic() < self._quiet_until:
            return
        self._showing = True
        title = TITLE if needs_opening_again(error) else OTHER_TITLE
        self._app.push_screen(FileTrouble(str(error), title), self._answered)

    def _answered(self, answer: str | None) -> None:
        self._quiet_until = time.monotonic() + QUIET_SECONDS
        if answer == "reopen":
            self.open_again()  # stays "showing" until the file is open again or not
            return
        self._showing = False
        if answer == "quit":
            self._app.exit()

    def open_again(self) -> None:
        if self._reopen is None:
            self._showing = False
            self._app.notify("Close wellbeing and open it again to go on.", timeout=8)
            return
        try:
            store = self._reopen(None)
        except EncryptedFile:
            reopen = self._reopen
            self._app.push_screen(
                ReopenUnlock(lambda typed: reopen(typed), self._opened, self._not_opened)
            )
            return
        except StoreError as err:
            self._showing = False
            self.trouble(err)
            return
        self._opened(store)

    def _opened(self, store: Any) -> None:
        self._showing = False
        self._quiet_until = 0.0
        self._app.reopened(store)
        self._app.notify("Your diary is open again.", timeout=4)

    def _not_opened(self, why: str) -> None:
        if isinstance(self._app.screen, ReopenUnlock):
            self._app.screen.close()
        self._showing = False
        self._app.notify(why, title="Not opened", severity="warning", timeout=10)
