"""Shows that work is running: a status-bar note at once, a progress dialog after 600 ms."""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QProgressDialog, QStatusBar, QWidget


class BusyIndicator(QObject):
    DELAY_MS = 600

    def __init__(self, window: QWidget, status_bar: QStatusBar) -> None:
        super().__init__(window)
        self.window = window
        self.status_bar = status_bar
        self.dialog: QProgressDialog | None = None
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(self.DELAY_MS)
        self.timer.timeout.connect(self._show_dialog)

    def set_busy(self, busy: bool) -> None:
        if busy:
            self.status_bar.showMessage(self.tr("Working…"))
            self.timer.start()
            return
        self.timer.stop()
        if self.status_bar.currentMessage() == self.tr("Working…"):
            self.status_bar.clearMessage()
        if self.dialog is not None:
            self.dialog.hide()
            self.dialog.deleteLater()
            self.dialog = None

    def _show_dialog(self) -> None:
        dialog = QProgressDialog(self.tr("Working, please wait…"), "", 0, 0, self.window)
        dialog.setCancelButton(None)
        dialog.setWindowTitle(self.tr("PM Cockpit"))
        from PySide6.QtCore import Qt

        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(0)
        dialog.show()
        self.dialog = dialog
