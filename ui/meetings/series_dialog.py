"""Create or edit one meeting series: cadence, time and zone, place, organiser, attendees,
reminder and agenda template. Shows the next meeting in both sides' zones as you type."""

from __future__ import annotations

import copy
from collections.abc import Callable
from datetime import UTC, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from cockpit.domain.meetings import (
    AttendeeData,
    AttendeeRole,
    Cadence,
    PartStat,
    SeriesData,
    SeriesType,
)
from cockpit.errors import KnownError
from ui.widgets.form_fields import (
    DateField,
    EnumField,
    Field,
    IntField,
    MultiLineField,
    TextField,
    TimeZoneField,
)
from ui.widgets.parse_error import ParseError
from ui.widgets.record_table import RecordTable
from ui.widgets.record_table_model import Column, Kind
from ui.widgets.time_zones import day_text


class TimeField(TextField):
    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent, "HH:MM")
        self.edit.setMaximumWidth(90)

    def _show(self, value: object) -> None:
        self.edit.setText(value.strftime("%H:%M") if isinstance(value, time) else "")

    def value(self) -> time:
        from cockpit.domain.problems import Problem

        try:
            hours, minutes = self.edit.text().strip().split(":")
            return time(int(hours), int(minutes))
        except ValueError:
            raise ParseError(Problem.BAD_DATE) from None


