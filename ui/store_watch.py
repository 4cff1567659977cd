"""Changes made by another program — the command line, a second app on the same store — come
in when the PM returns to the app: on activation the store's fingerprint is read (on the
worker) and, when it moved since the last look, every view is told through the change signal.

After the changes the app itself makes (an operation, a sync run) the fingerprint is read
again quietly — once they have settled for half a second, and at the latest before the next
comparison — so the app's own work never looks like someone else's.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtWidgets import QApplication

from cockpit.changes import Changes

if TYPE_CHECKING:
    from ui.context import AppContext

log = logging.getLogger("cockpit.ui")


def _stamp(store: Any) -> tuple[Any, ...]:
    from cockpit.store.stamp import store_stamp

    return store_stamp(store)


class StoreWatch(QObject):
    SETTLE_MS = 500

    def __init__(self, ctx: AppContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.stamp: tuple[Any, ...] | None = None
        self.settle = QTimer(self)
        self.settle.setSingleShot(True)
        self.settle.setInterval(self.SETTLE_MS)
        self.settle.timeout.connect(self.note)
        ctx.changed.connect(self._after_change)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.applicationStateChanged.connect(self._state_changed)

    def _state_changed(self, state: Qt.ApplicationState) -> None:
        if state == Qt.ApplicationState.ApplicationActive:
            self.look()

    def _after_change(self, changes: Changes) -> None:
        if changes.origin is not self:
            self.settle.start()  # again: one read after a burst of changes (typing)

    def note(self) -> None:
        """Remember the store as it is now (after the app's own change)."""
        store = self.ctx.store
        if store is not None and not self.ctx.closed:
            self.ctx.run(lambda: _stamp(store), self._noted, self._ignore)

    def _noted(self, stamp: tuple[Any, ...]) -> None:
        self.stamp = stamp

    def look(self) -> None:
        """Has anything else written to the store since the last look? Then refresh all."""
        store = self.ctx.store
        if store is None or self.ctx.closed or self.stamp is None:
            return
        if self.settle.isActive():  # the app's own last change first (the worker keeps order)
            self.settle.stop()
            self.note()
        self.ctx.run(lambda: _stamp(store), self._compare, self._ignore)

    def _compare(self, stamp: tuple[Any, ...]) -> None:
        if self.stamp is not None and stamp != self.stamp:
            log.info("the store was changed by another program: refreshing")
            self.stamp = stamp
            self.ctx.announce(Changes.everything(), origin=self)
        self.stamp = stamp

    def _ignore(self, exc: BaseException) -> None:
        log.warning("store fingerprint not read: %r", exc)  # e.g. the store is closing
