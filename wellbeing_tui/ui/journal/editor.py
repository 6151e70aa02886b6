"""Writing a journal entry: a prompt (or a blank page), the text, emotion words, tags.

Nothing typed is lost: a draft goes to the data file every few seconds while you write and
when you leave, and the next start offers it back."""

from __future__ import annotations

import random
from collections.abc import Callable
from typing import Any

from textual import on
from textual.app import App, ComposeResult, SuspendNotSupported
from textual.binding import Binding
from textual.containers import Horizontal
from textual.screen import Screen
from textual.widgets import (
    Footer,
    Header,
    Input,
    Label,
    Select,
    SelectionList,
    Static,
    TextArea,
)

from wellbeing_tui.content.prompts import PROMPT_SETS, SET_TITLES
from wellbeing_tui.domain.drafts import JOURNAL_DRAFT, Draft
from wellbeing_tui.domain.errors import ValidationError
from wellbeing_tui.domain.fields import iso, new_id
from wellbeing_tui.domain.journal import JournalEntry
from wellbeing_tui.domain.visible import visible
from wellbeing_tui.ui.format import escape
from wellbeing_tui.ui.widgets.drafting import KeepsDrafts
from wellbeing_tui.ui.widgets.emotion_picker import EmotionPicker
from wellbeing_tui.ui.widgets.forms import FormBody

BLANK = "blank"
EXPRESSIVE_NOTE = (
    "If a topic feels like too much today, choose another or leave it for another day."
)


def _text_or_none(value: object) -> str | None:
    return value if isinstance(value, str) else None


def _words(value: object) -> list[str]:
    return [w for w in value if isinstance(w, str)] if isinstance(value, list | tuple) else []


def run_outside(app: App[Any], work: Callable[[], str]) -> str:
    """Run ``work`` with the terminal handed over (an editor takes the whole screen). With
    no terminal to hand over (a headless run), it simply runs. An ``EditorError`` is raised
    only once the app has the terminal back."""
    from wellbeing_tui.services.editor import EditorError  # deferred: it needs termios (no Windows)

    result: str | EditorError
    try:
        with app.suspend():
            try:
                result = work()
            except EditorError as err:
                result = err
    except SuspendNotSupported:
        if not app.is_headless:
            raise EditorError(
                "This terminal cannot be handed to another program; your text is kept."
            ) from None
        result = work()
    if isinstance(result, EditorError):
        raise result
    return result


