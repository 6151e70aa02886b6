"""How screens and widgets reach the running app (its store and clock), typed."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

if TYPE_CHECKING:
    from wellbeing_tui.ui.app import WellbeingApp


class ReachesApp:
    """Mixed into screens and widgets: ``self.wellbeing`` is the app, with its types."""

    @property
    def wellbeing(self) -> WellbeingApp:
        return cast("WellbeingApp", self.app)  # type: ignore[attr-defined]
