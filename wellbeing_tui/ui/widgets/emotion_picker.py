"""Pick emotion words from groups (space toggles), or type your own."""

from __future__ import annotations

from collections.abc import Iterable

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.widgets import Input, SelectionList
from textual.widgets.selection_list import Selection

from wellbeing_tui.content.emotions import ALL_EMOTIONS, EMOTION_GROUPS
from wellbeing_tui.domain.visible import visible

HEADER = "#group:"


class EmotionPicker(Vertical):
    """Grouped emotion words plus a line for words of your own."""

    DEFAULT_CSS = """
    EmotionPicker {
        height: auto;
    }
    EmotionPicker SelectionList {
        height: 12;
    }
    """

    def __init__(self, chosen: Iterable[str] = (), *, id: str | None = None) -> None:
        super().__init__(id=id)
        self._chosen = list(chosen)

    def compose(self) -> ComposeResult:
        selections: list[Selection[str]] = []
        for group, words in EMOTION_GROUPS.items():
            selections.append(
                Selection(Text(group.upper(), style="bold dim"), f"{HEADER}{group}", disabled=True)
            )
            selections.extend(Selection(f"  {w}", w, w in self._chosen) for w in words)
        yield SelectionList[str](*selections, classes="emotion-list")
        own = [w for w in self._chosen if w not in ALL_EMOTIONS]
        yield Input(
            visible(", ".join(own)),
            placeholder="other words, separated by commas",
            classes="emotion-own",
            compact=True,
        )

    @property
    def words(self) -> list[str]:
        """The chosen words: picked ones in list order, then your own."""
        picked = [w for w in self.query_one(SelectionList).selected if not w.startswith(HEADER)]
        own = [w.strip() for w in self.query_one(Input).value.split(",") if w.strip()]
        return picked + [w for w in own if w not in picked]

    def set_words(self, words: Iterable[str]) -> None:
        chosen = list(words)
        selection_list = self.query_one(SelectionList)
        selection_list.deselect_all()
        for word in chosen:
            if word in ALL_EMOTIONS:
                selection_list.select(word)
        self.query_one(Input).value = visible(", ".join(w for w in chosen if w not in ALL_EMOTIONS))
