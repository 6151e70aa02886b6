"""A mood check-in (m): mood and energy in words, then, if you like, emotion words, where
you notice something in your body, and a note."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import Screen
from textual.widgets import Button, Footer, Header, Input, Label, RadioButton, RadioSet, Static

from wellbeing_tui.domain.mood import ENERGY_WORDS, MOOD_WORDS, CheckIn
from wellbeing_tui.ui.dialogs.leave import ask_before_leaving
from wellbeing_tui.ui.format import escape
from wellbeing_tui.ui.uses_diary import UsesDiary
from wellbeing_tui.ui.widgets.body_map import BodyMap
from wellbeing_tui.ui.widgets.emotion_picker import EmotionPicker
from wellbeing_tui.ui.widgets.forms import FormBody
from wellbeing_tui.ui.widgets.scale import Scale


class CheckInScreen(UsesDiary, Screen[None]):
    """How are you, right now? Only the mood is needed."""

    # Where what is typed here is kept, for "?" (see support/explain.py).
    KEPT = "Check-ins go to the checkins table."

    CSS_PATH = "checkin.tcss"
    BINDINGS = [
        Binding("ctrl+s", "save", "Save", id="save"),
        Binding("escape", "leave", "Back", id="back"),
        # One key for a check-in that is only a word: no number is forced on anyone.
        Binding("ctrl+n", "only_words('numb')", "Numb", id="numb"),
        Binding("ctrl+t", 'only_words("can\'t tell")', "Can't tell", id="cant-tell"),
    ]

    def compose(self) -> ComposeResult:
        yield Header()
        with FormBody(id="checkin"):
            # At the top, by the mood: where a person is looking when a save is refused.
            yield Static("", id="checkin-error")
            with Horizontal(classes="row"):
                with Vertical(classes="part"):
                    yield Label(
                        "[b]1. Mood[/b] right now, or [b]^n[/b] numb, [b]^t[/b] can't tell",
                        classes="part-title",
                    )
                    with Scale(id="mood"):
                        for n in range(5, 0, -1):
                            yield RadioButton(f"{n} {MOOD_WORDS[n]}", id=f"mood-{n}")
                with Vertical(classes="part"):
                    yield Label("[b]2. Energy[/b] (optional)", classes="part-title")
                    with Scale(id="energy"):
                        for n in range(5, 0, -1):
                            yield RadioButton(f"{n} {ENERGY_WORDS[n]}", id=f"energy-{n}")
            with Horizontal(classes="row"):
                with Vertical(classes="part"):
                    yield Label(
                        "[b]3. Emotion words[/b] (optional; space picks)", classes="part-title"
                    )
                    yield EmotionPicker(id="emotions")
                with Vertical(classes="part"):
                    yield Label(
                        "[b]4. Your body[/b] (optional)",
                        classes="part-title",
                    )
                    yield BodyMap(id="body")
                    yield Static(
                        "[dim]m more, l less, n nothing. Butterflies in the stomach, tight "
                        "shoulders, heavy arms, or nothing at all: each is worth noticing.[/]",
                        classes="body-help",
                    )
            yield Label("[b]5. A note[/b] (optional)", classes="part-title")
            yield Input(placeholder="anything you want to remember about now", id="note")
            yield Button("Save the check-in", variant="primary", id="save")
        yield Footer(compact=True)  # room for every key at 80 columns, the body map's too

    def on_mount(self) -> None:
        self.title = "Mood check-in"
        self.sub_title = "numb and can't tell are answers too"
        self.query_one("#mood", RadioSet).focus()

    @staticmethod
    def _chosen(radio: RadioSet, prefix: str) -> int | None:
        pressed = radio.pressed_button
        if pressed is None or pressed.id is None:
            return None
        return int(pressed.id.removeprefix(prefix))

    def typed_anything(self) -> bool:
        return bool(
            self.query_one("#mood", RadioSet).pressed_button
            or self.query_one(EmotionPicker).words
            or self.query_one(BodyMap).marks
            or self.query_one("#note", Input).value.strip()
        )

    def show_problem(self, text: str) -> None:
        """Say it at the top of the form, and scroll there, wherever the person was."""
        error = self.query_one("#checkin-error", Static)
        error.update(text)
        error.display = bool(text)
        if text:
            form = self.query_one("#checkin", FormBody)
            # After the focus has scrolled its field into view, and the text is laid out.
            self.call_after_refresh(form.scroll_home, animate=False)

    @on(RadioSet.Changed, "#mood")
    def mood_chosen(self) -> None:
        self.show_problem("")

    @on(Input.Submitted, "#note")
    @on(Button.Pressed, "#save")
    def action_save(self) -> None:
        mood = self._chosen(self.query_one("#mood", RadioSet), "mood-")
        words = self.query_one(EmotionPicker).words
        if mood is None and not words:
            self.query_one("#mood", RadioSet).focus()
            self.show_problem(
                "Choose a mood from 1 to 5, or a word such as numb or can't tell; everything "
                "else is optional."
            )
            return
        self.save(mood, words)

    def action_only_words(self, word: str) -> None:
        """Save now: this word (with any others picked), and no number."""
        words = self.query_one(EmotionPicker).words
        self.save(None, [word, *(w for w in words if w != word)])

    def save(self, mood: int | None, words: list[str]) -> None:
        energy = self._chosen(self.query_one("#energy", RadioSet), "energy-")
        body = self.query_one(BodyMap).cues
        note = self.query_one("#note", Input).value.strip()

        def saved(checkin: CheckIn) -> None:
            self.notify(f"Check-in saved: {checkin.mood_word}.", timeout=3)
            self.leave_after_save()

        self.main_app.write(
            lambda: self.diary.checkins.save_now(
                mood=mood, energy=energy, emotions=words, body=body, note=note
            ),
            done=saved,
            failed=lambda err: self.show_problem(escape(str(err))),
            form=self,
        )

    def action_leave(self) -> None:
        if not self.typed_anything():
            self.app.pop_screen()
            return
        ask_before_leaving(self, "This check-in", self.action_save)
