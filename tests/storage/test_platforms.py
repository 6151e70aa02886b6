"""The store's small platform functions, each tried here by simulating the platform: Windows
before Python 3.13 (no ``os.fchmod``; ``msvcrt`` locks), and macOS (``F_FULLFSYNC``)."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from wellbeing_tui.domain.clock import FixedClock
from wellbeing_tui.domain.fields import iso, new_id
from wellbeing_tui.domain.mood import CheckIn
from wellbeing_tui.storage import Store, StoreError, atomic, filelock
from wellbeing_tui.storage.errors import LockTimeout


def test_without_fchmod_the_file_is_still_private(
    tmp_path: Path, clock: FixedClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delattr(os, "fchmod")
    old = os.umask(0)
    try:
        store = Store(tmp_path / "w.json", clock)
        store.add(CheckIn(id=new_id(), at=iso(clock.now()), mood=3))
    finally:
        os.umask(old)
    assert stat.S_IMODE((tmp_path / "w.json").stat().st_mode) == 0o600
    assert len(Store(tmp_path / "w.json", clock).records(CheckIn)) == 1


def test_where_the_platform_has_full_fsync_it_is_asked_for(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import fcntl

    asked: list[int] = []
    monkeypatch.setattr(fcntl, "F_FULLFSYNC", 51, raising=False)

    def fake_fcntl(fd: int, op: int, *args: object) -> int:
        asked.append(op)
        return 0

    monkeypatch.setattr(fcntl, "fcntl", fake_fcntl)
    atomic.write_atomic(tmp_path / "f.json", b"{}")
    assert asked == [51]
    assert (tmp_path / "f.json").read_bytes() == b"{}"


class FakeMsvcrt:
    """``msvcrt.locking`` as Windows has it: a non-blocking lock fails while another holds
    the region."""

    LK_NBLCK = 2
    LK_UNLCK = 0

    def __init__(self) -> None:
        self.held = False
        self.calls: list[int] = []

    def locking(self, fd: int, mode: int, size: int) -> None:
        self.calls.append(mode)
        if mode == self.LK_NBLCK:
            if self.held:
                raise PermissionError(13, "Permission denied")
            self.held = True
        elif mode == self.LK_UNLCK:
            self.held = False


def test_windows_locks_wait_a_bounded_time_and_are_always_released(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    fake = FakeMsvcrt()
    monkeypatch.setattr(filelock, "fcntl", None)
    monkeypatch.setattr(filelock, "msvcrt", fake, raising=False)
    first = filelock.FileLock(tmp_path / "w.json.lock", timeout=0.2)
    second = filelock.FileLock(tmp_path / "w.json.lock", timeout=0.2)
    with first:
        with pytest.raises(LockTimeout) as waited:
            second.__enter__()
        assert isinstance(waited.value, StoreError) and "Another copy" in str(waited.value)
    assert not fake.held and fake.calls[-1] == FakeMsvcrt.LK_UNLCK
    with second:  # free again
        assert fake.held
    assert not fake.held
