"""The terminal the app draws on and reads from, made safe to lose at any moment.

Textual's Linux driver writes through a thread with a bounded queue. When the terminal goes
away (the window closed, ``tmux kill-session``, an ssh connection dropped), a write fails;
the writer thread then ends, its queue fills, and the next write blocks the event loop for
good: the app ignored SIGTERM and kept the last words typed in memory. The kernel also sends
SIGCONT with the hang-up, which the driver answered inside the signal handler by starting
application mode again on the closed terminal, in the middle of whatever the loop was doing.

Here a lost terminal only stops the drawing: writes after it are dropped, never raised, so
nothing can block; SIGCONT is answered on the event loop; a terminal that reads as closed
asks the app to close gently, as SIGHUP does; and a last-resort timer ends the process if
closing ever stalls all the same.

Reading keys, a bracketed paste is taken whole here, before Textual's key parser sees it:
that parser reads an escape code inside a paste as keys, which then arrived before the rest
of the paste, out of order.
"""

from __future__ import annotations

import contextlib
import fcntl
import os
import selectors
import sys
import termios
import threading
from codecs import getincrementaldecoder
from collections.abc import Callable, Iterator
from typing import IO, Any

from textual import events
from textual._xterm_parser import XTermParser
from textual.drivers.linux_driver import LinuxDriver

PASTE_START = "\x1b[200~"
PASTE_END = "\x1b[201~"


class _Screen:
    """The terminal's output file, which stops taking writes once the terminal is gone."""

    def __init__(self, file: IO[str], lost: Callable[[], None]) -> None:
        self._file = file
        self._lost = lost
        self.gone = False

    def failed(self) -> None:
        if not self.gone:
            self.gone = True
            self._lost()

    def write(self, text: str) -> int:
        if not self.gone:
            try:
                self._file.write(text)
            except UnicodeEncodeError:  # a character the terminal's encoding lacks
                encoding = getattr(self._file, "encoding", None) or "ascii"
                self.write(text.encode(encoding, "replace").decode(encoding))
            except (OSError, ValueError):  # the terminal is gone, or the file closed
                self.failed()
        return len(text)

    def flush(self) -> None:
        if not self.gone:
            try:
                self._file.flush()
            except (OSError, ValueError):
                self.failed()

    def fileno(self) -> int:
        return self._file.fileno()

    def isatty(self) -> bool:
        return True


class Pastes:
    """Splits what the terminal sends into bracketed pastes, taken whole, and the rest.

    ``feed`` yields ``("keys", text)`` for text to give the key parser and ``("paste",
    text)`` for each whole paste, in the order they came; a marker cut in two between reads
    is kept until the next read."""

    def __init__(self) -> None:
        self._pasting = False
        self._paste: list[str] = []
        self._rest = ""

    def feed(self, text: str) -> Iterator[tuple[str, str]]:
        text = self._rest + text
        self._rest = ""
        while text:
            marker = PASTE_END if self._pasting else PASTE_START
            found = text.find(marker)
            if found < 0:
                keep = _partial_marker(text, marker)
                before, self._rest = text[: len(text) - keep], text[len(text) - keep :]
                if self._pasting:
                    self._paste.append(before)
                elif before:
                    yield ("keys", before)
                return
            if self._pasting:
                self._paste.append(text[:found])
                yield ("paste", "".join(self._paste))
                self._paste.clear()
            elif found:
                yield ("keys", text[:found])
            self._pasting = not self._pasting
            text = text[found + len(marker) :]

    @property
    def held(self) -> str:
        return self._rest

    @property
    def waiting(self) -> bool:
        """Whether the end of what was read might begin a paste marker (a lone ESC, say)."""
        return bool(self._rest) and not self._pasting

    def flush(self) -> Iterator[tuple[str, str]]:
        """At the end of input, or when nothing more came soon after a lone ESC (the
        Escape key itself): whatever is left, as it is."""
        if self._pasting:
            yield ("paste", "".join(self._paste) + self._rest)
        elif self._rest:
            yield ("keys", self._rest)
        self._paste.clear()
        self._rest = ""
        self._pasting = False


def _partial_marker(text: str, marker: str) -> int:
    """How many characters at the end of ``text`` could begin ``marker``."""
    for size in range(min(len(marker) - 1, len(text)), 0, -1):
        if marker.startswith(text[-size:]):
            return size
    return 0


