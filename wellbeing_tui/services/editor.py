"""Writing in one's own editor: ``$VISUAL`` or ``$EDITOR`` opens the text, and what is saved
there comes back.

The text goes to a file only this user can read (0600, in a new 0700 folder) and the folder
is removed as soon as the editor closes, whatever happens: a hang-up or a polite kill while
the editor is open ends the editor, removes the folder, and is then acted on as usual; a
folder left by a process killed outright is removed the next time (``storage/scratch.py``).
Known editors are started so that they keep no history, swap, backup or undo file of it
(``editor_quiet.py``). The terminal's settings are put back as they were when the editor
closes, whatever it did to them; Ctrl-C while it runs is the editor's, not ours.

An editor that is not set, cannot be found, exits with an error, is killed, deletes its
file, puts something else in its place or writes more than ``MOST_BYTES`` gives an
``EditorError`` that says so, with the newest words its file held when they can be read;
the caller keeps the words. What the editor wrote is read as UTF-8 (a leading byte-order
mark left out), or else in the locale's encoding.
"""

from __future__ import annotations

import codecs
import locale
import os
import shlex
import shutil
import signal
import stat
import subprocess
import termios
import threading
import time
from collections.abc import Iterator, Mapping
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from wellbeing_tui.services.editor_quiet import quiet_options
from wellbeing_tui.storage.scratch import new_scratch_folder, remove_stale_scratch_folders

# More than this from an editor is not a journal entry (an editor gone wrong, say): it is
# not read, and the text given is kept.
MOST_BYTES = 5 * 1024 * 1024
# An editor that closes sooner than this with nothing changed most likely never showed the
# text (a window that did not wait): the caller asks before saving.
QUICK_SECONDS = 1.0


class EditorError(Exception):
    """The editor could not be used; the message says why, in a person's words. ``words``
    is what its file held when it closed, if that could be read and differs from the text
    given (the person may have written something before it failed)."""

    def __init__(self, message: str, words: str | None = None) -> None:
        super().__init__(message)
        self.words = words


@dataclass(frozen=True)
class Edited:
    """What came back: the text, whether the editor changed it, and whether it closed at
    once with nothing changed (``QUICK_SECONDS``)."""

    text: str
    changed: bool
    at_once: bool


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


def find_editor(environ: Mapping[str, str] | None = None) -> list[str]:
    """The editor's command, once it is known to be there."""
    command = editor_command(environ)
    if shutil.which(command[0]) is None:
        raise EditorError(f"The editor '{command[0]}' was not found.")
    return command


def edit_text(text: str, environ: Mapping[str, str] | None = None) -> str:
    """Open ``text`` in the person's editor and return what they saved."""
    return run_editor(text, environ).text


def run_editor(
    text: str, environ: Mapping[str, str] | None = None, *, terminal: int | None = None
) -> Edited:
    """Open ``text`` in the person's editor, on ``terminal`` (a file descriptor) if given,
    else on this process's own standard streams."""
    command = find_editor(environ)
    given = _encoded(text)
    # A private folder (0700), in memory where the system has one, so the text the editor
    # works on never reaches a disk (it may be from an encrypted diary); removed afterwards.
    remove_stale_scratch_folders()
    folder = new_scratch_folder()
    try:
        path = folder / "entry.md"
        descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(descriptor, "wb") as handle:
            handle.write(given)
        started = time.monotonic()
        returncode = _run([*command, *quiet_options(command), str(path)], folder, terminal)
        seconds = time.monotonic() - started
        if returncode != 0:
            raise EditorError(_failure(returncode), _words_left(path, given))
        raw = _read_back(path)
        changed = raw != given
        return Edited(_decoded(raw), changed, not changed and seconds < QUICK_SECONDS)
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def _run(args: list[str], folder: Path, terminal: int | None) -> int:
    """Run the editor to its end; its exit status (negative: the signal that ended it)."""
    guarded = terminal if terminal is not None else _standard_input_terminal()
    with _ends_with_a_signal(folder) as running, _terminal_kept(guarded):
        try:
            editor = subprocess.Popen(args, stdin=terminal, stdout=terminal, stderr=terminal)
        except OSError as err:
            raise EditorError(f"The editor '{args[0]}' could not start ({err.strerror}).") from None
        running.append(editor)
        return editor.wait()


def _failure(returncode: int) -> str:
    if returncode > 0:
        return f"The editor closed with an error (status {returncode})."
    try:
        name = signal.Signals(-returncode).name
    except ValueError:
        name = f"signal {-returncode}"
    return f"The editor was stopped by a signal ({name}) before it closed."


