"""Layers: nothing below the UI imports Textual."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PURE = [
    "wellbeing_tui.domain",
    "wellbeing_tui.domain.tables",
    "wellbeing_tui.domain.today",
    "wellbeing_tui.storage",
    "wellbeing_tui.storage.check",
    "wellbeing_tui.storage.demo",
    "wellbeing_tui.content.helplines",
    "wellbeing_tui.content.prompts",
    "wellbeing_tui.cli",
    "wellbeing_tui.exchange.export",
    "wellbeing_tui.exchange.importers",
    "wellbeing_tui.exchange.summary",
    "wellbeing_tui.cli.text",
    "wellbeing_tui.cli.ground",
]


def python(*args: str, timeout: int = 60) -> subprocess.CompletedProcess[str]:
    """Run this Python on ``args`` in a fresh process, with the checkout importable."""
    return subprocess.run(
        [sys.executable, *args],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=dict(os.environ, PYTHONPATH=str(ROOT)),
        timeout=timeout,
    )


@pytest.mark.parametrize("module", PURE)
def test_module_does_not_import_textual(module: str) -> None:
    code = f"import sys, {module}; print(sorted(m for m in sys.modules if m.startswith('textual')))"
    result = python("-c", code)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"


def test_domain_does_not_import_tinydb() -> None:
    code = (
        "import sys, wellbeing_tui.domain.tables, wellbeing_tui.domain.today; "
        "print('tinydb' in sys.modules)"
    )
    result = python("-c", code)
    assert result.stdout.strip() == "False"


@pytest.mark.slow
def test_the_screenshot_script_makes_one_svg_per_screen(tmp_path: Path) -> None:
    from screenshots.tour import SCREENS

    result = python(str(ROOT / "screenshots" / "make.py"), "--out", str(tmp_path), timeout=300)
    assert result.returncode == 0, result.stderr
    made = sorted(p.stem for p in tmp_path.glob("*.svg"))
    assert made == sorted(name for name, _, _ in SCREENS)
    for path in tmp_path.glob("*.svg"):
        assert path.read_text(encoding="utf-8").lstrip().startswith("<svg")
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for name, _, _ in SCREENS:
        assert f"(screenshots/{name}.svg)" in readme


def test_log_mood_loads_only_what_it_needs(tmp_path: Path) -> None:
    """`wellbeing log mood` is typed often and must answer at once: it builds only its own
    parser and leaves the other commands' modules, and the record types it does not save,
    unimported."""
    data = tmp_path / "w.json"
    code = (
        "import sys; from wellbeing_tui.cli import main; "
        f"code = main(['log', 'mood', '3', '--data', {str(data)!r}]); "
        "print(code, sorted(m for m in sys.modules if m.startswith('wellbeing_tui')))"
    )
    result = python("-c", code)
    assert result.returncode == 0, result.stderr
    code_text, _, loaded = result.stdout.strip().splitlines()[-1].partition(" ")
    assert code_text == "0"
    for unwanted in (
        "wellbeing_tui.cli.log",
        "wellbeing_tui.cli.exchange",
        "wellbeing_tui.content.exercises",
        "wellbeing_tui.domain.sleep",
        "wellbeing_tui.domain.journal",
        "wellbeing_tui.domain.settings",
    ):
        assert f"'{unwanted}'" not in loaded
    assert "'wellbeing_tui.domain.mood'" in loaded


def test_help_still_lists_every_command() -> None:
    result = python("-m", "wellbeing_tui", "--help")
    assert result.returncode == 0
    for command in ("log", "check", "ground", "week", "export", "import"):
        assert f"    {command}" in result.stdout
    assert "export your data" in result.stdout


def test_the_package_has_no_import_loop() -> None:
    """Modules import each other one way only (imports made for type checking aside), so
    each layer and each feature can be read, and loaded, on its own."""
    import grimp

    graph = grimp.build_graph("wellbeing_tui", exclude_type_checking_imports=True, cache_dir=None)
    loops = []
    for module in sorted(graph.modules):
        for imported in graph.find_modules_directly_imported_by(module):
            if graph.chain_exists(importer=imported, imported=module):
                loops.append(f"{module} <-> {imported}")
    assert loops == []


def test_no_module_is_longer_than_four_hundred_lines() -> None:
    """One idea a file: a module that grows past 400 lines is split before it lands."""
    long = {
        str(path.relative_to(ROOT)): n
        for path in (ROOT / "wellbeing_tui").rglob("*.py")
        if (n := len(path.read_text(encoding="utf-8").splitlines())) > 400
    }
    assert long == {}
