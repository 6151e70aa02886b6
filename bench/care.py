"""Time the crisis detector on a 2,000-word journal entry.

Measures, in one process, ``mentions_crisis`` on generated entries of about 2,000 words:
an ordinary day, a dense one where nearly every sentence shares words with the patterns
(idioms: "killing it", "a slice of cake", "the bridge club"), and each with a phrase buried at
the very end (every clause read before the answer). Against two baselines over the same
text in the same run: a plain ``str.lower()``, and the whole-word phrase matcher that the
detector replaced; and the learned reader alone (``care_model``, on text already in plain
form), which the detector runs after the rules when they find nothing. Medians of several
runs, in processor time (the machine may be busy: compare the columns side by side).

    python bench/care.py [--words 2000] [--runs 200]

Target: under 5 ms for a 2,000-word entry.
"""

from __future__ import annotations

import argparse
import random
import re
import statistics
import sys
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from wellbeing_tui.services.care import mentions_crisis  # noqa: E402
from wellbeing_tui.services.care_model import model  # noqa: E402
from wellbeing_tui.services.care_text import clauses  # noqa: E402

TARGET_MS = 5.0

ORDINARY = [
    "Woke at seven and made porridge while the kettle boiled.",
    "The bus was late again, so I walked the last part in the drizzle.",
    "Work was a long run of meetings and the spreadsheet kept freezing.",
    "Had soup for lunch with Priya and we talked about her new flat.",
    "Felt flat in the afternoon, a bit numb, nothing in particular.",
    "Called mum on the way home; she's planning the garden for spring.",
    "Cooked pasta, watched half a film, and read a chapter in bed.",
    "My shoulders were tight so I tried the breathing exercise for five minutes.",
    "The cat knocked a plant off the shelf and looked very pleased with herself.",
    "Slept badly, maybe six hours, woke at three and lay there thinking about work.",
    "Went for a run by the canal; it was cold but the sky was clear.",
    "I'm not sure what I felt today, tired mostly, a little low by evening.",
]

DENSE = [
    "I'm killing it at work this week and my boss is dying to see the figures.",
    "I cut myself a slice of cake, then I could kill for a coffee.",
    "I hurt myself at football and I'm dead tired tonight.",
    "The bridge club meets on Thursdays, and we walked over the bridge after.",
    "There's no way out of the car park at this time, what's the point of waiting.",
    "I want to dye my hair blue and I can't go on the trip this weekend.",
    "A burden of paperwork landed on me, but my neighbour is not a burden at all.",
    "I took my pills with breakfast and bought a rope for the washing line.",
    "I wrote goodbye cards for my colleagues before I move on from the team.",
    "I'm tired of living out of boxes since the move, and the heat is killing me.",
    "I never want to wake up early on a Sunday again, I could sleep forever.",
    "We watched Suicide Squad, then the song Hurt came on the radio.",
]

BURIED = "Honestly I keep thinking everyone would be better off without me."

OLD_PHRASES = (
    "kill myself",
    "killing myself",
    "end my life",
    "ending my life",
    "end it all",
    "ending it all",
    "take my own life",
    "taking my own life",
    "take my life",
    "suicide",
    "suicidal",
    "want to die",
    "wanna die",
    "wish i was dead",
    "wish i were dead",
    "better off dead",
    "better off without me",
    "better off if i wasnt here",
    "dont want to be here anymore",
    "dont want to live",
    "dont want to be alive",
    "cant go on",
    "cant do this anymore",
    "no reason to live",
    "nothing to live for",
    "want to disappear",
    "no way out",
    "a burden",
    "hurt myself",
    "hurting myself",
    "harm myself",
    "self harm",
    "cut myself",
    "cutting myself",
)
_NOT_A_WORD = re.compile(r"[^a-z0-9]+")
_OLD_FORMS = tuple(f" {phrase} " for phrase in OLD_PHRASES)


def old_matcher(text: str) -> bool:
    """The whole-word phrase matcher the detector replaced (its list, slightly shortened)."""
    words = f" {' '.join(_NOT_A_WORD.sub(' ', text.lower().replace(chr(39), '')).split())} "
    return any(form in words for form in _OLD_FORMS)


def entry(sentences: list[str], words: int, seed: int) -> str:
    """About ``words`` words of ``sentences`` in a shuffled order."""
    chooser = random.Random(seed)
    found: list[str] = []
    count = 0
    while count < words:
        sentence = chooser.choice(sentences)
        found.append(sentence)
        count += len(sentence.split())
    return " ".join(found)


def _learned(parts: list[tuple[str, ...]], _: str) -> object:
    """The learned reader alone, on the entry already in plain form."""
    return model().best(parts)


def median_ms(func: Callable[[str], object], text: str, runs: int) -> float:
    func(text)  # compiled patterns and caches ready, as in a running app
    times = []
    for _ in range(runs):
        start = time.process_time()
        func(text)
        times.append(time.process_time() - start)
    return 1000 * statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description="Time the crisis detector.")
    parser.add_argument("--words", type=int, default=2000)
    parser.add_argument("--runs", type=int, default=200)
    args = parser.parse_args()
    ordinary = entry(ORDINARY, args.words, 1)
    dense = entry(DENSE, args.words, 2)
    cases = {
        "ordinary day": ordinary,
        "ordinary day, phrase at the end": f"{ordinary} {BURIED}",
        "dense idioms": dense,
        "dense idioms, phrase at the end": f"{dense} {BURIED}",
    }
    assert not mentions_crisis(ordinary) and not mentions_crisis(dense)
    assert all(mentions_crisis(text) for name, text in cases.items() if "phrase" in name)
    parts = {name: [c.words for c in clauses(text)] for name, text in cases.items()}
    print(f"{'':34} {'words':>6} {'lower()':>9} {'old list':>9} {'model':>9} {'detector':>9}")
    slowest = 0.0
    for name, text in cases.items():
        lower = median_ms(str.lower, text, args.runs)
        old = median_ms(old_matcher, text, args.runs)
        learned = median_ms(partial(_learned, parts[name]), text, args.runs)
        new = median_ms(mentions_crisis, text, args.runs)
        slowest = max(slowest, new)
        print(
            f"{name:34} {len(text.split()):6d} {lower:8.3f}ms {old:8.3f}ms {learned:8.3f}ms"
            f" {new:8.3f}ms"
            f"  ({new / lower:.0f}x lower(), {new / old:.1f}x old list)"
        )
    verdict = "within" if slowest < TARGET_MS else "OVER"
    print(f"slowest {slowest:.2f} ms: {verdict} the {TARGET_MS:g} ms target")


if __name__ == "__main__":
    main()
