"""Which commands there are, ``check``, and ``log mood`` (the one typed most often, so it is
built and run without the other commands' modules)."""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence
from dataclasses import dataclass

from wellbeing_tui.cli.common import (
    EXIT_OK,
    EXIT_PROBLEM,
    LOG_HELP,
    Sub,
    comma_list,
    data_option,
    fail,
    gentle_lines,
    in_range,
    open_diary,
    say,
)
from wellbeing_tui.cli.completers import comma_separated, emotion_words, values
from wellbeing_tui.cli.passphrase import passphrase_file, unlocked
from wellbeing_tui.domain.clock import Clock


def cmd_log_mood(args: argparse.Namespace, clock: Clock) -> int:
    # deferred: 8 ms of every Tab and --help, which build all the parsers (import timing)
    from wellbeing_tui.domain.mood import ENERGY_WORDS
    from wellbeing_tui.services.checkins import new_checkin
    from wellbeing_tui.services.errors import StoreError

    # Checked before the file is opened: bad input leaves no trace.
    checkin = new_checkin(
        clock.now(),
        mood=args.mood,
        energy=args.energy,
        emotions=comma_list(args.emotions or ""),
        note=args.note,
    )
    try:
        diary = open_diary(args, clock)
        diary.checkins.save(checkin)
    except StoreError as err:
        return fail("log mood", err)
    parts = [f"mood {checkin.mood} ({checkin.mood_word})"]
    if checkin.energy is not None:
        parts.append(f"energy {checkin.energy} ({ENERGY_WORDS[checkin.energy]})")
    if checkin.emotions:
        parts.append("feeling " + ", ".join(checkin.emotions))
    if checkin.note:
        parts.append("with a note")
    say(f"Saved a check-in at {checkin.clock}: {'; '.join(parts)}.")
    gentle_lines(diary)
    return EXIT_OK


def cmd_check(args: argparse.Namespace, clock: Clock) -> int:
    # deferred: the checker is 29 ms of every `log mood`, and 33 ms of every Tab and --help, which
    # build all the parsers (import timing)
    from wellbeing_tui.storage import StoreError
    from wellbeing_tui.storage.check import check_data_file
    from wellbeing_tui.storage.locations import resolve_data_file

    path = resolve_data_file(getattr(args, "data", None))
    try:
        # An encrypted file is checked from outside without its passphrase; with a
        # passphrase file its records are counted too. It never asks.
        found = unlocked(args, path) if passphrase_file(args) else None
    except StoreError as err:
        return fail("check", err)
    cipher, passphrase = found or (None, None)
    report = check_data_file(path, cipher, clock.now().date(), passphrase)
    for line in report.lines:
        say(line)
    if not report.ok:
        say(
            "Something needs attention. Your data file was not changed.",
            file=sys.stderr,
        )
    return EXIT_OK if report.ok else EXIT_PROBLEM


@dataclass(frozen=True)
class Command:
    """One command: its name, its line in ``--help``, and where its parser is built
    (``module:function``, imported only when that command runs or is completed)."""

    name: str
    help: str
    builder: str

    def build(self, sub: Sub, rest: Sequence[str] = ()) -> None:
        module, _, function = self.builder.partition(":")
        getattr(importlib.import_module(module), function)(sub, self, rest)


