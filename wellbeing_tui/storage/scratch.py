"""Private scratch folders for text that leaves the diary for a moment (an editor's file).

Each folder is named for the process that made it (``wellbeing-edit-<pid>-<random>``), 0700,
in memory where the system has it: the user's own runtime folder (``$XDG_RUNTIME_DIR``, a
folder only they can enter, emptied when they log out), else ``/dev/shm``, else the temporary
folder. The process removes it as soon as it is done, signals included; one left by a process
that was killed outright is found by its name and removed at the next use, and ``check``
names it.
"""

from __future__ import annotations

import os
import shutil
import stat
import tempfile
from pathlib import Path

PREFIX = "wellbeing-edit-"


def _own_runtime_folder() -> Path | None:
    """$XDG_RUNTIME_DIR when it is a real folder of this user's that nobody else can enter."""
    named = os.environ.get("XDG_RUNTIME_DIR", "")
    if not named or not os.path.isabs(named):
        return None
    try:
        info = os.lstat(named)
    except OSError:
        return None
    if not stat.S_ISDIR(info.st_mode) or info.st_uid != os.getuid() or info.st_mode & 0o077:
        return None
    return Path(named) if os.access(named, os.W_OK | os.X_OK) else None


def _parents() -> list[Path]:
    """Where scratch folders may be, the first being where a new one is made."""
    found = [p for p in (_own_runtime_folder(), Path("/dev/shm")) if p is not None]
    found = [p for p in found if p.is_dir() and os.access(p, os.W_OK | os.X_OK)]
    return [*found, Path(tempfile.gettempdir())]


def scratch_parent() -> Path:
    return _parents()[0]


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
    """Scratch folders of this user whose process has ended (killed while an editor ran), in
    every place one may have been made."""
    found: list[Path] = []
    entries: list[Path] = []
    for parent in dict.fromkeys(_parents()):
        try:
            entries.extend(parent.iterdir())
        except OSError:
            continue
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
