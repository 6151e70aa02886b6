"""Every screen at 80x24: nothing is cut off where it cannot be scrolled to."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest
from textual.app import App
from textual.widget import Widget

from screenshots.tour import NOW, SCREENS, Steps
from tests.conftest import DEMO
from wellbeing_tui.domain.clock import FixedClock
from wellbeing_tui.storage import Store
from wellbeing_tui.ui.app import WellbeingApp


def cut_off(app: App[Any]) -> list[str]:
    """Widgets that stick out of a parent that cannot scroll to show them."""
    found = []
    for widget in app.screen.walk_children(with_self=False):
        if not isinstance(widget, Widget) or not widget.display or not widget.visible:
            continue
        parent = widget.parent
        if type(parent).__module__.startswith("textual.widgets"):
            continue  # the inner parts of Textual's own widgets
        region = widget.region
        if region.width == 0 or region.height == 0:
            continue
        node = parent
        while isinstance(node, Widget):
            outer = node.region
            if outer.contains_region(region):
                break
            below = region.bottom > outer.bottom or region.y < outer.y
            beside = region.right > outer.right or region.x < outer.x
            if (below and node.allow_vertical_scroll) or (beside and node.allow_horizontal_scroll):
                break
            if (below and not node.allow_vertical_scroll) or (
                beside and not node.allow_horizontal_scroll
            ):
                found.append(f"{type(widget).__name__} {region} in {type(node).__name__} {outer}")
                break
            node = node.parent
    return found


@pytest.mark.parametrize(
    ("name", "steps"),
    [(name, steps) for name, _, steps in SCREENS],
    ids=[name for name, _, _ in SCREENS],
)
async def test_nothing_is_cut_off_at_80x24(tmp_path: Path, name: str, steps: Steps) -> None:
    path = tmp_path / "wellbeing.json"
    shutil.copy(DEMO, path)
    clock = FixedClock(NOW)
    app = WellbeingApp(Store(path, clock), clock=clock, locale_country="GB")
    async with app.run_test(size=(80, 24)) as pilot:
        await steps(pilot, clock)
        await pilot.pause()
        assert cut_off(app) == []


async def dialog_fits(pilot: Any, *keys: str) -> list[str]:
    """Open a dialog with ``keys`` at 80x24; what of it is wider than the dialog's box."""
    from textual.containers import Vertical
    from textual.widgets import Button, Label, Static

    await pilot.press(*keys)
    await pilot.pause()
    box = pilot.app.screen.query_one(Vertical).content_region
    problems = []
    for widget in pilot.app.screen.query("Button, Label, Static"):
        assert isinstance(widget, Button | Label | Static)
        if not box.contains_region(widget.region):
            problems.append(f"{type(widget).__name__} {widget.region} outside {box}")
        if widget.content_size.width > widget.content_region.width:
            problems.append(f"{type(widget).__name__} cut to {widget.content_region.width}")
    return problems


@pytest.mark.parametrize(
    "keys",
    [
        ("j", "n", "h", "i", "escape"),  # four answers: save, keep as draft, keep writing, discard
        ("w", "d"),  # which date?
        ("m", "down", "enter", "escape"),  # a check-in half done
    ],
    ids=["journal-leave", "week-date", "checkin-leave"],
)
async def test_dialogs_show_all_their_words_at_80x24(keys: tuple[str, ...], tmp_path: Path) -> None:
    path = tmp_path / "wellbeing.json"
    shutil.copy(DEMO, path)
    clock = FixedClock(NOW)
    app = WellbeingApp(Store(path, clock), clock=clock, locale_country="GB")
    async with app.run_test(size=(80, 24)) as pilot:
        assert await dialog_fits(pilot, *keys) == []


@pytest.mark.parametrize(
    ("keys", "first"),
    [
        (("m",), "mood"),
        (("p",), "who"),
        (("j", "n"), "text"),
        (("s",), None),
        (("o", "enter"), None),  # export
    ],
    ids=["checkin", "people", "journal-editor", "sleep-diary", "export"],
)
async def test_forms_have_no_invisible_focus_stops(
    keys: tuple[str, ...], first: str | None, tmp_path: Path
) -> None:
    """Tab goes from field to field; the scrolling body of a form is never a stop of its own
    (a stop with nothing highlighted, where typing does nothing)."""
    from wellbeing_tui.ui.widgets.forms import FormBody

    path = tmp_path / "wellbeing.json"
    shutil.copy(DEMO, path)
    clock = FixedClock(NOW)
    app = WellbeingApp(Store(path, clock), clock=clock, locale_country="GB")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press(*keys)
        await pilot.pause()
        if first is not None:
            assert app.screen.focused is not None and app.screen.focused.id == first
        for _ in range(12):
            assert not isinstance(app.screen.focused, FormBody)
            await pilot.press("tab")
