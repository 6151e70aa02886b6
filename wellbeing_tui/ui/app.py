"""The Textual app: handed an opened Diary (or a way to open one), shows the dashboard first."""

from __future__ import annotations

import asyncio
import contextlib
import signal
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, TypeVar

from textual import on
from textual.app import SystemCommand
from textual.binding import Binding
from textual.notifications import SeverityLevel
from textual.screen import Screen
from textual.theme import Theme

from wellbeing_tui.content.exercises import BY_SLUG
from wellbeing_tui.content.helplines import country_from_locale
from wellbeing_tui.domain.clock import Clock
from wellbeing_tui.domain.visible import visible
from wellbeing_tui.services import Diary
from wellbeing_tui.services.errors import StoreError
from wellbeing_tui.services.events import CareDue
from wellbeing_tui.ui.dashboard.dashboard import DashboardScreen
from wellbeing_tui.ui.file_trouble import Reopening, needs_opening_again
from wellbeing_tui.ui.first_moments import first_moments
from wellbeing_tui.ui.keys import KeysInOrder, close_gently, typing_into
from wellbeing_tui.ui.navigation import BY_NAME, Navigate, palette_entries
from wellbeing_tui.ui.support import gentle
from wellbeing_tui.ui.support.explain import ExplainScreen
from wellbeing_tui.ui.themes import HIGH_CONTRAST
from wellbeing_tui.ui.unlock import UnlockScreen
from wellbeing_tui.ui.writer import Writer

if TYPE_CHECKING:
    from textual.driver import Driver

    from wellbeing_tui.domain.session import GroundingRun
    from wellbeing_tui.services.care_answer import Trigger

T = TypeVar("T")


