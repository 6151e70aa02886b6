"""The safety plan: written, saved, read, and changed; offered after a hard moment; in a
summary only when asked for."""

from __future__ import annotations

import json
from pathlib import Path

from textual.widgets import Input, Static, TextArea

from tests.cli.test_cli import cli
from tests.conftest import make_app, showing
from wellbeing_tui.domain.clock import FixedClock
from wellbeing_tui.domain.safety_plan import Contact, SafetyPlan
from wellbeing_tui.storage import Store
from wellbeing_tui.ui.dialogs.choice import Choice
from wellbeing_tui.ui.support.plan_view import SafetyPlanView
from wellbeing_tui.ui.support.safety_plan import SafetyPlanScreen


def saved_plans(store: Store, clock: FixedClock) -> list[SafetyPlan]:
    return Store(store.path, clock).records(SafetyPlan)


def contact_of(screen: SafetyPlanScreen, part: str, name: str) -> str:
    """The number written beside ``name`` in one of the form's lists of people."""
    row = 0
    while screen.query(f"#{part}-name-{row}"):
        if screen.query_one(f"#{part}-name-{row}", Input).value == name:
            return screen.query_one(f"#{part}-contact-{row}", Input).value
        row += 1
    raise AssertionError(f"{name} is not in {part}")


async def test_a_plan_is_written_saved_reopened_and_changed(
    empty_store: Store, clock: FixedClock
) -> None:
    app = make_app(empty_store, clock)  # GB
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("h", "p")  # from the support screen: no plan yet, so the form
        screen = showing(app, SafetyPlanScreen)
        # a new plan starts with the country's services and emergency number
        assert screen.query_one("#professionals-name-0", Input).value == "Samaritans"
        assert contact_of(screen, "professionals", "Emergency services") == "999"
        await pilot.press(*"not sleeping, cancelling plans")
        screen.query_one("#people_to_ask-name-0", Input).value = "Sam"
        screen.query_one("#people_to_ask-contact-0", Input).value = "07700 900123"
        screen.query_one("#reasons_to_live", TextArea).text = "my dog, Rosa"
        await pilot.press("ctrl+s")
        assert not isinstance(app.screen, SafetyPlanScreen)
    [plan] = saved_plans(empty_store, clock)
    assert plan.warning_signs == "not sleeping, cancelling plans"
    assert plan.people_to_ask == (Contact("Sam", "07700 900123"),)
    assert plan.reasons_to_live == "my dog, Rosa"
    assert plan.professionals[0].name == "Samaritans"

    again = make_app(Store(empty_store.path, clock), clock)
    async with again.run_test(size=(100, 30)) as pilot:
        again.go("safety-plan")  # the menu's "My safety plan": the plan to read
        await pilot.pause()
        showing(again, SafetyPlanView)
        await pilot.press("e")
        screen = showing(again, SafetyPlanScreen)
        assert screen.query_one("#warning_signs", TextArea).text == plan.warning_signs
        assert screen.query_one("#people_to_ask-name-0", Input).value == "Sam"
        screen.query_one("#people_to_ask-name-1", Input).value = "Dr Patel"
        await pilot.press("escape")  # changed: asks first
        showing(again, Choice)
        await pilot.press("enter")  # save it
        await pilot.pause()
        view = showing(again, SafetyPlanView)  # back to the plan, as it is now
        assert "Dr Patel" in str(view.query_one("#plan-numbers", Static).render())
    [changed] = saved_plans(empty_store, clock)
    assert changed.id == plan.id
    assert [c.name for c in changed.people_to_ask] == ["Sam", "Dr Patel"]


async def test_the_gentle_note_offers_the_plan_when_there_is_one(
    empty_store: Store, clock: FixedClock
) -> None:
    empty_store.add(SafetyPlan(id="p1", updated_at="2026-11-26T10:00:00+00:00", on_my_own="a walk"))
    app = make_app(Store(empty_store.path, clock), clock)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("m")
        await pilot.click("#mood-1")
        await pilot.press("ctrl+s")
        await pilot.pause()
        showing(app, Choice)
        await pilot.click("#safety-plan")
        await pilot.pause()
        view = showing(app, SafetyPlanView)  # to read, not a form to type into
        assert not view.query("Input, TextArea")
        assert "a walk" in " ".join(str(s.render()) for s in view.query(Static))


def test_a_summary_holds_the_plan_only_when_asked(tmp_path: Path, clock: FixedClock) -> None:
    path = tmp_path / "w.json"
    Store(path, clock).add(
        SafetyPlan(
            id="p1",
            updated_at="2026-11-26T10:00:00+00:00",
            warning_signs="cancelling plans",
            people_to_ask=(Contact("Sam", "07700 900123"),),
        )
    )
    args = ("export", "--format", "md", "--from", "2026-11-20", "--to", "2026-11-26")
    plain = cli(*args, "--data", str(path))
    assert plain.returncode == 0 and "cancelling plans" not in plain.stdout
    asked = cli(*args, "--include-safety-plan", "--data", str(path))
    assert "## My safety plan" in asked.stdout
    assert "cancelling plans" in asked.stdout and "- Sam: 07700 900123" in asked.stdout
    # The steps in order, as the plan's screen shows them, and what makes life worth living.
    headings = [line for line in asked.stdout.splitlines() if line.startswith("### ")]
    assert [h.split(":")[0] for h in headings] == [
        *(f"### Step {n}" for n in range(1, 7)),
        "### What makes life worth living for me",
    ]
    backup = json.loads(cli("export", "--format", "json", "--data", str(path)).stdout)
    assert backup["tables"]["safety_plan"][0]["warning_signs"] == "cancelling plans"


async def test_saving_a_plan_that_names_hard_words_brings_no_note(
    empty_store: Store, clock: FixedClock
) -> None:
    app = make_app(empty_store, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        app.push_screen(SafetyPlanScreen())
        await pilot.pause()
        await pilot.press(*"thinking I want to die")
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert not isinstance(app.screen, Choice)
        assert "saved" in str(app._notifications and list(app._notifications)[-1].message)
    assert saved_plans(empty_store, clock)[0].warning_signs == "thinking I want to die"
