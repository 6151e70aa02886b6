"""Text someone wrote, as Markdown that renders exactly as it was written.

A journal entry, a thought or an emotion word is not Markdown: "1986. A year" is not a
numbered list, "2*3*4" is not in italics, "# not a heading" is not a heading and "<script>"
is text, not HTML. Every character that Markdown (pandoc's and CommonMark's) reads as
syntax is escaped with a backslash, so pandoc, a Markdown viewer and a person reading the
file with ``cat`` see the words as they were typed:

- everywhere: ``\\ ` * _ [ ] { } < > | $ ~ ^ & " '`` (quotes and runs of ``--``, ``..`` or
  ``. .`` too, which pandoc would otherwise turn into curly quotes, dashes, an ellipsis or a
  pause), a ``#``
  after a space (a heading, a closing ``#``) and an ``@`` not after a letter (a citation);
- at the start of a line: ``- + = : % (`` and a list number (``1986.``, ``a)``, ``iv.``);
- control characters become the placeholders the screen shows (see ``visible``).

Each line break is kept as a hard break (a backslash at the end of the line); a blank line
still starts a new paragraph. Spaces at the ends of a line are dropped, as any Markdown
renderer drops them, so that an indented line does not become a code block.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from wellbeing_tui.domain.visible import visible

# Syntax anywhere in a line; runs of dashes and dots (smart punctuation); "#" and "@".
_SPECIAL = re.compile(r"""[\\`*_\[\]{}<>|$~^&"']|--+|\.(?: *\.)+|(?<!\S)#|(?<!\w)@""")
# Syntax only at the start of a line: a list, a setext underline, a definition, a div fence,
# pandoc's title block, an example list; and the number or letter of an ordered list.
_LINE_START = re.compile(r"[-+=:%(]")
_LIST_NUMBER = re.compile(r"(\d{1,9}|[A-Za-z]|[ivxlcdm]+|[IVXLCDM]+|#)([.)])(?=\s|$)")
HARD_BREAK = "\\"
# A paragraph of three spaced dots and nothing else is a pause in pandoc's slide shows, and
# left out of its HTML; a space written as a character reference keeps the dots.
_PAUSE = re.compile(r"\\\.( +\\\.){2}")


def _backslashed(match: re.Match[str]) -> str:
    return "".join(c if c == " " else "\\" + c for c in match.group())


def _line(text: str) -> str:
    """One line of text, stripped of its outer spaces, with all its syntax escaped."""
    line = _SPECIAL.sub(_backslashed, text.strip())
    if _LINE_START.match(line):
        return "\\" + line
    return _LIST_NUMBER.sub(r"\1\\\2", line, count=1) if _LIST_NUMBER.match(line) else line


def inline(text: str) -> str:
    """Text on one line (a heading, a table cell, a list item): line breaks and runs of
    spaces become one space, as they would in a table."""
    return _line(" ".join(visible(text).split()))


def multiline(text: str, indent: str = "") -> str:
    """Text whose line breaks stay line breaks, inside a list item (continuation lines start
    with ``indent``); blank lines are left out, as a list item keeps to one paragraph."""
    kept = [_line(line) for line in visible(text).split("\n") if line.strip()]
    return (HARD_BREAK + "\n" + indent).join(kept)


def block(text: str) -> list[str]:
    """Text as paragraphs, each line kept as its own line: the Markdown lines to write,
    without blank lines around them; nothing when the text is blank."""
    paragraphs: list[list[str]] = [[]]
    for raw in visible(text).split("\n"):
        if raw.strip():
            paragraphs[-1].append(_line(raw))
        elif paragraphs[-1]:
            paragraphs.append([])
    out: list[str] = []
    for paragraph in (p for p in paragraphs if p):
        if len(paragraph) == 1 and _PAUSE.fullmatch(paragraph[0]):
            paragraph = ["\\.&#32;\\.&#32;\\."]
        if out:
            out.append("")
        out += [line + HARD_BREAK for line in paragraph[:-1]] + [paragraph[-1]]
    return out


def pipe_table(header: Sequence[str], rows: Sequence[Sequence[str]]) -> list[str]:
    """A pipe table with its columns lined up, so that it reads as a table in a plain text
    file too. Cells are written as given: escape what a person wrote with ``inline``. The
    dashes under each heading are as wide as its column, which is what pandoc uses for the
    columns' relative widths when a row is longer than a line of text."""
    widths = [max(len(cell) for cell in column) for column in zip(header, *rows, strict=True)]

    def row(cells: Sequence[str]) -> str:
        return "| " + " | ".join(c.ljust(w) for c, w in zip(cells, widths, strict=True)) + " |"

    rule = "|" + "|".join("-" * (w + 2) for w in widths) + "|"
    return [row(header), rule, *(row(r) for r in rows)]


def metadata(title: str, date: str) -> list[str]:
    """A YAML metadata block that pandoc reads as the document's title and date (without
    one, pandoc warns that an HTML page has no title). Both are written by the program, not
    typed, and hold no quote or backslash; they are quoted so that YAML reads them as text."""
    return ["---", f'title: "{title}"', f'date: "{date}"', "---", ""]
