"""An encrypted diary opens on a calm passphrase screen: three tries, help at any time."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest
from textual.pilot import Pilot
from textual.widgets import Input, Static

from tests.conftest import DEMO, make_app
from wellbeing_tui.cli.tui import opener
from wellbeing_tui.domain.clock import FixedClock
from wellbeing_tui.domain.mood import CheckIn
from wellbeing_tui.storage import Store, crypt
from wellbeing_tui.storage.crypt import Secret, key_path
from wellbeing_tui.storage.encryption import encrypt_data_file
from wellbeing_tui.ui.app import WellbeingApp
from wellbeing_tui.ui.dashboard.dashboard import DashboardScreen
from wellbeing_tui.ui.support.support import SupportScreen
from wellbeing_tui.ui.unlock import UnlockScreen

PASSPHRASE = "a calm evening"


@pytest.fixture
def encrypted(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The demo diary, encrypted (with a quick key, so a try takes milliseconds)."""
    monkeypatch.setattr(crypt, "SCRYPT_LOG_N", 10)
    path = tmp_path / "w.json"
    shutil.copy(DEMO, path)
    encrypt_data_file(path, Secret(PASSPHRASE))
    return path


def locked_app(path: Path, clock: FixedClock) -> WellbeingApp:
    return make_app(None, clock, unlock=opener(path, clock))


async def type_passphrase(pilot: Pilot[Any], words: str) -> None:
    pilot.app.screen.query_one(Input).value = words
    await pilot.press("enter")
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()


def status(app: WellbeingApp) -> str:
    return str(app.screen.query_one("#unlock-status", Static).render())


async def test_the_right_passphrase_opens_the_dashboard_and_saves_stay_encrypted(
    encrypted: Path, clock: FixedClock
) -> None:
    app = locked_app(encrypted, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        assert isinstance(app.screen, UnlockScreen)
        await type_passphrase(pilot, "not it")
        assert isinstance(app.screen, UnlockScreen)
        assert "does not open it. 2 more tries" in status(app)
        assert app.screen.query_one(Input).value == ""  # not left on the screen
        await type_passphrase(pilot, PASSPHRASE)
        assert isinstance(app.screen, DashboardScreen)
        assert app.screen.sub_title == "Thursday 26 November"  # the diary's own day
        await pilot.press("m")
        await pilot.click("#mood-4")
        await pilot.press("ctrl+s")
        assert isinstance(app.screen, DashboardScreen)
    assert crypt.is_encrypted(encrypted)
    cipher = crypt.unlock(key_path(encrypted), Secret(PASSPHRASE))
    saved = Store(encrypted, clock, cipher=cipher).records(CheckIn)
    demo = Store(DEMO, clock, create=False).records(CheckIn)
    assert (
        len(saved) == len(demo) + 1
        and [c.mood for c in saved].count(4) == [c.mood for c in demo].count(4) + 1
    )


async def test_three_wrong_passphrases_close_the_app_with_one_line(
    encrypted: Path, clock: FixedClock
) -> None:
    before = encrypted.read_bytes()
    app = locked_app(encrypted, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        for n in range(3):
            await type_passphrase(pilot, f"wrong {n}")
    assert app.return_code == 1
    assert app.unlock_failed is not None and "wrong passphrase, 3 times" in app.unlock_failed
    assert encrypted.read_bytes() == before


async def test_help_opens_before_the_diary_is_open_and_needs_no_data(
    encrypted: Path, clock: FixedClock
) -> None:
    app = locked_app(encrypted, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("h")  # a letter of the passphrase, typed
        assert app.screen.query_one(Input).value == "h"
        await pilot.press("f1")
        assert isinstance(app.screen, SupportScreen)
        await pilot.press("p")  # the safety plan is in the diary: not yet
        assert isinstance(app.screen, SupportScreen)
        await pilot.press("escape")
        assert isinstance(app.screen, UnlockScreen)
        app.go("journal")  # from the palette, say: not before the diary is open
        assert isinstance(app.screen, UnlockScreen)


def test_unlock_screen_100x30(snap_compare: Any, encrypted: Path, clock: FixedClock) -> None:
    """The unlock screen after one wrong try."""

    async def one_wrong_try(pilot: Pilot[Any]) -> None:
        await type_passphrase(pilot, "not it")

    assert snap_compare(
        locked_app(encrypted, clock), terminal_size=(100, 30), run_before=one_wrong_try
    )
