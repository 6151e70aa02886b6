"""``wellbeing log journal`` (a journal entry from the shell, from standard input or from
one's own editor) and ``wellbeing journal`` (entries as text or JSON, to read or grep)."""

from __future__ import annotations

import argparse
import json
import sys
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from wellbeing_tui.cli.common import (
    EXIT_OK,
    EXIT_USAGE,
    Sub,
    comma_list,
    complain,
    data_option,
    fail,
    gentle_lines,
    open_diary,
    say,
)
from wellbeing_tui.cli.completers import comma_separated, diary_tags, emotion_words, tags
from wellbeing_tui.domain.clock import Clock
from wellbeing_tui.domain.errors import ValidationError
from wellbeing_tui.domain.fields import check_date, iso, new_id
from wellbeing_tui.domain.journal import JournalEntry, hashtags
from wellbeing_tui.domain.journal_search import JournalQuery, parse_query
from wellbeing_tui.domain.words import count

if TYPE_CHECKING:
    from collections.abc import Sequence

    from wellbeing_tui.cli.commands import Command


def _moment(text: str | None, clock: Clock) -> datetime:
    """``--at "YYYY-MM-DD HH:MM"`` in local time, or now; never in the future."""
    now = clock.now()
    if not text:
        return now
    try:
        naive = datetime.strptime(text.strip(), "%Y-%m-%d %H:%M")
    except ValueError:
        raise ValidationError("--at", f"'{text}' is not written YYYY-MM-DD HH:MM") from None
    # deferred: time zones, 10 ms of every Tab and --help, which build all the parsers
    # (import timing)
    from wellbeing_tui.domain.localtime import person_zone, place

    # The offset of that date in the person's zone (not today's); a time the clocks jumped
    # over that night is refused with the reason.
    placed = place(naive.date(), naive.time(), person_zone(now), "--at")
    moment = placed.moment
    if placed.note:
        complain(f"wellbeing log journal: note: {placed.note}\n")
    if moment > now + timedelta(minutes=1):
        raise ValidationError("--at", "that is in the future")
    return moment


def _text(args: argparse.Namespace) -> str:
    words: list[str] = args.text
    if words == ["-"]:
        return sys.stdin.read()
    return " ".join(words)


def cmd_log_journal(args: argparse.Namespace, clock: Clock) -> int:
    try:
        text = _text(args)
        moment = _moment(args.at, clock)
    except ValidationError as err:
        complain(f"wellbeing log journal: {err.field}: {err.message}\n")
        return EXIT_USAGE
    if args.edit:
        # deferred: the editor's modules, 13 ms of every Tab and --help, which build all the parsers
        # (import timing)
        from wellbeing_tui.cli.editing import edit_entry

        edited = edit_entry(args, clock, text)
        if isinstance(edited, int):
            return edited  # the words were kept as a draft, and the command said where
        text = edited
    if not text.strip():
        complain("wellbeing log journal: TEXT: there is nothing to save (the text is empty)\n")
        return EXIT_USAGE
    tags = list(dict.fromkeys([*comma_list(args.tags or ""), *hashtags(text)]))
    try:
        entry = JournalEntry(
            id=new_id(),
            created_at=iso(moment),
            updated_at=iso(moment),
            text=text.rstrip("\n"),
            emotions=tuple(comma_list(args.emotions or "")),
            tags=tuple(tags),
        )
    except ValidationError as err:
        complain(f"wellbeing log journal: --{err.field}: {err.message}\n")
        return EXIT_USAGE
    # deferred: 6 ms of every Tab and --help, which build all the parsers (import timing)
    from wellbeing_tui.services.errors import StoreError

    try:
        diary = open_diary(args, clock)
        diary.journal.save(entry)
    except StoreError as err:
        return fail("log journal", err)
    extra = f", tagged {', '.join(entry.tags)}" if entry.tags else ""
    words = count(len(entry.text.split()), "word")
    say(f"Saved a journal entry at {moment:%Y-%m-%d %H:%M}: {words}{extra}.")
    gentle_lines(diary)
    return EXIT_OK


TEXT_DEFAULT = 20  # entries shown as text without -n


