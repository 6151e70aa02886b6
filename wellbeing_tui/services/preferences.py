"""Settings: read, changed, and the chosen country kept where help can find it early."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from wellbeing_tui.services.nudge import keep_country

if TYPE_CHECKING:
    from wellbeing_tui.domain.settings import Settings
    from wellbeing_tui.storage.store import Store


class Preferences:
    """The settings record."""

    def __init__(self, store: Store) -> None:
        self._store = store

    def current(self) -> Settings:
        return self._store.settings()

    def save(self, settings: Settings) -> None:
        self._store.save_settings(settings)
        self.keep_country_beside(settings)

    def edit(self, **changes: Any) -> Settings:
        """The settings with ``changes``, saved."""
        settings = self.current().edit(**changes)
        self.save(settings)
        return settings

    def keep_country_beside(self, settings: Settings | None = None) -> None:
        """The chosen country, kept in the plain file beside the data file, so help can
        show its helplines before an encrypted diary is unlocked."""
        keep_country(self._store.path, (settings or self.current()).country)
