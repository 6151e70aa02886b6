"""Exercise plans: the 4-7-8 pattern never runs more than eight rounds at a time."""

from __future__ import annotations

import pytest
from textual.widgets import RadioButton

from tests.conftest import make_app
from tests.ui.grounding.test_grounding import choose
from wellbeing_tui.content.exercises import BY_SLUG, DURATIONS
from wellbeing_tui.domain.exercise import build_plan


@pytest.mark.parametrize("minutes", [None, *DURATIONS, 30])
def test_478_never_runs_more_than_eight_rounds(minutes: float | None) -> None:
    plan = build_plan(BY_SLUG["breathing-478"], minutes)
    rounds = max(s.cycle for s in plan)
    assert 1 <= rounds <= 8
    if minutes is None:
        assert rounds == 4  # the beginner's four


def test_other_breathing_exercises_still_grow_with_the_length() -> None:
    short = build_plan(BY_SLUG["calm-breathing"], 1)
    long = build_plan(BY_SLUG["calm-breathing"], 10)
    assert max(s.cycle for s in long) == 10 * max(s.cycle for s in short)


async def test_the_setup_offers_no_478_length_that_would_be_the_same(
    empty_store: object, clock: object
) -> None:

    app = make_app(empty_store, clock)  # type: ignore[arg-type]
    async with app.run_test(size=(100, 30)) as pilot:
        await choose(pilot, "breathing-478")
        labels = [str(b.label) for b in app.screen.query(RadioButton)]
        assert labels[0] == "4 rounds (a good start)"
        assert "10 min" not in " ".join(labels) and "5 min" not in " ".join(labels)
        assert labels[-1].endswith("(8 rounds, 2:36)")
