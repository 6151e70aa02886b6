"""Text as a screen or a terminal shows it: every character visible, none a command.

Stored and typed text may hold anything: escape sequences that would clear the screen or
change the window's title, a bell, a lone surrogate from a broken import, or a bidirectional
control that makes the rest of a line read backwards (a note that looks like "txt.exe" but
is stored as "exe.txt"). Before it is shown (in the app or by a command), every C0 and C1
control character other than newline and tab, and every bidirectional control (the marks
U+200E, U+200F and U+061C, the embeddings and overrides U+202A-U+202E, the isolates
U+2066-U+2069), becomes a visible placeholder, and a lone surrogate becomes the
replacement character. The stored text itself is never changed.
"""

from __future__ import annotations

import re

# Characters that change how the rest of a line is ordered on screen.
BIDI_CONTROLS = frozenset(
    chr(c) for c in (0x061C, 0x200E, 0x200F, *range(0x202A, 0x202F), *range(0x2066, 0x206A))
)
# A line ending written as CR LF is one line ending; any other control character is drawn.
SHOWN_AS_PLACEHOLDER = re.compile(
    "[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]"
)
REPLACEMENT = "\ufffd"


def _picture(match: re.Match[str]) -> str:
    code = ord(match.group())
    if code < 0x20:
        return chr(0x2400 + code)  # the Control Pictures block: ␛ for ESC, ␇ for BEL
    if code == 0x7F:
        return "\u2421"  # ␡
    # C1 controls, bidirectional controls and lone surrogates have no picture of their own.
    return REPLACEMENT


def visible(text: str) -> str:
    """``text`` with control characters (but newline and tab) shown as placeholders."""
    if "\r\n" in text:
        text = text.replace("\r\n", "\n")
    return SHOWN_AS_PLACEHOLDER.sub(_picture, text)
