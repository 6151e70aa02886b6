"""Text as a screen or a terminal shows it: every character visible, none a command.

Stored and typed text may hold anything: escape sequences that would clear the screen or
change the window's title, a bell, a lone surrogate from a broken import. Before it is shown
(in the app or by a command), every C0 and C1 control character other than newline and tab
becomes a visible placeholder, and a lone surrogate becomes the replacement character. The
stored text itself is never changed.
"""

from __future__ import annotations

import re

# A line ending written as CR LF is one line ending; any other control character is drawn.
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff]")
REPLACEMENT = "\ufffd"


def _picture(match: re.Match[str]) -> str:
    code = ord(match.group())
    if code < 0x20:
        return chr(0x2400 + code)  # the Control Pictures block: ␛ for ESC, ␇ for BEL
    if code == 0x7F:
        return "\u2421"  # ␡
    return REPLACEMENT  # C1 controls and lone surrogates have no picture of their own


def visible(text: str) -> str:
    """``text`` with control characters (but newline and tab) shown as placeholders."""
    if "\r\n" in text:
        text = text.replace("\r\n", "\n")
    return _CONTROL.sub(_picture, text)
