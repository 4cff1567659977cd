"""Messages: the project's drafts, outbox and sent messages. Not part of the passport's Save:
messages save themselves as they are written (``ui.messages.controller``)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QVBoxLayout, QWidget

from cockpit.domain.passport import Passport
from cockpit.domain.validation import Issue
from ui.messages.panel import MessagesPanel
from ui.passport.tabs.base import PassportTab


class MessagesTab(PassportTab):
    project_shown = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.project_id: str | None = None
        self.panel = MessagesPanel(all_projects=False, parent=self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.panel)

    def load(self, passport: Passport) -> None:
        self.project_id = passport.id if passport.updated_at is not None else None
        self.panel.setEnabled(self.project_id is not None)
        if self.project_id is None:
            self.panel.set_rows([])
            return
        self.project_shown.emit(self.project_id)

    def write_into(self, passport: Passport) -> None:
        """Nothing: messages are saved as they are written."""

    def show_issues(self, issues: list[Issue]) -> None:
        """Messages have no passport fields."""
