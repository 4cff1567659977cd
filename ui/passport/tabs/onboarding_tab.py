"""Onboarding: the project's checklist (from the company template), owner and dates per step."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date

from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QVBoxLayout, QWidget

from cockpit.domain.passport import MemberData, OnboardingStepData, Passport
from cockpit.domain.validation import Issue
from ui.passport.tabs.base import PassportTab, row_issues
from ui.widgets.record_table import RecordTable
from ui.widgets.record_table_model import Column, Kind


class OnboardingTab(PassportTab):
    prefixes = ("onboarding[",)

    def __init__(self, members: Callable[[], list[MemberData]],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._members = members
        columns = [
            Column("title", self.tr("Step"), width=330),
            Column("owner_person_id", self.tr("Owner"), Kind.CHOICE, choices=self._owner_choices,
                   width=170),
            Column("due_on", self.tr("Due"), Kind.DATE, width=100),
            Column("done_on", self.tr("Done on"), Kind.DATE, width=100),
            Column("description", self.tr("Notes"), width=200),
        ]
        self.table = RecordTable(columns, OnboardingStepData, self.tr("Add step"), self)
        self.table.set_empty_text(self.tr(
            "No onboarding steps. Press “Add step” for each thing to settle with the "
            "customer at the start; new projects get the company checklist from Settings → "
            "Onboarding template…"))
        self.done_button = QPushButton(self.tr("Mark done today"), self)
        self.table.add_action_widget(self.done_button)
        self.progress = QProgressBar(self)
        self.progress.setFormat(self.tr("%v of %m steps done"))
        self.state = QLabel(self)
        top = QHBoxLayout()
        top.addWidget(self.progress, 1)
        top.addWidget(self.state)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        self.table.edited.connect(self.changed)
        self.table.edited.connect(self._update_progress)
        self.done_button.clicked.connect(self.mark_selected_done)

    def _owner_choices(self) -> list[tuple[str, str | None]]:
        people: list[MemberData] = self._members()
        return [(self.tr("(nobody)"), None)] + [
            (f"{m.name} — {m.role}" if m.role else m.name, m.person_id) for m in people
        ]

    def mark_selected_done(self) -> None:
        for row in self.table.selected_rows():
            record = self.table.model.records[row]
            if record.done_on is None:
                self.table.model.replace_record(row, replace(record, done_on=date.today()))

    def _update_progress(self) -> None:
        steps = self.table.model.records
        done = sum(1 for s in steps if s.done_on)
        self.progress.setMaximum(max(1, len(steps)))
        self.progress.setValue(done)
        if not steps:
            self.state.setText(self.tr("No onboarding steps."))
        elif done == len(steps):
            self.state.setText(self.tr("Onboarding complete."))
        else:
            today = date.today()
            overdue = sum(1 for s in steps if not s.done_on and s.due_on and s.due_on < today)
            self.state.setText(self.tr("%n step(s) overdue", "", overdue) if overdue else "")

    def load(self, passport: Passport) -> None:
        self.table.set_records(passport.onboarding)
        self._update_progress()

    def write_into(self, passport: Passport) -> None:
        known = {m.person_id for m in passport.members}
        passport.onboarding = [
            s if s.owner_person_id in known or s.owner_person_id is None
            else replace(s, owner_person_id=None)
            for s in self.table.records()
        ]

    def show_issues(self, issues: list[Issue]) -> None:
        self.table.set_problems(row_issues(issues, "onboarding"))

    def reveal(self, issue: Issue) -> None:
        self.table.reveal_first_problem()
