"""One diary on two computers through real Syncthing: both write while apart, Syncthing
renames one side's file into a conflict copy, and the next `wellbeing log` merges it in, so
that once synced both computers hold the same diary with every entry from both."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from tests.cli.test_cli import cli
from tests.sync.syncthing import Instance, needs_syncthing, syncthing_pair, wait_for
from wellbeing_tui.domain.clock import FixedClock
from wellbeing_tui.domain.journal import JournalEntry
from wellbeing_tui.domain.mood import CheckIn
from wellbeing_tui.storage import Store

NAME = "wellbeing.json"
CLOCK = FixedClock(datetime(2026, 12, 1, 21, 30, tzinfo=UTC))


def log(one: Instance, *words: str) -> str:
    done = cli("log", *words, "--data", str(one.folder / NAME))
    assert done.returncode == 0, done.stderr
    return done.stderr


def same_file(a: Instance, b: Instance) -> bool:
    first, second = a.folder / NAME, b.folder / NAME
    return first.exists() and second.exists() and first.read_bytes() == second.read_bytes()


def has_conflict(one: Instance) -> bool:
    return bool(one.conflict_copies()) and (one.folder / NAME).exists() and one.idle()


def settled(a: Instance, b: Instance) -> bool:
    """Both copies the same, no conflict copy left on either side, both folders idle."""
    return (
        same_file(a, b)
        and not a.conflict_copies()
        and not b.conflict_copies()
        and a.idle()
        and b.idle()
    )


def diary(one: Instance) -> tuple[list[str], int]:
    store = Store(one.folder / NAME, CLOCK)
    return sorted(e.text for e in store.records(JournalEntry)), len(store.records(CheckIn))


@pytest.mark.slow  # two Syncthing instances started, paired and synced: about five seconds
@needs_syncthing
def test_entries_written_on_two_computers_apart_are_all_there_after_syncing(
    tmp_path: Path,
) -> None:
    with syncthing_pair(tmp_path) as (laptop, desktop):
        log(laptop, "journal", "Started the diary on the laptop.")
        wait_for("the desktop to receive the diary", lambda: same_file(laptop, desktop))

        # Apart: both stop syncing the folder, then each writes an entry of its own.
        for one in (laptop, desktop):
            one.pause()
        wait_for("both folders to pause", lambda: laptop.paused() and desktop.paused())
        log(laptop, "journal", "Walked by the river after work.")
        log(desktop, "journal", "Called my sister; felt lighter.")
        assert not same_file(laptop, desktop)

        for one in (laptop, desktop):
            one.resume()
        holder = wait_for(
            "a conflict copy on either side, once that side is done syncing",
            lambda: next((o for o in (laptop, desktop) if has_conflict(o)), None),
            seconds=45,
        )
        copy = holder.conflict_copies()[0]

        said = log(holder, "mood", "3")
        assert f"from a conflict copy ({copy.name}); it is in backups." in said
        assert not copy.exists() and (holder.folder / "backups" / copy.name).exists()

        wait_for("both computers to hold the same diary", lambda: settled(laptop, desktop), 45)
        everything = [
            "Called my sister; felt lighter.",
            "Started the diary on the laptop.",
            "Walked by the river after work.",
        ]
        assert diary(laptop) == diary(desktop) == (everything, 1)
