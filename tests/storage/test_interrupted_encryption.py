"""``encrypt`` and ``decrypt`` killed at any moment: the diary still opens (with the
passphrase, or plain), nothing is lost, running either command again finishes, and
``wellbeing check`` names what was left half way without removing it.

Each kill is a SIGKILL to a real ``wellbeing encrypt`` or ``decrypt`` process working on a
diary with seven backups, at a random moment: some from its start, most while it writes
(after its first temporary file appears)."""

from __future__ import annotations

import os
import random
import shutil
import signal
import subprocess
import tempfile
import time
from collections import Counter
from pathlib import Path

import pytest

from tests.storage.diaries import (
    PASSPHRASE,
    ROOT,
    command,
    env,
    files_of,
    make_diary,
    passphrase_file,
    plain_bytes,
    run,
)
from wellbeing_tui.storage.atomic import stale_temps
from wellbeing_tui.storage.backups import backup_dir, leftovers
from wellbeing_tui.storage.check import check_data_file
from wellbeing_tui.storage.crypt import is_encrypted, key_path


def _writing(path: Path) -> bool:
    return bool(stale_temps(path) or leftovers(path))


def _kill_at_random(args: list[str], path: Path, rng: random.Random) -> tuple[str, float]:
    """Start the command and SIGKILL it at a random moment; how it ended and when."""
    started = time.monotonic()
    process = subprocess.Popen(
        command(*args),
        env=env(),
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    if rng.random() < 0.25:
        time.sleep(rng.uniform(0.0, 0.2))
    else:
        while process.poll() is None and not _writing(path):
            time.sleep(0.0003)
        time.sleep(rng.uniform(0.0, 0.035))
    process.send_signal(signal.SIGKILL)
    code = process.wait()
    return ("finished" if code == 0 else "killed"), time.monotonic() - started


def _state(path: Path) -> str:
    """What is on disk now, in a few words (the kinds counted in the report)."""
    files = [path, *sorted(backup_dir(path).glob("*.json"))]
    sealed = sum(is_encrypted(f) for f in files)
    key = key_path(path).exists()
    if sealed == 0 and not key:
        return "all plain"
    if sealed == len(files):
        return "all encrypted"
    data = "data encrypted" if is_encrypted(path) else "data plain"
    return f"{data}, {sealed}/{len(files)} encrypted, key {'there' if key else 'gone'}"


def _assert_nothing_lost(path: Path, data: bytes, originals: dict[Path, bytes]) -> None:
    assert plain_bytes(path, path) == data
    for backup, content in originals.items():
        assert plain_bytes(backup, path) == content, backup.name


def _assert_check_names_leftovers(path: Path) -> None:
    before = files_of(path.parent)
    report = check_data_file(path)
    assert files_of(path.parent) == before  # check removes nothing
    text = "\n".join(report.lines)
    sealed = is_encrypted(path)
    keyed = key_path(path).exists()
    plain_backups = [b for b in backup_dir(path).glob("*.json") if not is_encrypted(b)]
    if not sealed and keyed:
        assert not report.ok and "its key file w.json.key.age is beside it" in text
    if sealed and plain_backups:
        assert not report.ok and "plain text beside the encrypted diary" in text
        for backup in plain_backups:
            assert f"{backup.name}: readable, plain text beside an encrypted diary" in text
    for temp in stale_temps(path) + leftovers(path):
        assert f"Left over: {temp}, a temporary copy of" in text
    if not keyed and not stale_temps(path) and not leftovers(path):
        assert report.ok, text


def _kill_and_rerun(tmp_path: Path, kills: int, seed: int) -> Counter[str]:
    path, originals = make_diary(tmp_path / "diary", records=3000)
    data = path.read_bytes()
    secret = passphrase_file(tmp_path)
    rng = random.Random(seed)
    outcomes: Counter[str] = Counter()
    goal = "encrypt"
    n = 0
    while sum(outcomes[k] for k in outcomes if " killed" in k) < kills and n < 3 * kills:
        n += 1
        args = [goal, "--data", str(path), "--passphrase-file", str(secret)]
        ended, _ = _kill_at_random(args, path, rng)
        state = _state(path)
        outcomes[f"{goal} {ended}: {state if ended == 'killed' else 'done'}"] += 1
        outcomes["(left a temporary file)"] += _writing(path)
        _assert_nothing_lost(path, data, originals)
        _assert_check_names_leftovers(path)
        if n % 5 == 4:  # now and then the real command, as a person runs it
            checked = run("check", "--data", str(path))
            assert checked.returncode == (0 if check_data_file(path).ok else 1)
            if state not in ("all plain", "all encrypted"):
                assert checked.returncode == 1, checked.stdout
        if rng.random() < 0.5:
            goal = "decrypt" if goal == "encrypt" else "encrypt"  # the other way, half way
            if goal == "decrypt" and not (is_encrypted(path) or key_path(path).exists()):
                goal = "encrypt"
            if goal == "encrypt" and state == "all encrypted":
                goal = "decrypt"
            continue
        again = run(*args)  # run again: it finishes
        if state == ("all encrypted" if goal == "encrypt" else "all plain"):
            # Killed after its last step: there is nothing left to do, and it says so.
            assert again.returncode == 2, again.stderr
            assert "already encrypted" in again.stderr or "is not encrypted" in again.stderr
        else:
            assert again.returncode == 0, again.stderr
        assert again.stderr.count("\n") <= 1
        _assert_nothing_lost(path, data, originals)
        finished = _state(path)
        assert finished == ("all encrypted" if goal == "encrypt" else "all plain"), finished
        assert not stale_temps(path) and not leftovers(path)
        assert check_data_file(path).ok
        goal = "decrypt" if goal == "encrypt" else "encrypt"
    # Whatever the last kill left, decrypt finishes it and check is content.
    if is_encrypted(path) or key_path(path).exists():
        final = run("decrypt", "--data", str(path), "--passphrase-file", str(secret))
        assert final.returncode == 0, final.stderr
    _assert_nothing_lost(path, data, originals)
    assert _state(path) == "all plain" and run("check", "--data", str(path)).returncode == 0
    return outcomes


def summary(outcomes: Counter[str]) -> tuple[int, int, str]:
    """How many runs were killed, how many of those half way, and the outcomes as text."""
    killed = sum(n for kind, n in outcomes.items() if " killed" in kind)
    half_way = sum(n for kind, n in outcomes.items() if " killed" in kind and "/" in kind)
    lines = [f"  {n:3d}  {kind}" for kind, n in sorted(outcomes.items())]
    return killed, half_way, "\n".join(lines)


def test_a_few_kills_of_encrypt_and_decrypt_lose_nothing_and_a_rerun_finishes(
    tmp_path: Path,
) -> None:
    killed, _, text = summary(_kill_and_rerun(tmp_path, kills=6, seed=3))
    assert killed >= 6, text


@pytest.mark.slow
def test_forty_kills_of_encrypt_and_decrypt_lose_nothing_and_a_rerun_finishes(
    tmp_path: Path,
) -> None:
    killed, half_way, text = summary(_kill_and_rerun(tmp_path, kills=40, seed=11))
    print(f"\n{killed} runs killed, {half_way} of them half way:\n{text}")
    assert killed >= 40 and half_way >= 10, text


def test_check_names_plain_leftovers_beside_an_encrypted_diary_and_removes_none(
    tmp_path: Path,
) -> None:
    path, originals = make_diary(tmp_path / "diary")
    secret = passphrase_file(tmp_path)
    assert run("encrypt", "--data", str(path), "--passphrase-file", str(secret)).returncode == 0
    # What a decrypt stopped half way leaves: two backups plain again, a plain temporary
    # copy of a backup and one of the data file.
    backups = sorted(originals)
    for backup in backups[:2]:
        backup.write_bytes(originals[backup])
    (backup_dir(path) / f".{backups[3].name}.0a1b2c3d4e5f.tmp").write_bytes(originals[backups[3]])
    (path.parent / ".w.json.00ff00ff00ff.tmp").write_bytes(originals[backups[4]])
    before = files_of(tmp_path)
    result = run("check", "--data", str(path))
    assert result.returncode == 1
    assert "2 backups (marked above) are plain text beside the encrypted diary" in result.stdout
    assert "Run `wellbeing decrypt` to finish decrypting" in result.stdout
    assert "a temporary copy of a backup" in result.stdout
    assert "a temporary copy of the data file" in result.stdout
    assert result.stdout.count("it holds plain text") == 2
    assert f"rm {path.parent / '.w.json.00ff00ff00ff.tmp'}" in result.stdout
    assert files_of(tmp_path) == before  # nothing removed without asking
    # encrypt finishes it the other way: the plain backups are encrypted to the same key.
    done = run("encrypt", "--data", str(path), "--passphrase-file", str(secret))
    assert done.returncode == 0 and "Encrypted 2 plain backups beside w.json" in done.stdout
    assert all(is_encrypted(b) for b in backups) and not stale_temps(path)
    assert not leftovers(path)
    for backup, content in originals.items():
        assert plain_bytes(backup, path) == content
    assert run("check", "--data", str(path)).returncode == 0


def test_check_names_a_plain_data_file_with_its_key_beside_it(tmp_path: Path) -> None:
    path, _ = make_diary(tmp_path / "diary")
    secret = passphrase_file(tmp_path)
    assert run("encrypt", "--data", str(path), "--passphrase-file", str(secret)).returncode == 0
    plain = plain_bytes(path, path)
    path.write_bytes(plain)  # as a decrypt stopped before it removed the key
    result = run("check", "--data", str(path))
    assert result.returncode == 1
    assert "w.json is plain JSON, but its key file w.json.key.age is beside it" in result.stdout
    assert key_path(path).exists()
    again = run("decrypt", "--data", str(path), "--passphrase-file", str(secret))
    assert again.returncode == 0, again.stderr
    assert not key_path(path).exists() and path.read_bytes() == plain
    assert not any(is_encrypted(b) for b in backup_dir(path).iterdir())
    assert os.stat(path).st_mode & 0o777 == 0o600


def age_tool(file: Path, *options: str, passphrase: str | None = None) -> bytes:
    """What the standard ``age`` tool decrypts ``file`` to, typing ``passphrase`` on its
    terminal when it asks (it reads a passphrase only from a terminal)."""
    import pty
    import select

    out_fd, out_name = tempfile.mkstemp()
    os.close(out_fd)
    pid, terminal = pty.fork()
    if pid == 0:  # pragma: no cover - the child
        os.execvp("age", ["age", "-d", *options, "-o", out_name, str(file)])
    shown, typed = b"", False
    deadline = time.monotonic() + 30
    try:
        while time.monotonic() < deadline:
            ready, _, _ = select.select([terminal], [], [], 0.1)
            if ready:
                try:
                    chunk = os.read(terminal, 1024)
                except OSError:
                    break
                if not chunk:
                    break
                shown += chunk
                if passphrase is not None and not typed and b"passphrase" in shown.lower():
                    os.write(terminal, passphrase.encode() + b"\n")
                    typed = True
        _, status = os.waitpid(pid, 0)
        assert os.waitstatus_to_exitcode(status) == 0, shown
        return Path(out_name).read_bytes()
    finally:
        os.close(terminal)
        os.unlink(out_name)


@pytest.mark.skipif(shutil.which("age") is None, reason="the age tool is not installed")
def test_the_age_tool_opens_every_encrypted_file_of_a_diary_left_half_way(
    tmp_path: Path,
) -> None:
    path, originals = make_diary(tmp_path / "diary", records=3000)
    data = path.read_bytes()
    secret = passphrase_file(tmp_path)
    rng = random.Random(5)
    for _ in range(30):  # until a kill leaves some files encrypted and some plain
        args = ["encrypt", "--data", str(path), "--passphrase-file", str(secret)]
        if _state(path) == "all encrypted":
            args[0] = "decrypt"
        _kill_at_random(args, path, rng)
        if "/" in _state(path) and is_encrypted(path) != all(map(is_encrypted, originals)):
            break
    state = _state(path)
    assert "/" in state, state
    identity = tmp_path / "key.txt"
    identity.write_bytes(age_tool(key_path(path), passphrase=PASSPHRASE))
    for file, content in [(path, data), *originals.items()]:
        if is_encrypted(file):
            assert age_tool(file, "-i", str(identity)) == content, file.name
        else:
            assert file.read_bytes() == content
