"""The installed command on an encrypted diary, in a real terminal: F1 on the passphrase
screen shows the helplines of the country chosen in the diary's settings, not the locale's."""

from __future__ import annotations

import os
import shutil
import sys
import time
from pathlib import Path

import pytest

from tests.conftest import DEMO
from tests.helpers.terminal import drawn_text, in_terminal, private_env, read_screen
from wellbeing_tui.domain.clock import SystemClock
from wellbeing_tui.services.diary import Diary
from wellbeing_tui.storage import Store, crypt
from wellbeing_tui.storage.crypt import Secret
from wellbeing_tui.storage.encryption import encrypt_data_file

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="a POSIX terminal")

F1 = b"\x1bOP"


def test_f1_before_the_passphrase_shows_the_chosen_country(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "w.json"
    shutil.copy(DEMO, path)
    diary = Diary(Store(path, SystemClock()))
    diary.settings.edit(country="CA", notice_seen=True)
    monkeypatch.setattr(crypt, "SCRYPT_LOG_N", 10)
    encrypt_data_file(path, Secret("a calm evening"))

    seen: list[str] = []
    env = private_env(tmp_path)  # en_GB: the locale alone would say the United Kingdom
    with in_terminal(["--data", str(path)], env) as (_, terminal):
        assert read_screen(terminal, time.monotonic() + 30, ["passphrase"], seen), drawn_text(seen)
        os.write(terminal, F1)
        assert read_screen(terminal, time.monotonic() + 15, ["Canada", "988"], seen), drawn_text(
            seen
        )[-2000:]
        assert "Samaritans" not in drawn_text(seen)
