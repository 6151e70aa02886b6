"""Drafts: what a form held when it was left, so nothing typed is lost."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from wellbeing_tui.domain.drafts import Draft, latest_draft
from wellbeing_tui.domain.fields import iso, new_id
from wellbeing_tui.domain.moments import by_moment
from wellbeing_tui.storage.store import Store


def drafts_of(store: Store, kind: str) -> list[Draft]:
    """Every draft of a kind of form, newest first."""
    found = store.records(Draft, lambda d: d.get("kind") == kind)
    return by_moment(found, lambda d: d.updated_at, newest_first=True)


def draft_of(store: Store, kind: str) -> Draft | None:
    return latest_draft(store.records(Draft, lambda d: d.get("kind") == kind), kind)


def save_draft(
    store: Store, kind: str, data: Mapping[str, Any], draft_id: str | None = None
) -> Draft:
    """Keep what a form holds. With ``draft_id`` (one per open form) that draft is updated
    and no other is touched, so a new entry never writes over one kept earlier; without it
    the form has one draft of its kind (a guess before doing something, say)."""
    existing = None if draft_id is not None else draft_of(store, kind)
    draft = Draft(
        id=draft_id or (existing.id if existing else new_id()),
        kind=kind,
        updated_at=iso(store.clock.now()),
        data=dict(data),
    )
    store.save(draft)
    return draft


def clear_draft(store: Store, kind: str, draft_id: str | None = None) -> None:
    """Remove one draft (by id), or every draft of a kind, in one write."""
    store.change(remove=drafts_to_clear(store, kind, draft_id))


def drafts_to_clear(store: Store, kind: str, draft_id: str | None = None) -> list[tuple[str, str]]:
    """One draft of a kind (by id), or all of that kind, as ``Store.change`` removes them."""
    found = store.records(Draft, lambda d: d.get("kind") == kind)
    return [(Draft.TABLE, d.id) for d in found if draft_id is None or d.id == draft_id]


class Drafts:
    """What forms held when they were left. A draft is not a record of the diary: saving one
    reports nothing."""

    def __init__(self, store: Store) -> None:
        self._store = store

    def latest(self, kind: str) -> Draft | None:
        """The newest draft of a kind of form."""
        return draft_of(self._store, kind)

    def all(self, kind: str) -> list[Draft]:
        """Every draft of a kind of form, newest first."""
        return drafts_of(self._store, kind)

    def keep(self, kind: str, data: Mapping[str, Any], draft_id: str | None = None) -> Draft:
        return save_draft(self._store, kind, data, draft_id)

    def clear(self, kind: str, draft_id: str | None = None) -> None:
        clear_draft(self._store, kind, draft_id)
