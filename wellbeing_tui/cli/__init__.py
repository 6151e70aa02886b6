"""The command line: the full-screen dashboard by default, and subcommands for the shell.

Subcommands never import Textual, so they start quickly. ``main`` builds only the parser of
the command being run and imports only that command's module.
"""

from __future__ import annotations

from wellbeing_tui.cli.main import main, run

__all__ = ["main", "run"]
