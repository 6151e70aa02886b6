"""``wellbeing ground``: a timed grounding exercise, full-screen or, with ``--plain``, as
lines of text.

With ``--plain`` there is no animation and no alternate screen: each phase change is printed
as one line, so a screen reader or a speaking terminal can follow it with eyes closed.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable
from typing import TYPE_CHECKING, TextIO

from wellbeing_tui.cli.common import (
    EXIT_OK,
    EXIT_USAGE,
    Sub,
    complain,
    data_option,
    fail,
    gentle_lines,
    in_range,
    open_diary,
    say,
)
from wellbeing_tui.content.exercises import BY_SLUG, EXERCISE_NAMES
from wellbeing_tui.domain.clock import Clock
from wellbeing_tui.domain.grounding import GroundingSession
from wellbeing_tui.domain.session import GroundingRun, format_seconds, phase_line

if TYPE_CHECKING:
    from collections.abc import Sequence

    from wellbeing_tui.cli.commands import Command

Ask = Callable[[str], str]


def ask_rating(question: str, ask: Ask, out: TextIO) -> int | None:
    """Ask for 0-10 at the prompt; Enter, end of input or Ctrl+C skips."""
    while True:
        try:
            answer = ask(f"{question} 0 to 10, or Enter to skip: ").strip()
        except (EOFError, KeyboardInterrupt):
            say(file=out)
            return None
        if not answer:
            return None
        if answer.isdigit() and 0 <= int(answer) <= 10:
            return int(answer)
        say("Please type a whole number from 0 to 10, or press Enter to skip.", file=out)


def run_plain(
    run: GroundingRun,
    *,
    out: TextIO = sys.stdout,
    sleep: Callable[[float], None] = time.sleep,
) -> bool:
    """Walk the session, printing each phase as it starts; True when it ran to the end."""
    say(
        f"{run.exercise.name}: {format_seconds(run.planned_seconds)}. "
        "Press Ctrl+C to stop at any time.",
        file=out,
        flush=True,
    )
    if run.exercise.safety:
        say(run.exercise.safety, file=out, flush=True)
    run.start()
    shown = -1
    try:
        while True:
            state = run.timer.state()
            if state.finished:
                return True
            if state.index != shown and state.segment is not None:
                say(phase_line(state.segment), file=out, flush=True)
                shown = state.index
            sleep(max(0.001, min(run.timer.next_boundary_in(), 1.0)))
    except KeyboardInterrupt:
        say(file=out)
        return False


def summary_line(record: GroundingSession) -> str:
    spent = format_seconds(record.actual_seconds)
    name = EXERCISE_NAMES.get(record.exercise, record.exercise)
    state = "Finished" if record.completed else "Ended early (saved as not completed)"
    change = ""
    if record.distress_before is not None and record.distress_after is not None:
        change = f"; distress {record.distress_before} → {record.distress_after}"
    return f"{state}: {spent} of {name}{change}."


def plain_session(
    run: GroundingRun,
    *,
    before: int | None,
    after: int | None,
    bell: bool,
    ask: Ask = input,
    out: TextIO = sys.stdout,
) -> GroundingSession:
    """The whole plain session: ratings, the exercise, the closing words; returns the record."""
    if before is None and run.distress_before is None:
        run.distress_before = ask_rating("How distressed do you feel right now?", ask, out)
    completed = run_plain(run, out=out)
    run.end()
    if bell:
        out.write("\a")
    say(
        "Well done for taking this time." if completed else "Stopping is fine too.",
        file=out,
        flush=True,
    )
    if after is None:
        after = ask_rating("And how distressed do you feel now?", ask, out)
    return run.finish(completed=completed, distress_after=after)


def cmd_ground(args: argparse.Namespace, clock: Clock) -> int:
    # deferred: 6 ms of every Tab and --help, which build all the parsers (import timing)
    from wellbeing_tui.services.errors import StoreError

    exercise = BY_SLUG.get(args.exercise)
    if exercise is None:
        complain(
            f"wellbeing ground: unknown exercise '{args.exercise}'; choose one of: "
            f"{', '.join(BY_SLUG)}\n"
        )
        return EXIT_USAGE
    if not args.plain:
        # deferred: cli.tui brings the diary's modules, 21 ms of every Tab and --help, which build
        # all the parsers (import timing)
        from wellbeing_tui.cli.tui import terminal_refusal

        refusal = terminal_refusal("wellbeing ground --plain works without one")
        if refusal is not None:
            complain(f"wellbeing ground: {refusal}\n")
            return EXIT_USAGE
    run = GroundingRun(exercise, clock, args.minutes, args.before)
    try:
        # The app remembers what it answered; a plain run is a process of its own.
        diary = open_diary(args, clock, care_looks_back=args.plain)
    except StoreError as err:
        return fail("ground", err)
    if not args.plain:
        from wellbeing_tui.cli.tui import start_app  # deferred: as above

        start_app(diary, start_run=run).run()
        diary.close()
        return EXIT_OK
    record = plain_session(
        run, before=args.before, after=args.after, bell=diary.settings.current().bell
    )
    try:
        diary.grounding.save(record)
    except StoreError as err:
        return fail("ground", err)
    say(summary_line(record))
    gentle_lines(diary)  # after the summary: distress of 9-10 gets a calm line
    return EXIT_OK


def _minutes(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a number of minutes") from None
    if not 0 < value <= 120:
        raise argparse.ArgumentTypeError("must be more than 0 and at most 120")
    return value


def register_ground(sub: Sub, command: Command, rest: Sequence[str] = ()) -> None:
    ground = sub.add_parser(
        "ground",
        help=command.help,
        description="Run a timed grounding exercise. With --plain each phase is printed as "
        "one line (no animation, no full screen), for screen readers or eyes closed. "
        f"Exercises: {', '.join(BY_SLUG)}.",
    )
    data_option(ground)
    exercise = ground.add_argument(
        "--exercise", required=True, metavar="SLUG", help="which exercise"
    )
    # For shell completion (argcomplete reads this attribute; nothing else does).
    exercise.completer = lambda prefix, **_: [s for s in BY_SLUG if s.startswith(prefix)]
    ground.add_argument(
        "--minutes",
        type=_minutes,
        metavar="N",
        help="length in minutes (default: the exercise's own)",
    )
    ground.add_argument("--plain", action="store_true", help="print each phase as a line")
    ground.add_argument(
        "--before",
        type=in_range(0, 10),
        metavar="0-10",
        help="distress before (asked at the prompt if not given)",
    )
    ground.add_argument(
        "--after",
        type=in_range(0, 10),
        metavar="0-10",
        help="distress after (asked at the prompt if not given)",
    )
    ground.set_defaults(handler=cmd_ground)
