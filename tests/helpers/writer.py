"""A writer process for the durability tests: adds check-ins one by one and prints each
id only after the store reported it saved.

    python -m tests.helpers.writer PATH COUNT [PREFIX]
"""

from __future__ import annotations

import sys
from datetime import UTC, datetime
from pathlib import Path

from wellbeing_tui.domain.clock import SystemClock
from wellbeing_tui.domain.fields import iso
from wellbeing_tui.domain.mood import CheckIn
from wellbeing_tui.storage import Store


def main() -> None:
    path, count = Path(sys.argv[1]), int(sys.argv[2])
    prefix = sys.argv[3] if len(sys.argv) > 3 else "w"
    store = Store(path, SystemClock())
    print("ready", flush=True)
    for n in range(count):
        record_id = f"{prefix}-{n}"
        store.add(
            CheckIn(
                id=record_id,
                at=iso(datetime.now(UTC)),
                mood=1 + n % 5,
                emotions=("numb",),
                note=f"written by {prefix}",
            )
        )
        print(record_id, flush=True)


if __name__ == "__main__":
    main()
