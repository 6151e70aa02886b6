"""Help before an encrypted diary is unlocked shows the country the person chose: the choice
(and nothing else from the settings) is kept in the plain file beside the data file when the
setting is saved, and read by help before the passphrase is typed."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from textual.widgets import Select, Static

from tests.conftest import DEMO, make_app, showing
from wellbeing_tui.cli.tui import opener
from wellbeing_tui.domain.clock import FixedClock
from wellbeing_tui.services.nudge import kept_country, state_path
from wellbeing_tui.storage import Store, crypt
from wellbeing_tui.storage.crypt import Secret
from wellbeing_tui.storage.encryption import encrypt_data_file
from wellbeing_tui.ui.support.support import SupportScreen
from wellbeing_tui.ui.unlock import UnlockScreen


@pytest.fixture
def diary(tmp_path: Path) -> Path:
    path = tmp_path / "w.json"
    shutil.copy(DEMO, path)
    return path


async def test_the_country_chosen_in_settings_is_kept_beside_the_file(
    diary: Path, clock: FixedClock
) -> None:
    app = make_app(Store(diary, clock), clock)
    async with app.run_test(size=(100, 30)) as pilot:
        app.go("settings")
        await pilot.pause()
        app.screen.query_one("#country", Select).value = "CA"
        await pilot.pause()
    assert kept_country(diary) == "CA"
    beside = json.loads(state_path(diary).read_text(encoding="utf-8"))
    assert beside["country"] == "CA"
    # nothing else from the settings is in the plain file
    assert not {"theme", "gentle_answer", "notice_seen", "week_start"} & set(beside)


async def test_help_before_unlocking_shows_the_chosen_country(
    diary: Path, clock: FixedClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = Store(diary, clock)
    app = make_app(store, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("h")  # chosen in Support this time
        showing(app, SupportScreen).query_one("#country", Select).value = "CA"
        await pilot.pause()
    store.close()
    monkeypatch.setattr(crypt, "SCRYPT_LOG_N", 10)
    encrypt_data_file(diary, Secret("a calm evening"))

    # as the command line starts the app on an encrypted diary (the locale says GB)
    locked = make_app(None, clock, unlock=opener(diary, clock), locale_country=kept_country(diary))
    async with locked.run_test(size=(100, 30)) as pilot:
        assert isinstance(locked.screen, UnlockScreen)
        await pilot.press("f1")
        support = showing(locked, SupportScreen)
        assert support.query_one("#country", Select).value == "CA"
        helplines = str(support.query_one("#helplines", Static).render())
        assert "9-8-8" in helplines and "Samaritans" not in helplines
        assert "911" in str(support.query_one("#danger", Static).render())
        assert "opens once the diary is open" in str(support.query_one("#plan-hint").render())


async def test_a_country_chosen_before_it_was_kept_is_kept_at_the_next_start(
    diary: Path, clock: FixedClock
) -> None:
    store = Store(diary, clock)
    store.save_settings(store.settings().edit(country="IE"))  # kept by an older version
    assert kept_country(diary) is None
    app = make_app(store, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
    assert kept_country(diary) == "IE"
