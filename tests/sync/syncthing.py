"""Two real Syncthing instances on this computer, sharing one folder over 127.0.0.1 only.

Each has its own home (keys, config, database) and its own copy of the folder, as two
computers would. Nothing reaches past the loopback: global and local discovery, relays, NAT
traversal, usage reporting, crash reporting and upgrades are all off; the laptop dials the
desktop at ``tcp://127.0.0.1:PORT``, and the desktop takes the call from no one else. The
REST API answers on a random port of 127.0.0.1 with a key written into the config.

Every wait is a poll with a deadline; the instances run in process groups of their own and
are killed, whatever happens, when the pair is closed.
"""

from __future__ import annotations

import contextlib
import ctypes
import json
import os
import re
import secrets
import shutil
import signal
import socket
import subprocess
import time
import urllib.error
import urllib.request
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar
from xml.sax.saxutils import quoteattr

import pytest

SYNCTHING = shutil.which("syncthing")
needs_syncthing = pytest.mark.skipif(
    SYNCTHING is None, reason="syncthing is not installed (.ci/run installs Debian's)"
)

FOLDER_ID = "diary"
DEVICE_ID = re.compile(r"\b[A-Z0-9]{7}(?:-[A-Z0-9]{7}){7}\b")
# What stays on each computer (the README's .stignore lines): the lock, the nudge file, the
# app's temporary files and the backups folder, where merged conflict copies are put away.
STIGNORE = "backups\n*.lock\n*.nudge\n*.tmp\n"

T = TypeVar("T")


def wait_for(what: str, check: Callable[[], T | None], seconds: float = 30.0) -> T:
    """Poll ``check`` until it gives something other than None or False; fail with ``what``
    once ``seconds`` have passed."""
    deadline = time.monotonic() + seconds
    while True:
        got = check()
        if got is not None and got is not False:
            return got
        if time.monotonic() > deadline:
            raise AssertionError(f"waited {seconds:g} s for {what}")
        time.sleep(0.2)


def free_ports(count: int) -> list[int]:
    """Ports on 127.0.0.1 that nothing listens on now (all held open at once, so distinct)."""
    held = [socket.socket(socket.AF_INET, socket.SOCK_STREAM) for _ in range(count)]
    try:
        for s in held:
            s.bind(("127.0.0.1", 0))
        return [s.getsockname()[1] for s in held]
    finally:
        for s in held:
            s.close()


def _environment(home: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.lower().endswith("_proxy")}
    env.update(
        HOME=str(home),
        STNOUPGRADE="1",
        STNORESTART="1",
        STMONITORED="yes",  # one process, without the monitor that would restart it
        STHASHING="standard",  # no measuring of hash speeds at start
        STNODEFAULTFOLDER="1",
        STNOUSAGEREPORTING="1",
    )
    return env


def _die_with_parent() -> None:
    """In the child before it runs Syncthing: killed if the tests' process dies first
    (Linux; elsewhere only the pair's own ending stops it)."""
    with contextlib.suppress(OSError, AttributeError):
        ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG


@dataclass
class Instance:
    """One Syncthing: its home, its copy of the shared folder, its ports and its key."""

    name: str
    home: Path
    folder: Path
    listen_port: int
    gui_port: int
    api_key: str = field(default_factory=lambda: secrets.token_hex(16))
    device_id: str = ""
    process: subprocess.Popen[bytes] | None = None

    def generate(self) -> None:
        """Keys and a first config; the device id the keys give."""
        assert SYNCTHING is not None
        self.home.mkdir(mode=0o700, parents=True)
        done = subprocess.run(
            [SYNCTHING, "generate", "--home", str(self.home), "--no-default-folder"],
            capture_output=True,
            text=True,
            env=_environment(self.home),
            timeout=60,
        )
        found = DEVICE_ID.search(done.stdout + done.stderr)
        assert done.returncode == 0 and found, done.stdout + done.stderr
        self.device_id = found.group(0)

    def write_config(self, peer: Instance, *, dials: bool) -> None:
        """The folder shared with ``peer`` alone, everything that looks beyond 127.0.0.1 off.
        Only one of the two ``dials`` the other: when both dial at once, their greetings can
        cross and each waits out Syncthing's 20 s timeout before trying again."""
        peer_address = f"tcp://127.0.0.1:{peer.listen_port}" if dials else "dynamic"
        self.folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        (self.folder / ".stfolder").mkdir(exist_ok=True)
        (self.folder / ".stignore").write_text(STIGNORE, encoding="utf-8")
        devices = "".join(
            f"<device id={quoteattr(d)} introducedBy=''></device>"
            for d in (self.device_id, peer.device_id)
        )
        config = f"""<configuration version="36">
    <folder id="{FOLDER_ID}" label="Diary" path={quoteattr(str(self.folder))}
            type="sendreceive" rescanIntervalS="5" fsWatcherEnabled="true" fsWatcherDelayS="1"
            ignorePerms="false" autoNormalize="true">
        <filesystemType>basic</filesystemType>
        {devices}
        <minDiskFree unit="%">0</minDiskFree>
        <maxConflicts>10</maxConflicts>
        <markerName>.stfolder</markerName>
    </folder>
    <device id={quoteattr(self.device_id)} name={quoteattr(self.name)}>
        <address>dynamic</address>
    </device>
    <device id={quoteattr(peer.device_id)} name={quoteattr(peer.name)}>
        <address>{peer_address}</address>
    </device>
    <gui enabled="true" tls="false">
        <address>127.0.0.1:{self.gui_port}</address>
        <apikey>{self.api_key}</apikey>
    </gui>
    <options>
        <listenAddress>tcp://127.0.0.1:{self.listen_port}</listenAddress>
        <globalAnnounceEnabled>false</globalAnnounceEnabled>
        <localAnnounceEnabled>false</localAnnounceEnabled>
        <relaysEnabled>false</relaysEnabled>
        <natEnabled>false</natEnabled>
        <urAccepted>-1</urAccepted>
        <autoUpgradeIntervalH>0</autoUpgradeIntervalH>
        <crashReportingEnabled>false</crashReportingEnabled>
        <startBrowser>false</startBrowser>
        <reconnectionIntervalS>1</reconnectionIntervalS>
        <minHomeDiskFree unit="%">0</minHomeDiskFree>
    </options>
</configuration>
"""
        (self.home / "config.xml").write_text(config, encoding="utf-8")

    def start(self) -> None:
        assert SYNCTHING is not None
        log = (self.home / "syncthing.log").open("wb")
        with log:
            self.process = subprocess.Popen(
                [SYNCTHING, "serve", "--home", str(self.home), "--no-browser", "--no-restart"],
                stdin=subprocess.DEVNULL,
                stdout=log,
                stderr=subprocess.STDOUT,
                env=_environment(self.home),
                start_new_session=True,  # a process group of its own, killed whole
                preexec_fn=_die_with_parent,
            )

    def stop(self) -> None:
        if self.process is None or self.process.poll() is not None:
            return
        with contextlib.suppress(ProcessLookupError):
            os.killpg(self.process.pid, signal.SIGTERM)
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(self.process.pid, signal.SIGKILL)
            self.process.wait(timeout=10)

    def log_tail(self) -> str:
        path = self.home / "syncthing.log"
        text = path.read_text(encoding="utf-8", errors="replace") if path.exists() else ""
        return f"--- {self.name}'s log ---\n" + "\n".join(text.splitlines()[-20:])

    def rest(self, method: str, path: str, body: Any = None, timeout: float = 30.0) -> Any:
        request = urllib.request.Request(
            f"http://127.0.0.1:{self.gui_port}{path}",
            method=method,
            headers={"X-API-Key": self.api_key, "Content-Type": "application/json"},
            data=None if body is None else json.dumps(body).encode(),
        )
        with urllib.request.urlopen(request, timeout=timeout) as answer:
            body = answer.read()
        return json.loads(body) if body.strip() else None

    def answers(self) -> bool:
        assert self.process is not None
        if self.process.poll() is not None:
            raise AssertionError(f"{self.name}'s syncthing exited\n{self.log_tail()}")
        try:
            return bool(self.rest("GET", "/rest/system/ping", timeout=2))
        except (OSError, urllib.error.URLError):
            return False

    def connected_to(self, peer: Instance) -> bool:
        connections = self.rest("GET", "/rest/system/connections")["connections"]
        return bool(connections.get(peer.device_id, {}).get("connected"))

    def pause(self) -> None:
        """Stop syncing the folder (the connection stays up, so resuming needs no redial)."""
        self.rest("PATCH", f"/rest/config/folders/{FOLDER_ID}", {"paused": True})

    def resume(self) -> None:
        self.rest("PATCH", f"/rest/config/folders/{FOLDER_ID}", {"paused": False})

    def paused(self) -> bool:
        """Whether the folder has stopped (no state, or "paused" in newer versions)."""
        status = self.rest("GET", f"/rest/db/status?folder={FOLDER_ID}")
        return status.get("state") in ("", "paused")

    def scan(self) -> None:
        """Look at the folder now (the answer comes once the scan is done)."""
        self.rest("POST", f"/rest/db/scan?folder={FOLDER_ID}", timeout=60)

    def idle(self) -> bool:
        status = self.rest("GET", f"/rest/db/status?folder={FOLDER_ID}")
        return bool(status["state"] == "idle" and status["needTotalItems"] == 0)

    def conflict_copies(self) -> list[Path]:
        """Syncthing's conflict copies in the folder (not its hidden temporary files)."""
        names = (p.name for p in self.folder.iterdir())
        return sorted(self.folder / n for n in names if ".sync-conflict-" in n and n[0] != ".")

    def describe(self) -> str:
        """What the folder holds and what Syncthing says of it, for a failure's report."""
        listing = sorted(p.name for p in self.folder.iterdir())
        try:
            status = self.rest("GET", f"/rest/db/status?folder={FOLDER_ID}", timeout=5)
            said = {k: status.get(k) for k in ("state", "needTotalItems", "errors")}
        except OSError as err:
            said = {"REST": str(err)}
        return f"--- {self.name}: {listing} {said}\n{self.log_tail()}"


def connected(a: Instance, b: Instance) -> bool:
    """Whether each sees the other connected."""
    return a.connected_to(b) and b.connected_to(a)


@contextlib.contextmanager
def syncthing_pair(root: Path) -> Iterator[tuple[Instance, Instance]]:
    """Two running instances, connected to each other, with an empty shared folder."""
    ports = free_ports(4)
    laptop = Instance("laptop", root / "laptop-home", root / "laptop", ports[0], ports[1])
    desktop = Instance("desktop", root / "desktop-home", root / "desktop", ports[2], ports[3])
    pair = (laptop, desktop)
    try:
        for one in pair:
            one.generate()
        laptop.write_config(desktop, dials=True)
        desktop.write_config(laptop, dials=False)
        for one in (desktop, laptop):  # the one called listening before the one calling
            one.start()
            wait_for(f"{one.name}'s REST API", one.answers)
        wait_for("the two to connect", lambda: connected(laptop, desktop))
        yield pair
    except Exception:
        for one in pair:  # shown with the failure
            print(one.describe())
        raise
    finally:
        for one in pair:
            one.stop()
