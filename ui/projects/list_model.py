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
from ui.widgets.status_icons import health_icon, warning_icon

if TYPE_CHECKING:
    from cockpit.domain.passport import ProjectSummary
    from cockpit.domain.signals import HealthSignal

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
    """The columns a PM scans first (health dot and code, warnings, name, customer, status,
    end date), then the ones shown on request (health in words, manager, department,
    onboarding)."""

    (CODE, SIGNALS, NAME, CUSTOMER, STATUS, END, HEALTH, MANAGER, DEPARTMENT,
     ONBOARDING) = range(10)
    HIDDEN_BY_DEFAULT = (HEALTH, MANAGER, DEPARTMENT, ONBOARDING)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.rows: list[ProjectSummary] = []
        self._row_of: dict[str, int] = {}
        self.signals: dict[str, list[HealthSignal]] = {}  # project id -> what its data shows
        self.headers = [
            self.tr("Code"), self.tr("Warnings"), self.tr("Name"), self.tr("Customer"),
            self.tr("Status"), self.tr("Ends"), self.tr("Health"), self.tr("Manager"),
            self.tr("Department"), self.tr("Onboarding"),
        ]

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and section == self.SIGNALS:
            # a narrow column: the warning sign for a header, its name in the tooltip
            if role == Qt.ItemDataRole.DisplayRole:
                return ""
            if role == Qt.ItemDataRole.DecorationRole:
                return warning_icon()
            if role == Qt.ItemDataRole.ToolTipRole:
                return self.tr("Warnings from the project's data: overdue invoices, tasks "
                               "past their ETA, messages that failed to send, overdue "
                               "onboarding steps")
        return super().headerData(section, orientation, role)

    def set_rows(self, rows: Sequence[ProjectSummary]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self._row_of = {r.id: i for i, r in enumerate(self.rows)}
        self.endResetModel()

    def set_signals(self, signals: dict[str, list[HealthSignal]]) -> None:
        """Every project's signals at once (those not named have none)."""
        self.signals = dict(signals)
        if self.rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.rows) - 1,
                                                               self.columnCount() - 1))

    def signals_of(self, project_id: str) -> list[HealthSignal]:
        return self.signals.get(project_id, [])

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
        if role == Qt.ItemDataRole.DecorationRole:
            if col in (self.CODE, self.HEALTH):
                return health_icon(r.health)
            if col == self.SIGNALS and self.signals.get(r.id):
                return warning_icon()
            return None
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
        plain = {self.CODE: r.code, self.NAME: r.name, self.CUSTOMER: r.customer,
                 self.MANAGER: r.manager, self.DEPARTMENT: r.department}
        if col in plain:
            return plain[col]
        if col == self.SIGNALS:
            count = len(self.signals.get(r.id, ()))
            return str(count) if count else ""
        if col == self.STATUS:
            return self._status(r)
        if col == self.END:
            return r.end_date.isoformat() if r.end_date else ""
        if col == self.HEALTH:
            return label(r.health)
        return self._onboarding(r)

    def _status(self, r: ProjectSummary) -> str:
        text = label(r.status)
        return f"{text} ({self.tr('archived')})" if r.archived else text

    def _onboarding(self, r: ProjectSummary) -> str:
        if not r.onboarding_total:
            return ""
        if r.onboarding_done == r.onboarding_total:
            return self.tr("done")
        return f"{r.onboarding_done}/{r.onboarding_total}"

    def _sort_key(self, r: ProjectSummary, col: int) -> Any:
        if col == self.SIGNALS:
            return -len(self.signals.get(r.id, ()))  # most warnings first
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
        from ui.projects.signal_text import signals_tooltip

        text = f"{r.code} — {r.name}\n{r.customer}\n{label(r.status)} · {label(r.health)}"
        warnings = signals_tooltip(self.signals.get(r.id, []))
        return f"{text}\n\n{warnings}" if warnings else text


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
