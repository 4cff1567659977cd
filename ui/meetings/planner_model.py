"""Occurrences of a week, across projects, as a table: in your zone and the meeting's."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from cockpit.domain.meetings import OccurrenceState
from ui.labels import label
from ui.widgets.row_table_model import RowTableModel
from ui.widgets.time_zones import day_name, day_text

if TYPE_CHECKING:
    from cockpit.services.occurrences import OccurrenceView

Index = QModelIndex | QPersistentModelIndex


class PlannerModel(RowTableModel["OccurrenceView"]):
    DAY, HERE, THERE, PROJECT, MEETING, STATE, MINUTES = range(7)

    def __init__(self, my_zone: str, parent=None) -> None:  # type: ignore[no-untyped-def]
        super().__init__(parent)
        self.my_zone = ZoneInfo(my_zone)
        self.rows: list[OccurrenceView] = []
        self.headers = [self.tr("Day"), self.tr("Your time"), self.tr("Their time"),
                        self.tr("Project"), self.tr("Meeting"), self.tr("State"),
                        self.tr("Minutes")]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        view = self.rows[index.row()]
        occurrence = view.occurrence
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(view, index.column())
        cancelled = occurrence.state is OccurrenceState.CANCELLED
        if role == Qt.ItemDataRole.ForegroundRole and cancelled:
            return QBrush(QColor(150, 150, 150))
        if role == Qt.ItemDataRole.FontRole and cancelled:
            font = QFont()
            font.setStrikeOut(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole and occurrence.state is OccurrenceState.MOVED:
            planned = occurrence.original_start.astimezone(ZoneInfo(view.time_zone))
            return self.tr("Moved from %1").replace("%1", day_text(planned, "%Y-%m-%d %H:%M"))
        return None

    def _text(self, view: OccurrenceView, col: int) -> str:
        here = view.occurrence.start.astimezone(self.my_zone)
        there = view.occurrence.start.astimezone(ZoneInfo(view.time_zone))
        if col == self.DAY:
            return day_text(here, "%Y-%m-%d")
        if col == self.HERE:
            end = view.end.astimezone(self.my_zone)
            return f"{here:%H:%M}–{end:%H:%M}"
        if col == self.THERE:
            return f"{there:%H:%M} {view.time_zone}" + (
                f" ({day_name(there)})" if there.date() != here.date() else "")
        if col == self.PROJECT:
            return view.project_code
        if col == self.MEETING:
            return view.title
        if col == self.STATE:
            return label(view.occurrence.state)
        return self.tr("yes") if view.has_minutes else ""
