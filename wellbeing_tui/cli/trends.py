"""``wellbeing trends``: weeks, months or years of mood, sleep and grounding, as text or
JSON."""

from __future__ import annotations

import argparse
import json
from datetime import date
from typing import TYPE_CHECKING

from wellbeing_tui.cli.common import (
    EXIT_OK,
    EXIT_USAGE,
    Sub,
    complain,
    data_option,
    fail,
    in_range,
    open_diary,
    say,
)
from wellbeing_tui.domain.clock import Clock
from wellbeing_tui.domain.fields import check_date
from wellbeing_tui.domain.figures import MIN_CHECKINS, MIN_DAYS_EACH_SIDE, MIN_NIGHTS
from wellbeing_tui.domain.words import count, span

if TYPE_CHECKING:
    from collections.abc import Sequence

    from wellbeing_tui.cli.commands import Command
    from wellbeing_tui.domain.trends import Trends

MAX_WEEKS = 52 * 30


def cmd_trends(args: argparse.Namespace, clock: Clock) -> int:
    # deferred: 6 ms of every Tab and --help, which build all the parsers (import timing)
    from wellbeing_tui.services.errors import StoreError

    first = date.fromisoformat(check_date("--from", args.from_)) if args.from_ else None
    last = date.fromisoformat(check_date("--to", args.to)) if args.to else None
    if args.weeks is not None and first is not None:
        complain("wellbeing trends: --weeks: give --weeks or --from, not both\n")
        return EXIT_USAGE
    try:
        diary = open_diary(args, clock, create=False)
        if first is None:
            first, last = diary.reviews.last_weeks(args.weeks or 12, last)
        last = last or diary.today()
        if first > last:
            complain("wellbeing trends: --from: the start is after the end\n")
            return EXIT_USAGE
        found = diary.reviews.trends(first, last)
    except StoreError as err:
        return fail("trends", err)
    if args.json:
        say(json.dumps(found.to_json(), indent=1, ensure_ascii=False))
        return EXIT_OK
    say("\n".join(trends_text(found)))
    return EXIT_OK


def trends_text(found: Trends) -> list[str]:
    """The figures in 80 columns: a table of weeks, then sentences."""
    # deferred: 10 ms of every Tab and --help, which build all the parsers (import timing)
    import textwrap

    from wellbeing_tui.domain.trends import (  # deferred: as above
        MEANS_NOTE,
        NOT_CAUSE,
        WEEK_HEADER,
        hard_to_name_line,
        side_by_side_lines,
        week_rows,
        words_line,
    )

    rows = [WEEK_HEADER, *week_rows(found)]
    widths = [max(len(row[i]) for row in rows) for i in range(len(WEEK_HEADER))]
    first, last = (f"{d:%a} {d.day} {d:%b %Y}" for d in (found.first, found.last))
    lines = [
        f"Looking back: {span(first, last, start='')} ({count(len(found.weeks), 'week')})",
        "",
    ]
    for row in rows:
        cells = [row[0].ljust(widths[0])] + [
            c.rjust(w) for c, w in zip(row[1:], widths[1:], strict=True)
        ]
        lines.append("  ".join(cells).rstrip())
    lines.extend(textwrap.wrap(MEANS_NOTE, 80))
    lines.append("")
    for sentence in [*side_by_side_lines(found), NOT_CAUSE, "", words_line(found),
                     hard_to_name_line(found)]:  # fmt: skip
        lines.extend(textwrap.wrap(sentence, 80) or [""])
    return lines


def register_trends(sub: Sub, command: Command, rest: Sequence[str] = ()) -> None:
    trends = sub.add_parser(
        "trends",
        help=command.help,
        description="Print weekly means of mood and sleep, grounding per week, the words "
        "used most and mood side by side with and without a few things. A week with nothing "
        f"logged, or too little for a mean ({MIN_CHECKINS} check-ins with a mood, "
        f"{MIN_NIGHTS} nights), shows a dash; a side-by-side figure needs {MIN_DAYS_EACH_SIDE} "
        "days on each side. The JSON has null there.",
    )
    data_option(trends)
    trends.add_argument(
        "--weeks",
        type=in_range(1, MAX_WEEKS),
        metavar="N",
        help="the last N weeks, this one included (default 12)",
    )
    trends.add_argument("--from", dest="from_", metavar="YYYY-MM-DD", help="the first day")
    trends.add_argument("--to", metavar="YYYY-MM-DD", help="the last day (default: today)")
    trends.add_argument(
        "--json",
        action="store_true",
        help='{"from", "to", "weeks": [...], "side_by_side": [...]}, null where the text has a '
        "dash or says there are not enough days",
    )
    trends.set_defaults(handler=cmd_trends)
