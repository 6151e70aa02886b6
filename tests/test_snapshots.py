"""How each screen looks, with the demo data at a fixed moment and a fixed terminal size.

Snapshot tests are plain functions: snap_compare runs its own event loop.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from textual.pilot import Pilot

from tests.conftest import make_app
from wellbeing_tui.domain.clock import FixedClock
from wellbeing_tui.storage import Store


class TestDashboard:
    def test_dashboard_100x30(
        self, snap_compare: Any, demo_store: Store, clock: FixedClock
    ) -> None:
        """The dashboard on the demo data's last day."""
        assert snap_compare(make_app(demo_store, clock), terminal_size=(100, 30))

    def test_dashboard_80x24(self, snap_compare: Any, demo_store: Store, clock: FixedClock) -> None:
        """The dashboard in the smallest supported terminal."""
        assert snap_compare(make_app(demo_store, clock), terminal_size=(80, 24))

    def test_dashboard_empty(
        self, snap_compare: Any, empty_store: Store, clock: FixedClock
    ) -> None:
        """A first start: every panel shows its empty state."""
        assert snap_compare(make_app(empty_store, clock), terminal_size=(100, 30))


class TestSupport:
    def test_support_100x30(self, snap_compare: Any, demo_store: Store, clock: FixedClock) -> None:
        """Support with UK helplines."""

        async def open_support(pilot: Pilot[Any]) -> None:
            await pilot.press("h")

        assert snap_compare(
            make_app(demo_store, clock), terminal_size=(100, 30), run_before=open_support
        )


async def _open_exercise(pilot: Pilot[Any], slug: str) -> None:
    from textual.widgets import OptionList

    await pilot.press("g")
    options = pilot.app.screen.query_one(OptionList)
    ids = [options.get_option_at_index(i).id for i in range(options.option_count)]
    options.highlighted = ids.index(slug)
    await pilot.press("enter")


async def _steady(pilot: Pilot[Any]) -> None:
    """No blinking cursors, so a snapshot never catches one half-way."""
    from textual.widgets import Input

    for widget in pilot.app.screen.query(Input):
        widget.cursor_blink = False
    await pilot.pause()


class TestGrounding:
    def test_exercise_list(self, snap_compare: Any, demo_store: Store, clock: FixedClock) -> None:
        """The eight exercises, with last time's first."""

        async def run_before(pilot: Pilot[Any]) -> None:
            await pilot.press("g")

        assert snap_compare(
            make_app(demo_store, clock), terminal_size=(100, 30), run_before=run_before
        )

    def _breathing(self, clock: FixedClock) -> Any:
        async def run_before(pilot: Pilot[Any]) -> None:
            await _open_exercise(pilot, "box-breathing")
            await pilot.press("enter")
            clock.advance(5.5)  # one and a half seconds into the first hold
            pilot.app.screen.tick()  # the screen's timer would; do it now, not later
            await pilot.pause()

        return run_before

    def test_breathing_phase(self, snap_compare: Any, demo_store: Store, clock: FixedClock) -> None:
        """Box breathing, holding after the first breath in: the pacer is full."""
        assert snap_compare(
            make_app(demo_store, clock), terminal_size=(100, 30), run_before=self._breathing(clock)
        )

    def test_breathing_phase_80x24(
        self, snap_compare: Any, demo_store: Store, clock: FixedClock
    ) -> None:
        """The same phase in the smallest supported terminal."""
        assert snap_compare(
            make_app(demo_store, clock), terminal_size=(80, 24), run_before=self._breathing(clock)
        )

    def test_senses_step(self, snap_compare: Any, demo_store: Store, clock: FixedClock) -> None:
        """5-4-3-2-1 on its first step, with two things noticed."""

        async def run_before(pilot: Pilot[Any]) -> None:
            await _open_exercise(pilot, "senses-54321")
            await pilot.press("enter")
            await pilot.press("tab", *"blue mug", "enter", *"rain", "enter", "escape")
            clock.advance(12)
            await _steady(pilot)
            pilot.app.screen.tick()  # the screen's timer would; do it now, not later
            await pilot.pause()

        assert snap_compare(
            make_app(demo_store, clock), terminal_size=(100, 30), run_before=run_before
        )

    def test_end_screen(self, snap_compare: Any, demo_store: Store, clock: FixedClock) -> None:
        """After a finished session: the kind word and the rating again."""

        async def run_before(pilot: Pilot[Any]) -> None:
            await _open_exercise(pilot, "calm-breathing")
            await pilot.click("#min-1")
            await pilot.click("#before")
            await pilot.press("6", "enter")
            clock.advance(60)
            pilot.app.screen.tick()  # the screen's timer would; do it now, not later
            await pilot.pause()
            await _steady(pilot)

        assert snap_compare(
            make_app(demo_store, clock), terminal_size=(100, 30), run_before=run_before
        )


def _fill(pilot: Pilot[Any], values: dict[str, str]) -> None:
    from textual.widgets import Input

    for field, text in values.items():
        pilot.app.screen.query_one(f"#{field}", Input).value = text


