"""Encryption at rest on a ten-year file, against the same file plain, in the same run.

- Unlocking: deriving the key from the passphrase once (age's scrypt, work factor 2^18),
  reading, decrypting and parsing the file, as opening the app or a command does.
- A save, encrypted, against the same save on the plain file (median of several).
- `wellbeing log mood 3 --passphrase-file F` as a whole process, against the plain command
  plus one key derivation.

    python bench/encryption.py [--runs 7]

Targets: unlocking under 1.5 s; an encrypted save under 1.25x the plain one; the encrypted
`log mood` under 1.5x (plain `log mood` + one key derivation).
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.common import child_env, fresh_copy, generated, median_ms, scratch  # noqa: E402
from wellbeing_tui.domain.clock import SystemClock  # noqa: E402
from wellbeing_tui.domain.fields import iso, new_id  # noqa: E402
from wellbeing_tui.domain.mood import CheckIn  # noqa: E402
from wellbeing_tui.storage import Store  # noqa: E402
from wellbeing_tui.storage.crypt import Secret, key_path, unlock  # noqa: E402
from wellbeing_tui.storage.encryption import encrypt_data_file  # noqa: E402

PASSPHRASE = Secret("a long and calm benchmark passphrase")


def checkin() -> CheckIn:
    return CheckIn(id=new_id(), at=iso(SystemClock().now()), mood=3, emotions=("flat",))


def timed(action: object) -> float:
    start = time.perf_counter()
    action()  # type: ignore[operator]
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description="Encryption at rest, timed.")
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--years", type=float, default=10)
    args = parser.parse_args()
    clock = SystemClock()
    env = child_env()
    with scratch() as folder_name:
        folder = Path(folder_name)
        (folder / "plain").mkdir()
        (folder / "sealed").mkdir()
        plain = fresh_copy(generated(args.years), folder / "plain")
        sealed = fresh_copy(generated(args.years), folder / "sealed")
        encrypt_data_file(sealed, PASSPHRASE)
        secret = folder / "pass.txt"
        secret.write_text(PASSPHRASE.reveal() + "\n")
        size = plain.stat().st_size / 1e6

        derive, unlocking, opening = [], [], []
        for _ in range(args.runs):
            derive.append(timed(lambda: unlock(key_path(sealed), PASSPHRASE)))
            unlocking.append(
                timed(lambda: Store(sealed, clock, cipher=unlock(key_path(sealed), PASSPHRASE)))
            )
            opening.append(timed(lambda: Store(plain, clock)))

        plain_store = Store(plain, clock)
        sealed_store = Store(sealed, clock, cipher=unlock(key_path(sealed), PASSPHRASE))
        plain_store.add(checkin())  # the day's backups are made on the first save
        sealed_store.add(checkin())
        plain_saves, sealed_saves = [], []
        for _ in range(args.runs * 2):
            plain_saves.append(timed(lambda: plain_store.add(checkin())))
            sealed_saves.append(timed(lambda: sealed_store.add(checkin())))

        command = [sys.executable, "-m", "wellbeing_tui", "log", "mood", "3"]
        plain_cmd, sealed_cmd = [], []
        for _ in range(args.runs):
            plain_cmd.append(
                timed(
                    lambda: subprocess.run(
                        [*command, "--data", str(plain)], check=True, capture_output=True, env=env
                    )
                )  # fmt: skip
            )
            sealed_cmd.append(
                timed(
                    lambda: subprocess.run(
                        [*command, "--data", str(sealed), "--passphrase-file", str(secret)],
                        check=True,
                        capture_output=True,
                        env=env,
                    )
                )  # fmt: skip
            )

    kdf, unlock_ms, open_ms = median_ms(derive), median_ms(unlocking), median_ms(opening)
    save_plain, save_sealed = median_ms(plain_saves), median_ms(sealed_saves)
    log_plain, log_sealed = median_ms(plain_cmd), median_ms(sealed_cmd)
    print(f"{args.years:g} years, {size:.1f} MB; medians of {args.runs} runs")
    print(f"  key derivation alone (scrypt 2^18):    {kdf:7.0f} ms")
    print(f"  unlocking: derive, read, decrypt, parse {unlock_ms:6.0f} ms   (target < 1500 ms)")
    print(f"    baseline, opening the plain file:    {open_ms:7.0f} ms")
    print(
        f"  a save, encrypted: {save_sealed:6.1f} ms   plain: {save_plain:6.1f} ms   "
        f"ratio {save_sealed / save_plain:4.2f}   (target < 1.25)"
    )
    print(
        f"  log mood, encrypted: {log_sealed:6.0f} ms   plain: {log_plain:6.0f} ms   "
        f"ratio to plain + derivation {log_sealed / (log_plain + kdf):4.2f}   (target < 1.5)"
    )


if __name__ == "__main__":
    main()
