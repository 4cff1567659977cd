"""A project's problems as a read-only table: key, what happened, when found, whether (and
when) the customer was told, the remedial plan's progress, the fix's date, the state."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from cockpit.domain.problem_register import ProblemStatus
from ui.labels import label
from ui.widgets.row_table_model import RowTableModel

if TYPE_CHECKING:
    from cockpit.services.problem_register import ProblemView

Index = QModelIndex | QPersistentModelIndex
LATE = QColor(255, 225, 225)


class ProblemModel(RowTableModel["ProblemView"]):
    KEY, TITLE, FOUND, TOLD, PLAN, FIX_BY, STATE = range(7)

    def __init__(self, parent=None) -> None:  # type: ignore[no-untyped-def]
        super().__init__(parent)
        self.today = date.today()
        self.headers = [self.tr("Key"), self.tr("Problem"), self.tr("Found"),
                        self.tr("Customer told"), self.tr("Remedial plan"), self.tr("Fix by"),
                        self.tr("State")]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        column = index.column()
        late = [s for s in row.steps if s.overdue(self.today)] if row.is_open else []
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, column, len(late))
        if role == Qt.ItemDataRole.ForegroundRole and row.status is ProblemStatus.CLOSED:
            return QBrush(QColor(120, 120, 120))
        if role == Qt.ItemDataRole.BackgroundRole and row.is_open and (
                (column == self.PLAN and late)
                or (column == self.TOLD and row.data.customer_informed_at is None)):
            return QBrush(LATE)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == self.PLAN and late:
                return "\n".join(f"{s.due_on}: {s.text}" + (f" ({s.owner})" if s.owner else "")
                                 for s in late)
            if column == self.TITLE and row.data.description:
                return row.data.description
        return None

    def _text(self, row: ProblemView, column: int, late: int) -> str:
        data = row.data
        if column == self.KEY:
            return row.key
        if column == self.TITLE:
            return data.title
        if column == self.FOUND:
            return data.found_at.astimezone().strftime("%Y-%m-%d %H:%M") if data.found_at \
                else ""
        if column == self.TOLD:
            told = data.customer_informed_at
            return told.astimezone().strftime("%Y-%m-%d %H:%M") if told else self.tr("not yet")
        if column == self.PLAN:
            done = sum(1 for s in row.steps if s.done_on)
            text = self.tr("%1 of %2 done").replace("%1", str(done)).replace(
                "%2", str(len(row.steps))) if row.steps else self.tr("no plan yet")
            return text + (self.tr(", %n late", "", late) if late else "")
        if column == self.FIX_BY:
            return data.new_date.isoformat() if data.new_date else ""
        if column == self.STATE:
            return label(row.status)
        return ""

    def row_of(self, problem_id: str) -> int | None:
        return next((i for i, r in enumerate(self.rows) if r.id == problem_id), None)
