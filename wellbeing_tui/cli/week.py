"""``wellbeing week``: the week review, as a table or as JSON."""

from __future__ import annotations

import argparse
import json
from datetime import date
from typing import TYPE_CHECKING

from wellbeing_tui.cli.common import EXIT_OK, Sub, data_option, fail, open_diary, say
from wellbeing_tui.domain.clock import Clock
from wellbeing_tui.domain.fields import check_date

if TYPE_CHECKING:
    from collections.abc import Sequence

    from wellbeing_tui.cli.commands import Command


def cmd_week(args: argparse.Namespace, clock: Clock) -> int:
    # deferred: the tables, 15 ms of every Tab and --help, which build all the parsers
    # (import timing)
    from wellbeing_tui.cli.text import week_json, week_table
    from wellbeing_tui.services.errors import StoreError

    day = date.fromisoformat(check_date("date", args.date)) if args.date else None
    try:
        diary = open_diary(args, clock, create=False)
        week = diary.reviews.week_of(day or diary.today())
    except StoreError as err:
        return fail("week", err)
    say(json.dumps(week_json(week), indent=1) if args.json else week_table(week))
    return EXIT_OK


def register_week(sub: Sub, command: Command, rest: Sequence[str] = ()) -> None:
    week = sub.add_parser(
        "week",
        help=command.help,
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
