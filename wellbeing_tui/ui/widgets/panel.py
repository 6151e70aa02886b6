"""A bordered box with a title and a body of text, as the dashboard shows them."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import VerticalScroll
from textual.widgets import Static


class Panel(VerticalScroll, can_focus=True):
    """A bordered box with a title and a body of text. Tab reaches it and the arrow keys
    scroll it, so a panel a small terminal cuts short can still be read to the end."""

    def __init__(self, key: str, title: str) -> None:
        super().__init__(id=f"panel-{key}", classes="panel")
        self.border_title = title
        self._body = Static("", id=f"body-{key}", classes="panel-body")

    def compose(self) -> ComposeResult:
        yield self._body

    def show(self, text: str) -> None:
        self._body.update(text)
