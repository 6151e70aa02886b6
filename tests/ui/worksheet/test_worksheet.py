"""The thought-challenge worksheet, step by step, and its history."""

from __future__ import annotations

from textual.widgets import Input, OptionList, SelectionList, Static, TextArea

from tests.conftest import make_app, showing
from wellbeing_tui.content.thoughts import QUESTIONS, TRAPS
from wellbeing_tui.domain.clock import FixedClock
from wellbeing_tui.domain.drafts import Draft
from wellbeing_tui.domain.fields import iso
from wellbeing_tui.domain.thoughts import DISTORTION_SLUGS, ThoughtRecord
from wellbeing_tui.storage import Store
from wellbeing_tui.ui.dialogs.choice import Choice
from wellbeing_tui.ui.worksheet.history import ThoughtsListScreen
from wellbeing_tui.ui.worksheet.worksheet import WorksheetScreen


def reopen(store: Store) -> list[ThoughtRecord]:
    return Store(store.path, store.clock).records(ThoughtRecord)


def fill(app, values: dict[str, str]) -> None:  # type: ignore[no-untyped-def]
    for key, value in values.items():
        widget = app.screen.query_one(f"#{key}")
        if isinstance(widget, TextArea):
            widget.text = value
        else:
            widget.value = value


async def open_new(pilot) -> None:  # type: ignore[no-untyped-def]
    await pilot.press("t", "n")
    assert isinstance(pilot.app.screen, WorksheetScreen)


