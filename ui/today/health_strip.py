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
        # the satisfaction sparkline: the portfolio's CSAT, or the chosen project's
        self.trends: dict[str, list[float | None]] = {}
        self.falling: set[str] = set()
        self.trend_box = QWidget(self)  # placed by the panel, beside the day's counts
        self.trend_row = QHBoxLayout(self.trend_box)
        self.trend_row.setContentsMargins(0, 0, 0, 0)
        self.trend_label = QLabel(self.trend_box)
        self.trend_label.setStyleSheet("color: #444;")
        self.trend_row.addWidget(self.trend_label)
        self.sparkline: QWidget | None = None  # made when there is a trend to draw
        self.drawn = 0  # points drawn (for tests)

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
        self._draw_trend()
        self.project_chosen.emit(project_id)

    def set_trends(self, trends: dict[str, list[float | None]], falling: set[str]) -> None:
        """Twelve months of CSAT per project (the portfolio's under ""); ``falling``: the
        projects whose trend gives an early warning."""
        self.trends, self.falling = trends, falling
        self._draw_trend()

    def _draw_trend(self) -> None:
        key = self.chosen or ""
        values = self.trends.get(key) or []
        latest = next((v for v in reversed(values) if v is not None), None)
        if latest is None:
            self.trend_label.setText("")
            if self.sparkline is not None:
                self.sparkline.hide()
            return
        if self.sparkline is None:  # pyqtgraph is loaded here, after the first paint
            from ui.charts.sparkline import sparkline

            self.sparkline = sparkline(self.trend_box)
            self.trend_row.addWidget(self.sparkline)
        from ui.charts.sparkline import draw

        falling = key in self.falling if key else bool(self.falling)
        self.drawn = draw(self.sparkline, values, falling=key in self.falling)
        self.sparkline.show()
        text = self.tr("CSAT %1") if key else self.tr("Portfolio CSAT %1")
        self.trend_label.setText(text.replace("%1", f"{latest:.1f}"))
        tip = self.tr("Rolling 3-month CSAT mean over the last twelve months")
        if falling:
            tip += "\n" + (self.tr("Falling: an early warning is on the list") if key else
                           self.tr("Falling on %n project(s): see the early warnings", "",
                                   len(self.falling)))
        for widget in (self.trend_label, self.sparkline):
            widget.setToolTip(tip)
