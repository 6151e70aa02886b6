"""Imports made inside functions say why.

A module's imports at its top show a reader what it needs; an import inside a function hides
that, so it is kept only where deferring it pays, and says so with a ``# deferred:`` comment
naming the figure (``bench/startup.py``, ``bench/cli.py``, or import timing for a path neither
bench covers) or the reason (a module that exists on one platform only). The comment sits on
the import's first line or in the comment lines right above it; consecutive imports under one
comment share it.
"""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "wellbeing_tui"
MARK = "# deferred:"


def comments_above(lines: list[str], lineno: int) -> str:
    """The comment lines directly above line ``lineno`` (1-based), joined."""
    block: list[str] = []
    index = lineno - 2
    while index >= 0 and lines[index].strip().startswith("#"):
        block.append(lines[index].strip())
        index -= 1
    return " ".join(reversed(block))


def function_imports(source: str) -> list[int]:
    """The first line of every import whose nearest enclosing scope is a function, and
    that has no ``# deferred:`` comment of its own or heading its group."""
    tree = ast.parse(source)
    lines = source.splitlines()
    found: list[int] = []

    def visit(node: ast.AST, in_function: bool) -> None:
        previous: ast.stmt | None = None
        previous_ok = False
        for child in ast.iter_child_nodes(node):
            is_import = isinstance(child, ast.Import | ast.ImportFrom)
            if is_import and in_function:
                assert isinstance(child, ast.stmt) and child.end_lineno is not None
                own = any(MARK in line for line in lines[child.lineno - 1 : child.end_lineno])
                above = MARK in comments_above(lines, child.lineno)
                grouped = (
                    previous_ok and previous is not None and previous.end_lineno == child.lineno - 1
                )
                ok = own or above or grouped
                if not ok:
                    found.append(child.lineno)
                previous, previous_ok = child, ok
            else:
                previous, previous_ok = None, False
            scope = isinstance(child, ast.FunctionDef | ast.AsyncFunctionDef | ast.Lambda)
            visit(child, (in_function or scope) and not isinstance(child, ast.ClassDef))

    visit(tree, False)
    return found


def audited_modules() -> list[Path]:
    return sorted(PACKAGE.rglob("*.py"))


def test_every_import_inside_a_function_names_why_it_waits() -> None:
    unexplained = [
        f"{path.relative_to(PACKAGE.parent)}:{line}"
        for path in audited_modules()
        for line in function_imports(path.read_text(encoding="utf-8"))
    ]
    assert unexplained == [], (
        "imports inside functions without a '# deferred:' comment naming the figure "
        "(move them to the top of the module, or measure and say what waiting saves):\n"
        + "\n".join(unexplained)
    )


def test_the_audit_covers_the_layers_it_names() -> None:
    names = {str(path.relative_to(PACKAGE)) for path in audited_modules()}
    assert "ui/app.py" in names and "services/diary.py" in names
    assert "domain/sleep.py" in names and "exchange/summary.py" in names
    assert "cli/commands.py" in names and "storage/store.py" in names
    assert "services/care.py" in names and "content/crisis.py" in names


def test_an_unexplained_import_is_found_and_an_explained_one_is_not() -> None:
    source = """
import os


def quick():
    import json
    # deferred: 12 ms of the first frame
    # (bench/startup.py)
    import csv
    import zipfile
    return json, csv, zipfile


class Screen:
    import re

    def later(self):
        def inner():
            from textual.app import App  # deferred: only on Linux
            import shutil
            return App, shutil

        return inner
"""
    lines = source.splitlines()
    flagged = [lines[n - 1].strip() for n in function_imports(source)]
    assert flagged == ["import json"]