class JournalEditorScreen(KeepsDrafts, Screen[None]):
    """A new entry, an entry being edited, or a draft brought back."""

    # Where what is typed here is kept, for "?" (see support/explain.py).
    KEPT = "Entries go to the journal table; an unsaved entry is kept as a draft every few seconds."

    DRAFT_KIND = JOURNAL_DRAFT
    LEAVE_QUESTION = (
        "This entry is not saved yet. Nothing is lost if you keep it as a draft: it will "
        "be offered back next time."
    )
    LEAVE_ANSWERS = [
        ("save", "Save it"),
        ("draft", "Keep as draft"),
        ("stay", "Keep writing"),
        ("discard", "Discard"),
    ]

    CSS_PATH = "editor.tcss"
    BINDINGS = [
        Binding("ctrl+s", "save", "Save", id="save"),
        Binding("ctrl+r", "another_prompt", "Another prompt", id="another-prompt"),
        # A priority binding: inside the text, ctrl+e would otherwise go to the line end.
        Binding("ctrl+e", "own_editor", "Your editor", id="own-editor", priority=True),
        Binding("escape", "leave", "Back", id="back"),
    ]

    def __init__(
        self,
        entry: JournalEntry | None = None,
        draft: Draft | None = None,
        prompt_set: str | None = None,
    ) -> None:
        super().__init__()
        data: dict[str, Any] = dict(draft.data) if draft else {}
        self.entry = entry
        self.entry_id: str | None = entry.id if entry else _text_or_none(data.get("entry_id"))
        # A draft's data is free-form (and may come from an import): only text is taken.
        self.prompt: str | None = entry.prompt if entry else _text_or_none(data.get("prompt"))
        self.prompt_set = prompt_set or _text_or_none(data.get("prompt_set")) or "reflection"
        # Stored control characters show as placeholders here too, never as commands.
        self.start_text = visible(entry.text if entry else str(data.get("text", "")))
        self.start_emotions = list(entry.emotions if entry else _words(data.get("emotions")))
        self.start_tags = visible(", ".join(entry.tags if entry else _words(data.get("tags"))))
        self.from_draft = draft is not None
        # This editor's own draft: a new entry never writes over a draft kept earlier.
        self.draft_id = draft.id if draft else new_id()
        self._saved_state: dict[str, Any] | None = None

    def compose(self) -> ComposeResult:
        yield Header()
        with Horizontal(id="prompt-row"):
            options = [(title, key) for key, title in SET_TITLES.items()]
            options.append(("Blank page", BLANK))
            value = self.prompt_set if self.prompt or self.entry is None else BLANK
            yield Select(options, value=value, allow_blank=False, id="prompt-set", compact=True)
            yield Static("", id="prompt")
        with Horizontal(id="editor-columns"):
            yield TextArea(self.start_text, id="text", soft_wrap=True, tab_behavior="focus")
            with FormBody(id="editor-side"):
                yield Label("Emotion words (space picks)")
                yield EmotionPicker(self.start_emotions, id="emotions")
                yield Label("Tags, separated by commas")
                yield Input(self.start_tags, id="tags", compact=True)
                yield Static("", id="editor-error")
        yield Footer()

    def on_mount(self) -> None:
        self.title = "Journal"
        if self.entry is not None:
            self.sub_title = "editing an entry"
        elif self.from_draft:
            self.sub_title = "your unsaved entry, brought back"
        else:
            self.sub_title = "a new entry"
        if self.prompt is None and self.entry is None and not self.from_draft:
            self.prompt = self.pick_prompt(self.prompt_set)
        self.show_prompt()
        self._saved_state = self.state() if not self.from_draft else None
        text_area = self.query_one("#text", TextArea)
        text_area.move_cursor(text_area.document.end)  # carry on where the words end
        text_area.focus()
        self.keep_drafts()

    def pick_prompt(self, prompt_set: str) -> str:
        choices = [p for p in PROMPT_SETS[prompt_set] if p != self.prompt]
        seed = self.diary.now().toordinal() + len(self.prompt or "")
        return random.Random(seed).choice(choices or list(PROMPT_SETS[prompt_set]))

    def show_prompt(self) -> None:
        text = ""
        if self.prompt:
            text = f"[b]{escape(self.prompt)}[/b]"
            if self.prompt_set == "expressive":
                text += f"\n[dim]{EXPRESSIVE_NOTE}[/]"
        else:
            text = "[dim]A blank page. Write whatever comes; ctrl+r offers a prompt.[/]"
        self.query_one("#prompt", Static).update(text)

    @on(Select.Changed, "#prompt-set")
    def set_changed(self, event: Select.Changed) -> None:
        if event.value == BLANK:
            self.prompt = None
        elif isinstance(event.value, str) and event.value != self.prompt_set or not self.prompt:
            self.prompt_set = str(event.value)
            self.prompt = self.pick_prompt(self.prompt_set)
        self.show_prompt()

    def action_another_prompt(self) -> None:
        select = self.query_one("#prompt-set", Select)
        if select.value == BLANK:
            select.value = self.prompt_set
            return
        self.prompt = self.pick_prompt(self.prompt_set)
        self.show_prompt()

    def state(self) -> dict[str, Any]:
        return {
            "entry_id": self.entry_id,
            "prompt": self.prompt,
            "prompt_set": self.prompt_set,
            "text": self.query_one("#text", TextArea).text,
            "emotions": self.query_one(EmotionPicker).words,
            "tags": [
                t.strip() for t in self.query_one("#tags", Input).value.split(",") if t.strip()
            ],
        }

    def has_typed(self) -> bool:
        state = self.state()
        if self._saved_state is None:
            return bool(state["text"].strip() or state["emotions"] or state["tags"])
        return state != self._saved_state

    @on(TextArea.Changed)
    @on(Input.Changed)
    @on(SelectionList.SelectedChanged)
    def typed(self) -> None:
        self.noted()

    def save_form(self) -> None:
        self.action_save()

    def action_own_editor(self) -> None:
        """Write the entry in $VISUAL or $EDITOR: the draft is kept first, the app steps
        aside while the editor runs, and what was saved there comes back into the text."""
        # deferred: it needs termios, which Windows lacks
        from wellbeing_tui.services.editor import EditorError, edit_text

        self.autosave()
        area = self.query_one("#text", TextArea)

        def take(text: str) -> bool:
            """Put what the editor wrote into the text; whether it differed."""
            if text.rstrip("\n") == area.text:
                return False
            area.text = visible(text.rstrip("\n"))
            area.move_cursor(area.document.end)
            return True

        try:
            text = run_outside(self.app, lambda: edit_text(area.text))
        except EditorError as err:
            # It may have written words before it failed: they come back too, and are
            # kept as the draft at once, so a failed editor loses nothing.
            kept = err.words is not None and take(err.words)
            if kept:
                self.autosave()
            more = " What it wrote before that is in the text now." if kept else ""
            self.notify(escape(f"{err}{more}"), title="Your editor", severity="warning", timeout=8)
            area.focus()
            return
        take(text)
        area.focus()

    def action_save(self) -> None:
        state = self.state()
        error = self.query_one("#editor-error", Static)
        if not state["text"].strip():
            error.update("Write something first, even a single word.")
            return
        now = iso(self.diary.now())
        try:
            entry = JournalEntry(
                id=self.entry_id or new_id(),
                created_at=self.entry.created_at if self.entry else now,
                updated_at=now,
                prompt=self.prompt,
                text=state["text"],
                emotions=tuple(state["emotions"]),
                tags=tuple(state["tags"]),
            )
        except ValidationError as err:
            error.update(escape(str(err)))
            return
        journal, draft_id = self.diary.journal, self.draft_id

        def write() -> JournalEntry:
            return journal.save(entry, replacing_draft=draft_id)

        def saved(_: JournalEntry) -> None:
            self._saved_state = state
            self.finished()
            self.notify("Saved to your journal.", timeout=3)
            self.leave_after_save()

        self.main_app.write(
            write, done=saved, failed=lambda err: error.update(escape(str(err))), form=self
        )
