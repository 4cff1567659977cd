"""Sprints and milestones: each sprint with its name and dates (one or two weeks, its last day
included) — tasks and change requests name their sprint, the care engine owes a sprint report
after each one; the project's dated milestones, whose next ones the agendas and reports list."""

from __future__ import annotations

import re
from datetime import date, timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGroupBox, QLabel, QSplitter, QVBoxLayout, QWidget

from cockpit.domain.passport import MilestoneData, Passport, SprintData
from cockpit.domain.validation import Issue
from ui.passport.tabs.base import PassportTab, row_issues
from ui.widgets.record_table import RecordTable
from ui.widgets.record_table_model import Column, Kind

NUMBERED = re.compile(r"^(.*?)(\d+)\s*$")


def next_sprint(sprints: list[SprintData], weeks: int, today: date) -> SprintData:
    """The sprint after the latest one: the next number, from the day after it ended, as long
    as the project's sprints are; the first starts on the coming Monday."""
    dated = [s for s in sprints if s.end_on is not None]
    if not dated:
        start = today + timedelta(days=(7 - today.weekday()) % 7)
        return SprintData(name="Sprint 1", start_on=start,
                          end_on=start + timedelta(days=7 * weeks - 3))
    last = max(dated, key=lambda s: s.end_on or date.min)
    assert last.end_on is not None
    start = last.end_on + timedelta(days=1)
    while start.weekday() >= 5:  # a sprint ending on Friday: the next starts on Monday
        start += timedelta(days=1)
    found = NUMBERED.match(last.name)
    name = f"{found.group(1)}{int(found.group(2)) + 1}" if found else f"{last.name} +1"
    return SprintData(name=name, start_on=start, end_on=start + timedelta(days=7 * weeks - 3))


class SprintsTab(PassportTab):
    prefixes = ("sprints[", "milestones[")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.weeks = 2
        columns = [
            Column("name", self.tr("Sprint"), width=160),
            Column("start_on", self.tr("First day"), Kind.DATE, width=110),
            Column("end_on", self.tr("Last day"), Kind.DATE, width=110),
        ]
        self.table = RecordTable(columns, self._next, self.tr("Add the next sprint"), self,
                                 movable=False)
        self.table.set_empty_text(self.tr(
            "No sprints yet. Press “Add the next sprint”: it follows the last one, as long as "
            "the project's sprints (Overview). A sprint report is owed after each sprint."))
        note = QLabel(self.tr(
            "Tasks and change requests name their sprint. A sprint is one or two weeks long, "
            "its last day included."), self)
        note.setWordWrap(True)
        self.milestones = RecordTable([
            Column("name", self.tr("Milestone"), width=260),
            Column("due_on", self.tr("Due"), Kind.DATE, width=110),
            Column("done_on", self.tr("Reached"), Kind.DATE, width=110),
        ], MilestoneData, self.tr("Add milestone"), self)
        self.milestones.set_empty_text(self.tr(
            "No milestones yet. Add the dates the customer plans around (UAT, go-live, "
            "handover): the agendas list the next ones not yet reached."))
        sprints = QGroupBox(self.tr("Sprints"), self)
        box = QVBoxLayout(sprints)
        box.addWidget(note)
        box.addWidget(self.table, 1)
        milestones = QGroupBox(self.tr("Milestones"), self)
        QVBoxLayout(milestones).addWidget(self.milestones)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(sprints)
        splitter.addWidget(milestones)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        self.table.edited.connect(self.changed)
        self.milestones.edited.connect(self.changed)

    def names(self) -> list[str]:
        """The sprints' names in date order (what tasks and change requests choose from)."""
        return [s.name for s in sorted(self.table.records(),
                                       key=lambda s: (s.start_on or date.max, s.name))
                if s.name]

    def _next(self) -> SprintData:
        return next_sprint(self.table.records(), self.weeks, date.today())

    def load(self, passport: Passport) -> None:
        self.weeks = passport.fields.sprint_length_weeks or 2
        self.table.set_records(sorted(passport.sprints,
                                      key=lambda s: (s.start_on or date.max, s.name)))
        self.milestones.set_records(passport.milestones)

    def write_into(self, passport: Passport) -> None:
        passport.sprints = self.table.records()
        passport.milestones = self.milestones.records()

    def show_issues(self, issues: list[Issue]) -> None:
        self.table.set_problems(row_issues(issues, "sprints"))
        self.milestones.set_problems(row_issues(issues, "milestones"))

    def reveal(self, issue: Issue) -> None:
        if issue.where.startswith("milestones["):
            self.milestones.reveal_first_problem()
        else:
            self.table.reveal_first_problem()
