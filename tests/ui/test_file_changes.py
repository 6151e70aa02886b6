"""The open app survives its data file changing under it: encrypted, decrypted, cut short
or replaced by another program. It says what happened in one calm dialog, keeps every open
form, opens the file again when asked, and never ends with a traceback."""

from __future__ import annotations

import shutil
import threading
from pathlib import Path
from typing import Any

import pytest
from textual.pilot import Pilot
from textual.widgets import Input, Static, TextArea

from tests.conftest import make_app, showing
from wellbeing_tui.domain.clock import FixedClock
from wellbeing_tui.domain.journal import JournalEntry
from wellbeing_tui.services.diary import Diary
from wellbeing_tui.storage import Store, crypt
from wellbeing_tui.storage.crypt import Secret, is_encrypted, key_path, unlock
from wellbeing_tui.storage.encryption import decrypt_data_file, encrypt_data_file
from wellbeing_tui.ui.dashboard.dashboard import DashboardScreen
from wellbeing_tui.ui.file_trouble import FileTrouble
from wellbeing_tui.ui.journal.editor import JournalEditorScreen
from wellbeing_tui.ui.unlock import UnlockScreen

PASSPHRASE = "correct horse battery"


@pytest.fixture(autouse=True)
def _quick_keys(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(crypt, "SCRYPT_LOG_N", 10)


def reopen_with(path: Path, clock: FixedClock) -> Any:
    """What the command line gives the app: the file opened anew, plain or with a
    passphrase (None asks for one)."""
    from wellbeing_tui.storage.errors import EncryptedFile

    def reopen(typed: str | None) -> Diary:
        if not is_encrypted(path):
            return Diary(Store(path, clock))
        if typed is None:
            raise EncryptedFile(path)
        return Diary(Store(path, clock, cipher=unlock(key_path(path), Secret(typed))))

    return reopen


async def wait_for(pilot: Pilot[Any], kind: type[Any], seconds: float = 8.0) -> None:
    for _ in range(int(seconds * 10)):
        if isinstance(pilot.app.screen, kind):
            await pilot.pause()  # opened by a timer: now put together, too
            return
        await pilot.pause(0.1)
    raise AssertionError(f"{type(pilot.app.screen).__name__} is showing, not {kind.__name__}")


async def encrypted_while_writing(pilot: Pilot[Any], path: Path, words: str) -> None:
    """A new entry with ``words`` in it, the file encrypted by another command, the save
    refused, and "open it again" chosen: the passphrase is asked for."""
    await pilot.press("j", "n")
    pilot.app.screen.query_one("#text", TextArea).insert(words)
    encrypt_data_file(path, Secret(PASSPHRASE))
    await pilot.press("ctrl+s")
    await wait_for(pilot, FileTrouble)
    await pilot.press("r")
    await wait_for(pilot, UnlockScreen)


async def test_encrypted_by_another_command_the_entry_being_written_is_kept_and_saved(
    demo_store: Store, clock: FixedClock
) -> None:
    path = demo_store.path
    app = make_app(demo_store, clock, reopen=reopen_with(path, clock))
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("j", "n")
        app.screen.query_one("#text", TextArea).insert("Words written before the change")
        await pilot.pause()
        encrypt_data_file(path, Secret(PASSPHRASE))  # another terminal
        await pilot.press("ctrl+s")
        await wait_for(pilot, FileTrouble)
        what = str(app.screen.query_one("#trouble-what", Static).render())
        assert "was encrypted by another wellbeing command" in what
        await pilot.press("r")
        await wait_for(pilot, UnlockScreen)
        app.screen.query_one("#passphrase", Input).value = PASSPHRASE
        await pilot.press("enter")
        await wait_for(pilot, JournalEditorScreen)
        assert "Words written before" in app.screen.query_one("#text", TextArea).text
        await pilot.press("ctrl+s")
        await pilot.pause()
    assert app.return_code in (0, None)
    cipher = unlock(key_path(path), Secret(PASSPHRASE))
    texts = [e.text for e in Store(path, clock, cipher=cipher).records(JournalEntry)]
    assert "Words written before the change" in texts


async def test_a_draft_that_failed_on_the_file_as_it_was_does_not_bring_the_dialog_back(
    demo_store: Store, clock: FixedClock
) -> None:
    """A draft kept while the passphrase was typed fails on the file as it was before; its
    answer comes after the file is open again and must not ask to open it again."""
    path = demo_store.path
    app = make_app(demo_store, clock, reopen=reopen_with(path, clock))
    release = threading.Event()
    async with app.run_test(size=(100, 30)) as pilot:
        await encrypted_while_writing(pilot, path, "Words kept through it all")
        old = app.diary

        def late_draft() -> None:  # the writer thread holds it until the file is open again
            release.wait(10)
            old.drafts.keep("journal", {"text": "late"}, "late")

        app.write(late_draft, failed=lambda _: None)
        app.screen.query_one("#passphrase", Input).value = PASSPHRASE
        await pilot.press("enter")
        await wait_for(pilot, JournalEditorScreen)
        assert app.diary is not old
        release.set()
        await app.writer.settled()
        await pilot.pause(0.3)
        showing(app, JournalEditorScreen)
        await pilot.press("ctrl+s")
        await pilot.pause()
    release.set()
    cipher = unlock(key_path(path), Secret(PASSPHRASE))
    texts = [e.text for e in Store(path, clock, cipher=cipher).records(JournalEntry)]
    assert "Words kept through it all" in texts


async def test_decrypted_by_another_command_saves_go_on_plain_and_it_says_so(
    demo_file: Path, clock: FixedClock
) -> None:
    encrypt_data_file(demo_file, Secret(PASSPHRASE))
    store = Store(demo_file, clock, cipher=unlock(key_path(demo_file), Secret(PASSPHRASE)))
    app = make_app(store, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        decrypt_data_file(demo_file, Secret(PASSPHRASE))
        await pilot.press("j", "n")
        app.screen.query_one("#text", TextArea).insert("Saved after the decrypt")
        await pilot.press("ctrl+s")
        await pilot.pause(2.5)
        messages = [str(n.message) for n in app._notifications]
        assert any("decrypted by another wellbeing command" in m for m in messages), messages
    assert not is_encrypted(demo_file) and not key_path(demo_file).exists()
    texts = [e.text for e in Store(demo_file, clock).records(JournalEntry)]
    assert "Saved after the decrypt" in texts


@pytest.mark.parametrize("damage", ["cut short", "replaced by a folder's worth of nothing"])
async def test_a_file_cut_short_under_the_dashboard_is_a_dialog_not_a_crash(
    damage: str, demo_store: Store, clock: FixedClock, tmp_path: Path
) -> None:
    path = demo_store.path
    good = tmp_path / "good.json"
    shutil.copy(path, good)
    app = make_app(demo_store, clock, reopen=reopen_with(path, clock))
    async with app.run_test(size=(100, 30)) as pilot:
        raw = path.read_bytes()
        path.write_bytes(raw[: len(raw) // 2] if damage == "cut short" else b"")
        await wait_for(pilot, FileTrouble)  # the dashboard looks every few seconds
        assert "not valid JSON" in str(app.screen.query_one("#trouble-what", Static).render()) or (
            "empty" in str(app.screen.query_one("#trouble-what", Static).render())
        )
        await pilot.press("escape")  # not now: the dashboard stays
        showing(app, DashboardScreen)
        shutil.copy(good, path)  # put right by the person
        app.file_trouble(RuntimeError("nothing"))  # not a data file error: ignored
        await pilot.pause()
        showing(app, DashboardScreen)
    assert app.return_code in (0, None)


async def test_escape_from_the_passphrase_goes_back_to_the_form_and_it_can_be_asked_again(
    demo_store: Store, clock: FixedClock
) -> None:
    path = demo_store.path
    app = make_app(demo_store, clock, reopen=reopen_with(path, clock))
    async with app.run_test(size=(100, 30)) as pilot:
        await encrypted_while_writing(pilot, path, "Still here")
        await pilot.press("escape")  # not now: back to the entry, the app stays open
        await wait_for(pilot, JournalEditorScreen)
        assert app.is_running
        assert app.screen.query_one("#text", TextArea).text.endswith("Still here")
        await pilot.press("ctrl+s")  # asked for again: the dialog comes back
        await wait_for(pilot, FileTrouble)
