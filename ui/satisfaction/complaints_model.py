"""Complaint analysis as a table: per category, red flags raised and low scores given over the
last twelve months."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt

from ui.labels import label
from ui.widgets.row_table_model import RowTableModel

if TYPE_CHECKING:
    from cockpit.services.satisfaction import ComplaintRow

Index = QModelIndex | QPersistentModelIndex


class ComplaintsModel(RowTableModel["ComplaintRow"]):
    CATEGORY, FLAGS, LOW, TOTAL, LAST_QUARTER = range(5)

    def __init__(self, parent=None) -> None:  # type: ignore[no-untyped-def]
        super().__init__(parent)
        self.headers = [self.tr("Category"), self.tr("Red flags"), self.tr("Low scores"),
                        self.tr("Total"), self.tr("Last 3 months")]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row: ComplaintRow = self.rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.TextAlignmentRole and column != self.CATEGORY:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        return {self.CATEGORY: label(row.category), self.FLAGS: str(row.red_flags),
                self.LOW: str(row.low_scores), self.TOTAL: str(row.total),
                self.LAST_QUARTER: str(sum(row.by_month[-3:]))}.get(column, "")
