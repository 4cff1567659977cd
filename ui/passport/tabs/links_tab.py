"""Links: source control, tracker, documentation and other tools."""

from __future__ import annotations

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QPushButton, QVBoxLayout, QWidget

from cockpit.domain.enums import LinkKind
from cockpit.domain.passport import LinkData, Passport
from cockpit.domain.validation import Issue, is_valid_url
from ui.passport.tabs.base import PassportTab, row_issues
from ui.widgets.record_table import RecordTable
from ui.widgets.record_table_model import Column, Kind


class LinksTab(PassportTab):
    prefixes = ("links[",)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        columns = [
            Column("kind", self.tr("Kind"), Kind.ENUM, enum=LinkKind, width=140),
            Column("label", self.tr("Label"), width=200),
            Column("url", self.tr("URL"), width=380),
        ]
        self.table = RecordTable(columns, LinkData, self.tr("Add link"), self)
        self.table.set_empty_text(self.tr(
            "No links yet. Keep the project's tools one click away — source control, issue "
            "tracker, documentation: press “Add link” and paste the address."))
        self.open_button = QPushButton(self.tr("Open in browser"), self)
        self.table.add_action_widget(self.open_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        self.table.edited.connect(self.changed)
        self.open_button.clicked.connect(self.open_selected)

    def open_selected(self) -> None:
        for row in self.table.selected_rows():
            url = self.table.model.records[row].url
            if is_valid_url(url):
                QDesktopServices.openUrl(QUrl(url))

    def load(self, passport: Passport) -> None:
        self.table.set_records(passport.links)

    def write_into(self, passport: Passport) -> None:
        passport.links = self.table.records()

    def show_issues(self, issues: list[Issue]) -> None:
        self.table.set_problems(row_issues(issues, "links"))

    def reveal(self, issue: Issue) -> None:
        self.table.reveal_first_problem()
