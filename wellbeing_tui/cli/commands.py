"""Which commands there are, ``check``, and ``log mood`` (the one typed most often, so it is
built and run without the other commands' modules)."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from wellbeing_tui.cli.common import (
    COMMAND_HELP,
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
from wellbeing_tui.domain.clock import Clock


def cmd_log_mood(args: argparse.Namespace, clock: Clock) -> int:
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
    from wellbeing_tui.cli.passphrase import cipher_for, passphrase_file
    from wellbeing_tui.storage import StoreError
    from wellbeing_tui.storage.check import check_data_file
    from wellbeing_tui.storage.locations import resolve_data_file

    path = resolve_data_file(getattr(args, "data", None))
    try:
        # An encrypted file is checked from outside without its passphrase; with a
        # passphrase file its records are counted too. It never asks.
        cipher = cipher_for(args, path) if passphrase_file(args) else None
    except StoreError as err:
        return fail("check", err)
    report = check_data_file(path, cipher, clock.now().date())
    for line in report.lines:
        say(line)
    if not report.ok:
        say(
            "Something needs attention. Your data file was not changed.",
            file=sys.stderr,
        )
    return EXIT_OK if report.ok else EXIT_PROBLEM


def register_commands(sub: Sub, words: Sequence[str] = ()) -> None:
    """Add every command; in full only the one ``words`` names (all when it names none)."""
    chosen = words[0] if words else None
    full = set(COMMAND_HELP) if chosen not in COMMAND_HELP else {chosen}
    for name, help_text in COMMAND_HELP.items():
        if name not in full:
            sub.add_parser(name, help=help_text)
        elif name == "log":
            register_log_commands(sub, words[1] if len(words) > 1 else None)
        elif name == "check":
            check = sub.add_parser(
                "check",
                help=help_text,
                description="Report whether the data file and its backups can be read, how "
                "many records each table holds and the schema version. Exits 1 when something "
                "is wrong.",
            )
            data_option(check)
            check.set_defaults(handler=cmd_check)
        elif name == "ground":
            from wellbeing_tui.cli.ground import register_ground

            register_ground(sub)
        elif name == "week":
            from wellbeing_tui.cli.week import register_week

            register_week(sub)
        elif name == "trends":
            from wellbeing_tui.cli.trends import register_trends

            register_trends(sub)
        elif name == "journal":
            from wellbeing_tui.cli.journal import register_journal

            register_journal(sub, help_text)
        elif name == "completion":
            from wellbeing_tui.cli.shell import register_completion

            register_completion(sub, help_text)
        elif name == "nudge":
            from wellbeing_tui.cli.shell import register_nudge

            register_nudge(sub, help_text)
        elif name in ("encrypt", "decrypt", "passphrase"):
            from wellbeing_tui.cli.secure import register_secure_commands

            register_secure_commands(sub, name)
        else:
            from wellbeing_tui.cli.exchange import register_exchange

            register_exchange(sub, name)


def register_log_commands(sub: Sub, kind: str | None) -> None:
    """``log`` and its kinds; ``log mood`` alone is built without the others' modules."""
    log = sub.add_parser("log", help=COMMAND_HELP["log"], description="Add an entry.")
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
    )
    mood.add_argument("--energy", type=in_range(1, 5), help="1 very low to 5 very high")
    mood.add_argument(
        "--emotions",
        metavar="A,B",
        help="emotion words, separated by commas (numb and can't tell are fine answers)",
    )
    mood.add_argument("--note", metavar="TEXT", help="a short note")
    mood.set_defaults(handler=cmd_log_mood)
    if kind == "mood":
        for other in ("journal", "sleep", "meal"):
            log_sub.add_parser(other, help=LOG_HELP[other])
        return
    from wellbeing_tui.cli.journal import register_log_journal
    from wellbeing_tui.cli.log import register_log

    register_log_journal(log_sub)
    register_log(log_sub)
