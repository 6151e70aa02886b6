"""Looking back: the facts of each day in a range, gathered from the date indexes (a few
fields of each stored document, no record objects but the nights), then summarised."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, timedelta
from typing import Any

from wellbeing_tui.domain import table_names
from wellbeing_tui.domain.errors import ValidationError
from wellbeing_tui.domain.sleep import compute_metrics, local_zone
from wellbeing_tui.domain.trends import DayFacts, Trends, trends
from wellbeing_tui.storage.store import Store

# What looking back counts as a day logged (its first day starts the range).
LOOKED_BACK = (
    table_names.CHECKINS,
    table_names.SLEEP,
    table_names.GROUNDING,
    table_names.CONNECTIONS,
    table_names.ACTIVITY_LOG,
)


def _int(value: object, low: int, high: int) -> int | None:
    if isinstance(value, int) and not isinstance(value, bool) and low <= value <= high:
        return value
    return None


def _words(value: object) -> Iterable[str]:
    if isinstance(value, list):
        return (w for w in value if isinstance(w, str))
    return ()


CLOCK_FIELDS = ("in_bed", "lights_out", "final_wake", "out_of_bed")


def _night(doc: dict[str, Any], zone: Any) -> tuple[int, int] | None:
    """Time asleep and in bed, worked straight from the stored fields (as the sleep diary
    works them, clock changes included), without building the whole record."""
    clocks = [doc.get(name) for name in CLOCK_FIELDS]
    sol, waso = doc.get("sol_min"), doc.get("waso_min")
    if not all(isinstance(c, str) and len(c) == 5 and c[2] == ":" for c in clocks):
        return None
    if _int(sol, 0, 24 * 60) is None or _int(waso, 0, 24 * 60) is None:
        return None
    in_bed, lights_out, final_wake, out_of_bed = (str(c) for c in clocks)
    try:
        figures = compute_metrics(
            in_bed, lights_out, int(str(sol)), int(str(waso)), final_wake, out_of_bed,
            morning=str(doc.get("date", ""))[:10], zone=zone,
        )  # fmt: skip
    except (ValidationError, TypeError, ValueError):
        return None
    return figures.tst_min, figures.tib_min


def day_facts(store: Store, first: date, last: date) -> list[DayFacts]:
    """Every day from ``first`` to ``last``, with what each holds (empty days included)."""
    checkins = store.docs_between(table_names.CHECKINS, first, last)
    sleep = store.docs_between(table_names.SLEEP, first, last)
    grounding = store.docs_between(table_names.GROUNDING, first, last)
    people = store.docs_between(table_names.CONNECTIONS, first, last)
    fun = store.docs_between(table_names.ACTIVITY_LOG, first, last)
    zone = local_zone()
    out: list[DayFacts] = []
    day = first
    while day <= last:
        key = day.isoformat()
        docs = checkins.get(key, ())
        moods = tuple(m for d in docs if (m := _int(d.get("mood"), 1, 5)) is not None)
        words = tuple(w for d in docs for w in _words(d.get("emotions")))
        nights = [n for d in sleep.get(key, ()) if (n := _night(d, zone)) is not None]
        sessions = grounding.get(key, ())
        changes = []
        for s in sessions:
            before = _int(s.get("distress_before"), 0, 10)
            after = _int(s.get("distress_after"), 0, 10)
            if before is not None and after is not None:
                changes.append(after - before)
        seconds = sum(
            float(s["actual_seconds"])
            for s in sessions
            if isinstance(s.get("actual_seconds"), int | float)
            and not isinstance(s.get("actual_seconds"), bool)
        )
        out.append(
            DayFacts(
                day=day,
                moods=moods,
                checkins=len(docs),
                words=words,
                tst_min=nights[-1][0] if nights else None,
                tib_min=nights[-1][1] if nights else None,
                people=bool(people.get(key)),
                fun=bool(fun.get(key)),
                grounding_sessions=len(sessions),
                grounding_seconds=seconds,
                distress_changes=tuple(changes),
            )
        )
        day += timedelta(days=1)
    return out


def load_trends(store: Store, first: date, last: date) -> Trends:
    """The figures from ``first`` to ``last``, weeks starting as the settings say."""
    return trends(day_facts(store, first, last), first, last, store.settings().week_start)


def first_day(store: Store) -> date | None:
    """The first day anything looked back on was logged."""
    return store.first_day(LOOKED_BACK)
