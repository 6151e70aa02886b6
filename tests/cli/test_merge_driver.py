"""git as the sync engine: two clones of one diary, entries added and deleted in both, and
``git pull`` with ``wellbeing merge-driver`` configured gives one diary holding every entry
and none of the deleted, with no conflict, plain or encrypted."""

from __future__ import annotations

import shlex
import shutil
import subprocess
from pathlib import Path

import pytest

from tests.storage.diaries import PASSPHRASE, command, env, opened, passphrase_file
from wellbeing_tui.domain.clock import SystemClock
from wellbeing_tui.services.diary import Diary
from wellbeing_tui.storage import Store
from wellbeing_tui.storage.crypt import Secret, key_path, unlock

pytestmark = pytest.mark.skipif(shutil.which("git") is None, reason="needs git")

DIARY = "wellbeing.json"
# The README's lines: git keeps the diary (and its key file) and leaves out what is this
# computer's own.
GITATTRIBUTES = f"{DIARY} merge=wellbeing\n"
GITIGNORE = "*.lock\n*.nudge\n.*.tmp\nbackups/\n"


class Computer:
    """A clone of the shared repository, where the diary is kept and changed."""

    def __init__(self, root: Path, bare: Path, name: str, extra: dict[str, str]) -> None:
        self.env = env(
            HOME=str(root),
            GIT_CONFIG_NOSYSTEM="1",
            GIT_AUTHOR_NAME=name,
            GIT_AUTHOR_EMAIL=f"{name}@example.org",
            GIT_COMMITTER_NAME=name,
            GIT_COMMITTER_EMAIL=f"{name}@example.org",
            **extra,
        )
        self.folder = root / name
        self.git("clone", "-q", str(bare), str(self.folder), cwd=root)
        driver = shlex.join(command("merge-driver")) + " %O %A %B"
        self.git("config", "merge.wellbeing.driver", driver)
        self.git("config", "pull.rebase", "false")
        self.diary = self.folder / DIARY

    def git(self, *args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            ["git", *args],
            cwd=cwd or self.folder,
            env=self.env,
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
        )

    def wellbeing(self, *args: str) -> None:
        done = subprocess.run(
            [*command(*args), "--data", str(self.diary)],
            env=self.env,
            capture_output=True,
            text=True,
            timeout=120,
        )
        assert done.returncode == 0, done.stderr

    def delete_entry(self, text: str, passphrase: str | None) -> None:
        """Delete the journal entry holding ``text``, as the app does."""
        cipher = unlock(key_path(self.diary), Secret(passphrase)) if passphrase else None
        diary = Diary(Store(self.diary, SystemClock(), cipher=cipher))
        (entry,) = [e for e in diary.journal.everything() if e.text == text]
        assert diary.journal.delete(entry.id) is not None

    def commit(self, message: str) -> None:
        assert self.git("add", "-A").returncode == 0
        done = self.git("commit", "-q", "-m", message)
        assert done.returncode == 0, done.stdout + done.stderr


def journal_texts(path: Path) -> set[str]:
    return {str(d["text"]) for d in opened(path)["journal"].values()}


def notes(path: Path) -> set[str]:
    return {str(d["note"]) for d in opened(path)["checkins"].values()}