class WellbeingApp(KeysInOrder):
    """A calm, private dashboard for hard days."""

    # The dashboard's styles come with the app's: a screen's own CSS_PATH makes Textual
    # re-parse every style sheet when the screen first shows, which would delay the first frame.
    CSS_PATH = ["app.tcss", "dashboard/dashboard.tcss"]
    TITLE = "wellbeing"
    ENABLE_COMMAND_PALETTE = True
    BINDINGS = [
        # Help is one key away from every screen and every dialog (priority bindings are seen
        # before a modal screen's own). h is a letter like any other in a text field; F1 is not.
        Binding(
            "h",
            "support_unless_typing",
            "Help",
            tooltip="Helplines and how to find help",
            id="support",
            priority=True,
        ),
        Binding(
            "f1",
            "support",
            "Help",
            show=False,
            tooltip="Helplines, from anywhere, even while typing",
            id="support-f1",
            priority=True,
        ),
        # Over dialogs too (a modal screen hides the app's other bindings); typed in a field.
        Binding(
            "question_mark", "explain", "About this screen", show=False, id="explain", priority=True
        ),
    ]

    def __init__(
        self,
        diary: Diary | None,
        *,
        demo: bool = False,
        locale_country: str | None = None,
        start_run: GroundingRun | None = None,
        first_start_notice: bool = True,
        unlock: Callable[[str], Diary] | None = None,
        reopen: Callable[[str | None], Diary] | None = None,
    ) -> None:
        """``diary`` is the opened data file; for an encrypted one it is None and ``unlock``
        opens it with the passphrase typed on the first screen. ``reopen`` opens the file
        anew after it changed under the app."""
        super().__init__()
        self.first_start_notice = first_start_notice
        self.register_theme(HIGH_CONTRAST)
        self.start_run = start_run
        self._diary: Diary | None = None
        self._unlock = unlock
        self.unlock_failed: str | None = None  # why the app closed without opening the file
        self.demo = demo
        self._locale_country = locale_country
        self.writer = Writer()
        self._loop: asyncio.AbstractEventLoop | None = None
        self._reopening = Reopening(self, reopen)
        self._hanging_up = False
        self._closer: asyncio.Task[None] | None = None
        if diary is not None:
            self._open(diary)

    def file_trouble(self, error: Exception, *, asked: bool = True) -> None:
        """A save or read found the file not as opened: say so, and offer to open it again."""
        if needs_opening_again(error) and isinstance(error, StoreError):
            self._reopening.trouble(error, asked=asked)

    def reopened(self, diary: Diary) -> None:
        """The data file opened anew: every screen reads and saves through it from now on."""
        self._open(diary)

    def _tell_file_news(self) -> None:
        """Every two seconds: what happened to the file from outside, and whether it can
        be read at all now (meanwhile every screen shows what was read last)."""
        if self._diary is None:
            return
        for news in self.diary.file_news():
            self.notify(news, timeout=10)
        trouble = self.diary.file_trouble()
        if trouble is not None:
            self._reopening.trouble(trouble, asked=False)

    def _open(self, diary: Diary) -> None:
        self._diary = diary
        settings = diary.settings.current()
        if settings.theme in self.available_themes:
            self.theme = settings.theme

    @property
    def diary(self) -> Diary:
        if self._diary is None:
            raise RuntimeError("the data file is not open yet")
        return self._diary

    @property
    def unlocked(self) -> bool:
        """Whether the data file is open (an encrypted one is not before its passphrase)."""
        return self._diary is not None

    @property
    def clock(self) -> Clock:
        return self.diary.clock

    def write(
        self,
        job: Callable[[], T],
        *,
        done: Callable[[T], object] | None = None,
        failed: Callable[[Exception], object] | None = None,
        form: object | None = None,
    ) -> bool:
        """Every save goes through here: off the event loop, in order (see ``writer.py``).
        When it is done, what it calls for (a gentle answer, say) is taken from the diary."""

        opened = self._diary

        def finished(result: T) -> None:
            self._take_events()
            if done is not None:
                done(result)

        def trouble(error: Exception, asked: bool) -> None:
            # A save asked of the file as it was before it was opened again (a draft kept
            # while the passphrase was being typed, say) says nothing of the file open now.
            if self._diary is opened:
                self.file_trouble(error, asked=asked)

        return self.writer.write(
            self, job, done=finished, failed=failed, form=form, trouble=trouble
        )

    def _take_events(self) -> None:
        for event in self.diary.take_events():
            if isinstance(event, CareDue):
                self._gentle_answer_after_saves(event.trigger)

    def on_unmount(self) -> None:
        self.writer.close()  # the drafts kept by screens closing with the app reach the disk

    def on_mount(self) -> None:
        self._loop = asyncio.get_running_loop()
        self._close_gently_on_hang_up()
        self.theme_changed_signal.subscribe(self, self._keep_theme)
        self.set_interval(2, self._tell_file_news)
        if self._diary is None and self._unlock is not None:
            self.push_screen(UnlockScreen(self._unlock, self._unlocked, self._not_unlocked))
            return
        self._start()

    def _unlocked(self, diary: Diary) -> None:
        self._open(diary)
        self._start()

    def _not_unlocked(self, why: str) -> None:
        self.unlock_failed = why
        self.exit(return_code=1)

    def _start(self) -> None:
        """The dashboard, and what the first moments offer, once the file is open."""
        self.push_screen(DashboardScreen())
        if not self.diary.read_only and self.start_run is None:
            first_moments(self)
        if self.start_run is not None:
            # deferred: 13 ms of the first frame (import timing; see new_journal_entry)
            from wellbeing_tui.ui.grounding.session import SessionScreen

            self.push_screen(SessionScreen(self.start_run))
        if self.diary.read_only_reason:
            self.notify(self.diary.read_only_reason, title="Read-only", timeout=15)
        elif self.diary.migrated_from is not None:
            self.notify(
                "Your data file was updated to the new format; a copy of the old one is in "
                "the backups folder.",
                timeout=8,
            )

    def get_driver_class(self) -> type[Driver]:
        """On Linux and macOS, a driver that survives its terminal closing (``terminal.py``)."""
        driver = super().get_driver_class()
        if driver.__name__ == "LinuxDriver":
            # deferred: Linux and macOS only (Textual's Linux driver needs termios)
            from wellbeing_tui.ui.terminal import CalmDriver

            return CalmDriver
        return driver

    def _close_gently_on_hang_up(self) -> None:
        """A closed terminal (SIGHUP) or a polite kill (SIGTERM) closes the app as ``q`` does,
        so every open form keeps what was typed as a draft and a demo copy is removed."""
        loop = asyncio.get_running_loop()
        for name in ("SIGHUP", "SIGTERM"):
            number = getattr(signal, name, None)
            if number is None:
                continue  # not on this platform
            with contextlib.suppress(NotImplementedError, RuntimeError, ValueError):
                loop.add_signal_handler(number, self.hang_up)

    def hang_up(self) -> None:
        """Close as ``q`` does, once every key already received has reached its field, so its
        draft holds it; a last-resort timer ends the process if closing ever stalls."""
        if not self._hanging_up:
            self._hanging_up = True
            if self._diary is not None:
                self.diary.hurry(0.4)  # a draft waits no longer for another copy's lock
            self._closer = asyncio.get_running_loop().create_task(close_gently(self, self._keys))

    def _keep_theme(self, theme: Theme) -> None:
        """A theme chosen anywhere (the settings screen or the command palette) is kept."""
        if (
            self._diary is None
            or self.diary.read_only
            or self.diary.settings.current().theme == theme.name
        ):
            return
        self.write(lambda: self.diary.settings.edit(theme=theme.name), failed=lambda _: None)

    @property
    def country(self) -> str | None:
        """The country whose helplines are shown: the saved choice, else the locale's."""
        saved = self._diary.settings.current().country if self._diary is not None else None
        return saved or self.locale_country

    @property
    def locale_country(self) -> str | None:
        """The country of the locale, found the first time it is needed."""
        if self._locale_country is None:
            self._locale_country = country_from_locale() or ""
        return self._locale_country or None

    # -- going places ----------------------------------------------------------------------

    def go(self, name: str) -> None:
        """Open a destination of the navigation table by name."""
        if self._diary is None and name != "support":
            self.notify("Type the passphrase first: this opens once the diary is open.")
            return
        destination = BY_NAME[name]
        if destination.action:
            getattr(self, destination.action)(*destination.args)
            return
        screen_class = destination.screen_class()
        if destination.single and isinstance(self.screen, screen_class):
            return
        self.push_screen(screen_class(*destination.args))

    def action_go(self, name: str) -> None:
        self.go(name)

    def action_support(self) -> None:
        self.go("support")

    def action_support_unless_typing(self) -> None:
        self.go("support")

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action in ("support_unless_typing", "explain"):
            # In a text field h is typed; the screen underneath keeps everything either way.
            return not typing_into(self.focused)
        return True

    @on(Navigate)
    def navigate(self, message: Navigate) -> None:
        self.go(message.to)

    def go_home(self) -> None:
        """Back to the dashboard, closing every screen above it."""
        while len(self.screen_stack) > 2:
            self.pop_screen()

    def new_journal_entry(self) -> None:
        # deferred: 40 ms and 1.9 MiB of the first frame (import timing); with the grounding
        # screens at the top too, bench/startup.py took 150 ms longer (125 ms more CPU)
        from wellbeing_tui.ui.journal.editor import JournalEditorScreen

        self.go("journal")
        self.push_screen(JournalEditorScreen())

    def repeat_grounding(self) -> None:
        """The exercise done last time, with the same length, ready to start."""
        last = self.diary.grounding.last()
        if last is None or last.exercise not in BY_SLUG:
            self.notify("No grounding session yet: choose one from the list.", timeout=4)
            self.go("grounding")
            return
        from wellbeing_tui.ui.grounding.setup import SetupScreen  # deferred: 20 ms, as above

        exercise = BY_SLUG[last.exercise]
        minutes = None if exercise.beginner_cycles else max(1, round(last.planned_seconds / 60))
        self.push_screen(SetupScreen(exercise, minutes))

    def get_system_commands(self, screen: Screen[object]) -> Iterable[SystemCommand]:
        for destination in palette_entries():
            yield SystemCommand(
                destination.title,
                destination.help,
                lambda name=destination.name: self.go(name),
            )
        yield from super().get_system_commands(screen)

    # -- the rest ----------------------------------------------------------------------------

    def notify(
        self,
        message: str,
        *,
        title: str = "",
        severity: SeverityLevel = "information",
        timeout: float | None = None,
        markup: bool = True,
    ) -> None:
        """Toasts often hold a person's own words ("Added ..."): they are never markup, and
        control characters in them are shown, not sent to the terminal."""
        super().notify(
            visible(message), title=visible(title), severity=severity, timeout=timeout, markup=False
        )

    def _gentle_answer_after_saves(self, trigger: Trigger) -> None:
        async def when_settled() -> None:
            await self.writer.settled()
            self.call_after_refresh(self.show_gentle_answer, trigger)

        self.run_worker(when_settled(), group="care")

    def show_gentle_answer(self, trigger: Trigger) -> None:
        gentle.show_gentle_answer(self, trigger)

    def toggle_setting(self, name: str, words: str) -> None:
        value = not getattr(self.diary.settings.current(), name)
        self.write(
            lambda: self.diary.settings.edit(**{name: value}),
            done=lambda _: self.notify(f"{words} {'on' if value else 'off'}.", timeout=3),
        )

    def action_explain(self) -> None:
        if isinstance(self.screen, ExplainScreen):
            return
        path = str(self.diary.path) if self._diary is not None else ""
        self.push_screen(ExplainScreen(self.screen, dict(self.screen.active_bindings), path))
