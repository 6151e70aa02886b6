"""Every failure of ``encrypt``, ``decrypt`` and ``passphrase`` is one line on stderr with
the right exit status, and leaves every file whole: a full disk, a data path that names no
file, a key file with one byte changed, a backups folder that cannot be written to."""

from __future__ import annotations

import ctypes
import os
import resource
import signal
import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.storage.diaries import (
    PASSPHRASE,
    files_of,
    make_diary,
    opened,
    passphrase_file,
    plain_bytes,
    run,
)
from wellbeing_tui.storage import crypt
from wellbeing_tui.storage.backups import backup_dir
from wellbeing_tui.storage.crypt import Secret, is_encrypted, key_path, unlock
from wellbeing_tui.storage.encryption import encrypt_data_file
from wellbeing_tui.storage.errors import KeyFileDamaged, WrongPassphrase


@pytest.fixture(autouse=True)
def _quick_keys(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(crypt, "SCRYPT_LOG_N", 10)


def files_up_to(size: int) -> Callable[[], None]:
    """In the child: no file may grow past ``size`` bytes, as on a disk that is full (a
    write past it fails with 'File too large' instead of stopping the process)."""

    def limit() -> None:
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (size, size))

    return limit


def one_line(result: subprocess.CompletedProcess[str], code: int, *words: str) -> None:
    assert result.returncode == code, result.stderr
    assert result.stderr.count("\n") == 1, result.stderr
    assert "Traceback" not in result.stderr
    for word in words:
        assert word in result.stderr, result.stderr


def encrypted_diary(tmp_path: Path) -> tuple[Path, dict[Path, bytes], Path]:
    path, originals = make_diary(tmp_path / "diary", records=400)
    encrypt_data_file(path, Secret(PASSPHRASE))
    return path, originals, passphrase_file(tmp_path)


def test_encrypt_on_a_full_disk_says_so_in_one_line_and_a_rerun_finishes(
    tmp_path: Path,
) -> None:
    path, originals = make_diary(tmp_path / "diary", records=400)
    data = path.read_bytes()
    secret = passphrase_file(tmp_path)
    args = ("encrypt", "--data", str(path), "--passphrase-file", str(secret))
    before = files_of(tmp_path)
    # Not even the key file fits: nothing at all changes.
    one_line(run(*args, preexec=files_up_to(100)), 1, "File too large", "Nothing was lost")
    assert files_of(tmp_path) == before
    # The key file fits, a backup does not: the diary opens plain, as before.
    stopped = run(*args, preexec=files_up_to(2000))
    one_line(stopped, 1, "could not write", str(backup_dir(path)), "File too large")
    assert "run `wellbeing encrypt` again to finish" in stopped.stderr
    assert path.read_bytes() == data and key_path(path).exists()
    assert {b: plain_bytes(b, path) for b in originals} == originals
    done = run(*args)
    assert done.returncode == 0, done.stderr
    assert is_encrypted(path) and all(is_encrypted(b) for b in originals)
    assert plain_bytes(path, path) == data


def test_decrypt_on_a_full_disk_says_so_in_one_line_and_keeps_the_key(tmp_path: Path) -> None:
    path, originals, secret = encrypted_diary(tmp_path)
    data = plain_bytes(path, path)
    args = ("decrypt", "--data", str(path), "--passphrase-file", str(secret))
    stopped = run(*args, preexec=files_up_to(2000))
    one_line(stopped, 1, "could not write", "File too large", "`wellbeing decrypt` again")
    assert key_path(path).exists()  # still needed: the data file is encrypted
    assert plain_bytes(path, path) == data
    assert {b: plain_bytes(b, path) for b in originals} == originals
    done = run(*args)
    assert done.returncode == 0, done.stderr
    assert path.read_bytes() == data and not key_path(path).exists()
    assert {b: b.read_bytes() for b in originals} == originals


def test_a_new_passphrase_on_a_full_disk_leaves_the_old_one_working(tmp_path: Path) -> None:
    path, _, secret = encrypted_diary(tmp_path)
    new = passphrase_file(tmp_path, "a new and longer passphrase")
    before = files_of(tmp_path)
    result = run(
        "passphrase", "--data", str(path), "--passphrase-file", str(secret),
        "--new-passphrase-file", str(new), preexec=files_up_to(100),
    )  # fmt: skip
    one_line(result, 1, "could not write", "w.json.key.age", "File too large")
    assert files_of(tmp_path) == before
    assert opened(path)["checkins"]


@pytest.mark.parametrize("command", ["encrypt", "decrypt", "passphrase", "check"])
@pytest.mark.parametrize("data", ["/", "/tmp/..", "."])
def test_a_data_path_that_names_no_file_is_one_line(
    tmp_path: Path, command: str, data: str
) -> None:
    secret = passphrase_file(tmp_path)
    more = ["--new-passphrase-file", str(secret)] if command == "passphrase" else []
    before = files_of(tmp_path)
    result = run(command, "--data", data, "--passphrase-file", str(secret), *more)
    one_line(result, 2, "--data", "names a folder, not a data file")
    assert files_of(tmp_path) == before


