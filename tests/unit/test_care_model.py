"""The learned reader beside the crisis rules (``services.care_model``)."""

from __future__ import annotations

import importlib.util
import json
import subprocess
import sys
from pathlib import Path

from wellbeing_tui.content.crisis_learned import NEGATIONS, WINDOW
from wellbeing_tui.services.care import crisis_match, crisis_matches
from wellbeing_tui.services.care_model import MODEL_FILE, model, spans, window_features
from wellbeing_tui.services.care_text import clauses

ROOT = Path(__file__).parents[2]
SHIPPED = ROOT / "wellbeing_tui" / "content" / MODEL_FILE
SCENE = "Sat in the garage with the hose for an hour tonight."


def words(text: str) -> list[tuple[str, ...]]:
    return [clause.words for clause in clauses(text)]


def test_a_scene_the_rules_miss_is_answered_with_its_three_strongest_features() -> None:
    assert next(crisis_matches(SCENE, learned=False), None) is None
    found = crisis_match(SCENE)
    assert found is not None
    assert (found.category, found.pattern) == ("learned", "model")
    assert found.words == "garage with + tonight + the hose"


def test_ordinary_days_stay_quiet() -> None:
    for text in (
        "Tablets from the pharmacy for my hay fever, then lunch with Sam.",
        "I'm checking out of the hotel soon, the taxi is booked.",
        "We picked a date for the wedding!",
    ):
        assert crisis_match(text) is None, text


def test_the_quick_score_is_the_weights_times_the_features() -> None:
    shipped = model()
    for text in (SCENE, "I can't see a way forward with any of this", "Slept badly, ate toast."):
        parts = words(text)
        found = shipped.best(parts)
        assert found is not None and (found.start, found.end) == (0, len(parts))
        slow = shipped.bias
        for name, value in window_features(parts, shipped.known).items():
            kind, _, key = name.partition(":")
            if kind == "b":
                first, second = key.split(" ")
                slow += value * shipped.pairs.get(first, {}).get(second, 0.0)
            else:
                table = {"w": shipped.words, "c": shipped.grams, "f": shipped.flags}[kind]
                slow += value * table.get(key, 0.0)
        assert abs(found.score - slow) < 1e-9, text


def test_a_sentence_buried_in_a_long_entry_is_read_in_its_own_stretch() -> None:
    day = "".join(
        f"Day {n}: walked to the shop for milk, then watched the news. " for n in range(40)
    )
    assert crisis_match(day) is None
    found = crisis_match(day + SCENE)
    assert found is not None and found.category == "learned"
    lengths = [len(part) for part in words(day + SCENE)]
    assert all(
        end - start == 1 or sum(lengths[start:end]) <= WINDOW
        for start, end in spans(lengths)
        if (start, end) != (0, len(lengths))
    )


def test_a_negation_only_adds() -> None:
    shipped = model()
    for word in NEGATIONS:
        assert shipped.words.get(word, 0.0) >= 0
    for first, after in shipped.pairs.items():
        for second, weight in after.items():
            if {first, second} & NEGATIONS:
                assert weight >= 0, (first, second)


def test_no_text_of_the_demo_diary_is_answered_by_the_model() -> None:
    """The threshold is raised above every demo text's score when it is chosen."""
    spec = importlib.util.spec_from_file_location(
        "train", ROOT / "scripts" / "train_crisis_model.py"
    )
    assert spec is not None and spec.loader is not None
    train = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(train)
    for text in train.demo_texts():
        found = crisis_match(text)
        assert found is None or found.category != "learned", text


def test_the_shipped_model_is_small_and_its_figures_are_recorded() -> None:
    # 2.2 MiB, read once, on the writer thread, by the first save with words in it (about
    # 65 ms to parse; 40 ms at 1.5 MiB before the sixteenth and seventeenth rounds' writing).
    assert SHIPPED.stat().st_size < 2_400_000
    figures = json.loads(SHIPPED.read_text(encoding="utf-8"))["figures"]["cross-validated"]
    assert figures["rules or model"]["false positives"] <= 0.045
    assert figures["rules or model"]["recall"] >= figures["rules"]["recall"]


def test_the_script_writes_the_shipped_model() -> None:
    script = ROOT / "scripts" / "train_crisis_model.py"
    done = subprocess.run(
        [sys.executable, str(script), "--check"], capture_output=True, text=True, check=False
    )
    assert done.returncode == 0, done.stdout + done.stderr
