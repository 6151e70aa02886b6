"""Encryption at rest in the standard age format (https://age-encryption.org/v1).

An encrypted data file is an age file to one X25519 recipient. Its identity (the secret key)
lives beside it in ``<data file>.key.age``: an age file encrypted with the passphrase (age's
scrypt mode). So a save only encrypts to the recipient (no key derivation), opening derives
the key once per process, a new passphrase rewrites only the small key file, and anyone can
get their diary back with the ordinary ``age`` tool (which asks for the passphrase of the
key file itself), without the key ever on disk in plain:

    age -d -i wellbeing.json.key.age -o wellbeing-plain.json wellbeing.json

The app writes binary age files and reads armored ones too (``age -a``, see ``armor.py``);
the key file may hold an identity file as ``age-keygen`` writes it (comments, several
keys). The age library (``pyrage``, a binding of the Rust implementation) encrypts and
decrypts the data. The key file is written and read in ``keyfile.py``, which tells a
damaged key file from a wrong passphrase.
"""

from __future__ import annotations

import hmac
import os
import stat
from pathlib import Path
from typing import Any

from wellbeing_tui.storage.armor import AGE_MAGIC as MAGIC
from wellbeing_tui.storage.armor import SNIFF_BYTES, ArmorError, binary, looks_like_age
from wellbeing_tui.storage.errors import DataFileError, KeyFileError

SCRYPT_LOG_N = 18  # what the reference age tool uses: about a second here


class Secret:
    """A passphrase that never shows itself: not in a traceback's locals, a log or a repr."""

    __slots__ = ("_value",)

    def __init__(self, value: str) -> None:
        self._value = value

    def reveal(self) -> str:
        return self._value

    def __bool__(self) -> bool:
        return bool(self._value)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Secret) and hmac.compare_digest(
            self._value.encode(), other._value.encode()
        )

    def __hash__(self) -> int:
        return 0

    def __repr__(self) -> str:
        return "Secret(hidden)"

    __str__ = __repr__


def key_path(data: Path) -> Path:
    return data.with_name(data.name + ".key.age")


def is_age(raw: bytes) -> bool:
    """An age file, binary or armored as text (whether the armor is whole is not checked)."""
    return looks_like_age(raw)


def age_shape(raw: bytes) -> str | None:
    """What is wrong with the outside of an age file, binary or armored (None: it looks
    whole). Only the key can tell whether the inside is whole too."""
    try:
        raw = binary(raw)
    except ArmorError as err:
        return f"its text armor (age -a) is broken: {err.reason}"
    if not raw.startswith(MAGIC):
        return "it is not an age file"
    header, sep, rest = raw.partition(b"\n---")
    if not sep or b"\n" not in rest:
        return "its age header is cut short"
    if b"\n-> X25519 " not in header and b"\n-> scrypt " not in header:
        return "its age header names no key"
    return None


def is_encrypted(path: Path) -> bool:
    """Whether the file at ``path`` is an age file (False when it is missing, unreadable or
    not a regular file: a pipe would hang the read)."""
    try:
        if not stat.S_ISREG(os.stat(path).st_mode):
            return False
        with open(path, "rb") as handle:
            return is_age(handle.read(SNIFF_BYTES))
    except OSError:
        return False


def identity_lines(text: str) -> list[str]:
    """The keys in an identity file as ``age-keygen`` writes it: one a line, with lines
    starting with ``#`` (its date and public key) and blank lines left out."""
    lines = (line.strip() for line in text.splitlines())
    return [line for line in lines if line and not line.startswith("#")]


class Cipher:
    """A data file's unlocked identity (or identities, from an identity file holding
    several): decrypts with any of them and encrypts to all of them, so that any one of
    them keeps opening the file."""

    def __init__(self, identity: str, where: str = "the key file") -> None:
        # deferred: the age library is 1 ms of every `log mood` on a plain file
        # (python -X importtime)
        from pyrage import x25519

        found = list(dict.fromkeys(identity_lines(identity)))  # a key given twice, once
        if not found:
            raise KeyFileError(f"{where} does not hold an age key")
        try:
            self._identities: list[Any] = [x25519.Identity.from_str(line) for line in found]
        except Exception:  # the library's own error type for a bad key; the key is not shown
            raise KeyFileError(
                f"{where} does not hold an age key (AGE-SECRET-KEY-1...) on every line "
                "that is not a comment"
            ) from None
        self._recipients: list[Any] = [i.to_public() for i in self._identities]

    @classmethod
    def generate(cls) -> Cipher:
        from pyrage import x25519  # deferred: as in __init__

        return cls(str(x25519.Identity.generate()))

    def seal(self, plain: bytes) -> bytes:
        import pyrage  # deferred: as in __init__

        return bytes(pyrage.encrypt(plain, self._recipients))

    def open(self, path: Path, sealed: bytes) -> bytes:
        """The plain bytes of ``sealed``, an age file binary or armored (``DataFileError``
        for broken armor, ``KeyFileError`` for a file this key does not open)."""
        import pyrage  # deferred: as in __init__

        try:
            sealed = binary(sealed)
        except ArmorError as err:
            raise DataFileError(path, f"its text armor (age -a) is broken: {err.reason}") from None
        try:
            return bytes(pyrage.decrypt(sealed, self._identities))
        except pyrage.DecryptError:
            raise KeyFileError(
                f"{path} cannot be decrypted with its key file {key_path(path).name} (the key "
                "belongs to another file, or the file is damaged); nothing was changed"
            ) from None

    def key_file_bytes(self, passphrase: Secret) -> bytes:
        """The identities, one a line, encrypted with ``passphrase`` as an age scrypt file."""
        text = "".join(f"{identity}\n" for identity in self._identities)
        return scrypt_encrypt(text.encode(), passphrase)


def unlock(key_file: Path, passphrase: Secret) -> Cipher:
    """The identity in ``key_file``, decrypted with ``passphrase`` (one key derivation).
    ``WrongPassphrase`` only when the key file is whole; a damaged one is
    ``KeyFileDamaged``."""
    # deferred: 3 ms of every `log mood` on a plain file (python -X importtime)
    from wellbeing_tui.storage.keyfile import open_with_passphrase

    try:
        sealed = key_file.read_bytes()
    except FileNotFoundError:
        raise KeyFileError(
            f"the key file {key_file} is missing: an encrypted data file cannot be opened "
            "without it (a copy of it from a backup works)"
        ) from None
    except OSError as err:
        raise KeyFileError(f"the key file {key_file} cannot be read: {err.strerror}") from None
    try:
        identity = open_with_passphrase(key_file, sealed, passphrase.reveal()).decode()
    except UnicodeDecodeError:
        raise KeyFileError(f"the key file {key_file} does not hold an age key") from None
    return Cipher(identity, f"the key file {key_file}")


def scrypt_encrypt(plain: bytes, passphrase: Secret, log_n: int | None = None) -> bytes:
    """``plain`` as an age file that opens with ``passphrase`` (the scrypt stanza)."""
    from wellbeing_tui.storage.keyfile import seal_with_passphrase  # deferred: as in unlock

    return seal_with_passphrase(plain, passphrase.reveal(), log_n or SCRYPT_LOG_N)
