"""The standard ``age`` tool and the app read each other's files: the README's way back to
the diary without the app (no key in plain on disk), and files written by ``age -a``
(data file, backup, export, key file) and keys from ``age-keygen`` opening in the app."""

from __future__ import annotations

import shutil
import stat
from datetime import UTC, datetime
from pathlib import Path

import pytest
from pyrage import passphrase as age_passphrase

from tests.storage.age_tool import age, needs_age, new_identity, typed_in_a_terminal
from wellbeing_tui.domain.clock import FixedClock
from wellbeing_tui.domain.journal import JournalEntry
from wellbeing_tui.storage import Store, crypt
from wellbeing_tui.storage.armor import is_armored
from wellbeing_tui.storage.backups import all_backups
from wellbeing_tui.storage.crypt import Secret, is_encrypted, key_path, unlock
from wellbeing_tui.storage.encryption import encrypt_data_file
from wellbeing_tui.storage.errors import DataFileError, KeyFileError, WrongPassphrase
from wellbeing_tui.storage.fileformat import read_file, serialise

pytestmark = needs_age
PASSPHRASE = "tide pool lantern"
CLOCK = FixedClock(datetime(2026, 11, 26, 19, 30, tzinfo=UTC))
WORDS = "a walk to the lighthouse"


@pytest.fixture(autouse=True)
def _quick_keys(monkeypatch: pytest.MonkeyPatch) -> None:
    """Key files made here use a small work factor (age reads it from the header too)."""
    monkeypatch.setattr(crypt, "SCRYPT_LOG_N", 10)


def entry(text: str, n: int = 1) -> JournalEntry:
    at = f"2026-11-2{n}T08:00:00+00:00"
    return JournalEntry(id=f"j{n}", created_at=at, updated_at=at, text=text)


def encrypted_diary(folder: Path) -> tuple[Path, bytes]:
    """A diary with two days of backups, encrypted by the app; its plain JSON."""
    path = folder / "wellbeing.json"
    Store(path, CLOCK).add(entry(WORDS))
    Store(path, FixedClock(datetime(2026, 11, 27, 9, 0, tzinfo=UTC))).add(entry("tea", 2))
    plain = path.read_bytes()
    encrypt_data_file(path, Secret(PASSPHRASE))
    return path, plain


def identity_of(path: Path, folder: Path) -> tuple[Path, str]:
    """The diary's key as an identity file (only for the test: the README never writes
    one), and its public key."""
    identity = folder / "identity.txt"
    identity.write_bytes(age_passphrase.decrypt(key_path(path).read_bytes(), PASSPHRASE))
    return identity, age("keygen", "-y", str(identity)).decode().strip()


def texts(store: Store) -> set[str]:
    return {e.text for e in store.records(JournalEntry)}


def readme_recipe(start: str) -> str:
    """The line of the README's encryption section that starts with ``start``."""
    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text()
    section = readme.split("## Encryption", 1)[1].split("\n## ", 1)[0]
    found = [line for line in section.splitlines() if line.startswith(start)]
    assert len(found) == 1, start
    return found[0]


@pytest.mark.parametrize(
    ("shell", "start"),
    [("sh", "age -d -i wellbeing.json.key.age"), ("bash", "age -d -i <("), ("fish", "age -d -i (")],
)
def test_the_readme_recipe_gives_the_diary_back_with_no_key_left_on_disk(
    tmp_path: Path, shell: str, start: str
) -> None:
    """Each way the README gives, typed as it is there (age asking for the passphrase on
    the terminal), for the data file and a backup."""
    if shutil.which(shell) is None:
        pytest.skip(f"{shell} is not installed")
    recipe = readme_recipe(start)
    path, plain = encrypted_diary(tmp_path)
    backup = all_backups(path)[0]
    out = tmp_path / "wellbeing-plain.json"
    for file in (path, backup):
        before = set(tmp_path.rglob("*"))
        named = recipe.replace("wellbeing-plain.json wellbeing.json", f"{out.name} {file}")
        code, shown = typed_in_a_terminal([shell, "-c", named], PASSPHRASE, tmp_path)
        assert code == 0, shown
        assert set(tmp_path.rglob("*")) - before == {out}  # no key.txt, no temporary folder
        assert b"AGE-SECRET-KEY" not in out.read_bytes()
        assert out.read_bytes() == plain if file == path else WORDS.encode() in out.read_bytes()
        out.unlink()


