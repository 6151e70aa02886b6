"""Encrypting, decrypting or changing the passphrase while another copy writes never loses
the diary, and never leaves a save written to a key that is gone.

Every writer reads the file again under the lock before it writes: a file decrypted
meanwhile is followed (saved plain, its key being gone); a file encrypted meanwhile, or
encrypted again to a new key, is not written to at all, and the command says so in a line.

``WELLBEING_RACES`` sets how many interleavings of each pair to run (50 for the full run).
"""

from __future__ import annotations

import json
import os
import random
import subprocess
import sys
import threading
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from wellbeing_tui.domain.clock import FixedClock
from wellbeing_tui.domain.fields import iso, new_id
from wellbeing_tui.domain.mood import CheckIn
from wellbeing_tui.storage import Store, crypt
from wellbeing_tui.storage.crypt import Secret, is_encrypted, key_path, unlock
from wellbeing_tui.storage.encryption import (
    change_passphrase,
    decrypt_data_file,
    encrypt_data_file,
)
from wellbeing_tui.storage.fileformat import ChangedUnderUs

ROOT = Path(__file__).resolve().parents[2]
CLOCK = FixedClock(datetime(2026, 11, 26, 19, 30, tzinfo=UTC))
PASSPHRASE = "correct horse battery"
RACES = int(os.environ.get("WELLBEING_RACES", "6"))


@pytest.fixture(autouse=True)
def _quick_keys(monkeypatch: pytest.MonkeyPatch) -> None:
    """Key files made here use a small work factor (read back from the key file's header,
    so other processes unlock them quickly too)."""
    monkeypatch.setattr(crypt, "SCRYPT_LOG_N", 10)


def checkin(minute: int) -> CheckIn:
    return CheckIn(id=new_id(), at=iso(CLOCK.now() + timedelta(minutes=minute)), mood=3)


def plain_diary(folder: Path) -> Path:
    path = folder / "w.json"
    Store(path, CLOCK).add(checkin(0))
    return path


def opened(path: Path, passphrase: str = PASSPHRASE) -> Store:
    cipher = unlock(key_path(path), Secret(passphrase)) if is_encrypted(path) else None
    return Store(path, CLOCK, cipher=cipher)


def test_a_copy_open_when_the_diary_is_decrypted_saves_plain_and_loses_nothing(
    tmp_path: Path,
) -> None:
    path = plain_diary(tmp_path)
    encrypt_data_file(path, Secret(PASSPHRASE))
    app_copy = opened(path)
    decrypt_data_file(path, Secret(PASSPHRASE))
    assert not key_path(path).exists()
    app_copy.add(checkin(5))  # the save that used to go to the deleted key
    assert not is_encrypted(path)
    assert len(json.loads(path.read_bytes())["checkins"]) == 2
    assert app_copy.cipher is None
    assert any("decrypted" in news for news in app_copy.news())


def test_a_copy_open_when_the_diary_is_encrypted_writes_nothing_and_says_why(
    tmp_path: Path,
) -> None:
    path = plain_diary(tmp_path)
    app_copy = opened(path)
    encrypt_data_file(path, Secret(PASSPHRASE))
    sealed = path.read_bytes()
    with pytest.raises(ChangedUnderUs, match="was encrypted by another wellbeing command"):
        app_copy.add(checkin(5))
    assert path.read_bytes() == sealed
    assert len(opened(path).records(CheckIn)) == 1


def test_a_copy_holding_an_old_key_never_writes_to_it(tmp_path: Path) -> None:
    path = plain_diary(tmp_path)
    encrypt_data_file(path, Secret(PASSPHRASE))
    app_copy = opened(path)
    decrypt_data_file(path, Secret(PASSPHRASE))
    encrypt_data_file(path, Secret("a new one"))  # a new key
    sealed = path.read_bytes()
    with pytest.raises(ChangedUnderUs, match="encrypted again with a new key"):
        app_copy.add(checkin(5))
    assert path.read_bytes() == sealed
    assert len(opened(path, "a new one").records(CheckIn)) == 1


def test_a_new_passphrase_does_not_stop_an_open_copy(tmp_path: Path) -> None:
    path = plain_diary(tmp_path)
    encrypt_data_file(path, Secret(PASSPHRASE))
    app_copy = opened(path)
    change_passphrase(path, Secret(PASSPHRASE), Secret("another"))
    app_copy.add(checkin(5))
    assert len(opened(path, "another").records(CheckIn)) == 2


# -- real processes racing ---------------------------------------------------------------


def command(folder: Path, *args: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "wellbeing_tui", *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=dict(os.environ, PYTHONPATH=str(ROOT)),
        cwd=folder,
        start_new_session=True,
    )


