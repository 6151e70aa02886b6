"""``wellbeing export`` and ``wellbeing import``."""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from wellbeing_tui.cli.common import (
    EXIT_OK,
    EXIT_PROBLEM,
    EXIT_USAGE,
    Sub,
    complain,
    data_option,
    empty_diary,
    open_diary,
    say,
)
from wellbeing_tui.cli.completers import paths
from wellbeing_tui.domain.clock import Clock
from wellbeing_tui.domain.errors import ValidationError
from wellbeing_tui.domain.fields import check_date
from wellbeing_tui.domain.words import count

if TYPE_CHECKING:
    from collections.abc import Sequence

    from wellbeing_tui.cli.commands import Command
    from wellbeing_tui.services.diary import Diary


def _day(text: str | None, field: str) -> date | None:
    return date.fromisoformat(check_date(field, text)) if text else None


def _for_stdout(json_text: str) -> str:
    """A JSON export for standard output: the bytes a file gets (its text holds no control
    character, so nothing in it drives a terminal), or, where the output's encoding cannot
    write some character, the same data with every character outside ASCII escaped (rather
    than a '?' in its place)."""
    # deferred: the exporters are 42 ms of every Tab and --help, which build all the parsers
    # (import timing)
    from wellbeing_tui.exchange.export import ascii_json

    try:
        json_text.encode(getattr(sys.stdout, "encoding", None) or "utf-8")
    except (UnicodeEncodeError, LookupError):
        return ascii_json(json_text)
    return json_text


def _jrnl(diary: Diary, first: date | None, last: date | None) -> str:
    """The journal as a file that ``jrnl --import`` reads."""
    from wellbeing_tui.exchange.jrnl_export import jrnl_text  # deferred: as in _for_stdout

    return jrnl_text(diary.journal.everything(), first, last)


def cmd_export(args: argparse.Namespace, clock: Clock) -> int:
    from wellbeing_tui.exchange.summary import default_period  # deferred: as in _for_stdout
    from wellbeing_tui.services.errors import StoreError

    try:
        first, last = _day(args.from_, "--from"), _day(args.to, "--to")
    except ValidationError as err:
        complain(f"wellbeing export: {err.field}: {err.message}\n")
        return EXIT_USAGE
    if args.format == "jrnl" and first and last and first > last:
        complain("wellbeing export: --from: the start is after the end\n")
        return EXIT_USAGE
    if args.format == "csv" and not args.out:
        complain("wellbeing export: --out: CSV needs a folder to write one file per table into\n")
        return EXIT_USAGE
    if args.encrypt and (args.format != "json" or not args.out):
        complain("wellbeing export: --encrypt: only a JSON export to a file (--out) is encrypted\n")
        return EXIT_USAGE
    try:
        diary = open_diary(args, clock, create=False)
        if args.encrypt and not diary.encrypted:
            complain(
                "wellbeing export: --encrypt: the data file is not encrypted, so there is no key "
                "to encrypt to (see wellbeing encrypt)\n"
            )
            return EXIT_USAGE
        if diary.encrypted and not args.encrypt:
            where = args.out or "standard output"
            complain(
                f"Your data file is encrypted; this export is plain text, and anyone who can "
                f"read {where} can read it.\n"
            )
        if args.format == "csv":
            written = diary.files.export_csv(Path(args.out))
            say(f"Wrote {count(len(written), 'CSV file')} to {args.out}.")
            return EXIT_OK
        if args.format == "json":
            text = diary.files.export_json()
            if not args.out:
                text = _for_stdout(text)
        elif args.format == "jrnl":
            text = _jrnl(diary, first, last)
        else:
            default_first, default_last = default_period(diary.today())
            first, last = first or default_first, last or default_last
            if first > last:
                complain("wellbeing export: --from: the start is after the end\n")
                return EXIT_USAGE
            text = diary.files.summary(
                first,
                last,
                include_journal=args.include_journal,
                include_safety_plan=args.include_safety_plan,
            )
            if not args.include_journal:
                complain("Journal entries were left out; add --include-journal to include them.\n")
        if args.out:
            diary.files.write_private(Path(args.out), text, encrypt=args.encrypt)
            say(
                f"Wrote {args.out}"
                + (", encrypted to the data file's key." if args.encrypt else ".")
            )
        else:
            say(text, end="")
    except StoreError as err:
        complain(f"wellbeing export: {err}\n")
        return EXIT_PROBLEM
    except BrokenPipeError:
        raise  # standard output was closed by its reader: the command stops quietly
    except OSError as err:
        complain(f"wellbeing export: could not write {args.out}: {err.strerror}\n")
        return EXIT_PROBLEM
    return EXIT_OK


