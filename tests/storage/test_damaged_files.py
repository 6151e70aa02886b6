"""A data file that cannot be read is refused with a message that names it, and is never
changed by a single byte."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
GOOD = json.dumps(
    {
        "_meta": {"1": {"schema_version": 1, "created_at": "2026-01-01T00:00:00+00:00"}},
        "checkins": {"1": {"id": "a", "at": "2026-01-01T09:00:00+00:00", "mood": 3}},
    }
)

DAMAGED: dict[str, tuple[bytes, str]] = {
    "empty": (b"", "empty (0 bytes)"),
    "whitespace": (b"  \n\t \n", "only blank space"),
    "nul-bytes": (b"\x00" * 4096, "NUL bytes"),
    "truncated": (GOOD.encode()[:45], "not valid JSON"),
    "trailing-garbage": (GOOD.encode() + b'1}}"more', "not valid JSON"),
    "invalid-utf8": (GOOD.encode().replace(b'"a"', b'"\xff"'), "not UTF-8"),
    "json-list": (b"[1, 2, 3]", "JSON list, not tables"),
    "wrong-table-shape": (b'{"checkins": [1, 2]}', "table 'checkins' is a list"),
    "newer-schema": (
        json.dumps({"_meta": {"1": {"schema_version": 99}}, "checkins": {}}).encode(),
        "newer version",
    ),
}


def _cli(*args: str) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    return subprocess.run(
        [sys.executable, "-m", "wellbeing_tui", *args],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        timeout=60,
    )


@pytest.mark.parametrize("case", sorted(DAMAGED))
def test_damaged_file_is_refused_and_left_unchanged(tmp_path: Path, case: str) -> None:
    content, words = DAMAGED[case]
    path = tmp_path / "wellbeing.json"
    path.write_bytes(content)
    result = _cli("log", "mood", "3", "--data", str(path))
    assert result.returncode == 1
    assert words in result.stderr
    assert str(path) in result.stderr
    assert result.stderr.count("\n") == 1, "one line on stderr"
    assert path.read_bytes() == content
    assert sorted(p.name for p in tmp_path.iterdir() if not p.name.endswith(".lock")) == [
        "wellbeing.json"
    ]
    check = _cli("check", "--data", str(path))
    assert check.returncode == 1
    assert path.read_bytes() == content
