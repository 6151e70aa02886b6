"""Closing the terminal mid-sentence keeps the sentence: the app, sent SIGHUP (or SIGTERM)
half a second after the last key, closes as `q` would and the journal keeps a draft."""

from __future__ import annotations

import json
import os
import signal
import sys
import time
from pathlib import Path

import pytest

from tests.helpers.terminal import (
    drain,
    in_terminal,
    private_env,
    read_screen,
    wait_for_exit,
)

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX signals and terminals")


@pytest.mark.parametrize("sent", ["SIGHUP", "SIGTERM"])
def test_a_draft_survives_the_terminal_closing(sent: str, tmp_path: Path) -> None:
    data = tmp_path / "w.json"
    seen: list[str] = []
    with in_terminal(["--data", str(data)], private_env(tmp_path)) as (process, terminal):
        assert read_screen(terminal, time.monotonic() + 30, ["Last night"], seen), "no dashboard"
        os.write(terminal, b"j")
        assert read_screen(terminal, time.monotonic() + 15, ["just for you"], seen), "no list"
        drain(terminal, 0.3, seen)
        os.write(terminal, b"n")
        assert read_screen(terminal, time.monotonic() + 15, ["Another prompt"], seen), "no editor"
        drain(terminal, 0.5, seen)
        for key in "Words I must not lose":
            os.write(terminal, key.encode())
            drain(terminal, 0.01, seen)
        drain(terminal, 0.5, seen)  # half a second after the last key
        os.kill(process.pid, getattr(signal, sent))
        assert wait_for_exit(process, terminal, seen) == 0
    drafts = json.loads(data.read_text(encoding="utf-8")).get("drafts", {})
    texts = [d["data"].get("text", "") for d in drafts.values()]
    assert any("Words I must not lose" in t for t in texts), texts


def test_the_demo_copy_is_removed_when_the_terminal_closes(tmp_path: Path) -> None:
    scratch = tmp_path / "tmp"
    scratch.mkdir()
    env = {**private_env(tmp_path), "TMPDIR": str(scratch)}
    seen: list[str] = []
    with in_terminal(["--demo"], env) as (process, terminal):
        assert read_screen(terminal, time.monotonic() + 30, ["Last night"], seen), "no dashboard"
        assert [p.name[:15] for p in scratch.iterdir()] == ["wellbeing-demo-"]
        os.kill(process.pid, signal.SIGHUP)
        assert wait_for_exit(process, terminal, seen) == 0
    assert list(scratch.iterdir()) == []
