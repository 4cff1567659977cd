"""A project's meeting series as a read-only table. A series whose coming meetings fall outside
a side's working days or hours (or on a holiday) is tinted, marked ⚠ and says why in its
tooltip; the last column tells how far the follow-up of its latest meeting got."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from cockpit.domain.cadence import series_starts
from cockpit.domain.meetings import Cadence, SeriesData
from ui.labels import label
from ui.meetings.meeting_flags import FLAG_TINT, WARNING_SIGN, follow_up_text, warnings_text
from ui.widgets.row_table_model import RowTableModel
from ui.widgets.time_zones import day_name

if TYPE_CHECKING:
    from cockpit.services.follow_ups import FollowUpState
    from cockpit.services.meeting_checks import MeetingWarning

Index = QModelIndex | QPersistentModelIndex


class SeriesListModel(RowTableModel[SeriesData]):
    TITLE, TYPE, REPEATS, TIME, NEXT, ATTENDEES, SENT, FOLLOW_UP = range(8)

    def __init__(self, parent=None) -> None:  # type: ignore[no-untyped-def]
        super().__init__(parent)
        self.rows: list[SeriesData] = []
        self.warnings: dict[str, list[MeetingWarning]] = {}
        self.follow_ups: dict[str, FollowUpState] = {}
        self.headers = [self.tr("Meeting"), self.tr("Type"), self.tr("Repeats"),
                        self.tr("Time"), self.tr("Next"), self.tr("Attendees"),
                        self.tr("Invitations"), self.tr("Last follow-up")]

    def set_overview(self, rows: list[SeriesData], warnings: dict[str, list[MeetingWarning]],
                     follow_ups: dict[str, FollowUpState]) -> None:
        self.warnings, self.follow_ups = warnings, follow_ups
        self.set_rows(rows)

    def set_follow_ups(self, follow_ups: dict[str, FollowUpState]) -> None:
        """Messages changed: only the follow-up column changes."""
        self.follow_ups = follow_ups
        if self.rows:
            column = self.FOLLOW_UP
            self.dataChanged.emit(self.index(0, column), self.index(len(self.rows) - 1, column))

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        series = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(series, index.column())
        if role == Qt.ItemDataRole.ForegroundRole and series.cancelled:
            return QBrush(QColor(140, 140, 140))
        if role == Qt.ItemDataRole.ForegroundRole and index.column() == self.SENT \
                and series.outlook_problem:
            return QBrush(QColor(176, 0, 32))
        warnings = self.warnings.get(series.id, [])
        if role == Qt.ItemDataRole.BackgroundRole and warnings:
            return QBrush(FLAG_TINT)
        if role == Qt.ItemDataRole.ToolTipRole:
            if index.column() == self.SENT and series.outlook_problem:
                return self.tr("Outlook refused it: %1").replace("%1", series.outlook_problem)
            tip = "\n".join(t for t in (warnings_text(warnings), series.objective) if t)
            return tip or None
        return None

    def _text(self, s: SeriesData, col: int) -> str:
        if col == self.TITLE:
            sign = f"{WARNING_SIGN} " if self.warnings.get(s.id) else ""
            return sign + s.title + (f" ({self.tr('cancelled')})" if s.cancelled else "")
        if col == self.TYPE:
            return label(s.type)
        if col == self.REPEATS:
            if s.cadence in (Cadence.EVERY_N_WEEKS, Cadence.EVERY_N_MONTHS):
                return label(s.cadence).replace("N", str(s.interval))
            return label(s.cadence)
        if col == self.TIME:
            return self.tr("%1 %2 · %3 min").replace("%1", f"{s.start_time:%H:%M}").replace(
                "%2", s.time_zone).replace("%3", str(s.duration_minutes))
        if col == self.NEXT:
            if s.cancelled:
                return ""
            now = datetime.now(UTC)
            upcoming = next(series_starts(s, now, now + timedelta(days=800)), None)
            if upcoming is None:
                return ""
            there = upcoming.astimezone(ZoneInfo(s.time_zone))
            return f"{there:%Y-%m-%d} {day_name(there)}"
        if col == self.ATTENDEES:
            return str(len(s.attendees))
        if col == self.SENT:
            return self._channel(s)
        return follow_up_text(self.follow_ups.get(s.id))

    def _channel(self, s: SeriesData) -> str:
        """How the invitations go out (one meeting, one invitation: .ics or Outlook)."""
        if s.outlook_problem:
            return self.tr("Outlook refused it")
        if s.in_outlook:
            return self.tr("by Outlook")
        if s.outlook:
            return self.tr("by Outlook: at the next sync")
        if s.sequence:
            return self.tr(".ics, update %1").replace("%1", str(s.sequence))
        return self.tr(".ics sent") if s.ics_sent else ""
