"""``wellbeing log sleep`` and ``wellbeing log meal``."""

from __future__ import annotations

import argparse
import json
from dataclasses import replace

from wellbeing_tui.cli.common import (
    EXIT_OK,
    EXIT_PROBLEM,
    EXIT_USAGE,
    LOG_HELP,
    Sub,
    complain,
    data_option,
    gentle_lines,
    in_range,
    open_diary,
    say,
)
from wellbeing_tui.domain.clock import Clock
from wellbeing_tui.domain.clocktime import parse_clock
from wellbeing_tui.domain.errors import ValidationError
from wellbeing_tui.domain.fields import check_date, new_id
from wellbeing_tui.domain.meals import MEAL_KINDS, Meal, longest_gap
from wellbeing_tui.domain.sleep import RANGES, SleepEntry, format_minutes

SLEEP_FLAGS = {
    "date": "--date",
    "in_bed": "--in-bed",
    "lights_out": "--lights-out",
    "sol_min": "--sol",
    "awakenings": "--awakenings",
    "waso_min": "--waso",
    "final_wake": "--final-wake",
    "out_of_bed": "--out-of-bed",
    "quality": "--quality",
    "rested": "--rested",
    "nap_min": "--nap",
    "alcohol_drinks": "--alcohol",
    "caffeine_drinks": "--caffeine",
    "at": "--at",
}


def _usage_error(command: str, err: ValidationError) -> int:
    flag = SLEEP_FLAGS.get(err.field, err.field)
    complain(f"wellbeing {command}: {flag}: {err.message}\n")
    return EXIT_USAGE


def _day(text: str | None, clock: Clock) -> str:
    """The day given, checked; else today's date for now. Without ``--date`` the logging
    day is settled once the file (and so the hour a new day starts) is open."""
    return check_date("date", text) if text else clock.now().date().isoformat()


def cmd_log_sleep(args: argparse.Namespace, clock: Clock) -> int:
    # deferred: 6 ms of every Tab and --help, which build all the parsers (import timing)
    from wellbeing_tui.services.errors import StoreError

    try:
        entry = SleepEntry(
            id=new_id(),
            date=_day(args.date, clock),
            in_bed=parse_clock("in_bed", args.in_bed),
            lights_out=parse_clock("lights_out", args.lights_out),
            sol_min=args.sol,
            awakenings=args.awakenings,
            waso_min=args.waso,
            final_wake=parse_clock("final_wake", args.final_wake),
            out_of_bed=parse_clock("out_of_bed", args.out_of_bed),
            quality=args.quality,
            rested=args.rested,
            nap_min=args.nap,
            alcohol_drinks=args.alcohol,
            caffeine_drinks=args.caffeine,
            note=args.note or None,
        )
    except ValidationError as err:
        return _usage_error("log sleep", err)
    try:
        diary = open_diary(args, clock)
        if not args.date:
            entry = replace(entry, date=diary.today().isoformat())
        saved, replaced = diary.sleep.save(entry)
    except StoreError as err:
        complain(f"wellbeing log sleep: {err}\n")
        return EXIT_PROBLEM
    gentle_lines(diary)
    m = saved.metrics()
    if args.json:
        say(json.dumps({"date": saved.date, "replaced": replaced, **m.to_json()}))
        return EXIT_OK
    verb = "Updated" if replaced else "Saved"
    say(
        f"{verb} the diary for the morning of {saved.date}: {format_minutes(m.tst_min)} asleep, "
        f"{m.se_pct:.1f}% of {format_minutes(m.tib_min)} in bed; {format_minutes(m.sol_min)} to "
        f"fall asleep, {format_minutes(m.waso_min)} awake in the night, "
        f"{format_minutes(m.twak_min)} awake before getting up."
    )
    return EXIT_OK


