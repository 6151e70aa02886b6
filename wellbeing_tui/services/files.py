"""The diary as files for people and programs: backups, spreadsheets, a summary, imports."""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO

from wellbeing_tui.domain.errors import ValidationError
from wellbeing_tui.exchange.common import no_progress
from wellbeing_tui.exchange.export import export_csv, export_json, json_text
from wellbeing_tui.exchange.importers import apply_import, plan_import
from wellbeing_tui.exchange.summary import markdown_summary
from wellbeing_tui.services.trends import load_trends
from wellbeing_tui.storage.atomic import write_atomic
from wellbeing_tui.storage.backups import backup_dir

if TYPE_CHECKING:
    from wellbeing_tui.exchange.common import Progress
    from wellbeing_tui.exchange.importers import ImportPlan
    from wellbeing_tui.exchange.source import Source
    from wellbeing_tui.storage.store import Store


class Files:
    """Export, summary and import."""

    def __init__(self, store: Store) -> None:
        self._store = store

    def export_json(self, progress: Progress | None = None) -> str:
        """Every table and field, as the text of a JSON backup."""
        return json_text(export_json(self._store, progress or no_progress))

    def export_csv(self, folder: Path, progress: Progress | None = None) -> list[Path]:
        return export_csv(self._store, folder, progress or no_progress)

    def summary(
        self,
        first: date,
        last: date,
        *,
        include_journal: bool,
        include_safety_plan: bool = False,
    ) -> str:
        return markdown_summary(
            self._store,
            first,
            last,
            include_journal=include_journal,
            include_safety_plan=include_safety_plan,
            trends=load_trends(self._store, first, last),
        )

    def write_private(self, path: Path, text: str, *, encrypt: bool = False) -> None:
        """Write an export where the person chose, readable only by them (0600). Never over
        the data file, its lock, its key or a backup: an export there would replace the
        diary. With ``encrypt``, an age file to the data file's own key."""
        target = Path(os.path.realpath(path.expanduser()))
        data = Path(os.path.realpath(self._store.path))
        backups = Path(os.path.realpath(backup_dir(data)))
        beside = {data.name, f"{data.name}.lock", f"{data.name}.nudge", f"{data.name}.key.age"}
        if (target.parent == data.parent and target.name in beside) or target.parent == backups:
            raise ValidationError(
                "--out", f"{path} is the data file or one of its backups; choose another name"
            )
        content = text.encode("utf-8")
        cipher = self._store.cipher
        if encrypt and cipher is not None:
            content = cipher.seal(content)
        write_atomic(path, content)

    def plan_import(
        self, source: Path | BinaryIO | Source, fmt: str | None, mood_map: str | None
    ) -> ImportPlan:
        """What importing ``source`` (a file, an open stream such as standard input, or
        what was read from one) would add; nothing is written."""
        return plan_import(source, self._store, fmt, mood_map)

    def apply_import(self, plan: ImportPlan, *, replace: bool = False) -> int:
        return apply_import(plan, self._store, replace=replace)
