"""The command palette, as a person searches it: every screen by the words people use."""

from __future__ import annotations

import pytest
from textual.command import Command, CommandList, CommandPalette

from tests.conftest import make_app, showing
from tests.helpers.walks import quick_few
from wellbeing_tui.domain.clock import FixedClock
from wellbeing_tui.storage import Store
from wellbeing_tui.ui.support.support import SupportScreen

WORDS = ["crisis", "helpline", "suicide", "support"]


@pytest.mark.parametrize("word", quick_few(WORDS, [(word,) for word in WORDS], {"suicide"}))
async def test_the_palette_offers_support_first_for(
    word: str, empty_store: Store, clock: FixedClock
) -> None:
    app = make_app(empty_store, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("ctrl+p", *word)
        await app.workers.wait_for_complete()  # the search for the whole word
        await pilot.pause(0.6)  # time for "No matches found", were there none
        results = showing(app, CommandPalette).query_one(CommandList)
        first = results.get_option_at_index(0)
        assert isinstance(first, Command)
        assert str(first.hit.text).startswith("Support and helplines")
        await pilot.press("enter")
        await pilot.pause()
        showing(app, SupportScreen)
