"""Helpers shared by the benchmarks: a cached generated file, medians, and the environment
of timed child processes."""

from __future__ import annotations

import compileall
import os
import statistics
import tempfile
from pathlib import Path

from bench.generate import write
from wellbeing_tui.storage.schema import SCHEMA_VERSION

CACHE = Path(tempfile.gettempdir()) / "wellbeing-bench"


def generated(years: float) -> Path:
    """A generated data file of ``years`` years (made once, then reused)."""
    CACHE.mkdir(exist_ok=True)
    # One file a schema version: a file of an older one would be migrated at every start.
    path = CACHE / f"years-{years:g}-schema-{SCHEMA_VERSION}.json"
    if not path.exists():
        write(years, path)
    return path


def fresh_copy(source: Path, folder: Path) -> Path:
    target = folder / "wellbeing.json"
    target.write_bytes(source.read_bytes())
    target.chmod(0o600)
    return target


ROOT = Path(__file__).resolve().parents[1]


def child_env() -> dict[str, str]:
    """The environment for timed child processes: the package importable from this checkout,
    and its compiled bytecode used as an installed package's would be (a setting that turns
    bytecode files off would make every run compile every module again)."""
    compileall.compile_dir(ROOT / "wellbeing_tui", quiet=1)
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


def median_ms(values: list[float]) -> float:
    return 1000 * statistics.median(values)


def scratch() -> tempfile.TemporaryDirectory[str]:
    return tempfile.TemporaryDirectory(prefix="wellbeing-bench-")