class TestSleep:
    def test_diary_with_figures(
        self, snap_compare: Any, demo_store: Store, clock: FixedClock
    ) -> None:
        """This morning's diary from the demo data, with its figures."""

        async def run_before(pilot: Pilot[Any]) -> None:
            await pilot.press("s")
            await _steady(pilot)

        assert snap_compare(
            make_app(demo_store, clock), terminal_size=(100, 30), run_before=run_before
        )

    def test_diary_80x24(self, snap_compare: Any, demo_store: Store, clock: FixedClock) -> None:
        """The diary in the smallest supported terminal."""

        async def run_before(pilot: Pilot[Any]) -> None:
            await pilot.press("s")
            await _steady(pilot)

        assert snap_compare(
            make_app(demo_store, clock), terminal_size=(80, 24), run_before=run_before
        )

    def test_diary_with_an_error(
        self, snap_compare: Any, demo_store: Store, clock: FixedClock
    ) -> None:
        """An impossible night: the message names the field, nothing is saved."""

        async def run_before(pilot: Pilot[Any]) -> None:
            await pilot.press("s")
            _fill(pilot, {"waso_min": "700"})
            await _steady(pilot)

        assert snap_compare(
            make_app(demo_store, clock), terminal_size=(100, 30), run_before=run_before
        )

    def test_meals_for_a_day(self, snap_compare: Any, demo_store: Store, clock: FixedClock) -> None:
        """Today's meals from the demo data."""

        async def run_before(pilot: Pilot[Any]) -> None:
            await pilot.press("s")
            await pilot.click("#--content-tab-tab-meals")
            await _steady(pilot)

        assert snap_compare(
            make_app(demo_store, clock), terminal_size=(100, 30), run_before=run_before
        )


class TestJournal:
    def test_checkin(self, snap_compare: Any, demo_store: Store, clock: FixedClock) -> None:
        """A check-in half way: mood chosen, a word picked, a body cue marked."""

        async def run_before(pilot: Pilot[Any]) -> None:
            from textual.widgets import OptionList, SelectionList

            await pilot.press("m")
            await pilot.click("#mood-3")
            pilot.app.screen.query_one(SelectionList).select("numb")
            pilot.app.screen.query_one("#body", OptionList).focus()
            await pilot.press("down", "down", "m")
            await _steady(pilot)

        assert snap_compare(
            make_app(demo_store, clock), terminal_size=(100, 30), run_before=run_before
        )

    def test_editor_with_prompt(
        self, snap_compare: Any, demo_store: Store, clock: FixedClock
    ) -> None:
        """A new entry from the day's reflection prompt."""

        async def run_before(pilot: Pilot[Any]) -> None:
            from textual.widgets import TextArea

            await pilot.press("j", "n", *"It was a grey day, but")
            pilot.app.screen.query_one(TextArea).cursor_blink = False
            await _steady(pilot)

        assert snap_compare(
            make_app(demo_store, clock), terminal_size=(100, 30), run_before=run_before
        )

    def test_list(self, snap_compare: Any, demo_store: Store, clock: FixedClock) -> None:
        """The demo journal, newest first."""

        async def run_before(pilot: Pilot[Any]) -> None:
            await pilot.press("j")
            await _steady(pilot)

        assert snap_compare(
            make_app(demo_store, clock), terminal_size=(100, 30), run_before=run_before
        )

    def test_list_80x24(self, snap_compare: Any, demo_store: Store, clock: FixedClock) -> None:
        """The journal list in the smallest supported terminal."""

        async def run_before(pilot: Pilot[Any]) -> None:
            await pilot.press("j")
            await _steady(pilot)

        assert snap_compare(
            make_app(demo_store, clock), terminal_size=(80, 24), run_before=run_before
        )


class TestWeek:
    def _open(self, *keys: str) -> Any:
        async def run_before(pilot: Pilot[Any]) -> None:
            await pilot.press("w", *keys)

        return run_before

    def test_week_100x30(self, snap_compare: Any, demo_store: Store, clock: FixedClock) -> None:
        """A full demo week (the week before the demo's last day)."""
        assert snap_compare(
            make_app(demo_store, clock),
            terminal_size=(100, 30),
            run_before=self._open("left_square_bracket"),
        )

    def test_week_80x24(self, snap_compare: Any, demo_store: Store, clock: FixedClock) -> None:
        """The same week in the smallest supported terminal."""
        assert snap_compare(
            make_app(demo_store, clock),
            terminal_size=(80, 24),
            run_before=self._open("left_square_bracket"),
        )

    def test_empty_week(self, snap_compare: Any, empty_store: Store, clock: FixedClock) -> None:
        """A week with nothing logged: every day missing, no figures."""
        assert snap_compare(
            make_app(empty_store, clock), terminal_size=(100, 30), run_before=self._open()
        )


