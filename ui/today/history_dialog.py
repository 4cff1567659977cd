"""Every snooze and "done" the PM has made, newest first, with the ones still in force
undoable: nothing is deleted, an undone mark says when it was undone."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from cockpit.care.marks import MarkData, MarkKind
from ui.today.texts import rule_text
from ui.widgets.row_table_model import RowTableModel
from ui.widgets.time_zones import day_text

Index = QModelIndex | QPersistentModelIndex


class MarksModel(RowTableModel[MarkData]):
    WHEN, PROJECT, RULE, KIND, UNTIL, NOTE, UNDONE = range(7)

    def __init__(self, zone: str, codes: dict[str, str], now: datetime,
                 parent: Any = None) -> None:
        super().__init__(parent)
        self.zone, self.codes, self.now = ZoneInfo(zone), codes, now
        self.headers = [self.tr("Made"), self.tr("Project"), self.tr("Rule"), self.tr("Mark"),
                        self.tr("Until"), self.tr("Reason or note"), self.tr("Undone")]

    def _when(self, moment: datetime | None) -> str:
        return day_text(moment.astimezone(self.zone), "%Y-%m-%d %H:%M") if moment else ""

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        mark, column = self.rows[index.row()], index.column()
        rule = mark.item_key.split(":", 1)[0].split("@", 1)[0]
        return {
            self.WHEN: self._when(mark.created_at),
            self.PROJECT: self.codes.get(mark.project_id, ""),
            self.RULE: rule_text(rule),
            self.KIND: self.tr("Snoozed") if mark.kind is MarkKind.SNOOZE else self.tr("Done"),
            self.UNTIL: self._when(mark.until),
            self.NOTE: mark.note,
            self.UNDONE: self._when(mark.undone_at) if mark.undone_at else (
                "" if mark.in_force(self.now) else self.tr("ran out")),
        }[column]


class HistoryDialog(QDialog):
    def __init__(self, marks: list[MarkData], zone: str, codes: dict[str, str], now: datetime,
                 undo: Callable[[MarkData], None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Snoozes and done marks"))
        self._undo = undo
        self.model = MarksModel(zone, codes, now, self)
        self.model.set_rows(marks)
        self.view = QTableView(self)
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.verticalHeader().hide()
        self.view.horizontalHeader().setSectionResizeMode(
            MarksModel.NOTE, QHeaderView.ResizeMode.Stretch)
        self.view.resizeColumnsToContents()
        self.undo_button = QPushButton(self.tr("Undo"), self)
        self.undo_button.setToolTip(self.tr("The item comes back as it would be without this "
                                            "mark; the mark stays in the history."))
        self.undo_button.clicked.connect(self._undo_selected)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.addButton(self.undo_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view)
        layout.addWidget(buttons)
        self.view.selectionModel().currentRowChanged.connect(self._update)
        self._update()
        self.resize(900, 420)

    def selected(self) -> MarkData | None:
        index = self.view.currentIndex()
        return self.model.rows[index.row()] if index.isValid() else None

    def _update(self) -> None:
        mark = self.selected()
        self.undo_button.setEnabled(mark is not None and mark.undone_at is None
                                    and mark.in_force(self.model.now))

    def _undo_selected(self) -> None:
        mark = self.selected()
        if mark is not None:
            self._undo(mark)
            self.accept()
