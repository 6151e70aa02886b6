"""A diary on a read-only file system (a rescue system, a mounted backup) opens read-only
and says so, in the app as on the command line, instead of failing to make its lock."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from tests.conftest import make_app
from wellbeing_tui.domain.clock import FixedClock
from wellbeing_tui.domain.fields import iso, new_id
from wellbeing_tui.domain.mood import CheckIn
from wellbeing_tui.storage import Store

ROOT = Path(__file__).resolve().parents[2]
CLOCK = FixedClock(datetime(2026, 11, 26, 19, 30, tzinfo=UTC))


@pytest.fixture
def read_only_diary(tmp_path: Path) -> Iterator[Path]:
    """A diary with one check-in on a small file system mounted read-only (needs the
    right to mount, which CI has as root; skipped elsewhere)."""
    mount = tmp_path / "mnt"
    mount.mkdir()
    made = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=2m,mode=0700", "none", str(mount)],
        capture_output=True,
    )
    if made.returncode != 0:
        pytest.skip("mounting a file system is not allowed here")
    try:
        path = mount / "w.json"
        Store(path, CLOCK).add(CheckIn(id=new_id(), at=iso(CLOCK.now()), mood=4))
        subprocess.run(["mount", "-o", "remount,ro", str(mount)], check=True)
        yield path
    finally:
        subprocess.run(["umount", str(mount)], check=False)


def test_the_store_opens_read_only_and_reads_everything(read_only_diary: Path) -> None:
    store = Store(read_only_diary, CLOCK)
    assert store.read_only
    assert "read-only file system" in (store.read_only_reason or "")
    assert [c.mood for c in store.records(CheckIn)] == [4]


def test_commands_read_and_a_save_says_why_in_one_line(read_only_diary: Path) -> None:
    env = dict(os.environ, PYTHONPATH=str(ROOT))

    def run(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "wellbeing_tui", *args, "--data", str(read_only_diary)],
            capture_output=True,
            text=True,
            env=env,
            timeout=60,
        )

    assert run("week").returncode == 0
    saved = run("log", "mood", "3")
    assert saved.returncode == 1
    assert len(saved.stderr.strip().splitlines()) == 1
    assert "read-only file system" in saved.stderr and "Traceback" not in saved.stderr


async def test_the_app_opens_read_only_and_says_so(read_only_diary: Path) -> None:
    app = make_app(Store(read_only_diary, CLOCK), CLOCK)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        messages = [str(n.message) for n in app._notifications]
        assert any("read-only file system" in m for m in messages), messages
