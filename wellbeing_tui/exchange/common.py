"""What export and import share: the tables, their record types, and progress reporting."""

from __future__ import annotations

from collections.abc import Callable

from wellbeing_tui.domain.tables import RECORD_TYPES

Progress = Callable[[int, int], None]  # (done, total)
EXPORT_TABLES: tuple[str, ...] = tuple(RECORD_TYPES)
FORMAT_NAME = "wellbeing-tui"


def no_progress(done: int, total: int) -> None:
    del done, total


class ExchangeError(ValueError):
    """Input that is not in the expected format; says which row or field is wrong."""
