"""The session timer on a fake clock: phases at exact times, pause, skip, early end."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from wellbeing_tui.content.exercises import BY_SLUG, EXERCISES
from wellbeing_tui.domain.clock import FixedClock
from wellbeing_tui.domain.exercise import build_plan, planned_seconds
from wellbeing_tui.domain.session import GroundingRun, phase_line
from wellbeing_tui.domain.timer import SessionTimer

START = datetime(2026, 11, 26, 14, 0, tzinfo=UTC)

# Each breathing exercise: its cycle as (label, seconds), and its lead-in if any.
CYCLES = {
    "calm-breathing": [("Breathe in", 5), ("Breathe out", 5)],
    "box-breathing": [("Breathe in", 4), ("Hold", 4), ("Breathe out", 4), ("Rest", 4)],
    "breathing-478": [("Breathe in", 4), ("Hold", 7), ("Breathe out", 8)],
    "cyclic-sigh": [("Breathe in", 3), ("A little more", 1), ("Long breath out", 7)],
}


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock(START)


@pytest.mark.parametrize("slug", sorted(CYCLES))
def test_breathing_phases_change_at_exact_times(slug: str, clock: FixedClock) -> None:
    exercise = BY_SLUG[slug]
    plan = build_plan(exercise, 1)
    timer = SessionTimer(plan, clock)
    timer.start()
    t = 0.0
    if exercise.lead_in is not None:
        assert timer.state().segment.label == "Breathe out fully"  # type: ignore[union-attr]
        clock.advance(exercise.lead_in.seconds)
        t += exercise.lead_in.seconds
    cycle_seconds = sum(s for _, s in CYCLES[slug])
    cycles = round(60 / cycle_seconds)
    for cycle in range(1, cycles + 1):
        for label, seconds in CYCLES[slug]:
            state = timer.state()
            assert state.segment is not None
            assert (state.segment.label, state.segment.cycle) == (label, cycle)
            assert state.phase_left == pytest.approx(seconds)
            clock.advance(seconds - 0.01)
            assert timer.state().segment.label == label  # type: ignore[union-attr]
            clock.advance(0.01)
            t += seconds
    assert timer.state().finished
    assert timer.active_seconds() == pytest.approx(t)
    assert planned_seconds(plan) == pytest.approx(t)


def test_478_keeps_to_four_rounds_unless_a_length_is_chosen() -> None:
    exercise = BY_SLUG["breathing-478"]
    assert max(s.cycle for s in build_plan(exercise)) == 4
    assert max(s.cycle for s in build_plan(exercise, 2)) == round(120 / 19)
    assert max(s.cycle for s in build_plan(exercise, 5)) == 8  # never more than eight


@pytest.mark.parametrize(
    "exercise", [e for e in EXERCISES if e.kind == "steps"], ids=lambda e: e.slug
)
def test_steps_share_the_session_and_come_one_at_a_time(exercise, clock: FixedClock) -> None:  # type: ignore[no-untyped-def]
    plan = build_plan(exercise, 2)
    assert planned_seconds(plan) == pytest.approx(120)
    timer = SessionTimer(plan, clock)
    timer.start()
    for n, segment in enumerate(plan):
        state = timer.state()
        assert state.index == n and state.segment is segment
        assert segment.step is exercise.steps[n]
        clock.advance(segment.seconds)
    assert timer.state().finished


def test_pause_and_resume_leave_paused_time_out(clock: FixedClock) -> None:
    timer = SessionTimer(build_plan(BY_SLUG["calm-breathing"], 1), clock)
    timer.start()
    clock.advance(3)
    timer.pause()
    clock.advance(100)
    state = timer.state()
    assert state.paused and state.segment.label == "Breathe in"  # type: ignore[union-attr]
    assert state.phase_left == pytest.approx(2)
    timer.resume()
    clock.advance(2)
    assert timer.state().segment.label == "Breathe out"  # type: ignore[union-attr]
    assert timer.active_seconds() == pytest.approx(5)
    assert timer.state().session_left == pytest.approx(55)


def test_skip_moves_to_the_next_step_without_counting_the_skipped_time(clock: FixedClock) -> None:
    plan = build_plan(BY_SLUG["senses-54321"], 2.5)
    timer = SessionTimer(plan, clock)
    timer.start()
    clock.advance(10)
    timer.skip()
    state = timer.state()
    assert state.segment.step.key == "feel"  # type: ignore[union-attr]
    assert state.phase_elapsed == pytest.approx(0)
    assert timer.active_seconds() == pytest.approx(10)
    for _ in range(4):
        timer.skip()
    assert timer.state().finished
    assert timer.active_seconds() == pytest.approx(10)


def test_early_end_records_the_time_spent_and_not_completed(clock: FixedClock) -> None:
    run = GroundingRun(BY_SLUG["box-breathing"], clock, 3, distress_before=7)
    run.start()
    clock.advance(40)
    run.timer.pause()
    clock.advance(30)  # thinking about whether to stop
    record = run.finish(completed=False, distress_after=5, note="enough for now")
    assert record.actual_seconds == pytest.approx(40)
    assert record.planned_seconds == 176
    assert not record.completed
    assert record.started_at == "2026-11-26T14:00:00+00:00"
    assert record.ended_at == "2026-11-26T14:01:10+00:00"
    assert (record.distress_before, record.distress_after, record.note) == (7, 5, "enough for now")


def test_the_clock_not_the_ticks_keeps_time(clock: FixedClock) -> None:
    """However rarely the timer is asked, where the session is depends only on the clock."""
    timer = SessionTimer(build_plan(BY_SLUG["calm-breathing"], 1), clock)
    timer.start()
    clock.advance(37.5)
    state = timer.state()
    assert state.position == pytest.approx(37.5)
    assert state.segment.label == "Breathe out"  # type: ignore[union-attr]
    assert state.segment.cycle == 4  # type: ignore[union-attr]


def test_noticed_items_are_kept_per_step(clock: FixedClock) -> None:
    run = GroundingRun(BY_SLUG["senses-54321"], clock)
    run.start()
    run.notice("see", "  the blue   mug ")
    run.notice("see", "")
    run.notice("hear", "rain")
    assert run.finish(completed=True).noticed == {"see": ("the blue mug",), "hear": ("rain",)}


def test_phase_lines_read_as_sentences() -> None:
    [first, *_] = build_plan(BY_SLUG["box-breathing"], 1)
    assert phase_line(first) == "Breathe in, 4 seconds (through your nose)"
    step = build_plan(BY_SLUG["colour-spotting"], 2)[0]
    assert phase_line(step).startswith("Blue things, 30 seconds. Look around")


def test_every_exercise_is_described_and_has_a_default() -> None:
    for exercise in EXERCISES:
        assert 30 < len(exercise.summary) < 220
        assert exercise.default_minutes in (1, 2, 3, 5, 10)
        assert (exercise.kind == "breathing") == bool(exercise.phases)
        assert (exercise.kind == "steps") == bool(exercise.steps)


def test_skipping_every_step_to_the_end_is_not_a_completed_session(clock: FixedClock) -> None:
    run = GroundingRun(BY_SLUG["senses-54321"], clock)
    run.start()
    while not run.timer.state().finished:
        clock.advance(1)
        run.timer.skip()
    assert run.finish(completed=True).completed is False


def test_moving_on_early_from_some_steps_still_completes(clock: FixedClock) -> None:
    run = GroundingRun(BY_SLUG["senses-54321"], clock)
    run.start()
    run.timer.skip()  # named five things quickly
    while not run.timer.state().finished:
        clock.advance(run.timer.next_boundary_in())
    assert run.finish(completed=True).completed is True


def test_moving_on_through_every_step_after_noticing_things_completes(
    clock: FixedClock,
) -> None:
    run = GroundingRun(BY_SLUG["senses-54321"], clock)
    run.start()
    run.notice("see", "blue mug")
    while not run.timer.state().finished:
        clock.advance(1)
        run.timer.skip()
    assert run.finish(completed=True).completed is True
