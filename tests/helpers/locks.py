"""Another copy of the program holding the diary's lock, as a separate process."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

_HOLD = (
    "import fcntl, sys, time; f = open(sys.argv[1], 'a'); "
    "fcntl.flock(f, fcntl.LOCK_EX); print('held', flush=True); time.sleep(60)"
)


@contextmanager
def lock_held(data: Path) -> Iterator[None]:
    """While inside, another process holds ``data``'s lock (as a copy saving would)."""
    holder = subprocess.Popen(
        [sys.executable, "-c", _HOLD, str(data) + ".lock"], stdout=subprocess.PIPE
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == b"held"
        yield
    finally:
        holder.kill()
        holder.wait()
