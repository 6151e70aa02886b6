"""Folders another user can change, links planted where backups go, a clock once ahead:
the diary is never written through someone else's link, and backups survive."""

from __future__ import annotations

import json
import os
from datetime import UTC, date, datetime
from pathlib import Path

from tests.cli.test_cli import cli
from wellbeing_tui.storage.backups import backup_dir, daily_backups


def test_a_backups_folder_anyone_can_write_to_is_refused(tmp_path: Path) -> None:
    data = tmp_path / "diary"
    data.mkdir(mode=0o700)
    path = data / "w.json"
    assert cli("log", "mood", "3", "--data", str(path)).returncode == 0
    before = path.read_bytes()
    # Another user prepares a trap: an open backups folder with a link where a copy goes.
    important = tmp_path / "important.txt"
    important.write_text("do not overwrite", encoding="utf-8")
    for old in backup_dir(path).iterdir():
        old.unlink()
    backup_dir(path).rmdir()
    backup_dir(path).mkdir()
    backup_dir(path).chmod(0o777)
    today = date.today().isoformat()
    (backup_dir(path) / f"w-{today}.json.partial").symlink_to(important)
    result = cli("log", "mood", "2", "--data", str(path))
    assert result.returncode == 1
    assert str(backup_dir(path)) in result.stderr and "every user" in result.stderr
    assert "Traceback" not in result.stderr and result.stderr.count("\n") == 1
    assert important.read_text(encoding="utf-8") == "do not overwrite"
    assert path.read_bytes() == before


def test_a_link_left_in_a_private_backups_folder_is_never_followed(tmp_path: Path) -> None:
    path = tmp_path / "w.json"
    assert cli("log", "mood", "3", "--data", str(path)).returncode == 0
    important = tmp_path / "important.txt"
    important.write_text("do not overwrite", encoding="utf-8")
    folder = backup_dir(path)
    for old in folder.iterdir():
        old.unlink()
    today = date.today().isoformat()
    (folder / f"w-{today}.json.partial").symlink_to(important)
    assert cli("log", "mood", "2", "--data", str(path)).returncode == 0
    assert important.read_text(encoding="utf-8") == "do not overwrite"
    assert (folder / f"w-{today}.json").is_file()
    assert not (folder / f"w-{today}.json.partial").exists()  # a leftover, cleared


def test_a_data_folder_anyone_can_write_to_is_refused(tmp_path: Path) -> None:
    shared = tmp_path / "shared"
    shared.mkdir()
    shared.chmod(0o777)
    result = cli("log", "mood", "3", "--data", str(shared / "w.json"))
    assert result.returncode == 1 and str(shared) in result.stderr
    assert not (shared / "w.json").exists()


