"""What every import shares: stable ids, the records already here, and where imported clock
times are placed."""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Mapping
from datetime import date, time, timedelta, timezone, tzinfo
from typing import Any

from wellbeing_tui.domain.clocktime import parse_clock
from wellbeing_tui.domain.errors import ValidationError
from wellbeing_tui.domain.fields import check_date, iso
from wellbeing_tui.domain.journal import JournalEntry
from wellbeing_tui.domain.localtime import person_zone, place
from wellbeing_tui.exchange.common import ExchangeError
from wellbeing_tui.exchange.plan import ImportPlan
from wellbeing_tui.exchange.strict_json import unusable_in
from wellbeing_tui.storage.store import Store, StoredRecord

NAMESPACE = uuid.UUID("6f2b7c1e-3d4a-4e5f-9a8b-0c1d2e3f4a5b")
SHOWN = 40  # characters of a name from the file shown in a message


def shown(text: str) -> str:
    return text if len(text) <= SHOWN else text[:SHOWN] + "..."


def stable_id(*parts: str) -> str:
    """The same id for the same parts, whatever they hold (a lone surrogate too)."""
    name = "\x1f".join(parts)
    if not name.isascii():
        name = name.encode("utf-8", "surrogatepass").decode("utf-8", "replace")
    return str(uuid.uuid5(NAMESPACE, name))


def titled(title: str, body: str) -> str:
    """A title and a body as one journal text: a blank line between them, when both are."""
    return f"{title}\n\n{body}" if title and body else title or body


def imported_entry(kind: str, when: str, text: str, tags: Iterable[str]) -> JournalEntry:
    """A journal entry from another program, its id made from where it came from, its time
    and its text, so that the same entry imported again has the same id."""
    return JournalEntry(
        id=stable_id(kind, when, text),
        created_at=when,
        updated_at=when,
        text=text,
        tags=tuple(tags),
    )


def no_unusable(value: Any, where: str) -> None:
    """A number no field can hold (5000 digits, 1e999) is named with its field."""
    if (found := unusable_in(value)) is not None:
        field, what = found
        raise ExchangeError(f"{where}: {field}: {what.what} is not a value a diary holds")


class Incoming:
    """The ids of one table: those already in the data file, and those earlier in this
    import, so that an id seen twice in one file is a difference like any other. ``known``
    holds other keys of what is here (the content of an entry, say) that ``take`` may be
    given as aliases."""

    def __init__(
        self, store: Store, table: str, plan: ImportPlan, known: Iterable[str] = ()
    ) -> None:
        self.table, self.plan = table, plan
        self.here = {str(d.get("id")): d for d in store.raw(table).values()}
        self.known = set(known)
        self.earlier: dict[str, StoredRecord] = {}

    def take(self, record: StoredRecord, *aliases: str) -> None:
        if any(a in self.here or a in self.known for a in aliases):
            self.plan.skipped[self.table] += 1  # imported before under an older id
            return
        earlier = self.earlier.get(record.id)
        if earlier is not None:
            if earlier.to_doc() == record.to_doc():
                self.plan.skipped[self.table] += 1
            else:
                self.plan.conflicts.append(record)
                self.plan.twice.add((self.table, record.id))
            return
        self.earlier[record.id] = record
        here = self.here.get(record.id)
        if here is None:
            self.plan.new.append(record)
        elif same(type(record), here, record):
            self.plan.skipped[self.table] += 1
        else:
            self.plan.conflicts.append(record)


def same(cls: type[StoredRecord], doc: Mapping[str, Any], record: StoredRecord) -> bool:
    try:
        return cls.from_doc(doc).to_doc() == record.to_doc()
    except (ValidationError, TypeError):
        return False  # what is here was edited by hand into the wrong shape


class Clock:
    """Where the imported clock times are placed: the person's time zone, with its rules."""

    def __init__(self, store: Store, plan: ImportPlan) -> None:
        now = store.clock.now()
        self.zone: tzinfo = person_zone(now)
        self.today_offset = now.utcoffset() or timedelta(0)
        self.plan = plan

    def moment(self, day: object, clock_time: object, where: str) -> tuple[str, list[str]]:
        """The moment as stored, and the forms earlier versions may have stored it in: they
        gave every imported time the offset the clocks had on the day of the import, rather
        than on its own date, so an entry imported then is still recognised."""
        try:
            if not isinstance(day, str):
                raise ValidationError("date", "must be a date written YYYY-MM-DD")
            if not isinstance(clock_time, str):
                raise ValidationError("time", "must be a clock time such as 21:05")
            hhmm = parse_clock("time", clock_time)
            placed = place(
                date.fromisoformat(check_date("date", day)),
                time.fromisoformat(hhmm),
                self.zone,
                "time",
            )
        except ValidationError as err:
            raise ExchangeError(f"{where}: {err.field}: {err.message}") from None
        if placed.note:
            self.plan.notes.append(f"{where}: {placed.note}.")
        when = iso(placed.moment)
        wall = placed.moment.replace(tzinfo=None)
        # The offsets an import may have used: today's, and the zone's in winter and summer.
        offsets = {self.today_offset}
        for month in (1, 7):
            try:
                seasonal = wall.replace(month=month, day=15, tzinfo=self.zone).utcoffset()
            except (OverflowError, ValueError):
                seasonal = None
            offsets.add(seasonal or self.today_offset)
        older = {iso(wall.replace(tzinfo=timezone(o))) for o in offsets} - {when}
        return when, sorted(older)
