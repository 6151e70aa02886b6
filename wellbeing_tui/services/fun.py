"""The fun list: things one enjoys, favourite first, and what came of doing them."""

from __future__ import annotations

from wellbeing_tui.domain.activities import Activity, ActivityLog
from wellbeing_tui.domain.fields import iso, new_id
from wellbeing_tui.domain.fun import ranked
from wellbeing_tui.services.drafts import drafts_to_clear
from wellbeing_tui.services.feature import Feature


class FunList(Feature):
    """The fun list and its log."""

    def ranked(self) -> list[Activity]:
        """The list as shown: favourite first, archived ones left out."""
        return ranked(self._store.records(Activity))

    def logs(self) -> list[ActivityLog]:
        return self._store.records(ActivityLog)

    def add(self, title: str) -> Activity:
        """Put ``title`` at the end of the list (after archived ones too)."""
        everything = self._store.records(Activity)
        shown = len(ranked(everything))
        rank = max((a.rank for a in everything), default=0) + 1
        activity = Activity(
            id=new_id(), title=title, rank=max(rank, shown + 1), created_at=iso(self._now())
        )
        self._keep(activity)
        return activity

    def rename(self, activity: Activity, title: str) -> Activity:
        return self._change(activity, title=title)

    def archive(self, activity: Activity) -> Activity:
        """Take it off the list; what was done with it is kept."""
        return self._change(activity, archived=True)

    def move(self, activity_id: str, step: int) -> bool:
        """Move an activity ``step`` places up (negative) or down the list, in one write;
        False when it is already at that end."""
        order = self.ranked()
        n = next((i for i, a in enumerate(order) if a.id == activity_id), None)
        if n is None or not 0 <= n + step < len(order):
            return False
        order[n], order[n + step] = order[n + step], order[n]
        moved = [
            Activity.from_doc({**item.to_doc(), "rank": rank})
            for rank, item in enumerate(order, start=1)
            if item.rank != rank
        ]
        self._store.change(save=moved)
        return True

    def done(self, record: ActivityLog, *, replacing_drafts: str | None = None) -> None:
        """Keep what came of doing an activity, and remove the drafts of that form (by
        their kind) in the same write."""
        kind = replacing_drafts
        gone = drafts_to_clear(self._store, kind) if kind is not None else []
        self._store.change(save=[record], remove=gone)
        self._saved(record)

    def _change(self, activity: Activity, **fields: object) -> Activity:
        changed = Activity.from_doc({**activity.to_doc(), **fields})
        self._keep(changed)
        return changed
