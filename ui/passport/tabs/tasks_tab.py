"""Tasks: name, status, ETA, owner, urgent, sprint, hours and the tracker key/link; and the
messages written from them (open-task update, sprint and biweekly reports, problem notice)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date

from PySide6.QtCore import QUrl, Signal
from PySide6.QtGui import QAction, QBrush, QColor, QDesktopServices
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from cockpit.domain.messages import MessageKind
from cockpit.domain.passport import MemberData, Passport, TaskData
from cockpit.domain.validation import Issue, is_valid_url
from cockpit.domain.work import TaskStatus
from cockpit.messages.kinds.registry import spec_of, tasks_kinds
from cockpit.messages.kinds.spec import StartFrom
from ui.labels import kind_text
from ui.passport.tabs.base import PassportTab, row_issues
from ui.widgets.record_table import RecordTable
from ui.widgets.record_table_model import Column, Kind

URGENT_BRUSH = QBrush(QColor(255, 236, 210))
LATE_BRUSH = QBrush(QColor(253, 222, 222))
DONE_BRUSH = QBrush(QColor(236, 236, 236))


class TasksTab(PassportTab):
    prefixes = ("tasks[",)
    compose_requested = Signal(object, object)  # MessageKind, task id or None

    def __init__(self, members: Callable[[], list[MemberData]],
                 parent: QWidget | None = None,
                 sprints: Callable[[], list[str]] | None = None) -> None:
        super().__init__(parent)
        self._members = members
        self._sprints = sprints or (lambda: [])
        columns = [
            Column("name", self.tr("Task"), width=260),
            Column("status", self.tr("Status"), Kind.ENUM, enum=TaskStatus, width=110),
            Column("eta", self.tr("ETA"), Kind.DATE, width=100),
            Column("owner_person_id", self.tr("Owner"), Kind.CHOICE, choices=self._owner_choices,
                   width=160),
            Column("urgent", self.tr("Urgent"), Kind.BOOL, width=60,
                   tooltip=self.tr("Urgent tasks get an update every hour while urgent")),
            Column("sprint", self.tr("Sprint"), Kind.CHOICE, choices=self._sprint_choices,
                   width=100, tooltip=self.tr("One of the project's sprints (Sprints tab)")),
            Column("hours", self.tr("Hours"), Kind.DECIMAL, width=64),
            Column("external_key", self.tr("Key"), width=90,
                   tooltip=self.tr("The task's key in the issue tracker")),
            Column("external_url", self.tr("Tracker link"), width=220),
        ]
        self.table = RecordTable(columns, TaskData, self.tr("Add task"), self)
        self.table.set_empty_text(self.tr(
            "No tasks yet. Press “Add task” for each piece of work the customer follows, with "
            "its ETA and owner: they fill the open-task update and the reports."))
        self.table.model.row_hint = self._row_hint
        self.done_button = QPushButton(self.tr("Mark done"), self)
        self.open_button = QPushButton(self.tr("Open in tracker"), self)
        self.table.add_action_widget(self.done_button)
        self.table.add_action_widget(self.open_button)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.reports_button = QToolButton(self)
        self.reports_button.setText(self.tr("More reports"))
        self.reports_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.reports_button)
        self.report_actions: dict[str, QAction] = {}  # the kinds offered in More reports
        self.kind_buttons: dict[str, QPushButton] = {}  # the kinds with a button of their own
        for spec in tasks_kinds():
            assert spec.tasks is not None
            if spec.tasks.button:
                button = QPushButton(kind_text(spec.tasks.text), self)
                button.setToolTip(kind_text(spec.tasks.tooltip) if spec.tasks.tooltip else "")
                self.kind_buttons[spec.value] = button
            else:
                self.report_actions[spec.value] = menu.addAction(kind_text(spec.tasks.text))
        self.update_button = self.kind_buttons[MessageKind.TASK_UPDATE]
        self.reports_button.setMenu(menu)
        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        for button in self.kind_buttons.values():
            top.addWidget(button)
        top.addWidget(self.reports_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        self.table.edited.connect(self.changed)
        self.table.edited.connect(self._update_summary)
        self.done_button.clicked.connect(self.mark_selected_done)
        self.open_button.clicked.connect(self.open_selected)
        for kind, button in self.kind_buttons.items():
            button.clicked.connect(lambda _=False, k=kind: self._compose(k))
        for kind, action in self.report_actions.items():
            action.triggered.connect(lambda _=False, k=kind: self._compose(k))

    def _row_hint(self, task: TaskData) -> tuple[QBrush | None, str]:
        if not task.status.is_open:
            return DONE_BRUSH, ""
        if task.eta and task.eta < date.today():
            return LATE_BRUSH, self.tr("Past its ETA: tell the customer the new date.")
        if task.urgent:
            return URGENT_BRUSH, self.tr("Urgent: the customer gets an update every hour.")
        return None, ""

    def _sprint_choices(self) -> list[tuple[str, str | None]]:
        """The Sprints tab's sprints, and any other name a task still carries (kept as it is
        until the PM picks a sprint)."""
        names = list(self._sprints())
        for task in self.table.model.records if hasattr(self, "table") else []:
            if task.sprint and task.sprint not in names:
                names.append(task.sprint)
        return [(self.tr("(no sprint)"), ""), *((n, n) for n in names)]

    def _owner_choices(self) -> list[tuple[str, str | None]]:
        return [(self.tr("(nobody)"), None)] + [
            (f"{m.name} — {m.role}" if m.role else m.name, m.person_id) for m in self._members()
        ]

    def _compose(self, kind: str) -> None:
        """Only a kind that starts from a task is given the selected one."""
        rows = self.table.selected_rows()
        task_id = self.table.model.records[rows[0]].id if rows else None
        self.compose_requested.emit(kind, task_id if spec_of(kind).start_from is StartFrom.TASK
                                    else None)

    def mark_selected_done(self) -> None:
        for row in self.table.selected_rows():
            record = self.table.model.records[row]
            if record.status is not TaskStatus.DONE:
                self.table.model.replace_record(row, replace(
                    record, status=TaskStatus.DONE, done_on=date.today(), urgent=False))

    def open_selected(self) -> None:
        for row in self.table.selected_rows():
            url = self.table.model.records[row].external_url
            if is_valid_url(url):
                QDesktopServices.openUrl(QUrl(url))

    def _update_summary(self) -> None:
        tasks = self.table.model.records
        today = date.today()
        open_tasks = [t for t in tasks if t.status.is_open]
        urgent = sum(1 for t in open_tasks if t.urgent)
        late = sum(1 for t in open_tasks if t.eta and t.eta < today)
        parts = [self.tr("%n open task(s)", "", len(open_tasks))]
        if urgent:
            parts.append(self.tr("%n urgent", "", urgent))
        if late:
            parts.append(self.tr("%n past the ETA", "", late))
        self.summary.setText(" · ".join(parts) if tasks else "")  # the empty table explains

    def load(self, passport: Passport) -> None:
        self.table.set_records(passport.tasks)
        self._update_summary()

    def write_into(self, passport: Passport) -> None:
        known = {m.person_id for m in passport.members}
        passport.tasks = [
            t if t.owner_person_id in known or t.owner_person_id is None
            else replace(t, owner_person_id=None)
            for t in self.table.records()
        ]

    def show_issues(self, issues: list[Issue]) -> None:
        self.table.set_problems(row_issues(issues, "tasks"))

    def reveal(self, issue: Issue) -> None:
        self.table.reveal_first_problem()
