"""pandoc, as someone would run it on a summary, and the text a browser shows of its HTML."""

from __future__ import annotations

import shutil
import subprocess
from html.parser import HTMLParser

import pytest

PANDOC = shutil.which("pandoc")
needs_pandoc = pytest.mark.skipif(PANDOC is None, reason="pandoc is not installed")

# Elements that end a line of text when a browser shows the page.
_BLOCKS = frozenset({"p", "br", "li", "h1", "h2", "h3", "h4", "tr", "div", "blockquote", "pre"})


def to_html(markdown: str) -> tuple[str, str]:
    """pandoc's default reading of Markdown as a standalone HTML page: (html, stderr)."""
    assert PANDOC is not None
    done = subprocess.run(
        [PANDOC, "--from", "markdown", "--to", "html5", "--standalone"],
        input=markdown.encode("utf-8"),
        capture_output=True,
        check=True,
    )
    return done.stdout.decode("utf-8"), done.stderr.decode("utf-8")


class _Text(HTMLParser):
    """The text of the body, one line per block or line break, by heading."""

    def __init__(self) -> None:
        super().__init__()
        self.sections: dict[str, list[str]] = {}
        self.tags: list[str] = []
        self._heading: list[str] | None = None
        self._current = ""
        self._text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        if tag in {"h2", "h3"}:
            self._flush()
            self._heading = []
        elif tag in _BLOCKS:
            self._text.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in {"h2", "h3"} and self._heading is not None:
            self._current = " ".join("".join(self._heading).split())
            self._heading = None
        elif tag in _BLOCKS:
            self._text.append("\n")

    def handle_data(self, data: str) -> None:
        # A line break in the HTML source is a space on the page.
        (self._heading if self._heading is not None else self._text).append(data.replace("\n", " "))

    def _flush(self) -> None:
        self.sections[self._current] = shown_lines("".join(self._text))
        self._text = []

    def close(self) -> None:
        super().close()
        self._flush()


def shown_lines(text: str) -> list[str]:
    """The lines with words in them, each with its runs of spaces as one space (as a browser
    shows them)."""
    return [" ".join(line.split()) for line in text.split("\n") if line.strip()]


def sections(html: str) -> tuple[dict[str, list[str]], list[str]]:
    """The page's lines of text under each h2/h3 heading, and every element seen."""
    parser = _Text()
    parser.feed(html)
    parser.close()
    return parser.sections, parser.tags
