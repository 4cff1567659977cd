"""Every keystroke is safe: the draft is autosaved within a second of typing stopping and on
close; killing the app loses at most that last second.

The real app runs in a child process (``tests/e2e/compose_child.py``: ``ui.app.run_app`` with
its real worker thread, offscreen). It opens a new draft of JP-104 through the messages
controller and types into the compose window: To, subject, and a body in bursts (key events,
Return, a Japanese input-method commit). The process is then killed with SIGKILL — no close
event, no flush, no atexit — and the app is started again on the same file.

Timing: the compose window saves ``AUTOSAVE_MS`` (0.7 s) after the last keystroke; the save
itself takes milliseconds. The kill comes ``KILL_AFTER_S`` (1.5 s) after the last keystroke,
measured on the child's own clock (``time.monotonic`` is system-wide), so a slow CI machine
has 0.5 s on top of the one second the requirement promises, and nothing more. The second
itself is checked on the app's own report: the save holding the full text must be stored
less than ``PROMISED_S`` after the last keystroke.

Negative control: at the last keystroke (before the event loop runs again) the file is read;
it must not hold the last burst yet, so the text found after the restart was put there by a
save after typing stopped (autosave, or the close), not by something synchronous.

After the kill the app is started again on the same file: ``main.py --quit-after-load`` (as
the packaging smoke test), then the user's start that opens the draft in a compose window;
then the store is read through the service.
"""

from __future__ import annotations

import json
import os
import queue
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from cockpit.domain.messages import MessageData, MessageState
from cockpit.paths import resolve_store
from cockpit.services import messages
from cockpit.store.store import open_store
from tests.e2e.compose_child import EXPECTED_BODY, LAST_BURST, PROJECT_CODE, SUBJECT, TO

ROOT = Path(__file__).resolve().parents[2]
PROMISED_S = 1.0  # the requirement: saved within a second of typing stopping
KILL_AFTER_S = 1.5  # after the last keystroke: the promised second, plus 0.5 s for CI
KILL_LATE_S = 2.0  # a kill later than this no longer tests the promise: the test fails
START_TIMEOUT_S = 45.0  # start, open the store, load the project, type (~2 s of pauses)

pytestmark = pytest.mark.skipif(not hasattr(signal, "SIGKILL"),
                                reason="needs SIGKILL (POSIX): a kill without warning")


def app_env(home: Path) -> dict[str, str]:
    """Offscreen Qt, and a home of the test's own: settings and logs stay in tmp."""
    runtime = home / "runtime"
    runtime.mkdir(parents=True, exist_ok=True)
    runtime.chmod(0o700)
    environ = {k: v for k, v in os.environ.items()
               if k not in ("COCKPIT_DB", "COCKPIT_BENCH_MARKERS")}
    environ.update(
        QT_QPA_PLATFORM="offscreen", HOME=str(home), XDG_DATA_HOME=str(home / "data"),
        XDG_CONFIG_HOME=str(home / "config"), XDG_CACHE_HOME=str(home / "cache"),
        XDG_STATE_HOME=str(home / "state"), XDG_RUNTIME_DIR=str(runtime),
        PYTHONIOENCODING="utf-8",
    )
    return environ


@pytest.fixture
def env(tmp_path: Path) -> dict[str, str]:
    """The user's home: the killed app and its restart share settings (the last project)."""
    return app_env(tmp_path / "home")


