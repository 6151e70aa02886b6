"""Fingerprints of every run of eight words in the article the app grew from.

The app says everything in its own words; ``tests/unit/test_own_words.py`` checks that no
string in the package repeats eight words of the article in a row. The article itself is not
kept in this repository, only a short hash of each eight-word run, which this script makes:

    python scripts/article_fingerprints.py ARTICLE.txt > tests/fixtures/article_8grams.txt
"""

from __future__ import annotations

import hashlib
import re
import sys
from collections.abc import Iterator
from pathlib import Path

RUN = 8


def words(text: str) -> list[str]:
    """Lower-case words, with apostrophes of either kind kept inside them."""
    return re.findall(r"[a-z0-9]+(?:'[a-z0-9]+)*", text.lower().replace("\u2019", "'"))


def fingerprints(text: str) -> Iterator[str]:
    found = words(text)
    for start in range(len(found) - RUN + 1):
        run = " ".join(found[start : start + RUN])
        yield hashlib.sha256(run.encode()).hexdigest()[:16]


def main() -> None:
    text = Path(sys.argv[1]).read_text(encoding="utf-8")
    for line in sorted(set(fingerprints(text))):
        print(line)


if __name__ == "__main__":
    main()
