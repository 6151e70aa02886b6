"""Keys through a real terminal, as terminals send them: the Escape key is a lone ESC byte,
which must act on its own (not wait for the next key), and a bracketed paste arrives whole."""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

import pytest

from tests.helpers.terminal import drain, drawn_text, in_terminal, private_env, read_screen

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX terminals")


def test_a_lone_escape_goes_back_without_waiting_for_another_key(tmp_path: Path) -> None:
    seen: list[str] = []
    args = ["--data", str(tmp_path / "w.json")]
    with in_terminal(args, private_env(tmp_path)) as (_process, terminal):
        assert read_screen(terminal, time.monotonic() + 30, ["Last night"], seen), "no dashboard"
        os.write(terminal, b"j")
        assert read_screen(terminal, time.monotonic() + 15, ["just for you"], seen), "no list"
        drain(terminal, 0.3, seen)
        seen.clear()
        os.write(terminal, b"\x1b")  # the Escape key, and nothing after it
        # Waiting for a next key would be waiting for ever: any limit tells them apart.
        assert read_screen(terminal, time.monotonic() + 15, ["Last night"], seen), drawn_text(seen)[
            -300:
        ]


def test_a_bracketed_paste_with_an_escape_code_lands_in_place(tmp_path: Path) -> None:
    seen: list[str] = []
    args = ["--data", str(tmp_path / "w.json")]
    with in_terminal(args, private_env(tmp_path)) as (_process, terminal):
        assert read_screen(terminal, time.monotonic() + 30, ["Last night"], seen), "no dashboard"
        os.write(terminal, b"jn")
        assert read_screen(terminal, time.monotonic() + 15, ["Another prompt"], seen)
        os.write(terminal, b"start ")
        # Cut in the middle of the markers, as reads from a terminal may be.
        for part in (b"\x1b[20", b"0~AAA \x1b]0;pwned\x07 BBB\x1b[2", b"01~", b" after"):
            os.write(terminal, part)
            drain(terminal, 0.05, seen)
        assert read_screen(
            terminal, time.monotonic() + 15, ["start AAA \u241b]0;pwned\u2407 BBB after"], seen
        ), drawn_text(seen)[-400:]
