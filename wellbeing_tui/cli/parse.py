"""``wellbeing``: parse the command line and run the command it names (the dashboard when
it names none)."""

from __future__ import annotations

import argparse
import contextlib
import os
import sys
import threading
from collections.abc import Sequence
from typing import NoReturn

from wellbeing_tui import __version__
from wellbeing_tui.cli.commands import register_commands
from wellbeing_tui.cli.common import EXIT_USAGE, Parser, complain, data_option
from wellbeing_tui.cli.passphrase import passphrase_file
from wellbeing_tui.domain.clock import Clock, SystemClock
from wellbeing_tui.domain.errors import ValidationError


def command_words(argv: Sequence[str]) -> list[str]:
    """The words of ``argv`` that are not options (nor the value of ``--data`` or of
    ``--passphrase-file``)."""
    words: list[str] = []
    tokens = iter(argv)
    for token in tokens:
        if token in ("--data", "--passphrase-file"):
            next(tokens, None)
        elif not token.startswith("-"):
            words.append(token)
    return words


def build_parser(words: Sequence[str] = ()) -> argparse.ArgumentParser:
    """The parser; only the command ``words`` name has its options built (and imported)."""
    parser = Parser(
        prog="wellbeing",
        description="A calm, private dashboard for grounding, journaling, sleep, meals and "
        "mood. With no command, opens the full-screen dashboard.",
        epilog="Not a medical device. Nothing you write leaves this machine. "
        "In danger? Call your local emergency number.",
    )
    parser.add_argument("--version", action="version", version=f"wellbeing {__version__}")
    data_option(parser)
    parser.add_argument(
        "--demo",
        action="store_true",
        help="open a temporary copy of the demo data; your own file is never touched",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=Parser)
    register_commands(sub, words)
    return parser


def main(argv: Sequence[str] | None = None, clock: Clock | None = None) -> int:
    if "_ARGCOMPLETE" in os.environ:
        # The shell asks for completions (see ``wellbeing completion``): answer from the
        # whole parser, then stop. A value offers what its ``completer`` gives (see
        # ``cli.completers``) and never file names unless it takes a path.
        import argcomplete  # deferred: 6 ms that only Tab needs (import timing)
        from argcomplete.completers import SuppressCompleter

        argcomplete.autocomplete(build_parser(), default_completer=SuppressCompleter())
    words = list(sys.argv[1:] if argv is None else argv)
    parser = build_parser(command_words(words))
    args = parser.parse_args(words)
    clock = clock or SystemClock()
    data: str | None = getattr(args, "data", None)
    if args.command is None:
        # deferred: cli.tui brings the diary's modules, 21 ms of every Tab and --help, which build
        # all the parsers (import timing)
        from wellbeing_tui.cli.tui import run_tui, terminal_refusal

        refusal = terminal_refusal()
        if refusal is not None:  # before any file is opened, made or copied
            complain(f"wellbeing: {refusal}\n")
            return EXIT_USAGE
        try:
            return run_tui(data, args.demo, clock, passphrase_file(args))
        except ValidationError as err:
            complain(f"wellbeing: {err.field}: {err.message}\n")
            return EXIT_USAGE
    try:
        if args.demo:
            return run_on_demo_copy(args, clock)
        return int(args.handler(args, clock))
    except ValidationError as err:
        complain(f"wellbeing {args.command}: {err.field}: {err.message}\n")
        return EXIT_USAGE


def run_on_demo_copy(args: argparse.Namespace, clock: Clock) -> int:
    """``--demo`` before a command: the command works on a temporary copy of the demo data,
    never on the person's own file, and the copy is removed afterwards."""
    # deferred: the demo diary, 21 ms that only --demo needs (import timing)
    from wellbeing_tui.storage.demo import make_demo_copy, remove_demo_copy

    folder, path = make_demo_copy(clock.now())
    try:
        args.data = str(path)
        return int(args.handler(args, clock))
    finally:
        remove_demo_copy(folder)


EXIT_PIPE_CLOSED = 141  # what a shell reports for a command stopped by a closed pipe


def run() -> NoReturn:
    """The ``wellbeing`` command. When the work is done and no other thread is running, the
    process ends at once instead of freeing, one by one, the hundreds of thousands of
    objects a large data file becomes (the system takes the memory back in one go)."""
    try:
        code = main()
    except BrokenPipeError:
        # The reader went away (``wellbeing week | head``): stop quietly, as other tools do.
        # What is still buffered goes nowhere instead of raising again on exit.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        code = EXIT_PIPE_CLOSED
    if threading.active_count() > 1:
        raise SystemExit(code)
    for stream in (sys.stdout, sys.stderr):
        with contextlib.suppress(OSError, ValueError):
            stream.flush()
    os._exit(code)
