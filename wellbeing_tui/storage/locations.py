"""Where the data file lives."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from wellbeing_tui.domain.errors import ValidationError

APP_NAME = "wellbeing-tui"
FILE_NAME = "wellbeing.json"
ENV_VAR = "WELLBEING_DATA"


def default_data_path() -> Path:
    if sys.platform.startswith("linux"):
        # platformdirs' answer on Linux, without importing it (``nudge`` runs at every
        # prompt): $XDG_DATA_HOME, else ~/.local/share. A test checks the two agree.
        base = os.environ.get("XDG_DATA_HOME", "").strip()
        root = Path(base) if base else Path.home() / ".local" / "share"
        return root / APP_NAME / FILE_NAME
    # deferred: 7 ms of every `wellbeing nudge` (python -X importtime), only off Linux
    from platformdirs import user_data_path

    return user_data_path(APP_NAME, appauthor=False) / FILE_NAME


def resolve_data_path(option: str | None) -> Path:
    """``--data`` first, then ``WELLBEING_DATA``, then the platform's data folder."""
    if option:
        return Path(option).expanduser()
    env = os.environ.get(ENV_VAR)
    if env:
        return Path(env).expanduser()
    return default_data_path()


def resolve_data_file(option: str | None) -> Path:
    """As ``resolve_data_path``, for a command that writes: a path that names no file
    (``/``, ``.``) is refused (``ValidationError``, naming where it came from)."""
    path = resolve_data_path(option)
    if path.name in ("", ".", "..") or not Path(os.path.realpath(path)).name:
        field = "--data" if option else ENV_VAR if os.environ.get(ENV_VAR) else "the data path"
        raise ValidationError(
            field, f"{path} names a folder, not a data file (a file name such as {FILE_NAME})"
        )
    return path
