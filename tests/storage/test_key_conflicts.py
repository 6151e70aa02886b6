"""Copies of an encrypted diary's key file that a sync engine left beside it: the same key
is put away by itself; another key or passphrase stops with what to do, changing nothing."""

from __future__ import annotations

import shutil
from datetime import UTC, datetime
from pathlib import Path

import pytest

from tests.storage.diaries import PASSPHRASE, files_of, passphrase_file, run
from tests.storage.test_conflict_copies import NAMES
from wellbeing_tui.cli.tui import opener
from wellbeing_tui.domain.clock import FixedClock
from wellbeing_tui.domain.fields import iso, new_id
from wellbeing_tui.domain.mood import CheckIn
from wellbeing_tui.storage import Store, crypt
from wellbeing_tui.storage.check import check_data_file
from wellbeing_tui.storage.crypt import Cipher, Secret, key_path, unlock
from wellbeing_tui.storage.key_conflicts import KeyConflict, key_copies

CLOCK = FixedClock(datetime(2026, 12, 1, 21, 30, tzinfo=UTC))
# Each sync engine's name for a copy of wellbeing.json.key.age, as for the data file's copies.
KEY_NAMES = [
    name.replace("wellbeing", "wellbeing.json.key", 1).removesuffix(".json") + ".age"
    for name in NAMES
]
NOT_KEY_COPIES = ["wellbeing.json.key.age.bak", "wellbeing.json.key-work.age", "other.key (1).age"]
SYNCTHING = KEY_NAMES[0]
DATA_COPY = "wellbeing.sync-conflict-20261201-213000-ABCDEFG.json"


