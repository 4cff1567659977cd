"""The project's decision log as a read-only table: when, what, where it came from, and the
written message that confirms it (or that it still awaits one)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from ui.labels import label
from ui.widgets.row_table_model import RowTableModel

if TYPE_CHECKING:
    from cockpit.services.decision_log import LoggedDecision

Index = QModelIndex | QPersistentModelIndex
AWAITING = QColor(255, 240, 205)


class DecisionModel(RowTableModel["LoggedDecision"]):
    DECIDED, TEXT, ORIGIN, CONFIRMATION, INTERNAL = range(5)

    def __init__(self, parent=None) -> None:  # type: ignore[no-untyped-def]
        super().__init__(parent)
        self.headers = [self.tr("Decided"), self.tr("Decision"), self.tr("From"),
                        self.tr("In writing"), self.tr("Internal")]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, column)
        if role == Qt.ItemDataRole.BackgroundRole and column == self.CONFIRMATION \
                and not row.confirmed and not row.internal:
            return QBrush(AWAITING)
        if role == Qt.ItemDataRole.ToolTipRole and column == self.TEXT:
            return row.text
        return None

    def _text(self, row: LoggedDecision, column: int) -> str:
        if column == self.DECIDED:
            return row.decided_on.isoformat()
        if column == self.TEXT:
            return row.text
        if column == self.ORIGIN:
            return f"{label(row.origin)}: {row.source}" if row.source else label(row.origin)
        if column == self.CONFIRMATION:
            if row.internal:
                return self.tr("internal: not sent")
            if row.confirmed and row.confirmed_on:
                return self.tr("confirmed %1 — %2").replace(
                    "%1", row.confirmed_on.isoformat()).replace("%2", row.confirmed_by)
            return self.tr("awaiting confirmation")
        if column == self.INTERNAL:
            return "✓" if row.internal else ""
        return ""

    def row_of(self, decision_id: str) -> int | None:
        return next((i for i, r in enumerate(self.rows) if r.id == decision_id), None)