def cmd_log_meal(args: argparse.Namespace, clock: Clock) -> int:
    from wellbeing_tui.services.errors import StoreError  # deferred: as in cmd_log_sleep

    try:
        day = _day(args.date, clock)
        if args.skipped and args.at:
            raise ValidationError("at", "a skipped meal has no time; give one or the other")
        at = (
            None
            if args.skipped
            else (parse_clock("at", args.at) if args.at else clock.now().strftime("%H:%M"))
        )
        meal = Meal(
            id=new_id(),
            date=day,
            kind=args.kind,
            at=at,
            skipped=args.skipped,
            note=args.note or None,
        )
    except ValidationError as err:
        return _usage_error("log meal", err)
    try:
        diary = open_diary(args, clock)
        if not args.date:
            meal = replace(meal, date=diary.today().isoformat())
        saved, replaced = diary.sleep.save_meal(meal)
        gap = longest_gap(diary.sleep.meals_on(saved.date))
    except StoreError as err:
        complain(f"wellbeing log meal: {err}\n")
        return EXIT_PROBLEM
    gentle_lines(diary)
    if args.json:
        say(
            json.dumps(
                {
                    "date": saved.date,
                    "kind": saved.kind,
                    "at": saved.at,
                    "skipped": saved.skipped,
                    "replaced": replaced,
                    "longest_gap_min": gap,
                }
            )
        )
        return EXIT_OK
    what = "skipped" if saved.skipped else f"at {saved.at}"
    verb = "Updated" if replaced else "Saved"
    gap_text = f" Longest gap between meals that day: {format_minutes(gap)}." if gap else ""
    say(f"{verb} {saved.kind} on {saved.date}, {what}.{gap_text}")
    return EXIT_OK


def register_log(log_sub: Sub) -> None:
    sleep = log_sub.add_parser(
        "sleep",
        help=LOG_HELP["sleep"],
        description="Add a morning's sleep diary (Consensus Sleep Diary). Clock times may be "
        "written 23:10, 2310, 11:10pm or 11pm. One diary per morning: giving a morning that "
        "has one replaces it.",
    )
    data_option(sleep)
    sleep.add_argument(
        "--date", metavar="YYYY-MM-DD", help="the morning the night ended (default: today)"
    )
    sleep.add_argument("--in-bed", required=True, metavar="HH:MM", help="time into bed")
    sleep.add_argument(
        "--lights-out", required=True, metavar="HH:MM", help="time you started trying to sleep"
    )
    sleep.add_argument(
        "--sol",
        required=True,
        type=in_range(*RANGES["sol_min"]),
        metavar="MIN",
        help="minutes it took to fall asleep",
    )
    sleep.add_argument(
        "--awakenings",
        required=True,
        type=in_range(*RANGES["awakenings"]),
        metavar="N",
        help="times you woke in the night (not counting the last)",
    )
    sleep.add_argument(
        "--waso",
        required=True,
        type=in_range(*RANGES["waso_min"]),
        metavar="MIN",
        help="minutes awake in the night, all awakenings together",
    )
    sleep.add_argument(
        "--final-wake", required=True, metavar="HH:MM", help="time of your final awakening"
    )
    sleep.add_argument("--out-of-bed", required=True, metavar="HH:MM", help="time out of bed")
    sleep.add_argument(
        "--quality",
        required=True,
        type=in_range(*RANGES["quality"]),
        metavar="1-5",
        help="1 very poor, 2 poor, 3 fair, 4 good, 5 very good",
    )
    sleep.add_argument(
        "--rested",
        type=in_range(*RANGES["rested"]),
        metavar="1-5",
        help="how rested you feel, 1 not at all to 5 very well",
    )
    sleep.add_argument(
        "--nap", type=in_range(*RANGES["nap_min"]), metavar="MIN", help="nap minutes yesterday"
    )
    sleep.add_argument(
        "--alcohol", type=in_range(*RANGES["alcohol_drinks"]), metavar="N", help="alcoholic drinks"
    )
    sleep.add_argument(
        "--caffeine",
        type=in_range(*RANGES["caffeine_drinks"]),
        metavar="N",
        help="caffeinated drinks",
    )
    sleep.add_argument("--note", metavar="TEXT", help="anything unusual about the night")
    sleep.add_argument("--json", action="store_true", help="print the figures as JSON")
    sleep.set_defaults(handler=cmd_log_sleep)

    meal = log_sub.add_parser(
        "meal",
        help=LOG_HELP["meal"],
        description="Log a meal: when, or that it was skipped. No calories, no judgement.",
    )
    data_option(meal)
    meal.add_argument("kind", choices=MEAL_KINDS, help="breakfast, lunch, dinner or snack")
    meal.add_argument("--at", metavar="HH:MM", help="when (default: now)")
    meal.add_argument("--date", metavar="YYYY-MM-DD", help="which day (default: today)")
    meal.add_argument("--skipped", action="store_true", help="the meal was skipped")
    meal.add_argument("--note", metavar="TEXT", help="a short note")
    meal.add_argument("--json", action="store_true", help="print what was saved as JSON")
    meal.set_defaults(handler=cmd_log_meal)
