"""Today's list: one row per item owed, across all projects, in the engine's order (overdue,
then due today, then soon; by due moment within each). A proxy filters by project and text."""

from __future__ import annotations

import unicodedata
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from cockpit.care.items import CareItem, DueState
from ui.today.texts import action_text, state_text, what_text
from ui.widgets.row_table_model import RowTableModel
from ui.widgets.time_zones import day_text

Index = QModelIndex | QPersistentModelIndex
ITEM_ROLE = Qt.ItemDataRole.UserRole + 1
FILTER_ROLE = Qt.ItemDataRole.UserRole + 2
STATE_COLOURS = {DueState.OVERDUE: "#b91c1c", DueState.DUE: "#b45309", DueState.SOON: "#1d4ed8"}


def _fold(text: str) -> str:
    return unicodedata.normalize("NFKC", text).casefold()


def recipients_text(item: CareItem) -> str:
    """Names where there are names ("山田 太郎 <yamada@…>" → "山田 太郎"), else addresses."""
    names = []
    for r in item.recipients:
        name = r.split("<", 1)[0].strip().strip('"') if "<" in r else r
        names.append(name or r)
    return ", ".join(names)


class TodayModel(RowTableModel[CareItem]):
    STATE, PROJECT, WHAT, TO, DUE, SINCE, ACTION = range(7)

    def __init__(self, parent=None) -> None:  # type: ignore[no-untyped-def]
        super().__init__(parent)
        self.headers = [self.tr("State"), self.tr("Project"), self.tr("What is owed"),
                        self.tr("To whom"), self.tr("Due"), self.tr("Since"), self.tr("Action")]
        self.zone = ZoneInfo("UTC")  # the PM's
        self.names: dict[str, str] = {}

    def set_items(self, items: list[CareItem], zone: str, names: dict[str, str]) -> None:
        self.zone = ZoneInfo(zone)
        self.names = names
        self.set_rows(items)

    def item(self, row: int) -> CareItem:
        return self.rows[row]

    def due_text(self, item: CareItem) -> str:
        mine = item.due.astimezone(self.zone)
        text = day_text(mine, "%Y-%m-%d %H:%M")
        theirs = item.due.astimezone(ZoneInfo(item.customer_zone))
        if theirs.utcoffset() != mine.utcoffset():
            place = item.customer_zone.rsplit("/", 1)[-1].replace("_", " ")
            same_day = theirs.date() == mine.date()
            when = theirs.strftime("%H:%M") if same_day else day_text(theirs, "%H:%M")
            text += f"  ({place} {when})"
        return text

    def _since_text(self, moment: datetime | None) -> str:
        return day_text(moment.astimezone(self.zone), "%Y-%m-%d %H:%M") if moment else ""

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        item, column = self.rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(item, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == self.WHAT:
                return "\n".join(p for p in (what_text(item), item.detail) if p)
            if column == self.PROJECT:
                return self.names.get(item.project_id, item.project_code)
            if column == self.TO:
                return "\n".join(item.recipients) or None
            if column == self.DUE:
                return self.tr("Due %1 in the customer's zone (%2)").replace(
                    "%1", day_text(item.due.astimezone(ZoneInfo(item.customer_zone)),
                                   "%Y-%m-%d %H:%M")).replace("%2", item.customer_zone)
            return None
        if role == Qt.ItemDataRole.ForegroundRole and column in (self.STATE, self.DUE):
            return QBrush(QColor(STATE_COLOURS[item.state]))
        if role == Qt.ItemDataRole.FontRole and column == self.STATE \
                and item.state is DueState.OVERDUE:
            font = QFont()
            font.setBold(True)
            return font
        if role == ITEM_ROLE:
            return item
        if role == FILTER_ROLE:
            return _fold(" ".join((item.project_code, self.names.get(item.project_id, ""),
                                   what_text(item), item.detail, " ".join(item.recipients))))
        return None

    def _display(self, item: CareItem, column: int) -> str:
        if column == self.STATE:
            return state_text(item.state)
        if column == self.PROJECT:
            return item.project_code
        if column == self.WHAT:
            what = what_text(item)
            return f"{what} — {item.detail}" if item.detail and item.rule in (
                "eta_slipped", "urgent_update") else what
        if column == self.TO:
            if item.rule == "governance":
                return self.tr("(the project team)")  # meetings to plan, not a message
            return recipients_text(item) or self.tr("(no one on the map)")
        if column == self.DUE:
            return self.due_text(item)
        if column == self.SINCE:
            return self._since_text(item.since)
        return action_text(item)


class TodayFilter(QSortFilterProxyModel):
    """Rows of one project (or all) whose words contain every word typed."""

    def __init__(self, parent=None) -> None:  # type: ignore[no-untyped-def]
        super().__init__(parent)
        self.project_id: str | None = None
        self.words: list[str] = []

    def set_project(self, project_id: str | None) -> None:
        self.beginFilterChange()
        self.project_id = project_id
        self.endFilterChange()

    def set_text(self, text: str) -> None:
        self.beginFilterChange()
        self.words = _fold(text).split()
        self.endFilterChange()

    def filterAcceptsRow(self, row: int, parent: Index) -> bool:  # noqa: N802
        model = self.sourceModel()
        index = model.index(row, 0, parent)
        item = model.data(index, ITEM_ROLE)
        if self.project_id is not None and item.project_id != self.project_id:
            return False
        haystack = model.data(index, FILTER_ROLE)
        return all(w in haystack for w in self.words)
