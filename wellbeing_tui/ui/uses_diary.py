"""How screens and widgets reach the data file and the running app, typed."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

if TYPE_CHECKING:
    from textual.screen import Screen

    from wellbeing_tui.services import Diary
    from wellbeing_tui.ui.app import WellbeingApp


class UsesDiary:
    """Mixed into screens and widgets: ``self.diary`` is the data file (through the service
    layer, never the Store), ``self.main_app`` the running app with its own types."""

    _leave_when_back = False

    @property
    def main_app(self) -> WellbeingApp:
        return cast("WellbeingApp", self.app)  # type: ignore[attr-defined]

    @property
    def diary(self) -> Diary:
        return self.main_app.diary

    def leave_after_save(self) -> None:
        """Close this screen, its save done. If another screen was opened over it while the
        save went on (help, say), that one stays, and this one closes once it is back."""
        screen = cast("Screen[Any]", self)
        if screen.is_active:
            screen.app.pop_screen()
        elif screen in screen.app.screen_stack:
            self._leave_when_back = True

    def on_screen_resume(self) -> None:
        if self._leave_when_back:
            self._leave_when_back = False
            cast("Screen[Any]", self).app.pop_screen()
