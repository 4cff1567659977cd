"""People & communication map: who is on the project, on which side, and what each receives."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from cockpit.domain.enums import EscalationLevel, Meeting, Side
from cockpit.domain.passport import MemberData, Passport
from cockpit.domain.validation import Issue
from cockpit.messages.kinds.registry import report_kinds
from ui.labels import label, short_label
from ui.passport.tabs.base import PassportTab, row_issues
from ui.widgets.column_fit import fit_columns
from ui.widgets.record_table import ChoiceDelegate, RecordTable
from ui.widgets.record_table_model import Column, Kind


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
            Column("meetings", short_label(m), Kind.FLAG, flag=m, width=78,
                   tooltip=self.tr("Invited to: %1").replace("%1", label(m)))
            for m in Meeting
        ]
        columns += [
            Column("reports", short_label(r), Kind.FLAG, flag=r, width=78,
                   tooltip=self.tr("Receives: %1").replace("%1", label(r)))
            for r in report_kinds()
        ]
        self.table = RecordTable(columns, MemberData, self.tr("Add person"), self)
        # The communication map: a second view on the same rows, showing who gets what.
        self.map_view = QTableView(self)
        self.map_view.setModel(self.table.model)
        self.map_view.setSelectionModel(self.table.view.selectionModel())
        self.map_view.setItemDelegate(ChoiceDelegate(self.table.model, self.map_view))
        self.map_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.map_view.setAlternatingRowColors(True)
        self.map_view.verticalHeader().setDefaultSectionSize(24)
        first_flag = next(i for i, c in enumerate(columns) if c.kind is Kind.FLAG)
        for i, column in enumerate(columns):
            is_map = i >= first_flag or column.field in ("name", "role")
            self.map_view.setColumnHidden(i, not is_map)
            self.table.view.setColumnHidden(i, i >= first_flag)
            if column.width:
                self.map_view.setColumnWidth(i, 120 if i < first_flag else column.width)
        map_box = QGroupBox(self.tr("Communication map: who receives which meeting and report"),
                            self)
        map_layout = QVBoxLayout(map_box)
        map_layout.addWidget(self.map_view)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.table)
        splitter.addWidget(map_box)
        splitter.setSizes([300, 300])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        self.table.edited.connect(self.changed)

    def load(self, passport: Passport) -> None:
        self.table.set_records(passport.members)
        fit_columns(self.map_view, {i: 60 if c.kind is Kind.FLAG else 120
                                    for i, c in enumerate(self.table.model.columns)})

    def write_into(self, passport: Passport) -> None:
        passport.members = self.table.records()

    def members(self) -> list[MemberData]:
        return self.table.model.records

    def show_issues(self, issues: list[Issue]) -> None:
        self.table.set_problems(row_issues(issues, "members"))

    def reveal(self, issue: Issue) -> None:
        self.table.reveal_first_problem()
