"""Manners at the shell: ``journal --json`` gives everything, the nudge speaks only to a
terminal (and fits one), Tab offers values rather than file names, and the completion
scripts work when saved to a file once."""

from __future__ import annotations

import fcntl
import functools
import io
import json
import os
import shutil
import struct
import subprocess
import sys
import termios
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from tests.cli.test_cli import ROOT, cli
from tests.helpers.terminal import installed_command
from wellbeing_tui.content.exercises import EXERCISES
from wellbeing_tui.domain.clock import FixedClock
from wellbeing_tui.domain.fields import iso, new_id
from wellbeing_tui.domain.journal import JournalEntry
from wellbeing_tui.storage import Store

# --- journal -------------------------------------------------------------------------


def diary_of(path: Path, texts: list[str], tags: tuple[str, ...] = ()) -> None:
    """A diary whose journal holds ``texts``, one a day, the last the newest."""
    start = datetime(2025, 1, 1, 9, 0, tzinfo=UTC)
    store = Store(path, FixedClock(start))
    for day, text in enumerate(texts):
        moment = iso(start + timedelta(days=day))
        store.add(JournalEntry(new_id(), moment, moment, text, tags=tags))
    store.close()


def as_json(path: Path, *args: str) -> list[str]:
    result = cli("journal", "--json", *args, "--data", str(path))
    assert result.returncode == 0 and result.stderr == "", result.stderr
    return [entry["text"] for entry in json.loads(result.stdout)]


def shown_as_text(stdout: str) -> list[str]:
    return [line.strip() for line in stdout.splitlines() if line.startswith("  ")]


def test_journal_json_gives_every_entry_and_n_0_means_all(tmp_path: Path) -> None:
    path = tmp_path / "w.json"
    texts = [f"day {n}" for n in range(1, 22)]  # 21 entries
    diary_of(path, texts)
    newest_first = texts[::-1]
    assert as_json(path) == newest_first
    assert as_json(path, "-n", "0") == newest_first
    assert as_json(path, "-n", "5") == newest_first[:5]
    everything = cli("journal", "-n", "0", "--data", str(path))
    assert shown_as_text(everything.stdout) == newest_first
    assert "No journal entries" not in everything.stdout and "more" not in everything.stdout


def test_journal_as_text_shows_20_and_says_how_to_see_the_rest(tmp_path: Path) -> None:
    path = tmp_path / "w.json"
    diary_of(path, [f"walk {n}" for n in range(1, 24)], tags=("walk",))  # 23 entries
    first = cli("journal", "--tag", "walk", "--data", str(path))
    assert len(shown_as_text(first.stdout)) == 20
    hint = first.stdout.strip().splitlines()[-1]
    assert hint == "3 more, older; -n 0 shows them all."
    # the hint does what it says
    rest = cli("journal", "--tag", "walk", "-n", "0", "--data", str(path))
    assert len(shown_as_text(rest.stdout)) == 23
    assert len(as_json(path, "--tag", "walk")) == 23


@pytest.mark.parametrize("value", ["-1", "ten", "2.5"])
def test_journal_n_must_be_a_whole_number(tmp_path: Path, value: str) -> None:
    path = tmp_path / "w.json"
    diary_of(path, ["one"])
    result = cli("journal", "-n", value, "--data", str(path))
    assert result.returncode == 2 and result.stdout == ""
    assert result.stderr.count("\n") == 1 and "0 shows all" in result.stderr


# --- the nudge -------------------------------------------------------------------------


def in_a_terminal(*args: str, columns: int = 80) -> str:
    """What ``wellbeing *args`` prints into a terminal ``columns`` wide."""
    main, child = os.openpty()
    fcntl.ioctl(child, termios.TIOCSWINSZ, struct.pack("HHHH", 24, columns, 0, 0))
    try:
        process = subprocess.Popen(
            [sys.executable, "-m", "wellbeing_tui", *args],
            stdin=subprocess.DEVNULL,
            stdout=child,
            stderr=subprocess.DEVNULL,
            env=dict(os.environ, PYTHONPATH=str(ROOT)),
            cwd=ROOT,
        )
        os.close(child)
        seen = b""
        while True:
            try:
                chunk = os.read(main, 65536)
            except OSError:  # the program ended and its side of the terminal closed
                break
            if not chunk:
                break
            seen += chunk
        assert process.wait(timeout=60) == 0
    finally:
        os.close(main)
    return seen.decode("utf-8").replace("\r\n", "\n")


def nudge_args(path: Path, form: str) -> list[str]:
    """The prompt's quick form, or the same through the whole parser."""
    if form == "quick":
        return ["nudge", "--data", str(path)]
    return ["--data", str(path), "nudge"]


