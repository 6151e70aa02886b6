"""Encryption from the command line: ``encrypt``, ``decrypt`` and ``passphrase`` (how a
passphrase is read is in ``passphrase.py``)."""

from __future__ import annotations

import argparse
from pathlib import Path

from wellbeing_tui.cli.common import (
    COMMAND_HELP,
    EXIT_OK,
    EXIT_USAGE,
    Sub,
    complain,
    data_option,
    fail,
    say,
)
from wellbeing_tui.cli.passphrase import (
    NO_RECOVERY,
    existing_passphrase,
    new_passphrase,
    passphrase_file,
)
from wellbeing_tui.domain.clock import Clock


def _data_path(args: argparse.Namespace) -> Path:
    from wellbeing_tui.storage.locations import resolve_data_path

    return resolve_data_path(getattr(args, "data", None))


def _usage_or_problem(command: str, err: Exception) -> int:
    from wellbeing_tui.storage.encryption import AlreadyEncrypted, NotEncrypted

    if isinstance(err, AlreadyEncrypted | NotEncrypted):
        complain(f"wellbeing {command}: {err}\n")
        return EXIT_USAGE
    return fail(command, err)


def cmd_encrypt(args: argparse.Namespace, clock: Clock) -> int:
    from wellbeing_tui.storage import StoreError
    from wellbeing_tui.storage.crypt import is_encrypted, key_path
    from wellbeing_tui.storage.encryption import AlreadyEncrypted, encrypt_data_file

    path = _data_path(args)
    if is_encrypted(path):
        return _usage_or_problem("encrypt", AlreadyEncrypted(path))
    if not path.exists():
        complain(f"wellbeing encrypt: there is no data file at {path} yet; nothing was changed\n")
        return EXIT_USAGE
    complain(NO_RECOVERY + "\n")
    passphrase = new_passphrase(passphrase_file(args))
    try:
        count = encrypt_data_file(path, passphrase)
    except StoreError as err:
        return _usage_or_problem("encrypt", err)
    backups = count - 1
    say(
        f"Encrypted {path.name}"
        + (f" and {backups} backup{'s' if backups != 1 else ''}" if backups else "")
        + f". Its key is in {key_path(path).name}, beside it: keep the two together. "
        "Every later save is encrypted too."
    )
    return EXIT_OK


def cmd_decrypt(args: argparse.Namespace, clock: Clock) -> int:
    from wellbeing_tui.storage import StoreError
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
        f"Decrypted {path.name} and its backups ({count} file{'s' if count != 1 else ''}): "
        "they are plain JSON again, readable by anyone who can read the files."
    )
    return EXIT_OK


def cmd_passphrase(args: argparse.Namespace, clock: Clock) -> int:
    from wellbeing_tui.storage import StoreError
    from wellbeing_tui.storage.crypt import is_encrypted, key_path
    from wellbeing_tui.storage.encryption import NotEncrypted, change_passphrase

    path = _data_path(args)
    if not is_encrypted(path):
        return _usage_or_problem("passphrase", NotEncrypted(path))
    old = existing_passphrase(args, path)
    complain(NO_RECOVERY + "\n")
    new = new_passphrase(args.new_passphrase_file, "--new-passphrase-file")
    try:
        change_passphrase(path, old, new)
    except StoreError as err:
        return _usage_or_problem("passphrase", err)
    say(f"The passphrase is changed; only {key_path(path).name} was rewritten.")
    return EXIT_OK


def register_secure_commands(sub: Sub, name: str) -> None:
    parser = sub.add_parser(name, help=COMMAND_HELP[name], description=COMMAND_HELP[name] + ".")
    data_option(parser)
    handler = {"encrypt": cmd_encrypt, "decrypt": cmd_decrypt, "passphrase": cmd_passphrase}
    if name == "passphrase":
        parser.add_argument(
            "--new-passphrase-file",
            metavar="PATH",
            help="read the new passphrase from the first line of PATH instead of asking twice",
        )
    parser.set_defaults(handler=handler[name])
