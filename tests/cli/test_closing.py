"""Closing the terminal, at any moment, ends the app within 2 seconds and keeps every key.

The real command runs in a pseudo-terminal that is its controlling terminal (as in a
terminal window or tmux, so closing it sends SIGHUP and SIGCONT), with a second process
keeping the processor busy. In the journal editor a burst of keys is typed with no pause,
then, 0-200 ms later, the terminal is closed, or SIGHUP or SIGTERM is sent. Every process
must end within 2 seconds, and the draft must hold every key the app received.

``WELLBEING_CLOSES`` sets how many closes of each kind to try (the default keeps the suite
quick; ``WELLBEING_CLOSES=100`` runs 100 SIGHUP, 100 SIGTERM and 50 closed terminals).
"""

from __future__ import annotations

import fcntl
import json
import os
import random
import signal
import subprocess
import sys
import termios
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from tests.helpers.locks import lock_held
from tests.helpers.terminal import drain, private_env, read_screen, start_in_a_window

pytestmark = [
    pytest.mark.skipif(sys.platform != "linux", reason="Linux terminals and signals"),
    pytest.mark.slow,
]

CLOSES = int(os.environ.get("WELLBEING_CLOSES", "6"))
BOUND = 2.0  # seconds from the close to the end of the process
LETTERS = "abcdefgijklmnopqrstuvwxyz ABCDEFGHIJKLMNOPQRSTUVWXYZ,.;'0123456789"


@contextmanager
def busy_neighbour() -> Iterator[None]:
    """Another program using a whole core while the test runs."""
    spinner = subprocess.Popen([sys.executable, "-c", "while True: pass"])
    try:
        yield
    finally:
        spinner.kill()
        spinner.wait()


def unread(fd: int) -> int:
    waiting = bytearray(4)
    fcntl.ioctl(fd, termios.FIONREAD, waiting)
    return int.from_bytes(waiting, sys.byteorder)


def close_once(how: str, tmp: Path, rng: random.Random) -> tuple[float, str, list[str]]:
    """Open the editor, type a burst, close; how long the end took, what was typed, and the
    drafts kept."""
    data = tmp / "w.json"
    process, main, child = start_in_a_window(["--data", str(data)], private_env(tmp))
    seen: list[str] = []
    try:
        assert read_screen(main, time.monotonic() + 30, ["Last night"], seen), "no dashboard"
        os.write(main, b"j")
        assert read_screen(main, time.monotonic() + 15, ["just for you"], seen), "no list"
        os.write(main, b"n")
        assert read_screen(main, time.monotonic() + 15, ["Another prompt"], seen), "no editor"
        drain(main, 0.2, seen)
        typed = "".join(rng.choice(LETTERS) for _ in range(rng.randint(20, 80))).strip() or "x"
        for letter in typed:
            os.write(main, letter.encode())
        while unread(child):  # what the app has not read yet it has not received
            time.sleep(0.002)
        time.sleep(rng.uniform(0, 0.2))
        started = time.monotonic()
        if how == "close":
            os.close(main)
            main = -1
        else:
            os.kill(process.pid, getattr(signal, how))
        while process.poll() is None and time.monotonic() - started < 10:
            if main >= 0:
                drain(main, 0.01, seen)
            else:
                time.sleep(0.01)
        took = time.monotonic() - started
    finally:
        if process.poll() is None:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait()
        os.close(child)
        if main >= 0:
            os.close(main)
    drafts = json.loads(data.read_text(encoding="utf-8")).get("drafts", {})
    return took, typed, [d["data"].get("text", "") for d in drafts.values()]


@pytest.mark.parametrize(
    ("how", "times"), [("SIGHUP", CLOSES), ("SIGTERM", CLOSES), ("close", max(1, CLOSES // 2))]
)
def test_every_close_ends_quickly_and_keeps_every_key(how: str, times: int, tmp_path: Path) -> None:
    rng = random.Random(f"{how}-{times}")
    slowest = 0.0
    with busy_neighbour():
        for n in range(times):
            folder = tmp_path / str(n)
            folder.mkdir()
            took, typed, drafts = close_once(how, folder, rng)
            slowest = max(slowest, took)
            assert took < BOUND, f"close {n} by {how} took {took:.2f} s"
            assert any(typed in text for text in drafts), (n, typed, drafts)
    print(f"{how}: {times} closes, slowest {slowest:.2f} s")


def test_a_hang_up_while_another_copy_holds_the_lock_keeps_the_draft_aside(
    tmp_path: Path,
) -> None:
    """The draft cannot wait for the lock (the process must end within 2 s): it goes to a
    file of its own beside the diary, and the next opening takes it in."""
    from wellbeing_tui.domain.clock import SystemClock
    from wellbeing_tui.domain.drafts import Draft
    from wellbeing_tui.storage import Store

    data = tmp_path / "w.json"
    process, main, child = start_in_a_window(["--data", str(data)], private_env(tmp_path))
    seen: list[str] = []
    try:
        assert read_screen(main, time.monotonic() + 30, ["Last night"], seen), "no dashboard"
        os.write(main, b"j")
        assert read_screen(main, time.monotonic() + 15, ["just for you"], seen)
        os.write(main, b"n")
        assert read_screen(main, time.monotonic() + 15, ["Another prompt"], seen)
        with lock_held(data):
            os.write(main, b"typed while the lock was held")
            drain(main, 0.3, seen)
            started = time.monotonic()
            os.kill(process.pid, signal.SIGHUP)
            while process.poll() is None and time.monotonic() - started < 10:
                drain(main, 0.05, seen)
            assert time.monotonic() - started < BOUND
    finally:
        if process.poll() is None:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait()
        os.close(child)
        os.close(main)
    assert sorted(p.name.split(".draft-")[0] for p in tmp_path.glob("w.json.draft-*")) == ["w.json"]
    store = Store(data, SystemClock())  # the next opening takes it in
    texts = [d.data.get("text", "") for d in store.records(Draft)]
    assert "typed while the lock was held" in texts
    assert list(tmp_path.glob("w.json.draft-*")) == []
