"""What the dashboard shows about one day, gathered by date from the records it needs."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from wellbeing_tui.domain.activities import Activity, ActivityLog, Connection
from wellbeing_tui.domain.fun import ranked
from wellbeing_tui.domain.grounding import GroundingSession
from wellbeing_tui.domain.journal import JournalEntry
from wellbeing_tui.domain.meals import Meal
from wellbeing_tui.domain.moments import by_moment
from wellbeing_tui.domain.mood import CheckIn
from wellbeing_tui.domain.people import Person, days_without_contact, people
from wellbeing_tui.domain.sleep import SleepEntry
from wellbeing_tui.domain.thoughts import ThoughtRecord
from wellbeing_tui.domain.today import TodaySummary, summarise_today, week_bounds
from wellbeing_tui.storage.store import Store

RECENT_CONTACT_DAYS = 60  # only recent contacts matter: the latest, and who came just before
TOP_ACTIVITIES = 3


@dataclass(frozen=True)
class DashboardDay:
    """Everything the dashboard's panels show."""

    summary: TodaySummary
    top_activities: tuple[Activity, ...]
    done_this_week: dict[str, int]  # activity title -> times done this week, in order done
    recent_people: tuple[Person, ...]
    days_since_contact: int | None
    latest_thought: ThoughtRecord | None
    hidden_panels: frozenset[str]


def dashboard_day(store: Store, day: date) -> DashboardDay:
    settings = store.settings()
    first, last = week_bounds(day, settings.week_start)
    summary = summarise_today(
        day,
        sleep=store.records_on(SleepEntry, day, day),
        checkins=store.records_on(CheckIn, day, day),
        meals=store.records_on(Meal, day, day),
        week_grounding=store.records_on(GroundingSession, first, last),
        latest_journal=store.latest(JournalEntry, "created_at"),
        day_start_hour=settings.day_start_hour,
    )
    activities = store.records(Activity)
    titles = {a.id: a.title for a in activities}
    done: dict[str, int] = {}
    for log in by_moment(store.records_on(ActivityLog, first, last), lambda g: g.at):
        title = titles.get(log.activity_id)
        if title:
            done[title] = done.get(title, 0) + 1
    connections = store.records_on(Connection, day - timedelta(days=RECENT_CONTACT_DAYS), day)
    latest_contact = store.latest(Connection, "at")
    if latest_contact is not None and latest_contact.at[:10] > day.isoformat():
        connections.append(latest_contact)  # dated after today: still the latest, and shown
    return DashboardDay(
        summary=summary,
        top_activities=tuple(ranked(activities)[:TOP_ACTIVITIES]),
        done_this_week=done,
        recent_people=tuple(people(connections, day)),
        days_since_contact=None
        if latest_contact is None
        else days_without_contact([latest_contact], day),
        latest_thought=store.latest(ThoughtRecord, "created_at"),
        hidden_panels=frozenset(settings.hidden_panels),
    )
