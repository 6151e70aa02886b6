"""The thought-challenge worksheet (t): a thought record, one step at a time.

The hot thought stays at the top of every step after it is written, every step can be
skipped, going back keeps what was typed, and an unfinished worksheet is kept as a draft.
"""

from __future__ import annotations

from typing import Any

from rich.text import Text
from textual import events, on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.screen import Screen
from textual.widgets import (
    Button,
    ContentSwitcher,
    Footer,
    Header,
    Input,
    Label,
    SelectionList,
    Static,
    TextArea,
)
from textual.widgets.selection_list import Selection

from wellbeing_tui.content.thoughts import QUESTIONS, TRAPS, TRAPS_BY_SLUG
from wellbeing_tui.domain.errors import ValidationError
from wellbeing_tui.domain.fields import iso, new_id
from wellbeing_tui.domain.thoughts import MoodRating, ThoughtRecord
from wellbeing_tui.domain.visible import visible
from wellbeing_tui.domain.worksheet import STEPS, summary_lines
from wellbeing_tui.ui.format import escape
from wellbeing_tui.ui.widgets.drafting import KeepsDrafts
from wellbeing_tui.ui.worksheet.fields import HELP, MOOD_ROWS, int_or_none, record_state

DRAFT_KIND = "thoughts"
HOT_FROM_STEP = 3


# Parts of a worksheet's state that are where the person is, not what they wrote.
_NOT_TYPED = ("step", "focus")


