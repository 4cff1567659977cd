"""A compact row of each project's standing: its code, how many items are overdue and when the
next one falls due. A click shows only that project's rows; "All projects" shows them all."""

from __future__ import annotations

from zoneinfo import ZoneInfo

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QLabel, QToolButton, QWidget

from cockpit.care.health import ProjectHealth
from ui.widgets.time_zones import day_text

SHOWN = 10  # projects shown; the rest are counted
STYLE = ("QToolButton { border: 1px solid #d4d4d8; border-radius: 4px; padding: 2px 8px; }"
         "QToolButton:checked { background: #e0e7ff; border-color: #6366f1; }"
         "QToolButton[overdue=\"true\"] { border-color: #dc2626; color: #991b1b; }")


class HealthStrip(QWidget):
    project_chosen = Signal(object)  # a project id, or None for all

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("healthStrip")
        self.setStyleSheet(STYLE)
        self.row = QHBoxLayout(self)
        self.row.setContentsMargins(0, 0, 0, 0)
        self.row.setSpacing(4)
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        self.buttons: dict[str | None, QToolButton] = {}
        self.more = QLabel(self)
        self.chosen: str | None = None

    def set_health(self, health: list[ProjectHealth], zone: str) -> None:
        for button in self.buttons.values():
            self.group.removeButton(button)
            button.deleteLater()
        self.buttons = {}
        while self.row.count():
            self.row.takeAt(0)
        tz = ZoneInfo(zone)
        self._add(None, self.tr("All projects"), self.tr("Every project's items"), False)
        for h in health[:SHOWN]:
            parts = [h.code]
            if h.overdue:
                parts.append(self.tr("%1 overdue").replace("%1", str(h.overdue)))
            if h.next_due is not None:
                parts.append(self.tr("next %1").replace(
                    "%1", day_text(h.next_due.astimezone(tz), "%H:%M")))
            tip = self.tr("%1 overdue, %2 due today, %3 soon").replace(
                "%1", str(h.overdue)).replace("%2", str(h.due)).replace("%3", str(h.soon))
            self._add(h.project_id, " · ".join(parts), tip, h.overdue > 0)
        self.row.addWidget(self.more)
        rest = len(health) - SHOWN
        self.more.setText(self.tr("+%1 more").replace("%1", str(rest)) if rest > 0 else "")
        self.row.addStretch(1)
        if self.chosen not in self.buttons:
            self.chosen = None
        self.buttons[self.chosen].setChecked(True)

    def _add(self, project_id: str | None, text: str, tip: str, overdue: bool) -> None:
        button = QToolButton(self)
        button.setText(text)
        button.setToolTip(tip)
        button.setCheckable(True)
        button.setProperty("overdue", "true" if overdue else "false")
        button.clicked.connect(lambda: self._choose(project_id))
        self.group.addButton(button)
        self.row.addWidget(button)
        self.buttons[project_id] = button

    def _choose(self, project_id: str | None) -> None:
        self.chosen = project_id
        self.project_chosen.emit(project_id)
