"""How every command gets the passphrase of an encrypted data file, and its key.

A passphrase comes from the first line of the file that ``--passphrase-file`` (or
``$WELLBEING_PASSPHRASE_FILE``) names, for scripts (a byte-order mark before it is not part
of it; a named pipe is read when a program writes to it, and refused when none does), or
else is asked for on the terminal, hidden. It is held as a ``Secret``, which never shows
itself in a traceback or a log, and it is never put in an argument or the environment of
another process.
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


# A passphrase file holds one line; anything much bigger is not one (and /dev/zero never ends).
PASSPHRASE_FILE_LIMIT = 64 * 1024
BOM = "\ufeff"  # written first by some editors that save UTF-8 (Notepad, PowerShell 5)


def _passphrases(name: str, option: str) -> list[Secret]:
    """The passphrase in the file ``name`` (its first line, after a byte-order mark if the
    file starts with one), then, if it started with one, the line with the mark kept, as
    versions before this one read it: a key made with that still opens."""
    # deferred: 16 ms of every `log mood` without a passphrase file, and crypt 7 ms of every Tab and
    # --help (import timing)
    from wellbeing_tui.exchange.source import SourceError, read_bounded
    from wellbeing_tui.storage.crypt import Secret

    def cannot(reason: str) -> ValidationError:
        return ValidationError(option, f"cannot read the passphrase from {name}: {reason}")

    try:
        raw = read_bounded(Path(name).expanduser(), PASSPHRASE_FILE_LIMIT)
        text = raw.decode("utf-8")
    except SourceError as err:
        raise cannot(err.reason) from None
    except OSError as err:
        raise cannot(err.strerror or str(err)) from None
    except UnicodeError:
        raise cannot("it is not UTF-8 text") from None
    first = _first_line(text.removeprefix(BOM))
    if not first:
        raise ValidationError(option, f"{name} is empty: its first line is the passphrase")
    found = [Secret(first)]
    if text.startswith(BOM):
        found.append(Secret(_first_line(text)))
    return found


def _first_line(text: str) -> str:
    lines = text.splitlines()
    return lines[0] if lines else ""


def read_passphrase_file(name: str, option: str = OPTION) -> Secret:
    """The first line of the file ``name``: a byte-order mark before it and the line
    ending after it are not part of the passphrase. A named pipe that no program writes
    to, a device that never ends, or more than a passphrase file holds is refused in one
    line instead of waiting for ever."""
    return _passphrases(name, option)[0]


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
    import getpass  # deferred: as in _passphrases

    from wellbeing_tui.storage.crypt import Secret  # deferred: as above

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
    found = unlocked(args, path)
    return found[0] if found else None


def unlocked(args: argparse.Namespace, path: Path) -> tuple[Cipher, Secret] | None:
    """``cipher_for``'s key, with the passphrase that opened it (None for a plain file)."""
    # deferred: as in _passphrases
    from wellbeing_tui.storage.crypt import is_encrypted, key_path, unlock
    from wellbeing_tui.storage.errors import KeyFileError

    if not is_encrypted(path):
        return None
    key = key_path(Path(os.path.realpath(path)))
    name = passphrase_file(args)
    try:
        if name:
            return unlocked_with_file(key, name)
        passphrase = existing_passphrase(args, path)
        return unlock(key, passphrase), passphrase
    except KeyFileError:
        if not os.path.lexists(key) and not is_encrypted(path):
            return None  # decrypted by another command meanwhile: it opens as it is now
        raise


def unlock_with_file(key: Path, name: str) -> Cipher:
    """The key in ``key`` unlocked with the passphrase in the file ``name``. A file that
    starts with a byte-order mark is tried without it, then with it (as versions before
    this one read it), so a key made either way opens; ``WrongPassphrase`` otherwise."""
    return unlocked_with_file(key, name)[0]


def unlocked_with_file(key: Path, name: str) -> tuple[Cipher, Secret]:
    """``unlock_with_file``'s key, with the passphrase that opened it."""
    from wellbeing_tui.storage.crypt import unlock  # deferred: as in _passphrases
    from wellbeing_tui.storage.errors import WrongPassphrase

    *tries, last = _passphrases(name, OPTION)
    for passphrase in tries:
        try:
            return unlock(key, passphrase), passphrase
        except WrongPassphrase:
            continue
    return unlock(key, last), last


def settle_key_copies(path: Path, found: tuple[Cipher, Secret] | None) -> str | None:
    """Copies of the key file a sync engine left beside it, judged with the passphrase
    (see ``storage/key_conflicts.py``): the sentence to tell, or ``KeyConflict``. Only the
    folder is listed when there are none."""
    # deferred: 14 ms of every Tab and --help, which build all the parsers (import timing)
    from wellbeing_tui.storage.key_conflicts import key_copies, settle_key_copies

    real = Path(os.path.realpath(path))
    if found is None or not key_copies(real):
        return None
    return settle_key_copies(real, *found)
