"""The project list: a table model over summaries, and a proxy that filters as you type."""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont

from cockpit.domain.enums import Health, ProjectStatus
from ui.labels import label
from ui.widgets.row_table_model import RowTableModel
from ui.widgets.status_icons import health_icon

if TYPE_CHECKING:
    from cockpit.domain.passport import ProjectSummary

Index = QModelIndex | QPersistentModelIndex
ID_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2
FILTER_ROLE = Qt.ItemDataRole.UserRole + 3

STATUS_ORDER = {s: i for i, s in enumerate(ProjectStatus)}
HEALTH_ORDER = {Health.RED: 0, Health.AMBER: 1, Health.GREEN: 2}


def fold(text: str) -> str:
    """For matching: full-width letters as typed with a Japanese input method (ＪＰ) equal
    JP, and case does not matter."""
    return unicodedata.normalize("NFKC", text).casefold()


class ProjectListModel(RowTableModel["ProjectSummary"]):
    CODE, NAME, CUSTOMER, STATUS, HEALTH, MANAGER, DEPARTMENT, ONBOARDING, END = range(9)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.rows: list[ProjectSummary] = []
        self._row_of: dict[str, int] = {}
        self.headers = [
            self.tr("Code"), self.tr("Name"), self.tr("Customer"), self.tr("Status"),
            self.tr("Health"), self.tr("Manager"), self.tr("Department"),
            self.tr("Onboarding"), self.tr("Ends"),
        ]

    def set_rows(self, rows: Sequence[ProjectSummary]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self._row_of = {r.id: i for i, r in enumerate(self.rows)}
        self.endResetModel()

    def row_of(self, project_id: str) -> int | None:
        return self._row_of.get(project_id)

    def upsert(self, summary: ProjectSummary) -> None:
        row = self._row_of.get(summary.id)
        if row is None:
            row = len(self.rows)
            self.beginInsertRows(QModelIndex(), row, row)
            self.rows.append(summary)
            self._row_of[summary.id] = row
            self.endInsertRows()
        else:
            self.rows[row] = summary
            self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))

    def remove(self, project_id: str) -> None:
        row = self._row_of.get(project_id)
        if row is None:
            return
        self.beginRemoveRows(QModelIndex(), row, row)
        del self.rows[row]
        self.endRemoveRows()
        self._row_of = {r.id: i for i, r in enumerate(self.rows)}

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        r = self.rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(r, col)
        if role == ID_ROLE:
            return r.id
        if role == SORT_ROLE:
            return self._sort_key(r, col)
        if role == FILTER_ROLE:
            return fold(" ".join((r.code, r.name, r.customer, r.department, r.manager)))
        if role == Qt.ItemDataRole.DecorationRole and col in (self.CODE, self.HEALTH):
            return health_icon(r.health)
        if role == Qt.ItemDataRole.ForegroundRole and r.archived:
            return QBrush(QColor(128, 128, 128))
        if role == Qt.ItemDataRole.FontRole and r.archived:
            font = QFont()
            font.setItalic(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(r)
        return None

    def _display(self, r: ProjectSummary, col: int) -> str:
        if col == self.CODE:
            return r.code
        if col == self.NAME:
            return r.name
        if col == self.CUSTOMER:
            return r.customer
        if col == self.STATUS:
            text = label(r.status)
            return f"{text} ({self.tr('archived')})" if r.archived else text
        if col == self.HEALTH:
            return label(r.health)
        if col == self.MANAGER:
            return r.manager
        if col == self.DEPARTMENT:
            return r.department
        if col == self.ONBOARDING:
            if not r.onboarding_total:
                return ""
            if r.onboarding_done == r.onboarding_total:
                return self.tr("done")
            return f"{r.onboarding_done}/{r.onboarding_total}"
        return r.end_date.isoformat() if r.end_date else ""

    def _sort_key(self, r: ProjectSummary, col: int) -> Any:
        if col == self.STATUS:
            return STATUS_ORDER[r.status]
        if col == self.HEALTH:
            return HEALTH_ORDER[r.health]
        if col == self.ONBOARDING:
            return r.onboarding_done / r.onboarding_total if r.onboarding_total else 2.0
        if col == self.END:
            return (r.end_date or date.max).toordinal()
        return self._display(r, col).casefold()

    def _tooltip(self, r: ProjectSummary) -> str:
        return f"{r.code} — {r.name}\n{r.customer}\n{label(r.status)} · {label(r.health)}"


class ProjectFilterProxy(QSortFilterProxyModel):
    """Case-insensitive match of every typed word against code, name, customer, department
    and manager; sorting by typed keys (health red first, dates in order)."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._words: list[str] = []
        self.setSortRole(SORT_ROLE)
        self.setDynamicSortFilter(True)

    def set_filter_text(self, text: str) -> None:
        self.beginFilterChange()
        self._words = fold(text).split()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:  # noqa: N802
        if not self._words:
            return True
        model = self.sourceModel()
        haystack = model.data(model.index(source_row, 0, source_parent), FILTER_ROLE)
        return all(word in haystack for word in self._words)
