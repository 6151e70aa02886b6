"""The standard ``age`` tools as a person runs them: in a terminal of their own (age reads a
passphrase only from a terminal), the passphrase typed each time one is asked for."""

from __future__ import annotations

import fcntl
import os
import re
import shutil
import subprocess
import termios
import time
from pathlib import Path

import pytest

from tests.helpers.terminal import drain, drawn_text

needs_age = pytest.mark.skipif(
    shutil.which("age") is None or shutil.which("age-keygen") is None,
    reason="the age tool (Debian's age package) is not installed",
)
ASKED = re.compile(r"passphrase[^:\n]*:", re.IGNORECASE)


def controlling_terminal() -> None:
    fcntl.ioctl(0, termios.TIOCSCTTY, 0)


def typed_in_a_terminal(argv: list[str], passphrase: str, cwd: Path) -> tuple[int, str]:
    """Run ``argv`` with a controlling terminal of its own and type ``passphrase`` at each
    prompt for one; its exit status and the text it showed."""
    main, child = os.openpty()
    process = subprocess.Popen(
        argv, stdin=child, stdout=child, stderr=child, cwd=cwd,
        start_new_session=True, preexec_fn=controlling_terminal,
    )  # fmt: skip
    os.close(child)
    seen: list[str] = []
    answered = 0
    deadline = time.monotonic() + 60
    try:
        while process.poll() is None and time.monotonic() < deadline:
            drain(main, 0.1, seen)
            for _ in range(len(ASKED.findall("".join(seen))) - answered):
                os.write(main, passphrase.encode() + b"\n")
                answered += 1
        drain(main, 0.1, seen)
        assert process.poll() is not None, f"still running; it showed: {drawn_text(seen)!r}"
        return process.returncode, drawn_text(seen)
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
        os.close(main)


def age(*args: str, stdin: bytes = b"") -> bytes:
    """What ``age`` (or ``age-keygen`` as ``age("keygen", ...)``) writes, given ``stdin``."""
    argv = ["age-keygen", *args[1:]] if args[:1] == ("keygen",) else ["age", *args]
    return subprocess.run(argv, input=stdin, capture_output=True, check=True, timeout=60).stdout


def new_identity(folder: Path, name: str = "identity.txt") -> tuple[Path, str]:
    """An identity file as ``age-keygen -o`` writes it (0600), and its public key."""
    identity = folder / name
    age("keygen", "-o", str(identity))
    return identity, age("keygen", "-y", str(identity)).decode().strip()
