"""Helpers shared by the benchmarks: a cached generated file and medians."""

from __future__ import annotations

import statistics
import tempfile
from pathlib import Path

from bench.generate import write

CACHE = Path(tempfile.gettempdir()) / "wellbeing-bench"


def generated(years: float) -> Path:
    """A generated data file of ``years`` years (made once, then reused)."""
    CACHE.mkdir(exist_ok=True)
    path = CACHE / f"years-{years:g}.json"
    if not path.exists():
        write(years, path)
    return path


def fresh_copy(source: Path, folder: Path) -> Path:
    target = folder / "wellbeing.json"
    target.write_bytes(source.read_bytes())
    target.chmod(0o600)
    return target


def median_ms(values: list[float]) -> float:
    return 1000 * statistics.median(values)


def scratch() -> tempfile.TemporaryDirectory[str]:
    return tempfile.TemporaryDirectory(prefix="wellbeing-bench-")
