"""A project's change requests as a read-only table: key, title, state, hours, who estimated,
the sprint, the confirmation and how long it has waited in its state."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from cockpit.domain.work import ChangeRequestStatus as S
from ui.labels import label
from ui.widgets.row_table_model import RowTableModel

if TYPE_CHECKING:
    from cockpit.services.change_requests import ChangeRequestView

Index = QModelIndex | QPersistentModelIndex
WAITING = {S.SUBMITTED, S.SENT, S.CONFIRMED}  # someone owes the next step
CLOSED = {S.REJECTED, S.DONE}


class ChangeRequestModel(RowTableModel["ChangeRequestView"]):
    KEY, TITLE, STATE, HOURS, ESTIMATED_BY, SPRINT, CONFIRMATION, SINCE = range(8)

    def __init__(self, parent=None) -> None:  # type: ignore[no-untyped-def]
        super().__init__(parent)
        self.headers = [self.tr("Key"), self.tr("Change request"), self.tr("State"),
                        self.tr("Hours"), self.tr("Estimated by"), self.tr("Sprint"),
                        self.tr("Confirmation"), self.tr("In this state since")]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, column)
        if role == Qt.ItemDataRole.ForegroundRole and row.status in CLOSED:
            return QBrush(QColor(120, 120, 120))
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == self.TITLE and row.description:
                return row.description
            if column == self.CONFIRMATION and row.confirmation_label:
                return row.confirmation_label
        if role == Qt.ItemDataRole.UserRole:
            return row.id
        return None

    def _text(self, row: ChangeRequestView, column: int) -> str:
        if column == self.KEY:
            return row.key
        if column == self.TITLE:
            return row.title
        if column == self.STATE:
            return label(row.status)
        if column == self.HOURS:
            return f"{row.estimate_hours.normalize():f}" if row.estimate_hours is not None else ""
        if column == self.ESTIMATED_BY:
            return row.estimated_by
        if column == self.SPRINT:
            return row.target_sprint if row.status not in (S.SUBMITTED, S.ESTIMATED, S.SENT) \
                else ""
        if column == self.CONFIRMATION:
            if row.confirmed_on is None:
                return ""
            return f"{row.confirmed_on.isoformat()}  {row.confirmation_label}".strip()
        if column == self.SINCE:
            return _since(row.since) if row.since else ""
        return ""

    def row_of(self, cr_id: str) -> int | None:
        return next((i for i, r in enumerate(self.rows) if r.id == cr_id), None)


def _since(moment: datetime) -> str:
    return moment.astimezone().strftime("%Y-%m-%d %H:%M") if moment.tzinfo else \
        moment.replace(tzinfo=UTC).astimezone().strftime("%Y-%m-%d %H:%M")
