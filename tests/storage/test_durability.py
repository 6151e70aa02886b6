"""The data file survives kills, concurrent writers and a full disk, and stays private.

Every test here runs real processes against a real file.
"""

from __future__ import annotations

import json
import os
import random
import signal
import stat
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.helpers.bigfile import write_big_file
from wellbeing_tui.storage.fileformat import read_file

ROOT = Path(__file__).resolve().parents[2]
KILLS = 50
BIG = 20_000


def _env() -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = str(ROOT) + os.pathsep + env.get("PYTHONPATH", "")
    return env


def _writer(path: Path, count: int, prefix: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "tests.helpers.writer", str(path), str(count), prefix],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        cwd=ROOT,
        env=_env(),
    )


def _checkin_ids(path: Path) -> set[str]:
    data, _ = read_file(path)
    return {doc["id"] for doc in data["checkins"].values()}


@pytest.mark.slow
def test_kills_during_saves_never_lose_an_acknowledged_record(tmp_path: Path) -> None:
    path = tmp_path / "wellbeing.json"
    write_big_file(path, BIG)
    rng = random.Random(7)
    acknowledged: set[str] = set()
    landed_mid_write = 0
    for k in range(KILLS):
        proc = _writer(path, 1000, f"k{k}")
        assert proc.stdout is not None
        assert proc.stdout.readline().strip() == "ready"
        if k % 3 == 0:
            # Every third kill waits for a temporary file to appear: a kill mid-write.
            deadline = time.monotonic() + 10
            while not list(tmp_path.glob(".wellbeing.json.*.tmp")):
                assert time.monotonic() < deadline, "the writer never wrote"
                time.sleep(0.0005)
            time.sleep(rng.uniform(0.0, 0.004))
        else:
            time.sleep(rng.uniform(0.0, 0.35))
        proc.send_signal(signal.SIGKILL)
        out, _ = proc.communicate()
        ids = [line for line in out.split() if line.startswith(f"k{k}-")]
        acknowledged.update(ids)
        leftovers = list(tmp_path.glob(".wellbeing.json.*.tmp"))
        landed_mid_write += bool(leftovers)
        # The file is valid after every single kill, and holds every acknowledged record.
        present = _checkin_ids(path)
        assert acknowledged <= present, f"kill {k} lost {acknowledged - present}"
    assert len(_checkin_ids(path)) >= BIG + len(acknowledged)
    # Kills landed while a temporary file was being written, and the next start cleans up.
    assert landed_mid_write >= 5
    proc = _writer(path, 0, "cleanup")
    proc.communicate()
    assert not list(tmp_path.glob(".wellbeing.json.*.tmp"))
    print(
        f"\n{KILLS} kills, {len(acknowledged)} acknowledged saves, "
        f"{landed_mid_write} kills left a temporary file behind"
    )


@pytest.mark.slow
def test_two_processes_adding_fifty_each_end_with_a_hundred(tmp_path: Path) -> None:
    path = tmp_path / "wellbeing.json"
    first, second = _writer(path, 50, "a"), _writer(path, 50, "b")
    out_a, err_a = first.communicate(timeout=120)
    out_b, err_b = second.communicate(timeout=120)
    assert first.returncode == 0, err_a
    assert second.returncode == 0, err_b
    ids = _checkin_ids(path)
    assert len(ids) == 100
    assert {f"a-{n}" for n in range(50)} | {f"b-{n}" for n in range(50)} == ids


def _run_cli(
    args: list[str],
    *,
    umask: int | None = None,
    code: str | None = None,
) -> subprocess.CompletedProcess[str]:
    preexec = (lambda: os.umask(umask)) if umask is not None else None
    command = [sys.executable, "-c", code] if code else [sys.executable, "-m", "wellbeing_tui"]
    return subprocess.run(
        command + args,
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=_env(),
        preexec_fn=preexec,
        timeout=60,
    )


ENOSPC_RUN = """
import errno, os, sys
def full(fd):
    raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
os.fsync = full
from wellbeing_tui.cli import main
raise SystemExit(main(sys.argv[1:]))
"""


def test_disk_full_keeps_the_previous_file_and_says_so(tmp_path: Path) -> None:
    path = tmp_path / "wellbeing.json"
    assert _run_cli(["log", "mood", "3", "--data", str(path)]).returncode == 0
    before = path.read_bytes()
    result = _run_cli(["log", "mood", "1", "--note", "lost?", "--data", str(path)], code=ENOSPC_RUN)
    assert result.returncode == 1
    assert "No space left on device" in result.stderr
    assert "Nothing was lost" in result.stderr
    assert result.stdout == ""
    assert path.read_bytes() == before
    assert not list(tmp_path.glob(".wellbeing.json.*.tmp"))


def test_files_and_folders_are_private_under_umask_000(tmp_path: Path) -> None:
    path = tmp_path / "new" / "folder" / "wellbeing.json"
    result = _run_cli(["log", "mood", "4", "--data", str(path)], umask=0)
    assert result.returncode == 0, result.stderr
    for folder in (path.parent, path.parent.parent, path.parent / "backups"):
        assert stat.S_IMODE(folder.stat().st_mode) == 0o700, folder
    backups = list((path.parent / "backups").iterdir())
    assert backups
    for file in (path, path.with_name("wellbeing.json.lock"), *backups):
        assert stat.S_IMODE(file.stat().st_mode) == 0o600, file
    assert json.loads(path.read_text(encoding="utf-8"))["checkins"]
