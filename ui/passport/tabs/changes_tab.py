"""Change requests: each submitted with a description, estimated one by one, confirmed by the
customer in writing, then planned into this sprint or the next (PRODUCT.md section 4)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from cockpit.domain.passport import ChangeRequestData, Passport
from cockpit.domain.validation import Issue
from cockpit.domain.work import ChangeRequestStatus
from ui.passport.tabs.base import PassportTab, row_issues
from ui.widgets.record_table import RecordTable
from ui.widgets.record_table_model import Column, Kind


class ChangesTab(PassportTab):
    prefixes = ("change_requests[",)
    estimate_requested = Signal(str)  # change request id
    agreement_requested = Signal(str)  # change request id: confirm the agreed change

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        columns = [
            Column("key", self.tr("Key"), width=70),
            Column("title", self.tr("Change request"), width=260),
            Column("status", self.tr("Status"), Kind.ENUM, enum=ChangeRequestStatus, width=120),
            Column("estimate_hours", self.tr("Estimate (h)"), Kind.DECIMAL, width=90),
            Column("requested_on", self.tr("Requested"), Kind.DATE, width=100),
            Column("confirmed_on", self.tr("Confirmed"), Kind.DATE, width=100),
            Column("target_sprint", self.tr("Sprint"), width=90),
            Column("description", self.tr("Description"), width=300),
        ]
        self.table = RecordTable(columns, ChangeRequestData, self.tr("Add change request"), self)
        self.table.set_empty_text(self.tr(
            "No change requests yet. When the customer asks for a change, press “Add change "
            "request”, describe it, estimate it, then send the estimate for confirmation."))
        self.estimate_button = QPushButton(self.tr("Send estimate for confirmation…"), self)
        self.estimate_button.setToolTip(self.tr(
            "Write the estimate of the selected change request to the customer for "
            "confirmation"))
        self.agreement_button = QPushButton(self.tr("Confirm agreed change…"), self)
        self.agreement_button.setToolTip(self.tr(
            "Confirm the selected change, as agreed with the customer, in writing with its "
            "hours"))
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(self.hint, 1)
        top.addWidget(self.estimate_button)
        top.addWidget(self.agreement_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        self.table.edited.connect(self.changed)
        self.table.edited.connect(self._update_hint)
        self.estimate_button.clicked.connect(self._estimate)
        self.agreement_button.clicked.connect(self._agreement)

    def _estimate(self) -> None:
        rows = self.table.selected_rows()
        if rows:
            self.estimate_requested.emit(self.table.model.records[rows[0]].id)

    def _agreement(self) -> None:
        rows = self.table.selected_rows()
        if rows:
            self.agreement_requested.emit(self.table.model.records[rows[0]].id)

    def _update_hint(self) -> None:
        waiting = sum(1 for c in self.table.model.records
                      if c.status is ChangeRequestStatus.ESTIMATED)
        self.hint.setText(self.tr("%n estimate(s) waiting for the customer's confirmation", "",
                                  waiting) if waiting else "")

    def load(self, passport: Passport) -> None:
        self.table.set_records(passport.change_requests)
        self._update_hint()

    def write_into(self, passport: Passport) -> None:
        passport.change_requests = self.table.records()

    def show_issues(self, issues: list[Issue]) -> None:
        self.table.set_problems(row_issues(issues, "change_requests"))

    def reveal(self, issue: Issue) -> None:
        self.table.reveal_first_problem()
