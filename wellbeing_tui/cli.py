"""The command line: the full-screen dashboard by default, and subcommands for the shell.

Subcommands never import Textual, so they start quickly.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn

from wellbeing_tui import __version__
from wellbeing_tui.domain.clock import Clock, SystemClock
from wellbeing_tui.domain.errors import ValidationError

if TYPE_CHECKING:
    from wellbeing_tui.storage import Store
    from wellbeing_tui.ui.app import WellbeingApp

EXIT_OK = 0
EXIT_PROBLEM = 1
EXIT_USAGE = 2


class _Parser(argparse.ArgumentParser):
    """argparse, but a usage error is one line on stderr and exit status 2."""

    def error(self, message: str) -> NoReturn:
        sys.stderr.write(f"{self.prog}: {message} (see {self.prog} --help)\n")
        raise SystemExit(EXIT_USAGE)


def _data_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--data",
        metavar="PATH",
        default=argparse.SUPPRESS,
        help="the data file to use (default: $WELLBEING_DATA, then the platform's data folder)",
    )


def command_words(argv: Sequence[str]) -> list[str]:
    """The words of ``argv`` that are not options (nor the value of ``--data``)."""
    words: list[str] = []
    tokens = iter(argv)
    for token in tokens:
        if token == "--data":
            next(tokens, None)
        elif not token.startswith("-"):
            words.append(token)
    return words


def build_parser(words: Sequence[str] = ()) -> argparse.ArgumentParser:
    """The parser; only the command ``words`` name has its options built (and imported)."""
    from wellbeing_tui.cli_commands import register_commands

    parser = _Parser(
        prog="wellbeing",
        description="A calm, private dashboard for grounding, journaling, sleep, meals and "
        "mood. With no command, opens the full-screen dashboard.",
        epilog="Not a medical device. Nothing you write leaves this machine. "
        "In danger? Call your local emergency number.",
    )
    parser.add_argument("--version", action="version", version=f"wellbeing {__version__}")
    _data_option(parser)
    parser.add_argument(
        "--demo",
        action="store_true",
        help="open a temporary copy of the demo data; your own file is never touched",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    register_commands(sub, _data_option, words)
    return parser


def start_app(store: Store, **options: Any) -> WellbeingApp:
    """The full-screen app on an opened data file.

    The parsed file stays in memory for the whole session, so it is moved out of the garbage
    collector's sight first: otherwise every full collection walks its hundreds of thousands
    of objects again, which slows the first frame and every later moment the collector runs.
    """
    import gc

    from wellbeing_tui.ui.app import WellbeingApp

    gc.freeze()
    return WellbeingApp(store, **options)


def run_tui(data: str | None, demo: bool, clock: Clock) -> int:
    from wellbeing_tui.storage import Store, StoreError
    from wellbeing_tui.storage.demo import make_demo_copy, remove_demo_copy
    from wellbeing_tui.storage.locations import resolve_data_path

    folder: Path | None = None
    try:
        if demo:
            folder, path = make_demo_copy(clock.now().date())
        else:
            path = resolve_data_path(data)
        try:
            store = Store(path, clock)
        except StoreError as err:
            sys.stderr.write(f"wellbeing: {err}\n")
            return EXIT_PROBLEM
        start_app(store, clock=clock, demo=demo).run()
        store.close()
        return EXIT_OK
    finally:
        if folder is not None:
            remove_demo_copy(folder)


def main(argv: Sequence[str] | None = None, clock: Clock | None = None) -> int:
    words = list(sys.argv[1:] if argv is None else argv)
    parser = build_parser(command_words(words))
    args = parser.parse_args(words)
    clock = clock or SystemClock()
    data: str | None = getattr(args, "data", None)
    if args.command is None:
        return run_tui(data, args.demo, clock)
    try:
        return int(args.handler(args, clock))
    except ValidationError as err:
        sys.stderr.write(f"wellbeing {args.command}: {err.field}: {err.message}\n")
        return EXIT_USAGE


def run() -> NoReturn:
    """The ``wellbeing`` command. When the work is done and no other thread is running, the
    process ends at once instead of freeing, one by one, the hundreds of thousands of
    objects a large data file becomes (the system takes the memory back in one go)."""
    import contextlib
    import os
    import threading

    code = main()
    if threading.active_count() > 1:
        raise SystemExit(code)
    for stream in (sys.stdout, sys.stderr):
        with contextlib.suppress(OSError, ValueError):
            stream.flush()
    os._exit(code)
