"""The gentle answer: after a save that held words about suicide or self-harm, a mood of 1,
or distress of 9 or 10, a calm note in words that fit what happened, with a way to talk to
someone now, the emergency number, and the safety plan (or an offer to write one).

It can be closed at once, it is never stored, and it is turned off in Settings. A mood or a
distress is answered at most once per logging day, words every time (once per record).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from wellbeing_tui.services.care_answer import Trigger, note_text
from wellbeing_tui.ui.dialogs.choice import Choice

if TYPE_CHECKING:
    from wellbeing_tui.ui.app import WellbeingApp

SEE_PLAN = "safety-plan"
WRITE_PLAN = "write-plan"


def gentle_answer(trigger: Trigger, country: str | None, *, has_plan: bool) -> Choice:
    answers = [("support", "See support")]
    plan = (SEE_PLAN, "My safety plan") if has_plan else (WRITE_PLAN, "Write a safety plan")
    answers.append(plan)
    answers.append(("close", "Close"))
    return Choice(note_text(trigger, country, has_plan=has_plan), answers, cancel="close")


def show_gentle_answer(app: WellbeingApp, trigger: Trigger) -> None:
    """The note, over whatever screen is showing now."""

    def answered(answer: str) -> None:
        if answer in ("support", SEE_PLAN):
            app.go(answer)
        elif answer == WRITE_PLAN:
            # deferred: the plan's form is 35 ms this note need not wait for (import timing;
            # neither bench opens it)
            from wellbeing_tui.ui.support.safety_plan import SafetyPlanScreen

            app.push_screen(SafetyPlanScreen())

    has_plan = app.diary.safety_plan.current() is not None
    note = gentle_answer(trigger, app.country, has_plan=has_plan)
    # The dialog calls back itself: the screen that saved may already be closed, and a
    # result callback would go to it.
    note.then = answered
    app.push_screen(note)