@pytest.mark.parametrize("form", ["quick", "parsed"])
def test_the_nudge_says_nothing_into_a_pipe_and_keeps_its_line_for_a_terminal(
    tmp_path: Path, form: str
) -> None:
    path = tmp_path / "w.json"
    args = nudge_args(path, form)
    piped = cli(*args)
    assert piped.returncode == 0 and piped.stdout == "" and piped.stderr == ""
    into_a_file = tmp_path / "prompt.log"
    with into_a_file.open("w") as out:
        subprocess.run(
            [sys.executable, "-m", "wellbeing_tui", *args],
            stdout=out,
            env=dict(os.environ, PYTHONPATH=str(ROOT)),
            cwd=ROOT,
            timeout=60,
            check=True,
        )
    assert into_a_file.read_text() == ""
    # neither used up the day's line: the terminal gets it, once
    shown = in_a_terminal(*args)
    assert "Nothing logged yet today" in shown
    assert in_a_terminal(*args) == ""


def test_the_nudge_line_fits_an_80_column_terminal_and_names_what_to_type(
    tmp_path: Path,
) -> None:
    path = tmp_path / "w.json"
    shown = in_a_terminal("nudge", "--data", str(path), columns=80)
    [line] = shown.splitlines()
    assert len(line) <= 79, len(line)  # one row, with the cursor's column to spare
    assert "wellbeing log mood 1-5" in line
    for guilt in ("streak", "missed", "forgot", "should", "!"):
        assert guilt not in line.lower()
    # what it names works as written, with a number from 1 to 5
    assert cli("log", "mood", "3", "--data", str(path)).returncode == 0
    assert in_a_terminal("nudge", "--data", str(path)) == ""  # logged today: quiet


# --- completion ------------------------------------------------------------------------


@pytest.fixture
def complete(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> Iterator[Callable[[str], list[str]]]:
    """What Tab offers at the end of a command line, asked of ``wellbeing``'s own entry
    point in this process (as the shell asks it), in a folder full of files."""
    import argcomplete
    from argcomplete import finders

    from wellbeing_tui.cli.parse import main

    folder = tmp_path / "files"
    folder.mkdir()
    for name in ("1.txt", "notes.md", "calm.json", "t.json", "json.txt", "bash"):
        (folder / name).write_text("x")
    monkeypatch.chdir(folder)
    # argcomplete would write its debugging to fd 9 and end the process; here it may not.
    monkeypatch.setattr(finders.CompletionFinder, "_init_debug_stream", lambda self: None)
    answer = io.StringIO()

    def finish(code: int) -> None:
        raise SystemExit(code)

    real = argcomplete.autocomplete
    monkeypatch.setattr(
        argcomplete,
        "autocomplete",
        functools.partial(real, exit_method=finish, output_stream=answer),
    )

    def ask(line: str) -> list[str]:
        answer.seek(0)
        answer.truncate()
        monkeypatch.setenv("_ARGCOMPLETE", "1")
        monkeypatch.setenv("_ARGCOMPLETE_IFS", "\n")
        monkeypatch.setenv("COMP_LINE", line)
        monkeypatch.setenv("COMP_POINT", str(len(line)))
        with pytest.raises(SystemExit) as ended:
            main([])
        assert ended.value.code == 0
        # a single answer comes with the space that ends the word
        return [word.rstrip(" ") for word in answer.getvalue().split("\n") if word]

    yield ask


FILES = {"1.txt", "notes.md", "calm.json", "t.json", "json.txt", "bash"}
OPTIONS = {"-h", "--help", "--data", "--passphrase-file"}


def values(offered: list[str]) -> set[str]:
    return {word for word in offered if not word.startswith("-")}


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("wellbeing log mood ", {"1", "2", "3", "4", "5"}),
        ("wellbeing log mood 3 --energy ", {"1", "2", "3", "4", "5"}),
        ("wellbeing export --format ", {"json", "csv", "md", "jrnl"}),
        ("wellbeing import --format ", {"json", "jrnl", "daylio"}),
        ("wellbeing import x.json --format j", {"json", "jrnl"}),
        ("wellbeing completion ", {"bash", "zsh", "fish"}),
        ("wellbeing ground --exercise ", {exercise.slug for exercise in EXERCISES}),
        ("wellbeing log mood 3 --note ", set()),
        ("wellbeing journal --search ", set()),
        ("wellbeing journal --from ", set()),
        ("wellbeing log sleep --date ", set()),
        ("wellbeing log meal lunch --at ", set()),
        ("wellbeing trends --weeks ", set()),
    ],
)
def test_tab_offers_the_values_and_never_file_names(
    complete: Callable[[str], list[str]], line: str, expected: set[str]
) -> None:
    assert values(complete(line)) == expected


def test_tab_offers_emotion_words_one_after_another(
    complete: Callable[[str], list[str]],
) -> None:
    from wellbeing_tui.content.emotions import ALL_EMOTIONS

    for line in ("wellbeing log mood 2 --emotions ", "wellbeing log journal x --emotions "):
        offered = complete(line)
        assert len(offered) == len(ALL_EMOTIONS) and "numb" in offered
        assert "can\\'t\\ tell" in offered  # quoted for the shell: one word
        assert not FILES & set(offered)
    after_a_comma = complete("wellbeing log mood 2 --emotions numb,c")
    assert "numb,calm" in after_a_comma and "numb,can\\'t\\ tell" in after_a_comma
    assert all(word.startswith("numb,c") for word in after_a_comma)
    assert "numb,numb" not in complete("wellbeing log mood 2 --emotions numb,")


