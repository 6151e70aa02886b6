"""Encryption from the command line: ``encrypt``, ``decrypt`` and ``passphrase`` (how a
passphrase is read is in ``passphrase.py``)."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from wellbeing_tui.cli.common import (
    EXIT_OK,
    EXIT_USAGE,
    Sub,
    complain,
    data_option,
    fail,
    say,
)
from wellbeing_tui.cli.completers import paths
from wellbeing_tui.cli.passphrase import (
    NO_RECOVERY,
    existing_passphrase,
    new_passphrase,
    passphrase_file,
)
from wellbeing_tui.domain.clock import Clock

if TYPE_CHECKING:
    from collections.abc import Sequence

    from wellbeing_tui.cli.commands import Command


def _data_path(args: argparse.Namespace) -> Path:
    # deferred: 1 ms of every Tab and --help, which build all the parsers (import timing)
    from wellbeing_tui.storage.locations import resolve_data_file

    return resolve_data_file(getattr(args, "data", None))


def _usage_or_problem(command: str, err: Exception) -> int:
    # deferred: 15 ms of every Tab and --help, which build all the parsers (import timing)
    from wellbeing_tui.storage.encryption import AlreadyEncrypted, NotEncrypted

    if isinstance(err, AlreadyEncrypted | NotEncrypted):
        complain(f"wellbeing {command}: {err}\n")
        return EXIT_USAGE
    return fail(command, err)


def _files(count: int, what: str) -> str:
    return f"{count} {what}{'s' if count != 1 else ''}"


def _warn_before_choosing(chosen_in: str | None) -> None:
    """Say that a forgotten passphrase cannot be recovered before one is typed; one read
    from a file was chosen already, so the warning follows a success instead (a failure
    stays one line)."""
    if not chosen_in:
        complain(NO_RECOVERY + "\n")


def cmd_encrypt(args: argparse.Namespace, clock: Clock) -> int:
    from wellbeing_tui.storage import StoreError  # deferred: as in _usage_or_problem
    from wellbeing_tui.storage.crypt import is_encrypted, key_path
    from wellbeing_tui.storage.encryption import (
        AlreadyEncrypted,
        encrypt_data_file,
        plain_backups,
    )

    path = _data_path(args)
    try:
        finishing = is_encrypted(path)  # a decrypt that was stopped left plain backups?
        if finishing and not plain_backups(path):
            return _usage_or_problem("encrypt", AlreadyEncrypted(path))
    except StoreError as err:
        return _usage_or_problem("encrypt", err)
    if not path.exists():
        complain(f"wellbeing encrypt: there is no data file at {path} yet; nothing was changed\n")
        return EXIT_USAGE
    # A key already there (an encrypt or decrypt that did not finish) is used again: the
    # passphrase that opens it is asked for once.
    new = not (finishing or key_path(path).exists())
    if new:
        _warn_before_choosing(passphrase_file(args))
        passphrase = new_passphrase(passphrase_file(args))
    else:
        passphrase = existing_passphrase(args, path)
    try:
        count = encrypt_data_file(path, passphrase)
    except StoreError as err:
        return _usage_or_problem("encrypt", err)
    if finishing:
        say(f"Encrypted {_files(count, 'plain backup')} beside {path.name}, as it is.")
        return EXIT_OK
    backups = count - 1
    say(
        f"Encrypted {path.name}"
        + (f" and {_files(backups, 'backup')}" if backups else "")
        + f". Its key is in {key_path(path).name}, beside it: keep the two together. "
        "Every later save is encrypted too."
    )
    if new and passphrase_file(args):
        complain(NO_RECOVERY + "\n")
    return EXIT_OK


def cmd_decrypt(args: argparse.Namespace, clock: Clock) -> int:
    from wellbeing_tui.storage import StoreError  # deferred: as in _usage_or_problem
    from wellbeing_tui.storage.crypt import is_encrypted, key_path
    from wellbeing_tui.storage.encryption import NotEncrypted, decrypt_data_file

    path = _data_path(args)
    if not is_encrypted(path) and not key_path(path).exists():
        return _usage_or_problem("decrypt", NotEncrypted(path))
    passphrase = existing_passphrase(args, path)
    try:
        count = decrypt_data_file(path, passphrase)
    except StoreError as err:
        return _usage_or_problem("decrypt", err)
    say(
        f"Decrypted {path.name} and its backups ({_files(count, 'file')}): "
        "they are plain JSON again, readable by anyone who can read the files."
    )
    return EXIT_OK


def cmd_passphrase(args: argparse.Namespace, clock: Clock) -> int:
    from wellbeing_tui.storage import StoreError  # deferred: as in _usage_or_problem
    from wellbeing_tui.storage.crypt import is_encrypted, key_path
    from wellbeing_tui.storage.encryption import NotEncrypted, change_passphrase

    path = _data_path(args)
    if not is_encrypted(path):
        return _usage_or_problem("passphrase", NotEncrypted(path))
    old = existing_passphrase(args, path)
    _warn_before_choosing(args.new_passphrase_file)
    new = new_passphrase(args.new_passphrase_file, "--new-passphrase-file")
    try:
        change_passphrase(path, old, new)
    except StoreError as err:
        return _usage_or_problem("passphrase", err)
    say(f"The passphrase is changed; only {key_path(path).name} was rewritten.")
    if args.new_passphrase_file:
        complain(NO_RECOVERY + "\n")
    return EXIT_OK


def register_secure_commands(sub: Sub, command: Command, rest: Sequence[str] = ()) -> None:
    name = command.name
    parser = sub.add_parser(name, help=command.help, description=command.help + ".")
    data_option(parser)
    handler = {"encrypt": cmd_encrypt, "decrypt": cmd_decrypt, "passphrase": cmd_passphrase}
    if name == "passphrase":
        parser.add_argument(
            "--new-passphrase-file",
            metavar="PATH",
            help="read the new passphrase from the first line of PATH instead of asking twice",
        ).completer = paths
    parser.set_defaults(handler=handler[name])
