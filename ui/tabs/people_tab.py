"""People & communication map: who is on the project, on which side, and what each receives."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from cockpit.domain.enums import EscalationLevel, Meeting, Report, Side
from cockpit.domain.passport import MemberData, Passport
from cockpit.domain.validation import Issue
from ui.labels import label
from ui.record_table import RecordTable
from ui.record_table_model import Column, Kind
from ui.tabs.base import PassportTab, row_issues


class PeopleTab(PassportTab):
    prefixes = ("members[",)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        columns = [
            Column("name", self.tr("Name"), width=150),
            Column("role", self.tr("Role"), width=130),
            Column("side", self.tr("Side"), Kind.ENUM, enum=Side, width=80),
            Column("email", self.tr("E-mail"), width=210),
            Column("time_zone", self.tr("Time zone"), Kind.TIME_ZONE, width=130),
            Column("escalation_level", self.tr("Escalation"), Kind.ENUM, enum=EscalationLevel,
                   width=150, tooltip=self.tr("Escalation path: who a complaint reaches, "
                                              "level by level")),
            Column("organisation", self.tr("Organisation"), width=140),
            Column("phone", self.tr("Phone"), width=110),
        ]
        columns += [
            Column("meetings", label(m), Kind.FLAG, flag=m, width=90,
                   tooltip=self.tr("Invited to this governance meeting"))
            for m in Meeting
        ]
        columns += [
            Column("reports", label(r), Kind.FLAG, flag=r, width=100,
                   tooltip=self.tr("Receives this written report"))
            for r in Report
        ]
        self.table = RecordTable(columns, MemberData, self.tr("Add person"), self)
        hint = QLabel(self.tr("Tick the meetings and reports each person receives: together "
                              "they form the project's communication map."), self)
        hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addWidget(self.table, 1)
        self.table.edited.connect(self.changed)

    def load(self, passport: Passport) -> None:
        self.table.set_records(passport.members)

    def write_into(self, passport: Passport) -> None:
        passport.members = self.table.records()

    def members(self) -> list[MemberData]:
        return self.table.model.records

    def show_issues(self, issues: list[Issue]) -> None:
        self.table.set_problems(row_issues(issues, "members"))

    def reveal(self, issue: Issue) -> None:
        self.table.reveal_first_problem()
