"""Writing in one's own editor: ``$VISUAL`` or ``$EDITOR`` opens the text, and what is saved
there comes back.

The text goes to a file only this user can read (0600, in a new 0700 folder) and the folder
is removed as soon as the editor closes, whatever happens: a hang-up or a polite kill while
the editor is open ends the editor, removes the folder, and is then acted on as usual; a
folder left by a process killed outright is removed the next time (``storage/scratch.py``).
An editor that is not set, cannot be found, exits with an error, deletes its file, puts
something else in its place or writes more than ``MOST_BYTES`` gives an ``EditorError``
that says so; the text given is never lost (the caller still holds it).
"""

from __future__ import annotations

import os
import shlex
import shutil
import signal
import stat
import subprocess
import threading
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path

from wellbeing_tui.storage.scratch import new_scratch_folder, remove_stale_scratch_folders

# More than this from an editor is not a journal entry (an editor gone wrong, say): it is
# not read, and the text given is kept.
MOST_BYTES = 5 * 1024 * 1024


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
    remove_stale_scratch_folders()
    folder = new_scratch_folder()
    try:
        path = folder / "entry.md"
        descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(descriptor, "w", encoding="utf-8") as handle:
            handle.write(text)
        with _ends_with_a_signal(folder) as running:
            try:
                editor = subprocess.Popen([*command, str(path)])
            except OSError as err:
                raise EditorError(
                    f"The editor '{command[0]}' could not start ({err.strerror}); your text "
                    "is kept."
                ) from None
            running.append(editor)
            returncode = editor.wait()
        if returncode != 0:
            raise EditorError(
                f"The editor closed with an error (status {returncode}); your text is kept as "
                "it was."
            )
        return _read_back(path)
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def _read_back(path: Path) -> str:
    """What the editor saved, read with care: it may have removed the file, put a folder or
    a link in its place, or written far too much."""
    try:
        info = os.lstat(path)
    except FileNotFoundError:
        raise EditorError("The editor removed the file it was given; your text is kept.") from None
    if not stat.S_ISREG(info.st_mode):
        raise EditorError(
            "The editor left something other than a file in place of the text; your text is kept."
        )
    with open(path, "rb") as handle:
        raw = handle.read(MOST_BYTES + 1)
    if len(raw) > MOST_BYTES:
        raise EditorError(
            f"The editor wrote more than {MOST_BYTES // (1024 * 1024)} MB, which is not read; "
            "your text is kept as it was."
        )
    return raw.decode("utf-8", errors="replace")


@contextmanager
def _ends_with_a_signal(folder: Path) -> Iterator[list[subprocess.Popen[bytes]]]:
    """While the editor runs, a hang-up or a polite kill ends the editor first; once the
    scratch ``folder`` is gone, the signal is acted on as it would have been."""
    running: list[subprocess.Popen[bytes]] = []
    caught: list[int] = []
    if threading.current_thread() is not threading.main_thread():
        yield running
        return
    names = ("SIGHUP", "SIGTERM")
    numbers = [getattr(signal, n) for n in names if hasattr(signal, n)]

    def end_the_editor(number: int, _frame: object) -> None:
        caught.append(number)
        for editor in running:
            if editor.poll() is None:
                editor.terminate()

    before = {n: signal.signal(n, end_the_editor) for n in numbers}
    try:
        yield running
    finally:
        for number, handler in before.items():
            signal.signal(number, handler)
        if caught:
            shutil.rmtree(folder, ignore_errors=True)
            signal.raise_signal(caught[0])
