"""The project's questions and answers as a read-only table; unanswered ones tinted."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from ui.widgets.row_table_model import RowTableModel

if TYPE_CHECKING:
    from cockpit.services.questions import QuestionView

Index = QModelIndex | QPersistentModelIndex
OPEN = QColor(255, 240, 205)


class QuestionModel(RowTableModel["QuestionView"]):
    KEY, QUESTION, ASKED_BY, ASKED, ANSWER, ANSWERED_BY, ANSWERED, SHARED = range(8)

    def __init__(self, parent=None) -> None:  # type: ignore[no-untyped-def]
        super().__init__(parent)
        self.headers = [self.tr("Key"), self.tr("Question"), self.tr("Asked by"),
                        self.tr("Asked"), self.tr("Answer"), self.tr("Answered by"),
                        self.tr("Answered"), self.tr("Shared")]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, column)
        if role == Qt.ItemDataRole.BackgroundRole and column == self.ANSWER \
                and not row.answered:
            return QBrush(OPEN)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == self.QUESTION:
                return row.question
            if column == self.ANSWER and row.answer:
                return row.answer
            if column == self.SHARED:
                return self.tr("Shared with the customer: it goes into the project document") \
                    if row.shared else self.tr("Internal: it never leaves PM Cockpit")
        return None

    def _text(self, row: QuestionView, column: int) -> str:
        one_line = {self.QUESTION: row.question, self.ANSWER: row.answer}
        if column in one_line:
            return " ".join(one_line[column].split())
        return {self.KEY: row.key, self.ASKED_BY: row.asked_by,
                self.ASKED: row.asked_on.isoformat(),
                self.ANSWERED_BY: row.answered_by,
                self.ANSWERED: row.answered_on.isoformat() if row.answered_on else "",
                self.SHARED: self.tr("shared") if row.shared else self.tr("internal"),
                }.get(column, "")

    def row_of(self, question_id: str) -> int | None:
        return next((i for i, r in enumerate(self.rows) if r.id == question_id), None)
