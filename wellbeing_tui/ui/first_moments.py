"""What the first moments after opening a data file offer, once each: the journal entry that
was being written when the app last closed, the country for helplines when nothing says it,
and what this app is and is not (with the helplines of that country)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from wellbeing_tui.domain.drafts import JOURNAL_DRAFT
from wellbeing_tui.domain.words import count
from wellbeing_tui.services.nudge import kept_country
from wellbeing_tui.ui.dashboard.dashboard import DashboardScreen
from wellbeing_tui.ui.dialogs.choice import Choice
from wellbeing_tui.ui.format import short_day
from wellbeing_tui.ui.support.ask_country import AskCountry
from wellbeing_tui.ui.support.first_start import FirstStart

if TYPE_CHECKING:
    from wellbeing_tui.ui.app import WellbeingApp


def first_moments(app: WellbeingApp) -> None:
    keep_country_beside(app)
    offer_draft_back(app)
    if not ask_country_once(app):
        notice_once(app)


def keep_country_beside(app: WellbeingApp) -> None:
    """The country chosen before the plain file beside the data file kept it: kept now, so
    help shows its helplines the next time, before an encrypted diary is unlocked."""
    diary = app.diary
    if not app.demo and kept_country(diary.path) != diary.settings.current().country:
        app.write(diary.settings.keep_country_beside, failed=lambda _: None)


def notice_once(app: WellbeingApp) -> None:
    """What this app is and is not, with the country's numbers, once: a dialog on the
    dashboard that stays until it is closed, and is remembered as seen only then."""
    if app.demo or not app.first_start_notice or app.diary.settings.current().notice_seen:
        return

    def seen() -> None:
        app.write(lambda: app.diary.settings.edit(notice_seen=True), failed=lambda _: None)

    def show() -> None:
        dashboard = next((s for s in app.screen_stack if isinstance(s, DashboardScreen)), None)
        if dashboard is None or dashboard.query(FirstStart):
            return
        if not dashboard.query("#support-hint"):
            app.call_after_refresh(show)  # the dashboard is still being put together
            return
        dashboard.mount(FirstStart(app.country, seen), before="#support-hint")

    show()


def ask_country_once(app: WellbeingApp) -> bool:
    """When neither the settings nor the system's language name a country, ask once
    (the first-start notice follows the answer, so the two do not overlap)."""
    settings = app.diary.settings.current()
    if app.demo or settings.country or settings.country_asked or app.locale_country:
        return False

    def answered(code: str | None) -> None:
        app.write(
            lambda: app.diary.settings.edit(country=code, country_asked=True),
            failed=lambda _: None,
        )
        notice_once(app)

    app.push_screen(AskCountry(), answered)
    return True


def offer_draft_back(app: WellbeingApp) -> None:
    """After a crash or a closed terminal, offer back the journal entry being written."""
    drafts = [d for d in app.diary.drafts.all(JOURNAL_DRAFT) if str(d.data.get("text", "")).strip()]
    if not drafts:
        return
    draft = drafts[0]  # the newest first; each of the others is offered after it
    # deferred: 40 ms and 1.9 MiB of the first frame (import timing; see app.py), and only
    # now that there is something to offer back
    from wellbeing_tui.ui.journal.editor import JournalEditorScreen

    def answered(answer: str | None) -> None:
        if answer == "open":
            app.push_screen(JournalEditorScreen(draft=draft))
        elif answer == "discard":
            app.write(
                lambda: app.diary.drafts.clear(JOURNAL_DRAFT, draft.id),
                done=lambda _: offer_draft_back(app),
            )

    when = f"{short_day(draft.updated_at)} at {draft.updated_at[11:16]}"
    more = f"; {count(len(drafts) - 1, 'other')} kept too" if len(drafts) > 1 else ""
    app.push_screen(
        Choice(
            f"You were writing a journal entry ({when}{more}) that was not saved. Open it now?",
            [("open", "Open it"), ("later", "Later"), ("discard", "Discard it")],
            cancel="later",
        ),
        answered,
    )
