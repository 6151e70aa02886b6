"""The middle floor: screens and commands use one service a feature, never the store.

These read the source, so a newcomer who reaches past a service learns it from a failing
test with the place named, not from a review.
"""

from __future__ import annotations

import ast
import importlib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from wellbeing_tui.services.diary import Diary

PACKAGE = Path(__file__).resolve().parents[1] / "wellbeing_tui"
# Where the data file is opened and the Diary built: the composition root.
COMPOSITION_ROOT = {"cli/common.py", "cli/tui.py"}
# General record access, which only the services may use.
GENERAL = {"records", "raw", "add", "add_many", "save", "delete", "get", "change", "latest"}


def modules(folder: str) -> Iterator[tuple[str, ast.Module]]:
    for path in sorted((PACKAGE / folder).rglob("*.py")):
        name = path.relative_to(PACKAGE).as_posix()
        yield name, ast.parse(path.read_text(encoding="utf-8"), name)


def imported(tree: ast.Module) -> Iterator[tuple[int, str, list[str]]]:
    """Every import, type-only ones included: (line, module, names)."""
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module:
            yield node.lineno, node.module, [alias.name for alias in node.names]
        elif isinstance(node, ast.Import):
            for alias in node.names:
                yield node.lineno, alias.name, []


def test_the_diary_hands_out_no_general_record_access() -> None:
    offered = {name for name in dir(Diary) if not name.startswith("_")}
    assert not offered & GENERAL


def test_the_ui_never_imports_the_storage_layer() -> None:
    found = [
        f"{name}:{line} imports {module}"
        for name, tree in modules("ui")
        for line, module, _ in imported(tree)
        if module.startswith("wellbeing_tui.storage")
    ]
    assert not found


def test_only_the_composition_root_opens_a_store() -> None:
    found = [
        f"{name}:{line} imports Store"
        for name, tree in modules("cli")
        if name not in COMPOSITION_ROOT
        for line, module, names in imported(tree)
        if module.startswith("wellbeing_tui.storage") and "Store" in names
    ]
    assert not found


def calls_on_a_diary_or_store(tree: ast.Module) -> Iterator[tuple[int, str]]:
    """Calls such as ``diary.records(...)``, ``self.diary.add(...)`` or ``store.save(...)``."""
    for node in ast.walk(tree):
        if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)):
            continue
        owner = node.func.value
        owner_name = owner.attr if isinstance(owner, ast.Attribute) else getattr(owner, "id", "")
        if owner_name in ("diary", "_diary", "store", "_store") and node.func.attr in GENERAL:
            yield node.lineno, f"{owner_name}.{node.func.attr}"


@pytest.mark.parametrize("folder", ["ui", "cli"])
def test_screens_and_commands_call_services_not_records(folder: str) -> None:
    found = [
        f"{name}:{line} calls {call}"
        for name, tree in modules(folder)
        for line, call in calls_on_a_diary_or_store(tree)
    ]
    assert not found


def test_the_services_never_reach_into_a_screen_or_a_thread() -> None:
    """A save reports events; it never schedules work on an event loop or calls a screen."""
    found = [
        f"{name}:{node.lineno} uses {node.attr}"
        for name, tree in modules("services")
        for node in ast.walk(tree)
        if isinstance(node, ast.Attribute)
        and node.attr in ("call_soon_threadsafe", "call_from_thread", "after_save", "post_message")
    ]
    assert not found


def screen_classes() -> list[type[Any]]:
    """Every screen and dialog the app defines (each module of the UI imported)."""
    from textual.screen import Screen

    for path in sorted((PACKAGE / "ui").rglob("*.py")):
        name = ".".join(path.relative_to(PACKAGE.parent).with_suffix("").parts)
        importlib.import_module(name.removesuffix(".__init__"))
    found: list[type[Any]] = []
    waiting: list[type[Any]] = [Screen]
    while waiting:
        for sub in waiting.pop().__subclasses__():
            waiting.append(sub)
            if sub.__module__.startswith("wellbeing_tui.ui"):
                found.append(sub)
    return found


def test_every_screen_says_where_what_is_typed_there_is_kept() -> None:
    """``?`` on a screen reads its own ``KEPT``; none falls back to a general sentence."""
    screens = screen_classes()
    assert len(screens) >= 30
    lacking = [s.__qualname__ for s in screens if not str(vars(s).get("KEPT", "")).strip()]
    assert not lacking


def test_a_rule_broken_is_caught() -> None:
    """The checks above can fail: a screen that reads records itself is found."""
    tree = ast.parse("def show(self):\n    return self.diary.records(CheckIn)\n")
    assert list(calls_on_a_diary_or_store(tree)) == [(2, "diary.records")]


def test_every_command_is_one_row_of_the_command_table() -> None:
    """The parser, the help and the completions come from one table: each row builds its
    full parser when named, and the others stay listed by name and help."""
    import argparse

    from wellbeing_tui.cli.commands import COMMANDS
    from wellbeing_tui.cli.parse import build_parser

    names = [command.name for command in COMMANDS]
    assert len(set(names)) == len(names)
    for command in COMMANDS:
        parser = build_parser([command.name])
        actions = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
        choices = actions[0].choices
        assert list(choices) == names
        built = choices[command.name]
        assert built.get_default("handler") is not None or command.name == "log", command.name
        listed = {a.dest: a.help for a in actions[0]._choices_actions}
        assert listed == {c.name: c.help for c in COMMANDS}
