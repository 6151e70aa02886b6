"""Where the data file lives."""

from __future__ import annotations

import os
from pathlib import Path

from platformdirs import user_data_path

APP_NAME = "wellbeing-tui"
FILE_NAME = "wellbeing.json"
ENV_VAR = "WELLBEING_DATA"


def default_data_path() -> Path:
    return user_data_path(APP_NAME, appauthor=False) / FILE_NAME


def resolve_data_path(option: str | None) -> Path:
    """``--data`` first, then ``WELLBEING_DATA``, then the platform's data folder."""
    if option:
        return Path(option).expanduser()
    env = os.environ.get(ENV_VAR)
    if env:
        return Path(env).expanduser()
    return default_data_path()
