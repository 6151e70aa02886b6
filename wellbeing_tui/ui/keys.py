"""Keys land where the person sees them, in the order typed, at any speed.

Textual hands each key from the terminal to whichever widget has focus *when the app reads
it*, then reads the next at once. A key that moves focus (Tab), opens a screen (``j``), or
changes a worksheet step is only acted on later, when its widget gets to it; keys typed
after it meanwhile went to the old place: ``anxious`` Tab ``80`` saved one mood named
``anxious80``, and ``j n`` typed ``n`` into the journal's search box.

The gate below lets a key through, and if that key may move focus or change the screen,
holds every later key (and paste) until the app has settled: every widget of the screen on
top has handled what it was sent, the screen is mounted and focus has stopped moving. Then
the held keys go on, one settled state at a time. Plain letters typed into a text field
cannot move focus, so they pass straight through and typing stays as quick as ever.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections import deque
from collections.abc import Awaitable, Callable
from typing import Any

from textual import events
from textual.app import App

from wellbeing_tui.domain.visible import visible

# Longest a key is held while the app settles: a screen that takes longer still gets keys.
SETTLE_SECONDS = 3.0
_MOST_ROUNDS = 12

# Widgets in which a printable key is text, by class name (none is imported to start up).
_TEXT_FIELDS = frozenset({"Input", "TextArea"})
TEXT_ENTRY = frozenset({*_TEXT_FIELDS, "SelectOverlay"})

# Closing after the terminal closed or a polite kill: the keys already received land in their
# fields first, and the process has ended by this many seconds whatever else is going on.
CLOSE_SECONDS = 1.8


def _is_a(widget: object, names: frozenset[str]) -> bool:
    return widget is not None and any(c.__name__ in names for c in type(widget).__mro__)


def _types_text(widget: object) -> bool:
    return _is_a(widget, _TEXT_FIELDS)


def typing_into(widget: object) -> bool:
    """Whether keys pressed now are typed into ``widget`` as text."""
    return _is_a(widget, TEXT_ENTRY)


def fit_paste(app: App[Any], paste: events.Paste) -> None:
    """Text pasted into any field may carry escape codes (copied from a terminal, say):
    they arrive as visible placeholders, as stored text is shown. Many terminals send a
    pasted line break as a carriage return: that stays a line break. A field of one line
    takes every pasted line, joined by spaces, and says so."""
    text = visible(paste.text.replace("\r\n", "\n").replace("\r", "\n"))
    focused = app.focused
    if "\n" in text and typing_into(focused) and not _is_a(focused, frozenset({"TextArea"})):
        kept = [line.strip() for line in text.split("\n") if line.strip()]
        text = " ".join(kept)
        if len(kept) > 1:
            app.notify(
                f"This field holds one line: the {len(kept)} pasted lines are joined by spaces.",
                timeout=5,
            )
    paste.text = text


async def close_gently(app: App[Any], keys: KeyGate) -> None:
    """Close as ``q`` does once every key the terminal already sent is in its field."""
    if not app.is_headless:
        # deferred: Linux and macOS only (Textual's Linux driver needs termios)
        from wellbeing_tui.ui.terminal import end_after

        end_after(CLOSE_SECONDS)
    with contextlib.suppress(Exception):
        unread = getattr(app._driver, "unread", None)
        for _ in range(20):  # read what the terminal sent...
            if unread is None or not unread():
                break
            await asyncio.sleep(0.01)
        await _handled_by(app, CLOSE_SECONDS / 3)  # ...let the app take it...
        await asyncio.wait_for(keys.idle(), CLOSE_SECONDS / 3)  # ...and hand it on
        await settled(app, CLOSE_SECONDS / 3)
    app.exit()


async def _handled_by(app: App[Any], limit: float) -> None:
    """Wait until the app has handled every message sent to it before now."""
    done: asyncio.Future[None] = asyncio.get_running_loop().create_future()

    def handled() -> None:
        if not done.done():
            done.set_result(None)

    if app.call_later(handled):
        await asyncio.wait_for(done, limit)


def passes_straight(event: events.Event, focused: object) -> bool:
    """Whether nothing after ``event`` needs to wait for it: a paste, or a printable key
    typed into a text field, neither of which can move focus or open a screen."""
    if isinstance(event, events.Paste):
        return True
    return isinstance(event, events.Key) and event.is_printable and _types_text(focused)


class KeyGate:
    """Holds keys and pastes while the app settles after one that may move focus."""

    def __init__(self, app: App[Any], dispatch: Callable[[events.Event], Awaitable[None]]) -> None:
        self._app = app
        self._dispatch = dispatch
        self._held: deque[events.Event] = deque()
        self._settling = False
        self._dispatching = False
        self._idle = asyncio.Event()
        self._idle.set()
        self._task: asyncio.Task[None] | None = None  # kept, or the loop may drop it

    @property
    def holding(self) -> bool:
        return self._settling or self._dispatching or bool(self._held)

    async def idle(self) -> None:
        """Wait until every key taken so far has been handed on and the app has settled."""
        while self.holding:
            self._idle.clear()
            await self._idle.wait()

    async def take(self, event: events.Event) -> None:
        """A key or paste read from the terminal: handed on now, or held in order."""
        if self.holding:
            self._held.append(event)
            return
        await self._hand_on(event)

    def settle(self) -> None:
        """Hold what comes next until the app has settled (a screen opened or closed)."""
        if not self._settling:
            self._settling = True
            self._task = asyncio.get_running_loop().create_task(self._settle_then_release())

    async def _hand_on(self, event: events.Event) -> None:
        straight = passes_straight(event, self._app.focused)
        self._dispatching = True
        try:
            await self._dispatch(event)
        finally:
            self._dispatching = False
        if not straight:
            self.settle()
        self._maybe_idle()

    async def _settle_then_release(self) -> None:
        try:
            await settled(self._app)
        except Exception:  # the app is closing, say: the keys go on all the same
            pass
        finally:
            self._settling = False
        try:
            while self._held and not self._settling:
                await self._hand_on(self._held.popleft())
        except Exception as error:
            # As if the key had been handled on the app's own loop: the app's error path,
            # and no key left held for good behind it.
            self._held.clear()
            self._settling = self._dispatching = False
            self._app._handle_exception(error)
        finally:
            self._maybe_idle()

    def _maybe_idle(self) -> None:
        if not self.holding:
            self._idle.set()


class KeysInOrder(App[None]):
    """An app whose keys and pastes from the terminal go through a ``KeyGate``, which keeps
    them in order and sends each where focus is once the screen has settled."""

    def __init__(self) -> None:
        super().__init__()
        self._keys = KeyGate(self, self._hand_on)

    async def keys_handled(self) -> None:
        """Wait until every key and paste received so far has reached its widget."""
        await self._keys.idle()

    async def on_event(self, event: events.Event) -> None:
        if isinstance(event, (events.Key, events.Paste)) and not event.is_forwarded:
            await self._keys.take(event)
            return
        await super().on_event(event)

    async def _hand_on(self, event: events.Event) -> None:
        if isinstance(event, events.Paste):
            fit_paste(self, event)
        await super().on_event(event)

    def push_screen(self, *args: Any, **kwargs: Any) -> Any:
        pushed = super().push_screen(*args, **kwargs)
        self._keys.settle()
        return pushed

    def pop_screen(self) -> Any:
        popped = super().pop_screen()
        self._keys.settle()
        return popped

    def switch_screen(self, screen: Any) -> Any:
        switched = super().switch_screen(screen)
        self._keys.settle()
        return switched


async def settled(app: App[Any], limit: float = SETTLE_SECONDS) -> None:
    """Wait until the screen on top is mounted, every widget on it has handled what it was
    sent, and focus and the screen stayed the same for two rounds in a row."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + limit
    last: tuple[object, object] | None = None
    for _ in range(_MOST_ROUNDS):
        remaining = deadline - loop.time()
        if remaining <= 0:
            return
        try:
            screen = app.screen
        except Exception:  # no screen yet, or the app is closing
            return
        if not screen.is_mounted:
            try:
                await asyncio.wait_for(screen._mounted_event.wait(), remaining)
            except TimeoutError:
                return
            continue
        await _one_round(app, screen, deadline - loop.time())
        now = (app.screen, app.focused)
        if now == last and app.screen is screen:
            return
        last = now


async def _one_round(app: App[Any], screen: Any, limit: float) -> None:
    """Every message already sent to the app and to the widgets of ``screen`` is handled."""
    if limit <= 0:
        return
    loop = asyncio.get_running_loop()
    waits: list[asyncio.Future[None]] = []

    def done(future: asyncio.Future[None]) -> None:
        if not future.done():
            future.set_result(None)

    for pump in (app, *screen.walk_children(with_self=True)):
        future: asyncio.Future[None] = loop.create_future()
        if pump.call_later(done, future):
            waits.append(future)
    if waits:
        _, pending = await asyncio.wait(waits, timeout=limit)
        for future in pending:
            future.cancel()