async def test_a_full_worksheet_keeps_every_answer(empty_store: Store, clock: FixedClock) -> None:
    app = make_app(empty_store, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        await open_new(pilot)
        fill(app, {"situation": "Tuesday, team meeting, no reply to my update."})
        await pilot.press("ctrl+n")
        fill(
            app,
            {
                "mood-name-0": "anxious",
                "mood-before-0": "70",
                "mood-name-1": "ashamed",
                "mood-before-1": "50",
            },
        )
        await pilot.press("ctrl+n")
        fill(
            app,
            {
                "hot-thought": "She thinks my work is useless.",
                "belief-before": "80",
                "other-thoughts": "I'll be let go\nI always mess up",
            },
        )
        await pilot.press("ctrl+n")
        assert "She thinks my work is useless." in str(
            app.screen.query_one("#hot", Static).render()
        )
        traps = app.screen.query_one("#traps", SelectionList)
        traps.select("mind-reading")
        traps.select("labeling")
        await pilot.press("ctrl+n")
        fill(app, {"evidence-for": "She answered two others."})
        await pilot.press("ctrl+n")
        fill(
            app,
            {
                "evidence-against": "She thanked me last week.",
                "answer-true": "I don't know what she thinks.",
                "answer-friend": "That one silence isn't a verdict.",
            },
        )
        await pilot.press("ctrl+n")
        fill(
            app,
            {
                "balanced": "She hasn't replied yet; that doesn't tell me what she thinks.",
                "belief-after": "60",
            },
        )
        await pilot.press("ctrl+n")
        assert "anxious (was 70)" in str(app.screen.query_one("#rerate-name-0", Static).render())
        fill(app, {"mood-after-0": "40", "mood-after-1": "30"})
        await pilot.press("ctrl+n")
        summary = str(app.screen.query_one("#summary", Static).render())
        assert "anxious: 70 before, 40 after." in summary
        assert "80 before, and 60 for the balanced thought" in summary
        await pilot.press("ctrl+n")  # Save
        await pilot.pause()
        assert isinstance(app.screen, ThoughtsListScreen)
    [record] = reopen(empty_store)
    assert record.to_doc() | {"id": "x"} == {
        "id": "x",
        "created_at": iso(clock.now()),
        "updated_at": iso(clock.now()),
        "situation": "Tuesday, team meeting, no reply to my update.",
        "moods": [
            {"name": "anxious", "before": 70, "after": 40},
            {"name": "ashamed", "before": 50, "after": 30},
        ],
        "automatic_thought": "She thinks my work is useless.",
        "belief_before": 80,
        "distortions": ["mind-reading", "labeling"],
        "evidence_for": "She answered two others.",
        "evidence_against": "She thanked me last week.",
        "answers": {
            "true": "I don't know what she thinks.",
            "friend": "That one silence isn't a verdict.",
        },
        "balanced_thought": "She hasn't replied yet; that doesn't tell me what she thinks.",
        "belief_after": 60,
        "other_thoughts": ["I'll be let go", "I always mess up"],
    }


async def test_every_step_skipped_but_the_situation_is_saved(
    empty_store: Store, clock: FixedClock
) -> None:
    app = make_app(empty_store, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        await open_new(pilot)
        await pilot.press("ctrl+s")
        assert "The situation is the one thing needed" in str(
            app.screen.query_one("#worksheet-error", Static).render()
        )
        fill(app, {"situation": "Saturday evening, alone at home."})
        for _ in range(8):
            await pilot.click("#skip")
        assert "You wrote down the situation" in str(
            app.screen.query_one("#summary", Static).render()
        )
        await pilot.click("#next")
    [record] = reopen(empty_store)
    assert record.situation == "Saturday evening, alone at home."
    assert record.moods == () and record.automatic_thought is None and record.answers == {}


async def test_going_back_keeps_what_was_typed(empty_store: Store, clock: FixedClock) -> None:
    app = make_app(empty_store, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        await open_new(pilot)
        fill(app, {"situation": "On the bus"})
        await pilot.press("ctrl+n")
        fill(app, {"mood-name-0": "tense", "mood-before-0": "60"})
        await pilot.press("ctrl+n", "ctrl+b", "ctrl+b")
        assert app.screen.query_one("#situation", TextArea).text == "On the bus"
        await pilot.press("ctrl+n")
        assert app.screen.query_one("#mood-name-0", Input).value == "tense"
        assert app.screen.query_one("#mood-before-0", Input).value == "60"


async def test_an_unfinished_worksheet_is_offered_back(
    empty_store: Store, clock: FixedClock
) -> None:
    app = make_app(empty_store, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        await open_new(pilot)
        fill(app, {"situation": "Waiting for results"})
        await pilot.press("ctrl+n")
        fill(app, {"mood-name-0": "scared", "mood-before-0": "90"})
        await pilot.press("escape")
        await pilot.press("enter")  # "Keep as draft"
        await pilot.pause()
        assert isinstance(app.screen, ThoughtsListScreen)
        await pilot.press("escape")
        await pilot.press("t")
        await pilot.press("enter")  # "Carry on"
        assert isinstance(app.screen, WorksheetScreen)
        assert app.screen.query_one("#situation", TextArea).text == "Waiting for results"
        assert app.screen.query_one("#mood-before-0", Input).value == "90"
        assert "Your moods" in str(app.screen.query_one("#step-title", Static).render())
    assert reopen(empty_store) == []


async def test_search_by_thinking_trap_and_by_word(demo_store: Store, clock: FixedClock) -> None:
    records = demo_store.records(ThoughtRecord)
    app = make_app(demo_store, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("t")
        assert len(showing(app, ThoughtsListScreen).shown) == len(records)
        await pilot.press("slash")
        app.screen.query_one("#thought-search", Input).value = "trap:fortune-telling"
        await pilot.press("enter")
        assert [r.id for r in showing(app, ThoughtsListScreen).shown] == [
            r.id for r in records if "fortune-telling" in r.distortions
        ]
        await pilot.press("slash")
        app.screen.query_one("#thought-search", Input).value = "trap:mind"
        await pilot.press("enter")
        assert all("mind-reading" in r.distortions for r in showing(app, ThoughtsListScreen).shown)
        await pilot.press("slash")
        app.screen.query_one("#thought-search", Input).value = "Sam"
        await pilot.press("enter")
        assert [r.situation for r in showing(app, ThoughtsListScreen).shown] == [
            r.situation for r in records if "Sam" in r.situation
        ]


async def test_open_edit_keeps_created_at_and_delete_asks(
    demo_store: Store, clock: FixedClock
) -> None:
    latest = max(demo_store.records(ThoughtRecord), key=lambda r: r.created_at)
    app = make_app(demo_store, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        clock.advance(3600)
        await pilot.press("t")
        app.screen.query_one("#worksheets", OptionList).focus()
        await pilot.press("enter")
        fill(app, {"situation": latest.situation + " Edited."})
        await pilot.press("ctrl+s")
        await pilot.pause()
        edited = next(r for r in reopen(demo_store) if r.id == latest.id)
        assert edited.situation.endswith("Edited.")
        assert edited.created_at == latest.created_at and edited.updated_at == iso(clock.now())
        await pilot.press("delete", "right", "enter")
        await pilot.pause()
        assert latest.id not in {r.id for r in reopen(demo_store)}
        assert "Press u to undo" in " ".join(str(n.message) for n in app._notifications)
        await pilot.press("u")  # straight after, it comes back as it was
        await pilot.pause()
        back = next(r for r in reopen(demo_store) if r.id == latest.id)
        assert back.situation.endswith("Edited.") and back.created_at == latest.created_at
        assert latest.id in {r.id for r in showing(app, ThoughtsListScreen).shown}


def test_every_trap_and_question_is_complete() -> None:
    assert tuple(t.slug for t in TRAPS) == DISTORTION_SLUGS
    for trap in TRAPS:
        assert trap.name and trap.definition.endswith(".") and trap.example
    slugs = [q.slug for q in QUESTIONS]
    assert len(set(slugs)) == len(slugs) and all(slugs)
    assert [q.slug for q in QUESTIONS[:3]] == ["true", "other-views", "conclusions"]


async def test_a_new_worksheet_never_writes_over_a_kept_one(
    empty_store: Store, clock: FixedClock
) -> None:
    app = make_app(empty_store, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        await open_new(pilot)
        fill(app, {"situation": "Waiting for results"})
        await pilot.press("escape", "enter")  # "Keep as draft"
        await pilot.pause()
        await pilot.press("escape", "t")
        assert isinstance(app.screen, Choice)  # the kept one is offered back
        await pilot.press("escape", "n")  # "Not now", then a new worksheet
        assert isinstance(app.screen, WorksheetScreen)
        fill(app, {"situation": "A message left on read"})
        await pilot.pause(1.5)  # the new worksheet keeps its own draft as you type
        await pilot.press("escape", "enter")  # "Keep as draft"
        await pilot.pause()
    kept = sorted(d.data["situation"] for d in Store(empty_store.path, clock).records(Draft))
    assert kept == ["A message left on read", "Waiting for results"]


async def test_a_saved_worksheet_opens_on_its_summary_to_read(
    demo_store: Store, clock: FixedClock
) -> None:
    latest = max(demo_store.records(ThoughtRecord), key=lambda r: r.created_at)
    app = make_app(demo_store, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("t")
        app.screen.query_one("#worksheets", OptionList).focus()
        await pilot.press("enter")
        assert isinstance(app.screen, WorksheetScreen)
        assert "Summary" in str(app.screen.query_one("#step-title", Static).render())
        await pilot.press("ctrl+b")  # back a step to change something
        assert "Summary" not in str(app.screen.query_one("#step-title", Static).render())
    assert latest in reopen(demo_store)
