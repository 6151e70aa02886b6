"""The sleep diary form (Consensus Sleep Diary, morning part) with live figures."""

from __future__ import annotations

from datetime import date, timedelta

from textual import on
from textual.app import ComposeResult
from textual.containers import Grid, Horizontal, Vertical, VerticalScroll
from textual.widgets import Button, Input, Label, Select, Static

from wellbeing_tui.domain.clocktime import parse_clock
from wellbeing_tui.domain.errors import ValidationError
from wellbeing_tui.domain.fields import check_date, new_id
from wellbeing_tui.domain.sleep import (
    FIELD_WORDS,
    QUALITY_WORDS,
    RANGES,
    RESTED_WORDS,
    SleepEntry,
    SleepMetrics,
    format_minutes,
)
from wellbeing_tui.domain.sleep_review import doctor_note, sleep_reference
from wellbeing_tui.domain.visible import visible
from wellbeing_tui.ui.format import day_label, escape
from wellbeing_tui.ui.uses_diary import UsesDiary
from wellbeing_tui.ui.widgets.forms import FormBody

TIMES = ("in_bed", "lights_out", "final_wake", "out_of_bed")
NUMBERS = {name: RANGES[name] for name in ("sol_min", "awakenings", "waso_min")}
EXTRAS = {name: RANGES[name] for name in ("nap_min", "alcohol_drinks", "caffeine_drinks")}
LABELS = {
    "date": "Morning of",
    "in_bed": "Into bed",
    "lights_out": "Lights out (tried to sleep)",
    "sol_min": "Minutes to fall asleep",
    "awakenings": "Times you woke in the night",
    "waso_min": "Minutes awake in the night",
    "final_wake": "Final awakening",
    "out_of_bed": "Out of bed",
    "quality": "Quality of sleep",
    "rested": "How rested (optional)",
    "nap_min": "Naps yesterday, minutes",
    "alcohol_drinks": "Alcoholic drinks yesterday",
    "caffeine_drinks": "Caffeinated drinks yesterday",
    "note": "Note",
}
# Said inside an empty field, where a label has no room for it.
HINTS = {"waso_min": "all of it, not counting your final awakening"}
ALL_WORDS = {**FIELD_WORDS, **{k: v.lower() for k, v in LABELS.items()}}


def figures_text(m: SleepMetrics) -> str:
    rows = [
        ("Time in bed", format_minutes(m.tib_min)),
        ("Total sleep", format_minutes(m.tst_min)),
        ("Efficiency", f"{m.se_pct:.1f}%"),
        ("To fall asleep", format_minutes(m.sol_min)),
        ("Awake in the night", format_minutes(m.waso_min)),
        ("Awake before rising", format_minutes(m.twak_min)),
    ]
    body = "\n".join(f"{name:<20}[b]{value}[/b]" for name, value in rows)
    return f"{body}\n\n[dim]{sleep_reference(m.tst_min, m.se_pct)}[/]"