@pytest.mark.slow
@pytest.mark.parametrize("change", ["decrypt", "encrypt", "passphrase"])
def test_changing_the_encryption_while_log_commands_save(change: str, tmp_path: Path) -> None:
    rng = random.Random(change)
    outcomes: dict[str, int] = {}
    for n in range(RACES):
        folder = tmp_path / str(n)
        folder.mkdir()
        path = plain_diary(folder)
        (folder / "pass").write_text(PASSPHRASE + "\n")
        (folder / "new").write_text("another passphrase\n")
        if change != "encrypt":
            encrypt_data_file(path, Secret(PASSPHRASE))
        change_args = {
            "decrypt": ["decrypt", "--data", str(path), "--passphrase-file", "pass"],
            "encrypt": ["encrypt", "--data", str(path), "--passphrase-file", "pass"],
            "passphrase": [
                "passphrase",
                "--data",
                str(path),
                "--passphrase-file",
                "pass",
                "--new-passphrase-file",
                "new",
            ],
        }[change]
        first_change = n % 2 == 0  # both orders
        notes: list[str] = []
        logs: list[tuple[str, subprocess.Popen[str]]] = []
        changer = command(folder, *change_args) if first_change else None
        for k in range(3):
            time.sleep(rng.uniform(0, 0.15))
            note = f"race {n} save {k}"
            pass_file = "new" if change == "passphrase" and changer is None else "pass"
            logs.append(
                (
                    note,
                    command(
                        folder,
                        "log",
                        "mood",
                        "3",
                        "--note",
                        note,
                        "--data",
                        str(path),
                        "--passphrase-file",
                        pass_file,
                    ),
                )
            )
            if changer is None and k == 0:
                changer = command(folder, *change_args)
        assert changer is not None
        _, err = changer.communicate(timeout=60)
        assert changer.returncode == 0, err
        for note, log in logs:
            _, err = log.communicate(timeout=60)
            outcome = "saved" if log.returncode == 0 else "refused"
            outcomes[outcome] = outcomes.get(outcome, 0) + 1
            if log.returncode:
                print(err.strip())
            if log.returncode == 0:
                notes.append(note)
            else:
                assert log.returncode == 1 and len(err.strip().splitlines()) == 1, err
                assert "Traceback" not in err
        passphrase = "another passphrase" if change == "passphrase" else PASSPHRASE
        store_path = path
        if is_encrypted(store_path):
            unlock(key_path(store_path), Secret(passphrase))  # the key opens
        diary_opens_with_every_acknowledged_save_with(store_path, notes, passphrase)
    print(f"{change}: {RACES} races, log commands {outcomes}")


def diary_opens_with_every_acknowledged_save_with(
    path: Path, notes: list[str], passphrase: str
) -> None:
    store = opened(path, passphrase)
    saved = {c.note for c in store.records(CheckIn)}
    assert set(notes) <= saved, set(notes) - saved
    if is_encrypted(path):
        for backup in (path.parent / "backups").glob("w-*.json"):
            assert is_encrypted(backup), f"{backup.name} is plain beside an encrypted diary"
    else:
        assert not key_path(path).exists()


@pytest.mark.parametrize("change", ["decrypt", "encrypt", "passphrase"])
def test_changing_the_encryption_while_an_open_copy_keeps_saving(
    change: str, tmp_path: Path
) -> None:
    """The app's writer thread saving check-ins, one after another, while another command
    changes the encryption at a random moment: every save that returned is in the diary
    afterwards, and a save after an encrypt is refused rather than written plain."""
    rng = random.Random(f"open-{change}")
    refused = 0
    for n in range(RACES * 4):
        folder = tmp_path / str(n)
        folder.mkdir()
        path = plain_diary(folder)
        if change != "encrypt":
            encrypt_data_file(path, Secret(PASSPHRASE))
        app_copy = opened(path)
        saved: list[str] = []
        stop = threading.Event()

        def keep_saving(
            copy: Store = app_copy, done: list[str] = saved, stop: threading.Event = stop
        ) -> None:
            for k in range(40):
                if stop.is_set():
                    return
                record = checkin(10 + k)
                try:
                    copy.add(record)
                except ChangedUnderUs:
                    return  # the app shows its dialog here and keeps the form
                done.append(record.id)

        writer = threading.Thread(target=keep_saving)
        change_first = n % 2 == 0  # both orders
        if not change_first:
            writer.start()
        time.sleep(rng.uniform(0, 0.03))
        if change == "decrypt":
            decrypt_data_file(path, Secret(PASSPHRASE))
        elif change == "encrypt":
            encrypt_data_file(path, Secret(PASSPHRASE))
        else:
            change_passphrase(path, Secret(PASSPHRASE), Secret("new"))
        if change_first:
            writer.start()
        writer.join(timeout=60)
        stop.set()
        refused += len(saved) < 40
        passphrase = "new" if change == "passphrase" else PASSPHRASE
        diary_opens_with_every_acknowledged_save_with(path, [], passphrase)
        ids = {c.id for c in opened(path, passphrase).records(CheckIn)}
        assert set(saved) <= ids, f"race {n}: {len(set(saved) - ids)} saves lost"
    print(f"{change}: {RACES * 4} races beside an open copy, {refused} stopped by the change")


@pytest.mark.parametrize("then", ["opening", "decrypt"])
def test_a_draft_kept_aside_is_taken_in_exactly_once(then: str, tmp_path: Path) -> None:
    """A draft kept aside while another copy held the lock (closing) is taken in by the
    next opening, or by a decrypt (which removes the key it was encrypted to), then gone."""
    from wellbeing_tui.domain.drafts import Draft

    path = plain_diary(tmp_path)
    encrypt_data_file(path, Secret(PASSPHRASE))
    closing = opened(path)
    draft = Draft(id=new_id(), kind="journal", updated_at=iso(CLOCK.now()), data={"text": "hi"})
    closing.keep_aside(draft)
    [aside] = list(tmp_path.glob("w.json.draft-*"))
    assert is_encrypted(aside)  # never plain beside an encrypted diary
    if then == "decrypt":
        decrypt_data_file(path, Secret(PASSPHRASE))
        store = Store(path, CLOCK)
    else:
        store = opened(path)
    assert [d.data for d in store.records(Draft)] == [{"text": "hi"}]
    assert not aside.exists()
    again = opened(path) if is_encrypted(path) else Store(path, CLOCK)
    assert len(again.records(Draft)) == 1