class RunningApp:
    """The child process; its stdout lines arrive on a queue (read by a thread)."""

    def __init__(self, env: dict[str, str], *args: str | Path) -> None:
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "tests.e2e.compose_child", *map(str, args)],
            cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
            encoding="utf-8", errors="replace",
        )
        self.lines: queue.Queue[str | None] = queue.Queue()
        self.seen: list[str] = []
        self.errors: list[str] = []
        self.threads = [threading.Thread(target=self._read_stdout, daemon=True),
                        threading.Thread(target=self._read_stderr, daemon=True)]
        for thread in self.threads:
            thread.start()

    def _read_stdout(self) -> None:
        assert self.proc.stdout is not None
        for line in self.proc.stdout:
            self.lines.put(line.rstrip("\n"))
        self.lines.put(None)

    def _read_stderr(self) -> None:
        assert self.proc.stderr is not None
        for line in self.proc.stderr:
            self.errors.append(line)

    def report(self) -> str:
        return ("--- child stdout ---\n" + "\n".join(self.seen) +
                "\n--- child stderr ---\n" + "".join(self.errors)[-6000:])

    def expect(self, word: str, parts: int, timeout: float) -> list[str]:
        """The next line starting with ``word``, split in ``parts`` fields."""
        deadline = time.monotonic() + timeout
        while True:
            try:
                line = self.lines.get(timeout=max(0.0, deadline - time.monotonic()))
            except queue.Empty:
                pytest.fail(f"no {word} line after {timeout:.0f} s\n{self.report()}")
            if line is None:
                self.proc.wait(10)
                pytest.fail(f"the app exited ({self.proc.returncode}) before {word}\n"
                            f"{self.report()}")
            self.seen.append(line)
            fields = line.split(" ", parts - 1)
            if fields[0] == "FAILED":
                pytest.fail(f"the app failed\n{self.report()}")
            if fields[0] == word:
                return fields

    def kill(self) -> float:
        """SIGKILL the running app; returns when (monotonic) it was sent."""
        assert self.proc.poll() is None, f"the app died on its own\n{self.report()}"
        os.kill(self.proc.pid, signal.SIGKILL)
        killed_at = time.monotonic()
        self.proc.wait(10)
        assert self.proc.returncode == -signal.SIGKILL
        self._drain()
        return killed_at

    def _drain(self) -> None:
        for thread in self.threads:
            thread.join(10)
        while not self.lines.empty():
            line = self.lines.get_nowait()
            if line is not None:
                self.seen.append(line)

    def exit_code(self, timeout: float) -> int:
        try:
            code = self.proc.wait(timeout)
        except subprocess.TimeoutExpired:
            pytest.fail(f"the app did not quit after {timeout:.0f} s\n{self.report()}")
        self._drain()
        return code

    def saves(self) -> list[tuple[float, str]]:
        """(when, body) of every save the compose window reported."""
        return [(float(t), json.loads(body)) for t, body in
                (line.split(" ", 3)[1::2] for line in self.seen if line.startswith("SAVED "))]

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.proc.kill()
            self.proc.wait(10)
        self._drain()
        for stream in (self.proc.stdout, self.proc.stderr):
            if stream is not None:
                stream.close()


@pytest.fixture
def start(env: dict[str, str]) -> Iterator[Callable[..., RunningApp]]:
    started: list[RunningApp] = []

    def run(*args: str | Path) -> RunningApp:
        app = RunningApp(env, *args)
        started.append(app)
        return app

    yield run
    for app in started:
        app.stop()


def typed(app: RunningApp) -> tuple[str, float]:
    """Wait for the last keystroke; check the negative control. (message id, when typed)"""
    _word, message_id, typed_at, before = app.expect("TYPED", 4, START_TIMEOUT_S)
    stored_then = json.loads(before)
    # typing is not written synchronously: at the last keystroke the file does not hold the
    # last burst yet; only a save after it can put it there (so the test can fail)
    assert stored_then is not None, app.report()
    assert LAST_BURST not in stored_then, app.report()
    return message_id, float(typed_at)