def test_what_the_app_writes_age_decrypts_and_what_age_armors_the_app_reads(
    tmp_path: Path,
) -> None:
    """The data file, a backup and an export: each written by the app opens with `age -d`;
    armored again by `age -a` to the diary's key, each opens in the app, and the next save
    writes binary again."""
    path, plain = encrypted_diary(tmp_path)
    identity, recipient = identity_of(path, tmp_path)
    assert age("-d", "-i", str(identity), str(path)) == plain
    for file in (path, *all_backups(path)):
        text = age("-a", "-r", recipient, stdin=age("-d", "-i", str(identity), str(file)))
        file.write_bytes(text)
        assert is_encrypted(file) and is_armored(file.read_bytes())
    cipher = unlock(key_path(path), Secret(PASSPHRASE))
    assert serialise(read_file(path, cipher)[0]) == plain
    for backup in all_backups(path):
        assert "_meta" in read_file(backup, cipher)[0]
    store = Store(path, CLOCK, cipher=cipher)
    assert texts(store) == {WORDS, "tea"}
    store.add(entry("a letter from a friend", 3))
    assert not is_armored(path.read_bytes())  # the app writes binary, as before
    reopened = Store(path, CLOCK, cipher=unlock(key_path(path), Secret(PASSPHRASE)))
    assert texts(reopened) == {WORDS, "tea", "a letter from a friend"}


def test_a_key_file_age_made_from_an_age_keygen_identity_opens_the_diary(
    tmp_path: Path,
) -> None:
    """Someone who set up with the age tools: an identity from `age-keygen`, the key file
    encrypted by `age -p -a` (typed passphrase), the data file by `age -a -r`."""
    other, _ = encrypted_diary(tmp_path)
    identity, recipient = new_identity(tmp_path)
    path = tmp_path / "mine.json"
    cipher = unlock(key_path(other), Secret(PASSPHRASE))
    path.write_bytes(age("-a", "-r", recipient, stdin=cipher.open(other, other.read_bytes())))
    code, shown = typed_in_a_terminal(
        ["age", "-p", "-a", "-o", str(key_path(path)), str(identity)], PASSPHRASE, tmp_path
    )
    assert code == 0, shown
    assert is_armored(key_path(path).read_bytes())
    store = Store(path, CLOCK, cipher=unlock(key_path(path), Secret(PASSPHRASE)))
    assert texts(store) == {WORDS, "tea"}
    store.add(entry("written after", 3))
    assert WORDS.encode() in age("-d", "-i", str(identity), str(path))
    with pytest.raises(WrongPassphrase):
        unlock(key_path(path), Secret("not it"))


def test_a_key_file_holding_several_identities_opens_with_any_and_saves_to_all(
    tmp_path: Path,
) -> None:
    first, first_key = new_identity(tmp_path, "old.txt")
    second, second_key = new_identity(tmp_path, "new.txt")
    both = b"# an old key, and a new one\n\n" + first.read_bytes() + second.read_bytes()
    path = tmp_path / "w.json"
    path.write_bytes(age("-r", second_key, stdin=serialise({"_meta": {}})))
    key_path(path).write_bytes(crypt.scrypt_encrypt(both, Secret(PASSPHRASE)))
    store = Store(path, CLOCK, cipher=unlock(key_path(path), Secret(PASSPHRASE)))
    store.add(entry(WORDS))
    for one in (first, second):
        assert WORDS.encode() in age("-d", "-i", str(one), str(path))
    assert first_key != second_key


def test_a_plain_identity_as_key_file_is_refused_with_the_command_that_protects_it(
    tmp_path: Path,
) -> None:
    path, _ = encrypted_diary(tmp_path)
    identity, _ = new_identity(tmp_path)
    before = path.read_bytes()
    shutil.copy(identity, key_path(path))
    with pytest.raises(KeyFileError) as refused:
        unlock(key_path(path), Secret(PASSPHRASE))
    message = str(refused.value)
    assert "plain text" in message and "age -p -o" in message
    assert "AGE-SECRET-KEY" not in message  # the key itself is never shown
    assert path.read_bytes() == before


def test_a_broken_armor_is_named_and_nothing_is_changed(tmp_path: Path) -> None:
    path, _ = encrypted_diary(tmp_path)
    cipher = unlock(key_path(path), Secret(PASSPHRASE))
    _, recipient = identity_of(path, tmp_path)
    text = age("-a", "-r", recipient, stdin=cipher.open(path, path.read_bytes()))
    lines = text.split(b"\n")
    broken = b"\n".join([lines[0], lines[1] + b"AAAA", *lines[2:]])
    path.write_bytes(broken)
    mode = stat.S_IMODE(path.stat().st_mode)
    with pytest.raises(DataFileError) as refused:
        Store(path, CLOCK, cipher=cipher)
    assert refused.value.problem == (
        "its text armor (age -a) is broken: line 2 is longer than 64 columns"
    )
    assert path.read_bytes() == broken and stat.S_IMODE(path.stat().st_mode) == mode
