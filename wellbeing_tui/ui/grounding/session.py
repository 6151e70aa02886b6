"""A grounding session in progress: the instruction, the seconds left, the pacer."""

from __future__ import annotations

from textual import events, on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Center, Vertical
from textual.message import Message
from textual.screen import Screen
from textual.widgets import Digits, Footer, Header, Input, Static

from wellbeing_tui.domain.session import GroundingRun
from wellbeing_tui.domain.timer import TimerState
from wellbeing_tui.ui.dialogs.choice import Choice
from wellbeing_tui.ui.format import escape
from wellbeing_tui.ui.grounding.end import EndScreen
from wellbeing_tui.ui.navigation import Navigate
from wellbeing_tui.ui.uses_diary import UsesDiary
from wellbeing_tui.ui.widgets.pacer import Pacer, pacer_fill

TICK = 0.1


def clock_text(seconds: float) -> str:
    whole = max(0, int(seconds + 0.999))
    return f"{whole // 60}:{whole % 60:02d}"


class NoticeInput(Input):
    """Where a person writes what they noticed. Several lines pasted at once are several
    things, each kept as if it had been typed and followed by Enter (a plain ``Input`` keeps
    only the first line of a paste)."""

    class Lines(Message):
        def __init__(self, lines: list[str]) -> None:
            super().__init__()
            self.lines = lines

    def _on_paste(self, event: events.Paste) -> None:
        lines = [line for line in event.text.splitlines() if line.strip()]
        if len(lines) < 2:
            return  # Input's own handler inserts it, as for any one-line paste
        event.prevent_default()
        event.stop()
        self.insert_text_at_cursor(lines[0])
        first, self.value = self.value, ""
        self.post_message(self.Lines([first, *lines[1:]]))


class SessionScreen(UsesDiary, Screen[None]):
    """Follow the instruction; the screen only redraws, the timer keeps the time."""

    # Where what is typed here is kept, for "?" (see support/explain.py).
    KEPT = "The session goes to the grounding table when it ends."

    CSS_PATH = "session.tcss"
    AUTO_FOCUS = ""
    BINDINGS = [
        Binding("space", "pause", "Pause", id="pause"),
        Binding("space", "resume", "Resume", id="resume"),
        Binding("n", "next", "Next step", id="next"),
        Binding("escape", "end_early", "End", id="end"),
        Binding("tab", "write", "Write it down", id="write"),
    ]

    def __init__(self, run: GroundingRun) -> None:
        super().__init__()
        self.run = run
        self._shown: int | None = None

    @property
    def reduced_motion(self) -> bool:
        return self.diary.settings.current().reduced_motion

    def compose(self) -> ComposeResult:
        yield Header()
        with Vertical(id="session"):
            yield Static("", id="instruction")
            yield Static("", id="hint")
            with Center():
                yield Digits("", id="phase-left")
            yield Pacer(id="pacer")
            yield Static("", id="progress", classes="muted")
            yield Static("", id="paused")
            yield NoticeInput(
                placeholder="Write what you noticed and press Enter (optional)", id="notice"
            )
            yield Static("", id="noticed", classes="muted")
        yield Footer()

    def on_mount(self) -> None:
        self.title = self.run.exercise.name
        self.sub_title = "space pauses, escape ends"
        breathing = self.run.exercise.kind == "breathing"
        self.query_one(Pacer).display = breathing and not self.reduced_motion
        self.set_focus(None)
        self.run.start()
        self.tick()
        self.set_interval(TICK, self.tick)

    def tick(self) -> None:
        state = self.run.timer.state()
        if state.finished:
            self.finish(completed=True)
            return
        self.show(state)

    def show(self, state: TimerState) -> None:
        segment = state.segment
        assert segment is not None
        if state.index != self._shown:
            if self._shown is not None and self.diary.settings.current().bell_phases:
                self.app.bell()  # a cue to follow with eyes closed
            self._shown = state.index
            self.query_one("#instruction", Static).update(escape(segment.label))
            self.query_one("#hint", Static).update(escape(segment.hint))
            step = segment.step
            notice = self.query_one("#notice", Input)
            notice.display = step is not None and step.notice is not None
            if not notice.display and notice.has_focus:
                self.set_focus(None)
            self.refresh_bindings()
            if step is not None and step.notice:
                notice.placeholder = f"{step.notice} Type and press Enter (optional)"
            self.show_noticed()
        self.query_one("#phase-left", Digits).update(str(max(0, int(state.phase_left + 0.999))))
        if self.query_one(Pacer).display:
            self.query_one(Pacer).fill = pacer_fill(segment.kind, state.phase_progress)
        total = self.run.timer.total
        parts = [f"{clock_text(state.session_left)} left of {clock_text(total)}"]
        if segment.cycle:
            cycles = max(s.cycle for s in self.run.plan)
            parts.insert(0, f"Round {segment.cycle} of {cycles}")
        elif segment.step is not None:
            steps = [s for s in self.run.plan if s.step is not None]
            parts.insert(0, f"Step {steps.index(segment) + 1} of {len(steps)}")
        self.query_one("#progress", Static).update(" · ".join(parts))
        self.query_one("#paused", Static).update(
            "[b]Paused.[/b] Press space to carry on." if state.paused else ""
        )

    def show_noticed(self) -> None:
        state = self.run.timer.state()
        step = state.segment.step if state.segment else None
        items = self.run.noticed.get(step.key, []) if step else []
        self.query_one("#noticed", Static).update(escape(", ".join(items)))

    @on(Input.Submitted, "#notice")
    def noticed(self, event: Input.Submitted) -> None:
        self.keep([event.value])
        event.input.value = ""

    @on(NoticeInput.Lines)
    def noticed_lines(self, event: NoticeInput.Lines) -> None:
        self.keep(event.lines)

    def keep(self, things: list[str]) -> None:
        state = self.run.timer.state()
        if state.segment is not None and state.segment.step is not None:
            for thing in things:
                self.run.notice(state.segment.step.key, thing)
        self.show_noticed()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "write":
            return bool(self.is_mounted and self.query_one("#notice", Input).display)
        if action in ("pause", "resume"):
            # One key, and the footer says what it will do now.
            return self.run.timer.paused == (action == "resume")
        return True

    def action_write(self) -> None:
        notice = self.query_one("#notice", Input)
        if notice.display:
            notice.focus()

    def action_toggle_pause(self) -> None:
        self.run.timer.toggle_pause()
        self.refresh_bindings()
        self.tick()

    def action_pause(self) -> None:
        self.action_toggle_pause()

    def action_resume(self) -> None:
        self.action_toggle_pause()

    def action_next(self) -> None:
        self.run.timer.skip()
        self.tick()

    def action_end_early(self) -> None:
        notice = self.query_one("#notice", Input)
        if notice.has_focus:
            self.set_focus(None)
            return
        self.run.timer.pause()

        def answered(answer: str | None) -> None:
            if answer == "save":
                self.finish(completed=False)
            elif answer == "discard":
                self.run.end()
                self.post_message(Navigate("home"))
            else:
                self.run.timer.resume()
                self.tick()

        self.app.push_screen(
            Choice(
                "End the session now? Stopping early is fine. You can save it as not "
                "completed, with the time you spent.",
                [
                    ("save", "Save and end"),
                    ("continue", "Keep going"),
                    ("discard", "End without saving"),
                ],
                cancel="continue",
            ),
            answered,
        )

    def finish(self, *, completed: bool) -> None:
        if not self.is_current:
            return
        self.run.end()
        if completed and self.diary.settings.current().bell:
            self.app.bell()
        self.app.switch_screen(EndScreen(self.run, completed=completed))