def restart_and_read(start: Callable[..., RunningApp], db: Path, tmp_path: Path,
                     message_id: str, context: str) -> MessageData:
    """Start the real app again on the killed store, twice; then read the draft as stored."""
    # 1. the smoke start the packaging test uses, with the killed app's home: the file opens
    # (no lock left behind, no damage, nothing to recover by hand). The settings remember
    # JP-104, so --quit-after-load closes while the store is still opening: the late result
    # must be dropped, not start a project load on a closed window (a bug once).
    home = tmp_path / "home"
    result = subprocess.run(
        [sys.executable, "main.py", "--db", str(db), "--quit-after-load"],
        cwd=ROOT, env=app_env(home), capture_output=True, text=True,
        encoding="utf-8", errors="replace", timeout=60, check=False,
    )
    assert result.returncode == 0, f"restart failed\n{result.stdout}\n{result.stderr}"
    assert "Traceback" not in result.stderr, result.stderr
    for log in home.rglob("cockpit.log"):
        text = log.read_text(encoding="utf-8", errors="replace")
        assert "unexpected error" not in text and "Traceback" not in text, text

    # 2. the user starts it again (same home) and opens the draft from the message list
    app = start("reopen", db, message_id)
    shown = json.loads(app.expect("SHOWN", 2, START_TIMEOUT_S)[1])
    assert app.exit_code(30) == 0, app.report()
    assert "Traceback" not in "".join(app.errors), app.report()
    assert shown["id"] == message_id
    assert (shown["to"], shown["subject"], shown["body"]) == (TO, SUBJECT, EXPECTED_BODY), \
        f"{shown}\n{context}"
    assert shown["dirty"] is False

    # 3. the store itself, through the service
    store = open_store(resolve_store(str(db)))
    try:
        project_id = messages.find_project(store, PROJECT_CODE)
        listed = {m.id for m in messages.list_messages(store, project_id=project_id)}
        assert message_id in listed
        return messages.get_message(store, message_id)
    finally:
        store.dispose()


def assert_everything_typed(message: MessageData) -> None:
    assert message.state is MessageState.DRAFT
    assert message.project_code == PROJECT_CODE
    assert message.to == TO
    assert message.subject == SUBJECT
    assert message.body == EXPECTED_BODY  # every burst, the Japanese and the last one too


def test_killed_a_second_after_typing_stops_keeps_every_keystroke(
        start: Callable[..., RunningApp], db: Path, tmp_path: Path) -> None:
    app = start("wait", db)
    message_id, typed_at = typed(app)
    time.sleep(max(0.0, typed_at + KILL_AFTER_S - time.monotonic()))
    killed_at = app.kill()
    late = killed_at - typed_at
    assert late < KILL_LATE_S, f"killed {late:.2f} s after typing: too late to prove anything"
    # what the app itself reported before it died (for the message if the store disagrees)
    full = [t - typed_at for t, body in app.saves() if body == EXPECTED_BODY]
    timing = (f"killed {late:.2f} s after the last keystroke; saves of the full text "
              f"{[f'{s:.2f} s' for s in full]} after it\n{app.report()}")

    message = restart_and_read(start, db, tmp_path, message_id, timing)
    assert message.body == EXPECTED_BODY, timing
    assert_everything_typed(message)
    # the promise itself, from the app's own report: stored within a second of the last key
    # (the kill's 0.5 s margin must not hide an autosave that takes 1.2 s)
    assert full and full[0] < PROMISED_S, timing


def test_closed_right_after_typing_then_killed_keeps_every_keystroke(
        start: Callable[..., RunningApp], db: Path, tmp_path: Path) -> None:
    app = start("close", db)  # the close action is triggered in the handler of the last keystroke
    message_id, typed_at = typed(app)
    closed_at = float(app.expect("CLOSED", 2, START_TIMEOUT_S)[1])
    killed_at = app.kill()  # at once: no autosave timer, the window is gone
    timing = (f"closed {closed_at - typed_at:.3f} s, killed {killed_at - typed_at:.3f} s "
              f"after the last keystroke\n{app.report()}")

    message = restart_and_read(start, db, tmp_path, message_id, timing)
    assert message.body == EXPECTED_BODY, timing
    assert_everything_typed(message)
