"""Where in the body you notice something: more, less, or nothing, area by area."""

from __future__ import annotations

from rich.text import Text
from textual import on
from textual.binding import Binding
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from wellbeing_tui.domain.mood import BODY_AREAS, BodyCue

FEELINGS = ("more", "less", "nothing")


class BodyMap(OptionList):
    """Highlight an area, then m (more), l (less) or n (nothing); 0 clears it."""

    BINDINGS = [
        Binding("m", "mark('more')", "More", id="body-more"),
        Binding("l", "mark('less')", "Less", id="body-less"),
        Binding("n", "mark('nothing')", "Nothing", id="body-nothing"),
        Binding("0", "mark('')", "Clear", id="body-clear", show=False),
        Binding("right", "cycle", "Next feeling", show=False),
    ]

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.marks: dict[str, str] = {}

    def on_mount(self) -> None:
        self.redraw()

    def redraw(self) -> None:
        highlighted = self.highlighted
        self.clear_options()
        for key, name in BODY_AREAS.items():
            mark = self.marks.get(key, "")
            label = Text.assemble(f"{name:<16}", (mark or "·", "bold" if mark else "dim"))
            self.add_option(Option(label, id=key))
        self.highlighted = highlighted if highlighted is not None else 0

    def current_area(self) -> str | None:
        if self.highlighted is None:
            return None
        return self.get_option_at_index(self.highlighted).id

    def action_mark(self, feeling: str) -> None:
        area = self.current_area()
        if area is None:
            return
        if feeling:
            self.marks[area] = feeling
        else:
            self.marks.pop(area, None)
        self.redraw()

    def action_cycle(self) -> None:
        area = self.current_area()
        if area is None:
            return
        order = ("", *FEELINGS)
        now = self.marks.get(area, "")
        self.action_mark(order[(order.index(now) + 1) % len(order)])

    @on(OptionList.OptionSelected)
    def _selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self.action_cycle()

    @property
    def cues(self) -> tuple[BodyCue, ...]:
        return tuple(BodyCue(area, self.marks[area]) for area in BODY_AREAS if area in self.marks)
