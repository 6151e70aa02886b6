"""The eight grounding exercises, as data. A new exercise is a new entry here.

Patterns and timings follow the references in the project's content notes: calm breathing
(5 in, 5 out, no holds), box breathing (4-4-4-4), 4-7-8 (four cycles for a beginner), cyclic
sighing (a double inhale and a long exhale), 5-4-3-2-1 senses, and a short body scan. Feet
on the floor and colour spotting turn the source article's grounding advice (the body's
contact with a seat and the ground, slower breathing, looking for colours, listening) into
timed steps.
"""

from __future__ import annotations

from wellbeing_tui.domain.exercise import Exercise, Phase, Step

DIZZY = (
    "If you feel dizzy, light-headed or tingly, stop and breathe normally. "
    "Holding your breath is always optional."
)

EXERCISES: tuple[Exercise, ...] = (
    Exercise(
        slug="senses-54321",
        name="5-4-3-2-1 senses",
        summary="Name what you can see, feel, hear, smell and taste, one sense at a time. "
        "Good when you feel far away or your thoughts are racing.",
        kind="steps",
        default_minutes=3,
        steps=(
            Step(
                "see",
                "5 things you can see",
                "Look around slowly. Name five things you can see, big or small.",
                notice="What do you see?",
            ),
            Step(
                "feel",
                "4 things you can feel",
                "Notice four things you can feel: your feet "
                "on the floor, the fabric of your clothes, the air on your skin.",
                notice="What do you feel?",
            ),
            Step(
                "hear",
                "3 things you can hear",
                "Listen closely for three sounds, near or "
                "far. Your own breathing counts, and so does silence.",
                notice="What do you hear?",
            ),
            Step(
                "smell",
                "2 things you can smell",
                "Find two smells. If nothing comes, think of two smells you like.",
                notice="What do you smell?",
            ),
            Step(
                "taste",
                "1 thing you can taste",
                "Notice one taste in your mouth, or name a taste you enjoy.",
                notice="What do you taste?",
            ),
        ),
    ),
    Exercise(
        slug="calm-breathing",
        name="Calm breathing",
        summary="Slow, even breaths: in for five, out for five, no holding. A gentle way to "
        "lengthen your breathing when you feel stressed or tense.",
        kind="breathing",
        default_minutes=3,
        phases=(
            Phase("in", "Breathe in", 5, "gently, through your nose"),
            Phase("out", "Breathe out", 5, "slowly, through your mouth"),
        ),
        safety=DIZZY,
    ),
    Exercise(
        slug="box-breathing",
        name="Box breathing",
        summary="Four equal sides: in, hold, out, hold, four seconds each. Steadying before "
        "something difficult, or when your mind will not settle.",
        kind="breathing",
        default_minutes=3,
        phases=(
            Phase("in", "Breathe in", 4, "through your nose"),
            Phase("hold-in", "Hold", 4, "softly, without straining"),
            Phase("out", "Breathe out", 4, "through your mouth"),
            Phase("hold-out", "Rest", 4, "empty, at ease"),
        ),
        safety=DIZZY,
    ),
    Exercise(
        slug="breathing-478",
        name="4-7-8 breathing",
        summary="In for four, hold for seven, out for eight. Four rounds is plenty when you "
        "are new to it, and eight is the most at one time; sit or lie down. Often used to "
        "wind down before sleep.",
        kind="breathing",
        default_minutes=2,
        beginner_cycles=4,
        # Its author's advice: four cycles at first, never more than eight at a time.
        max_cycles=8,
        lead_in=Phase("out", "Breathe out fully", 4, "through your mouth, with a whoosh"),
        phases=(
            Phase("in", "Breathe in", 4, "quietly, through your nose"),
            Phase("hold-in", "Hold", 7, "it is fine to hold for less"),
            Phase("out", "Breathe out", 8, "through your mouth, slowly"),
        ),
        safety=DIZZY,
    ),
    Exercise(
        slug="cyclic-sigh",
        name="Cyclic sighing",
        summary="A full breath in, a short extra sip of air, then a long, slow breath out. "
        "Five minutes of this can help lower tension.",
        kind="breathing",
        default_minutes=5,
        phases=(
            Phase("in", "Breathe in", 3, "through your nose, until comfortably full"),
            Phase("in", "A little more", 1, "one short extra sip of air"),
            Phase("out", "Long breath out", 7, "slowly through your mouth, until empty"),
        ),
        safety=DIZZY,
    ),
    Exercise(
        slug="feet-on-floor",
        name="Feet on the floor",
        summary="Notice where you touch the world: soles pressing into the floor, the seat "
        "taking your weight. Helpful when you feel detached or not quite here.",
        kind="steps",
        default_minutes=2,
        steps=(
            Step(
                "sit",
                "Sit down",
                "Sit in a chair with both feet flat on the floor. Let "
                "your hands rest on your legs.",
            ),
            Step(
                "feet",
                "Your feet",
                "Press your feet gently into the floor. Notice the "
                "pressure, the temperature, the texture under them.",
            ),
            Step(
                "seat",
                "The chair",
                "Feel the seat under you and the back of the chair "
                "against your back. Let it take your weight.",
            ),
            Step(
                "breath",
                "Longer breaths",
                "Let each breath out be a little longer than the breath in.",
            ),
            Step(
                "room",
                "The room",
                "Look around and name where you are, the day, and one thing you can see.",
            ),
        ),
    ),
    Exercise(
        slug="colour-spotting",
        name="Colour spotting",
        summary="Count the blue things around you, then the yellow ones, then listen "
        "closely. A simple way back to the present moment.",
        kind="steps",
        default_minutes=2,
        steps=(
            Step(
                "blue",
                "Blue things",
                "Look around and count everything that is blue, however small.",
                notice="What blue things did you find?",
            ),
            Step(
                "yellow",
                "Yellow things",
                "Now count everything that is yellow.",
                notice="What yellow things did you find?",
            ),
            Step(
                "sounds",
                "Sounds",
                "Close your eyes if you like, and listen closely for "
                "every sound and noise around you.",
                notice="What did you hear?",
            ),
            Step("breath", "Breathe", "Take three slow breaths and notice the room again."),
        ),
    ),
    Exercise(
        slug="body-scan",
        name="Short body scan",
        summary="Move your attention slowly from your feet to the top of your head. Feeling "
        "nothing in a place is fine: just notice that.",
        kind="steps",
        default_minutes=5,
        steps=(
            Step(
                "settle",
                "Settle",
                "Sit or lie comfortably. Notice a few breaths without changing them.",
            ),
            Step(
                "feet",
                "Feet",
                "Notice your feet: contact, warmth, tingling, or nothing at all. Nothing is fine.",
            ),
            Step("legs", "Lower legs and knees", "Move up to your ankles, calves and knees."),
            Step(
                "thighs",
                "Thighs and hips",
                "Notice your thighs, hips and where you are sitting or lying.",
            ),
            Step(
                "belly",
                "Belly and lower back",
                "Notice your belly rising and falling, and your lower back.",
            ),
            Step(
                "chest", "Chest and upper back", "Notice your chest and upper back as you breathe."
            ),
            Step(
                "hands", "Hands and arms", "Notice your hands, then your arms up to the shoulders."
            ),
            Step(
                "shoulders",
                "Shoulders and neck",
                "Notice your shoulders and neck. If there is tension, just notice it.",
            ),
            Step("face", "Jaw and face", "Notice your jaw, cheeks, eyes and forehead."),
            Step("head", "Top of the head", "Notice the top of your head."),
            Step(
                "whole",
                "Whole body",
                "Feel your whole body breathing. When you are ready, move your fingers and toes.",
                weight=1.5,
            ),
        ),
    ),
)

BY_SLUG: dict[str, Exercise] = {e.slug: e for e in EXERCISES}
EXERCISE_NAMES: dict[str, str] = {e.slug: e.name for e in EXERCISES}
DURATIONS: tuple[int, ...] = (1, 2, 3, 5, 10)
