"""Reading a file that a person names, whatever kind of file it is, within a limit.

A size on disk says nothing about a device, a named pipe or standard input (their size is
0), and ``/dev/zero`` never ends; so the size is never trusted: at most ``limit`` bytes and
one more are read, and one more means the file is too big. A named pipe that no program
writes to would make a plain ``open`` wait for ever; it is opened without waiting, and if
no program has opened it for writing within a short time it is refused. A pipe that a
program is writing to is read until that program closes it, however long it takes (it may
be asking its own questions first).
"""

from __future__ import annotations

import os
import select
import stat
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from wellbeing_tui.exchange.common import ExchangeError

CHUNK = 1 << 20
WRITER_WAIT = 2.0  # seconds a named pipe may have no program writing to it
_POLL = 0.02


class SourceError(Exception):
    """The file cannot be read as asked; ``reason`` says why, in a few words."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


def too_big(limit: int) -> SourceError:
    return SourceError(f"larger than the {_size(limit)} limit")


def _size(limit: int) -> str:
    if limit >= 1 << 20:
        return f"{limit // (1 << 20)} MB"
    return f"{limit // 1024} KB" if limit >= 1024 else f"{limit} bytes"


def read_bounded(path: Path, limit: int, *, writer_wait: float = WRITER_WAIT) -> bytes:
    """The bytes of ``path`` (at most ``limit``), or ``SourceError``; an ``OSError`` from
    the system (no such file, no permission) is passed on."""
    flags = os.O_RDONLY | getattr(os, "O_NOCTTY", 0) | getattr(os, "O_CLOEXEC", 0)
    nonblocking = getattr(os, "O_NONBLOCK", 0)
    fd = os.open(path, flags | nonblocking)
    try:
        mode = os.fstat(fd).st_mode
        if stat.S_ISDIR(mode):
            raise SourceError("a folder, not a file")
        if nonblocking and (stat.S_ISFIFO(mode) or stat.S_ISSOCK(mode)):
            return _read_pipe(fd, limit, writer_wait)
        os.set_blocking(fd, True)  # a file, a terminal, a device: read as it comes
        return _read_up_to(lambda n: os.read(fd, n), limit)
    finally:
        os.close(fd)


def read_stream(stream: BinaryIO, limit: int) -> bytes:
    """At most ``limit`` bytes of an open stream (standard input), or ``SourceError``."""
    return _read_up_to(stream.read, limit)


def _read_up_to(read: Callable[[int], bytes | None], limit: int) -> bytes:
    chunks: list[bytes] = []
    total = 0
    while total <= limit:
        chunk = read(min(CHUNK, limit + 1 - total))
        if not chunk:
            break
        chunks.append(bytes(chunk))
        total += len(chunk)
    if total > limit:
        raise too_big(limit)
    return b"".join(chunks)


def _read_pipe(fd: int, limit: int, writer_wait: float) -> bytes:
    """A named pipe, opened without waiting: an empty read means no program has it open
    for writing (yet, or any more); a read that would wait means one has."""
    deadline = time.monotonic() + writer_wait
    writer_seen = False
    chunks: list[bytes] = []
    total = 0
    while True:
        try:
            chunk = os.read(fd, min(CHUNK, limit + 1 - total))
        except BlockingIOError:
            writer_seen = True
            select.select([fd], [], [])  # a writer is there: wait for its words or its end
            continue
        if chunk:
            writer_seen = True
            chunks.append(chunk)
            total += len(chunk)
            if total > limit:
                raise too_big(limit)
            continue
        if writer_seen:
            return b"".join(chunks)
        if time.monotonic() >= deadline:
            raise SourceError(
                f"a named pipe that no program wrote to within {writer_wait:g} seconds"
            )
        time.sleep(_POLL)


# Bigger files are refused before they are read: ten years of daily entries are about 6 MB,
# and parsing a file takes several times its size in memory.
MAX_IMPORT_BYTES = 50 * 1024 * 1024
STANDARD_INPUT = "standard input"


@dataclass(frozen=True)
class Source:
    """The bytes of a file to import, with its name for messages."""

    name: str
    raw: bytes
    suffix: str = ""


def read_source(source: Path | BinaryIO) -> Source:
    """A file (or standard input) read within the limit, from any kind of file: a device or
    a pipe has no size to check beforehand. Read before the data file is opened, so a file
    that cannot be imported leaves everything as it was."""
    if not isinstance(source, Path):
        try:
            return Source(STANDARD_INPUT, read_stream(source, MAX_IMPORT_BYTES))
        except SourceError as err:
            raise ExchangeError(f"{STANDARD_INPUT}: {err.reason}") from None
        except OSError as err:
            raise ExchangeError(f"{STANDARD_INPUT}: {err.strerror or err}") from None
    try:
        raw = read_bounded(source, MAX_IMPORT_BYTES)
    except SourceError as err:
        raise ExchangeError(f"{source}: {err.reason}") from None
    except OSError as err:
        raise ExchangeError(f"{source}: {err.strerror or err}") from None
    except UnicodeEncodeError:
        raise ExchangeError(f"{source}: a file name this system cannot use") from None
    return Source(source.name or str(source), raw, source.suffix.lower())
