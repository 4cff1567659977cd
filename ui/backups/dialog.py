"""*File → Backups…*: the open store's backups, newest first; take one now, restore one (the
store as it is now is kept first), and how many to keep. The dialog only asks; the controller
does the work through ``cockpit.store.backups``."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from cockpit.store.backups import BackupInfo
from ui.backups.model import BackupsModel
from ui.widgets.column_fit import keep_fitted


class BackupsDialog(QDialog):
    restore_requested = Signal(object)  # BackupInfo
    backup_requested = Signal()
    keep_changed = Signal(int)

    def __init__(self, store_path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Backups"))
        self.resize(640, 420)
        intro = QLabel(self.tr(
            "Copies of %1, kept in the backups folder beside it: one a day while PM Cockpit "
            "runs, and one before every import, upgrade and restore.").replace(
                "%1", store_path.name))
        intro.setWordWrap(True)
        self.model = BackupsModel(self)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.verticalHeader().hide()
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.doubleClicked.connect(lambda _index: self._restore())
        keep_fitted(self.view, {0: 160, 1: 160})
        self.empty = QLabel(self.tr("No backups yet. The first daily one is taken soon after "
                                    "the store opens; Back up now takes one at once."))
        self.empty.setWordWrap(True)
        self.keep = QSpinBox()
        self.keep.setRange(1, 1000)
        self.keep.setSuffix(self.tr(" backups"))
        self.keep.editingFinished.connect(lambda: self.keep_changed.emit(self.keep.value()))
        keep_row = QHBoxLayout()
        keep_label = QLabel(self.tr("&Keep the newest"))
        keep_label.setBuddy(self.keep)
        keep_row.addWidget(keep_label)
        keep_row.addWidget(self.keep)
        keep_row.addStretch(1)
        self.backup_now = QPushButton(self.tr("&Back up now"))
        self.backup_now.clicked.connect(self.backup_requested)
        self.restore_button = QPushButton(self.tr("&Restore…"))
        self.restore_button.clicked.connect(self._restore)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.backup_now, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.empty)
        layout.addLayout(keep_row)
        layout.addWidget(buttons)
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._update())
        self._update()

    def show_backups(self, rows: list[BackupInfo], keep: int) -> None:
        self.model.set_rows(rows)
        self.keep.blockSignals(True)
        self.keep.setValue(keep)
        self.keep.blockSignals(False)
        if rows:
            self.view.selectRow(0)
        self._update()

    def set_busy(self, busy: bool) -> None:
        for widget in (self.backup_now, self.restore_button, self.keep, self.view):
            widget.setEnabled(not busy)
        if not busy:
            self._update()

    def selected(self) -> BackupInfo | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.backup_at(rows[0].row()) if rows else None

    def _restore(self) -> None:
        backup = self.selected()
        if backup is not None:
            self.restore_requested.emit(backup)

    def _update(self) -> None:
        has_rows = self.model.rowCount() > 0
        self.view.setVisible(has_rows)
        self.empty.setVisible(not has_rows)
        self.restore_button.setEnabled(self.selected() is not None)
