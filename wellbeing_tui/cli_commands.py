"""The subcommands: ``log`` and ``check``."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from typing import Any

from wellbeing_tui.domain.clock import Clock
from wellbeing_tui.domain.fields import iso, new_id
from wellbeing_tui.domain.mood import ENERGY_WORDS, MOOD_WORDS, CheckIn

EXIT_OK, EXIT_PROBLEM, EXIT_USAGE = 0, 1, 2
Sub = Any  # argparse's _SubParsersAction is private


def _in_range(low: int, high: int) -> Callable[[str], int]:
    def parse(text: str) -> int:
        try:
            value = int(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"'{text}' is not a whole number") from None
        if not low <= value <= high:
            raise argparse.ArgumentTypeError(f"must be from {low} to {high}, not {value}")
        return value

    parse.__name__ = f"number {low}-{high}"
    return parse


def _words(text: str) -> list[str]:
    return [w.strip() for w in text.split(",") if w.strip()]


def _open_store(args: argparse.Namespace, clock: Clock) -> Any:
    from wellbeing_tui.storage import Store
    from wellbeing_tui.storage.locations import resolve_data_path

    return Store(resolve_data_path(getattr(args, "data", None)), clock)


def _fail(command: str, err: Exception) -> int:
    sys.stderr.write(f"wellbeing {command}: {err}\n")
    return EXIT_PROBLEM


def cmd_log_mood(args: argparse.Namespace, clock: Clock) -> int:
    from wellbeing_tui.storage import StoreError

    checkin = CheckIn(
        id=new_id(),
        at=iso(clock.now()),
        mood=args.mood,
        energy=args.energy,
        emotions=tuple(_words(args.emotions or "")),
        note=args.note or None,
    )
    try:
        store = _open_store(args, clock)
        store.add(checkin)
    except StoreError as err:
        return _fail("log mood", err)
    parts = [f"mood {checkin.mood} ({MOOD_WORDS[checkin.mood]})"]
    if checkin.energy is not None:
        parts.append(f"energy {checkin.energy} ({ENERGY_WORDS[checkin.energy]})")
    if checkin.emotions:
        parts.append("feeling " + ", ".join(checkin.emotions))
    if checkin.note:
        parts.append("with a note")
    print(f"Saved a check-in at {checkin.clock}: {'; '.join(parts)}.")
    return EXIT_OK


def cmd_check(args: argparse.Namespace, clock: Clock) -> int:
    from wellbeing_tui.storage.check import check_data_file
    from wellbeing_tui.storage.locations import resolve_data_path

    report = check_data_file(resolve_data_path(getattr(args, "data", None)))
    for line in report.lines:
        print(line)
    if not report.ok:
        print(
            "Something needs attention. Your data file was not changed.",
            file=sys.stderr,
        )
    return EXIT_OK if report.ok else EXIT_PROBLEM


# Every command's one-line help. Only the command being run gets its full parser (and so
# imports its modules); the others are listed by name and help, which keeps each command quick.
COMMAND_HELP = {
    "log": "add an entry from the shell",
    "check": "check the data file and its backups",
    "ground": "a timed grounding exercise",
    "week": "the week review, as text",
    "export": "export your data (JSON backup, CSV, or a summary for a therapist)",
    "import": "import from a wellbeing-tui, jrnl or Daylio export",
}


def register_commands(
    sub: Sub,
    data_option: Callable[[argparse.ArgumentParser], None],
    words: Sequence[str] = (),
) -> None:
    """Add every command; in full only the one ``words`` names (all when it names none)."""
    chosen = words[0] if words else None
    full = set(COMMAND_HELP) if chosen not in COMMAND_HELP else {chosen}
    for name, help_text in COMMAND_HELP.items():
        if name not in full:
            sub.add_parser(name, help=help_text)
        elif name == "log":
            register_log_commands(sub, data_option, words[1] if len(words) > 1 else None)
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
            register_ground(sub, data_option)
        elif name == "week":
            register_week(sub, data_option)
        else:
            from wellbeing_tui.cli_exchange import register_exchange

            register_exchange(sub, data_option, _open_store, name)


LOG_HELP = {
    "sleep": "add this morning's sleep diary",
    "meal": "log a meal (or that you skipped it)",
}


def register_log_commands(
    sub: Sub, data_option: Callable[[argparse.ArgumentParser], None], kind: str | None
) -> None:
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
        "mood", type=_in_range(1, 5), help="1 very low, 2 low, 3 okay, 4 good, 5 very good"
    )
    mood.add_argument("--energy", type=_in_range(1, 5), help="1 very low to 5 very high")
    mood.add_argument(
        "--emotions",
        metavar="A,B",
        help="emotion words, separated by commas (numb and can't tell are fine answers)",
    )
    mood.add_argument("--note", metavar="TEXT", help="a short note")
    mood.set_defaults(handler=cmd_log_mood)
    if kind == "mood":
        log_sub.add_parser("sleep", help=LOG_HELP["sleep"])
        log_sub.add_parser("meal", help=LOG_HELP["meal"])
        return
    from wellbeing_tui.cli_log import register_log

    register_log(log_sub, data_option, _in_range, _open_store)


def cmd_ground(args: argparse.Namespace, clock: Clock) -> int:
    from wellbeing_tui.content.exercises import BY_SLUG
    from wellbeing_tui.domain.session import GroundingRun
    from wellbeing_tui.storage import StoreError

    exercise = BY_SLUG.get(args.exercise)
    if exercise is None:
        sys.stderr.write(
            f"wellbeing ground: unknown exercise '{args.exercise}'; choose one of: "
            f"{', '.join(BY_SLUG)}\n"
        )
        return EXIT_USAGE
    run = GroundingRun(exercise, clock, args.minutes, args.before)
    try:
        store = _open_store(args, clock)
    except StoreError as err:
        return _fail("ground", err)
    if not args.plain:
        from wellbeing_tui.cli import start_app

        start_app(store, clock=clock, start_run=run).run()
        store.close()
        return EXIT_OK
    from wellbeing_tui.plain import plain_session, summary_line

    record = plain_session(run, before=args.before, after=args.after, bell=store.settings().bell)
    try:
        store.add(record)
    except StoreError as err:
        return _fail("ground", err)
    print(summary_line(record))
    return EXIT_OK


def _minutes(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a number of minutes") from None
    if not 0 < value <= 120:
        raise argparse.ArgumentTypeError("must be more than 0 and at most 120")
    return value


def register_ground(sub: Sub, data_option: Callable[[argparse.ArgumentParser], None]) -> None:
    from wellbeing_tui.content.exercises import BY_SLUG

    ground = sub.add_parser(
        "ground",
        help=COMMAND_HELP["ground"],
        description="Run a timed grounding exercise. With --plain each phase is printed as "
        "one line (no animation, no full screen), for screen readers or eyes closed. "
        f"Exercises: {', '.join(BY_SLUG)}.",
    )
    data_option(ground)
    ground.add_argument("--exercise", required=True, metavar="SLUG", help="which exercise")
    ground.add_argument(
        "--minutes",
        type=_minutes,
        metavar="N",
        help="length in minutes (default: the exercise's own)",
    )
    ground.add_argument("--plain", action="store_true", help="print each phase as a line")
    ground.add_argument(
        "--before",
        type=_in_range(0, 10),
        metavar="0-10",
        help="distress before (asked at the prompt if not given)",
    )
    ground.add_argument(
        "--after",
        type=_in_range(0, 10),
        metavar="0-10",
        help="distress after (asked at the prompt if not given)",
    )
    ground.set_defaults(handler=cmd_ground)


def cmd_week(args: argparse.Namespace, clock: Clock) -> int:
    import json
    from datetime import date

    from wellbeing_tui.domain.fields import check_date
    from wellbeing_tui.domain.today import week_bounds
    from wellbeing_tui.storage import StoreError
    from wellbeing_tui.storage.queries import load_week
    from wellbeing_tui.week_text import week_json, week_table

    day = date.fromisoformat(check_date("date", args.date)) if args.date else clock.now().date()
    try:
        store = _open_store(args, clock)
        first, _ = week_bounds(day, store.settings().week_start)
        week = load_week(store, first)
    except StoreError as err:
        return _fail("week", err)
    print(json.dumps(week_json(week), indent=1) if args.json else week_table(week))
    return EXIT_OK


def register_week(sub: Sub, data_option: Callable[[argparse.ArgumentParser], None]) -> None:
    week = sub.add_parser(
        "week",
        help=COMMAND_HELP["week"],
        description="Print the review of the week holding a date: sleep, mood, meals and the "
        "rest, day by day, then in sentences. A day with nothing logged shows as a dash.",
    )
    data_option(week)
    week.add_argument("--date", metavar="YYYY-MM-DD", help="any day of the week (default: today)")
    week.add_argument(
        "--json",
        action="store_true",
        help="per-day values (null when missing) and the weekly figures, as JSON",
    )
    week.set_defaults(handler=cmd_week)
