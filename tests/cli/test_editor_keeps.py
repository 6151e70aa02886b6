"""Whatever the editor does, the words are not lost: an editor that is missing, fails or is
killed leaves them as a journal draft that the app offers back; one that closes at once with
nothing changed is asked about; what it wrote in another encoding is read as meant.

Scripted editors stand in for a person's; the command runs in a pseudo-terminal."""

from __future__ import annotations

import os
import signal
import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest

from tests.cli.editor_runs import editing, saved, script
from wellbeing_tui.domain.clock import SystemClock
from wellbeing_tui.domain.drafts import JOURNAL_DRAFT, Draft
from wellbeing_tui.domain.fields import iso
from wellbeing_tui.storage import Store

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="needs a POSIX pseudo-terminal")

WORDS = "the words I wrote"


def one_line_said(screen: str) -> str:
    [line] = [line for line in screen.strip().splitlines() if line.strip()]
    return line


@pytest.mark.parametrize(
    ("body", "said"),
    [
        ("exit 1", "closed with an error (status 1)"),
        ('printf "\\nand a second line" >> "$1"; exit 3', "closed with an error (status 3)"),
    ],
    ids=["fails", "fails-after-writing"],
)
def test_an_editor_that_fails_leaves_the_words_as_a_draft(
    body: str, said: str, tmp_path: Path
) -> None:
    with editing(tmp_path, script(tmp_path, body), WORDS, "#evening") as run:
        status = run.finish()
    assert status == 1
    line = one_line_said(run.screen)
    assert said in line and "kept as a draft" in line, line
    entries, [draft] = saved(tmp_path)
    assert entries == []
    written = "\nand a second line" if "second" in body else ""
    assert draft.data["text"] == f"{WORDS} #evening{written}"


@pytest.mark.parametrize(
    ("editor", "said"), [("no-such-editor", "was not found"), ("", "No editor is set")]
)
def test_a_missing_editor_leaves_a_draft_the_app_offers_back_beside_earlier_ones(
    editor: str, said: str, tmp_path: Path
) -> None:
    earlier = Draft(id="earlier", kind=JOURNAL_DRAFT, updated_at=iso(datetime.now(UTC)))
    Store(tmp_path / "w.json", SystemClock()).add(earlier)
    args = ("--tags", "outside", "--emotions", "calm,tired")
    with editing(tmp_path, editor and str(tmp_path / editor), WORDS, *args) as run:
        status = run.finish()
    assert status == 1
    line = one_line_said(run.screen)
    assert said in line and "kept as a draft" in line
    # The fields of the journal editor's own drafts, so the app opens it where it was left;
    # the draft kept earlier is still there.
    _, drafts = saved(tmp_path)
    assert {d.id for d in drafts} >= {"earlier"} and len(drafts) == 2
    [kept] = [d for d in drafts if d.id != "earlier"]
    assert kept.data == {
        "entry_id": None,
        "prompt": None,
        "prompt_set": "reflection",
        "text": WORDS,
        "emotions": ["calm", "tired"],
        "tags": ["outside"],
    }


def test_an_editor_killed_while_open_leaves_the_words_as_a_draft(tmp_path: Path) -> None:
    pid_file = tmp_path / "editor.pid"
    # Its process id, written whole, then it waits as an editor left open would.
    body = f'echo $$ > "{pid_file}.new"; mv "{pid_file}.new" "{pid_file}"; exec sleep 600'
    hanging = script(tmp_path, body)
    with editing(tmp_path, hanging, WORDS) as run:
        run.wait_for_file(pid_file)
        os.kill(int(pid_file.read_text()), signal.SIGKILL)
        status = run.finish()
    assert status == 1
    line = one_line_said(run.screen)
    assert "stopped by a signal (SIGKILL)" in line and "kept as a draft" in line
    entries, [draft] = saved(tmp_path)
    assert entries == [] and draft.data["text"] == WORDS


@pytest.mark.parametrize(("answer", "kept"), [("y", False), ("n", True), ("", True)])
def test_an_editor_that_closes_at_once_unchanged_is_asked_about(
    answer: str, kept: bool, tmp_path: Path
) -> None:
    with editing(tmp_path, script(tmp_path, "exit 0"), WORDS) as run:
        run.wait_for("Save the text as it was? [y/N]")
        run.type(answer + "\r")
        status = run.finish()
    entries, drafts = saved(tmp_path)
    if kept:
        assert status == 1 and entries == []
        assert [d.data["text"] for d in drafts] == [WORDS]
        assert "closed at once with nothing changed" in run.screen
        assert "--wait" in run.screen and "kept as a draft" in run.screen
    else:
        assert status == 0, run.screen
        assert [e.text for e in entries] == [WORDS] and drafts == []


def test_with_no_terminal_to_ask_on_the_words_are_kept_as_a_draft(tmp_path: Path) -> None:
    # Standard streams on a terminal that is not the controlling one: the editor runs on
    # them, but there is no terminal of its own to ask the question on.
    with editing(tmp_path, script(tmp_path, "exit 0"), WORDS, controlling=False) as run:
        status = run.finish()
    assert status == 1
    assert "[y/N]" not in run.screen and "kept as a draft" in one_line_said(run.screen)
    entries, [draft] = saved(tmp_path)
    assert entries == [] and draft.data["text"] == WORDS


@pytest.mark.parametrize(
    ("written", "text"),
    [
        ("\\357\\273\\277caf\\303\\251 with a mark first", "café with a mark first"),
        ("caf\\351 in Latin-1", "caf\ufffd in Latin-1"),  # a UTF-8 locale cannot read it
    ],
    ids=["byte-order-mark", "latin-1"],
)
def test_what_the_editor_wrote_is_read_without_a_byte_order_mark(
    written: str, text: str, tmp_path: Path
) -> None:
    with editing(tmp_path, script(tmp_path, f"printf '{written}' > \"$1\""), WORDS) as run:
        status = run.finish()
    assert status == 0, run.screen
    [entry], _ = saved(tmp_path)
    assert entry.text == text
