"""Every save the app makes, on one thread of its own, in the order asked.

The event loop never waits for the data file: while a save waits behind another copy's lock
or a slow disk, the screen still answers keys (escape, F1), the form that asked stays open,
and a save that fails or times out says so there and keeps what was typed. Saves run one
after another in the order they were asked for, so a draft kept before an entry is saved
can never land after it. Closing the app waits for the last one.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import TYPE_CHECKING, Any, TypeVar

from wellbeing_tui.domain.errors import ValidationError
from wellbeing_tui.services.errors import StoreError

if TYPE_CHECKING:
    from textual.app import App

T = TypeVar("T")

# A save still going after this long says so, so a wait behind another copy is not silent.
SLOW_SAVE_SECONDS = 1.0
SLOW_SAVE = "Saving… another copy of wellbeing may be saving too; this screen stays as it is."


class Writer:
    """One thread that does every save of one app, in the order asked."""

    def __init__(self) -> None:
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="wellbeing-writer")
        self._open = 0  # saves asked for whose answer has not yet been shown
        self._settled: asyncio.Event | None = None
        self._busy: set[int] = set()  # forms (by id) with a save still going
        self._closed = False

    def saving(self, form: object) -> bool:
        """Whether ``form`` has a save still going (its draft need not be kept meanwhile)."""
        return id(form) in self._busy

    @property
    def busy(self) -> bool:
        return self._open > 0

    def _event(self) -> asyncio.Event:
        if self._settled is None:
            self._settled = asyncio.Event()
            self._settled.set()
        return self._settled

    async def settled(self) -> None:
        """Wait, without holding up the screen, until every save asked for so far is done
        and its answer shown."""
        while self._open:
            await self._event().wait()

    def close(self) -> None:
        """Finish every save asked for, then stop the thread (the app is closing)."""
        if not self._closed:
            self._closed = True
            self._pool.shutdown(wait=True)

    def write(
        self,
        app: App[Any],
        job: Callable[[], T],
        *,
        done: Callable[[T], object] | None = None,
        failed: Callable[[Exception], object] | None = None,
        form: object | None = None,
        trouble: Callable[[Exception, bool], object] | None = None,
    ) -> bool:
        """Run ``job`` on the writer thread; then, on the event loop, ``done(result)`` or
        ``failed(error)`` for a data file or validation error (by default a toast), and
        ``trouble(error, asked)`` for the app to say what happened to the file (``asked``
        is False for a save nobody asked for: a draft).

        With ``form``, a second save of the same form while the first is still going is
        not asked for (a key pressed twice saves once); then this returns False.
        """
        if form is not None:
            if id(form) in self._busy:
                return False
            self._busy.add(id(form))
        future = self._pool.submit(job)
        self._open += 1
        self._event().clear()

        def slow() -> None:
            if not future.done():
                app.notify(SLOW_SAVE, timeout=4)

        timer = app.set_timer(SLOW_SAVE_SECONDS, slow) if form is not None else None

        async def answer() -> None:
            try:
                try:
                    result = await asyncio.shield(asyncio.wrap_future(future))
                except (StoreError, ValidationError) as err:
                    if failed is not None:
                        failed(err)
                    else:
                        app.notify(str(err), title="Not saved", severity="error", timeout=10)
                    if trouble is not None:
                        trouble(err, form is not None)
                    return
                if done is not None:
                    done(result)
            finally:
                if timer is not None:
                    timer.stop()
                if form is not None:
                    self._busy.discard(id(form))
                self._open -= 1
                if not self._open:
                    self._event().set()

        app.run_worker(answer(), group="saves", exit_on_error=True)
        return True
