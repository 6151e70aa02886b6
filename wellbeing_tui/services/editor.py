"""Writing in one's own editor: ``$VISUAL`` or ``$EDITOR`` opens the text, and what is saved
there comes back.

The text goes to a file only this user can read (0600, in a new 0700 folder) and the folder
is removed as soon as the editor closes, whatever happens. An editor that is not set, cannot
be found or exits with an error gives an ``EditorError`` that says so; the text given is
never lost (the caller still holds it).
"""

from __future__ import annotations

import os
import shlex
import shutil
import subprocess
import tempfile
from collections.abc import Mapping
from pathlib import Path


class EditorError(Exception):
    """The editor could not be used; the message says why, in a person's words."""


def editor_command(environ: Mapping[str, str] | None = None) -> list[str]:
    """The editor to run, as its words (``code --wait`` is two), from ``$VISUAL`` or
    ``$EDITOR``."""
    env = os.environ if environ is None else environ
    for name in ("VISUAL", "EDITOR"):
        value = env.get(name, "").strip()
        if value:
            try:
                words = shlex.split(value)
            except ValueError:
                raise EditorError(f"${name} cannot be read as a command: {value}") from None
            if words:
                return words
    raise EditorError(
        "No editor is set: set $VISUAL or $EDITOR to the editor you use (for example "
        "export EDITOR=nano)."
    )


def edit_text(text: str, environ: Mapping[str, str] | None = None) -> str:
    """Open ``text`` in the person's editor and return what they saved."""
    command = editor_command(environ)
    if shutil.which(command[0]) is None:
        raise EditorError(f"The editor '{command[0]}' was not found; your text is kept.")
    # A private folder (0700), in memory where the system has one, so the text the editor
    # works on never reaches a disk (it may be from an encrypted diary); removed afterwards.
    memory = "/dev/shm" if os.access("/dev/shm", os.W_OK | os.X_OK) else None
    folder = Path(tempfile.mkdtemp(prefix="wellbeing-", dir=memory))
    try:
        path = folder / "entry.md"
        descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(descriptor, "w", encoding="utf-8") as handle:
            handle.write(text)
        try:
            result = subprocess.run([*command, str(path)], check=False)
        except OSError as err:
            raise EditorError(
                f"The editor '{command[0]}' could not start ({err.strerror}); your text is kept."
            ) from None
        if result.returncode != 0:
            raise EditorError(
                f"The editor closed with an error (status {result.returncode}); your text is "
                "kept as it was."
            )
        return path.read_text(encoding="utf-8", errors="replace")
    finally:
        shutil.rmtree(folder, ignore_errors=True)
