"""A project's red flags as a read-only table: key, what, severity, who has it now and when
it moves up (in the customer's time), who raised it and when, open or resolved."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from cockpit.domain.red_flags import Severity
from ui.labels import label
from ui.widgets.row_table_model import RowTableModel

if TYPE_CHECKING:
    from datetime import datetime

    from cockpit.services.red_flags import Flag

Index = QModelIndex | QPersistentModelIndex
SEVERITY_TINT = {Severity.CRITICAL: QColor(255, 215, 215), Severity.HIGH: QColor(255, 232, 214)}


class RedFlagModel(RowTableModel["Flag"]):
    KEY, TITLE, SEVERITY, LEVEL, MOVES, RAISED_BY, RAISED, STATE = range(8)

    def __init__(self, parent=None) -> None:  # type: ignore[no-untyped-def]
        super().__init__(parent)
        self.zone = "UTC"  # the customer's: the path's times are theirs
        self.headers = [self.tr("Key"), self.tr("Red flag"), self.tr("Severity"),
                        self.tr("With"), self.tr("Moves up"), self.tr("Raised by"),
                        self.tr("Raised"), self.tr("State")]

    def set_flags(self, rows: list[Flag], zone: str) -> None:
        self.zone = zone
        self.set_rows(rows)

    def _when(self, moment: datetime | None) -> str:
        return moment.astimezone(ZoneInfo(self.zone)).strftime("%Y-%m-%d %H:%M") \
            if moment else ""

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        flag = self.rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(flag, column)
        if role == Qt.ItemDataRole.ForegroundRole and not flag.is_open:
            return QBrush(QColor(120, 120, 120))
        if role == Qt.ItemDataRole.BackgroundRole and flag.is_open \
                and flag.severity in SEVERITY_TINT:
            return QBrush(SEVERITY_TINT[flag.severity])
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == self.TITLE and flag.description:
                return flag.description
            if column == self.LEVEL and flag.people:
                return "\n".join(p.address() for p in flag.people)
        return None

    def _text(self, flag: Flag, column: int) -> str:
        if column == self.KEY:
            return flag.key
        if column == self.TITLE:
            return flag.title
        if column == self.SEVERITY:
            return label(flag.severity)
        if column == self.LEVEL:
            return label(flag.level)
        if column == self.MOVES:
            return self._when(flag.next_move.at) if flag.next_move else ""
        if column == self.RAISED_BY:
            return flag.raised_by
        if column == self.RAISED:
            return self._when(flag.raised_at)
        if column == self.STATE:
            return self.tr("Open") if flag.is_open else self.tr("Resolved %1").replace(
                "%1", self._when(flag.resolved_at)[:10])
        return ""

    def row_of(self, flag_id: str) -> int | None:
        return next((i for i, r in enumerate(self.rows) if r.id == flag_id), None)
