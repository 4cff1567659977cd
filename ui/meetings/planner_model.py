"""Occurrences of a week, across projects, as a table: in your zone and the meeting's."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from cockpit.domain.meetings import OccurrenceState
from ui.labels import label
from ui.meetings.meeting_flags import FLAG_TINT, WARNING_SIGN, flags_text, follow_up_text
from ui.widgets.row_table_model import RowTableModel
from ui.widgets.time_zones import day_name, day_text

if TYPE_CHECKING:
    from datetime import datetime

    from cockpit.services.follow_ups import FollowUpState
    from cockpit.services.meeting_checks import MeetingFlag
    from cockpit.services.occurrences import OccurrenceView
    from ui.meetings.planner_ops import PlannerWeek

Index = QModelIndex | QPersistentModelIndex


class PlannerModel(RowTableModel["OccurrenceView"]):
    """A meeting outside a side's working days or hours (or on a holiday) is tinted, marked
    ⚠ and says why in its tooltip; the last column tells how far its follow-up got."""

    DAY, HERE, THERE, PROJECT, MEETING, STATE, MINUTES, FOLLOW_UP = range(8)

    def __init__(self, my_zone: str, parent=None) -> None:  # type: ignore[no-untyped-def]
        super().__init__(parent)
        self.my_zone = ZoneInfo(my_zone)
        self.rows: list[OccurrenceView] = []
        self.meeting_flags: dict[tuple[str, datetime], list[MeetingFlag]] = {}
        self.follow_ups: dict[tuple[str, datetime], FollowUpState] = {}
        self.headers = [self.tr("Day"), self.tr("Your time"), self.tr("Their time"),
                        self.tr("Project"), self.tr("Meeting"), self.tr("State"),
                        self.tr("Minutes"), self.tr("Follow-up")]

    def set_week(self, week: PlannerWeek, rows: list[OccurrenceView]) -> None:
        """``rows`` of ``week`` (the cancelled ones may be left out)."""
        self.meeting_flags, self.follow_ups = week.flags, week.follow_ups
        self.set_rows(rows)

    def set_follow_ups(self, follow_ups: dict[tuple[str, datetime], FollowUpState]) -> None:
        """Messages changed: only the follow-up column (and the tooltips) change."""
        self.follow_ups = follow_ups
        if self.rows:
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(len(self.rows) - 1, self.FOLLOW_UP))

    def flags_of(self, view: OccurrenceView) -> list[MeetingFlag]:
        return self.meeting_flags.get((view.series_id, view.occurrence.original_start), [])

    def follow_up_of(self, view: OccurrenceView) -> FollowUpState | None:
        return self.follow_ups.get((view.series_id, view.occurrence.original_start))

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
        flags = self.flags_of(view)
        if role == Qt.ItemDataRole.BackgroundRole and flags:
            return QBrush(FLAG_TINT)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tip(view, flags) or None
        return None

    def _tip(self, view: OccurrenceView, flags: list[MeetingFlag]) -> str:
        occurrence = view.occurrence
        lines = [flags_text(flags)] if flags else []
        if occurrence.state is OccurrenceState.MOVED:
            planned = occurrence.original_start.astimezone(ZoneInfo(view.time_zone))
            lines.append(self.tr("Moved from %1").replace(
                "%1", day_text(planned, "%Y-%m-%d %H:%M")))
        follow_up = self.follow_up_of(view)
        if follow_up is not None and follow_up.others:
            lines.append(self.tr("%1 more follow-up(s) of this meeting").replace(
                "%1", str(follow_up.others)))
        return "\n".join(lines)

    def _text(self, view: OccurrenceView, col: int) -> str:
        here = view.occurrence.start.astimezone(self.my_zone)
        there = view.occurrence.start.astimezone(ZoneInfo(view.time_zone))
        if col == self.DAY:
            sign = f"{WARNING_SIGN} " if self.flags_of(view) else ""
            return sign + day_text(here, "%Y-%m-%d")
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
            held = view.occurrence.held
            if held is None:
                return label(view.occurrence.state)
            return self.tr("held") if held else self.tr("not held")
        if col == self.MINUTES:
            return self.tr("yes") if view.has_minutes else ""
        return follow_up_text(self.follow_up_of(view))
