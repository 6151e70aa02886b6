"""Encryption at rest: age files a person can always open with the standard tool, nothing
plain left on disk, and a wrong passphrase or a bad request that changes nothing."""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

import pyrage
import pytest
from pyrage import passphrase as age_passphrase

from wellbeing_tui.domain.clock import FixedClock
from wellbeing_tui.domain.journal import JournalEntry
from wellbeing_tui.domain.mood import CheckIn
from wellbeing_tui.storage import Store, crypt
from wellbeing_tui.storage.crypt import Secret, is_encrypted, key_path, scrypt_encrypt
from wellbeing_tui.storage.encryption import encrypt_data_file

ROOT = Path(__file__).resolve().parents[2]
MARKERS = ["lighthouse-keeper", "marmalade-sky", "quiet-harbour"]
PASSPHRASE = "correct horse battery"
CLOCK = FixedClock(datetime(2026, 11, 26, 19, 30, tzinfo=UTC))


@pytest.fixture(autouse=True)
def _quick_keys(monkeypatch: pytest.MonkeyPatch) -> None:
    """Key files made here use a small work factor, so each unlock takes milliseconds (the
    factor is read from the key file's own header: the code path is the same)."""
    monkeypatch.setattr(crypt, "SCRYPT_LOG_N", 10)