def test_tab_offers_the_diarys_own_tags(
    complete: Callable[[str], list[str]], tmp_path: Path
) -> None:
    path = tmp_path / "w.json"
    diary_of(path, ["a walk"], tags=("walk", "sam"))
    diary_of(tmp_path / "other.json", ["x"], tags=("elsewhere",))
    assert set(complete(f"wellbeing journal --data {path} --tag ")) == {"walk", "sam"}
    assert complete(f"wellbeing journal --data {path} --tag w") == ["walk"]
    assert set(complete(f"wellbeing --data {path} log journal hi --tags walk,")) == {"walk,sam"}
    # no diary there (or one that cannot be read without its passphrase): no tags, no files
    assert complete(f"wellbeing journal --data {tmp_path / 'none.json'} --tag ") == []
    (tmp_path / "locked.json").write_bytes(b"age-encryption.org/v1\n-> scrypt x 18\n")
    assert complete(f"wellbeing journal --data {tmp_path / 'locked.json'} --tag ") == []


def test_tab_offers_files_where_a_path_is_wanted(
    complete: Callable[[str], list[str]],
) -> None:
    assert set(complete("wellbeing import ")) >= FILES
    assert set(complete("wellbeing --data ")) >= FILES
    assert set(complete("wellbeing export --format md --out ")) >= FILES
    assert {"calm.json"} == set(complete("wellbeing journal --data ca"))


# --- completion scripts saved once -----------------------------------------------------


def saved_script(folder: Path, shell: str) -> Path:
    script = folder / f"wellbeing.{shell}"
    with script.open("w") as out:
        subprocess.run([installed_command(), "completion", shell], stdout=out, check=True)
    return script


def in_a_shell(folder: Path, *command: str) -> subprocess.CompletedProcess[str]:
    """A shell run in ``folder`` (which holds a file), finding the installed ``wellbeing``."""
    (folder / "a-file.txt").write_text("x")
    return subprocess.run(
        command,
        capture_output=True,
        text=True,
        cwd=folder,
        env=dict(os.environ, PATH=f"{Path(installed_command()).parent}:{os.environ['PATH']}"),
        timeout=60,
    )


def test_the_bash_script_works_saved_to_a_file(tmp_path: Path) -> None:
    script = saved_script(tmp_path, "bash")
    assert "Save once: wellbeing completion bash >" in script.read_text()
    asked = in_a_shell(
        tmp_path,
        "bash",
        "--norc",
        "--noprofile",
        "-c",
        f'source "{script}" && complete -p wellbeing && '
        'COMP_LINE="wellbeing log mood "; COMP_POINT=${#COMP_LINE}; '
        'COMP_WORDS=(wellbeing log mood ""); COMP_CWORD=3; '
        '_python_argcomplete wellbeing; printf "<%s>\\n" "${COMPREPLY[@]}"',
    )
    assert asked.returncode == 0, asked.stderr
    registered, *offered = asked.stdout.splitlines()
    assert registered.startswith("complete ") and registered.endswith(" wellbeing")
    # no fall-back to file names when nothing fits (bash's "-o default")
    assert "-o default" not in registered
    assert {"<1>", "<2>", "<3>", "<4>", "<5>"} <= set(offered)
    assert "<a-file.txt>" not in offered


@pytest.mark.skipif(shutil.which("fish") is None, reason="fish is not installed")
def test_the_fish_script_works_saved_to_a_file(tmp_path: Path) -> None:
    script = saved_script(tmp_path, "fish")
    asked = in_a_shell(
        tmp_path,
        "fish",
        "--no-config",
        "-c",
        f'source "{script}"; complete -C "wellbeing log mood "',
    )
    assert asked.returncode == 0, asked.stderr
    offered = {line.split("\t")[0] for line in asked.stdout.splitlines()}
    assert {"1", "2", "3", "4", "5"} <= offered and "a-file.txt" not in offered


@pytest.mark.skipif(shutil.which("zsh") is None, reason="zsh is not installed")
def test_the_zsh_script_works_from_fpath(tmp_path: Path) -> None:
    folder = tmp_path / "zfunc"
    folder.mkdir()
    saved_script(folder, "zsh").rename(folder / "_wellbeing")
    assert (folder / "_wellbeing").read_text().startswith("#compdef wellbeing\n")
    loaded = subprocess.run(
        ["zsh", "-f", "-c", f"fpath=({folder} $fpath); autoload -U compinit; compinit -u; "
         "print -r -- ${_comps[wellbeing]}"],
        capture_output=True,
        text=True,
        timeout=60,
    )  # fmt: skip
    assert loaded.stdout.strip() == "_wellbeing", loaded.stderr