class CalmDriver(LinuxDriver):
    """Textual's Linux driver, for a terminal that may vanish while the app runs."""

    def __init__(self, app: Any, **options: Any) -> None:
        super().__init__(app, **options)
        self._screen = _Screen(self._file, self._terminal_lost)  # type: ignore[arg-type]
        self._file = self._screen  # type: ignore[assignment]
        self._stopped_by_us = False

    @property
    def terminal_gone(self) -> bool:
        return self._screen.gone

    def _terminal_lost(self) -> None:
        """Called from whichever thread noticed: the app closes as after SIGHUP."""
        loop = self._loop
        hang_up = getattr(self._app, "hang_up", None)
        if hang_up is None or loop.is_closed():
            return
        with contextlib.suppress(RuntimeError):  # the loop closed: the app is ending anyway
            loop.call_soon_threadsafe(hang_up)

    def unread(self) -> int:
        """How many bytes the terminal has sent that are not read yet (0 if it cannot say)."""
        try:
            waiting = bytearray(4)
            fcntl.ioctl(self.fileno, termios.FIONREAD, waiting)
        except OSError:
            return 0
        return int.from_bytes(waiting, "little" if sys.byteorder == "little" else "big")

    def _sigtstp_application(self, *args: object) -> None:
        self._stopped_by_us = True
        super()._sigtstp_application(*args)

    def _sigcont_application(self, *_: object) -> None:
        """Carrying on after Ctrl+Z: done on the event loop, not inside the signal handler,
        and not at all once the terminal has gone (a hang-up sends SIGCONT too)."""
        loop = self._loop
        if self.terminal_gone or loop.is_closed() or not self._auto_restart:
            return
        loop.call_soon_threadsafe(self._carry_on)

    def _carry_on(self) -> None:
        """Only after this app stopped itself (Ctrl+Z): a SIGCONT from elsewhere (a hang-up,
        ``kill -CONT``) must not start application mode a second time."""
        if self._stopped_by_us and not self.terminal_gone and self._auto_restart:
            self._stopped_by_us = False
            self.resume_application_mode()

    def run_input_thread(self) -> None:
        """Read keys until the app stops or the terminal closes (then the app is told).

        Textual's own loop selects a closed terminal forever, reading nothing, and ends the
        app with a traceback if a read fails."""
        selector = selectors.SelectSelector()
        selector.register(self.fileno, selectors.EVENT_READ)
        parser = XTermParser(self._debug)
        pastes = Pastes()
        decode = getincrementaldecoder("utf-8")(errors="replace").decode

        def hand_on(parts: Iterator[tuple[str, str]]) -> None:
            for kind, text in parts:
                if kind == "paste":
                    self.process_message(events.Paste(text.replace("\x00", "")))
                else:
                    for event in parser.feed(text):
                        self.process_message(event)

        def read_ready(timeout: float) -> bool:
            """Hand on what there is to read; False once the terminal has closed. What
            might begin a paste marker waits a moment for the rest; if nothing follows,
            it is keys after all (the Escape key, which the parser then times out)."""
            # A lone ESC is the Escape key unless more follows at once; a longer piece of a
            # marker (cut between two reads) gets longer to be completed.
            patience = 0.02 if pastes.held == "\x1b" else 0.5
            ready = selector.select(patience if pastes.waiting else timeout)
            if not ready and pastes.waiting:
                hand_on(pastes.flush())
            for _key, mask in ready:
                if not mask & selectors.EVENT_READ:
                    continue
                try:
                    data = os.read(self.fileno, 4096)
                except OSError:
                    data = b""
                if not data:
                    return False
                hand_on(pastes.feed(decode(data)))
            for event in parser.tick():
                self.process_message(event)
            return True

        try:
            while not self.exit_event.is_set():
                if not read_ready(0.1):
                    hand_on(pastes.flush())
                    self._screen.failed()
                    return
            read_ready(0.05)
            hand_on(pastes.flush())
        finally:
            selector.close()


def end_after(seconds: float) -> None:
    """The last resort: end the process after ``seconds`` if it is still running then.

    Closing normally takes a fraction of that; this only fires if something blocks it (a
    driver or a library waiting on a terminal that is gone). The terminal's settings are put
    back first, and the exit status says that closing did not finish."""

    def end() -> None:
        try:
            if os.isatty(2):
                os.write(2, b"\x1b[?1049l\x1b[?25h")
        finally:
            os._exit(1)

    timer = threading.Timer(seconds, end)
    timer.daemon = True
    timer.start()
