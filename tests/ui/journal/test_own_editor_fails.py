"""ctrl+e in the journal editor, when the person's editor fails: what it wrote before that
comes back into the text, the message says so, and the draft keeps it at once."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import TextArea

from tests.cli.editor_runs import script
from tests.conftest import make_app
from wellbeing_tui.domain.clock import FixedClock
from wellbeing_tui.domain.drafts import Draft
from wellbeing_tui.domain.journal import JournalEntry
from wellbeing_tui.storage import Store

WRITTEN = 'printf "\\nwritten [b]before[/b] it failed" >> "$1"'
WORDS = "typed here\nwritten [b]before[/b] it failed"  # markup in it, shown as written


@pytest.mark.parametrize(
    ("body", "why", "text"),
    [
        (f"{WRITTEN}; exit 3", "status 3", WORDS),
        (f"{WRITTEN}; kill -KILL $$", "SIGKILL", WORDS),
        ("exit 1", "status 1", "typed here"),  # wrote nothing: nothing more to say
    ],
)
async def test_what_a_failed_editor_wrote_comes_back_into_the_text(
    empty_store: Store,
    clock: FixedClock,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    body: str,
    why: str,
    text: str,
) -> None:
    monkeypatch.delenv("VISUAL", raising=False)
    monkeypatch.setenv("EDITOR", str(script(tmp_path, body)))
    app = make_app(empty_store, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("j", "n", *"typed here", "ctrl+e")
        await pilot.pause()
        assert app.screen.query_one("#text", TextArea).text == text
        message = list(app._notifications)[-1].message
        assert why in message
        assert ("in the text now" in message) == (text == WORDS)
        await app.writer.settled()
        [draft] = Store(empty_store.path, clock).records(Draft)
        assert draft.data["text"] == text
        await pilot.press("ctrl+s")
        await pilot.pause()
    [entry] = Store(empty_store.path, clock).records(JournalEntry)
    assert entry.text == text
