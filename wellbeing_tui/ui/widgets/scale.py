"""A rating from 5 down to 1 where no answer is suggested.

Textual's ``RadioSet`` highlights its first button as soon as it is shown, so a mood list
would open on "5 very good" and one stray Enter would save it. On a ``Scale`` nothing is
highlighted until a key moves: down starts at the top, up at the bottom.
"""

from __future__ import annotations

from textual.widgets import RadioSet


class Scale(RadioSet):
    """A ``RadioSet`` that opens with nothing highlighted."""

    def on_mount(self) -> None:
        # RadioSet's own mount handler highlights the first button after this one runs.
        self.call_later(self._highlight_nothing)

    def _highlight_nothing(self) -> None:
        if self.pressed_button is None:
            self._selected = None
