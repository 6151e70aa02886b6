"""The editor as the diary starts it: known editors get the options that keep no copies of
the text (known by the program the command resolves to, not the word typed), and what comes
back is the text that was written, in whatever encoding and with whatever was typed."""

from __future__ import annotations

import locale
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from wellbeing_tui.services.editor import run_editor

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX shell scripts")

# An editor that notes the words it was started with, one a line, and changes nothing.
NOTES = 'for word in "$@"; do printf "%s\\n" "$word" >> "{notes}"; done'


def started_with(tmp_path: Path, program: str, *, typed_as: str | None = None) -> list[str]:
    """The words a scripted editor named ``program`` got, run as ``typed_as`` (a link to
    it, as /usr/bin/vi is to vim on Debian) when given; the file itself left out."""
    folder = tmp_path / "bin"
    folder.mkdir(exist_ok=True)
    notes = tmp_path / "notes"
    real = folder / program
    real.write_text("#!/bin/sh\n" + NOTES.format(notes=notes) + "\n")
    real.chmod(0o700)
    command = real
    if typed_as:
        command = folder / typed_as
        command.symlink_to(real)
    run_editor("words", {"EDITOR": str(command)})
    return notes.read_text().splitlines()[:-1]


@pytest.mark.parametrize(
    ("program", "typed_as"),
    [("vim", None), ("vim.basic", "vi"), ("gvim", None), ("vim.tiny", "editor")],
)
def test_vim_keeps_no_viminfo_swap_backup_or_undo_file(
    program: str, typed_as: str | None, tmp_path: Path
) -> None:
    words = started_with(tmp_path, program, typed_as=typed_as)
    assert words[:3] == ["-i", "NONE", "-n"]
    assert words[3] == "-c"
    for setting in ("nobackup", "nowritebackup", "noundofile", "viminfo="):
        assert f"silent! set {setting}" in words[4]


def test_neovim_keeps_no_shada_file(tmp_path: Path) -> None:
    words = started_with(tmp_path, "nvim")
    assert words[:3] == ["-i", "NONE", "-n"] and "set shada=" in words[4]


def test_emacs_and_nano_keep_no_backups_or_history(tmp_path: Path) -> None:
    [flag, expression] = started_with(tmp_path, "emacs-gtk", typed_as="emacs")
    assert flag == "--eval"
    for setting in ("make-backup-files nil", "auto-save-default nil", "savehist-mode -1"):
        assert setting in expression
    nano = tmp_path / "nano"
    nano.mkdir()
    assert started_with(nano, "nano") == ["-R"]  # restricted: its nanorc, but no files


@pytest.mark.parametrize(("program", "typed_as"), [("busybox", "vi"), ("code", None)])
def test_any_other_editor_is_started_as_it_is(
    program: str, typed_as: str | None, tmp_path: Path
) -> None:
    # A vi that is not vim would refuse vim's options, and an unknown editor's are unknown.
    assert started_with(tmp_path, program, typed_as=typed_as) == []


def test_an_editor_writing_in_the_locale_encoding_is_read_in_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    editor = tmp_path / "editor.sh"
    editor.write_text("#!/bin/sh\nprintf 'caf\\351 cr\\350me' > \"$1\"\n")
    editor.chmod(0o700)
    monkeypatch.setattr(locale, "getpreferredencoding", lambda _do_setlocale=True: "ISO-8859-1")
    assert run_editor("x", {"EDITOR": str(editor)}).text == "café crème"


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text())
def test_any_text_comes_back_as_it_went_from_an_editor_that_changes_nothing(text: str) -> None:
    edited = run_editor(text, {"EDITOR": "true"})
    assert not edited.changed
    surrogates = any(0xD800 <= ord(c) <= 0xDFFF for c in text)
    if not surrogates:
        assert edited.text == text.removeprefix("\ufeff")
    else:  # a lone surrogate has no UTF-8: what comes back can be saved all the same
        edited.text.encode("utf-8")
