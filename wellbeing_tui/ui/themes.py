"""The app's high-contrast theme, beside Textual's own."""

from __future__ import annotations

from textual.theme import Theme

HIGH_CONTRAST = Theme(
    name="wellbeing-high-contrast",
    primary="#ffff00",
    secondary="#00ffff",
    accent="#ffff00",
    foreground="#ffffff",
    background="#000000",
    surface="#000000",
    panel="#1a1a1a",
    warning="#ffaf00",
    error="#ffaf00",
    success="#00ff00",
    dark=True,
)

THEME_CHOICES: tuple[tuple[str, str], ...] = (
    ("Dark (calm blue)", "textual-dark"),
    ("Light", "textual-light"),
    ("High contrast", HIGH_CONTRAST.name),
    ("Nord", "nord"),
    ("Gruvbox", "gruvbox"),
    ("Solarized light", "solarized-light"),
    ("Your terminal's own colours", "ansi-dark"),
)