@pytest.fixture(autouse=True)
def _quick_keys(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(crypt, "SCRYPT_LOG_N", 10)  # read back from each key file's header


def checkin(note: str) -> CheckIn:
    return CheckIn(id=new_id(), at=iso(CLOCK.now()), mood=3, note=note)


def diary_written(path: Path, note: str, cipher: Cipher, passphrase: str = PASSPHRASE) -> Path:
    """A diary encrypted to ``cipher``, its key file sealed with ``passphrase``."""
    path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    Store(path, CLOCK, cipher=cipher).add(checkin(note))
    key_path(path).write_bytes(cipher.key_file_bytes(Secret(passphrase)))
    key_path(path).chmod(0o600)
    return path


def key_copy(path: Path, name: str, cipher: Cipher, passphrase: str = PASSPHRASE) -> Path:
    """The key file from the other computer, renamed by its sync engine beside ``path``."""
    copy = path.parent / name
    copy.write_bytes(cipher.key_file_bytes(Secret(passphrase)))
    return copy


def data_copy(path: Path, note: str, cipher: Cipher) -> Path:
    """The diary as the other computer wrote it with ``cipher``, renamed beside ``path``."""
    there = diary_written(path.parent / "elsewhere" / path.name, note, cipher)
    return Path(shutil.move(there, path.parent / DATA_COPY))


def notes(path: Path, cipher: Cipher) -> list[str]:
    return sorted(c.note or "" for c in Store(path, CLOCK, cipher=cipher).records(CheckIn))


def log(path: Path, secret: Path) -> tuple[int, str]:
    done = run("log", "mood", "4", "--data", str(path), "--passphrase-file", str(secret))
    return done.returncode, done.stderr


@pytest.mark.parametrize("name", KEY_NAMES)
def test_a_copy_of_the_same_key_is_put_in_backups_by_the_next_command(
    tmp_path: Path, name: str
) -> None:
    cipher = Cipher.generate()
    path = diary_written(tmp_path / "wellbeing.json", "here", cipher)
    copy = key_copy(path, name, cipher)  # sealed anew: other bytes, the same key
    assert copy.read_bytes() != key_path(path).read_bytes()
    for other in NOT_KEY_COPIES:
        (tmp_path / other).write_bytes(b"not a copy")
    key_before, copy_bytes = key_path(path).read_bytes(), copy.read_bytes()
    status, stderr = log(path, passphrase_file(tmp_path))
    assert status == 0, stderr
    assert f"A copy of the key file from another computer ({name}) holds the same key" in stderr
    assert not copy.exists() and (tmp_path / "backups" / name).read_bytes() == copy_bytes
    assert key_path(path).read_bytes() == key_before
    assert notes(path, cipher) == ["", "here"]
    assert all((tmp_path / other).exists() for other in NOT_KEY_COPIES)


def test_the_diary_from_there_is_merged_once_its_same_key_copy_is_put_away(
    tmp_path: Path,
) -> None:
    cipher = Cipher.generate()
    path = diary_written(tmp_path / "wellbeing.json", "here", cipher)
    key_copy(path, SYNCTHING, cipher)
    data_copy(path, "there", cipher)
    status, stderr = log(path, passphrase_file(tmp_path))
    assert status == 0, stderr
    assert "holds the same key" in stderr and "Merged 1 check-in" in stderr
    assert notes(path, cipher) == ["", "here", "there"]
    assert key_copies(path) == []


def test_a_copy_another_passphrase_opens_stops_the_command_and_changes_nothing(
    tmp_path: Path,
) -> None:
    cipher = Cipher.generate()
    path = diary_written(tmp_path / "wellbeing.json", "here", cipher)
    key_copy(path, SYNCTHING, cipher, "the passphrase set there")
    data_copy(path, "there", cipher)
    secret = passphrase_file(tmp_path)
    before = files_of(tmp_path)
    status, stderr = log(path, secret)
    assert status == 1
    [line] = stderr.splitlines()
    assert f"the key file from the other, {SYNCTHING}, does not open with this passphrase" in line
    assert "Nothing here was changed" in line and f"move {SYNCTHING} into" in line
    assert files_of(tmp_path) == before


def test_a_copy_holding_another_key_stops_and_says_how_to_bring_in_what_it_opens(
    tmp_path: Path,
) -> None:
    cipher, theirs = Cipher.generate(), Cipher.generate()  # encrypted anew over there
    path = diary_written(tmp_path / "wellbeing.json", "here", cipher)
    copy = key_copy(path, SYNCTHING, theirs)
    written_there = data_copy(path, "there", theirs)
    secret = passphrase_file(tmp_path)
    before = files_of(tmp_path)
    status, stderr = log(path, secret)
    assert status == 1
    [line] = stderr.splitlines()
    assert (
        f"The key file from another computer, {SYNCTHING}, opens with this passphrase but "
        "holds another key" in line
    )
    assert "Nothing here was changed" in line
    assert f"-o {tmp_path}/backups/other.json {written_there}" in line
    assert files_of(tmp_path) == before
    # The steps it gives, done by hand (age's part by the library): everything comes in.
    shutil.move(copy, tmp_path / "backups" / copy.name)
    kept = unlock(tmp_path / "backups" / copy.name, Secret(PASSPHRASE))
    plain = tmp_path / "backups" / "other.json"
    plain.write_bytes(kept.open(written_there, written_there.read_bytes()))
    merged = run("merge", "--data", str(path), "--passphrase-file", str(secret), str(plain))
    assert merged.returncode == 0, merged.stderr
    assert notes(path, cipher) == ["here", "there"]


def test_the_app_tells_of_a_same_key_copy_and_opens_nothing_beside_another(
    tmp_path: Path,
) -> None:
    cipher = Cipher.generate()
    path = diary_written(tmp_path / "wellbeing.json", "here", cipher)
    key_copy(path, KEY_NAMES[1], cipher)
    diary = opener(path, CLOCK)(PASSPHRASE)
    assert any("holds the same key; it is in backups" in news for news in diary.file_news())
    diary.close()
    key_copy(path, SYNCTHING, Cipher.generate())
    before = files_of(tmp_path)
    with pytest.raises(KeyConflict, match="holds another key"):
        opener(path, CLOCK)(PASSPHRASE)
    assert files_of(tmp_path) == before


def test_check_names_each_copy_of_the_key_file(tmp_path: Path) -> None:
    cipher = Cipher.generate()
    path = diary_written(tmp_path / "wellbeing.json", "here", cipher)
    key_copy(path, KEY_NAMES[0], cipher)
    key_copy(path, KEY_NAMES[1], cipher, "the passphrase set there")
    key_copy(path, KEY_NAMES[4], Cipher.generate())
    secret = passphrase_file(tmp_path)
    before = files_of(tmp_path)
    blind = check_data_file(path, today=CLOCK.now().date())
    told = [x for x in blind.lines if x.startswith("Key file copy")]
    assert len(told) == 3 and all("cannot be told without the passphrase" in x for x in told)
    report = check_data_file(path, cipher, CLOCK.now().date(), Secret(PASSPHRASE))
    assert not report.ok
    assert f"Key file copy {KEY_NAMES[0]}: the same key" in "\n".join(report.lines)
    assert any(f"{KEY_NAMES[1]}, does not open with this passphrase" in x for x in report.lines)
    assert any(f"{KEY_NAMES[4]}, opens with this passphrase but holds" in x for x in report.lines)
    done = run("check", "--data", str(path), "--passphrase-file", str(secret))
    assert done.returncode == 1 and f"Key file copy {KEY_NAMES[0]}: the same key" in done.stdout
    assert files_of(tmp_path) == before
