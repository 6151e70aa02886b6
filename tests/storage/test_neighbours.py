"""Two diaries in one folder never touch each other's backups or temporary files: not when
one's name begins with the other's (``wellbeing`` and ``wellbeing-work``), nor when a name
ends in a date (``wellbeing-2026-12-01``). Every command that touches backups is run on
one diary while the others look on: log (the day's backup), encrypt, decrypt, passphrase,
and check."""

from __future__ import annotations

import os
from datetime import date, timedelta
from pathlib import Path

import pytest

from tests.storage.diaries import files_of, make_diary, passphrase_file, plain_bytes, run
from wellbeing_tui.storage.atomic import stale_temps
from wellbeing_tui.storage.backups import KEEP, all_backups, backup_dir, leftovers
from wellbeing_tui.storage.crypt import is_encrypted, key_path

NAMES = ("wellbeing.json", "wellbeing-work.json", "wellbeing-2026-12-01.json")


def neighbours(folder: Path, backup_days: int = 3) -> dict[str, tuple[Path, dict[Path, bytes]]]:
    """Three diaries in one folder, each with daily backups and a pre-migration copy."""
    found = {}
    for name in NAMES:
        path, originals = make_diary(folder, name, backup_days=backup_days)
        before_migration = backup_dir(path) / f"{path.stem}-schema0-20260101-090000.json"
        before_migration.write_bytes(path.read_bytes())
        originals[before_migration] = path.read_bytes()
        found[name] = (path, originals)
    return found


def others_of(name: str, diaries: dict[str, tuple[Path, dict[Path, bytes]]]) -> set[Path]:
    """Every file of the other diaries: data files, backups (with their times), keys."""
    files: set[Path] = set()
    for other, (path, originals) in diaries.items():
        if other != name:
            files |= {path, *originals, key_path(path)}
    return files


def snapshot(files: set[Path]) -> dict[Path, tuple[bytes, int] | None]:
    return {f: (f.read_bytes(), f.stat().st_mtime_ns) if f.exists() else None for f in files}


def test_each_diary_finds_only_its_own_backups(tmp_path: Path) -> None:
    diaries = neighbours(tmp_path)
    # What killed copies of each left too: temporary files, beside the data and the copies.
    for path, originals in diaries.values():
        (path.parent / f".{path.name}.0123456789ab.tmp").write_bytes(b"{}")
        (backup_dir(path) / f".{min(originals).name}.0123456789ab.tmp").write_bytes(b"{}")
    for path, originals in diaries.values():
        assert set(all_backups(path)) == set(originals), path.name
        assert stale_temps(path) == [path.parent / f".{path.name}.0123456789ab.tmp"]
        assert leftovers(path) == [backup_dir(path) / f".{min(originals).name}.0123456789ab.tmp"]


def test_a_save_backs_up_and_prunes_only_its_own_diary(tmp_path: Path) -> None:
    diaries = neighbours(tmp_path, backup_days=KEEP + 2)
    for name, (path, _) in diaries.items():
        (path.parent / f".{path.name}.0123456789ab.tmp").write_bytes(b"half")
        theirs = snapshot(others_of(name, diaries))
        temps = {f for n, (p, _) in diaries.items() if n != name for f in stale_temps(p)}
        result = run("log", "mood", "3", "--data", str(path))
        assert result.returncode == 0, result.stderr
        assert snapshot(others_of(name, diaries)) == theirs
        assert all(t.exists() for t in temps)  # another diary's temporary files are its own
        assert not stale_temps(path)
        daily = [b for b in all_backups(path) if "schema" not in b.name]
        assert len(daily) == KEEP and daily[0].name == f"{path.stem}-{date.today()}.json"


def test_encrypt_decrypt_and_a_new_passphrase_touch_only_their_own_diary(
    tmp_path: Path,
) -> None:
    diaries = neighbours(tmp_path)
    secret = passphrase_file(tmp_path)
    new = passphrase_file(tmp_path, "another passphrase, longer")
    work, work_originals = diaries["wellbeing-work.json"]
    assert run("encrypt", "--data", str(work), "--passphrase-file", str(secret)).returncode == 0
    for name in ("wellbeing.json", "wellbeing-2026-12-01.json"):
        path, originals = diaries[name]
        steps = (
            ["encrypt", "--passphrase-file", str(secret)],
            ["passphrase", "--passphrase-file", str(secret), "--new-passphrase-file", str(new)],
            ["decrypt", "--passphrase-file", str(new)],
        )
        for step in steps:
            theirs = snapshot(others_of(name, diaries))
            result = run(step[0], "--data", str(path), *step[1:])
            assert result.returncode == 0, (step, result.stderr)
            assert snapshot(others_of(name, diaries)) == theirs, step
            if step[0] == "encrypt":
                assert all(is_encrypted(b) for b in originals) and is_encrypted(path)
                assert f"and {len(originals)} backups" in result.stdout
        assert {b: b.read_bytes() for b in originals} == originals
        assert not key_path(path).exists()
    # The other diary is still encrypted, every copy of it opens with its own key.
    assert is_encrypted(work) and all(is_encrypted(b) for b in work_originals)
    for backup, content in work_originals.items():
        assert plain_bytes(backup, work) == content


def test_check_lists_and_recommends_only_the_diary_s_own_backups(tmp_path: Path) -> None:
    diaries = neighbours(tmp_path)
    path, originals = diaries["wellbeing.json"]
    # The neighbours have newer copies than this diary's newest (three days old).
    for name in ("wellbeing-work.json", "wellbeing-2026-12-01.json"):
        other, _ = diaries[name]
        newer = backup_dir(other) / f"{other.stem}-{date.today()}.json"
        newer.write_bytes(other.read_bytes())
        os.utime(newer)
    path.write_bytes(b'{"checkins": {"1": ')
    before = files_of(tmp_path)
    result = run("check", "--data", str(path))
    assert result.returncode == 1
    newest = backup_dir(path) / f"wellbeing-{date.today() - timedelta(days=1)}.json"
    assert f"Newest good backup: {newest}" in result.stdout
    assert f"Backups ({len(originals)}, newest first):" in result.stdout
    assert "wellbeing-work" not in result.stdout and "-2026-12-01-" not in result.stdout
    assert files_of(tmp_path) == before


@pytest.mark.parametrize(
    ("stem", "theirs"),
    [
        ("wellbeing", "wellbeing-work-2026-12-01.json"),
        ("wellbeing", "wellbeing-2026-12-01-2026-12-02.json"),
        ("wellbeing-2026-12-01", "wellbeing-2026-12-01.json"),
        ("wellbeing", "wellbeing-schema1-20261201-101010-2026-12-01.json"),
        ("wellbeing", "wellbeing-2026-12-01.json.key.age"),
        ("w", "w-2026-13-45.json"),
        ("w", "w-2026-12-01.json.json"),
    ],
)
def test_names_that_are_not_the_diary_s_copies(tmp_path: Path, stem: str, theirs: str) -> None:
    folder = tmp_path / "backups"
    folder.mkdir(mode=0o700)
    (folder / theirs).write_bytes(b"{}")
    assert all_backups(tmp_path / f"{stem}.json") == []
