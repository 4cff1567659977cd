"""Messages as a read-only table: drafts, outbox and sent, one project's or every project's.

A message edited here and in Outlook at once is kept twice (``conflict_of`` names the other
version while both are unsent): its subject is marked and its tooltip says why, so the PM
compares the two and deletes the one not wanted."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtGui import QBrush, QColor

from cockpit.domain.messages import MessageState, MessageSummary
from ui.labels import label
from ui.widgets.row_table_model import RowTableModel

Index = QModelIndex | QPersistentModelIndex
FOLDERS: dict[str, frozenset[MessageState]] = {
    "drafts": frozenset({MessageState.DRAFT}),
    "outbox": frozenset({MessageState.READY, MessageState.FAILED}),
    "sent": frozenset({MessageState.SENT}),
    "all": frozenset(MessageState),
}
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
TWO_VERSIONS_MARK = "\u21c4"  # ⇄ before the subject of either version


class MessageListModel(RowTableModel[MessageSummary]):
    STATE, KIND, PROJECT, SUBJECT, TO, WHEN = range(6)

    def __init__(self, parent=None) -> None:  # type: ignore[no-untyped-def]
        super().__init__(parent)
        self.headers = [self.tr("State"), self.tr("Kind"), self.tr("Project"),
                        self.tr("Subject"), self.tr("To"), self.tr("Updated / sent")]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, column)
        if role == SORT_ROLE:
            if column == self.WHEN:
                return (row.sent_at or row.updated_at).isoformat()
            return self._text(row, column).removeprefix(f"{TWO_VERSIONS_MARK} ").casefold()
        if role == Qt.ItemDataRole.ForegroundRole and row.state is MessageState.FAILED:
            return QBrush(QColor(192, 57, 43))
        if role == Qt.ItemDataRole.ToolTipRole:
            if row.state is MessageState.FAILED and row.failure:
                return row.failure
            if row.conflict_of:
                return self.tr("Edited here and in Outlook: the other version is kept as a "
                               "separate draft.")
            return row.subject or None
        return None

    def _text(self, row: MessageSummary, column: int) -> str:
        if column == self.STATE:
            return label(row.state)
        if column == self.KIND:
            return label(row.kind)
        if column == self.PROJECT:
            return row.project_code
        if column == self.SUBJECT:
            subject = row.subject or self.tr("(no subject)")
            return f"{TWO_VERSIONS_MARK} {subject}" if row.conflict_of else subject
        if column == self.TO:
            return row.to.replace("\n", " ")
        when = row.sent_at or row.updated_at
        return when.astimezone().strftime("%Y-%m-%d %H:%M")


class MessageFilter(QSortFilterProxyModel):
    """One folder (drafts, outbox, sent, all) and the text typed in the search box."""

    def __init__(self, parent=None) -> None:  # type: ignore[no-untyped-def]
        super().__init__(parent)
        self.states = FOLDERS["all"]
        self.setSortRole(SORT_ROLE)
        self.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setFilterKeyColumn(-1)

    def set_folder(self, folder: str) -> None:
        self.beginFilterChange()
        self.states = FOLDERS[folder]
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:  # noqa: N802
        model = self.sourceModel()
        assert isinstance(model, MessageListModel)
        if model.rows[source_row].state not in self.states:
            return False
        return super().filterAcceptsRow(source_row, source_parent)
