"""Options that keep a known editor from leaving copies of the diary's text behind.

An editor may keep what it edits in other places of its own: vim's ``~/.viminfo`` holds
deleted lines and searches, its swap, backup and undo files hold the whole text (in the
person's own folders when their vimrc says so), emacs makes ``entry.md~`` and ``#entry.md#``
(in a central folder with a common setting), nano keeps searches and backups. For the editors
named here the options below turn that off for the diary's file only, after the person's own
settings have been read, so their keys and looks stay theirs. Any other editor is run as it
is (the README says what it may keep).

The editor is known by the name of the program its command resolves to (``vi`` on Debian is
``vim.basic``), never by guessing from the word typed: a ``vi`` that is not vim, given vim's
options, would refuse to start.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Sequence

# vim and neovim: -i NONE reads and writes no viminfo (shada) file, -n makes no swap file
# (and outweighs a vimrc); -c runs after the vimrc, so backups, the backup made while writing
# and undo files are off even where the vimrc turned them on. Each setting is on its own, and
# silent!, so a small vim that lacks one still starts.
_OFF = ("nobackup", "nowritebackup", "noundofile")
_VIM_AFTER = " | ".join(f"silent! set {o}" for o in (*_OFF, "viminfo="))
_NVIM_AFTER = " | ".join(f"silent! set {o}" for o in (*_OFF, "shada="))
# emacs reads the person's init file first (their keys, their theme), then this: no backup
# file, no auto-save file, no lock file, and no minibuffer history (searches) saved at exit.
_EMACS_AFTER = (
    "(progn (setq make-backup-files nil auto-save-default nil create-lockfiles nil)"
    " (when (fboundp 'savehist-mode) (savehist-mode -1)))"
)

QUIET_OPTIONS: dict[str, tuple[str, ...]] = {
    "vim": ("-i", "NONE", "-n", "-c", _VIM_AFTER),
    "nvim": ("-i", "NONE", "-n", "-c", _NVIM_AFTER),
    "emacs": ("--eval", _EMACS_AFTER),
    # nano's restricted mode reads the person's nanorc but writes no history, no cursor
    # positions and no backups (and allows no suspending or saving under another name).
    "nano": ("-R",),
}


def editor_family(program: str) -> str | None:
    """Which known editor ``program`` is ("vim", "nvim", "emacs", "nano"), by the name of
    the file it resolves to; None for any other."""
    found = shutil.which(program)
    if found is None:
        return None
    name = os.path.basename(os.path.realpath(found)).lower()
    if name in ("vim", "gvim", "mvim") or name.startswith("vim."):
        return "vim"
    if name == "nvim":
        return "nvim"
    if name == "emacs" or (name.startswith("emacs-") and "client" not in name):
        return "emacs"
    if name == "nano":
        return "nano"
    return None


def quiet_options(command: Sequence[str]) -> list[str]:
    """What to add after ``command`` (before the file) so it keeps no copies."""
    family = editor_family(command[0])
    return list(QUIET_OPTIONS[family]) if family else []