def run(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    """The command in a session of its own: it has no terminal to ask on, as under cron."""
    return subprocess.run(
        [sys.executable, "-m", "wellbeing_tui", *args],
        capture_output=True,
        text=True,
        input=stdin,
        env=dict(os.environ, PYTHONPATH=str(ROOT)),
        cwd=ROOT,
        timeout=60,
        start_new_session=True,
    )


def files_of(folder: Path) -> dict[Path, bytes]:
    return {p: p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def diary_with_markers(folder: Path) -> tuple[Path, Path]:
    """A plain diary holding the marker words (a backup made too), and a passphrase file."""
    path = folder / "w.json"
    store = Store(path, CLOCK)
    store.add(CheckIn(id="c1", at="2026-11-25T09:00:00+00:00", mood=2, note=MARKERS[0]))
    store.add(
        JournalEntry(
            id="j1",
            created_at="2026-11-26T08:00:00+00:00",
            updated_at="2026-11-26T08:00:00+00:00",
            text=MARKERS[1],
        )
    )
    secret = folder / "pass.txt"
    secret.write_text(PASSPHRASE + "\n")
    return path, secret


def assert_no_marker_in(files: dict[Path, bytes], but: tuple[Path, ...] = ()) -> None:
    for name, content in files.items():
        if name in but:
            continue
        for word in MARKERS:
            assert word.encode() not in content, f"{word} in {name}"


def test_encrypt_then_decrypt_gives_back_every_file_byte_for_byte(tmp_path: Path) -> None:
    path, secret = diary_with_markers(tmp_path)
    before = files_of(tmp_path)
    assert (tmp_path / "backups").is_dir()
    encrypted = run("encrypt", "--data", str(path), "--passphrase-file", str(secret))
    assert encrypted.returncode == 0, encrypted.stderr
    assert "no one can recover it" in encrypted.stderr
    assert is_encrypted(path) and key_path(path).exists()
    assert oct(key_path(path).stat().st_mode & 0o777) == "0o600"
    assert_no_marker_in(files_of(tmp_path), but=(secret,))
    decrypted = run("decrypt", "--data", str(path), "--passphrase-file", str(secret))
    assert decrypted.returncode == 0, decrypted.stderr
    after = files_of(tmp_path)
    assert not key_path(path).exists()
    assert {p: c for p, c in after.items() if p.name != "w.json.lock"} == {
        p: c for p, c in before.items() if p.name != "w.json.lock"
    }


def test_saves_to_an_encrypted_file_leave_nothing_plain_on_disk(tmp_path: Path) -> None:
    path, secret = diary_with_markers(tmp_path)
    encrypt_data_file(path, Secret(PASSPHRASE))
    for args in (
        ["log", "mood", "1", "--note", MARKERS[2]],
        ["log", "journal", MARKERS[0], "and", MARKERS[2]],
        ["week"],
        ["journal", "--search", MARKERS[1]],
    ):
        result = run(*args, "--data", str(path), "--passphrase-file", str(secret))
        assert result.returncode == 0, (args, result.stderr)
    assert MARKERS[1] in result.stdout  # the search read the encrypted file
    assert_no_marker_in(files_of(tmp_path), but=(secret,))
    store = Store(path, CLOCK, cipher=crypt.unlock(key_path(path), Secret(PASSPHRASE)))
    assert {c.note for c in store.records(CheckIn)} == {MARKERS[0], MARKERS[2]}


def test_the_standard_age_tools_open_the_key_then_the_diary(tmp_path: Path) -> None:
    path, _ = diary_with_markers(tmp_path)
    encrypt_data_file(path, Secret(PASSPHRASE))
    # As the README's two commands: `age -d` the key file with the passphrase, then the
    # data file (and any backup) with the key it held.
    identity_text = age_passphrase.decrypt(key_path(path).read_bytes(), PASSPHRASE).decode()
    assert identity_text.startswith("AGE-SECRET-KEY-1")
    identity = pyrage.x25519.Identity.from_str(identity_text.strip())
    plain = pyrage.decrypt(path.read_bytes(), [identity])
    assert MARKERS[0].encode() in plain and MARKERS[1].encode() in plain
    for backup in (tmp_path / "backups").iterdir():
        assert b'"_meta"' in pyrage.decrypt(backup.read_bytes(), [identity])


@pytest.mark.parametrize("size", [0, 1, 65535, 65536, 65537, 200_000])
def test_the_passphrase_files_written_here_are_standard_age_files(size: int) -> None:
    plain = os.urandom(size)
    sealed = scrypt_encrypt(plain, Secret("pass word"), log_n=10)
    assert sealed.startswith(b"age-encryption.org/v1\n-> scrypt ")
    assert age_passphrase.decrypt(sealed, "pass word") == plain
    with pytest.raises(pyrage.DecryptError):
        age_passphrase.decrypt(sealed, "pass wore")


def test_a_wrong_passphrase_changes_nothing(tmp_path: Path) -> None:
    path, _ = diary_with_markers(tmp_path)
    encrypt_data_file(path, Secret(PASSPHRASE))
    wrong = tmp_path / "wrong.txt"
    wrong.write_text("horse correct battery\n")
    before = files_of(tmp_path)
    for args in (["log", "mood", "3"], ["week"], ["decrypt"], ["export", "--format", "json"]):
        result = run(*args, "--data", str(path), "--passphrase-file", str(wrong))
        assert result.returncode == 1, (args, result.stderr)
        assert result.stderr.count("\n") == 1 and "wrong passphrase" in result.stderr
    changed = run(
        "passphrase",
        "--data",
        str(path),
        "--passphrase-file",
        str(wrong),
        "--new-passphrase-file",
        str(wrong),
    )
    assert changed.returncode == 1 and "wrong passphrase" in changed.stderr
    assert files_of(tmp_path) == before


def test_a_new_passphrase_rewrites_only_the_key_file(tmp_path: Path) -> None:
    path, secret = diary_with_markers(tmp_path)
    encrypt_data_file(path, Secret(PASSPHRASE))
    new = tmp_path / "new.txt"
    new.write_text("a new and longer passphrase\n")
    before = files_of(tmp_path)
    result = run(
        "passphrase",
        "--data",
        str(path),
        "--passphrase-file",
        str(secret),
        "--new-passphrase-file",
        str(new),
    )
    assert result.returncode == 0, result.stderr
    after = files_of(tmp_path)
    assert [p.name for p in after if after[p] != before.get(p)] == ["w.json.key.age"]
    assert run("week", "--data", str(path), "--passphrase-file", str(new)).returncode == 0
    old = run("week", "--data", str(path), "--passphrase-file", str(secret))
    assert old.returncode == 1 and "wrong passphrase" in old.stderr


def test_bad_requests_say_so_in_one_line_and_change_nothing(tmp_path: Path) -> None:
    path, secret = diary_with_markers(tmp_path)
    plain_before = files_of(tmp_path)
    for args, code, words in (
        (["decrypt"], 2, "is not encrypted"),
        (["passphrase", "--new-passphrase-file", str(secret)], 2, "is not encrypted"),
        (["export", "--format", "json", "--out", str(tmp_path / "e"), "--encrypt"], 2, "no key"),
    ):
        result = run(*args, "--data", str(path), "--passphrase-file", str(secret))
        assert result.returncode == code and words in result.stderr, (args, result.stderr)
        assert result.stderr.count("\n") == 1
    assert files_of(tmp_path) == plain_before

    encrypt_data_file(path, Secret(PASSPHRASE))
    key = key_path(path)
    before = files_of(tmp_path)
    again = run("encrypt", "--data", str(path), "--passphrase-file", str(secret))
    assert again.returncode == 2 and "already encrypted" in again.stderr
    no_terminal = run("log", "mood", "3", "--data", str(path))
    assert no_terminal.returncode == 2 and "--passphrase-file" in no_terminal.stderr
    assert no_terminal.stderr.count("\n") == 1
    assert files_of(tmp_path) == before

    # A missing key file, a damaged one and one that belongs to another diary: exit 1.
    (tmp_path / "other").mkdir()
    other, _ = diary_with_markers(tmp_path / "other")
    encrypt_data_file(other, Secret(PASSPHRASE))
    kept = key.read_bytes()
    for damage, words in (
        (lambda: key.unlink(), "is missing"),
        (lambda: key.write_bytes(kept[:40]), "not an age passphrase file"),
        (lambda: key.write_bytes(key_path(other).read_bytes()), "cannot be decrypted"),
    ):
        damage()
        snapshot = files_of(tmp_path)
        result = run("log", "mood", "3", "--data", str(path), "--passphrase-file", str(secret))
        assert result.returncode == 1 and words in result.stderr, result.stderr
        assert result.stderr.count("\n") == 1
        assert files_of(tmp_path) == snapshot
        key.write_bytes(kept)


def test_check_reads_an_encrypted_file_from_outside_without_its_passphrase(
    tmp_path: Path,
) -> None:
    path, secret = diary_with_markers(tmp_path)
    encrypt_data_file(path, Secret(PASSPHRASE))
    outside = run("check", "--data", str(path))
    assert outside.returncode == 0, outside.stdout + outside.stderr
    assert "Encrypted (age)" in outside.stdout and "w.json.key.age" in outside.stdout
    assert ": encrypted" in outside.stdout  # the backup
    inside = run("check", "--data", str(path), "--passphrase-file", str(secret))
    assert "checkins" in inside.stdout and inside.returncode == 0
    key_path(path).unlink()
    missing = run("check", "--data", str(path))
    assert missing.returncode == 1 and "is missing" in missing.stdout


def test_an_export_says_it_is_plain_or_is_encrypted_to_the_same_key(tmp_path: Path) -> None:
    path, secret = diary_with_markers(tmp_path)
    encrypt_data_file(path, Secret(PASSPHRASE))
    plain = tmp_path / "plain.json"
    result = run("export", "--format", "json", "--out", str(plain), "--data", str(path),
                 "--passphrase-file", str(secret))  # fmt: skip
    assert result.returncode == 0 and "is plain text" in result.stderr
    assert MARKERS[0].encode() in plain.read_bytes()
    sealed = tmp_path / "sealed.json.age"
    result = run("export", "--format", "json", "--out", str(sealed), "--encrypt",
                 "--data", str(path), "--passphrase-file", str(secret))  # fmt: skip
    assert result.returncode == 0 and "plain" not in result.stderr
    cipher = crypt.unlock(key_path(path), Secret(PASSPHRASE))
    assert MARKERS[0].encode() in cipher.open(sealed, sealed.read_bytes())
    back = run("import", str(sealed), "--dry-run", "--data", str(path),
               "--passphrase-file", str(secret))  # fmt: skip
    assert back.returncode == 0 and "1 already here" in back.stdout, back.stdout + back.stderr
    (tmp_path / "other").mkdir()
    plain_diary, _ = diary_with_markers(tmp_path / "other")
    elsewhere = run("import", str(sealed), "--dry-run", "--data", str(plain_diary))
    assert elsewhere.returncode == 2 and "an encrypted export" in elsewhere.stderr


WRITER = """
import sys
from pathlib import Path
from wellbeing_tui.domain.clock import SystemClock
from wellbeing_tui.storage import Store, crypt
path = Path(sys.argv[1])
cipher = crypt.unlock(crypt.key_path(path), crypt.Secret(sys.argv[2]))
store = Store(path, SystemClock(), cipher=cipher)
from wellbeing_tui.services.checkins import new_checkin
n = 0
while True:
    n += 1
    store.add(new_checkin(SystemClock().now(), mood=3, note=f"quiet-harbour {n}"))
    print(n, flush=True)
"""


def test_a_kill_during_an_encrypted_save_leaves_a_file_that_still_decrypts(
    tmp_path: Path,
) -> None:
    path, _ = diary_with_markers(tmp_path)
    encrypt_data_file(path, Secret(PASSPHRASE))
    cipher = crypt.unlock(key_path(path), Secret(PASSPHRASE))
    acknowledged = 0
    for round_ in range(8):
        writer = subprocess.Popen(
            [sys.executable, "-c", WRITER, str(path), PASSPHRASE],
            stdout=subprocess.PIPE,
            text=True,
            env=dict(os.environ, PYTHONPATH=str(ROOT)),
        )
        assert writer.stdout is not None
        seen = 0
        deadline = time.monotonic() + 0.3 + round_ * 0.05
        while time.monotonic() < deadline:
            line = writer.stdout.readline()
            if line:
                seen = int(line)
        writer.send_signal(signal.SIGKILL)
        writer.wait()
        acknowledged += seen
        store = Store(path, CLOCK, cipher=cipher)  # it decrypts and parses
        notes = {c.note for c in store.records(CheckIn)}
        assert all(f"quiet-harbour {n}" in notes for n in range(1, seen + 1))
        assert_no_marker_in(files_of(tmp_path))
    assert acknowledged > 0


PROMPT = r"(?:New passphrase|The same passphrase again|Passphrase for [^:\n]+): "


def in_a_terminal(args: list[str], answers: list[str]) -> tuple[int, str]:
    """Run the command with a terminal of its own (as a person's shell gives it) and type
    each answer when a passphrase is asked for; its exit status and what it showed."""
    import fcntl
    import select
    import termios

    main, child = os.openpty()

    def own_terminal() -> None:
        fcntl.ioctl(0, termios.TIOCSCTTY, 0)

    process = subprocess.Popen(
        [sys.executable, "-m", "wellbeing_tui", *args],
        stdin=child, stdout=child, stderr=child, start_new_session=True,
        preexec_fn=own_terminal, env=dict(os.environ, PYTHONPATH=str(ROOT)), cwd=ROOT,
    )  # fmt: skip
    os.close(child)
    shown, asked = "", 0
    deadline = time.monotonic() + 60
    try:
        while time.monotonic() < deadline:
            ready, _, _ = select.select([main], [], [], 0.1)
            if ready:
                try:
                    chunk = os.read(main, 4096).decode("utf-8", "replace")
                except OSError:
                    break
                if not chunk:
                    break
                shown += chunk
                prompts = len(re.findall(PROMPT, shown))
                if prompts > asked and asked < len(answers):
                    os.write(main, answers[asked].encode() + b"\n")
                    asked += 1
            elif process.poll() is not None:
                break
        return process.wait(timeout=10), shown
    except subprocess.TimeoutExpired:
        raise AssertionError(f"still running; it showed: {shown!r}") from None
    finally:
        if process.poll() is None:
            process.kill()
        os.close(main)


def test_on_a_terminal_the_passphrase_is_asked_for_hidden_and_twice_when_new(
    tmp_path: Path,
) -> None:
    path, _ = diary_with_markers(tmp_path)
    before = files_of(tmp_path)
    code, shown = in_a_terminal(["encrypt", "--data", str(path)], ["one thing", "another"])
    assert code == 2 and "the two passphrases differ" in shown
    assert files_of(tmp_path) == before
    code, shown = in_a_terminal(["encrypt", "--data", str(path)], [PASSPHRASE, PASSPHRASE])
    assert code == 0, shown
    assert "no one can recover it" in shown and PASSPHRASE not in shown  # never echoed
    code, shown = in_a_terminal(["log", "mood", "4", "--data", str(path)], [PASSPHRASE])
    assert code == 0 and "Saved a check-in" in shown, shown
    assert PASSPHRASE not in shown and is_encrypted(path)


def test_the_passphrase_file_can_come_from_the_environment(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path, secret = diary_with_markers(tmp_path)
    encrypt_data_file(path, Secret(PASSPHRASE))
    monkeypatch.setenv("WELLBEING_PASSPHRASE_FILE", str(secret))
    result = run("log", "mood", "4", "--data", str(path))
    assert result.returncode == 0, result.stderr
    store = Store(path, CLOCK, cipher=crypt.unlock(key_path(path), Secret(PASSPHRASE)))
    assert 4 in {c.mood for c in store.records(CheckIn)}


def test_a_passphrase_never_shows_itself() -> None:
    secret = Secret(PASSPHRASE)
    assert PASSPHRASE not in repr(secret) and PASSPHRASE not in str(secret)
    assert PASSPHRASE not in repr({"passphrase": secret})
    assert secret == Secret(PASSPHRASE) and secret != Secret("something else")