def test_csv_cells_a_spreadsheet_would_run_start_with_an_apostrophe(tmp_path: Path) -> None:
    import csv

    path = tmp_path / "w.json"
    for note in ['=HYPERLINK("http://x","y")', "+1 call", "-2 days", "@sum", "\tx", "fine"]:
        assert cli("log", "mood", "3", "--note", note, "--data", str(path)).returncode == 0
    out = tmp_path / "csv"
    assert cli("export", "--format", "csv", "--out", str(out), "--data", str(path)).returncode == 0
    with open(out / "checkins.csv", encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert sorted(r["note"] for r in rows) == sorted(
        ['\'=HYPERLINK("http://x","y")', "'+1 call", "'-2 days", "'@sum", "'\tx", "fine"]
    )
    assert {r["mood"] for r in rows} == {"3"}


def test_numbers_are_written_with_the_digits_0_to_9_only(tmp_path: Path) -> None:
    path = tmp_path / "w.json"
    for typed in ["٣", "𝟛", "³"]:
        result = cli("log", "mood", typed, "--data", str(path))
        assert result.returncode == 2 and "is not a whole number" in result.stderr
    assert not path.exists()


def test_dates_off_the_calendar_are_refused_in_one_line(tmp_path: Path) -> None:
    path = tmp_path / "w.json"
    assert cli("log", "mood", "3", "--data", str(path)).returncode == 0
    before = path.read_bytes()
    for args in (
        ["week", "--date", "0001-01-01"],
        ["week", "--date", "9999-12-31"],
        ["export", "--format", "md", "--to", "9999-12-31"],
        ["journal", "--from", "0001-01-01"],
    ):
        result = cli(*args, "--data", str(path))
        assert result.returncode == 2, (args, result.stderr)
        assert "between 1900 and 2199" in result.stderr and "Traceback" not in result.stderr
    assert path.read_bytes() == before


def test_a_lock_held_too_long_gives_one_line_instead_of_a_hang(tmp_path: Path) -> None:
    import subprocess
    import sys

    path = tmp_path / "w.json"
    assert cli("log", "mood", "3", "--data", str(path)).returncode == 0
    before = path.read_bytes()
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import fcntl, sys, time\n"
            f"f = open({str(path) + '.lock'!r}, 'a')\n"
            "fcntl.flock(f, fcntl.LOCK_EX)\n"
            "print('held', flush=True)\n"
            "time.sleep(60)\n",
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
        result = cli("log", "mood", "2", "--data", str(path), env={"WELLBEING_LOCK_TIMEOUT": "1"})
        assert result.returncode == 1, result.stderr
        assert "Another copy of wellbeing is saving" in result.stderr
        assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr
        # Commands that only read need no lock at all: not waiting for it, they answer.
        for args in (["week"], ["journal"], ["export", "--format", "json"]):
            result = cli(*args, "--data", str(path), env={"WELLBEING_LOCK_TIMEOUT": "0"})
            assert result.returncode == 0, (args, result.stderr)
    finally:
        holder.kill()
        holder.wait()
    assert path.read_bytes() == before
    assert cli("log", "mood", "2", "--data", str(path)).returncode == 0  # free again


def test_a_lock_file_that_cannot_be_opened_gives_a_message(tmp_path: Path) -> None:
    path = tmp_path / "w.json"
    assert cli("log", "mood", "3", "--data", str(path)).returncode == 0
    lock = Path(str(path) + ".lock")
    lock.unlink()
    lock.mkdir()  # not a file that can be locked
    result = cli("log", "mood", "2", "--data", str(path))
    assert result.returncode == 1 and f"Cannot use the lock file {lock}" in result.stderr
    assert "Traceback" not in result.stderr


def test_odd_data_targets_get_one_line_and_are_left_alone(tmp_path: Path) -> None:
    import stat as stat_module

    fifo = tmp_path / "pipe.json"
    os.mkfifo(fifo)
    folder = tmp_path / "folder.json"
    folder.mkdir()
    for target in (fifo, folder, Path("/dev/null")):
        result = cli("week", "--data", str(target))  # a pipe would hang past cli's limit
        assert result.returncode == 1 and "is not a file" in result.stderr, target
        assert result.stderr.count("\n") == 1
    assert stat_module.S_ISFIFO(fifo.stat().st_mode) and folder.is_dir()


def test_a_linked_data_file_is_written_through_to_its_target(tmp_path: Path) -> None:
    synced = tmp_path / "synced"
    synced.mkdir(mode=0o700)
    target = synced / "w.json"
    assert cli("log", "mood", "3", "--data", str(target)).returncode == 0
    link = tmp_path / "w.json"
    link.symlink_to(target)
    assert cli("log", "mood", "4", "--data", str(link)).returncode == 0
    assert link.is_symlink() and link.resolve() == target
    week = cli("week", "--json", "--data", str(target))
    moods = [m for day in json.loads(week.stdout)["days"] for m in day["moods"]]
    assert sorted(moods) == [3, 4]
    assert not (tmp_path / "w.json.lock").exists() and (synced / "w.json.lock").exists()


def test_a_file_its_owner_may_not_write_is_opened_read_only(tmp_path: Path) -> None:
    path = tmp_path / "w.json"
    assert cli("log", "mood", "3", "--data", str(path)).returncode == 0
    path.chmod(0o400)
    before = path.read_bytes()
    result = cli("log", "mood", "2", "--data", str(path))
    assert result.returncode == 1 and "is read-only" in result.stderr
    assert path.read_bytes() == before and (path.stat().st_mode & 0o777) == 0o400
    assert cli("week", "--data", str(path)).returncode == 0  # reading still works


def test_commands_that_only_read_create_nothing(tmp_path: Path) -> None:
    path = tmp_path / "new" / "w.json"
    for args in (["week"], ["journal"], ["export", "--format", "json"]):
        result = cli(*args, "--data", str(path))
        assert result.returncode == 1 and "There is no diary at" in result.stderr, args
    assert not (tmp_path / "new").exists()


def test_an_export_onto_the_data_file_or_a_backup_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "w.json"
    assert cli("log", "mood", "3", "--data", str(path)).returncode == 0
    link = tmp_path / "same.json"
    link.symlink_to(path)
    before = path.read_bytes()
    assert cli("log", "mood", "2", "--data", str(path)).returncode == 0  # makes today's backup
    before = path.read_bytes()
    [backup] = daily_backups(path)
    targets = [path, link, Path(f"{path}.lock"), backup]
    for target in targets:
        for fmt in ("json", "md"):
            result = cli("export", "--format", fmt, "--out", str(target), "--data", str(path))
            assert result.returncode == 2, (target, result.stderr)
            assert "--out: " in result.stderr and "is the data file or one of" in result.stderr
    assert path.read_bytes() == before


async def test_a_save_behind_a_stuck_lock_leaves_the_screen_working_and_keeps_the_form(
    tmp_path: Path,
) -> None:
    import fcntl

    from textual.widgets import Input, Static

    from tests.conftest import SAVES_NOT_AWAITED, make_app
    from wellbeing_tui.domain.clock import FixedClock
    from wellbeing_tui.domain.mood import CheckIn
    from wellbeing_tui.storage import Store
    from wellbeing_tui.ui.checkin.checkin import CheckInScreen
    from wellbeing_tui.ui.support.support import SupportScreen

    clock = FixedClock(datetime(2026, 11, 26, 19, 30, tzinfo=UTC))
    store = Store(tmp_path / "w.json", clock, lock_timeout=3600.0)  # waits while we look
    app = make_app(store, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("m")
        await pilot.click("#mood-2")
        app.screen.query_one("#note", Input).value = "written while another copy saves"
        SAVES_NOT_AWAITED.add(app)  # see the screen while the save waits
        with open(f"{store.path}.lock", "a") as held:
            fcntl.flock(held, fcntl.LOCK_EX)  # as a stuck copy would
            await pilot.press("ctrl+s")
            await pilot.press("ctrl+s")  # pressed twice: asked for once
            await pilot.press("f1")  # help opens over the form while the save waits
            assert isinstance(app.screen, SupportScreen)
            await pilot.press("escape")
            assert isinstance(app.screen, CheckInScreen)
            assert app.writer.busy
            store._lock.timeout = 2.0  # the other copy never lets go: the wait gives up
            await app.writer.settled()
            await pilot.pause()
            fcntl.flock(held, fcntl.LOCK_UN)
        SAVES_NOT_AWAITED.discard(app)
        form = app.screen
        assert isinstance(form, CheckInScreen)
        assert "Another copy of wellbeing is saving" in str(
            form.query_one("#checkin-error", Static).render()
        )
        assert form.query_one("#note", Input).value == "written while another copy saves"
        assert store.records(CheckIn) == []
        await pilot.press("ctrl+s")
        assert not isinstance(app.screen, CheckInScreen)
    saved = Store(tmp_path / "w.json", clock).records(CheckIn)
    assert [c.note for c in saved] == ["written while another copy saves"]
