"""Closing the terminal mid-sentence keeps the sentence: the app, sent SIGHUP (or SIGTERM)
half a second after the last key, closes as `q` would and the journal keeps a draft."""

from __future__ import annotations

import fcntl
import json
import os
import signal
import struct
import subprocess
import sys
import termios
import time
from pathlib import Path

import pytest

from tests.cli.test_smoke import installed_command, private_env, read_screen

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX signals and terminals")


def drain(fd: int, seconds: float, seen: list[str]) -> None:
    """Read what the app draws for a while, as a terminal would."""
    read_screen(fd, time.monotonic() + seconds, ["\0never drawn"], seen)


@pytest.mark.parametrize("sent", ["SIGHUP", "SIGTERM"])
def test_a_draft_survives_the_terminal_closing(sent: str, tmp_path: Path) -> None:
    data = tmp_path / "w.json"
    main, child = os.openpty()
    fcntl.ioctl(child, termios.TIOCSWINSZ, struct.pack("HHHH", 30, 100, 0, 0))
    process = subprocess.Popen(
        [installed_command(), "--data", str(data)],
        stdin=child,
        stdout=child,
        stderr=child,
        env=private_env(tmp_path),
        start_new_session=True,
        close_fds=True,
    )
    os.close(child)
    seen: list[str] = []
    try:
        assert read_screen(main, time.monotonic() + 30, ["Last night"], seen), "no dashboard"
        os.write(main, b"j")
        assert read_screen(main, time.monotonic() + 15, ["just for you"], seen), "no journal"
        time.sleep(0.3)
        os.write(main, b"n")
        assert read_screen(main, time.monotonic() + 15, ["Another prompt"], seen), "no editor"
        drain(main, 0.5, seen)
        for key in "Words I must not lose":
            os.write(main, key.encode())
            drain(main, 0.01, seen)
        drain(main, 0.5, seen)  # half a second after the last key
        os.kill(process.pid, getattr(signal, sent))
        deadline = time.monotonic() + 15
        while process.poll() is None and time.monotonic() < deadline:
            drain(main, 0.2, seen)  # keep reading, or the app blocks writing to the terminal
        assert process.wait(timeout=1) == 0
    finally:
        if process.poll() is None:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait()
        os.close(main)
    drafts = json.loads(data.read_text(encoding="utf-8")).get("drafts", {})
    texts = [d["data"].get("text", "") for d in drafts.values()]
    assert any("Words I must not lose" in t for t in texts), texts


def test_the_demo_copy_is_removed_when_the_terminal_closes(tmp_path: Path) -> None:
    scratch = tmp_path / "tmp"
    scratch.mkdir()
    main, child = os.openpty()
    fcntl.ioctl(child, termios.TIOCSWINSZ, struct.pack("HHHH", 30, 100, 0, 0))
    process = subprocess.Popen(
        [installed_command(), "--demo"],
        stdin=child,
        stdout=child,
        stderr=child,
        env={**private_env(tmp_path), "TMPDIR": str(scratch)},
        start_new_session=True,
        close_fds=True,
    )
    os.close(child)
    seen: list[str] = []
    try:
        assert read_screen(main, time.monotonic() + 30, ["Last night"], seen), "no dashboard"
        assert [p.name[:15] for p in scratch.iterdir()] == ["wellbeing-demo-"]
        os.kill(process.pid, signal.SIGHUP)
        deadline = time.monotonic() + 15
        while process.poll() is None and time.monotonic() < deadline:
            drain(main, 0.2, seen)
        assert process.wait(timeout=1) == 0
    finally:
        if process.poll() is None:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait()
        os.close(main)
    assert list(scratch.iterdir()) == []
