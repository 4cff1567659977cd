"""Settings → Care rules and calendars: the PM's own calendar (zone, country for public
holidays, working hours), the company's days off, and every care rule's company default.
What it edits is shown in ``ui.care.ops.CareSettings``; saving is the controller's part."""

from __future__ import annotations

from datetime import date, time

from PySide6.QtCore import QDate, QTime
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from cockpit.services.care_settings import PmCalendar
from ui.care.ops import CareSettings
from ui.care.rule_rows import RuleRows
from ui.widgets.form_fields import TimeZoneField


def _qtime(value: time) -> QTime:
    return QTime(value.hour, value.minute)


class CareSettingsDialog(QDialog):
    def __init__(self, settings: CareSettings, system_zone: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Care rules and calendars"))
        tabs = QTabWidget(self)
        # --- the PM's calendar
        calendar = QWidget(self)
        form = QFormLayout(calendar)
        intro = QLabel(self.tr(
            "When you work: Today says what is due before your day ends, and a customer's "
            "promise that falls on your day off is due on your last working day before it."),
            calendar)
        intro.setWordWrap(True)
        form.addRow(intro)
        self.zone = TimeZoneField(calendar)
        stored = settings.calendar
        self.zone.set_value(stored.zone if settings.calendar_stored else system_zone)
        form.addRow(self.tr("Your time &zone:"), self.zone.widget)
        self.country = QLineEdit(stored.country, calendar)
        self.country.setPlaceholderText(self.tr("PL, DE, JP…"))
        self.country.setMaxLength(2)
        self.country.setMaximumWidth(80)
        self.country.setToolTip(self.tr("Your country's public holidays are your days off"))
        form.addRow(self.tr("Public holidays of:"), self.country)
        hours = QHBoxLayout()
        self.start = QTimeEdit(_qtime(stored.start), calendar)
        self.end = QTimeEdit(_qtime(stored.end), calendar)
        for edit in (self.start, self.end):
            edit.setDisplayFormat("HH:mm")
        hours.addWidget(self.start)
        hours.addWidget(QLabel("–", calendar))
        hours.addWidget(self.end)
        hours.addStretch(1)
        form.addRow(self.tr("Working hours:"), hours)
        tabs.addTab(calendar, self.tr("Your &calendar"))
        # --- the company's days off
        days = QWidget(self)
        box = QVBoxLayout(days)
        note = QLabel(self.tr(
            "Days the whole company is closed (a company holiday, the days between Christmas "
            "and New Year). They are days off on both sides: what falls on one is due on the "
            "next open day."), days)
        note.setWordWrap(True)
        box.addWidget(note)
        self.days = QListWidget(days)
        for day in settings.days_off:
            self.days.addItem(day.isoformat())
        box.addWidget(self.days, 1)
        row = QHBoxLayout()
        self.day = QDateEdit(QDate.currentDate(), days)
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("yyyy-MM-dd")
        self.add_day = QPushButton(self.tr("Add day"), days)
        self.remove_day = QPushButton(self.tr("Remove"), days)
        row.addWidget(self.day)
        row.addWidget(self.add_day)
        row.addWidget(self.remove_day)
        row.addStretch(1)
        box.addLayout(row)
        self.add_day.clicked.connect(self._add_day)
        self.remove_day.clicked.connect(self._remove_day)
        tabs.addTab(days, self.tr("Company &days off"))
        # --- the rules' company defaults
        self.rules = RuleRows(per_project=False)
        self.rules.set_settings(settings.rules)
        area = QScrollArea(self)
        area.setWidget(self.rules)
        area.setWidgetResizable(True)
        tabs.addTab(area, self.tr("&Rules"))
        rules_note = QLabel(self.tr(
            "These are the company's defaults; a project's passport (Care rules tab) can set "
            "its own."), self)
        rules_note.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(tabs)
        layout.addWidget(rules_note)
        layout.addWidget(buttons)
        self.tabs = tabs
        self.resize(760, 520)

    def _add_day(self) -> None:
        text = self.day.date().toString("yyyy-MM-dd")
        shown = [self.days.item(i).text() for i in range(self.days.count())]
        if text not in shown:
            self.days.clear()
            self.days.addItems(sorted([*shown, text]))

    def _remove_day(self) -> None:
        for item in self.days.selectedItems():
            self.days.takeItem(self.days.row(item))

    def chosen(self) -> CareSettings:
        start, end = self.start.time(), self.end.time()
        calendar = PmCalendar(self.zone.value(), self.country.text().strip().upper(),
                              time(start.hour(), start.minute()), time(end.hour(), end.minute()))
        days = [date.fromisoformat(self.days.item(i).text()) for i in range(self.days.count())]
        return CareSettings(calendar, True, days, self.rules.settings())