def cmd_import(args: argparse.Namespace, clock: Clock) -> int:
    # deferred: the importers are 24 ms of every Tab and --help, which build all the parsers
    # (import timing)
    import tempfile

    from wellbeing_tui.exchange.common import ExchangeError  # deferred: as above
    from wellbeing_tui.exchange.source import read_source
    from wellbeing_tui.services.errors import StoreError
    from wellbeing_tui.storage.locations import resolve_data_path

    scratch = None
    try:
        # Read first: a file that cannot be imported leaves everything as it was.
        source = read_source(sys.stdin.buffer if args.path == "-" else Path(args.path))
        if args.dry_run and not resolve_data_path(getattr(args, "data", None)).exists():
            scratch = tempfile.TemporaryDirectory()  # a dry run creates no data file
            diary = empty_diary(Path(scratch.name), clock)
        else:
            # A dry run writes nothing, so it reads without waiting for the lock.
            diary = open_diary(args, clock, create=not args.dry_run)
        plan = diary.files.plan_import(source, args.format, args.mood_map)
    except ExchangeError as err:
        complain(f"wellbeing import: {err}; nothing was imported\n")
        return EXIT_USAGE
    except StoreError as err:
        complain(f"wellbeing import: {err}\n")
        return EXIT_PROBLEM
    finally:
        if scratch is not None:
            scratch.cleanup()
    for line in plan.describe():
        say(line)
    if args.dry_run:
        say("Dry run: nothing was changed.")
        return EXIT_OK
    if plan.conflicts and not args.replace:
        twice = sum(1 for r in plan.conflicts if (r.TABLE, r.id) in plan.twice)
        where = "in the file more than once" if twice else "already here"
        if 0 < twice < len(plan.conflicts):
            where = "already here or in the file more than once"
        complain(
            f"wellbeing import: {count(len(plan.conflicts), 'record')} {where} with other "
            "content; nothing was imported (--replace takes the imported versions)\n"
        )
        return EXIT_USAGE
    try:
        added = diary.files.apply_import(plan, replace=args.replace)
    except StoreError as err:
        complain(f"wellbeing import: {err}\n")
        return EXIT_PROBLEM
    say(f"Imported {count(added, 'record')}.")
    return EXIT_OK


def register_exchange(sub: Sub, command: Command, rest: Sequence[str] = ()) -> None:
    name = command.name
    """Add the full parser of ``export`` or ``import``."""
    if name == "import":
        register_import(sub, command.help)
        return
    export = sub.add_parser(
        "export",
        help=command.help,
        description="json: every table and field, ids kept (a full backup). csv: one file "
        "per table in the --out folder, UTF-8 with a byte-order mark (so that spreadsheets "
        "read accents and emoji). md: a summary of --from to --to (default: the last "
        "14 days) to bring to a therapist or doctor; journal text only with "
        "--include-journal, the safety plan only with --include-safety-plan. jrnl: the "
        "journal (from --from to --to, when given) as a jrnl journal, for jrnl --import. "
        "Without --out, json, md and jrnl go to standard output.",
    )
    data_option(export)
    export.add_argument("--format", choices=("json", "csv", "md", "jrnl"), required=True)
    export.add_argument("--from", dest="from_", metavar="YYYY-MM-DD", help="md, jrnl: first day")
    export.add_argument("--to", metavar="YYYY-MM-DD", help="md, jrnl: last day")

    export.add_argument(
        "--out", metavar="PATH", help="a file (json, md, jrnl) or a folder (csv)"
    ).completer = paths
    export.add_argument(
        "--encrypt",
        action="store_true",
        help="json: write an age file to the encrypted data file's own key",
    )
    export.add_argument(
        "--include-journal", action="store_true", help="md: include journal entries"
    )
    export.add_argument(
        "--include-safety-plan", action="store_true", help="md: include your safety plan"
    )
    export.set_defaults(handler=cmd_export)


def register_import(sub: Sub, help_text: str) -> None:
    imp = sub.add_parser(
        "import",
        help=help_text,
        description="Import a wellbeing-tui JSON export, a jrnl journal (its own file, or "
        "jrnl --format json, txt or md) or Daylio's CSV export (any of its layouts). The "
        "whole file is checked first; if anything is wrong nothing is imported. Records "
        "already here are skipped.",
    )
    data_option(imp)

    imp.add_argument("path", help="the file to import, or - for standard input").completer = paths
    imp.add_argument(
        "--format", choices=("json", "jrnl", "daylio"), help="default: guessed from the file"
    )
    imp.add_argument(
        "--dry-run", action="store_true", help="say what would be added; change nothing"
    )
    imp.add_argument(
        "--mood-map",
        metavar="WORD=N,...",
        help="Daylio: numbers 1-5 for your own mood names, e.g. super=5,okay=3",
    )
    imp.add_argument(
        "--replace",
        action="store_true",
        help="where a record is already here with other content, take the imported version",
    )
    imp.set_defaults(handler=cmd_import)
