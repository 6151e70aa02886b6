"""``wellbeing merge OTHER``: another copy of the diary merged into this one."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from wellbeing_tui.cli.common import (
    EXIT_OK,
    EXIT_PROBLEM,
    EXIT_USAGE,
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


def cmd_merge(args: argparse.Namespace, clock: Clock) -> int:
    # deferred: merging is 23 ms of every Tab and --help, which build all the parsers
    # (import timing)
    from wellbeing_tui.services.errors import StoreError
    from wellbeing_tui.services.merging import OtherCopyError, what_came_in

    other = Path(args.other).expanduser()
    if not other.is_file():
        complain(f"wellbeing merge: {args.other}: no such file; nothing was changed\n")
        return EXIT_USAGE
    try:
        diary = open_diary(args, clock, create=not args.dry_run)
        came, backup = diary.merging.merge_file(other, dry_run=args.dry_run)
    except OtherCopyError as err:
        complain(f"wellbeing merge: {err}\n")
        return EXIT_USAGE
    except StoreError as err:
        complain(f"wellbeing merge: {err}\n")
        return EXIT_PROBLEM
    words = what_came_in(came, "the other copy")
    if not came:
        say(words)
    elif args.dry_run:
        say(f"Would merge {words}. Dry run: nothing was changed.")
    else:
        say(f"Merged {words}. The diary as it was is kept in {backup}.")
    return EXIT_OK


def register_merge(sub: Sub, command: Command, rest: Sequence[str] = ()) -> None:
    merge = sub.add_parser(
        "merge",
        help=command.help,
        description="Merge another copy of this diary (a sync engine's conflict copy, a "
        "backup, the file from another computer; plain or encrypted to the same key) into "
        "this one: every record either copy has, the newer version of each, and what either "
        "deleted stays deleted unless it was changed after. A backup is taken first, and the "
        "file is written once, whole.",
    )
    data_option(merge)
    merge.add_argument("other", metavar="OTHER", help="the other copy of the data file")
    merge.add_argument(
        "--dry-run", action="store_true", help="say what would come in; change nothing"
    )
    merge.set_defaults(handler=cmd_merge)