def _encoded(text: str) -> bytes:
    """The text as UTF-8; bytes that came in undecodable (from the command line) go back
    as they were, and any other lone surrogate becomes '?'."""
    try:
        return text.encode("utf-8", "surrogateescape")
    except UnicodeEncodeError:
        return text.encode("utf-8", "replace")


def _decoded(raw: bytes) -> str:
    """UTF-8 without its byte-order mark; if it is not UTF-8, the locale's encoding (an
    editor set to Latin-1, say); U+FFFD only where neither reads it."""
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    encoding = locale.getpreferredencoding(False)
    with suppress(LookupError, UnicodeDecodeError):
        if codecs.lookup(encoding).name != "utf-8":
            return raw.decode(encoding).removeprefix("\ufeff")
    return raw.decode("utf-8-sig", errors="replace")


def _words_left(path: Path, given: bytes) -> str | None:
    """What a failed editor's file holds, if it can be read and is not the text given."""
    try:
        raw = _read_back(path)
    except (EditorError, OSError):
        return None
    return _decoded(raw) if raw != given else None


def _read_back(path: Path) -> bytes:
    """What the editor saved, read with care: it may have removed the file, put a folder or
    a link in its place, or written far too much."""
    try:
        info = os.lstat(path)
    except FileNotFoundError:
        raise EditorError("The editor removed the file it was given.") from None
    if not stat.S_ISREG(info.st_mode):
        raise EditorError("The editor left something other than a file in place of the text.")
    with open(path, "rb") as handle:
        raw = handle.read(MOST_BYTES + 1)
    if len(raw) > MOST_BYTES:
        raise EditorError(
            f"The editor wrote more than {MOST_BYTES // (1024 * 1024)} MB, which is not read."
        )
    return raw


def _standard_input_terminal() -> int | None:
    with suppress(OSError):
        if os.isatty(0):
            return 0
    return None


@contextmanager
def _terminal_kept(fd: int | None) -> Iterator[None]:
    """The terminal's settings as they were before, whatever the editor leaves them as
    (raw mode, no echo, a speed of 0); also when this ends with an exception."""
    saved = None
    if fd is not None:
        with suppress(termios.error, OSError):
            saved = termios.tcgetattr(fd)
    try:
        yield
    finally:
        if fd is not None and saved is not None:
            _set_terminal(fd, saved)


def _set_terminal(fd: int, saved: list[Any]) -> None:
    # From a background process group setting the terminal would stop this process
    # (SIGTTOU) until it is brought back: blocked for that moment, as shells do.
    blocking = threading.current_thread() is threading.main_thread()
    if blocking:
        signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGTTOU})
    try:
        with suppress(termios.error, OSError):
            termios.tcsetattr(fd, termios.TCSADRAIN, saved)
    finally:
        if blocking:
            signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGTTOU})


@contextmanager
def _ends_with_a_signal(folder: Path) -> Iterator[list[subprocess.Popen[bytes]]]:
    """While the editor runs, a hang-up or a polite kill ends the editor first; once the
    scratch ``folder`` is gone, the signal is acted on as it would have been. Ctrl-C and
    Ctrl-\\ reach the editor from the terminal: here they are let pass, as ``system()``
    does, so the editor's file is not taken from under it."""
    running: list[subprocess.Popen[bytes]] = []
    caught: list[int] = []
    if threading.current_thread() is not threading.main_thread():
        yield running
        return
    numbers = [getattr(signal, n) for n in ("SIGHUP", "SIGTERM") if hasattr(signal, n)]
    passed = [getattr(signal, n) for n in ("SIGINT", "SIGQUIT") if hasattr(signal, n)]

    def end_the_editor(number: int, _frame: object) -> None:
        caught.append(number)
        for editor in running:
            if editor.poll() is None:
                editor.terminate()

    def let_pass(_number: int, _frame: object) -> None:
        """The editor, in the same process group, has the key; its exit status tells."""

    # A handler of Python's own, not SIG_IGN: the editor starts with the default again.
    before = {n: signal.signal(n, end_the_editor) for n in numbers}
    before.update({n: signal.signal(n, let_pass) for n in passed})
    try:
        yield running
    finally:
        for number, handler in before.items():
            signal.signal(number, handler)
        if caught:
            shutil.rmtree(folder, ignore_errors=True)
            signal.raise_signal(caught[0])
