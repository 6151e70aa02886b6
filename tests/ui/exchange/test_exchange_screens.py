"""Export and import from inside the app."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import Input, ProgressBar, RadioButton, Static

from tests.conftest import make_app
from wellbeing_tui.domain.clock import FixedClock
from wellbeing_tui.domain.journal import JournalEntry
from wellbeing_tui.storage import Store
from wellbeing_tui.ui.dashboard.menu import MenuScreen
from wellbeing_tui.ui.exchange.exchange import ExportScreen, ImportScreen

FIXTURES = Path(__file__).parents[2] / "fixtures"


async def test_export_a_json_backup_from_the_menu(
    demo_store: Store, clock: FixedClock, tmp_path: Path
) -> None:
    out = tmp_path / "backup.json"
    app = make_app(demo_store, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("o")
        assert isinstance(app.screen, MenuScreen)
        await pilot.press("enter")  # Export
        assert isinstance(app.screen, ExportScreen)
        app.screen.query_one("#format-json", RadioButton).value = True
        await pilot.pause()
        app.screen.query_one("#out", Input).value = str(out)
        await pilot.click("#export")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert "Saved to" in str(app.screen.query_one("#exchange-status", Static).render())
        bar = app.screen.query_one(ProgressBar)
        assert bar.total and bar.progress == bar.total
    assert '"format": "wellbeing-tui"' in out.read_text(encoding="utf-8")
    assert out.stat().st_mode & 0o777 == 0o600


async def test_import_shows_the_counts_before_writing(
    empty_store: Store, clock: FixedClock
) -> None:
    app = make_app(empty_store, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("o", *["down"] * 1, "enter")
        assert isinstance(app.screen, ImportScreen)
        app.screen.query_one("#path", Input).value = str(FIXTURES / "jrnl.json")
        await pilot.click("#check")
        assert "journal: 3 new, 0 already here" in str(
            app.screen.query_one("#exchange-status", Static).render()
        )
        assert Store(empty_store.path, clock).records(JournalEntry) == []
        await pilot.click("#import")
        assert "Imported 3 records." in str(
            app.screen.query_one("#exchange-status", Static).render()
        )
    assert len(Store(empty_store.path, clock).records(JournalEntry)) == 3


async def test_a_broken_import_says_which_row_and_writes_nothing(
    empty_store: Store, clock: FixedClock
) -> None:
    before = empty_store.path.read_bytes()
    app = make_app(empty_store, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("o", "down", "enter")
        app.screen.query_one("#path", Input).value = str(FIXTURES / "daylio_broken.csv")
        await pilot.click("#check")
        status = str(app.screen.query_one("#exchange-status", Static).render())
        assert "row 3: date" in status and "Nothing was imported" in status
        assert app.screen.query_one("#import").disabled
    assert empty_store.path.read_bytes() == before
