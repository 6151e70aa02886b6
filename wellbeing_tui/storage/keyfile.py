"""The key file's format: an age file encrypted with a passphrase (age's scrypt mode,
https://age-encryption.org/v1), written and read here so that a damaged key file is told
apart from a wrong passphrase.

    age-encryption.org/v1
    -> scrypt <salt> <log2 of the work factor>
    <the file key, wrapped with a key derived from the passphrase>
    --- <MAC of the header above>
    <nonce: 16 bytes><the payload, in 64 KiB chunks>

age lets the nonce be any 16 bytes new for the file key, and every key file here has a
new random file key. So the nonce of a key file written here is ``wbk1`` and 12 bytes of
SHA-256 of the text above it: a checksum the standard tools ignore, which says without the
passphrase whether the header is whole. Then a passphrase that does not unwrap the file key
is a wrong passphrase for certain, and one that does tells whether the rest is whole. (For a
key file written elsewhere, or before this, an unwrapping that fails can only be called a
wrong passphrase.)

The work factor is fixed (2^18, as the reference ``age`` tool uses) because the age library
picks its own by timing the machine and often doubles it, which would make every unlock
twice as slow. The library and the ``age`` tool read these files; the tests check it.

A key file made with the ``age`` tool opens too: binary or armored as text (``age -p -a``),
holding the key alone or an identity file as ``age-keygen`` writes it. One that holds a key
in plain text, with no passphrase around it, is refused with the command that protects it.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import os
import re
import shlex
from dataclasses import dataclass
from pathlib import Path

from wellbeing_tui.storage.armor import AGE_MAGIC as MAGIC
from wellbeing_tui.storage.armor import ArmorError, binary
from wellbeing_tui.storage.errors import KeyFileDamaged, KeyFileError, WrongPassphrase

SCRYPT_LABEL = b"age-encryption.org/v1/scrypt"
CHUNK = 64 * 1024
TAG = 16
MARK = b"wbk1"
CHECKSUM_LABEL = b"wellbeing-tui key file\n"
MAX_LOG_N = 20  # beyond this (4 GiB of memory at 22), the age library reads the file
_STANZA = re.compile(rb"-> scrypt ([A-Za-z0-9+/]{22}) ([1-9][0-9]?)\n([A-Za-z0-9+/]{43})\n")


def _b64(data: bytes) -> bytes:
    return base64.b64encode(data).rstrip(b"=")


def _unb64(text: bytes) -> bytes:
    """Canonical unpadded base64, as age writes it (anything else: ``ValueError``)."""
    try:
        data = base64.b64decode(text + b"=" * (-len(text) % 4), validate=True)
    except binascii.Error:
        raise ValueError(text) from None
    if _b64(data) != text:
        raise ValueError(text)
    return data


def _hkdf(key: bytes, salt: bytes, info: bytes) -> bytes:
    """HKDF-SHA-256 with one block of output (RFC 5869), as age uses it."""
    prk = hmac.new(salt or bytes(32), key, hashlib.sha256).digest()
    return hmac.new(prk, info + b"\x01", hashlib.sha256).digest()


def _scrypt(passphrase: str, salt: bytes, log_n: int) -> bytes:
    return hashlib.scrypt(
        passphrase.encode(),
        salt=SCRYPT_LABEL + salt,
        n=2**log_n,
        r=8,
        p=1,
        maxmem=2**31 - 1,
        dklen=32,
    )


def _checksum(text: bytes) -> bytes:
    return MARK + hashlib.sha256(CHECKSUM_LABEL + text).digest()[:12]


def seal_with_passphrase(plain: bytes, passphrase: str, log_n: int) -> bytes:
    """``plain`` as an age file that opens with ``passphrase`` (the scrypt stanza)."""
    # deferred: 9 ms that `wellbeing check`, which reads a key file without opening it, need not
    # wait for (python -X importtime)
    from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305

    file_key = os.urandom(16)
    salt = os.urandom(16)
    body = ChaCha20Poly1305(_scrypt(passphrase, salt, log_n)).encrypt(bytes(12), file_key, None)
    header = MAGIC + b"-> scrypt " + _b64(salt) + b" %d\n" % log_n + _b64(body) + b"\n---"
    mac = hmac.new(_hkdf(file_key, b"", b"header"), header, hashlib.sha256).digest()
    text = header + b" " + _b64(mac) + b"\n"
    nonce = _checksum(text)
    stream = ChaCha20Poly1305(_hkdf(file_key, nonce, b"payload"))
    chunks = [plain[i : i + CHUNK] for i in range(0, len(plain), CHUNK)] or [b""]
    payload = b"".join(
        stream.encrypt(n.to_bytes(11, "big") + bytes([n == len(chunks) - 1]), chunk, None)
        for n, chunk in enumerate(chunks)
    )
    return text + nonce + payload


@dataclass(frozen=True)
class _KeyFile:
    header: bytes  # what the MAC covers: up to and including "---"
    salt: bytes
    log_n: int
    body: bytes
    mac: bytes
    nonce: bytes
    payload: bytes
    checked: bool  # its nonce carries the checksum, which matches


def _parse(raw: bytes) -> _KeyFile:
    """The parts of a key file written as here (``ValueError`` naming what is wrong)."""
    if not raw.startswith(MAGIC):
        raise ValueError("it is not an age passphrase file")
    stanza = _STANZA.match(raw, len(MAGIC))
    if stanza is None or raw[stanza.end() : stanza.end() + 4] != b"--- ":
        raise ValueError("it is cut short, or it is not an age passphrase file")
    end = raw.find(b"\n", stanza.end() + 4)
    if end < 0 or len(raw) < end + 1 + 16 + TAG:
        raise ValueError("it is cut short")
    text, nonce = raw[: end + 1], raw[end + 1 : end + 17]
    ours = sum(a != b for a, b in zip(nonce[:4], MARK, strict=True)) <= 1
    if ours and nonce != _checksum(text):
        raise ValueError("its header does not match its checksum")
    try:
        return _KeyFile(
            header=raw[: stanza.end() + 3],
            salt=_unb64(stanza[1]),
            log_n=int(stanza[2]),
            body=_unb64(stanza[3]),
            mac=_unb64(raw[stanza.end() + 4 : end]),
            nonce=nonce,
            payload=raw[end + 17 :],
            checked=ours,
        )
    except ValueError:
        raise ValueError("its header is not an age passphrase file's") from None


def _binary(raw: bytes) -> bytes:
    """The key file as a binary age file (``ValueError`` for broken armor)."""
    try:
        return binary(raw)
    except ArmorError as err:
        raise ValueError(f"its text armor (age -a) is broken: {err.reason}") from None


def holds_plain_key(raw: bytes) -> bool:
    """Whether the key file is an identity file in plain text (``age-keygen -o``), which
    no passphrase protects."""
    lines = raw[:4096].splitlines()
    return any(line.strip().startswith(b"AGE-SECRET-KEY-1") for line in lines)


def protect_command(key_file: Path) -> str:
    """The commands that encrypt a plain key file with a passphrase, in place."""
    name, new = shlex.quote(str(key_file)), shlex.quote(f"{key_file}.new")
    return f"age -p -o {new} {name} && mv {new} {name}"


def key_file_problem(raw: bytes) -> str | None:
    """What is wrong with a key file, as far as can be told without its passphrase (None:
    nothing that shows; only the passphrase can tell the rest)."""
    try:
        _parse(_binary(raw))
    except ValueError as err:
        return str(err)
    return None


def open_with_passphrase(key_file: Path, raw: bytes, passphrase: str) -> bytes:
    """What the key file holds (``WrongPassphrase``, or ``KeyFileDamaged`` saying what is
    wrong with it: a damaged file is never called a wrong passphrase)."""
    from cryptography.exceptions import InvalidTag  # deferred: as in seal_with_passphrase
    from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305

    if holds_plain_key(raw):
        raise KeyFileError(
            f"the key file {key_file} holds its key in plain text, with no passphrase around "
            "it (anyone who can read it can read the diary); protect it with "
            f"`{protect_command(key_file)}` (age asks for a new passphrase), then try "
            "again; nothing was changed"
        )
    try:
        raw = _binary(raw)
    except ValueError as err:
        raise KeyFileDamaged(key_file, str(err)) from None
    try:
        found = _parse(raw)
    except ValueError as err:
        return _by_the_library(key_file, raw, passphrase, str(err))
    if found.log_n > MAX_LOG_N:
        return _by_the_library(key_file, raw, passphrase, "its work factor is out of range")
    try:
        file_key = ChaCha20Poly1305(_scrypt(passphrase, found.salt, found.log_n)).decrypt(
            bytes(12), found.body, None
        )
    except InvalidTag:
        raise WrongPassphrase(key_file) from None
    mac = hmac.new(_hkdf(file_key, b"", b"header"), found.header, hashlib.sha256).digest()
    if not hmac.compare_digest(mac, found.mac):
        raise KeyFileDamaged(key_file, "its header was changed")
    stream = ChaCha20Poly1305(_hkdf(file_key, found.nonce, b"payload"))
    plain: list[bytes] = []
    payload, start = found.payload, 0
    while True:
        chunk = payload[start : start + CHUNK + TAG]
        last = start + CHUNK + TAG >= len(payload)
        nonce = len(plain).to_bytes(11, "big") + bytes([last])
        try:
            plain.append(stream.decrypt(nonce, chunk, None))
        except InvalidTag:
            raise KeyFileDamaged(key_file, "its contents were changed or cut short") from None
        if last:
            return b"".join(plain)
        start += CHUNK + TAG


def _by_the_library(key_file: Path, raw: bytes, passphrase: str, problem: str) -> bytes:
    """A key file not laid out as here (made with the ``age`` tool, say): the age library
    reads it; if it cannot, the file is damaged in the way ``problem`` says."""
    # deferred: only for a key file this module does not read itself; the age library is
    # 1 ms (python -X importtime)
    from pyrage import DecryptError
    from pyrage import passphrase as age_passphrase

    if not raw.startswith(MAGIC) or b"\n-> scrypt " not in raw[:200]:
        raise KeyFileDamaged(key_file, "it is not an age passphrase file")
    try:
        return bytes(age_passphrase.decrypt(raw, passphrase))
    except DecryptError:
        if problem.startswith("its work factor"):
            raise WrongPassphrase(key_file) from None
        raise KeyFileDamaged(key_file, problem) from None
