"""Grounding exercises as data, and the plan of one session.

An exercise is either *breathing* (a cycle of phases repeated) or *steps* (one step after
another, each with a soft timer). ``build_plan`` turns an exercise and a length into the list
of segments that the timer walks through.
"""

from __future__ import annotations

import math
from dataclasses import dataclass


@dataclass(frozen=True)
class Phase:
    """One phase of a breathing cycle."""

    kind: str  # one of BREATH_PHASES
    label: str  # "Breathe in"
    seconds: float
    hint: str = ""  # "through your nose"


@dataclass(frozen=True)
class Step:
    """One step of a step exercise."""

    key: str  # the key under which what was noticed is stored
    title: str
    instruction: str
    weight: float = 1.0  # share of the session this step gets
    notice: str | None = None  # a question to answer in writing, if any


@dataclass(frozen=True)
class Exercise:
    slug: str
    name: str
    summary: str
    kind: str  # "breathing" or "steps"
    default_minutes: float
    phases: tuple[Phase, ...] = ()
    steps: tuple[Step, ...] = ()
    lead_in: Phase | None = None  # said once before the first cycle
    beginner_cycles: int | None = None  # a cap on cycles unless the person chose a length
    max_cycles: int | None = None  # never more cycles than this, whatever length is chosen
    safety: str = ""

    @property
    def cycle_seconds(self) -> float:
        return sum(p.seconds for p in self.phases)


@dataclass(frozen=True)
class Segment:
    """A stretch of a session: a breathing phase or a step."""

    kind: str  # a breath phase kind, or "step"
    label: str
    seconds: float
    hint: str = ""
    step: Step | None = None
    cycle: int = 0  # which breathing cycle (1-based), 0 for steps and lead-in


def build_plan(exercise: Exercise, minutes: float | None = None) -> tuple[Segment, ...]:
    """The segments of a session. ``minutes`` None means the exercise's default length
    (or its beginner cycles, where it has a cap)."""
    if exercise.kind == "breathing":
        return _breathing_plan(exercise, minutes)
    return _steps_plan(exercise, minutes if minutes is not None else exercise.default_minutes)


def _breathing_plan(exercise: Exercise, minutes: float | None) -> tuple[Segment, ...]:
    cycle = exercise.cycle_seconds
    if minutes is None and exercise.beginner_cycles is not None:
        cycles = exercise.beginner_cycles
    else:
        total = 60 * (minutes if minutes is not None else exercise.default_minutes)
        cycles = max(1, math.floor(total / cycle + 0.5))
    if exercise.max_cycles is not None:
        cycles = min(cycles, exercise.max_cycles)
    segments: list[Segment] = []
    if exercise.lead_in is not None:
        lead = exercise.lead_in
        segments.append(Segment(lead.kind, lead.label, lead.seconds, lead.hint))
    for n in range(1, cycles + 1):
        segments.extend(
            Segment(p.kind, p.label, p.seconds, p.hint, cycle=n) for p in exercise.phases
        )
    return tuple(segments)


def _steps_plan(exercise: Exercise, minutes: float) -> tuple[Segment, ...]:
    """Whole seconds per step, shared by weight, adding up to the session's length."""
    weights = sum(s.weight for s in exercise.steps)
    total = max(len(exercise.steps), round(60 * minutes))
    segments: list[Segment] = []
    done, share = 0, 0.0
    for step in exercise.steps:
        share += step.weight
        end = round(total * share / weights)
        segments.append(
            Segment("step", step.title, max(1, end - done), step.instruction, step=step)
        )
        done = max(end, done + 1)
    return tuple(segments)


def planned_seconds(plan: tuple[Segment, ...]) -> float:
    return sum(s.seconds for s in plan)
