"""The full-screen app, started from the command line."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from wellbeing_tui.cli.common import EXIT_OK, EXIT_PROBLEM, complain
from wellbeing_tui.domain.clock import Clock

if TYPE_CHECKING:
    from wellbeing_tui.storage import Store
    from wellbeing_tui.ui.app import WellbeingApp


def start_app(store: Store, **options: Any) -> WellbeingApp:
    """The full-screen app on an opened data file.

    The parsed file stays in memory for the whole session, so it is moved out of the garbage
    collector's sight first: otherwise every full collection walks its hundreds of thousands
    of objects again, which slows the first frame and every later moment the collector runs.
    """
    import gc

    from wellbeing_tui.ui.app import WellbeingApp

    gc.freeze()
    return WellbeingApp(store, **options)


APP_LOCK_TIMEOUT = 3.0


def run_tui(data: str | None, demo: bool, clock: Clock) -> int:
    from wellbeing_tui.storage import Store, StoreError
    from wellbeing_tui.storage.demo import make_demo_copy, remove_demo_copy
    from wellbeing_tui.storage.locations import resolve_data_path

    folder: Path | None = None
    try:
        if demo:
            folder, path = make_demo_copy(clock.now().date())
        else:
            path = resolve_data_path(data)
        try:
            # A save in the open app waits at most a few seconds for another copy's lock,
            # then says so and keeps what was typed, rather than freezing the screen.
            store = Store(path, clock, lock_timeout=APP_LOCK_TIMEOUT)
        except StoreError as err:
            complain(f"wellbeing: {err}\n")
            return EXIT_PROBLEM
        start_app(store, clock=clock, demo=demo).run()
        store.close()
        return EXIT_OK
    finally:
        if folder is not None:
            remove_demo_copy(folder)
