"""The command line: the full-screen dashboard by default, and subcommands for the shell.

Subcommands never import Textual, so they start quickly. ``main`` builds only the parser of
the command being run and imports only that command's module. ``wellbeing nudge``, which
runs at every shell prompt, does not even build a parser (see ``run``).
"""

from __future__ import annotations

import sys

# Not from typing: importing it costs a prompt-time command (``nudge``) several ms.
TYPE_CHECKING = False

if TYPE_CHECKING:
    from typing import Any, NoReturn

    from wellbeing_tui.cli.parse import main

__all__ = ["main", "run"]


def run() -> NoReturn:
    """The ``wellbeing`` command."""
    words = sys.argv[1:]
    if words[:1] == ["nudge"] and (len(words) == 1 or (len(words) == 3 and words[1] == "--data")):
        # The form a shell's start-up file uses: answered with the fewest imports.
        from wellbeing_tui.cli.prompt import nudge_now

        raise SystemExit(nudge_now(words[2] if len(words) == 3 else None))
    from wellbeing_tui.cli.parse import run as run_command

    run_command()


def __getattr__(name: str) -> Any:
    if name == "main":
        from wellbeing_tui.cli.parse import main

        return main
    raise AttributeError(name)
