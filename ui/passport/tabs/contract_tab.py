"""Contract & invoices: contract terms, invoice and payment history, totals per currency."""

from __future__ import annotations

from collections import defaultdict
from datetime import date
from decimal import Decimal

from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QFormLayout, QGroupBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from cockpit.domain.enums import ContractType, Renewal
from cockpit.domain.passport import ContractData, InvoiceData, Passport
from cockpit.domain.validation import Issue
from ui.passport.tabs.base import PassportTab, row_issues
from ui.widgets.form_fields import (
    DateField,
    DecimalField,
    EnumField,
    Field,
    IntField,
    MultiLineField,
    UpperTextField,
)
from ui.widgets.record_table import RecordTable
from ui.widgets.record_table_model import Column, Kind
from ui.widgets.value_text import format_decimal

OVERDUE_BRUSH = QBrush(QColor(253, 222, 222))  # as a task past its ETA


class ContractTab(PassportTab):
    prefixes = ("contract.", "invoices[")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.contract_id: str | None = None
        self.f: dict[str, Field] = {
            "type": EnumField(self, ContractType),
            "value": DecimalField(self),
            "currency": UpperTextField(self, "EUR"),
            "start_date": DateField(self),
            "end_date": DateField(self),
            "renewal": EnumField(self, Renewal),
            "renewal_notice_days": IntField(self),
            "notes": MultiLineField(self, self.tr("Rates, discounts, special terms…")),
        }
        self.f["currency"].input.setMaximumWidth(80)
        self.f["notes"].input.setMaximumHeight(60)
        contract = QGroupBox(self.tr("Contract"), self)
        left, right = QFormLayout(), QFormLayout()
        left.addRow(self.tr("T&ype:"), self.f["type"].widget)
        left.addRow(self.tr("&Value:"), self.f["value"].widget)
        left.addRow(self.tr("C&urrency:"), self.f["currency"].widget)
        left.addRow(self.tr("Notes:"), self.f["notes"].widget)
        right.addRow(self.tr("Term from:"), self.f["start_date"].widget)
        right.addRow(self.tr("Term until:"), self.f["end_date"].widget)
        right.addRow(self.tr("Rene&wal:"), self.f["renewal"].widget)
        right.addRow(self.tr("Renewal notice (days):"), self.f["renewal_notice_days"].widget)
        row = QHBoxLayout(contract)
        row.addLayout(left, 3)
        row.addLayout(right, 2)

        columns = [
            Column("number", self.tr("Number"), width=150),
            Column("issued_on", self.tr("Issued"), Kind.DATE, width=100),
            Column("amount", self.tr("Amount"), Kind.DECIMAL, width=120),
            Column("currency", self.tr("Currency"), width=70),
            Column("due_on", self.tr("Due"), Kind.DATE, width=100),
            Column("paid_on", self.tr("Paid on"), Kind.DATE, width=100),
            Column("notes", self.tr("Notes"), width=200),
        ]
        self.invoices = RecordTable(columns, self._new_invoice, self.tr("Add invoice"), self,
                                    movable=False)
        self.invoices.model.row_hint = self._invoice_hint
        self.invoices.set_empty_text(self.tr(
            "No invoices yet. Record each invoice with “Add invoice” (number, amount, due "
            "date) and its payment date once paid: overdue ones are marked here and in the "
            "project list."))
        self.totals = QLabel(self)
        self.totals.setWordWrap(True)
        invoices = QGroupBox(self.tr("Invoices and payments"), self)
        box = QVBoxLayout(invoices)
        box.addWidget(self.invoices, 1)
        box.addWidget(self.totals)

        layout = QVBoxLayout(self)
        layout.addWidget(contract)
        layout.addWidget(invoices, 1)
        for field in self.f.values():
            field.changed.connect(self.changed)
        self.invoices.edited.connect(self.changed)
        self.invoices.edited.connect(self._update_totals)

    def _new_invoice(self) -> InvoiceData:
        currency = self.f["currency"].value() or ""
        return InvoiceData(issued_on=date.today(), currency=currency)

    def _invoice_hint(self, invoice: InvoiceData) -> tuple[QBrush | None, str]:
        """An unpaid invoice past its due date is tinted, and says since when."""
        if invoice.due_on is not None and invoice.is_overdue(date.today()):
            return OVERDUE_BRUSH, self.tr("Overdue since %1: not paid by its due date.").replace(
                "%1", invoice.due_on.isoformat())
        return None, ""

    def load(self, passport: Passport) -> None:
        contract = passport.contract or ContractData()
        self.contract_id = passport.contract.id if passport.contract else None
        for name, field in self.f.items():
            field.set_value(getattr(contract, name))
        self.invoices.set_records(passport.invoices)
        self._update_totals()

    def write_into(self, passport: Passport) -> None:
        values = {name: field.value() for name, field in self.f.items()}
        empty = (values["value"] is None and not values["currency"] and not values["notes"]
                 and values["start_date"] is None and values["end_date"] is None)
        if empty and self.contract_id is None:
            passport.contract = None
        else:
            contract = ContractData(**values)
            if self.contract_id:
                contract.id = self.contract_id
            passport.contract = contract
        passport.invoices = self.invoices.records()

    def _update_totals(self) -> None:
        today = date.today()
        invoiced: dict[str, Decimal] = defaultdict(Decimal)
        outstanding: dict[str, Decimal] = defaultdict(Decimal)
        overdue = 0
        for inv in self.invoices.model.records:
            if inv.amount is None:
                continue
            invoiced[inv.currency] += inv.amount
            if inv.paid_on is None:
                outstanding[inv.currency] += inv.amount
                overdue += inv.is_overdue(today)
        if not invoiced:
            self.totals.setText(self.tr("No invoices yet."))
            return

        def money(values: dict[str, Decimal]) -> str:
            return ", ".join(f"{format_decimal(v, grouped=True)} {c}"
                             for c, v in sorted(values.items())) or "0"

        text = self.tr("Invoiced: %1 · Outstanding: %2").replace("%1", money(invoiced)).replace(
            "%2", money(outstanding))
        if overdue:
            text += " · " + self.tr("%n overdue", "", overdue)
        self.totals.setText(text)

    def show_issues(self, issues: list[Issue]) -> None:
        mine = {i.where.removeprefix("contract."): i.problem for i in issues
                if i.where.startswith("contract.")}
        for name, field in self.f.items():
            field.set_problem(mine.get(name))
        self.invoices.set_problems(row_issues(issues, "invoices"))

    def reveal(self, issue: Issue) -> None:
        field = self.f.get(issue.where.removeprefix("contract."))
        if field is not None and issue.where.startswith("contract."):
            field.input.setFocus()
        else:
            self.invoices.reveal_first_problem()
