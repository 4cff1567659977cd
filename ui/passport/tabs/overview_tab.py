"""Overview: identity, status and health, customer and calendar facts, notes."""

from __future__ import annotations

from dataclasses import fields as dc_fields
from datetime import datetime
from zoneinfo import ZoneInfo

from PySide6.QtCore import QStringListModel, Qt, QTimer
from PySide6.QtWidgets import (
    QCompleter,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QWidget,
)

from cockpit.domain.enums import Health, Language, ProjectStatus
from cockpit.domain.passport import Passport, ProjectFields
from cockpit.domain.signals import HealthSignal
from cockpit.domain.validation import Issue
from ui.labels import label
from ui.passport.tabs.base import PassportTab
from ui.widgets.form_fields import (
    DateField,
    EnumField,
    Field,
    IntField,
    MultiLineField,
    TextField,
    TimeZoneField,
    UpperTextField,
)


class OverviewTab(PassportTab):
    prefixes = ("fields.",)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.f: dict[str, Field] = {
            "code": TextField(self, self.tr("e.g. JP-101")),
            "name": TextField(self, self.tr("Project name")),
            "customer": TextField(self, self.tr("Customer organisation")),
            "department": TextField(self, self.tr("Department that runs the project")),
            "description": MultiLineField(self, self.tr("Short description")),
            "status": EnumField(self, ProjectStatus),
            "health": EnumField(self, Health),
            "start_date": DateField(self),
            "end_date": DateField(self),
            "customer_time_zone": TimeZoneField(self),
            "working_days_country": UpperTextField(self, self.tr("JP, DE, US…")),
            "sprint_length_weeks": EnumField(self, items=[
                (self.tr("One week"), 1), (self.tr("Two weeks"), 2)]),
            "language": EnumField(self, items=[
                (self.tr("English"), Language.EN), (self.tr("日本語"), Language.JA)]),
            "notes": MultiLineField(self, self.tr("Free-form notes about this project")),
            "escalation_project_days": IntField(self),
            "escalation_department_days": IntField(self),
        }
        for name in ("escalation_project_days", "escalation_department_days"):
            self.f[name].input.setMaximumWidth(50)
            self.f[name].widget.setToolTip(self.tr(
                "Working days of the customer's calendar before a red flag not resolved at "
                "this level moves up the escalation path (1–30)"))
        self.f["language"].widget.setToolTip(self.tr(
            "The language the customer is written to in: new messages and agendas start from "
            "the default templates in this language"))
        self.f["description"].input.setMaximumHeight(70)
        # the row keeps its height when the group is taller: the box stays by its label
        self.f["description"].widget.setSizePolicy(QSizePolicy.Policy.Preferred,
                                                   QSizePolicy.Policy.Maximum)
        self.f["working_days_country"].input.setMaximumWidth(80)
        self.archived_label = QLabel(self.tr("This project is archived."), self)
        self.archived_label.setStyleSheet("color: #8a6d00; font-weight: bold;")
        self.archived_label.hide()

        identity = QGroupBox(self.tr("Project"), self)
        form = QFormLayout(identity)
        form.addRow(self.tr("&Code:"), self.f["code"].widget)
        form.addRow(self.tr("&Name:"), self.f["name"].widget)
        form.addRow(self.tr("C&ustomer:"), self.f["customer"].widget)
        form.addRow(self.tr("&Department:"), self.f["department"].widget)
        form.addRow(self.tr("Description:"), self.f["description"].widget)

        state = QGroupBox(self.tr("Status and calendar"), self)
        form2 = QFormLayout(state)
        form2.addRow(self.tr("&Status:"), self.f["status"].widget)
        form2.addRow(self.tr("He&alth:"), self.f["health"].widget)
        self.signals_label = QLabel(self)  # what the data says, beside the PM's judgement
        self.signals_label.setObjectName("healthSignals")
        self.signals_label.setWordWrap(True)
        form2.addRow("", self.signals_label)
        self._signals: list[HealthSignal] = []
        form2.addRow(self.tr("Start date:"), self.f["start_date"].widget)
        form2.addRow(self.tr("End date:"), self.f["end_date"].widget)
        form2.addRow(self.tr("Customer time &zone:"), self.f["customer_time_zone"].widget)
        self.local_time = QLabel(self)
        self.local_time.setStyleSheet("color: #555;")
        form2.addRow("", self.local_time)
        form2.addRow(self.tr("&Working days of:"), self.f["working_days_country"].widget)
        form2.addRow(self.tr("Sprint l&ength:"), self.f["sprint_length_weeks"].widget)
        form2.addRow(self.tr("Custome&r language:"), self.f["language"].widget)
        path = QWidget(self)
        path_line = QHBoxLayout(path)
        path_line.setContentsMargins(0, 0, 0, 0)
        path_line.addWidget(QLabel(self.tr("project manager"), self))
        path_line.addWidget(self.f["escalation_project_days"].widget)
        path_line.addWidget(QLabel(self.tr("→ director"), self))
        path_line.addWidget(self.f["escalation_department_days"].widget)
        path_line.addWidget(QLabel(self.tr("working days → C-level"), self))
        path_line.addStretch(1)
        form2.addRow(self.tr("Escalation &path:"), path)

        notes = QGroupBox(self.tr("Notes"), self)
        notes_layout = QGridLayout(notes)
        notes_layout.addWidget(self.f["notes"].widget, 0, 0)

        grid = QGridLayout(self)
        grid.addWidget(self.archived_label, 0, 0, 1, 2)
        grid.addWidget(identity, 1, 0)
        grid.addWidget(state, 1, 1)
        grid.addWidget(notes, 2, 0, 1, 2)
        grid.setRowStretch(2, 1)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(1, 2)
        for field in self.f.values():
            field.changed.connect(self.changed)
        self.f["customer_time_zone"].changed.connect(self._update_local_time)
        self.f["health"].changed.connect(self._update_signals)
        self._clock = QTimer(self)  # the customer's local time stays current
        self._clock.setInterval(30_000)
        self._clock.timeout.connect(self._update_local_time)
        self._clock.start()
        self._departments = QStringListModel(self)
        self._customers = QStringListModel(self)
        for name, model in (("department", self._departments), ("customer", self._customers)):
            completer = QCompleter(model, self)
            completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
            self.f[name].input.setCompleter(completer)

    def set_suggestions(self, departments: list[str], customers: list[str]) -> None:
        """Completion for department and customer from the projects already in the store."""
        self._departments.setStringList(departments)
        self._customers.setStringList(customers)

    def set_signals(self, signals: list[HealthSignal]) -> None:
        """The warnings the project's stored data gives (overdue invoices, late tasks, …)."""
        self._signals = list(signals)
        self._update_signals()

    def _update_signals(self) -> None:
        from ui.projects.signal_text import signals_summary, signals_tooltip

        if not self._signals:
            self.signals_label.setText(self.tr("No warnings from the project's data."))
            self.signals_label.setStyleSheet("color: #555;")
            self.signals_label.setToolTip(self.tr(
                "Checked: overdue invoices, tasks past their ETA, messages that failed to "
                "send, overdue onboarding steps"))
            return
        health = self.f["health"].value()
        said = self.tr("PM says %1").replace("%1", label(health)) if health else ""
        text = " · ".join(t for t in (said, signals_summary(self._signals)) if t)
        self.signals_label.setText("⚠ " + text)
        # the judgement and the data disagree most visibly when the PM says green
        weight = "bold" if health is Health.GREEN else "normal"
        self.signals_label.setStyleSheet(f"color: #a04000; font-weight: {weight};")
        self.signals_label.setToolTip(signals_tooltip(self._signals))

    def _update_local_time(self) -> None:
        from cockpit.domain.validation import is_valid_time_zone

        zone = self.f["customer_time_zone"].value()
        if not is_valid_time_zone(zone):
            self.local_time.clear()
            return
        now = datetime.now(ZoneInfo(zone))
        offset = now.strftime("%z")
        self.local_time.setText(self.tr("Now %1 there (UTC%2)").replace(
            "%1", now.strftime("%H:%M")).replace("%2", f"{offset[:3]}:{offset[3:]}"))

    def load(self, passport: Passport) -> None:
        for name, field in self.f.items():
            field.set_value(getattr(passport.fields, name))
        self.archived_label.setVisible(passport.fields.archived)
        self._update_local_time()
        self._update_signals()

    def write_into(self, passport: Passport) -> None:
        values = {name: field.value() for name, field in self.f.items()}
        values["archived"] = passport.fields.archived
        names = [f.name for f in dc_fields(ProjectFields)]
        passport.fields = ProjectFields(**{name: values[name] for name in names})

    def show_issues(self, issues: list[Issue]) -> None:
        mine = {i.where.removeprefix("fields."): i.problem for i in issues if self.owns(i)}
        for name, field in self.f.items():
            field.set_problem(mine.get(name))

    def reveal(self, issue: Issue) -> None:
        field = self.f.get(issue.where.removeprefix("fields."))
        if field is not None:
            field.input.setFocus()

    def focus_first(self) -> None:
        self.f["code"].input.setFocus()
