"""``wellbeing merge OTHER``: another copy merged in, said in words, nothing half written."""

from __future__ import annotations

import json
import shutil
from datetime import UTC, datetime
from pathlib import Path

from tests.storage.diaries import PASSPHRASE, opened, passphrase_file, run
from wellbeing_tui.domain.clock import Clock, FixedClock
from wellbeing_tui.domain.fields import iso, new_id
from wellbeing_tui.domain.journal import JournalEntry
from wellbeing_tui.domain.mood import CheckIn
from wellbeing_tui.storage import Store
from wellbeing_tui.storage.crypt import Secret, key_path, unlock


def clock_at(hour: int) -> FixedClock:
    return FixedClock(datetime(2026, 12, 1, hour, 0, tzinfo=UTC))


def checkin(clock: Clock, note: str) -> CheckIn:
    return CheckIn(id=new_id(), at=iso(clock.now()), mood=3, note=note)


def entry(clock: Clock, text: str) -> JournalEntry:
    now = iso(clock.now())
    return JournalEntry(id=new_id(), created_at=now, updated_at=now, prompt=None, text=text)


def two_copies(folder: Path, **store: object) -> tuple[Path, Path, list[str]]:
    """A diary and a copy of it that went on elsewhere: 3 check-ins, 1 entry and 1 delete
    more there, 1 check-in more here. Returns both and the notes a merge must hold."""
    here, there = folder / "w.json", folder / "other" / "w.json"
    first = Store(here, clock_at(8), **store)  # type: ignore[arg-type]
    kept = first.add(checkin(first.clock, "both"))
    doomed = first.add(checkin(first.clock, "deleted there"))
    there.parent.mkdir(mode=0o700)
    shutil.copy(here, there)
    other = Store(there, clock_at(9), **store)  # type: ignore[arg-type]
    for n in range(3):
        other.add(checkin(other.clock, f"there {n}"))
    other.add(entry(other.clock, "written there"))
    other.delete(CheckIn, doomed.id)
    Store(here, clock_at(10), **store).add(checkin(first.clock, "here"))  # type: ignore[arg-type]
    return here, there, [kept.note or "", "here", "there 0", "there 1", "there 2"]


def notes(data: dict[str, dict[str, dict[str, object]]]) -> list[str]:
    return sorted(str(d["note"]) for d in data["checkins"].values())


def test_a_copy_is_merged_in_and_what_came_in_is_said_in_words(tmp_path: Path) -> None:
    here, there, expected = two_copies(tmp_path)
    done = run("merge", str(there), "--data", str(here))
    assert done.returncode == 0, done.stderr
    assert "Merged 3 check-ins, 1 journal entry and 1 delete from the other copy." in done.stdout
    data = json.loads(here.read_text(encoding="utf-8"))
    assert notes(data) == sorted(expected)
    assert [d["text"] for d in data["journal"].values()] == ["written there"]
    backups = list((tmp_path / "backups").glob("w-merge-*.json"))
    assert len(backups) == 1 and "written there" not in backups[0].read_text(encoding="utf-8")
    again = run("merge", str(there), "--data", str(here))
    assert "Nothing new in the other copy" in again.stdout
    assert json.loads(here.read_text(encoding="utf-8")) == data


def test_a_dry_run_says_what_would_come_in_and_changes_nothing(tmp_path: Path) -> None:
    here, there, _ = two_copies(tmp_path)
    before = here.read_bytes()
    done = run("merge", str(there), "--dry-run", "--data", str(here))
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("Would merge 3 check-ins, 1 journal entry and 1 delete")
    assert here.read_bytes() == before


def test_what_is_not_a_copy_of_the_diary_is_refused_in_one_line(tmp_path: Path) -> None:
    here, _, _ = two_copies(tmp_path)
    before = here.read_bytes()
    broken = tmp_path / "broken.json"
    broken.write_text('{"checkins": ', encoding="utf-8")
    for other in (broken, tmp_path / "missing.json", here):
        done = run("merge", str(other), "--data", str(here))
        assert done.returncode == 2, done.stderr
        assert len(done.stderr.splitlines()) == 1 and "nothing was changed" in done.stderr
    assert here.read_bytes() == before


def test_a_copy_with_an_older_schema_is_brought_up_to_date_first(tmp_path: Path) -> None:
    here, _, _ = two_copies(tmp_path)
    old = tmp_path / "old.json"
    doc = {"id": "old-1", "at": "2026-11-30T09:00:00+00:00", "mood": 4, "note": "old file"}
    old.write_text(
        json.dumps({"_meta": {"1": {"schema_version": 1}}, "checkins": {"1": doc}}),
        encoding="utf-8",
    )
    done = run("merge", str(old), "--data", str(here))
    assert "Merged 1 check-in from the other copy." in done.stdout, done.stderr
    assert "old file" in notes(json.loads(here.read_text(encoding="utf-8")))


def test_an_encrypted_copy_is_merged_with_the_diarys_own_key(tmp_path: Path) -> None:
    here = tmp_path / "w.json"
    Store(here, clock_at(8)).add(checkin(clock_at(8), "before encrypting"))
    secret = passphrase_file(tmp_path)
    assert run("encrypt", "--data", str(here), "--passphrase-file", str(secret)).returncode == 0
    cipher = unlock(key_path(here), Secret(PASSPHRASE))
    there = tmp_path / "other" / "w.json"
    there.parent.mkdir(mode=0o700)
    shutil.copy(here, there)
    Store(there, clock_at(9), cipher=cipher).add(checkin(clock_at(9), "sealed there"))
    done = run("merge", str(there), "--data", str(here), "--passphrase-file", str(secret))
    assert "Merged 1 check-in from the other copy." in done.stdout, done.stderr
    assert notes(opened(here)) == ["before encrypting", "sealed there"]
    assert here.read_bytes()[:21] == b"age-encryption.org/v1"
    plain = tmp_path / "plain.json"
    Store(plain, clock_at(8)).add(checkin(clock_at(8), "plain"))
    refused = run("merge", str(there), "--data", str(plain))
    assert refused.returncode == 2 and "encrypted and this diary is not" in refused.stderr


def test_a_diary_that_cannot_be_written_is_file_trouble(tmp_path: Path) -> None:
    here, there, _ = two_copies(tmp_path)
    here.chmod(0o400)
    done = run("merge", str(there), "--data", str(here))
    assert done.returncode == 1 and "read-only" in done.stderr
