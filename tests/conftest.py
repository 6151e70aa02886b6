"""Shared fixtures: a fixed clock, a private copy of the demo data, and an app factory."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

import pytest
from textual.app import App

from wellbeing_tui.domain.clock import FixedClock
from wellbeing_tui.storage import Store

if TYPE_CHECKING:
    from wellbeing_tui.ui.app import WellbeingApp

ROOT = Path(__file__).resolve().parents[1]
DEMO = ROOT / "data" / "demo.json"
# The demo data's last day, in the evening: what every UI test and snapshot sees as "now".
DEMO_NOW = datetime(2026, 11, 26, 19, 30, tzinfo=UTC)


@pytest.fixture(autouse=True)
def _private_home(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Never touch the real data folder, and show the same helplines on every machine."""
    home = tmp_path_factory.mktemp("home")
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


def make_app(store: Store, clock: FixedClock, **kwargs: Any) -> WellbeingApp:
    """The app as the command line builds it, but on a fixed clock and country."""
    from wellbeing_tui.ui.app import WellbeingApp

    kwargs.setdefault("locale_country", "GB")
    kwargs.setdefault("first_start_notice", False)  # its own test shows it
    return WellbeingApp(store, clock=clock, **kwargs)


S = TypeVar("S")


def showing(app: App[Any], kind: type[S]) -> S:
    """The screen on top, which must be a ``kind``."""
    screen = app.screen
    assert isinstance(screen, kind), f"{type(screen).__name__} is showing, not {kind.__name__}"
    return screen
