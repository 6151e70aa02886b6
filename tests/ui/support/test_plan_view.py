"""The safety plan at hand: Support shows the plan's people and numbers before anything else
once there is a plan, p opens it to read (people and numbers first, every step in order),
and e opens it to change. The plan covers every step of Stanley and Brown's intervention."""

from __future__ import annotations

import pytest
from textual.widgets import Input, Label, Static, TextArea

from tests.conftest import make_app, showing
from wellbeing_tui.domain.clock import FixedClock
from wellbeing_tui.domain.safety_plan import STEPS, Contact, SafetyPlan
from wellbeing_tui.storage import Store
from wellbeing_tui.ui.support.plan_view import SafetyPlanView
from wellbeing_tui.ui.support.safety_plan import SafetyPlanScreen
from wellbeing_tui.ui.support.support import SupportScreen

PLAN = SafetyPlan(
    id="p1",
    updated_at="2026-11-20T10:00:00+00:00",
    warning_signs="Not sleeping; cancelling plans.",
    on_my_own="A walk round the park; the 4-7-8 breathing.",
    distraction_people=(Contact("Priya", "07700 900456"),),
    distractions="The library café.",
    people_to_ask=(Contact("Sam", "07700 900123"),),
    professionals=(Contact("Dr Patel (GP)", "020 7946 0000"), Contact("Samaritans", "116 123")),
    safer_surroundings="Sam keeps the spare car keys for now.",
    reasons_to_live="Rosa, my dog.",
)


def text_of(screen: object) -> str:
    return "\n".join(str(s.render()) for s in screen.query(Static))  # type: ignore[attr-defined]


@pytest.mark.parametrize("size", [(80, 24), (100, 30)])
async def test_support_shows_the_plan_people_first_and_p_opens_it_to_read(
    demo_store: Store, clock: FixedClock, size: tuple[int, int]
) -> None:
    demo_store.add(PLAN)
    app = make_app(demo_store, clock)
    async with app.run_test(size=size) as pilot:
        await pilot.press("h")
        support = showing(app, SupportScreen)
        plan_part = support.query_one("#plan-hint", Static)
        words = str(plan_part.render())
        assert "Sam" in words and "07700 900123" in words and "020 7946 0000" in words
        assert "Press p to write" not in words
        # before the country's helplines, and in view without scrolling
        assert plan_part.region.y < support.query_one("#helplines").region.y
        assert plan_part.region.y < size[1] - 2

        await pilot.press("p")
        view = showing(app, SafetyPlanView)
        assert not view.query("Input, TextArea")  # read, not typed over by accident
        numbers = view.query_one("#plan-numbers", Static)
        top = str(numbers.render())
        for shown in ("Sam", "07700 900123", "Dr Patel (GP)", "020 7946 0000", "call 999"):
            assert shown in top
        assert numbers.region.y < size[1] // 2  # people and numbers first
        everything = text_of(view)
        assert everything.index("People and numbers") < everything.index("Step 1. Warning")
        for step in STEPS:
            assert step.title in everything
        for written in ("Not sleeping", "A walk round", "Priya", "The library café", "spare car"):
            assert written in everything
        assert "go on to the next step" in everything

        await pilot.press("e")
        form = showing(app, SafetyPlanScreen)
        assert form.query_one("#people_to_ask-name-0", Input).value == "Sam"
        form.query_one("#people_to_ask-contact-0", Input).value = "07700 900999"
        await pilot.press("ctrl+s")
        view = showing(app, SafetyPlanView)
        assert "07700 900999" in str(view.query_one("#plan-numbers", Static).render())
        await pilot.press("escape")
        assert "07700 900999" in str(showing(app, SupportScreen).query_one("#plan-hint").render())


async def test_without_a_plan_support_offers_to_write_one(
    demo_store: Store, clock: FixedClock
) -> None:
    app = make_app(demo_store, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("h")
        support = showing(app, SupportScreen)
        assert "Press p to write down" in str(support.query_one("#plan-hint").render())
        await pilot.press("p")
        form = showing(app, SafetyPlanScreen)
        form.query_one("#people_to_ask-name-0", Input).value = "Sam"
        form.query_one("#people_to_ask-contact-0", Input).value = "07700 900123"
        await pilot.press("ctrl+s")
        support = showing(app, SupportScreen)  # back, with the plan's people now
        plan_part = support.query_one("#plan-hint", Static)
        assert "07700 900123" in str(plan_part.render())
        assert plan_part.region.y < support.query_one("#helplines").region.y


async def test_my_safety_plan_without_a_plan_shows_numbers_and_how_to_write_one(
    empty_store: Store, clock: FixedClock
) -> None:
    app = make_app(empty_store, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        app.go("safety-plan")  # the menu or the palette
        await pilot.pause()
        view = showing(app, SafetyPlanView)
        top = str(view.query_one("#plan-numbers", Static).render())
        assert "Samaritans" in top and "call 999" in top
        assert "Press e to write one" in str(view.query_one("#plan-none", Static).render())
        await pilot.press("e")
        showing(app, SafetyPlanScreen)


async def test_the_form_walks_through_every_step_with_a_question_each(
    empty_store: Store, clock: FixedClock
) -> None:
    app = make_app(empty_store, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("h", "p")
        form = showing(app, SafetyPlanScreen)
        titles = [str(label.render()) for label in form.query(".part-title").results(Label)]
        assert titles == [f"Step {n}. {s.title}" for n, s in enumerate(STEPS[:6], start=1)] + [
            STEPS[6].title
        ]
        words = text_of(form)
        for step in STEPS:
            assert step.prompt in words
        assert "someone you trust to keep hold of anything you might use to hurt" in words
        assert "write it with someone you trust" in words  # filling it in together
        assert "Keep a copy where you can reach it" in words  # where to keep it
        # step 5 asks for one's own doctor and the nearest emergency department
        hints = [field.placeholder for field in form.query(Input)]
        assert "my GP, doctor or therapist" in hints
        assert "the nearest emergency department" in hints
        # step 3: people who take one's mind off things, a name and a number each
        form.query_one("#distraction_people-name-0", Input).value = "Priya"
        form.query_one("#distraction_people-contact-0", Input).value = "07700 900456"
        form.query_one("#distractions", TextArea).text = "The library café."
        await pilot.press("ctrl+s")
    [plan] = Store(empty_store.path, clock).records(SafetyPlan)
    assert plan.distraction_people == (Contact("Priya", "07700 900456"),)
    assert plan.distractions == "The library café."
