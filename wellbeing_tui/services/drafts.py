"""Drafts: what a form held when it was left, so nothing typed is lost."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from wellbeing_tui.domain.drafts import Draft, latest_draft
from wellbeing_tui.domain.fields import iso, new_id
from wellbeing_tui.storage.store import Store


def draft_of(store: Store, kind: str) -> Draft | None:
    return latest_draft(store.records(Draft, lambda d: d.get("kind") == kind), kind)


def save_draft(store: Store, kind: str, data: Mapping[str, Any]) -> Draft:
    """Keep one draft per kind of form, replacing the last one."""
    existing = draft_of(store, kind)
    draft = Draft(
        id=existing.id if existing else new_id(),
        kind=kind,
        updated_at=iso(store.clock.now()),
        data=dict(data),
    )
    store.save(draft)
    return draft


def clear_draft(store: Store, kind: str) -> None:
    for draft in store.records(Draft, lambda d: d.get("kind") == kind):
        store.delete(Draft, draft.id)
