"""What every command shares: exit codes, the parser's way of failing, the ``--data``
option, argument types, and each command's one-line help."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, NoReturn, TextIO

from wellbeing_tui.domain.visible import visible

if TYPE_CHECKING:
    from pathlib import Path

    from wellbeing_tui.domain.clock import Clock
    from wellbeing_tui.services import Diary
    from wellbeing_tui.storage import Store
    from wellbeing_tui.storage.crypt import Cipher

EXIT_OK = 0  # done
EXIT_PROBLEM = 1  # the data file could not be read or written, or a check found a problem
EXIT_USAGE = 2  # bad input: nothing was written

Sub = Any  # argparse's _SubParsersAction is private

LOG_HELP = {
    "journal": "add a journal entry",
    "sleep": "add this morning's sleep diary",
    "meal": "log a meal (or that you skipped it)",
}


class Parser(argparse.ArgumentParser):
    """argparse, but a usage error is one line on stderr and exit status 2."""

    def error(self, message: str) -> NoReturn:
        complain(f"{self.prog}: {message} (see {self.prog} --help)\n")
        raise SystemExit(EXIT_USAGE)


def data_option(parser: argparse.ArgumentParser) -> None:
    # deferred: the first frame does not wait for it (bench/startup.py loads this module through
    # cli.tui), though it is only 0.2 ms (import timing)
    from wellbeing_tui.cli.completers import paths

    parser.add_argument(
        "--data",
        metavar="PATH",
        default=argparse.SUPPRESS,
        help="the data file to use (default: $WELLBEING_DATA, then the platform's data folder)",
    ).completer = paths  # type: ignore[attr-defined]  # read by argcomplete
    parser.add_argument(
        "--passphrase-file",
        metavar="PATH",
        default=argparse.SUPPRESS,
        help="for an encrypted data file: read its passphrase from the first line of PATH "
        "instead of asking (default: $WELLBEING_PASSPHRASE_FILE)",
    ).completer = paths  # type: ignore[attr-defined]  # read by argcomplete


def in_range(low: int, high: int) -> Callable[[str], int]:
    """An argument type: a whole number from ``low`` to ``high``."""

    def parse(text: str) -> int:
        # Only the digits 0-9: int() would also take "٣" or "𝟛", which no one means to type.
        if not (text.isascii() and text.lstrip("-").isdigit()):
            raise argparse.ArgumentTypeError(f"'{text}' is not a whole number")
        value = int(text)
        if not low <= value <= high:
            raise argparse.ArgumentTypeError(f"must be from {low} to {high}, not {value}")
        return value

    parse.__name__ = f"number {low}-{high}"
    return parse


def comma_list(text: str) -> list[str]:
    """Comma-separated words, blanks left out."""
    return [w.strip() for w in text.split(",") if w.strip()]


def _open_store(args: argparse.Namespace, clock: Clock, *, create: bool = True) -> Store:
    """The data file; with ``create`` False (commands that only read) a missing file is an
    error that says so, and nothing is created. An encrypted file is unlocked first (see
    ``cli/secure.py``)."""
    # deferred: cli.passphrase as in data_option (0.3 ms); the rest is 1 ms of every Tab and --help,
    # which build all the parsers (import timing)
    from wellbeing_tui.cli.passphrase import passphrase_file, settle_key_copies, unlocked
    from wellbeing_tui.storage import Store
    from wellbeing_tui.storage.errors import EncryptedFile
    from wellbeing_tui.storage.locations import resolve_data_file

    path = resolve_data_file(getattr(args, "data", None))  # "/" or "." names no file

    def cipher() -> Cipher | None:
        found = unlocked(args, path)
        # A command that writes first judges the key file's conflict copies: one that
        # holds another key or passphrase stops it before anything is written.
        line = settle_key_copies(path, found) if create else None
        if line:
            complain(line)
        return found[0] if found else None

    try:
        return Store(path, clock, create=create, cipher=cipher())
    except EncryptedFile:
        # Encrypted by another command between the look and the opening: with a passphrase
        # file at hand, open it as what it is now.
        if not passphrase_file(args):
            raise
        return Store(path, clock, create=create, cipher=cipher())


def open_diary(
    args: argparse.Namespace, clock: Clock, *, create: bool = True, care_looks_back: bool = True
) -> Diary:
    """The data file that ``--data`` (or the environment, or the default) names. A command
    is a process of its own, so by default the gentle answer looks back at the day's
    records to answer a mood or a distress once a day (see ``services.care_answer``)."""
    # deferred: 6 ms of every Tab and --help, which build all the parsers (import timing)
    from wellbeing_tui.services.diary import Diary

    diary = Diary(_open_store(args, clock, create=create), care_looks_back=care_looks_back)
    if create:  # a command that writes merges what a sync engine left beside the file
        line = diary.take_in_conflicts()
        if line:
            complain(line)
    return diary


def empty_diary(folder: Path, clock: Clock) -> Diary:
    """A diary with nothing in it, in a scratch ``folder``: what a dry run compares with
    when the data file has not been made yet."""
    from wellbeing_tui.services.diary import Diary  # deferred: as in open_diary
    from wellbeing_tui.storage import Store

    return Diary(Store(folder / "empty.json", clock))


def gentle_lines(diary: Diary) -> None:
    """After a save that holds words about suicide or self-harm, a mood of 1 or distress of
    9-10: one calm line on stderr, in words that fit what happened, with a helpline, the
    emergency number and the safety plan (the app shows the same as a note). A mood or a
    distress is answered once per logging day; nothing about it is stored."""
    # deferred: loaded with the diary; 1 ms of every Tab and --help, which build all the parsers
    # (import timing)
    from wellbeing_tui.services.events import CareDue

    due = [event.trigger for event in diary.take_events() if isinstance(event, CareDue)]
    if not due:
        return  # the usual case: nothing more is loaded
    # deferred: 15 ms of every `log mood` that needs no gentle line (import timing)
    from wellbeing_tui.content.helplines import country_from_locale
    from wellbeing_tui.services.care_answer import line_text

    country = diary.settings.current().country or country_from_locale()
    has_plan = diary.safety_plan.current() is not None
    for trigger in due:
        complain(line_text(trigger, country, has_plan=has_plan) + "\n")


def say(*parts: object, file: TextIO | None = None, end: str = "\n", flush: bool = False) -> None:
    """``print``, but what is printed shows every character and never drives the terminal:
    a note, a title or an import's error may hold escape codes (see ``visible``)."""
    print(*(visible(str(part)) for part in parts), file=file or sys.stdout, end=end, flush=flush)


def complain(message: str) -> None:
    """One line on stderr, shown as ``say`` shows text. A line break inside it (from a
    value the person typed, say) is shown as ␤, so the message stays one line."""
    body = message.removesuffix("\n")
    sys.stderr.write(visible(body).replace("\n", "\u2424") + "\n")


def fail(command: str, err: Exception) -> int:
    """The data file could not be used: one line on stderr, exit status 1."""
    complain(f"wellbeing {command}: {err}\n")
    return EXIT_PROBLEM
