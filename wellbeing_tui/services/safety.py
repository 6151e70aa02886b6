"""The safety plan: one record, kept under the same id from its first save on."""

from __future__ import annotations

import dataclasses

from wellbeing_tui.domain.fields import iso
from wellbeing_tui.domain.moments import latest
from wellbeing_tui.domain.safety_plan import SafetyPlan
from wellbeing_tui.services.feature import Feature


class SafetyPlans(Feature):
    """The person's safety plan."""

    def current(self) -> SafetyPlan | None:
        """The plan, or None before one was saved."""
        return latest(self._store.records(SafetyPlan), lambda p: p.updated_at)

    def save(self, plan: SafetyPlan) -> SafetyPlan:
        """Keep ``plan`` as the one plan."""
        current = self.current()
        plan = dataclasses.replace(
            plan, id=current.id if current else plan.id, updated_at=iso(self._now())
        )
        self._keep(plan)
        return plan
