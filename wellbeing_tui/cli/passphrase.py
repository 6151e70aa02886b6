"""How every command gets the passphrase of an encrypted data file, and its key.

A passphrase comes from the first line of the file that ``--passphrase-file`` (or
``$WELLBEING_PASSPHRASE_FILE``) names, for scripts, or else is asked for on the terminal,
hidden. It is held as a ``Secret``, which never shows itself in a traceback or a log, and it
is never put in an argument or the environment of another process.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from wellbeing_tui.domain.errors import ValidationError

if TYPE_CHECKING:
    from wellbeing_tui.storage.crypt import Cipher, Secret

PASSPHRASE_FILE_ENV = "WELLBEING_PASSPHRASE_FILE"
OPTION = "--passphrase-file"
NO_RECOVERY = (
    "Before you choose a passphrase: if it is forgotten, no one can recover it, not even "
    "with this program, and without it the diary cannot be read. Keep it somewhere safe."
)


def passphrase_file(args: argparse.Namespace) -> str | None:
    return getattr(args, "passphrase_file", None) or os.environ.get(PASSPHRASE_FILE_ENV) or None


def read_passphrase_file(name: str, option: str = OPTION) -> Secret:
    from wellbeing_tui.storage.crypt import Secret

    try:
        text = Path(name).expanduser().read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as err:
        reason = err.strerror if isinstance(err, OSError) else "it is not UTF-8 text"
        raise ValidationError(option, f"cannot read the passphrase from {name}: {reason}") from None
    lines = text.splitlines()
    if not lines or not lines[0]:
        raise ValidationError(option, f"{name} is empty: its first line is the passphrase")
    return Secret(lines[0])


def has_terminal() -> bool:
    """Whether a passphrase can be asked for (a command in a pipe still has its terminal)."""
    if os.name == "nt":  # pragma: no cover - Windows
        return sys.stdin.isatty()
    try:
        os.close(os.open("/dev/tty", os.O_RDWR))
    except OSError:
        return False
    return True


def ask(prompt: str) -> Secret:
    import getpass

    from wellbeing_tui.storage.crypt import Secret

    try:
        return Secret(getpass.getpass(prompt))
    except (EOFError, KeyboardInterrupt):
        raise ValidationError(OPTION, "no passphrase was given; nothing was changed") from None


def no_terminal(why: str) -> ValidationError:
    return ValidationError(
        OPTION,
        f"{why}, and there is no terminal to ask for its passphrase: give it with "
        f"{OPTION} PATH or ${PASSPHRASE_FILE_ENV}",
    )


def existing_passphrase(args: argparse.Namespace, path: Path) -> Secret:
    name = passphrase_file(args)
    if name:
        return read_passphrase_file(name)
    if not has_terminal():
        raise no_terminal(f"{path} is encrypted")
    return ask(f"Passphrase for {path.name}: ")


def new_passphrase(name: str | None, option: str = OPTION) -> Secret:
    """A new passphrase: from the file ``name``, or typed twice on the terminal."""
    if name:
        return read_passphrase_file(name, option)
    if not has_terminal():
        raise no_terminal("a new passphrase is needed")
    first = ask("New passphrase: ")
    if not first:
        raise ValidationError(OPTION, "an empty passphrase protects nothing; nothing was changed")
    if ask("The same passphrase again: ") != first:
        raise ValidationError(OPTION, "the two passphrases differ; nothing was changed")
    return first


def cipher_for(args: argparse.Namespace, path: Path) -> Cipher | None:
    """The unlocked key of an encrypted data file (None for a plain one): one key
    derivation. A wrong passphrase is ``WrongPassphrase`` (exit 1, nothing written)."""
    from wellbeing_tui.storage.crypt import is_encrypted, key_path, unlock

    if not is_encrypted(path):
        return None
    return unlock(key_path(Path(os.path.realpath(path))), existing_passphrase(args, path))
