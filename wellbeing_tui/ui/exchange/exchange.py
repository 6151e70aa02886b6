"""Export and import from inside the app, with the same choices as the command line."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal
from textual.screen import Screen
from textual.widgets import (
    Button,
    Checkbox,
    Footer,
    Header,
    Input,
    Label,
    ProgressBar,
    RadioButton,
    RadioSet,
    Static,
)

from wellbeing_tui.domain.errors import ValidationError
from wellbeing_tui.domain.fields import check_date
from wellbeing_tui.domain.words import count
from wellbeing_tui.exchange.common import ExchangeError
from wellbeing_tui.exchange.importers import ImportPlan
from wellbeing_tui.exchange.summary import default_period
from wellbeing_tui.services.errors import StoreError
from wellbeing_tui.ui.format import escape
from wellbeing_tui.ui.uses_diary import UsesDiary
from wellbeing_tui.ui.widgets.forms import FormBody

SUFFIX = {"json": ".json", "csv": "", "md": ".md"}


class ExportScreen(UsesDiary, Screen[None]):
    """Take your data with you, or bring a summary to a therapist or doctor."""

    # Where what is typed here is kept, for "?" (see support/explain.py).
    KEPT = "Exports are written where you choose, readable only by you."

    CSS_PATH = "exchange.tcss"
    BINDINGS = [Binding("escape", "app.pop_screen", "Back", id="back")]

    def compose(self) -> ComposeResult:
        first, last = default_period(self.diary.today())
        yield Header()
        with FormBody(id="exchange"):
            yield Label("What to export")
            with RadioSet(id="format"):
                yield RadioButton(
                    "A summary for a therapist or doctor (Markdown)", value=True, id="format-md"
                )
                yield RadioButton("Everything, as a JSON backup", id="format-json")
                yield RadioButton("Everything, as CSV files for a spreadsheet", id="format-csv")
            with Horizontal(classes="dates"):
                yield Label("Summary from")
                yield Input(first.isoformat(), id="from", compact=True)
                yield Label("to")
                yield Input(last.isoformat(), id="to", compact=True)
            yield Checkbox("Include journal entries in the summary", id="journal")
            yield Checkbox("Include my safety plan in the summary", id="safety-plan")
            yield Label("Save to (a file; a folder for CSV)")
            yield Input(str(self.default_path("md")), id="out")
            yield Button("Export", variant="primary", id="export")
            yield ProgressBar(id="progress", show_eta=False)
            yield Static("", id="exchange-status")
        yield Footer()

    def on_mount(self) -> None:
        self.title = "Export"
        self.sub_title = "your data is yours"

    def default_path(self, fmt: str) -> Path:
        stamp = self.diary.now().strftime("%Y-%m-%d")
        return (
            Path.home() / f"wellbeing-{'summary' if fmt == 'md' else 'export'}-{stamp}{SUFFIX[fmt]}"
        )

    def fmt(self) -> str:
        pressed = self.query_one("#format", RadioSet).pressed_button
        return (pressed.id or "format-md").removeprefix("format-") if pressed else "md"

    @on(RadioSet.Changed, "#format")
    def format_changed(self) -> None:
        self.query_one("#out", Input).value = str(self.default_path(self.fmt()))

    @on(Button.Pressed, "#export")
    def start(self) -> None:
        status = self.query_one("#exchange-status", Static)
        try:
            first = date.fromisoformat(check_date("from", self.query_one("#from", Input).value))
            last = date.fromisoformat(check_date("to", self.query_one("#to", Input).value))
        except ValidationError as err:
            status.update(escape(f"Check the {err.field} date: {err.message}."))
            return
        out = Path(self.query_one("#out", Input).value).expanduser()
        self.query_one("#export", Button).disabled = True
        status.update("Exporting…")
        include = (
            self.query_one("#journal", Checkbox).value,
            self.query_one("#safety-plan", Checkbox).value,
        )
        self.run_export(self.fmt(), first, last, include, out)

    def progress(self, done: int, total: int) -> None:
        self.app.call_from_thread(self.query_one(ProgressBar).update, total=total, progress=done)

    @work(thread=True, exclusive=True)
    def run_export(
        self, fmt: str, first: date, last: date, include: tuple[bool, bool], out: Path
    ) -> None:
        """Write the export; ``include`` says whether the summary has the journal and the
        safety plan."""
        diary = self.diary
        try:
            if fmt == "csv":
                diary.files.export_csv(out, self.progress)
            else:
                if fmt == "json":
                    text = diary.files.export_json(self.progress)
                else:
                    journal, plan = include
                    text = diary.files.summary(
                        first, last, include_journal=journal, include_safety_plan=plan
                    )
                    self.progress(1, 1)
                diary.files.write_private(out, text)
            message = f"Saved to {escape(str(out))}. Only you can read it (mode 0600)."
        except (OSError, StoreError, ValidationError) as err:
            message = f"Could not export: {escape(str(err))}"
        self.app.call_from_thread(self.finished, message)

    def finished(self, message: str) -> None:
        self.query_one("#exchange-status", Static).update(message)
        self.query_one("#export", Button).disabled = False


class ImportScreen(UsesDiary, Screen[None]):
    """Bring in what you kept elsewhere; see what would be added before anything is."""

    # Where what is typed here is kept, for "?" (see support/explain.py).
    KEPT = "Nothing is added until you press Import."

    CSS_PATH = "exchange.tcss"
    BINDINGS = [Binding("escape", "app.pop_screen", "Back", id="back")]

    def __init__(self) -> None:
        super().__init__()
        self.plan: ImportPlan | None = None

    def compose(self) -> ComposeResult:
        yield Header()
        with FormBody(id="exchange"):
            yield Static(
                "A wellbeing-tui JSON export, jrnl's JSON export (jrnl --format json) "
                "or Daylio's CSV export. The whole file is checked first, and nothing "
                "is added until you say so.",
                classes="muted",
            )
            yield Label("File to import")
            yield Input(placeholder="path to the file", id="path")
            yield Label("Daylio only: numbers for your own mood names, e.g. super=5,okay=3")
            yield Input(placeholder="optional", id="mood-map")
            yield Button("Check the file", variant="primary", id="check")
            yield Static("", id="exchange-status")
            yield Button("Import", id="import", disabled=True)
        yield Footer()

    def on_mount(self) -> None:
        self.title = "Import"
        self.sub_title = "bring in what you kept elsewhere"
        self.query_one("#path", Input).focus()

    @on(Input.Changed)
    def changed(self) -> None:
        self.plan = None
        self.query_one("#import", Button).disabled = True

    @on(Input.Submitted)
    @on(Button.Pressed, "#check")
    def check(self) -> None:
        status = self.query_one("#exchange-status", Static)
        path = Path(self.query_one("#path", Input).value.strip()).expanduser()
        try:
            self.plan = self.diary.files.plan_import(
                path, None, self.query_one("#mood-map", Input).value or None
            )
        except ExchangeError as err:
            status.update(f"{escape(str(err))}. Nothing was imported.")
            return
        lines = "\n".join(f"• {escape(line)}" for line in self.plan.describe())
        status.update(f"[b]This would add:[/b]\n{lines}")
        can_import = bool(self.plan.new) and not self.plan.conflicts
        self.query_one("#import", Button).disabled = not can_import
        if can_import:
            self.query_one("#import", Button).focus()

    @on(Button.Pressed, "#import")
    def do_import(self) -> None:
        plan = self.plan
        if plan is None:
            return
        status = self.query_one("#exchange-status", Static)
        button = self.query_one("#import", Button)
        button.disabled = True
        status.update("Importing…")

        def imported(added: int) -> None:
            self.plan = None
            status.update(f"Imported {count(added, 'record')}.")

        def failed(err: Exception) -> None:
            button.disabled = False
            status.update(escape(str(err)))

        self.main_app.write(
            lambda: self.diary.files.apply_import(plan), done=imported, failed=failed, form=self
        )
