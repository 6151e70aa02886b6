"""The command line: the full-screen dashboard by default, and subcommands for the shell.

Subcommands never import Textual, so they start quickly. ``main`` builds only the parser of
the command being run and imports only that command's module. ``wellbeing nudge``, which
runs at every shell prompt, does not even build a parser (see ``run``).
"""

from __future__ import annotations

import io  # loaded by Python at start-up, so free
import sys

# Not from typing: importing it costs a prompt-time command (``nudge``) several ms.
TYPE_CHECKING = False

if TYPE_CHECKING:
    from typing import Any, NoReturn

    from wellbeing_tui.cli.parse import main

__all__ = ["main", "run"]


def run() -> NoReturn:
    """The ``wellbeing`` command."""
    replace_what_cannot_be_shown()
    words = sys.argv[1:]
    if words[:1] == ["nudge"] and (len(words) == 1 or (len(words) == 3 and words[1] == "--data")):
        # The form a shell's start-up file uses: answered with the fewest imports.
        # deferred: 3 ms that every other command need not load (import timing)
        from wellbeing_tui.cli.prompt import nudge_now

        raise SystemExit(nudge_now(words[2] if len(words) == 3 else None))
    # deferred: the parser, 34 ms that `wellbeing nudge` at every prompt need not wait for
    # (import timing; bench/cli.py 'nudge')
    from wellbeing_tui.cli.parse import run as run_command

    run_command()


def replace_what_cannot_be_shown() -> None:
    """A character that the locale's encoding has no way to write (a dash or a box line in
    ISO-8859-1) is written as '?', by every command and by the app (which draws on stderr),
    instead of ending in a traceback or drawing its escaped code point. The encoding stays."""
    for stream in (sys.stdout, sys.stderr):
        # Nothing is written yet, so nothing is flushed; a closed stream is left alone.
        if isinstance(stream, io.TextIOWrapper) and not stream.closed:
            stream.reconfigure(errors="replace")


def __getattr__(name: str) -> Any:
    if name == "main":
        from wellbeing_tui.cli.parse import main  # deferred: as in run

        return main
    raise AttributeError(name)
