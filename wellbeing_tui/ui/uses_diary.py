"""How screens and widgets reach the data file and the running app, typed."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

if TYPE_CHECKING:
    from wellbeing_tui.services import Diary
    from wellbeing_tui.ui.app import WellbeingApp


class UsesDiary:
    """Mixed into screens and widgets: ``self.diary`` is the data file (through the service
    layer, never the Store), ``self.main_app`` the running app with its own types."""

    @property
    def main_app(self) -> WellbeingApp:
        return cast("WellbeingApp", self.app)  # type: ignore[attr-defined]

    @property
    def diary(self) -> Diary:
        return self.main_app.diary