class TestConnecting:
    def _run(self, *keys: str) -> Any:
        async def run_before(pilot: Pilot[Any]) -> None:
            await pilot.press(*keys)
            await _steady(pilot)

        return run_before

    def test_fun_list(self, snap_compare: Any, demo_store: Store, clock: FixedClock) -> None:
        """The demo fun list, favourite first, with how often each was done."""
        assert snap_compare(
            make_app(demo_store, clock), terminal_size=(100, 30), run_before=self._run("f")
        )

    def test_fun_list_80x24(self, snap_compare: Any, demo_store: Store, clock: FixedClock) -> None:
        """The fun list in the smallest supported terminal."""
        assert snap_compare(
            make_app(demo_store, clock), terminal_size=(80, 24), run_before=self._run("f")
        )

    def test_do_it_result(self, snap_compare: Any, demo_store: Store, clock: FixedClock) -> None:
        """The "do it" form with a guess and a result typed in."""

        async def run_before(pilot: Pilot[Any]) -> None:
            await pilot.press("f", "enter", "3")
            _fill(pilot, {"enjoyment": "6", "mastery": "4", "note": "cold but good"})
            await _steady(pilot)

        assert snap_compare(
            make_app(demo_store, clock), terminal_size=(100, 30), run_before=run_before
        )

    def test_people(self, snap_compare: Any, demo_store: Store, clock: FixedClock) -> None:
        """People from the demo data, most recent first, and ways to meet people."""
        assert snap_compare(
            make_app(demo_store, clock), terminal_size=(100, 30), run_before=self._run("p")
        )


async def _worksheet_to(pilot: Pilot[Any], steps: int) -> None:
    from textual.widgets import Input, TextArea

    await pilot.press("t", "n")
    pilot.app.screen.query_one("#situation", TextArea).text = "Team meeting: no reply."
    pilot.app.screen.query_one("#mood-name-0", Input).value = "anxious"
    pilot.app.screen.query_one("#mood-before-0", Input).value = "70"
    pilot.app.screen.query_one("#hot-thought", Input).value = "She thinks my work is useless."
    pilot.app.screen.query_one("#belief-before", Input).value = "80"
    for _ in range(steps):
        await pilot.press("ctrl+n")
    await _steady(pilot)


class TestWorksheet:
    def _at(self, steps: int) -> Any:
        async def run_before(pilot: Pilot[Any]) -> None:
            await _worksheet_to(pilot, steps)

        return run_before

    def test_trap_step(self, snap_compare: Any, empty_store: Store, clock: FixedClock) -> None:
        """The thinking traps, with the hot thought kept in view above."""
        assert snap_compare(
            make_app(empty_store, clock), terminal_size=(100, 30), run_before=self._at(3)
        )

    def test_trap_step_80x24(
        self, snap_compare: Any, empty_store: Store, clock: FixedClock
    ) -> None:
        """The same step in the smallest supported terminal."""
        assert snap_compare(
            make_app(empty_store, clock), terminal_size=(80, 24), run_before=self._at(3)
        )

    def test_evidence_step(self, snap_compare: Any, empty_store: Store, clock: FixedClock) -> None:
        """Evidence against, with the questions to help."""
        assert snap_compare(
            make_app(empty_store, clock), terminal_size=(100, 30), run_before=self._at(5)
        )

    def test_summary(self, snap_compare: Any, empty_store: Store, clock: FixedClock) -> None:
        """The summary before saving: each mood before and after, in plain words."""

        async def run_before(pilot: Pilot[Any]) -> None:
            from textual.widgets import Input

            await _worksheet_to(pilot, 7)
            pilot.app.screen.query_one("#mood-after-0", Input).value = "45"
            await pilot.press("ctrl+n")
            await _steady(pilot)

        assert snap_compare(
            make_app(empty_store, clock), terminal_size=(100, 30), run_before=run_before
        )

    def test_history(self, snap_compare: Any, demo_store: Store, clock: FixedClock) -> None:
        """Past worksheets from the demo data."""

        async def run_before(pilot: Pilot[Any]) -> None:
            await pilot.press("t")
            await _steady(pilot)

        assert snap_compare(
            make_app(demo_store, clock), terminal_size=(100, 30), run_before=run_before
        )


class TestHelp:
    def test_explain_dashboard(
        self, snap_compare: Any, demo_store: Store, clock: FixedClock
    ) -> None:
        """? on the dashboard: what it is for, its keys, where the data lives."""

        async def run_before(pilot: Pilot[Any]) -> None:
            await pilot.press("question_mark")

        app = make_app(demo_store, clock)
        demo_store.path = Path("/home/you/.local/share/wellbeing-tui/wellbeing.json")
        assert snap_compare(app, terminal_size=(100, 30), run_before=run_before)


class TestSettings:
    def test_settings(self, snap_compare: Any, demo_store: Store, clock: FixedClock) -> None:
        """The settings screen with the defaults."""

        async def run_before(pilot: Pilot[Any]) -> None:
            pilot.app.go("settings")
            await pilot.pause()

        assert snap_compare(
            make_app(demo_store, clock), terminal_size=(100, 30), run_before=run_before
        )