def flipped(raw: bytes, at: int) -> bytes:
    changed = bytearray(raw)
    changed[at] ^= 0x04
    return bytes(changed)


def test_a_key_file_with_any_one_byte_changed_is_called_damaged(tmp_path: Path) -> None:
    path, _, _ = encrypted_diary(tmp_path)
    key = key_path(path)
    whole = key.read_bytes()
    for at in range(len(whole)):
        key.write_bytes(flipped(whole, at))
        with pytest.raises(KeyFileDamaged, match="is damaged"):
            unlock(key, Secret(PASSPHRASE))
    key.write_bytes(whole)
    with pytest.raises(WrongPassphrase):
        unlock(key, Secret("not the passphrase"))


@pytest.mark.parametrize("part", ["salt", "wrapped key", "MAC", "nonce", "payload"])
def test_commands_say_a_damaged_key_file_is_damaged_not_a_wrong_passphrase(
    tmp_path: Path, part: str
) -> None:
    path, _, secret = encrypted_diary(tmp_path)
    key = key_path(path)
    whole = key.read_bytes()
    lines = whole.split(b"\n")
    at = {
        "salt": len(lines[0]) + 1 + len(b"-> scrypt ") + 3,
        "wrapped key": len(b"\n".join(lines[:2])) + 5,
        "MAC": len(b"\n".join(lines[:3])) + 8,
        "nonce": len(b"\n".join(lines[:4])) + 6,
        "payload": len(whole) - 3,
    }[part]
    key.write_bytes(flipped(whole, at))
    before = files_of(tmp_path)
    new = passphrase_file(tmp_path, "another one")
    for args in (
        ["decrypt"],
        ["log", "mood", "3"],
        ["passphrase", "--new-passphrase-file", str(new)],
    ):
        result = run(*args, "--data", str(path), "--passphrase-file", str(secret))
        one_line(result, 1, "the key file", "is damaged")
        assert "wrong passphrase" not in result.stderr
    assert {p: c for p, c in files_of(tmp_path).items() if p != new} == before
    if part != "payload":  # the header's checksum tells without the passphrase
        check = run("check", "--data", str(path))
        assert check.returncode == 1 and "Its key file w.json.key.age is damaged" in check.stdout


def without_root_powers() -> None:
    """In the child: a root user gives up the powers that pass over file permissions, so
    a folder it may not write to is refused to it as to anyone."""
    if os.geteuid() != 0:
        return
    libc = ctypes.CDLL(None, use_errno=True)
    for power in (1, 2, 3):  # CAP_DAC_OVERRIDE, CAP_DAC_READ_SEARCH, CAP_FOWNER
        if libc.prctl(24, power, 0, 0, 0) != 0:  # PR_CAPBSET_DROP
            raise OSError(ctypes.get_errno(), "prctl")


def test_a_backups_folder_that_cannot_be_written_is_named(tmp_path: Path) -> None:
    path, originals = make_diary(tmp_path / "diary")
    folder = backup_dir(path)
    folder.chmod(0o555)
    try:
        try:
            probe = run("--version", preexec=without_root_powers)
        except subprocess.SubprocessError:
            pytest.skip("this root user cannot give up its powers over file permissions")
        assert probe.returncode == 0
        before = files_of(tmp_path)
        saved = run("log", "mood", "3", "--data", str(path), preexec=without_root_powers)
        one_line(saved, 1, f"Could not write a backup copy in {folder}", "Permission denied")
        assert "Nothing was saved" in saved.stderr
        secret = passphrase_file(tmp_path)
        encrypted = run(
            "encrypt", "--data", str(path), "--passphrase-file", str(secret),
            preexec=without_root_powers,
        )  # fmt: skip
        one_line(encrypted, 1, str(folder), "Permission denied")
        assert {p: c for p, c in files_of(tmp_path).items() if p in before} == before
        assert {b: plain_bytes(b, path) for b in originals} == originals
    finally:
        folder.chmod(0o700)


@pytest.mark.parametrize("command", [["week"], ["trends"], ["journal"], ["log", "mood", "3"]])
@pytest.mark.parametrize("folder", ["/", ".", "/tmp/.."])
def test_every_command_refuses_a_data_path_that_names_a_folder(
    command: list[str], folder: str
) -> None:
    import subprocess
    import sys

    done = subprocess.run(
        [sys.executable, "-m", "wellbeing_tui", *command, "--data", folder],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 2
    assert done.stderr.count("\n") == 1 and "names a folder, not a data file" in done.stderr
