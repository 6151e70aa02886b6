"""The life of a form that keeps drafts, written once (the journal editor, the worksheet).

Nothing typed is lost: while something is typed, a draft goes to the data file every
second it changed; leaving asks whether to keep it as a draft, save, stay or discard; the
app closing (or the terminal going away) keeps the last words as a draft; and saving the
record removes its draft in the same write (the feature's service does that).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, cast

from wellbeing_tui.ui.dialogs.choice import Choice
from wellbeing_tui.ui.uses_diary import UsesDiary
from wellbeing_tui.ui.widgets.forms import AUTOSAVE_SECONDS

if TYPE_CHECKING:
    from textual.screen import Screen


class KeepsDrafts(UsesDiary):
    """Mixed into a form screen. The form says what it holds (``state``), whether anything
    was typed (``has_typed``) and how it saves (``save_form``), and calls ``noted`` when
    anything changes; this does the rest."""

    DRAFT_KIND: ClassVar[str]
    # The leaving question, and its answers: keys among "draft", "save", "stay", "discard".
    LEAVE_QUESTION: ClassVar[str]
    LEAVE_ANSWERS: ClassVar[list[tuple[str, str]]]

    draft_id: str
    _last_draft: dict[str, Any] | None = None  # what the data file holds as this draft
    _latest: dict[str, Any] | None = None  # the form as last typed (readable when unmounted)
    _finished = False  # saved, or the draft deliberately discarded: no draft after that

    def state(self) -> dict[str, Any]:
        raise NotImplementedError

    def has_typed(self) -> bool:
        raise NotImplementedError

    def save_form(self) -> None:
        raise NotImplementedError

    @property
    def _screen(self) -> Screen[Any]:
        return cast("Screen[Any]", self)

    def keep_drafts(self) -> None:
        """Call when mounted: a draft every second that something changed."""
        self._screen.set_interval(AUTOSAVE_SECONDS, self.autosave)

    def noted(self) -> None:
        """Call on every change: the latest words, to keep if the form closes suddenly."""
        self._latest = self.state() if self.has_typed() else None

    def finished(self) -> None:
        """The record is saved: its draft went with it, and no new one is kept."""
        self._finished = True

    def autosave(self) -> None:
        """Keep a draft whenever what is typed changed since the last one."""
        if self._finished or self.main_app.writer.saving(self) or not self.has_typed():
            return
        state = self.state()
        if state == self._last_draft:
            return

        def kept(_: object) -> None:
            self._last_draft = state

        # A failed draft is tried again at the next autosave; the words are still on screen.
        drafts, kind, draft_id = self.diary.drafts, self.DRAFT_KIND, self.draft_id
        self.main_app.write(
            lambda: drafts.keep(kind, state, draft_id), done=kept, failed=lambda _: None
        )

    def on_unmount(self) -> None:
        """Leaving in any other way (the app closing, say) keeps what was typed as a draft,
        through the app's writer, after any save asked for earlier; closing waits for it."""
        latest = self._latest
        if self._finished or latest is None or latest == self._last_draft:
            return
        if self.main_app.writer.saving(self):
            return  # the record itself is being saved
        drafts, kind, draft_id = self.diary.drafts, self.DRAFT_KIND, self.draft_id
        self.main_app.write(lambda: drafts.keep(kind, latest, draft_id), failed=lambda _: None)

    def action_leave(self) -> None:
        if not self.has_typed():
            self._screen.app.pop_screen()
            return

        def answered(answer: str | None) -> None:
            if answer == "save":
                self.save_form()
            elif answer == "draft":
                self.autosave()
                self._screen.app.pop_screen()
            elif answer == "discard":
                drafts, kind, draft_id = self.diary.drafts, self.DRAFT_KIND, self.draft_id
                self._finished = True
                self.main_app.write(lambda: drafts.clear(kind, draft_id))
                self._screen.app.pop_screen()

        self._screen.app.push_screen(
            Choice(self.LEAVE_QUESTION, self.LEAVE_ANSWERS, cancel="stay"), answered
        )
