"""Long work runs off the GUI thread: the window keeps painting and shows that it is busy."""

from __future__ import annotations

import threading
import time

from PySide6.QtWidgets import QMainWindow

from ui.tasks import TaskRunner
from ui.widgets.busy_indicator import BusyIndicator


def test_work_runs_off_the_gui_thread_and_a_progress_dialog_appears(qtbot) -> None:
    window = QMainWindow()
    qtbot.addWidget(window)
    window.show()
    runner = TaskRunner(window)
    busy = BusyIndicator(window, window.statusBar())
    runner.busy_changed.connect(busy.set_busy)
    release = threading.Event()
    seen: dict[str, object] = {}

    def work() -> str:
        seen["thread"] = threading.current_thread()
        release.wait(10)
        return "done"

    runner.run(work, lambda r: seen.setdefault("result", r), lambda e: seen.setdefault("error", e))
    assert window.statusBar().currentMessage() == "Working…"
    # The GUI thread keeps serving events while the work waits: the dialog shows up on time.
    started = time.monotonic()
    qtbot.waitUntil(lambda: busy.dialog is not None and busy.dialog.isVisible(), timeout=3000)
    assert time.monotonic() - started >= 0.5
    assert seen["thread"] is not threading.main_thread()
    release.set()
    qtbot.waitUntil(lambda: "result" in seen, timeout=5000)
    assert seen["result"] == "done"
    assert busy.dialog is None
    assert window.statusBar().currentMessage() == ""
    runner.wait()


def test_failure_comes_back_to_the_gui_thread(qtbot) -> None:
    from cockpit.errors import ErrorCode, KnownError

    runner = TaskRunner()
    errors: list[BaseException] = []
    threads: list[threading.Thread] = []

    def fail() -> None:
        raise KnownError(ErrorCode.FILE_NOT_FOUND, "no such file: x.json")

    runner.run(fail, lambda _r: None,
               lambda e: (errors.append(e), threads.append(threading.current_thread())))
    qtbot.waitUntil(lambda: bool(errors), timeout=5000)
    assert isinstance(errors[0], KnownError)
    assert threads == [threading.main_thread()]
    runner.wait()
