"""The terminal a command's editor runs on, and a yes-or-no question asked there.

With standard input or output not a terminal (``printf ... | wellbeing log journal - --edit``)
the editor still needs one to draw on and read keys from: it gets the controlling terminal,
``/dev/tty``, for all three of its streams, as ``vipe`` does. A question is asked there too,
so a pipe's end never answers it."""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from typing import TextIO


class NoTerminal(Exception):
    """There is no terminal for the editor: no controlling terminal, and standard input or
    output is not one."""


def _is_terminal(stream: TextIO | None) -> bool:
    try:
        return stream is not None and os.isatty(stream.fileno())
    except (OSError, ValueError):  # closed, or not a real file
        return False


def _controlling_terminal() -> int | None:
    try:
        return os.open("/dev/tty", os.O_RDWR | os.O_NOCTTY)
    except OSError:
        return None


@contextmanager
def editor_terminal() -> Iterator[int | None]:
    """None when standard input and output are the terminal (the editor has them as they
    are); else a descriptor of the controlling terminal, closed afterwards."""
    if _is_terminal(sys.stdin) and _is_terminal(sys.stdout):
        yield None
        return
    fd = _controlling_terminal()
    if fd is None:
        raise NoTerminal
    try:
        yield fd
    finally:
        os.close(fd)


def ask_yes(question: str) -> bool | None:
    """Ask on the terminal; True only for an answer that starts with y. None when there is
    no terminal to ask on."""
    fd = _controlling_terminal()
    if fd is None:
        return None
    try:
        os.write(fd, f"{question} [y/N] ".encode())
        answer = os.read(fd, 256)
    except OSError:
        return None
    finally:
        with suppress(OSError):
            os.close(fd)
    return answer.strip().lower().startswith(b"y")
