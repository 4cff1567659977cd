"""Backups from the app: a daily one while the window is open on a SQLite store (checked at
start and every hour), and *File → Backups…* to list, take, keep and restore them. The work
runs on the worker through ``cockpit.store.backups``; a restore announces that everything
changed, so every open view reloads from the restored store."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QTimer

from cockpit.changes import Changes, Done
from ui.controller import Controller

if TYPE_CHECKING:
    from cockpit.store.backups import BackupInfo, Restored
    from ui.backups.dialog import BackupsDialog
    from ui.context import AppContext

CHECK_EVERY_MS = 60 * 60 * 1000  # the daily backup is due when the newest is a day old
FIRST_CHECK_MS = 60 * 1000  # a minute after the store opened: the start stays quick


def _listing(path: Path) -> tuple[list[BackupInfo], int]:
    from cockpit.store import backups

    return backups.list_backups(path), backups.read_keep(path)


def _daily(path: Path) -> Path | None:
    from cockpit.store import backups

    return backups.take_daily(path, backups.read_keep(path))


def _by_hand(path: Path) -> Path:
    from cockpit.store import backups

    return backups.take(path, "by-hand", backups.read_keep(path))


def _set_keep(path: Path, keep: int) -> list[Path]:
    from cockpit.store import backups

    return backups.set_keep(path, keep)


def _restore(store: Any, backup: Path) -> Done[Restored]:
    from cockpit.store import backups

    return Done(backups.restore(store.location, backup), Changes.everything())


class BackupsController(Controller):
    def __init__(self, ctx: AppContext, resolve_unsaved: Callable[[Callable[[], None]], bool],
                 parent: Any = None) -> None:
        super().__init__(ctx, parent)
        self._resolve_unsaved = resolve_unsaved
        self.timer = QTimer(self)
        self.timer.setInterval(CHECK_EVERY_MS)
        self.timer.timeout.connect(self.take_daily)
        self.dialog: BackupsDialog | None = None

    def path(self) -> Path | None:
        store = self.store
        return store.location.path if store is not None else None

    def start(self) -> None:
        """The store is open: a minute later the daily backup is taken if it is due, then it
        is checked every hour. Not for the demo (nothing of the PM's is in it) nor a server
        store (its own tools back it up)."""
        store = self.store
        if self.path() is None or store.demo:
            self.timer.stop()
            return
        self.timer.start()
        QTimer.singleShot(FIRST_CHECK_MS, self, self.take_daily)

    def take_daily(self) -> None:
        path = self.path()
        if path is None or self.ctx.closed:
            return

        def done(taken: Path | None) -> None:
            if taken is not None:
                self.ctx.status(self.tr("Daily backup saved to %1").replace("%1", str(taken)),
                                8000)
                self._reload()

        self._run(lambda: _daily(path), done, self._quietly)

    def _quietly(self, exc: BaseException) -> None:
        """A daily backup that could not be written (a full disk…) is said in the status bar
        and tried again in an hour; it never interrupts the PM's work."""
        from cockpit.errors import KnownError

        if not isinstance(exc, KnownError):
            self.ctx.show_failure(exc)
            return
        self.ctx.status(self.tr("The daily backup could not be saved: %1").replace(
            "%1", exc.message), 15000)

    # --- the dialog ---------------------------------------------------------------------
    def open_dialog(self) -> None:
        path = self.path()
        if path is None:
            self.ctx.prompts.info(self._parent(), self.tr("Backups"), self.tr(
                "This store is on a database server: back it up with the server's own tools "
                "(pg_dump)."))
            return
        from ui.backups.dialog import BackupsDialog

        dialog = BackupsDialog(path, self._parent())
        dialog.restore_requested.connect(self.restore)
        dialog.backup_requested.connect(self.back_up_now)
        dialog.keep_changed.connect(self.set_keep)
        dialog.finished.connect(lambda _r: setattr(self, "dialog", None))
        self.dialog = dialog
        self._reload()
        dialog.open()

    def _reload(self) -> None:
        path, dialog = self.path(), self.dialog
        if path is None or dialog is None:
            return
        self._run(lambda: _listing(path), lambda found: self._show(*found))

    def _show(self, rows: list[BackupInfo], keep: int) -> None:
        if self.dialog is not None:
            self.dialog.show_backups(rows, keep)
            self.dialog.set_busy(False)

    def back_up_now(self) -> None:
        path = self.path()
        if path is None:
            return
        self._busy()

        def done(taken: Path) -> None:
            self.ctx.status(self.tr("Backup saved to %1").replace("%1", str(taken)), 8000)
            self._reload()

        self._run(lambda: _by_hand(path), done, self._failed)

    def set_keep(self, keep: int) -> None:
        path = self.path()
        if path is None:
            return
        self._run(lambda: _set_keep(path, keep), lambda _removed: self._reload(), self._failed)

    def restore(self, backup: BackupInfo) -> None:
        store = self.store
        if store is None or not self._resolve_unsaved(lambda: self.restore(backup)):
            return
        from ui.backups.model import moment_text

        when = moment_text(backup.taken_at, long=True)
        if not self.ctx.prompts.confirm(
                self._parent(), self.tr("Restore a backup"),
                self.tr("Restore the backup taken %1? Everything changed since then is "
                        "replaced by the backup. The store as it is now is kept in the backups "
                        "folder first, so nothing is lost.").replace("%1", when),
                self.tr("Restore")):
            return
        self._busy()

        def done(restored: Restored) -> None:
            text = self.tr("Restored the backup taken %1.").replace("%1", when)
            if restored.aside is not None:
                text += "\n" + self.tr("The store as it was is kept in %1.").replace(
                    "%1", str(restored.aside))
            self.ctx.prompts.info(self._parent(), self.tr("Backup restored"), text)
            self._reload()

        self._run(lambda: _restore(store, backup.path), done, self._failed)

    def _busy(self) -> None:
        if self.dialog is not None:
            self.dialog.set_busy(True)

    def _failed(self, exc: BaseException) -> None:
        if self.dialog is not None:
            self.dialog.set_busy(False)
        self.ctx.show_failure(exc)
