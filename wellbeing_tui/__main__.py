"""Run with ``python -m wellbeing_tui``."""

from wellbeing_tui.cli import run

run()
