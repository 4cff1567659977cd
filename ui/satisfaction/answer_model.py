"""The project's satisfaction answers as a read-only table, newest first; low ones tinted."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from cockpit.domain.satisfaction import Scale
from ui.labels import label
from ui.widgets.row_table_model import RowTableModel

if TYPE_CHECKING:
    from cockpit.services.satisfaction import EntryView

Index = QModelIndex | QPersistentModelIndex
LOW = QColor(253, 226, 226)


class AnswerModel(RowTableModel["EntryView"]):
    DATE, SCALE, SCORE, RESPONDENT, CATEGORY, COMMENT, FLAG = range(7)

    def __init__(self, parent=None) -> None:  # type: ignore[no-untyped-def]
        super().__init__(parent)
        self.headers = [self.tr("Date"), self.tr("Scale"), self.tr("Score"),
                        self.tr("Respondent"), self.tr("Category"), self.tr("Comment"),
                        self.tr("Red flag")]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, column)
        if role == Qt.ItemDataRole.BackgroundRole and column == self.SCORE and row.low:
            return QBrush(LOW)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.SCORE:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == self.COMMENT and row.comment:
                return row.comment
            if column == self.SCORE and row.low:
                return self.tr("A detractor (0–6)") if row.scale is Scale.NPS \
                    else self.tr("A low score (1–2)")
        return None

    def _text(self, row: EntryView, column: int) -> str:
        top = 5 if row.scale is Scale.CSAT else 10
        return {self.DATE: row.answered_on.isoformat(),
                self.SCALE: "CSAT" if row.scale is Scale.CSAT else "NPS",
                self.SCORE: f"{row.score} / {top}", self.RESPONDENT: row.respondent,
                self.CATEGORY: label(row.category),
                self.COMMENT: " ".join(row.comment.split()), self.FLAG: row.red_flag_key,
                }.get(column, "")

    def row_of(self, entry_id: str) -> int | None:
        return next((i for i, r in enumerate(self.rows) if r.id == entry_id), None)
