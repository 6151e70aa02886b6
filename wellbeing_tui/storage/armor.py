"""age files as text: the ASCII armor that ``age -a`` writes, read strictly.

The age format (https://age-encryption.org/v1, "ASCII armor") wraps a binary age file in
the strict PEM encoding of RFC 7468: a ``-----BEGIN AGE ENCRYPTED FILE-----`` line, padded
base64 in lines of exactly 64 columns (the last one may be shorter), and a
``-----END AGE ENCRYPTED FILE-----`` line. Anything else is refused, as the format asks
(armor that is not canonical could be changed without the key noticing), except what it
lets a reader accept: blank space before and after the block (at most 1024 bytes of it, as
the reference ``age`` reads it) and line endings of LF or CRLF.

The app writes binary age files; it reads both. Nothing of the file's own text is ever put
in a message: only what is wrong and on which line.
"""

from __future__ import annotations

import base64
import binascii

AGE_MAGIC = b"age-encryption.org/v1\n"
BEGIN = b"-----BEGIN AGE ENCRYPTED FILE-----"
END = b"-----END AGE ENCRYPTED FILE-----"
COLUMNS = 64
LINE_BYTES = COLUMNS // 4 * 3
MAX_BLANK = 1024  # bytes of blank space allowed before and after the block
BLANK = b" \t\r\n\v\f"
# What a sniff reads of a file: the blank space allowed, the BEGIN line, and a little more.
SNIFF_BYTES = MAX_BLANK + 2 * len(BEGIN)


class ArmorError(ValueError):
    """The armor is not as the age format writes it; ``reason`` says how, in a few words."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


def is_armored(raw: bytes) -> bool:
    """Whether ``raw`` begins (after blank space) as armored age text: whether it is whole
    is for ``dearmor`` to say."""
    return raw[:SNIFF_BYTES].lstrip(BLANK).startswith(BEGIN)


def looks_like_age(raw: bytes) -> bool:
    """A binary age file, or one armored as text."""
    return raw.startswith(AGE_MAGIC) or is_armored(raw)


def binary(raw: bytes) -> bytes:
    """The binary age file: ``raw`` itself, or the armored text decoded (``ArmorError``)."""
    return dearmor(raw) if is_armored(raw) else raw


def _lines(raw: bytes) -> list[bytes]:
    """The lines of ``raw``, each without its LF or CRLF."""
    return [line.removesuffix(b"\r") for line in raw.split(b"\n")]


def _decoded(line: bytes, number: int, last: bool) -> bytes:
    if len(line) > COLUMNS:
        raise ArmorError(f"line {number} is longer than {COLUMNS} columns")
    if not last and len(line) < COLUMNS:
        raise ArmorError(f"line {number} is shorter than {COLUMNS} columns but is not the last")
    if not line:
        raise ArmorError(f"line {number} is blank")
    try:
        data = base64.b64decode(line, validate=True)
    except (binascii.Error, ValueError):
        raise ArmorError(f"line {number} is not base64") from None
    if base64.b64encode(data) != line:
        raise ArmorError(f"line {number} is not base64 as age writes it (its last bits are set)")
    if not last and len(data) != LINE_BYTES:
        raise ArmorError(f"line {number} ends with padding but is not the last")
    return data


def dearmor(raw: bytes) -> bytes:
    """The binary age file inside armored text, or ``ArmorError`` saying what is wrong."""
    lines = _lines(raw)
    start, blank = 0, 0
    while start < len(lines) and not lines[start].strip(BLANK):
        blank += len(lines[start]) + 1
        start += 1
    if blank > MAX_BLANK:
        raise ArmorError(f"more than {MAX_BLANK} bytes of blank space come before it")
    if start == len(lines) or lines[start] != BEGIN:
        raise ArmorError("its first line is not -----BEGIN AGE ENCRYPTED FILE-----")
    try:
        end = lines.index(END, start + 1)
    except ValueError:
        raise ArmorError(
            "it is cut short: no -----END AGE ENCRYPTED FILE----- line follows"
        ) from None
    body = lines[start + 1 : end]
    if not body:
        raise ArmorError("nothing comes between its BEGIN and END lines")
    data = b"".join(
        _decoded(line, start + 2 + n, n == len(body) - 1) for n, line in enumerate(body)
    )
    after = b"\n".join(lines[end + 1 :])
    if after.strip(BLANK):
        raise ArmorError(f"something other than blank space follows its END line (line {end + 1})")
    if len(after) > MAX_BLANK:
        raise ArmorError(f"more than {MAX_BLANK} bytes of blank space follow it")
    return data
