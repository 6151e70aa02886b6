"""Folders others can change and links where the diary's own files go: ``encrypt``,
``decrypt`` and ``passphrase`` make the same checks as a save, a link is never taken for a
backup or a lock, and nothing is ever written through one."""

from __future__ import annotations

import subprocess
from datetime import date, timedelta
from pathlib import Path

import pytest

from tests.storage.diaries import PASSPHRASE, files_of, make_diary, passphrase_file, run
from wellbeing_tui.storage import crypt
from wellbeing_tui.storage.backups import all_backups, backup_dir
from wellbeing_tui.storage.crypt import Secret, is_encrypted, key_path
from wellbeing_tui.storage.encryption import encrypt_data_file

COMMANDS = ("encrypt", "decrypt", "passphrase")


@pytest.fixture(autouse=True)
def _quick_keys(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(crypt, "SCRYPT_LOG_N", 10)


def secure(command: str, path: Path, secret: Path) -> subprocess.CompletedProcess[str]:
    more = ["--new-passphrase-file", str(secret)] if command == "passphrase" else []
    return run(command, "--data", str(path), "--passphrase-file", str(secret), *more)


def diary_for(command: str, folder: Path) -> tuple[Path, Path]:
    """A diary ready for ``command`` (encrypted unless it is ``encrypt``)."""
    path, _ = make_diary(folder)
    if command != "encrypt":
        encrypt_data_file(path, Secret(PASSPHRASE))
    return path, passphrase_file(folder.parent)


def refused(result: subprocess.CompletedProcess[str], *words: str) -> None:
    assert result.returncode == 1, result.stderr
    assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr
    for word in words:
        assert word in result.stderr, result.stderr


@pytest.mark.parametrize("command", COMMANDS)
@pytest.mark.parametrize("open_folder", ["data", "backups"])
def test_a_folder_anyone_can_write_to_is_refused(
    tmp_path: Path, command: str, open_folder: str
) -> None:
    path, secret = diary_for(command, tmp_path / "diary")
    folder = path.parent if open_folder == "data" else backup_dir(path)
    folder.chmod(0o777)
    before = files_of(tmp_path)
    refused(secure(command, path, secret), str(folder), "every user")
    assert files_of(tmp_path) == before


@pytest.mark.parametrize("command", [*COMMANDS, "log"])
def test_a_backups_folder_that_is_a_link_is_refused_and_what_it_points_to_is_left(
    tmp_path: Path, command: str
) -> None:
    path, secret = diary_for(command, tmp_path / "diary")
    elsewhere = tmp_path / "elsewhere"
    backup_dir(path).rename(elsewhere)
    backup_dir(path).symlink_to(elsewhere)
    not_a_backup = elsewhere / f"w-{date.today() - timedelta(days=30)}.json"
    not_a_backup.write_text('{"someone else": "s file"}', encoding="utf-8")
    before = files_of(elsewhere)
    if command == "log":
        result = run("log", "mood", "3", "--data", str(path), "--passphrase-file", str(secret))
    else:
        result = secure(command, path, secret)
    refused(result, str(backup_dir(path)), "link")
    assert files_of(elsewhere) == before and not is_encrypted(not_a_backup)
    check = run("check", "--data", str(path))
    assert check.returncode == 1 and "is a link to another folder" in check.stdout


@pytest.mark.parametrize("command", [*COMMANDS, "log"])
def test_a_lock_that_is_a_link_is_never_followed(tmp_path: Path, command: str) -> None:
    path, secret = diary_for(command, tmp_path / "diary")
    lock = path.with_name(path.name + ".lock")
    outside = tmp_path / "outside" / "made-here"
    outside.parent.mkdir()
    lock.unlink(missing_ok=True)
    lock.symlink_to(outside)  # dangling: following it would create a file over there
    before = files_of(tmp_path)
    if command == "log":
        result = run("log", "mood", "3", "--data", str(path), "--passphrase-file", str(secret))
    else:
        result = secure(command, path, secret)
    refused(result, f"{lock} is a link", "never followed")
    assert not outside.exists() and lock.is_symlink()
    assert files_of(tmp_path) == before


def test_a_link_at_today_s_backup_is_replaced_by_a_real_copy(tmp_path: Path) -> None:
    path, _ = make_diary(tmp_path / "diary")
    important = tmp_path / "important.json"
    important.write_text('{"keep": "me"}', encoding="utf-8")
    today = backup_dir(path) / f"w-{date.today()}.json"
    today.symlink_to(important)
    data = path.read_bytes()
    result = run("log", "mood", "3", "--data", str(path))
    assert result.returncode == 0, result.stderr
    assert not today.is_symlink() and today.read_bytes() == data  # the day's backup
    assert important.read_text(encoding="utf-8") == '{"keep": "me"}'


def test_a_link_named_like_a_backup_is_no_backup(tmp_path: Path) -> None:
    path, originals = make_diary(tmp_path / "diary")
    outside = tmp_path / "outside.json"
    outside.write_text('{"checkins": {}}', encoding="utf-8")
    link = backup_dir(path) / f"w-{date.today() - timedelta(days=20)}.json"
    link.symlink_to(outside)
    assert set(all_backups(path)) == set(originals)
    secret = passphrase_file(tmp_path)
    assert run("encrypt", "--data", str(path), "--passphrase-file", str(secret)).returncode == 0
    assert not is_encrypted(outside) and link.is_symlink() and key_path(path).exists()
    assert run("decrypt", "--data", str(path), "--passphrase-file", str(secret)).returncode == 0
    assert outside.read_text(encoding="utf-8") == '{"checkins": {}}'
    assert link.name not in run("check", "--data", str(path)).stdout