def _how_many(text: str) -> int:
    """``-n``: 0 (all) or a whole number of entries."""
    if not (text.isascii() and text.isdigit()):
        raise argparse.ArgumentTypeError(f"'{text}' is not a whole number (0 shows all)")
    return int(text)


def _query(args: argparse.Namespace) -> JournalQuery:
    query = parse_query(args.search or "")
    start = check_date("--from", args.from_) if args.from_ else None
    end = check_date("--to", args.to) if args.to else None
    if start and end and start > end:
        raise ValidationError("--from", "the start is after the end")
    tags = (*query.tags, *(t.lower().lstrip("#") for t in args.tag or []))
    return JournalQuery(query.words, tags, query.emotions, start, end)


def _day(created_at: str, this_year: int) -> str:
    moment = datetime.fromisoformat(created_at)
    year = "" if moment.year == this_year else f" {moment.year}"
    return f"{moment:%a %d %b}{year} {moment:%H:%M}"


def cmd_journal(args: argparse.Namespace, clock: Clock) -> int:
    try:
        query = _query(args)
    except ValidationError as err:
        complain(f"wellbeing journal: {err.field}: {err.message}\n")
        return EXIT_USAGE
    from wellbeing_tui.services.errors import StoreError  # deferred: as in cmd_log_journal

    # -n 0 is all; without -n, text shows the newest 20 (and says how to see more), JSON
    # gives every entry, since a program reading it cannot see what was left out.
    limit = TEXT_DEFAULT if args.n is None and not args.json else args.n or sys.maxsize
    try:
        entries, total = open_diary(args, clock, create=False).journal.page(query, 0, limit)
    except StoreError as err:
        return fail("journal", err)
    if args.json:
        say(json.dumps([e.to_doc() for e in entries], ensure_ascii=False, indent=1))
        return EXIT_OK
    if not entries:
        say("No journal entries match." if not query.empty else "No journal entries yet.")
        return EXIT_OK
    this_year = clock.now().year
    for entry in entries:
        tags = "  " + " ".join(f"#{t}" for t in entry.tags) if entry.tags else ""
        say(f"{_day(entry.created_at, this_year)}{tags}")
        for line in entry.text.splitlines():
            say(f"  {line}")
        say("")
    if total > len(entries):
        say(f"{total - len(entries)} more, older; -n 0 shows them all.")
    return EXIT_OK


def register_log_journal(log_sub: Sub) -> None:
    journal = log_sub.add_parser(
        "journal",
        help="add a journal entry",
        description="Add a journal entry. TEXT is the words of the entry; - reads them from "
        "standard input. Words written as #word become tags.",
    )
    data_option(journal)
    journal.add_argument("text", nargs="*", metavar="TEXT", help="the entry, or - for stdin")
    journal.add_argument(
        "--tags", metavar="A,B", help="tags, separated by commas"
    ).completer = comma_separated(diary_tags)
    journal.add_argument(
        "--emotions", metavar="A,B", help="emotion words, separated by commas"
    ).completer = comma_separated(emotion_words)
    journal.add_argument("--at", metavar='"YYYY-MM-DD HH:MM"', help="when (default: now)")
    journal.add_argument(
        "--edit",
        action="store_true",
        help="write it in $VISUAL or $EDITOR (starting from TEXT, if given)",
    )
    journal.set_defaults(handler=cmd_log_journal)


def register_journal(sub: Sub, command: Command, rest: Sequence[str] = ()) -> None:
    journal = sub.add_parser(
        "journal",
        help=command.help,
        description="Journal entries, newest first, as text or JSON.",
    )
    data_option(journal)
    journal.add_argument("--search", metavar="WORDS", help="entries holding all these words")
    journal.add_argument(
        "--tag", action="append", metavar="T", help="entries with this tag"
    ).completer = tags
    journal.add_argument("--from", dest="from_", metavar="YYYY-MM-DD", help="first day")
    journal.add_argument("--to", metavar="YYYY-MM-DD", help="last day")
    journal.add_argument(
        "-n",
        type=_how_many,
        metavar="N",
        help=f"the newest N entries; 0 for all (default: {TEXT_DEFAULT} as text, all as JSON)",
    )
    journal.add_argument("--json", action="store_true", help="JSON instead of text")
    journal.set_defaults(handler=cmd_journal)
