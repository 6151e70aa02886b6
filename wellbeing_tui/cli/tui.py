"""The full-screen app, started from the command line."""

from __future__ import annotations

import gc
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from wellbeing_tui.cli.common import EXIT_OK, EXIT_PROBLEM, complain
from wellbeing_tui.domain.clock import Clock
from wellbeing_tui.services.diary import Diary
from wellbeing_tui.services.nudge import kept_country
from wellbeing_tui.storage import Store, StoreError
from wellbeing_tui.storage.errors import EncryptedFile

if TYPE_CHECKING:
    from wellbeing_tui.storage.crypt import Cipher
    from wellbeing_tui.ui.app import WellbeingApp


def start_app(diary: Diary | None, **options: Any) -> WellbeingApp:
    """The full-screen app on an opened data file.

    The parsed file stays in memory for the whole session, so it is moved out of the garbage
    collector's sight first: otherwise every full collection walks its hundreds of thousands
    of objects again, which slows the first frame and every later moment the collector runs.
    """

    # deferred: the app and Textual, 184 ms that `ground --plain` and the terminal check need not
    # wait for (import timing)
    from wellbeing_tui.ui.app import WellbeingApp

    gc.freeze()
    return WellbeingApp(diary, **options)


APP_LOCK_TIMEOUT = 3.0

WITHOUT_A_TERMINAL = "wellbeing week, wellbeing journal and wellbeing log work without one"


def terminal_refusal(instead: str = WITHOUT_A_TERMINAL) -> str | None:
    """Why the full-screen app cannot run here, in one line that ends with what to use
    ``instead``, or None when it can.

    The app reads keys from standard input and draws on standard error; with either one,
    or standard output, not a terminal (a pipe, a file, a cron job) it would write screens
    of escape codes into a file and wait for keys that never come. A terminal that calls
    itself ``dumb`` (Emacs's shell mode) cannot move the cursor or show colour.
    """
    streams = (sys.stdin, sys.stdout, sys.stderr)
    if not all(stream is not None and stream.isatty() for stream in streams):
        return f"the full-screen app needs a terminal; {instead}"
    if os.environ.get("TERM") == "dumb":
        return f"the full-screen app cannot draw on a terminal of TERM=dumb; {instead}"
    return None


def run_tui(data: str | None, demo: bool, clock: Clock, passphrase_file: str | None = None) -> int:
    # deferred: crypt is 4 ms of the first frame as bench/startup.py opens a file, the demo diary 21
    # ms that only --demo needs (import timing)
    from wellbeing_tui.storage.crypt import is_encrypted
    from wellbeing_tui.storage.demo import make_demo_copy, remove_demo_copy
    from wellbeing_tui.storage.locations import resolve_data_file

    folder: Path | None = None
    try:
        if demo:
            folder, path = make_demo_copy(clock.now())
        else:
            path = resolve_data_file(data)
        if is_encrypted(path) and not passphrase_file:
            # The app opens on its unlock screen and opens the file with what is typed there.
            # Until then, help shows the country chosen in the settings, kept beside the file.

            app = start_app(
                None,
                demo=demo,
                locale_country=kept_country(path),
                unlock=opener(path, clock),
                reopen=reopener(path, clock, passphrase_file),
            )
            app.run()
            if app.unlock_failed:
                complain(f"wellbeing: {app.unlock_failed}\n")
                return EXIT_PROBLEM
            return ended(app)
        try:
            # A save in the open app waits at most a few seconds for another copy's lock,
            # then says so and keeps what was typed, rather than freezing the screen.
            cipher, told = keys_from_file(path, passphrase_file)
            store = Store(path, clock, lock_timeout=APP_LOCK_TIMEOUT, cipher=cipher)
        except StoreError as err:
            complain(f"wellbeing: {err}\n")
            return EXIT_PROBLEM
        diary = opened(store, told)
        app = start_app(diary, demo=demo, reopen=reopener(path, clock, passphrase_file))
        app.run()
        store.close()
        return ended(app)
    finally:
        if folder is not None:
            remove_demo_copy(folder)


def opened(store: Store, told: str | None = None) -> Diary:
    """The Diary on an opened data file, with the conflict copies a sync engine left beside
    it merged in (the app tells what came in, and ``told`` about the key file's copies,
    from ``file_news``)."""
    diary = Diary(store)
    if told:
        diary.tell(told)
    diary.take_in_conflicts()
    return diary


def ended(app: WellbeingApp) -> int:
    """The exit status: 0 only when the app closed as asked (never after a crash)."""
    return EXIT_OK if not app.return_code else EXIT_PROBLEM


def reopener(
    path: Path, clock: Clock, passphrase_file: str | None
) -> Callable[[str | None], Diary]:
    """Opens the data file anew after it changed under the app: plain, or with the
    passphrase typed (None asks for one: ``EncryptedFile``) or given in a file."""

    def reopen(typed: str | None) -> Diary:
        from wellbeing_tui.storage.crypt import is_encrypted  # deferred: as in run_tui

        if not is_encrypted(path):
            return opened(Store(path, clock, lock_timeout=APP_LOCK_TIMEOUT))
        if typed is not None:
            return opener(path, clock)(typed)
        if passphrase_file:
            cipher, told = keys_from_file(path, passphrase_file)
            store = Store(path, clock, lock_timeout=APP_LOCK_TIMEOUT, cipher=cipher)
            return opened(store, told)
        raise EncryptedFile(path)

    return reopen


def keys_from_file(path: Path, passphrase_file: str | None) -> tuple[Cipher | None, str | None]:
    """An encrypted file's key, with the passphrase from a file (None for a plain file),
    and what was done with the key file's conflict copies (``KeyConflict`` stops)."""
    # deferred: 4 ms of the first frame (bench/startup.py opens a plain file), as in run_tui
    from wellbeing_tui.cli.passphrase import settle_key_copies, unlocked_with_file
    from wellbeing_tui.storage.crypt import is_encrypted, key_path

    if not passphrase_file or not is_encrypted(path):
        return None, None
    found = unlocked_with_file(key_path(Path(os.path.realpath(path))), passphrase_file)
    return found[0], settle_key_copies(path, found)


def opener(path: Path, clock: Clock) -> Callable[[str], Diary]:
    """What the unlock screen calls with the passphrase typed: the opened data file, or
    ``WrongPassphrase``."""

    def open_with(typed: str) -> Diary:
        # deferred: as in keys_from_file
        from wellbeing_tui.cli.passphrase import settle_key_copies
        from wellbeing_tui.storage.crypt import Secret, key_path, unlock

        passphrase = Secret(typed)
        cipher = unlock(key_path(Path(os.path.realpath(path))), passphrase)
        told = settle_key_copies(path, (cipher, passphrase))  # KeyConflict: nothing opened
        store = Store(path, clock, lock_timeout=APP_LOCK_TIMEOUT, cipher=cipher)
        gc.freeze()  # as start_app does, now that the file is parsed
        return opened(store, told)

    return open_with
