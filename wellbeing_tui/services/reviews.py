"""Looking at what was logged: a day for the dashboard, a week, weeks to years of trends."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from typing import TYPE_CHECKING

from wellbeing_tui.services.today import DashboardDay, dashboard_day

if TYPE_CHECKING:
    from wellbeing_tui.domain.trends import Trends
    from wellbeing_tui.domain.week import Week
    from wellbeing_tui.storage.store import Store


class Reviews:
    """Figures drawn from the records; nothing here writes."""

    def __init__(
        self,
        store: Store,
        today: Callable[[], date],
        week_bounds: Callable[[date], tuple[date, date]],
    ) -> None:
        self._store = store
        self._today = today
        self._week_bounds = week_bounds

    def day(self, day: date | None = None) -> DashboardDay:
        """What the dashboard shows about ``day`` (today by default)."""
        return dashboard_day(self._store, day or self._today())

    def week(self, first: date) -> Week:
        # deferred: 11 ms of the first frame (import timing; week and trends at the top
        # cost bench/startup.py 15 to 67 ms of CPU)
        from wellbeing_tui.services.week import load_week

        return load_week(self._store, first)

    def week_of(self, day: date) -> Week:
        return self.week(self._week_bounds(day)[0])

    def trends(self, first: date, last: date) -> Trends:
        """Weeks, months or years of mood, sleep and grounding, from ``first`` to ``last``."""
        from wellbeing_tui.services.trends import load_trends  # deferred: 5 ms, see week()

        return load_trends(self._store, first, last)

    def last_weeks(self, weeks: int, day: date | None = None) -> tuple[date, date]:
        """From the start of the week ``weeks - 1`` weeks before the one holding ``day``
        (today by default) to that day."""
        day = day or self._today()
        return self._week_bounds(day)[0] - timedelta(weeks=weeks - 1), day

    def first_logged_day(self) -> date | None:
        from wellbeing_tui.services.trends import first_day  # deferred: 5 ms, see week()

        return first_day(self._store)
