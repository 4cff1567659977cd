"""Task runners: work runs on a worker thread, results come back on the GUI thread.

Each runner has one thread. The app has three (built by ``ui/app.py``, held by the context):
the store's worker, which runs every operation of the window (autosave included) one after
another; the sync's, which runs a sync run — it writes too, so the store's transactions begin
``IMMEDIATE`` and the two writers wait for each other (README, "Who writes the store"); and the
sign-in's, which never touches the store. Tests use ``SyncTaskRunner``, which runs the work at
once on the calling thread.
"""

from __future__ import annotations

import logging
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

log = logging.getLogger("cockpit.ui.tasks")

Success = Callable[[Any], None]
Failure = Callable[[BaseException], None]


class _Relay(QObject):
    finished = Signal(object, object)  # (result, error)


class _Job(QRunnable):
    def __init__(self, work: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self.work = work
        self.relay = relay

    def run(self) -> None:
        try:
            result = self.work()
        except BaseException as exc:  # handed to the failure callback on the GUI thread
            if not _is_known(exc):
                log.error("task failed:\n%s", "".join(traceback.format_exception(exc)))
            self.relay.finished.emit(None, exc)
        else:
            self.relay.finished.emit(result, None)


def _is_known(exc: BaseException) -> bool:
    from cockpit.errors import KnownError

    return isinstance(exc, KnownError)


class TaskRunner(QObject):
    """``run(work, on_success, on_failure)``; callbacks run on the thread that owns the runner."""

    busy_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)
        self._pending = 0
        self._relays: set[_Relay] = set()

    def run(self, work: Callable[[], Any], on_success: Success, on_failure: Failure) -> None:
        relay = _Relay()
        self._relays.add(relay)

        @Slot(object, object)
        def done(result: Any, error: BaseException | None) -> None:
            self._relays.discard(relay)
            self._pending -= 1
            if self._pending == 0:
                self.busy_changed.emit(False)
            if error is None:
                on_success(result)
            else:
                on_failure(error)

        relay.finished.connect(done)
        self._pending += 1
        if self._pending == 1:
            self.busy_changed.emit(True)
        self.pool.start(_Job(work, relay))

    def wait(self, msecs: int = 30000) -> bool:
        return self.pool.waitForDone(msecs)


class SyncTaskRunner(QObject):
    """Runs work immediately; for tests and for the command line."""

    busy_changed = Signal(bool)

    def run(self, work: Callable[[], Any], on_success: Success, on_failure: Failure) -> None:
        try:
            result = work()
        except BaseException as exc:
            on_failure(exc)
        else:
            on_success(result)

    def wait(self, msecs: int = 0) -> bool:
        return True
