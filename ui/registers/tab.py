"""The passport's *Registers* tab: the project's red flags, problems, change requests,
decisions and Q&A, each a page. What is done here is saved at once, not with the passport;
``ui.registers.controller`` carries it out."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QTabWidget, QVBoxLayout, QWidget

from cockpit.domain.passport import Passport
from cockpit.domain.validation import Issue
from ui.passport.tabs.base import PassportTab
from ui.registers.change_request_page import ChangeRequestPage
from ui.registers.decision_page import DecisionPage
from ui.registers.problem_page import ProblemPage
from ui.registers.question_page import QuestionPage
from ui.registers.red_flag_page import RedFlagPage


class RegistersTab(PassportTab):
    project_shown = Signal(str)  # a saved project is on screen: load its registers

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.project_id: str | None = None
        self.passport: Passport | None = None
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        self.pages = QTabWidget(self)
        self.flags = RedFlagPage(self)
        self.problems = ProblemPage(self)
        self.changes = ChangeRequestPage(self)
        self.decisions = DecisionPage(self)
        self.questions = QuestionPage(self)
        self.pages.addTab(self.flags, self.tr("Red flags"))
        self.pages.addTab(self.problems, self.tr("Problems"))
        self.pages.addTab(self.changes, self.tr("Change requests"))
        self.pages.addTab(self.decisions, self.tr("Decisions"))
        self.pages.addTab(self.questions, self.tr("Q&&A"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addWidget(self.pages, 1)

    def all_pages(self) -> list[QWidget]:
        return [self.flags, self.problems, self.changes, self.decisions, self.questions]

    def load(self, passport: Passport) -> None:
        self.passport = passport
        self.project_id = passport.id if passport.updated_at is not None else None
        self.flags.set_flags([], passport.fields.customer_time_zone)
        for page in (self.problems, self.changes, self.decisions, self.questions):
            page.set_rows([])
        for each in self.all_pages():
            each.set_enabled_project(self.project_id is not None)  # type: ignore[attr-defined]
        self.note.setVisible(self.project_id is None)
        if self.project_id is None:
            self.note.setText(self.tr("Save the new project first, then keep its registers."))
        else:
            self.project_shown.emit(self.project_id)

    def write_into(self, passport: Passport) -> None:
        """The registers are saved on their own, not with the passport."""

    def show_issues(self, issues: list[Issue]) -> None:
        """No passport field lives here."""
