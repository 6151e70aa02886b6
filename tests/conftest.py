"""Shared fixtures: a fixed clock, a private copy of the demo data, and an app factory."""

from __future__ import annotations

import asyncio
import contextlib
import os
import shutil
import threading
import weakref
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

import pytest
from hypothesis import HealthCheck, settings
from textual.app import App
from textual.pilot import Pilot

from wellbeing_tui.domain.clock import FixedClock
from wellbeing_tui.storage import Store

if TYPE_CHECKING:
    from wellbeing_tui.ui.app import WellbeingApp

ROOT = Path(__file__).resolve().parents[1]
DEMO = ROOT / "data" / "demo.json"
# The demo data's last day, in the evening: what every UI test and snapshot sees as "now".
DEMO_NOW = datetime(2026, 11, 26, 19, 30, tzinfo=UTC)

# No example may fail for taking long on a busy machine: what a test checks is its answer,
# never how fast it came (timing goals are figures in bench/).
settings.register_profile("wellbeing", deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.load_profile("wellbeing")


def pytest_xdist_auto_num_workers(config: pytest.Config) -> int | None:
    """`-n auto`: two workers a core. A test that drives the app spends part of its time
    waiting for the app to go quiet (Textual's pilot sleeps in steps of 20 ms until the
    processor is idle); a second worker uses that time. PYTEST_XDIST_AUTO_NUM_WORKERS still
    chooses, as it does without this."""
    if os.environ.get("PYTEST_XDIST_AUTO_NUM_WORKERS"):
        return None  # xdist's own reading of it
    return 2 * len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else None


@pytest.fixture(autouse=True)
def _private_home(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Never touch the real data folder, and show the same helplines on every machine. An
    editor's scratch folder goes in a runtime folder of the test's own, so a test that kills
    a process on purpose leaves nothing another test's `check` would find."""
    home = tmp_path_factory.mktemp("home")
    runtime = tmp_path_factory.mktemp("runtime")
    runtime.chmod(0o700)
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(runtime))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.delenv("WELLBEING_DATA", raising=False)
    monkeypatch.setenv("LANG", "en_GB.UTF-8")
    monkeypatch.delenv("LC_ALL", raising=False)
    monkeypatch.delenv("LC_MESSAGES", raising=False)


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock(DEMO_NOW)


@pytest.fixture
def demo_file(tmp_path: Path) -> Path:
    target = tmp_path / "demo" / "wellbeing.json"
    target.parent.mkdir()
    shutil.copy(DEMO, target)
    return target


@pytest.fixture
def demo_store(demo_file: Path, clock: FixedClock) -> Store:
    return Store(demo_file, clock)


@pytest.fixture
def empty_store(tmp_path: Path, clock: FixedClock) -> Store:
    return Store(tmp_path / "data" / "wellbeing.json", clock)


AppFactory = Callable[..., object]


def make_app(store: Store | None, clock: FixedClock, **kwargs: Any) -> WellbeingApp:
    """The app as the command line builds it, but on a fixed clock and country.

    While it runs, a save made on the event loop's thread fails the test: every save in
    the app goes through its writer, so a stuck lock never stops the screen."""
    from wellbeing_tui.services.diary import Diary
    from wellbeing_tui.ui.app import WellbeingApp

    kwargs.setdefault("locale_country", "GB")
    kwargs.setdefault("first_start_notice", False)  # its own test shows it
    if store is not None:
        assert store.clock is clock, "the store is opened on the test's clock"
    app = WellbeingApp(Diary(store) if store is not None else None, **kwargs)
    running = weakref.ref(app)

    def only_on_the_writer() -> None:
        current = running()
        on_the_loop = threading.current_thread() is threading.main_thread()
        if current is not None and current.is_running and on_the_loop:
            raise AssertionError("a save on the event loop: the app saves through app.write")

    if store is not None:
        store.write_guard = only_on_the_writer
    return app


# Apps whose key presses in a test do not wait for saves (to see the screen while one waits).
SAVES_NOT_AWAITED: weakref.WeakSet[App[Any]] = weakref.WeakSet()


@pytest.fixture(autouse=True)
def _presses_wait_for_saves(monkeypatch: pytest.MonkeyPatch) -> None:
    """Pilot waits until the screen has handled every key; in this app a save then goes on
    on the writer's thread. Each press and pause also waits for the saves it asked for and
    their answers on the screen, as a person sees them finish."""
    original = Pilot._wait_for_screen

    async def wait(self: Pilot[Any], timeout: float = 30.0) -> bool:
        keys_handled = getattr(self.app, "keys_handled", None)
        if keys_handled is not None:
            await keys_handled()  # keys held while a screen opened have reached their field
        writer = getattr(self.app, "writer", None)
        if writer is not None and self.app not in SAVES_NOT_AWAITED:
            await writer.settled()
        handled = await original(self, timeout)
        if not self.app.is_running:
            return handled
        # What is put off until after the next repaint (a dialog shown once the dashboard is
        # drawn, a focus moved once a list is laid out) has happened too.
        screen = self.app.screen
        pending = (
            screen._callbacks
            or screen._dirty_widgets
            or screen._layout_required
            or screen._scroll_required
            or screen._repaint_required
            or screen._recompose_required
        )
        if not pending:
            return handled
        repainted = asyncio.Event()
        if screen.call_after_refresh(repainted.set):
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(repainted.wait(), timeout)
        return await original(self, timeout)

    monkeypatch.setattr(Pilot, "_wait_for_screen", wait)


S = TypeVar("S")


def showing(app: App[Any], kind: type[S]) -> S:
    """The screen on top, which must be a ``kind``."""
    screen = app.screen
    assert isinstance(screen, kind), f"{type(screen).__name__} is showing, not {kind.__name__}"
    return screen
