"""What Tab offers for an option's value (argcomplete reads an argument's ``completer``).

A value that is not a path offers its values, or nothing: the parser's default offers no
file names (see ``cli.parse``), and an argument that takes a path says so with ``paths``.
What a completer needs is imported only when Tab asks, so ``log mood`` stays quick.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable, Iterable, Sequence

from wellbeing_tui.domain.table_names import JOURNAL

Completer = Callable[..., list[str]]

MOST_BYTES = 16 * 1024 * 1024  # a larger data file is not read just to offer its tags


def values(words: Iterable[object]) -> Completer:
    """One of ``words``."""
    offered = [str(word) for word in words]

    def complete(**_: object) -> list[str]:
        return offered

    return complete


def paths(prefix: str, **_: object) -> list[str]:
    """File and folder names, for an argument that takes a path."""
    # deferred: 6 ms of every `log mood` (bench/cli.py); only Tab needs it
    from argcomplete.completers import FilesCompleter

    return list(FilesCompleter()(prefix))


def comma_separated(words: Callable[[argparse.Namespace | None], Sequence[str]]) -> Completer:
    """Words separated by commas (``--emotions numb,tired``): after a comma, the words not
    chosen yet, each offered with what was typed before it."""

    def complete(
        prefix: str, parsed_args: argparse.Namespace | None = None, **_: object
    ) -> list[str]:
        head, comma, _last = prefix.rpartition(",")
        chosen = {word.strip() for word in head.split(",")} if comma else set()
        return [head + comma + word for word in words(parsed_args) if word not in chosen]

    return complete


def emotion_words(_: argparse.Namespace | None = None) -> Sequence[str]:
    # deferred: a module (0.3 ms) that `log mood` does not load; only Tab needs it
    from wellbeing_tui.content.emotions import ALL_EMOTIONS

    return ALL_EMOTIONS


def diary_tags(parsed_args: argparse.Namespace | None = None) -> list[str]:
    """The tags of the journal in the data file ``--data`` names, when it is a plain file
    that is quick to read; none for an encrypted one (it is never unlocked for this)."""
    # deferred: the file's reader, 7 ms of every Tab and --help, which build all the parsers
    # (import timing)
    from wellbeing_tui.storage.errors import StoreError
    from wellbeing_tui.storage.fileformat import parse
    from wellbeing_tui.storage.locations import resolve_data_path

    path = resolve_data_path(getattr(parsed_args, "data", None))
    try:
        if path.stat().st_size > MOST_BYTES:
            return []
        tables = parse(path, path.read_bytes())
    except (OSError, StoreError, ValueError):
        return []
    found: set[str] = set()
    for doc in tables.get(JOURNAL, {}).values():
        tags = doc.get("tags")
        if isinstance(tags, list):
            found.update(t for t in tags if isinstance(t, str) and _plain(t))
    return sorted(found)


def tags(prefix: str, parsed_args: argparse.Namespace | None = None, **_: object) -> list[str]:
    """One tag of the diary's journal."""
    return diary_tags(parsed_args)


def _plain(tag: str) -> bool:
    """A tag that can go on a command line as it is: no spaces, no control characters."""
    return tag.isprintable() and not any(c.isspace() for c in tag) and "," not in tag
