"""The Store: the only way the program reads and writes the data file.

Records come in and go out as the domain's frozen dataclasses; every write takes the lock,
picks up what other processes saved since the last read, and replaces the file atomically.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, ClassVar, Protocol, Self, TypeVar

from wellbeing_tui.domain import table_names
from wellbeing_tui.domain.clock import Clock
from wellbeing_tui.domain.errors import ValidationError
from wellbeing_tui.domain.fields import iso
from wellbeing_tui.domain.moments import moment_key
from wellbeing_tui.storage.aside import keep_aside, take_in_and_write
from wellbeing_tui.storage.atomic import (
    check_private_folder,
    make_private_dirs,
    remove_stale_temps,
    write_atomic,
)
from wellbeing_tui.storage.by_date import ByDate
from wellbeing_tui.storage.durable import DurableStorage
from wellbeing_tui.storage.errors import LockTimeout, NoDataFile, ReadOnlyError, StoreError
from wellbeing_tui.storage.fileformat import (
    Tables,
    encode,
    read_any,
    read_only_file_system,
    refuse_what_is_not_a_file,
)
from wellbeing_tui.storage.filelock import FileLock
from wellbeing_tui.storage.missing import refuse_missing
from wellbeing_tui.storage.schema import SCHEMA_VERSION, migrate, new_file, schema_version
from wellbeing_tui.storage.stamps import apply_change, apply_new, stamp_settings

if TYPE_CHECKING:  # kept out of the import, which every command pays for
    from wellbeing_tui.domain.settings import Settings
    from wellbeing_tui.storage.crypt import Cipher


class StoredRecord(Protocol):
    """What the Store needs of a record type: its table, an id, and its document."""

    TABLE: ClassVar[str]

    @property
    def id(self) -> str: ...

    def to_doc(self) -> dict[str, Any]: ...

    @classmethod
    def from_doc(cls, doc: object) -> Self: ...


R = TypeVar("R", bound=StoredRecord)
SETTINGS = table_names.SETTINGS


def lock_path(path: Path) -> Path:
    return path.with_name(path.name + ".lock")


class Store(ByDate):
    """One data file, opened for the life of the program."""

    def __init__(
        self,
        path: Path,
        clock: Clock,
        *,
        create: bool = True,
        lock_timeout: float | None = None,
        cipher: Cipher | None = None,
    ) -> None:
        # A data file that is a link (into a synced folder, say) is written through to its
        # target: the temporary file and the lock go beside the target, and the link stays.
        self.path = Path(os.path.realpath(path.expanduser()))
        self.clock = clock
        self.read_only_reason: str | None = None
        self._cipher = cipher  # the unlocked key of an encrypted file (see crypt.py)
        self.migrated_from: int | None = None
        self._opened: tuple[Tables, os.stat_result] | None = None
        # Called before every write; a caller that must never write from some thread (the
        # app's event loop, which saves on its writer thread) checks that here.
        self.write_guard: Callable[[], None] | None = None
        self._lock = FileLock(lock_path(self.path), lock_timeout)
        self._hurried = False  # closing: a record that cannot wait for the lock goes aside
        self._open(create)
        self._storage = DurableStorage(
            self.path,
            self._lock,
            read_only_reason=self.read_only_reason,
            before_write=self._before_write,
            cipher=self._cipher,
        )
        if self._opened is not None:
            self._storage.prime(*self._opened)  # parsed once while opening; not again
        self._opened = None
        self._indexes: dict[str, tuple[tuple[int, int], dict[str, list[dict[str, Any]]]]] = {}
        self._storage.read()

    # -- opening -------------------------------------------------------------------------

    def _open(self, create: bool) -> None:
        self.read_only_reason = refuse_what_is_not_a_file(self.path)
        if not create and not self.path.exists():
            refuse_missing(self.path, create)
        if read_only_file_system(self.path.parent):
            self._open_read_only()
            return
        make_private_dirs(self.path.parent)
        check_private_folder(self.path.parent)
        if not create:
            # A command that only reads needs no lock (every save replaces the file whole),
            # so another copy saving, or a stuck lock, cannot hold it up. Only an old file
            # that must be updated first takes the lock.
            data, info = self._read_following_its_form()
            if schema_version(data) >= SCHEMA_VERSION:
                self._opened = (data, info)
                self._note_newer(schema_version(data))
                return
        with self._lock:
            remove_stale_temps(self.path)
            if not self.path.exists():
                refuse_missing(self.path, create)  # no new diary over one kept elsewhere
                write_atomic(self.path, encode(new_file(iso(self.clock.now())), self._cipher))
            data, info = self._read_following_its_form()
            self._opened = (data, info)
            version = schema_version(data)
            self._note_newer(version)
            if self.read_only_reason is None:
                self._take_in_drafts_kept_aside(data)
            if version < SCHEMA_VERSION and self.read_only_reason is None:
                # deferred: 2 ms of the first frame, which writes nothing (python -X importtime)
                from wellbeing_tui.storage.backups import backup_dir, copy_private

                stamp = self.clock.now().strftime("%Y%m%d-%H%M%S")
                copy_private(
                    self.path,
                    backup_dir(self.path) / f"{self.path.stem}-schema{version}-{stamp}.json",
                )
                self.migrated_from = migrate(data, iso(self.clock.now()))
                write_atomic(self.path, encode(data, self._cipher))
                self._opened = None

    def _take_in_drafts_kept_aside(self, data: Tables) -> None:
        if take_in_and_write(self.path, data, self._cipher):
            self._opened = None  # read again, with the drafts in

    def keep_aside(self, record: StoredRecord) -> None:  # the lock cannot be had now

        keep_aside(self.path, record.TABLE, record.to_doc(), self._storage.cipher)

    def hurry(self, seconds: float) -> None:
        """Closing: wait at most ``seconds`` for another copy's lock (a save already waiting
        too); a record that cannot wait is kept aside, and taken in at the next opening."""
        self._lock.timeout = seconds
        self._hurried = True

    @contextmanager
    def _aside_if_hurried(self, record: StoredRecord | None) -> Iterator[None]:
        try:
            yield
        except LockTimeout:
            if not self._hurried or record is None:
                raise
            self.keep_aside(record)

    def _open_read_only(self) -> None:
        """On a read-only file system: read without the lock (it cannot be made there)."""
        if not self.path.exists():
            raise NoDataFile(self.path)
        data, info = self._read_following_its_form()
        self._opened = (data, info)
        version = schema_version(data)
        self._note_newer(version)
        if version < SCHEMA_VERSION:
            migrate(data, iso(self.clock.now()))  # in memory only
        self.read_only_reason = self.read_only_reason or (
            f"{self.path} is on a read-only file system, so it is open read-only and nothing "
            "in it is changed. Saving works again once it can be written to."
        )

    def _read_following_its_form(self) -> tuple[Tables, os.stat_result]:
        """Read the file; one found plain although a key was given (decrypted by another
        command while this one was unlocking it) is saved plain: its key is gone."""
        data, info, sealed = read_any(self.path, self._cipher)
        if not sealed:
            self._cipher = None
        return data, info

    def _note_newer(self, version: int) -> None:
        if version > SCHEMA_VERSION:
            self.read_only_reason = (
                f"{self.path} was written by a newer version of wellbeing-tui (schema "
                f"{version}; this version knows {SCHEMA_VERSION}). It is open read-only, so "
                "nothing in it is changed. Update wellbeing-tui to save new entries."
            )

    def _before_write(self) -> None:
        from wellbeing_tui.storage.backups import make_daily_backup  # deferred: as in _open

        make_daily_backup(self.path, self.clock.now().date())

    @property
    def cipher(self) -> Cipher | None:
        """The key the file is saved with now (None once decrypted by another command)."""
        return self._storage.cipher

    def trouble(self) -> StoreError | None:
        """Why the file cannot be read now, if it cannot (reads give what was read last)."""
        self._storage.read()
        return self._storage.trouble

    def news(self) -> list[str]:
        """What changed about the file since last asked (decrypted elsewhere, say)."""
        told, self._storage.news = self._storage.news, []
        return told

    @property
    def read_only(self) -> bool:
        return self.read_only_reason is not None

    def _writable(self) -> None:
        if self.write_guard is not None:
            self.write_guard()
        if self.read_only_reason is not None:
            raise ReadOnlyError(self.read_only_reason)

    # -- reading -------------------------------------------------------------------------

    def raw(self, table: str) -> Mapping[str, dict[str, Any]]:
        """The stored documents of a table by TinyDB id; do not change them."""
        return self._storage.read().get(table, {})

    def count(self, table: str) -> int:
        return len(self.raw(table))

    def tables_now(self) -> Tables:
        """Every table as the file holds it now; do not change them."""
        return self._storage.read(strict=True)

    def tables(self) -> list[str]:
        return sorted(self._storage.read())

    def records(
        self,
        cls: type[R],
        where: Callable[[Mapping[str, Any]], bool] | None = None,
    ) -> list[R]:
        """The valid records of a table (optionally only documents ``where`` accepts).

        A record that fails validation (edited by hand, say) is left in the file and left
        out here; ``wellbeing check`` lists it.
        """
        out: list[R] = []
        from_doc = cls.from_doc
        for doc in self.raw(cls.TABLE).values():
            if where is not None and not where(doc):
                continue
            try:
                out.append(from_doc(doc))
            except (ValidationError, TypeError):
                continue
        return out

    def latest(self, cls: type[R], field: str) -> R | None:
        """The valid record with the greatest ``field`` (a time); only it is converted."""
        from_doc = cls.from_doc
        docs = list(self.raw(cls.TABLE).values())
        if not docs:
            return None
        newest = max(docs, key=lambda d: moment_key(d.get(field)))  # by instant
        try:
            return from_doc(newest)
        except (ValidationError, TypeError):
            pass  # a record edited by hand; look further back
        for doc in sorted(docs, key=lambda d: moment_key(d.get(field)), reverse=True):
            try:
                return from_doc(doc)
            except (ValidationError, TypeError):
                continue
        return None

    def get(self, cls: type[R], record_id: str) -> R | None:
        return next(iter(self.records(cls, lambda d: d.get("id") == record_id)), None)

    # -- writing -------------------------------------------------------------------------

    def _doc_id_of(self, table: str, record_id: str) -> int | None:
        for key, doc in self.raw(table).items():
            if doc.get("id") == record_id:
                return int(key)
        return None

    def add(self, record: R) -> R:
        """Save a new record; an id that is already there is refused."""
        self._writable()
        with self._aside_if_hurried(record), self._lock:
            if self._doc_id_of(record.TABLE, record.id) is not None:
                raise ValueError(f"a record with id {record.id} is already saved")
            self.add_many([record])
        return record

    def add_many(self, records: Sequence[StoredRecord]) -> int:
        """Save many new records in one write: all of them, or (on any error) none."""
        self._writable()
        if not records:
            return 0
        with self._lock:
            data = self._storage.read(strict=True)
            saved = [(r.TABLE, r.id, r.to_doc()) for r in records]
            self._storage.write({**data, **apply_new(data, saved, self._stamp())})
        return len(records)

    def ids(self, table: str) -> set[str]:
        return {str(doc.get("id")) for doc in self.raw(table).values()}

    def save(self, record: R) -> R:
        """Save a record: replace the one with the same id, or add it."""
        self.change(save=[record])
        return record

    def delete(self, cls: type[R], record_id: str) -> R | None:
        """Remove a record by id and return it (so it can be put back for undo)."""
        record = self.get(cls, record_id)
        if record is not None:
            self.change(remove=[(cls.TABLE, record_id)])
        return record

    def change(
        self, save: Sequence[StoredRecord] = (), remove: Sequence[tuple[str, str]] = ()
    ) -> None:
        """Save records (replacing those with the same id) and remove others, by table and
        id, in one write: an entry and the draft it came from are never half changed.
        Fields a stored document has and the record does not name are kept.

        The tables in memory are never changed in place: changed copies are written and then
        swapped in whole, so a screen reading on another thread while the app's writer
        saves sees the file as it was or as it is, never half of a change."""
        self._writable()
        with self._aside_if_hurried(save[0] if save else None), self._lock:
            data = self._storage.read(strict=True)
            saved = [(r.TABLE, r.id, r.to_doc()) for r in save]
            self._storage.write({**data, **apply_change(data, saved, remove, self._stamp())})

    def rewrite(self, change: Callable[[Tables], Tables | None]) -> None:
        """Replace the whole file with what ``change`` makes of the tables read under the
        lock (None: leave it as it is), in one atomic write: never half of it."""
        self._writable()
        with self._lock:
            new = change(self._storage.read(strict=True))
            if new is not None:
                self._storage.write(new)

    def _stamp(self) -> str:
        return iso(self.clock.now())

    # -- settings and meta ---------------------------------------------------------------

    def settings(self) -> Settings:
        # deferred: 1 ms of `log mood`, which reads no setting (python -X importtime)
        from wellbeing_tui.domain.settings import Settings

        docs = list(self.raw(SETTINGS).values())
        if not docs:
            return Settings()
        try:
            return Settings.from_doc(docs[0])
        except (ValidationError, TypeError):
            return Settings()

    def save_settings(self, settings: Settings) -> None:
        self._writable()
        with self._lock:
            data = self._storage.read(strict=True)
            old = data.get(SETTINGS, {}).get("1", {})
            row = stamp_settings(old, settings.to_doc(), self._stamp())
            self._storage.write({**data, SETTINGS: {**data.get(SETTINGS, {}), "1": row}})

    def file_signature(self) -> tuple[int, int, int, int] | None:
        """Changes whenever anyone saves to the file; cheap (one stat), for polling."""
        return self._storage._current_sig()

    def schema_version(self) -> int:
        return schema_version(self._storage.read())

    def now(self) -> datetime:
        return self.clock.now()

    def close(self) -> None:
        self._storage.close()
