"""The app says everything in its own words: no string it holds (screens, content, help,
messages, the demo diary) repeats eight words in a row of the self-help article it grew
from. The article is not in this repository; ``tests/fixtures/article_8grams.txt`` holds a
short hash of each of its eight-word runs (``scripts/article_fingerprints.py`` makes it)."""

from __future__ import annotations

import ast
import json
from collections.abc import Iterator
from pathlib import Path

from scripts.article_fingerprints import RUN, fingerprints, words

ROOT = Path(__file__).resolve().parents[2]
ARTICLE = set((ROOT / "tests" / "fixtures" / "article_8grams.txt").read_text().split())


def strings_in_code() -> Iterator[tuple[str, str]]:
    for path in sorted((ROOT / "wellbeing_tui").rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Constant) and isinstance(node.value, str):
                yield f"{path.relative_to(ROOT)}:{node.lineno}", node.value
            elif isinstance(node, ast.JoinedStr):
                parts = [v.value for v in node.values if isinstance(v, ast.Constant)]
                yield f"{path.relative_to(ROOT)}:{node.lineno}", " ".join(map(str, parts))


def strings_in_demo() -> Iterator[tuple[str, str]]:
    def walk(value: object) -> Iterator[str]:
        if isinstance(value, str):
            yield value
        elif isinstance(value, dict):
            for item in value.values():
                yield from walk(item)
        elif isinstance(value, list):
            for item in value:
                yield from walk(item)

    demo = json.loads((ROOT / "data" / "demo.json").read_text(encoding="utf-8"))
    for text in walk(demo):
        yield "data/demo.json", text


def test_the_fingerprints_are_there() -> None:
    assert len(ARTICLE) > 1000  # one per eight-word run of a 1,360-word article


def test_no_string_repeats_eight_words_of_the_article() -> None:
    copied = [
        f"{where}: {' '.join(words(text))[:90]}"
        for where, text in [*strings_in_code(), *strings_in_demo()]
        if len(words(text)) >= RUN and ARTICLE.intersection(fingerprints(text))
    ]
    assert copied == [], "say these in the app's own words:\n" + "\n".join(copied)
