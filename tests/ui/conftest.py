"""Every snapshot is of a still screen, however busy the machine: no cursor caught half-way
through a blink, no message gone because its few seconds passed before the picture."""

from __future__ import annotations

import inspect
from collections.abc import Awaitable, Callable, Iterable
from typing import Any

import pytest
from textual.app import App
from textual.pilot import Pilot

from tests.ui.steps import steady

Compare = Callable[..., bool]
# Long enough that no message a snapshot shows has gone by the time it is taken.
MESSAGE_SECONDS = 3600.0


@pytest.fixture
def snap_compare(snap_compare: Compare, monkeypatch: pytest.MonkeyPatch) -> Compare:
    """The plugin's ``snap_compare``, with the keys pressed before the cursors are stilled
    (a screen the keys open has its cursor stilled too) and messages (toasts) that stay."""
    notify = App.notify

    def lasting(self: App[Any], message: str, **options: Any) -> None:
        notify(self, message, **{**options, "timeout": MESSAGE_SECONDS})

    monkeypatch.setattr(App, "notify", lasting)

    def compare(
        app: App[Any],
        press: Iterable[str] = (),
        run_before: Callable[[Pilot[Any]], Awaitable[None] | None] | None = None,
        **options: Any,
    ) -> bool:
        async def before(pilot: Pilot[Any]) -> None:
            if run_before is not None:
                result = run_before(pilot)
                if inspect.isawaitable(result):
                    await result
            await pilot.pause()
            await pilot.press(*press)
            await steady(pilot)

        return snap_compare(app, run_before=before, **options)

    return compare
