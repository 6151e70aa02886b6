"""Habits of people who live in a terminal: completions for bash, zsh and fish, and a quiet
nudge for the shell prompt."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from wellbeing_tui.cli.common import (
    EXIT_OK,
    EXIT_PROBLEM,
    Sub,
    complain,
    data_option,
    open_diary,
    say,
)
from wellbeing_tui.domain.clock import Clock

if TYPE_CHECKING:
    from collections.abc import Sequence

    from wellbeing_tui.cli.commands import Command

SHELLS = ("bash", "zsh", "fish")
# Where each shell finds a completion script by itself, so it is written once instead of
# being made again by every new shell (which costs a start of Python each time).
SAVE_AS = {
    "bash": "~/.local/share/bash-completion/completions/wellbeing",
    "zsh": "~/.zfunc/_wellbeing (a folder on $fpath, before compinit)",
    "fish": "~/.config/fish/completions/wellbeing.fish",
}


def cmd_completion(args: argparse.Namespace, clock: Clock) -> int:
    """The script that makes the shell ask ``wellbeing`` itself for completions, so they
    always follow the real parser (argcomplete)."""
    # deferred: 6 ms of --help and the dashboard's start, which build every command's parser
    # (import timing)
    from argcomplete.shell_integration import shellcode

    # No file names when nothing fits (bash's "-o default"): a value such as a mood offers
    # its values or nothing, and an argument that takes a path offers paths itself.
    script = shellcode(["wellbeing"], use_defaults=False, shell=args.shell)
    saved = f"# Save once: wellbeing completion {args.shell} > {SAVE_AS[args.shell]}\n"
    script = script.lstrip("\n")
    tag = "#compdef wellbeing\n"  # zsh reads it on the first line only
    head = tag if script.startswith(tag) else ""
    say(head + saved + script.removeprefix(tag), end="")
    return EXIT_OK


def cmd_nudge(args: argparse.Namespace, clock: Clock) -> int:
    # deferred: 3 ms of every Tab and --help, which build all the parsers (import timing)
    from wellbeing_tui.services.nudge import read_state, write_state
    from wellbeing_tui.storage.locations import resolve_data_path

    path = resolve_data_path(getattr(args, "data", None))
    if args.off or args.on:
        state = read_state(path)
        state["off"] = bool(args.off)
        state["day_start_hour"] = _day_start_hour(args, clock)
        try:
            write_state(path, state)
        except OSError as err:
            complain(f"wellbeing nudge: could not remember that: {err.strerror}\n")
            return EXIT_PROBLEM
        say("The nudge is off; nothing will be printed." if args.off else "The nudge is on.")
        return EXIT_OK
    from wellbeing_tui.cli.prompt import nudge_now  # deferred: as in cmd_nudge

    return nudge_now(getattr(args, "data", None), clock.now())


def _day_start_hour(args: argparse.Namespace, clock: Clock) -> int:
    """The hour a new day starts, from the settings (read once, here, not at every prompt)."""
    # deferred: 7 ms of every Tab and --help, which build all the parsers (import timing)
    from wellbeing_tui.services.errors import StoreError
    from wellbeing_tui.storage.locations import resolve_data_path

    if not resolve_data_path(getattr(args, "data", None)).exists():
        return 0
    try:
        return open_diary(args, clock).settings.current().day_start_hour
    except StoreError:
        return 0  # a diary that cannot be read leaves the default


def register_completion(sub: Sub, command: Command, rest: Sequence[str] = ()) -> None:
    completion = sub.add_parser(
        "completion",
        help=command.help,
        description="Print a completion script, to save once where the shell looks for "
        f"it: bash: {SAVE_AS['bash']}; zsh: {SAVE_AS['zsh']}; fish: {SAVE_AS['fish']}. "
        '(Or, slower at each start: eval "$(wellbeing completion bash)" in ~/.bashrc.)',
    )
    completion.add_argument("shell", choices=SHELLS)
    completion.set_defaults(handler=cmd_completion)


def register_nudge(sub: Sub, command: Command, rest: Sequence[str] = ()) -> None:
    nudge = sub.add_parser(
        "nudge",
        help=command.help,
        description="Print one short, kind line when nothing is logged today, at most once a "
        "day, and nothing otherwise: for a shell's start-up file. It speaks only to a "
        "terminal (into a pipe or a file it prints nothing). --off stops it for good "
        "(--on brings it back).",
    )
    data_option(nudge)
    switch = nudge.add_mutually_exclusive_group()
    switch.add_argument("--off", action="store_true", help="never print anything")
    switch.add_argument("--on", action="store_true", help="print again")
    nudge.set_defaults(handler=cmd_nudge)
