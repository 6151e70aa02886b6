"""Every screen at 80x24: nothing is cut off where it cannot be scrolled to. Every form at
60x20: each field can be scrolled to and shows its value."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest
from textual.app import App
from textual.widget import Widget

from screenshots.tour import NOW, SCREENS, Steps, keys
from tests.conftest import DEMO
from tests.helpers.walks import quick_few
from wellbeing_tui.domain.clock import FixedClock
from wellbeing_tui.services.diary import Diary
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
    quick_few(
        [name for name, _, _ in SCREENS],
        [(name, steps) for name, _, steps in SCREENS],
        {"dashboard", "journal-editor", "worksheet", "sleep-diary"},
    ),
)
async def test_nothing_is_cut_off_at_80x24(tmp_path: Path, name: str, steps: Steps) -> None:
    path = tmp_path / "wellbeing.json"
    shutil.copy(DEMO, path)
    clock = FixedClock(NOW)
    app = WellbeingApp(Diary(Store(path, clock)), locale_country="GB")
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
    quick_few(
        ["journal-leave", "week-date", "checkin-leave"],
        [
            (
                ("j", "n", "h", "i", "escape"),
            ),  # four answers: save, keep as draft, keep writing, discard
            (("w", "d"),),  # which date?
            (("m", "down", "enter", "escape"),),  # a check-in half done
        ],
        {"journal-leave"},
    ),
)
async def test_dialogs_show_all_their_words_at_80x24(keys: tuple[str, ...], tmp_path: Path) -> None:
    path = tmp_path / "wellbeing.json"
    shutil.copy(DEMO, path)
    clock = FixedClock(NOW)
    app = WellbeingApp(Diary(Store(path, clock)), locale_country="GB")
    async with app.run_test(size=(80, 24)) as pilot:
        assert await dialog_fits(pilot, *keys) == []


@pytest.mark.parametrize(
    ("keys", "first"),
    quick_few(
        ["checkin", "people", "journal-editor", "sleep-diary", "export"],
        [
            (("m",), "mood"),
            (("p",), "who"),
            (("j", "n"), "text"),
            (("s",), None),
            (("o", "enter"), None),  # export
        ],
        {"journal-editor"},
    ),
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
    app = WellbeingApp(Diary(Store(path, clock)), locale_country="GB")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press(*keys)
        await pilot.pause()
        if first is not None:
            assert app.screen.focused is not None and app.screen.focused.id == first
        for _ in range(12):
            assert not isinstance(app.screen.focused, FormBody)
            await pilot.press("tab")


FORMS = {
    "sleep-diary", "meals", "coping", "checkin", "grounding-setup", "grounding-end",
    "journal-editor", "worksheet", "people", "do-it", "settings", "safety-plan",
}  # fmt: skip
FORM_STEPS = [(name, steps) for name, _, steps in SCREENS if name in FORMS]
FORM_STEPS.append(("fun-add", keys("f", "a")))


async def hidden_fields(pilot: Any) -> list[str]:
    """The fields of the open form that cannot be seen, even scrolled to, or are too
    narrow to show a value (a clock time, a date's day)."""
    from textual.widgets import Input, Select, TextArea

    app = pilot.app
    problems = []
    for field in app.screen.query("Input, Select, TextArea"):
        assert isinstance(field, Input | Select | TextArea)
        if not all(node.display for node in field.ancestors_with_self if isinstance(node, Widget)):
            continue  # on another tab or step of the form
        if field.focusable:
            field.focus()  # as tab does, which scrolls it into view
        else:
            field.scroll_visible(animate=False)
        await pilot.pause()
        await pilot.wait_for_animation()  # focus scrolls smoothly: the scroll has ended
        box = field.content_region
        name = f"{type(field).__name__}#{field.id}"
        if box.width < 8 or box.height < 1:
            problems.append(f"{name} is {box.width}x{box.height}")
            continue
        seen, _ = app.screen.get_widget_at(box.x + box.width // 2, box.y)
        if seen is not field and field not in seen.ancestors:
            problems.append(f"{name} is covered by {type(seen).__name__} at {box}")
    return problems


@pytest.mark.parametrize(
    ("name", "steps"),
    quick_few(
        [name for name, _ in FORM_STEPS],
        FORM_STEPS,
        {"safety-plan", "journal-editor", "sleep-diary"},
    ),
)
async def test_every_field_of_a_form_shows_its_value_at_60x20(
    tmp_path: Path, name: str, steps: Steps
) -> None:
    """A terminal smaller than 80x24 scrolls a form rather than squeezing its fields to
    nothing: every field, scrolled to, is on the screen with room for a value."""
    path = tmp_path / "wellbeing.json"
    shutil.copy(DEMO, path)
    clock = FixedClock(NOW)
    app = WellbeingApp(Diary(Store(path, clock)), locale_country="GB")
    async with app.run_test(size=(60, 20)) as pilot:
        await steps(pilot, clock)
        await pilot.pause()
        assert app.screen.query("Input, Select, TextArea"), "no form here"
        assert await hidden_fields(pilot) == []