_HERE = "wellbeing_tui.cli.commands"
# Every command, once: the parser, the help and the shell completions are all built from
# this table. Only the command being run gets its full parser (and so imports its
# module); the others are listed by name and help, which keeps each command quick.
COMMANDS: tuple[Command, ...] = (
    Command("log", "add an entry from the shell", f"{_HERE}:register_log_commands"),
    Command("check", "check the data file and its backups", f"{_HERE}:register_check"),
    Command("ground", "a timed grounding exercise", "wellbeing_tui.cli.ground:register_ground"),
    Command("week", "the week review, as text", "wellbeing_tui.cli.week:register_week"),
    Command(
        "trends",
        "weeks, months or years of mood and sleep, as text or JSON",
        "wellbeing_tui.cli.trends:register_trends",
    ),
    Command(
        "export",
        "export your data (JSON backup, CSV, or a summary for a therapist)",
        "wellbeing_tui.cli.exchange:register_exchange",
    ),
    Command(
        "import",
        "import from a wellbeing-tui, jrnl or Daylio export",
        "wellbeing_tui.cli.exchange:register_exchange",
    ),
    Command(
        "merge",
        "merge another copy of the diary (a conflict copy, a backup) into this one",
        "wellbeing_tui.cli.merge:register_merge",
    ),
    Command(
        "merge-driver",
        "git's merge driver for the data file (see the README)",
        "wellbeing_tui.cli.merge_driver:register_merge_driver",
    ),
    Command(
        "journal",
        "list or search journal entries, as text or JSON",
        "wellbeing_tui.cli.journal:register_journal",
    ),
    Command(
        "completion",
        "a completion script for bash, zsh or fish",
        "wellbeing_tui.cli.shell:register_completion",
    ),
    Command(
        "nudge",
        "one kind line for a shell prompt when nothing is logged today",
        "wellbeing_tui.cli.shell:register_nudge",
    ),
    Command(
        "encrypt",
        "encrypt the data file and its backups with a passphrase (age format)",
        "wellbeing_tui.cli.secure:register_secure_commands",
    ),
    Command(
        "decrypt",
        "turn an encrypted data file and its backups back into plain JSON",
        "wellbeing_tui.cli.secure:register_secure_commands",
    ),
    Command(
        "passphrase",
        "change the passphrase of an encrypted data file",
        "wellbeing_tui.cli.secure:register_secure_commands",
    ),
)
BY_NAME = {command.name: command for command in COMMANDS}


def register_commands(sub: Sub, words: Sequence[str] = ()) -> None:
    """Add every command; in full only the one ``words`` names (all when it names none)."""
    chosen = BY_NAME.get(words[0]) if words else None
    for command in COMMANDS:
        if chosen is None or command is chosen:
            command.build(sub, words[1:])
        else:
            sub.add_parser(command.name, help=command.help)


def register_check(sub: Sub, command: Command, rest: Sequence[str] = ()) -> None:
    check = sub.add_parser(
        "check",
        help=command.help,
        description="Report whether the data file and its backups can be read, how many "
        "records each table holds and the schema version. Exits 1 when something is wrong.",
    )
    data_option(check)
    check.set_defaults(handler=cmd_check)


def register_log_commands(sub: Sub, command: Command, rest: Sequence[str] = ()) -> None:
    """``log`` and its kinds; ``log mood`` alone is built without the others' modules."""
    kind = rest[0] if rest else None
    log = sub.add_parser("log", help=command.help, description="Add an entry.")
    data_option(log)
    log_sub = log.add_subparsers(
        dest="log_kind", metavar="KIND", required=True, parser_class=type(log)
    )
    mood = log_sub.add_parser(
        "mood",
        help="add a mood check-in",
        description="Add a mood check-in: mood 1 (very low) to 5 (very good).",
    )
    data_option(mood)
    mood.add_argument(
        "mood", type=in_range(1, 5), help="1 very low, 2 low, 3 okay, 4 good, 5 very good"
    ).completer = values(range(1, 6))
    mood.add_argument(
        "--energy", type=in_range(1, 5), help="1 very low to 5 very high"
    ).completer = values(range(1, 6))
    mood.add_argument(
        "--emotions",
        metavar="A,B",
        help="emotion words, separated by commas (numb and can't tell are fine answers)",
    ).completer = comma_separated(emotion_words)
    mood.add_argument("--note", metavar="TEXT", help="a short note")
    mood.set_defaults(handler=cmd_log_mood)
    if kind == "mood":
        for other in ("journal", "sleep", "meal"):
            log_sub.add_parser(other, help=LOG_HELP[other])
        return
    # deferred: `log mood` is built without the other kinds' modules (8 ms, import timing)
    from wellbeing_tui.cli.journal import register_log_journal
    from wellbeing_tui.cli.log import register_log

    register_log_journal(log_sub)
    register_log(log_sub)
