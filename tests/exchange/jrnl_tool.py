"""The real jrnl, run with a configuration of its own in a temporary folder.

jrnl is found through ``WELLBEING_JRNL`` or on the PATH (CI installs it in a venv of its own);
a test that needs it is skipped where it is missing. Its configuration and data folders are
temporary, its one journal is a temporary plain-text file, and nothing is encrypted, so it
never asks a question.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest

CONFIG = """\
colors:
  body: none
  date: none
  tags: none
  title: none
default_hour: 9
default_minute: 0
editor: ''
encrypt: false
highlight: false
indent_character: '|'
journals:
  default:
    journal: {journal}
linewrap: 79
tagsymbols: '#@'
template: false
timeformat: '{timeformat}'
version: v4.6
"""


def jrnl_program() -> str:
    found = os.environ.get("WELLBEING_JRNL") or shutil.which("jrnl")
    if not found:
        pytest.skip("jrnl is not installed (set WELLBEING_JRNL to its path)")
    return found


class Jrnl:
    """One jrnl journal in ``folder``, written in ``timeformat``."""

    def __init__(self, folder: Path, timeformat: str = "%F %r") -> None:
        self.program = jrnl_program()
        self.timeformat = timeformat
        self.journal = folder / "journal.txt"
        config = folder / "config" / "jrnl"
        config.mkdir(parents=True)
        (config / "jrnl.yaml").write_text(
            CONFIG.format(journal=self.journal, timeformat=timeformat), encoding="utf-8"
        )
        self.env = dict(
            os.environ,
            XDG_CONFIG_HOME=str(folder / "config"),
            XDG_DATA_HOME=str(folder / "data"),
            NO_COLOR="1",
        )

    def run(self, *args: str, stdin: str = "") -> str:
        """jrnl's standard output; a failure fails the test with what jrnl said."""
        done = subprocess.run(
            [self.program, *args],
            input=stdin,
            capture_output=True,
            text=True,
            encoding="utf-8",
            env=self.env,
            timeout=60,
        )
        assert done.returncode == 0, done.stderr
        return done.stdout

    def exported(self, fmt: str) -> str:
        return self.run("--format", fmt)

    def entries(self) -> list[dict[str, Any]]:
        entries: list[dict[str, Any]] = json.loads(self.exported("json"))["entries"]
        return entries
