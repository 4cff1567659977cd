"""A problem of the register, as the PM writes it up (PRODUCT.md §6), on four pages: what
happened and its impact (and when the customer was told); the response — schedule, options,
workaround, resources; the remedial plan's steps (owner, due, done); and afterwards — how the
fix was tested, compensation considered, the retrospective and the lessons learned."""

from __future__ import annotations

import copy
from datetime import datetime

from PySide6.QtCore import QDateTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from cockpit.domain.problem_register import Compensation, ProblemData, RemedialStepData
from ui.labels import label, problem_text
from ui.widgets.dates import DateEdit
from ui.widgets.parse_error import ParseError
from ui.widgets.record_table import RecordTable
from ui.widgets.record_table_model import Column, Kind


def _moment_edit(parent: QWidget, value: datetime | None) -> QDateTimeEdit:
    edit = QDateTimeEdit(QDateTime(value.astimezone()) if value else
                         QDateTime.currentDateTime(), parent)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd HH:mm")
    return edit


class ProblemDialog(QDialog):
    def __init__(self, data: ProblemData, people: list[tuple[str, str | None]],
                 parent: QWidget | None = None, *, title: str = "") -> None:
        super().__init__(parent)
        self.data = copy.deepcopy(data)
        self.setWindowTitle(title or self.tr("New problem"))
        self.pages = QTabWidget(self)
        texts: dict[str, QPlainTextEdit] = {}

        def text(name: str, hint: str) -> QPlainTextEdit:
            edit = QPlainTextEdit(getattr(self.data, name) or "", self)
            edit.setPlaceholderText(hint)
            edit.setTabChangesFocus(True)
            texts[name] = edit
            return edit

        self.texts = texts
        self.title = QLineEdit(self.data.title, self)
        self.title.setPlaceholderText(self.tr("What happened, in a line"))
        self.found_at = _moment_edit(self, self.data.found_at)
        self.informed = QCheckBox(self.tr("The customer was told on"), self)
        self.informed.setChecked(self.data.customer_informed_at is not None)
        self.informed_at = _moment_edit(self, self.data.customer_informed_at)
        self.informed_at.setEnabled(self.informed.isChecked())
        self.informed.toggled.connect(self.informed_at.setEnabled)
        happened = QWidget(self)
        form = QFormLayout(happened)
        form.addRow(self.tr("&What happened:"), self.title)
        form.addRow(self.tr("&Found at:"), self.found_at)
        form.addRow(self.tr("Details:"), text("description", self.tr("What we know so far")))
        form.addRow(self.tr("Impact on the &business:"), text(
            "impact_business", self.tr("What the customer's business cannot do, or loses")))
        form.addRow(self.tr("Impact on the &users:"), text(
            "impact_users", self.tr("What the users see")))
        form.addRow(self.informed, self.informed_at)
        self.pages.addTab(happened, self.tr("What happened"))

        response = QWidget(self)
        form = QFormLayout(response)
        self.new_date = DateEdit(self)
        self.new_date.setText(self.data.new_date.isoformat() if self.data.new_date else "")
        form.addRow(self.tr("&Schedule impact:"), text(
            "schedule_impact", self.tr("What moves, and by how much")))
        form.addRow(self.tr("&New date:"), self.new_date)
        form.addRow(self.tr("Solution &options:"), text(
            "solution_options", self.tr("One option per line, each with its cost and effect")))
        form.addRow(self.tr("&Workaround:"), text(
            "workaround", self.tr("What the customer can do until the fix is delivered")))
        form.addRow(self.tr("&Resources on it:"), text(
            "resources", self.tr("Who works on it, and how much of their time")))
        self.pages.addTab(response, self.tr("Response"))

        self.steps = RecordTable([
            Column("text", self.tr("Step"), width=300),
            Column("owner_person_id", self.tr("Owner"), Kind.CHOICE, choices=lambda: people,
                   width=160),
            Column("due_on", self.tr("Due"), Kind.DATE, width=100),
            Column("done_on", self.tr("Done"), Kind.DATE, width=100),
        ], RemedialStepData, self.tr("Add step"), self)
        self.steps.set_empty_text(self.tr(
            "No steps yet. A remedial plan is concrete steps, each with an owner and a date: "
            "press “Add step”."))
        self.steps.set_records(copy.deepcopy(self.data.steps))
        self.pages.addTab(self.steps, self.tr("Remedial plan"))

        after = QWidget(self)
        form = QFormLayout(after)
        self.compensation = QComboBox(self)
        for value in Compensation:
            self.compensation.addItem(label(value), value.value)
        self.compensation.setCurrentIndex(self.compensation.findData(
            self.data.compensation.value))
        self.retrospective_on = DateEdit(self)
        self.retrospective_on.setText(self.data.retrospective_on.isoformat()
                                      if self.data.retrospective_on else "")
        form.addRow(self.tr("How the fix was &tested:"), text(
            "fix_testing", self.tr("Before it ships: what was tested, on what data")))
        form.addRow(self.tr("&Compensation:"), self.compensation)
        form.addRow(self.tr("Why:"), text(
            "compensation_reason", self.tr("Why this compensation, or none")))
        form.addRow(self.tr("Retrospective &held on:"), self.retrospective_on)
        form.addRow(self.tr("&Lessons learned:"), text(
            "lessons_learned", self.tr("What we change so that it does not happen again")))
        self.pages.addTab(after, self.tr("Afterwards"))

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        self.message = QLabel(self)
        self.message.setStyleSheet("color: #b00020;")
        self.message.setWordWrap(True)
        self.message.hide()
        self.ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.title.textChanged.connect(lambda t: self.ok.setEnabled(bool(t.strip())))
        self.ok.setEnabled(bool(self.title.text().strip()))
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages, 1)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.resize(760, 560)

    def _accept(self) -> None:
        """Closed only with what it holds readable: a date that is not one says so here."""
        try:
            self.result_data()
        except ParseError as exc:
            self.message.setText(problem_text(exc.problem))
            self.message.show()
            return
        self.accept()

    def result_data(self) -> ProblemData:
        """What the dialog holds (``ParseError`` from a date typed that is not one)."""
        self.steps.commit_pending_edit()
        data = self.data
        data.title = self.title.text()
        for name, edit in self.texts.items():
            setattr(data, name, edit.toPlainText())
        found = self.found_at.dateTime().toPython()
        assert isinstance(found, datetime)
        data.found_at = found.astimezone()
        informed = self.informed_at.dateTime().toPython()
        assert isinstance(informed, datetime)
        data.customer_informed_at = informed.astimezone() if self.informed.isChecked() else None
        data.new_date = self.new_date.value()
        data.retrospective_on = self.retrospective_on.value()
        data.compensation = Compensation(self.compensation.currentData())
        data.steps = list(self.steps.records())
        return data