class SeriesDialog(QDialog):
    """``people``: (name, person_id, time zone) of the project's people; ``templates``:
    (name, id) of the agenda templates; ``my_zone``: the PM's zone for the time line."""

    def __init__(self, series: SeriesData, people: list[tuple[str, str, str]],
                 templates: list[tuple[str, str]], my_zone: str,
                 parent: QWidget | None = None,
                 checker: Callable[[SeriesData], list[Any]] | None = None) -> None:
        """``checker(series)`` returns the working-hours/holiday warnings of a series."""
        super().__init__(parent)
        self.checker = checker
        self.series = copy.deepcopy(series)
        self.people = people
        self.my_zone = my_zone
        self.setWindowTitle(self.tr("Meeting series"))
        self.resize(900, 720)
        names = {pid: name for name, pid, _zone in people}
        self.rule = TextField(self)  # its placeholder: see _show_rule
        self.f: dict[str, Field] = {
            "title": TextField(self, self.tr("e.g. JP-104 Weekly status")),
            "type": EnumField(self, SeriesType),
            "objective": MultiLineField(self, self.tr("What this meeting is for")),
            "cadence": EnumField(self, Cadence),
            "interval": IntField(self),
            "custom_rrule": self.rule,
            "first_date": DateField(self),
            "start_time": TimeField(self),
            "time_zone": TimeZoneField(self),
            "duration_minutes": IntField(self),
            "until": DateField(self),
            "location": TextField(self, self.tr("Room or address")),
            "online_url": TextField(self, "https://…"),
            "organizer_person_id": EnumField(self, items=[(self.tr("(nobody)"), None)] + [
                (name, pid) for name, pid, _zone in people]),
            "reminder_minutes": IntField(self),
            "agenda_template_id": EnumField(self, items=[(self.tr("(default for the type)"),
                                                          None)] + templates),
        }
        self.f["objective"].input.setMaximumHeight(60)
        when = QGroupBox(self.tr("When"), self)
        when_form = QFormLayout(when)
        for key, text in (("cadence", self.tr("Repeats:")), ("interval", self.tr("Every N:")),
                          ("custom_rrule", self.tr("Rule:")),
                          ("first_date", self.tr("First meeting:")),
                          ("start_time", self.tr("Time:")), ("time_zone", self.tr("Time zone:")),
                          ("duration_minutes", self.tr("Minutes:")),
                          ("until", self.tr("Last date:"))):
            when_form.addRow(text, self.f[key].widget)
        self.times = QLabel(self)
        self.times.setWordWrap(True)
        self.times.setStyleSheet("color: #444;")
        when_form.addRow("", self.times)
        self.warnings = QLabel(self)
        self.warnings.setWordWrap(True)
        self.warnings.setStyleSheet("color: #8a5300;")
        when_form.addRow("", self.warnings)
        # the checks read the store and render the agenda: once typing pauses, not per key
        self._pending: SeriesData | None = None
        self._check_timer = QTimer(self)
        self._check_timer.setSingleShot(True)
        self._check_timer.setInterval(400)
        self._check_timer.timeout.connect(lambda: self._pending is not None
                                          and self._show_warnings(self._pending))
        what = QGroupBox(self.tr("Meeting"), self)
        what_form = QFormLayout(what)
        for key, text in (("title", self.tr("Title:")), ("type", self.tr("Type:")),
                          ("objective", self.tr("Objective:")),
                          ("location", self.tr("Location:")),
                          ("online_url", self.tr("Online link:")),
                          ("organizer_person_id", self.tr("Organiser:")),
                          ("reminder_minutes", self.tr("Reminder (minutes before):")),
                          ("agenda_template_id", self.tr("Agenda template:"))):
            what_form.addRow(text, self.f[key].widget)
        self.outlook = QCheckBox(self.tr("Send the invitations through Outlook"), self)
        self.outlook.setChecked(self.series.outlook)
        self.outlook_note = QLabel(self)
        self.outlook_note.setWordWrap(True)
        self.outlook_note.setStyleSheet("color: #444;")
        what_form.addRow(self.tr("Invitations:"), self.outlook)
        what_form.addRow("", self.outlook_note)
        self._show_channel()
        columns = [
            Column("person_id", self.tr("Person"), Kind.CHOICE,
                   choices=lambda: [(name, pid) for name, pid, _z in people], width=260),
            Column("role", self.tr("Role"), Kind.ENUM, enum=AttendeeRole, width=110),
            Column("partstat", self.tr("Answer"), Kind.ENUM, enum=PartStat, width=120),
        ]
        first = people[0][1] if people else ""
        self.attendees = RecordTable(columns, lambda: AttendeeData(person_id=first),
                                     self.tr("Add attendee"), self)
        self.attendees.set_records(self.series.attendees)
        for pid in {a.person_id for a in self.series.attendees} - set(names):
            people.append((pid, pid, "UTC"))  # someone imported who is not a member
        attendees_box = QGroupBox(self.tr("Attendees"), self)
        QVBoxLayout(attendees_box).addWidget(self.attendees)
        self.problem = QLabel(self)
        self.problem.setStyleSheet("color: #b00020;")
        self.problem.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel, self)
        top = QHBoxLayout()
        top.addWidget(what, 3)
        top.addWidget(when, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(attendees_box, 1)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        for name, field in self.f.items():
            field.set_value(getattr(self.series, name))
            field.changed.connect(self._refresh)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self._refresh()

    def _show_channel(self) -> None:
        """One meeting, one invitation: say which way this series is invited, and why the
        other way is closed."""
        s = self.series
        if s.in_outlook:
            self.outlook.setEnabled(False)
            text = self.tr("Outlook holds this meeting and sends its invitations and updates. "
                           "An .ics saved from here carries Outlook's UID, so it updates the "
                           "same meeting.")
        elif s.ics_sent and not s.outlook:
            self.outlook.setEnabled(False)
            text = self.tr("The invitations went out as an .ics file: keep sending its "
                           "updates as .ics. Outlook would invite everyone a second time "
                           "under another UID.")
        elif s.outlook:
            text = self.tr("Outlook creates the meeting and invites the attendees at the next "
                           "sync.")
        else:
            text = self.tr("Tick to let Outlook create the meeting and send the invitations "
                           "at the next sync, instead of sending .ics files yourself.")
        if s.outlook_problem:
            text += "\n" + self.tr("Outlook refused it: %1").replace("%1", s.outlook_problem)
        self.outlook_note.setText(text)

    def result_series(self) -> SeriesData:
        """The series as edited (``ParseError`` if some text is not a value)."""
        data = copy.deepcopy(self.series)
        data.outlook = self.outlook.isChecked()
        for name, field in self.f.items():
            setattr(data, name, field.value())
        data.interval = data.interval or 1
        data.custom_rrule = data.custom_rrule.strip()
        data.title = data.title.strip()
        data.attendees = self.attendees.records()
        return data

    def _show_rule(self, series: SeriesData | None) -> None:
        """The rule field is typed into only for a custom cadence; greyed, it shows the rule
        "Repeats" makes (or nothing), never an example that reads like a real rule."""
        from cockpit.domain.cadence import CadenceError, rrule_text

        custom = self.f["cadence"].value() is Cadence.CUSTOM
        self.rule.edit.setEnabled(custom)
        if custom:
            self.rule.edit.setPlaceholderText(self.tr("Custom rule, e.g. %1")
                                              .replace("%1", "FREQ=WEEKLY;BYDAY=TU"))
            return
        try:
            rule = rrule_text(series) if series is not None else ""
        except (CadenceError, ValueError):
            rule = ""
        self.rule.edit.setPlaceholderText(
            self.tr("Set by “Repeats”: %1").replace("%1", rule) if rule else "")

    def _refresh(self) -> None:
        self.f["interval"].input.setEnabled(self.f["cadence"].value() in (
            Cadence.EVERY_N_WEEKS, Cadence.EVERY_N_MONTHS))
        try:
            series = self.result_series()
        except ParseError:
            self._show_rule(None)
            self.times.clear()
            return
        self._show_rule(series)
        try:
            from cockpit.domain.cadence import series_starts
            from cockpit.domain.meeting_rules import validate_series

            validate_series(series)
        except ParseError:
            self.times.clear()
            return
        except (KnownError, ValueError) as exc:  # SeriesProblem / CadenceError: shown
            self.times.clear()
            self.problem.setText(self._problem_text(exc))
            return
        self.problem.clear()
        now = datetime.now(UTC)
        upcoming = next(series_starts(series, now, now + timedelta(days=800)), None)
        if upcoming is None:
            self.times.setText(self.tr("No meeting ahead."))
            return
        there = upcoming.astimezone(ZoneInfo(series.time_zone))
        here = upcoming.astimezone(ZoneInfo(self.my_zone))
        self.times.setText(self.tr("Next: %1 (%2) · for you %3 (%4)")
                           .replace("%1", day_text(there, "%Y-%m-%d %H:%M"))
                           .replace("%2", series.time_zone)
                           .replace("%3", day_text(here, "%H:%M"))
                           .replace("%4", self.my_zone))
        self._pending = series
        self._check_timer.start()

    def _show_warnings(self, series: SeriesData) -> None:
        if self.checker is None:
            return
        try:
            found = self.checker(series)
        except (KnownError, ValueError):
            found = []
        texts = {
            "outside_vendor_hours": self.tr("⚠ Outside the vendor side's working hours from "
                                            "%1 (%2 meetings): %3"),
            "outside_customer_hours": self.tr("⚠ Outside the customer's working hours from %1 "
                                              "(%2 meetings): %3"),
            "holiday": self.tr("⚠ On a public holiday of the customer's country: %1 (%2 "
                               "meetings): %3"),
            "agenda_too_long": self.tr("⚠ The agenda's items take longer than the meeting "
                                       "(%1, %2): %3"),
        }
        lines = [texts.get(str(w.kind.value), "%1 %2 %3")
                 .replace("%1", day_text(w.first, "%Y-%m-%d"))
                 .replace("%2", str(w.count)).replace("%3", w.detail) for w in found]
        self.warnings.setText("\n".join(lines))

    def _problem_text(self, exc: Exception) -> str:
        field = getattr(exc, "field", "")
        texts = {
            "title": self.tr("A meeting needs a title."),
            "first_date": self.tr("Choose the date of the first meeting."),
            "time_zone": self.tr("Choose a known time zone."),
            "duration_minutes": self.tr("A meeting lasts 5 minutes to 12 hours."),
            "interval": self.tr("Repeat every 1 or more."),
            "online_url": self.tr("The online link is not a web address."),
            "reminder_minutes": self.tr("A reminder is 0 minutes to 7 days before."),
            "until": self.tr("The last date is before the first meeting."),
            "custom_rrule": self.tr("The custom rule cannot be used."),
            "attendees": self.tr("Check the attendees: someone is listed twice or has no "
                                 "valid e-mail."),
        }
        return texts.get(field, self.tr("Check the fields.")) + f"  ({exc})"

    def accept(self) -> None:
        self.attendees.commit_pending_edit()
        try:
            series = self.result_series()
            from cockpit.domain.meeting_rules import validate_series

            validate_series(series)
        except ParseError:
            self.problem.setText(self.tr("Some fields need attention."))
            return
        except (KnownError, ValueError) as exc:
            self.problem.setText(self._problem_text(exc))
            return
        self.series = series
        super().accept()