def two_computers(tmp_path: Path, *, encrypted: bool) -> tuple[Computer, Computer]:
    """A diary pushed from one computer and cloned on another; then each adds a check-in
    and an entry and deletes an entry the other keeps, and commits."""
    bare = tmp_path / "diary.git"
    subprocess.run(["git", "init", "-q", "--bare", str(bare)], check=True, timeout=60)
    extra = {}
    if encrypted:
        extra["WELLBEING_PASSPHRASE_FILE"] = str(passphrase_file(tmp_path))
    laptop = Computer(tmp_path, bare, "laptop", extra)
    for text in ("kept by both", "deleted on the laptop", "deleted on the desktop"):
        laptop.wellbeing("log", "journal", text)
    laptop.wellbeing("log", "mood", "3", "--note", "before the clone")
    if encrypted:
        laptop.wellbeing("encrypt")
    (laptop.folder / ".gitattributes").write_text(GITATTRIBUTES, encoding="utf-8")
    (laptop.folder / ".gitignore").write_text(GITIGNORE, encoding="utf-8")
    laptop.commit("the diary")
    assert laptop.git("push", "-q", "origin", "HEAD").returncode == 0
    desktop = Computer(tmp_path, bare, "desktop", extra)
    passphrase = PASSPHRASE if encrypted else None
    for computer, name in ((desktop, "desktop"), (laptop, "laptop")):
        computer.wellbeing("log", "mood", "4", "--note", f"on the {name}")
        computer.wellbeing("log", "journal", f"written on the {name}")
        computer.delete_entry(f"deleted on the {name}", passphrase)
        computer.commit(f"the {name}'s day")
    assert desktop.git("push", "-q", "origin", "HEAD").returncode == 0
    return laptop, desktop


@pytest.mark.slow  # a bare repository, two clones, commits and pulls: seconds each
@pytest.mark.parametrize("encrypted", [False, True], ids=["plain", "encrypted"])
def test_git_pull_merges_both_computers_diaries_with_no_conflict(
    tmp_path: Path, encrypted: bool
) -> None:
    laptop, desktop = two_computers(tmp_path, encrypted=encrypted)
    pulled = laptop.git("pull", "-q", "--no-edit", "origin", "HEAD")
    assert pulled.returncode == 0, pulled.stdout + pulled.stderr
    assert "CONFLICT" not in pulled.stdout + pulled.stderr
    assert journal_texts(laptop.diary) == {
        "kept by both",
        "written on the laptop",
        "written on the desktop",
    }
    assert notes(laptop.diary) == {"before the clone", "on the laptop", "on the desktop"}
    assert b"<<<<<<<" not in laptop.diary.read_bytes()
    assert laptop.git("status", "--porcelain").stdout == ""
    parents = laptop.git("rev-list", "--parents", "-n", "1", "HEAD").stdout.split()
    assert len(parents) == 3  # a merge commit, made by git itself
    # The other computer takes the merge as it is: both hold the same diary.
    assert laptop.git("push", "-q", "origin", "HEAD").returncode == 0
    assert desktop.git("pull", "-q", "--no-edit", "origin", "HEAD").returncode == 0
    assert desktop.diary.read_bytes() == laptop.diary.read_bytes()


def test_an_encrypted_diary_without_a_passphrase_leaves_the_conflict_and_says_what_to_set(
    tmp_path: Path,
) -> None:
    laptop, _desktop = two_computers(tmp_path, encrypted=True)
    before = laptop.diary.read_bytes()
    laptop.env.pop("WELLBEING_PASSPHRASE_FILE")
    pulled = laptop.git("pull", "-q", "--no-edit", "origin", "HEAD")
    assert pulled.returncode != 0
    said = [line for line in pulled.stderr.splitlines() if "merge-driver" in line]
    assert len(said) == 1
    assert "WELLBEING_PASSPHRASE_FILE" in said[0]
    assert laptop.diary.read_bytes() == before  # git leaves this branch's diary as it was
    assert f"UU {DIARY}" in laptop.git("status", "--porcelain").stdout


def test_a_side_that_cannot_be_read_is_one_line_and_nothing_is_written(tmp_path: Path) -> None:
    ours, theirs = tmp_path / "ours.json", tmp_path / "theirs.json"
    Diary(Store(ours, SystemClock())).checkins.save_now(mood=3, note="mine")
    before = ours.read_bytes()
    theirs.write_bytes(before[: len(before) // 2])  # cut short
    done = subprocess.run(
        [*command("merge-driver", str(tmp_path / "o"), str(ours), str(theirs))],
        env=env(),
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 1
    assert done.stderr.count("\n") == 1
    assert "the other branch's diary cannot be read: it is not valid JSON" in done.stderr
    assert ours.read_bytes() == before
