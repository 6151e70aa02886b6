"""``wellbeing merge-driver %O %A %B``: git's merge driver for the data file.

With ``.gitattributes`` holding ``wellbeing.json merge=wellbeing`` and
``git config merge.wellbeing.driver "wellbeing merge-driver %O %A %B"``, git hands every
merge of the diary to this command instead of writing conflict markers into it: the other
branch's version (%B) is merged into this one's (%A) by the same rules as ``wellbeing
merge`` (every record of both, the newer version of each, deletes kept), and the result is
written to %A. The common ancestor (%O) is not needed: deletes are remembered in the file.

An encrypted diary is opened with its key file (``NAME.key.age`` beside the diary: the one
named by an optional fourth argument, %P, or by ``--data``, else the only one in the folder
git runs the driver in, the top of the work tree) and the passphrase in
``--passphrase-file`` or ``$WELLBEING_PASSPHRASE_FILE``; it never asks. Exit 0 when merged;
1 when a side cannot be read or no key is at hand, and git then leaves the conflict.
"""

from __future__ import annotations

import argparse
from datetime import UTC
from pathlib import Path
from typing import TYPE_CHECKING

from wellbeing_tui.cli.common import EXIT_OK, EXIT_PROBLEM, Sub, complain, data_option
from wellbeing_tui.cli.passphrase import PASSPHRASE_FILE_ENV, passphrase_file, unlock_with_file
from wellbeing_tui.domain.clock import Clock
from wellbeing_tui.domain.errors import ValidationError
from wellbeing_tui.domain.fields import iso

if TYPE_CHECKING:
    from collections.abc import Sequence

    from wellbeing_tui.cli.commands import Command
    from wellbeing_tui.storage.crypt import Cipher

NAME = "wellbeing merge-driver"


class NoKey(Exception):
    """An encrypted side, and no key or passphrase to open it with."""


def _key_file(args: argparse.Namespace) -> Path | None:
    """The key file of the diary being merged (see the module's notes)."""
    # deferred: 7 ms of every Tab and --help, which build all the parsers (import timing)
    from wellbeing_tui.storage.crypt import key_path

    named = args.path or getattr(args, "data", None)
    if named:
        return key_path(Path(named).expanduser())
    found = sorted(Path.cwd().glob("*.key.age"))
    return found[0] if len(found) == 1 else None


def _cipher(args: argparse.Namespace, sides: list[Path]) -> Cipher | None:
    from wellbeing_tui.storage.crypt import is_encrypted  # deferred: as in _key_file

    if not any(is_encrypted(side) for side in sides):
        return None
    name = passphrase_file(args)
    key = _key_file(args)
    if not name:
        raise NoKey(
            f"the diary is encrypted and no passphrase is at hand: set ${PASSPHRASE_FILE_ENV} "
            "to a file holding it (or add --passphrase-file PATH to the driver's line in git "
            "config); git keeps the conflict until then"
        )
    if key is None or not key.exists():
        raise NoKey(
            "the diary is encrypted and its key file (NAME.key.age) was not found: add %P to "
            "the driver's line in git config (wellbeing merge-driver %O %A %B %P); git keeps "
            "the conflict until then"
        )
    return unlock_with_file(key, name)


def cmd_merge_driver(args: argparse.Namespace, clock: Clock) -> int:
    # deferred: merging is 24 ms of every Tab and --help, which build all the parsers
    # (import timing)
    from wellbeing_tui.storage.errors import StoreError
    from wellbeing_tui.storage.file_merge import merge_into

    ours, theirs = Path(args.ours), Path(args.theirs)
    try:
        cipher = _cipher(args, [ours, theirs])
        merge_into(ours, theirs, cipher, iso(clock.now().astimezone(UTC)))
    except (NoKey, ValidationError) as err:
        complain(f"{NAME}: {err}\n")
        return EXIT_PROBLEM
    except StoreError as err:
        where, problem = getattr(err, "path", None), getattr(err, "problem", None)
        if where not in (ours, theirs) or problem is None:
            complain(f"{NAME}: {err}; git keeps the conflict\n")  # the key, say
        else:
            side = "the other branch's diary" if where == theirs else "this branch's diary"
            complain(f"{NAME}: {side} cannot be read: {problem}; git keeps the conflict\n")
        return EXIT_PROBLEM
    return EXIT_OK


def register_merge_driver(sub: Sub, command: Command, rest: Sequence[str] = ()) -> None:
    driver = sub.add_parser(
        "merge-driver",
        help=command.help,
        description="git's merge driver for the data file: merges the other branch's diary "
        "(THEIRS) into this branch's (OURS), writes the result to OURS and exits 0, so a "
        "merge never leaves conflict markers in the diary. Set it up with .gitattributes "
        "(wellbeing.json merge=wellbeing) and git config merge.wellbeing.driver "
        '"wellbeing merge-driver %O %A %B".',
    )
    data_option(driver)
    driver.add_argument("ancestor", metavar="ANCESTOR", help="%%O: the common ancestor (unused)")
    driver.add_argument("ours", metavar="OURS", help="%%A: this branch's diary; the result")
    driver.add_argument("theirs", metavar="THEIRS", help="%%B: the other branch's diary")
    driver.add_argument(
        "path", metavar="PATH", nargs="?", help="%%P: the diary's path (finds its key file)"
    )
    driver.set_defaults(handler=cmd_merge_driver)
