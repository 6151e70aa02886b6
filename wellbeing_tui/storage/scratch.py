"""Private scratch folders for text that leaves the diary for a moment (an editor's file).

Each folder is named for the process that made it (``wellbeing-edit-<pid>-<random>``), in
memory where the system has it (``/dev/shm``), else in the temporary folder, 0700. The
process removes it as soon as it is done, signals included; one left by a process that was
killed outright is found by its name and removed at the next use, and ``check`` names it.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

PREFIX = "wellbeing-edit-"


def scratch_parent() -> Path:
    memory = Path("/dev/shm")
    if memory.is_dir() and os.access(memory, os.W_OK | os.X_OK):
        return memory
    return Path(tempfile.gettempdir())


def new_scratch_folder() -> Path:
    """A new private folder of this process's own."""
    return Path(tempfile.mkdtemp(prefix=f"{PREFIX}{os.getpid()}-", dir=scratch_parent()))


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # someone else's process: alive, and not ours to judge
        return True
    return True


def stale_scratch_folders() -> list[Path]:
    """Scratch folders of this user whose process has ended (killed while an editor ran)."""
    parent = scratch_parent()
    found: list[Path] = []
    try:
        entries = list(parent.iterdir())
    except OSError:
        return []
    for entry in entries:
        if not entry.name.startswith(PREFIX):
            continue
        pid_text = entry.name[len(PREFIX) :].split("-", 1)[0]
        try:
            info = entry.lstat()
        except OSError:
            continue
        if not pid_text.isdigit() or info.st_uid != os.getuid() or not entry.is_dir():
            continue
        if not _alive(int(pid_text)):
            found.append(entry)
    return found


def remove_stale_scratch_folders() -> int:
    """Remove what killed processes left behind; how many were removed."""
    stale = stale_scratch_folders()
    for folder in stale:
        shutil.rmtree(folder, ignore_errors=True)
    return len(stale)
