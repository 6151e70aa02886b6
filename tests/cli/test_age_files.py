"""Commands on files the standard ``age`` tool wrote: an armored data file is read (not
called damaged), an armored export imports, and a broken armor or a key left in plain text
is one clear message with nothing changed."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest
from pyrage import passphrase as age_passphrase

from tests.storage.age_tool import age, needs_age, new_identity
from wellbeing_tui.domain.clock import FixedClock
from wellbeing_tui.domain.journal import JournalEntry
from wellbeing_tui.storage import Store, crypt
from wellbeing_tui.storage.crypt import Secret, key_path
from wellbeing_tui.storage.encryption import encrypt_data_file

pytestmark = needs_age
ROOT = Path(__file__).resolve().parents[2]
PASSPHRASE = "harbour lights at dusk"
CLOCK = FixedClock(datetime(2026, 11, 26, 19, 30, tzinfo=UTC))


@pytest.fixture(autouse=True)
def _quick_keys(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(crypt, "SCRYPT_LOG_N", 10)


def wellbeing(*args: str) -> subprocess.CompletedProcess[str]:
    """The command with no terminal, as under cron."""
    return subprocess.run(
        [sys.executable, "-m", "wellbeing_tui", *args],
        capture_output=True, text=True, env=dict(os.environ, PYTHONPATH=str(ROOT)),
        cwd=ROOT, timeout=60, start_new_session=True,
    )  # fmt: skip


def armored_diary(folder: Path) -> tuple[Path, Path, str]:
    """An encrypted diary whose data file was decrypted and armored again by `age -a` to
    its own key; its passphrase file and its public key."""
    path = folder / "w.json"
    at = "2026-11-26T08:00:00+00:00"
    Store(path, CLOCK).add(JournalEntry(id="j1", created_at=at, updated_at=at, text="river"))
    encrypt_data_file(path, Secret(PASSPHRASE))
    secret = folder / "pass.txt"
    secret.write_text(PASSPHRASE + "\n")
    identity = age_passphrase.decrypt(key_path(path).read_bytes(), PASSPHRASE)
    recipient = age("keygen", "-y", stdin=identity).decode().strip()
    plain = crypt.unlock(key_path(path), Secret(PASSPHRASE)).open(path, path.read_bytes())
    path.write_bytes(age("-a", "-r", recipient, stdin=plain))
    return path, secret, recipient


def test_an_armored_data_file_is_read_and_checked_not_called_damaged(tmp_path: Path) -> None:
    path, secret, _ = armored_diary(tmp_path)
    listed = wellbeing("journal", "--data", str(path), "--passphrase-file", str(secret))
    assert listed.returncode == 0 and "river" in listed.stdout, listed.stderr
    outside = wellbeing("check", "--data", str(path))
    assert outside.returncode == 0, outside.stdout
    assert "Encrypted (age, armored text): its outside is whole." in outside.stdout
    assert "damaged" not in outside.stdout and " mv " not in outside.stdout
    inside = wellbeing("check", "--data", str(path), "--passphrase-file", str(secret))
    assert inside.returncode == 0 and re.search(r"journal +1\n", inside.stdout), inside.stdout


def test_an_export_armored_by_age_imports_and_a_broken_one_is_named(tmp_path: Path) -> None:
    path, secret, recipient = armored_diary(tmp_path)
    other = tmp_path / "other.json"
    at = "2026-11-25T07:00:00+00:00"
    Store(other, CLOCK).add(JournalEntry(id="j9", created_at=at, updated_at=at, text="gulls"))
    plain = tmp_path / "export.json"
    made = wellbeing("export", "--format", "json", "--out", str(plain), "--data", str(other))
    assert made.returncode == 0, made.stderr
    sealed = tmp_path / "export.json.age"
    sealed.write_bytes(age("-a", "-r", recipient, str(plain)))
    lines = sealed.read_bytes().split(b"\n")
    broken = tmp_path / "broken.json.age"
    broken.write_bytes(b"\n".join([*lines[:2], lines[2][:40], *lines[3:]]))
    before = path.read_bytes()
    refused = wellbeing(
        "import", str(broken), "--data", str(path), "--passphrase-file", str(secret)
    )
    assert refused.returncode == 2 and refused.stderr.count("\n") == 1, refused.stderr
    assert "line 3 is shorter than 64 columns but is not the last" in refused.stderr
    assert path.read_bytes() == before
    taken = wellbeing("import", str(sealed), "--data", str(path), "--passphrase-file", str(secret))
    assert taken.returncode == 0, taken.stderr
    listed = wellbeing("journal", "--data", str(path), "--passphrase-file", str(secret))
    assert "gulls" in listed.stdout and "river" in listed.stdout


def test_a_key_left_in_plain_text_is_named_with_the_command_that_protects_it(
    tmp_path: Path,
) -> None:
    path, secret, _ = armored_diary(tmp_path)
    identity, _ = new_identity(tmp_path)
    key_path(path).write_bytes(identity.read_bytes())
    before = path.read_bytes()
    opened = wellbeing("journal", "--data", str(path), "--passphrase-file", str(secret))
    assert opened.returncode == 1 and "holds its key in plain text" in opened.stderr
    assert f"age -p -o {key_path(path)}.new {key_path(path)}" in opened.stderr
    checked = wellbeing("check", "--data", str(path))
    assert checked.returncode == 1 and "with no passphrase" in checked.stdout
    for said in (opened.stderr, checked.stdout):
        assert "AGE-SECRET-KEY" not in said
    assert path.read_bytes() == before
