"""`?` on any screen: what the screen is for, every key that works there, and where what you
type is kept."""

from __future__ import annotations

import inspect
from collections.abc import Callable

from textual.app import App, ComposeResult
from textual.binding import ActiveBinding, Binding
from textual.containers import VerticalScroll
from textual.screen import ModalScreen, Screen
from textual.widgets import Static

from wellbeing_tui.ui.format import escape


def key_line(keys: str, words: str) -> str:
    return f"  [b]{escape(keys.ljust(12))}[/b] {escape(words)}"


def describe_keys(
    bindings: dict[str, ActiveBinding], display: Callable[[Binding], str]
) -> list[str]:
    seen: set[str] = set()
    lines = []

    # The screen's own keys first, then this app's (help, this explanation), and only then
    # Textual's general keys and those of whichever widget has the focus (focus moves,
    # scrolling, paging), which matter least here and would push the others out of sight.
    def own(active: ActiveBinding) -> bool:
        declared = vars(type(active.node)).get("BINDINGS", [])
        return any(isinstance(b, Binding) and b.action == active.binding.action for b in declared)

    everything = list(bindings.values())
    screens = [a for a in everything if isinstance(a.node, Screen) and own(a)]
    apps = [a for a in everything if isinstance(a.node, App) and own(a)]
    rest = [a for a in everything if a not in screens and a not in apps]
    for active in [*screens, *apps, *rest]:
        binding: Binding = active.binding
        if not binding.description or binding.action in seen:
            continue
        seen.add(binding.action)
        lines.append(key_line(display(binding), binding.tooltip or binding.description))
    return lines


def kept(screen: Screen[object]) -> str:
    """Where what is typed on ``screen`` is kept: every screen of the app says so in its
    own ``KEPT`` (a test checks each one has it)."""
    return str(vars(type(screen)).get("KEPT", "Everything stays in your data file."))


class ExplainScreen(ModalScreen[None]):
    """Help for the screen underneath."""

    # Where what is typed here is kept, for "?" (see support/explain.py).
    KEPT = "Nothing: it only explains the screen underneath."

    DEFAULT_CSS = """
    ExplainScreen { align: center middle; background: $background 60%; }
    ExplainScreen > VerticalScroll { width: 76; max-width: 96%; height: auto; max-height: 90%;
                                     border: round $primary; background: $surface;
                                     padding: 1 2; }
    """
    BINDINGS = [Binding("escape,question_mark", "dismiss", "Close", id="close")]

    def __init__(
        self, screen: Screen[object], bindings: dict[str, ActiveBinding], data_path: str
    ) -> None:
        super().__init__()
        self.about = screen
        self.bindings = bindings
        self.data_path = data_path

    def compose(self) -> ComposeResult:
        purpose = inspect.getdoc(type(self.about)) or ""
        title = self.about.title or "wellbeing"
        parts = [f"[b]{escape(str(title))}[/b]", escape(purpose), "", "[b]Keys here[/b]"]
        parts += describe_keys(self.bindings, self.app.get_key_display)
        parts += [
            key_line("F1", "Help and support, also where you are typing"),
            "",
            "[b]Where it goes[/b]",
            escape(kept(self.about)),
            f"Your data file: {escape(self.data_path)} (on this computer only).",
            "",
            "[dim]Press escape to close.[/]",
        ]
        with VerticalScroll():
            yield Static("\n".join(parts), id="explain")
