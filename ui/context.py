"""The app context: what every window, panel and controller is given through its
constructor — the store, the task runner, prompts, settings, the clock, the connectors — and
the one change signal.

``run(work, done)`` runs an operation on the store's worker thread. An operation that changes
something returns ``Done(value, changes)``: ``done`` gets the value, then ``changed`` carries
the ``Changes`` to every open view, each of which refreshes only what it shows. No view calls
another: the project list, the passport, the message lists, the planner, open compose windows
and the status bar are all subscribers.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QApplication, QWidget

from cockpit.changes import Changes, Done
from cockpit.errors import KnownError
from ui.clock import Clock

if TYPE_CHECKING:
    from cockpit.store.store import Store
    from ui.settings import Settings
    from ui.widgets.prompts import Prompts

log = logging.getLogger("cockpit.ui")


class AppContext(QObject):
    changed = Signal(object)  # Changes, after every operation that changed something
    status_shown = Signal(str, int)  # a message for the status bar, and for how long (ms)
    failed = Signal(str)  # an operation failed (the known error's message, or the bug's repr)
    store_opened = Signal()

    def __init__(self, runner: Any, prompts: Prompts, settings: Settings, *,
                 clock: Clock | None = None, connectors: Any = None,
                 sync_runner: Any = None, account_runner: Any = None,
                 launcher: Any = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        from ui.launcher import Launcher

        self.launcher = launcher or Launcher()  # another window of the app, on another store
        self.runner = runner  # the store's worker (one thread: one writer)
        # the sync's own thread (a run may wait minutes on Outlook) and the sign-in's; built
        # by the sync controller when not given
        self.sync_runner = sync_runner
        self.account_runner = account_runner
        self.prompts = prompts
        self.settings = settings
        self.clock = clock or Clock()
        self._connectors = connectors  # the connector registry (default: built when asked)
        self.store: Store | None = None
        self.closed = False  # the app is closing: late results of running work are dropped
        self._dialog_parent: QWidget | None = None

    @property
    def connectors(self) -> Any:
        """The registered connectors (``cockpit.connectors.registry``); the default registry
        is imported only when the sync first asks, after the first paint."""
        if self._connectors is None:
            from cockpit.connectors.registry import default_registry

            self._connectors = default_registry()
        return self._connectors

    def open_store(self) -> Store:
        """The store, for a window that only opens once it is there (a bug otherwise)."""
        if self.store is None:
            raise RuntimeError("the store is not open yet")
        return self.store

    # --- running operations -----------------------------------------------------------------
    def run(self, work: Callable[[], Any], done: Callable[[Any], object] | None = None,
            failed: Callable[[BaseException], None] | None = None, *,
            origin: object = None) -> None:
        """Run ``work`` on the worker; a ``Done`` result is unwrapped for ``done`` and its
        changes are emitted afterwards (``origin``: the view that asked, so it can skip its
        own change)."""

        if self.closed:  # the window is closing: nothing new starts (the store is going)
            log.debug("not started, the app is closing: %r", work)
            return

        def finished(result: Any) -> None:
            if isinstance(result, Done):
                if done is not None:
                    done(result.value)
                self.announce(result.changes, origin=origin)
            elif done is not None:
                done(result)

        self.runner.run(work, finished, failed or self.show_failure)

    def announce(self, changes: Changes, *, origin: object = None) -> None:
        if changes and not self.closed:
            self.changed.emit(replace(changes, origin=origin or changes.origin))

    def show_failure(self, exc: BaseException) -> None:
        """A known error is a message that says what to do; anything else is a bug."""
        if isinstance(exc, KnownError):
            from ui.labels import error_text  # the labels load after the first paint

            log.warning("%s: %s", exc.code.value, exc.message)
            text = error_text(exc.code, exc.message)
            self.status(text.split("\n")[0], 10000)
            self.failed.emit(exc.message)
            self.prompts.error(self.dialog_parent(), self.tr("PM Cockpit"), text)
            return
        log.error("unexpected error: %r", exc)
        self.failed.emit(repr(exc))
        raise exc

    # --- showing ----------------------------------------------------------------------------
    def status(self, text: str, msecs: int = 8000) -> None:
        self.status_shown.emit(text, msecs)

    def set_dialog_parent(self, widget: QWidget) -> None:
        """The window questions belong to when no other window of the app is active."""
        self._dialog_parent = widget

    def dialog_parent(self) -> QWidget | None:
        active = QApplication.activeWindow()
        return active if active is not None else self._dialog_parent
