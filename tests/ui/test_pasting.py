"""Nothing pasted is dropped or reordered.

A bracketed paste is taken whole from the terminal's bytes, however the reads cut it, even
when it holds escape codes (the key parser alone read those as keys, ahead of the paste).
In a field of many lines every pasted character lands in order, control characters as the
same placeholders stored text shows; a one-line field keeps every line, joined by spaces,
and says so."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from textual import events
from textual.widgets import Input, TextArea

from tests.conftest import DEMO_NOW, make_app
from wellbeing_tui.domain.clock import FixedClock
from wellbeing_tui.domain.journal import JournalEntry
from wellbeing_tui.domain.mood import CheckIn
from wellbeing_tui.domain.visible import visible
from wellbeing_tui.storage import Store
from wellbeing_tui.ui.terminal import PASTE_END, PASTE_START, Pastes

HOSTILE = st.lists(
    st.one_of(
        st.sampled_from(["\n", "\r", "\x1b", "\x07", "[", "]", "\x1b]0;title\x07", "\x9b"]),
        st.characters(codec="utf-8"),
        st.characters(min_codepoint=0xD800, max_codepoint=0xDFFF),
    ),
    min_size=1,
    max_size=30,
).map("".join)


def cut(text: str, points: list[int]) -> list[str]:
    edges = sorted({0, len(text), *(p % (len(text) + 1) for p in points)})
    return [text[a:b] for a, b in zip(edges, edges[1:], strict=False)]


@given(
    before=st.text(alphabet="abc xyz", max_size=8),
    pasted=HOSTILE,
    after=st.text(alphabet="abc xyz", max_size=8),
    points=st.lists(st.integers(min_value=0, max_value=200), max_size=6),
)
def test_a_paste_is_taken_whole_in_order_however_the_reads_cut_it(
    before: str, pasted: str, after: str, points: list[int]
) -> None:
    pasted = pasted.replace(PASTE_END, "")
    stream = before + PASTE_START + pasted + PASTE_END + after
    pastes = Pastes()
    parts: list[tuple[str, str]] = []
    for chunk in cut(stream, points):
        parts.extend(pastes.feed(chunk))
    parts.extend(pastes.flush())
    keys_before = "".join(t for k, t in parts[: [k for k, _ in parts].index("paste")])
    assert keys_before == before
    assert [t for k, t in parts if k == "paste"] == [pasted]
    keys_after = "".join(t for k, t in parts[[k for k, _ in parts].index("paste") + 1 :])
    assert keys_after == after


def test_the_paste_that_was_reordered_now_arrives_in_place() -> None:
    pastes = Pastes()
    stream = (
        "start " + PASTE_START + "AAA\nBBB \x1b]0;pwned\x07 CCC\nDDD" + PASTE_END + " typed-after"
    )
    assert list(pastes.feed(stream)) == [
        ("keys", "start "),
        ("paste", "AAA\nBBB \x1b]0;pwned\x07 CCC\nDDD"),
        ("keys", " typed-after"),
    ]


def reopen(store: Store) -> Store:
    return Store(store.path, store.clock)


@pytest.mark.slow  # eight whole app runs
@settings(
    max_examples=8,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(pasted=HOSTILE)
async def test_pasted_into_the_journal_every_character_lands_in_order(
    pasted: str, tmp_path_factory: object
) -> None:
    import tempfile
    from pathlib import Path

    clock = FixedClock(DEMO_NOW)
    store = Store(Path(tempfile.mkdtemp()) / "w.json", clock)
    app = make_app(store, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("j", "n")
        app.post_message(events.Key("s", "s"))
        app.post_message(events.Paste(pasted))
        app.post_message(events.Key("e", "e"))
        await pilot.pause()
        shown = app.screen.query_one("#text", TextArea).text
        expected = "s" + visible(pasted.replace("\r\n", "\n").replace("\r", "\n")) + "e"
        assert shown == expected
        await pilot.press("ctrl+s")
    entries = reopen(store).records(JournalEntry)
    assert [e.text for e in entries] == [expected.strip()]


async def test_lines_pasted_into_a_one_line_note_are_all_kept_and_it_says_so(
    empty_store: Store, clock: FixedClock
) -> None:
    app = make_app(empty_store, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("m")
        await pilot.click("#mood-3")
        app.screen.query_one("#note", Input).focus()
        await pilot.pause()
        app.post_message(events.Paste("one\ntwo\r\nthree \x1b[31m"))
        await pilot.pause()
        assert app.screen.query_one("#note", Input).value == "one two three \u241b[31m"
        assert any("3 pasted lines" in str(n.message) for n in app._notifications)
        await pilot.press("enter")
    [checkin] = reopen(empty_store).records(CheckIn)
    assert checkin.note == "one two three \u241b[31m"


@pytest.mark.slow  # eight whole app runs
@settings(
    max_examples=8,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(pasted=HOSTILE)
async def test_pasted_into_a_one_line_field_every_line_is_kept_in_order(pasted: str) -> None:
    import tempfile
    from pathlib import Path

    clock = FixedClock(DEMO_NOW)
    store = Store(Path(tempfile.mkdtemp()) / "w.json", clock)
    app = make_app(store, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("j", "n")
        tags = app.screen.query_one("#tags", Input)
        tags.focus()
        await pilot.pause()
        app.post_message(events.Paste(pasted))
        await pilot.pause()
        lines = visible(pasted.replace("\r\n", "\n").replace("\r", "\n")).split("\n")
        assert tags.value == " ".join(line.strip() for line in lines if line.strip())
