"""What an import would do, said before anything is written."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from wellbeing_tui.domain.words import word_for
from wellbeing_tui.storage.store import StoredRecord

SHOWN = 5  # records named by id in a list of differences; the rest are counted


@dataclass
class ImportPlan:
    """What an import would add, per table, and what it would skip."""

    new: list[StoredRecord] = field(default_factory=list)
    skipped: Counter[str] = field(default_factory=Counter)
    # Records whose id is already here, or earlier in the same file, with other content:
    # imported only on request (the last version in the file wins).
    conflicts: list[StoredRecord] = field(default_factory=list)
    # (table, id) of the conflicts that are within the file itself.
    twice: set[tuple[str, str]] = field(default_factory=set)
    # Things worth knowing that stop nothing: a clock time that happened twice, say.
    notes: list[str] = field(default_factory=list)

    def counts(self) -> Counter[str]:
        return Counter(r.TABLE for r in self.new)

    def describe(self) -> list[str]:
        counts = self.counts()
        here = [r for r in self.conflicts if (r.TABLE, r.id) not in self.twice]
        twice = [r for r in self.conflicts if (r.TABLE, r.id) in self.twice]
        differ, repeated = Counter(r.TABLE for r in here), Counter(r.TABLE for r in twice)
        tables = sorted(set(counts) | set(self.skipped) | set(differ) | set(repeated))
        if not tables:
            return ["Nothing to import."]
        lines = []
        for table in tables:
            line = f"{table}: {counts[table]} new, {self.skipped[table]} already here"
            if n := differ[table]:
                line += f", {n} {word_for(n, 'differs', 'differ')} from what is here"
            if n := repeated[table]:
                line += f", {n} in the file more than once with other content"
            lines.append(line)
        if here:
            lines.append(
                f"Already here with other content: {_named(here)}. Nothing is imported unless "
                "you choose to replace them with the imported version (wellbeing import --replace)."
            )
        if twice:
            lines.append(
                f"In the file more than once with different content: {_named(twice)}. Nothing "
                "is imported unless you choose to take the last version in the file "
                "(wellbeing import --replace)."
            )
        lines += self.notes[:SHOWN]
        if len(self.notes) > SHOWN:
            lines.append(f"And {len(self.notes) - SHOWN} more like these.")
        return lines


def _named(records: list[StoredRecord]) -> str:
    named = ", ".join(f"{r.TABLE} {r.id}" for r in records[:SHOWN])
    more = f" and {len(records) - SHOWN} more" if len(records) > SHOWN else ""
    return named + more
