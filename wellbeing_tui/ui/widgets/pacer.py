"""The breathing pacer: a bar that fills while breathing in, stays still while holding and
empties while breathing out."""

from __future__ import annotations

from textual.reactive import reactive
from textual.widget import Widget

FULL_DURING = {"in": None, "hold-in": 1.0, "out": None, "hold-out": 0.0}


def pacer_fill(kind: str, progress: float) -> float:
    """How full the pacer is (0..1) in a phase of ``kind`` at ``progress`` (0..1)."""
    if kind == "in":
        return progress
    if kind == "out":
        return 1.0 - progress
    return FULL_DURING.get(kind) or 0.0


class Pacer(Widget):
    """A calm horizontal bar; its width follows the breath."""

    DEFAULT_CSS = """
    Pacer {
        height: 1;
        width: 1fr;
        color: $accent;
    }
    """

    fill: reactive[float] = reactive(0.0)

    def render(self) -> str:
        width = max(1, self.size.width)
        cells = round(width * max(0.0, min(1.0, self.fill)))
        pad = (width - cells) // 2
        return " " * pad + "█" * cells
