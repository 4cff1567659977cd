"""Quality reports over time."""

from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout, QWidget

from cockpit.domain.passport import Passport, QualityReportData
from cockpit.domain.validation import Issue
from ui.passport.tabs.base import PassportTab, row_issues
from ui.widgets.record_table import RecordTable
from ui.widgets.record_table_model import Column, Kind


class QualityTab(PassportTab):
    prefixes = ("quality_reports[",)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        columns = [
            Column("report_date", self.tr("Date"), Kind.DATE, width=100),
            Column("open_bugs", self.tr("Open bugs"), Kind.INT, width=80),
            Column("critical_bugs", self.tr("Critical"), Kind.INT, width=70),
            Column("test_coverage_pct", self.tr("Coverage %"), Kind.DECIMAL, width=90),
            Column("on_time_delivery_pct", self.tr("On time %"), Kind.DECIMAL, width=80),
            Column("summary", self.tr("Summary"), width=360),
            Column("link", self.tr("Report link"), width=260),
        ]
        self.table = RecordTable(columns, QualityReportData, self.tr("Add report"), self,
                                 movable=False)
        self.table.set_empty_text(self.tr(
            "No quality reports yet. After a test cycle or a sprint review, press “Add "
            "report” and note the date, open and critical bugs, test coverage, on-time "
            "delivery and a link to the full report."))
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        self.table.edited.connect(self.changed)

    def load(self, passport: Passport) -> None:
        self.table.set_records(passport.quality_reports)

    def write_into(self, passport: Passport) -> None:
        passport.quality_reports = self.table.records()

    def show_issues(self, issues: list[Issue]) -> None:
        self.table.set_problems(row_issues(issues, "quality_reports"))

    def reveal(self, issue: Issue) -> None:
        self.table.reveal_first_problem()
