"""``wellbeing log journal --edit``: the person's editor on the terminal, and the words never
lost whatever the editor does.

An editor that is not set or not found, fails, is killed, or has no terminal to run on
leaves the words as a journal draft in the diary (the same kind and fields as the app's
journal editor keeps), which the app offers back when it next starts; the command says so
and exits 1 (2 when there is no terminal). An editor that closes at once with nothing
changed (a window that did not wait) is asked about before anything is saved."""

from __future__ import annotations

import argparse

from wellbeing_tui.cli.common import EXIT_PROBLEM, EXIT_USAGE, comma_list, complain, open_diary, say
from wellbeing_tui.cli.tty import NoTerminal, ask_yes, editor_terminal
from wellbeing_tui.domain.clock import Clock
from wellbeing_tui.domain.drafts import JOURNAL_DRAFT
from wellbeing_tui.domain.fields import new_id
from wellbeing_tui.services.editor import EditorError, find_editor, run_editor
from wellbeing_tui.services.errors import StoreError

WHERE = "your words are kept as a draft: the app offers it back when you next start wellbeing"
QUESTION = "The editor closed at once with nothing changed. Save the text as it was?"
WAITING = "an editor that opens a window must wait for it to close (code --wait, subl -w)"


def edit_entry(args: argparse.Namespace, clock: Clock, text: str) -> str | int:
    """The words to save, from the editor; or the exit status once they were kept aside."""
    try:
        find_editor()
        with editor_terminal() as terminal:
            edited = run_editor(text, terminal=terminal)
    except NoTerminal:
        reason = "--edit needs a terminal for the editor, and there is none"
        return _keep(args, clock, text, reason, EXIT_USAGE)
    except EditorError as err:
        return _keep(args, clock, err.words or text, str(err).rstrip("."), EXIT_PROBLEM)
    if not edited.at_once:
        return edited.text
    if not text.strip():
        complain(f"wellbeing log journal: the editor closed at once; {WAITING}\n")
        return EXIT_PROBLEM
    if ask_yes(QUESTION):
        return edited.text
    reason = f"the editor closed at once with nothing changed ({WAITING})"
    return _keep(args, clock, text, reason, EXIT_PROBLEM)


def _keep(args: argparse.Namespace, clock: Clock, words: str, reason: str, status: int) -> int:
    """Keep ``words`` as a journal draft and say where; ``status`` is the exit status."""
    if not words.strip():
        complain(f"wellbeing log journal: {reason}; nothing was written, so nothing is kept\n")
        return status

    # The fields the journal editor's own drafts have, so the app opens it as one of them.
    draft = {
        "entry_id": None,
        "prompt": None,
        "prompt_set": "reflection",
        "text": words.rstrip("\n"),
        "emotions": comma_list(args.emotions or ""),
        "tags": comma_list(args.tags or ""),
    }
    try:
        # A draft of its own: one kept earlier is never written over.
        open_diary(args, clock).drafts.keep(JOURNAL_DRAFT, draft, new_id())
    except StoreError as err:
        complain(
            f"wellbeing log journal: {reason}, and the words could not be kept as a draft "
            f"({err}); here they are, to copy:\n"
        )
        say(words.rstrip("\n"))
        return status
    complain(f"wellbeing log journal: {reason}; {WHERE}\n")
    return status
