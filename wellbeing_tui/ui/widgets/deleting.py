"""Deleting from a list, written once (journal entries, worksheets): a question first, then
``u`` puts it back straight after."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, ClassVar, Generic, TypeVar, cast

from textual.binding import Binding

from wellbeing_tui.ui.dialogs.choice import Choice
from wellbeing_tui.ui.uses_diary import UsesDiary

if TYPE_CHECKING:
    from textual.screen import Screen

R = TypeVar("R")

UNDO = Binding("u", "undo", "Undo delete", id="undo-delete")


class DeletesWithUndo(UsesDiary, Generic[R]):
    """Mixed into a list screen (with ``UNDO`` among its bindings). The screen says how a
    record is deleted and put back (``delete_record``, ``restore_record``) and shows the
    list again (``after_delete``)."""

    NOUN: ClassVar[str]  # "entry", "worksheet": what the messages call one record
    deleted: R | None = None

    def delete_record(self, record: R) -> Callable[[], R | None]:
        raise NotImplementedError

    def restore_record(self, record: R) -> Callable[[], object]:
        raise NotImplementedError

    def after_delete(self) -> None:
        raise NotImplementedError

    def ask_to_delete(self, record: R, which: str) -> None:
        """Ask first (``which``: the record in a few words), then delete on the writer."""

        def deleted(gone: R | None) -> None:
            self.deleted = gone
            self.after_delete()
            self._screen.refresh_bindings()
            self._screen.notify(f"{self.NOUN.capitalize()} deleted. Press u to undo.", timeout=8)

        def answered(answer: str | None) -> None:
            if answer == "delete":
                self.main_app.write(
                    self.delete_record(record),
                    done=deleted,
                    failed=lambda err: self._screen.notify(str(err), severity="warning"),
                    form=self,
                )

        self._screen.app.push_screen(
            Choice(
                f"Delete {which}? You can undo straight after.",
                [("keep", "Keep it"), ("delete", "Delete")],
                cancel="keep",
            ),
            answered,
        )

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "undo":
            return self.deleted is not None
        return True

    def action_undo(self) -> None:
        if self.deleted is None:
            self._screen.notify("Nothing to undo.", timeout=3)
            return

        def restored(_: object) -> None:
            self.deleted = None
            self._screen.refresh_bindings()
            self.after_delete()
            self._screen.notify(f"{self.NOUN.capitalize()} restored.", timeout=3)

        self.main_app.write(
            self.restore_record(self.deleted),
            done=restored,
            failed=lambda err: self._screen.notify(str(err), severity="warning"),
            form=self,
        )

    @property
    def _screen(self) -> Screen[Any]:
        return cast("Screen[Any]", self)