class SleepDiaryPane(UsesDiary, Vertical):
    """Type last night's times; the figures follow as you type."""

    def __init__(self) -> None:
        super().__init__(id="diary")
        self.loaded: dict[str, str] = {}

    def compose(self) -> ComposeResult:
        with Horizontal(id="diary-columns"):
            with FormBody(id="diary-form"), Grid(id="diary-grid"):
                for field, label in LABELS.items():
                    yield Label(label, classes="form-label")
                    if field == "quality":
                        yield Select(
                            [(f"{n} {w}", n) for n, w in QUALITY_WORDS.items()],
                            prompt="choose",
                            compact=True,
                            id="quality",
                        )
                    elif field == "rested":
                        yield Select(
                            [(f"{n} {w}", n) for n, w in RESTED_WORDS.items()],
                            prompt="skip",
                            compact=True,
                            id="rested",
                        )
                    else:
                        yield Input(
                            id=field,
                            placeholder=HINTS.get(field, ""),
                            classes="form-input",
                            compact=True,
                        )
            with VerticalScroll(id="diary-side"):
                yield Static("", id="figures")
                yield Static("", id="diary-error")
                yield Static("", id="doctor-note")
                yield Button("Save the diary", variant="primary", id="save-sleep")

    def on_mount(self) -> None:
        self.load(self.diary.today())
        self.show_doctor_note()

    def field_input(self, name: str) -> Input:
        return self.query_one(f"#{name}", Input)

    def snapshot(self) -> dict[str, str]:
        values = {w.id or "": w.value for w in self.query(Input)}
        for name in ("quality", "rested"):
            select = self.query_one(f"#{name}", Select)
            values[name] = "" if select.is_blank() else str(select.value)
        return values

    @property
    def dirty(self) -> bool:
        return self.snapshot() != self.loaded

    def load(self, morning: date) -> None:
        """Show the diary of a morning: its entry if there is one, else last time's clock
        times as a start."""
        entry = self.diary.sleep.for_morning(morning)
        values: dict[str, str] = {name: "" for name in LABELS}
        values["date"] = morning.isoformat()
        source = entry or self.diary.sleep.latest(morning)
        if source is not None:
            for name in TIMES:
                values[name] = getattr(source, name)
        if entry is not None:
            for name in (*NUMBERS, *EXTRAS, "quality", "rested", "note"):
                value = getattr(entry, name)
                values[name] = "" if value is None else str(value)
        for name, value in values.items():
            if name in ("quality", "rested"):
                select = self.query_one(f"#{name}", Select)
                if value:
                    select.value = int(value)
                else:
                    select.clear()
            else:
                with self.field_input(name).prevent(Input.Changed):
                    self.field_input(name).value = visible(value)
        self.loaded = self.snapshot()
        state = "Editing the diary you saved" if entry else "A new diary"
        self.border_title = f"{state} for the morning of {day_label(morning)}"
        self.update_figures()

    def read_form(self) -> SleepEntry:
        """The diary as typed, or ``ValidationError`` naming the field to fix."""
        values: dict[str, object] = {"id": new_id()}
        values["date"] = check_date("date", self.field_input("date").value.strip())
        for name in TIMES:
            text = self.field_input(name).value
            if not text.strip():
                raise ValidationError(name, "is needed")
            values[name] = parse_clock(name, text)
        for name, (low, high) in {**NUMBERS, **EXTRAS}.items():
            text = self.field_input(name).value.strip()
            if not text:
                if name in NUMBERS:
                    raise ValidationError(name, "is needed (0 is fine)")
                values[name] = None
                continue
            if not text.isdigit() or not low <= int(text) <= high:
                raise ValidationError(name, f"must be a whole number from {low} to {high}")
            values[name] = int(text)
        quality = self.query_one("#quality", Select)
        if quality.is_blank():
            raise ValidationError("quality", "choose how well you slept, 1 to 5")
        values["quality"] = quality.value
        rested = self.query_one("#rested", Select)
        values["rested"] = None if rested.is_blank() else rested.value
        values["note"] = self.field_input("note").value.strip() or None
        return SleepEntry(**values)  # type: ignore[arg-type]

    def show_error(self, err: ValidationError | None) -> None:
        for widget in self.query(".form-input, Select"):
            widget.set_class(err is not None and widget.id == err.field, "-problem")
        text = ""
        if err is not None:
            text = f"[b]Check {ALL_WORDS.get(err.field, err.field)}:[/b] {escape(err.message)}"
        self.query_one("#diary-error", Static).update(text)

    def update_figures(self) -> SleepEntry | None:
        try:
            entry = self.read_form()
        except ValidationError as err:
            self.query_one("#figures", Static).update(
                "[dim]The figures appear here as you fill in the night.[/]"
            )
            quiet = err.message.startswith(("is needed", "choose")) and not self.dirty
            self.show_error(None if quiet else err)
            return None
        self.show_error(None)
        self.query_one("#figures", Static).update(figures_text(entry.metrics()))
        return entry

    @on(Input.Changed)
    @on(Select.Changed)
    def changed(self, event: Input.Changed | Select.Changed) -> None:
        if isinstance(event, Input.Changed) and event.input.id == "date":
            try:
                morning = date.fromisoformat(check_date("date", event.value.strip()))
            except ValidationError:
                pass
            else:
                if morning.isoformat() != self.loaded.get("date") and not self.dirty_besides_date():
                    self.load(morning)
                    return
        self.update_figures()

    def dirty_besides_date(self) -> bool:
        now = {k: v for k, v in self.snapshot().items() if k != "date"}
        return now != {k: v for k, v in self.loaded.items() if k != "date"}

    @on(Button.Pressed, "#save-sleep")
    def action_save(self) -> None:
        entry = self.update_figures()
        if entry is None:
            try:
                self.read_form()
            except ValidationError as err:
                self.show_error(err)
                self.query_one(f"#{err.field}").focus()
            return

        def done(result: tuple[SleepEntry, bool]) -> None:
            saved, replaced = result
            self.load(date.fromisoformat(saved.date))
            verb = "Updated" if replaced else "Saved"
            morning = day_label(date.fromisoformat(saved.date))
            self.notify(f"{verb} the diary for the morning of {morning}.", timeout=4)
            self.show_doctor_note()

        self.main_app.write(
            lambda: self.diary.sleep.save(entry),
            done=done,
            failed=lambda err: self.query_one("#diary-error", Static).update(escape(str(err))),
            form=self,
        )

    def show_doctor_note(self) -> None:
        diary = self.diary
        day = self.diary.today()
        entries = diary.sleep.since(day - timedelta(days=21))
        note = doctor_note(entries, day)
        self.query_one("#doctor-note", Static).update(f"[i]{escape(note)}[/i]" if note else "")