class WorksheetScreen(KeepsDrafts, Screen[None]):
    """Challenge a thought, step by step."""

    # Where what is typed here is kept, for "?" (see support/explain.py).
    KEPT = "Worksheets go to the thoughts table; an unfinished one is kept as a draft."
    DRAFT_KIND = DRAFT_KIND
    LEAVE_QUESTION = "This worksheet is not saved. Keep it as a draft to finish later?"
    LEAVE_ANSWERS = [
        ("draft", "Keep as draft"),
        ("save", "Save as it is"),
        ("stay", "Keep going"),
        ("discard", "Discard"),
    ]

    CSS_PATH = "worksheet.tcss"
    BINDINGS = [
        Binding("ctrl+n", "step(1)", "Next", id="next"),
        Binding("ctrl+b", "step(-1)", "Back", id="previous"),
        Binding("ctrl+s", "finish", "Save", id="save"),
        Binding("escape", "leave", "Leave", id="leave"),
    ]

    def __init__(
        self,
        record: ThoughtRecord | None = None,
        draft: dict[str, Any] | None = None,
        draft_id: str | None = None,
    ) -> None:
        super().__init__()
        self.record = record
        self.initial = draft or (record_state(record) if record else {})
        # A saved worksheet opens on its summary, to read; ctrl+b goes back to change a step.
        if draft:
            self.step = int(self.initial.get("step", 0))
        else:
            self.step = len(STEPS) - 1 if record is not None else 0
        self.record_id = (record.id if record else None) or (draft or {}).get("record_id")
        # This worksheet's own draft: a new one never writes over a draft kept earlier.
        self.draft_id = draft_id or new_id()
        self._clean: dict[str, Any] | None = None
        last = self.initial.get("focus")  # the field written in last: a draft carries on there
        self._last_field: str | None = last if isinstance(last, str) else None
        self._resume = draft is not None

    def compose(self) -> ComposeResult:
        yield Header()
        yield Static("", id="hot")
        yield Static("", id="step-title")
        with ContentSwitcher(initial=f"step-{STEPS[0][0]}", id="steps"):
            with Vertical(id="step-situation"):
                yield Static(HELP["situation"], classes="help")
                yield TextArea(id="situation", soft_wrap=True, tab_behavior="focus")
            with VerticalScroll(id="step-moods"):
                yield Static(HELP["moods"], classes="help")
                for n in range(MOOD_ROWS):
                    with Horizontal(classes="mood-row"):
                        yield Input(placeholder="a mood, e.g. anxious", id=f"mood-name-{n}")
                        yield Input(
                            placeholder="0-100",
                            id=f"mood-before-{n}",
                            type="integer",
                            classes="number",
                        )
            with VerticalScroll(id="step-thoughts"):
                yield Static(HELP["thoughts"], classes="help")
                yield Input(placeholder="the hot thought", id="hot-thought")
                yield Label("How much do you believe it, 0 to 100?")
                yield Input(
                    placeholder="0-100", id="belief-before", type="integer", classes="number"
                )
                yield Label("Other thoughts at the time, one a line (optional)")
                yield TextArea(id="other-thoughts", soft_wrap=True, tab_behavior="focus")
            with VerticalScroll(id="step-traps"):
                yield Static(HELP["traps"], classes="help")
                yield SelectionList[str](
                    *(
                        Selection(Text.assemble((t.name, "bold"), f": {t.definition}"), t.slug)
                        for t in TRAPS
                    ),
                    id="traps",
                )
                yield Static("", id="trap-detail")
            with Vertical(id="step-evidence-for"):
                yield Static(HELP["evidence-for"], classes="help")
                yield TextArea(id="evidence-for", soft_wrap=True, tab_behavior="focus")
            with VerticalScroll(id="step-evidence-against"):
                yield Static(HELP["evidence-against"], classes="help")
                yield TextArea(id="evidence-against", soft_wrap=True, tab_behavior="focus")
                for question in QUESTIONS:
                    yield Label(question.text, classes="question")
                    yield Input(id=f"answer-{question.slug}", placeholder="your answer")
            with VerticalScroll(id="step-balanced"):
                yield Static(HELP["balanced"], classes="help")
                yield TextArea(id="balanced", soft_wrap=True, tab_behavior="focus")
                yield Label("How much do you believe the balanced thought, 0 to 100?")
                yield Input(
                    placeholder="0-100", id="belief-after", type="integer", classes="number"
                )
            with VerticalScroll(id="step-rerate"):
                yield Static(HELP["rerate"], classes="help")
                for n in range(MOOD_ROWS):
                    with Horizontal(classes="mood-row", id=f"rerate-row-{n}"):
                        yield Static("", id=f"rerate-name-{n}", classes="rerate-name")
                        yield Input(
                            placeholder="0-100",
                            id=f"mood-after-{n}",
                            type="integer",
                            classes="number",
                        )
            with VerticalScroll(id="step-summary"):
                yield Static("", id="summary")
        yield Static("", id="worksheet-error")
        with Horizontal(id="step-buttons"):
            yield Button("Back", id="back")
            yield Button("Skip", id="skip")
            yield Button("Next", variant="primary", id="next")
        yield Footer()

    def on_mount(self) -> None:
        self.title = "Thought worksheet"
        self.sub_title = "is this thought true?"
        self.restore(self.initial)
        self._clean = None if self.record is None else self.state()
        self.show_step()
        self.keep_drafts()

    # -- state -------------------------------------------------------------------------

    def state(self) -> dict[str, Any]:
        values: dict[str, Any] = {"step": self.step, "record_id": self.record_id}
        for widget in self.query(Input):
            values[widget.id or ""] = widget.value
        for area in self.query(TextArea):
            values[area.id or ""] = area.text
        values["traps"] = list(self.query_one("#traps", SelectionList).selected)
        values["focus"] = self._last_field
        return values

    def restore(self, values: dict[str, Any]) -> None:
        for widget in self.query(Input):
            if widget.id in values:
                widget.value = visible(str(values[widget.id]))
                widget.cursor_position = len(widget.value)
        for area in self.query(TextArea):
            if area.id in values:
                area.text = visible(str(values[area.id]))
                area.move_cursor(area.document.end)
        traps = self.query_one("#traps", SelectionList)
        for slug in values.get("traps", []):
            traps.select(slug)

    def has_typed(self) -> bool:
        now = self.state()
        if self._clean is not None:
            return {k: v for k, v in now.items() if k not in _NOT_TYPED} != {
                k: v for k, v in self._clean.items() if k not in _NOT_TYPED
            }
        return any(v for k, v in now.items() if k not in (*_NOT_TYPED, "record_id"))

    @on(Input.Changed)
    @on(TextArea.Changed)
    def written(self, event: Input.Changed | TextArea.Changed) -> None:
        if event.control.has_focus and event.control.id:
            self._last_field = event.control.id
        self.noted()

    def save_form(self) -> None:
        self.action_finish()

    def build(self) -> ThoughtRecord:
        v = self.state()
        moods = []
        for n in range(MOOD_ROWS):
            name = v[f"mood-name-{n}"].strip()
            if not name:
                continue
            before = int_or_none(v[f"mood-before-{n}"], "mood intensity")
            moods.append(
                MoodRating(
                    name,
                    50 if before is None else before,
                    int_or_none(v[f"mood-after-{n}"], "mood now"),
                )
            )
        now = iso(self.diary.now())
        answers = {
            q.slug: v[f"answer-{q.slug}"].strip()
            for q in QUESTIONS
            if v[f"answer-{q.slug}"].strip()
        }
        return ThoughtRecord(
            id=self.record_id or new_id(),
            created_at=self.record.created_at if self.record else now,
            updated_at=now,
            situation=v["situation"].strip(),
            moods=tuple(moods),
            automatic_thought=v["hot-thought"].strip() or None,
            belief_before=int_or_none(v["belief-before"], "belief in the hot thought"),
            distortions=tuple(v["traps"]),
            evidence_for=v["evidence-for"].strip() or None,
            evidence_against=v["evidence-against"].strip() or None,
            answers=answers,
            balanced_thought=v["balanced"].strip() or None,
            belief_after=int_or_none(v["belief-after"], "belief in the balanced thought"),
            other_thoughts=tuple(
                line.strip() for line in v["other-thoughts"].splitlines() if line.strip()
            ),
        )

    @on(SelectionList.SelectionHighlighted, "#traps")
    def trap_highlighted(self, event: SelectionList.SelectionHighlighted[str]) -> None:
        trap = TRAPS_BY_SLUG.get(event.selection.value)
        if trap is not None:
            self.query_one("#trap-detail", Static).update(
                f"[b]{trap.name}[/b]: {escape(trap.definition)}\n"
                f"[dim]For example: {escape(trap.example)}[/]"
            )

    # -- steps -------------------------------------------------------------------------

    def show_step(self) -> None:
        key, title = STEPS[self.step]
        self.query_one("#steps", ContentSwitcher).current = f"step-{key}"
        self.query_one("#step-title", Static).update(
            f"[b]Step {self.step + 1} of {len(STEPS)}: {title}[/b]  "
            "[dim]every step can be skipped[/]"
        )
        hot = self.query_one("#hot-thought", Input).value.strip()
        banner = self.query_one("#hot", Static)
        banner.display = bool(hot) and self.step >= HOT_FROM_STEP
        banner.update(f"Hot thought: [b]{escape(hot)}[/b]")
        if key == "rerate":
            self.prepare_rerate()
        if key == "summary":
            self.prepare_summary()
        last = self.step == len(STEPS) - 1
        self.query_one("#next", Button).label = "Save" if last else "Next"
        self.query_one("#skip", Button).display = not last
        self.query_one("#back", Button).disabled = self.step == 0
        self.query_one("#worksheet-error", Static).update("")
        focusable = self.query_one(f"#step-{key}").query("Input, TextArea, SelectionList")
        resume = [w for w in focusable if self._resume and w.id == self._last_field]
        self._resume = False
        for field in (w for w in resume if isinstance(w, Input)):
            field.select_on_focus = False  # carry on after the words, not over them (once)
        if resume or focusable:
            (resume or list(focusable))[0].focus()

    def on_descendant_blur(self, event: events.DescendantBlur) -> None:
        if isinstance(event.widget, Input):
            event.widget.select_on_focus = True

    def prepare_rerate(self) -> None:
        for n in range(MOOD_ROWS):
            name = self.query_one(f"#mood-name-{n}", Input).value.strip()
            before = self.query_one(f"#mood-before-{n}", Input).value.strip() or "?"
            self.query_one(f"#rerate-row-{n}").display = bool(name)
            self.query_one(f"#rerate-name-{n}", Static).update(f"{escape(name)} (was {before})")

    def prepare_summary(self) -> None:
        try:
            lines = summary_lines(self.build())
        except ValidationError as err:
            lines = [f"Check {err.field}: {err.message}."]
        self.query_one("#summary", Static).update(
            "[b]Before and after[/b]\n"
            + "\n".join(f"• {escape(line)}" for line in lines)
            + "\n\n[dim]Whatever changed or didn't, you looked at the thought closely. "
            "Save keeps every answer.[/]"
        )

    def action_step(self, delta: int) -> None:
        target = self.step + delta
        if target >= len(STEPS):
            self.action_finish()
            return
        self.step = max(0, target)
        self.show_step()

    @on(Button.Pressed, "#next")
    def next_pressed(self) -> None:
        self.action_step(1)

    @on(Button.Pressed, "#skip")
    def skip_pressed(self) -> None:
        self.action_step(1)

    @on(Button.Pressed, "#back")
    def back_pressed(self) -> None:
        self.action_step(-1)

    def action_finish(self) -> None:
        error = self.query_one("#worksheet-error", Static)
        if not self.query_one("#situation", TextArea).text.strip():
            self.step = 0
            self.show_step()
            error.update("The situation is the one thing needed before saving.")
            return
        try:
            record = self.build()
        except ValidationError as err:
            error.update(escape(str(err)))
            return
        worksheets, draft_id = self.diary.worksheets, self.draft_id

        def write() -> None:
            worksheets.save(record, replacing_draft=draft_id)

        def saved(_: None) -> None:
            self.finished()
            self.notify("Worksheet saved.", timeout=3)
            self.leave_after_save()

        self.main_app.write(
            write, done=saved, failed=lambda err: error.update(escape(str(err))), form=self
        )
