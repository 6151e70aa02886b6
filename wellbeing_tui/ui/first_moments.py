"""What the first moments after opening a data file offer, once each: the journal entry that
was being written when the app last closed, the country for helplines when nothing says it,
and what this app is and is not."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from wellbeing_tui.ui.app import WellbeingApp

FIRST_START_NOTICE = (
    "wellbeing is a self-help tool and a private journal, not a medical device: it does not "
    "diagnose or treat anything, nor replace a doctor or therapist. If you are in danger, "
    "call your local emergency number. F1 shows helplines at any time."
)
# Long enough to read it, short enough not to sit for long over the form opened next; a
# toast stays above the footer, so every key of that form stays in view meanwhile.
NOTICE_SECONDS = 15


def first_moments(app: WellbeingApp) -> None:
    offer_draft_back(app)
    if not ask_country_once(app):
        notice_once(app)


def notice_once(app: WellbeingApp) -> None:
    """What this app is and is not, once, the first time it opens a data file."""
    if app.demo or not app.first_start_notice or app.diary.settings().notice_seen:
        return
    app.save(lambda: app.diary.edit_settings(notice_seen=True), failed=lambda _: None)
    app.notify(FIRST_START_NOTICE, title="Before you start", timeout=NOTICE_SECONDS)


def ask_country_once(app: WellbeingApp) -> bool:
    """When neither the settings nor the system's language name a country, ask once
    (the first-start notice follows the answer, so the two do not overlap)."""
    settings = app.diary.settings()
    if app.demo or settings.country or settings.country_asked or app.locale_country:
        return False
    from wellbeing_tui.ui.support.ask_country import AskCountry

    def answered(code: str | None) -> None:
        app.save(
            lambda: app.diary.edit_settings(country=code, country_asked=True),
            failed=lambda _: None,
        )
        notice_once(app)

    app.push_screen(AskCountry(), answered)
    return True


def offer_draft_back(app: WellbeingApp) -> None:
    """After a crash or a closed terminal, offer back the journal entry being written."""
    from wellbeing_tui.domain.drafts import JOURNAL_DRAFT

    drafts = [d for d in app.diary.drafts(JOURNAL_DRAFT) if str(d.data.get("text", "")).strip()]
    if not drafts:
        return
    draft = drafts[0]  # the newest first; each of the others is offered after it
    # Only now that there is something to offer back: the editor and its widgets.
    from wellbeing_tui.domain.words import count
    from wellbeing_tui.ui.dialogs.choice import Choice
    from wellbeing_tui.ui.format import short_day
    from wellbeing_tui.ui.journal.editor import JournalEditorScreen

    def answered(answer: str | None) -> None:
        if answer == "open":
            app.push_screen(JournalEditorScreen(draft=draft))
        elif answer == "discard":
            app.save(
                lambda: app.diary.clear_draft(JOURNAL_DRAFT, draft.id),
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
