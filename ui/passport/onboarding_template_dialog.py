"""Edit the company's onboarding checklist template (used by every new project)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from cockpit.domain.passport import OnboardingTemplateStepData
from cockpit.domain.problems import Problem
from ui.widgets.record_table import RecordTable
from ui.widgets.record_table_model import Column


class OnboardingTemplateDialog(QDialog):
    def __init__(self, steps: list[OnboardingTemplateStepData],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Onboarding template"))
        self.resize(820, 420)
        columns = [
            Column("title", self.tr("Step"), width=420),
            Column("owner_role", self.tr("Usual owner"), width=160),
            Column("description", self.tr("Notes"), width=200),
        ]
        self.table = RecordTable(columns, OnboardingTemplateStepData, self.tr("Add step"), self)
        self.table.set_records(steps)
        hint = QLabel(self.tr("New projects start with these steps. Existing projects keep "
                              "their own checklist."), self)
        hint.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.table.edited.connect(self._check)
        self.edited = False
        self.table.edited.connect(lambda: setattr(self, "edited", True))
        self.confirm_discard = self._ask_discard  # tests replace the question

    def reject(self) -> None:
        """Cancel, Esc or the close button: ask before dropping edits."""
        self.table.commit_pending_edit()
        if self.edited and not self.confirm_discard():
            return
        super().reject()

    def _ask_discard(self) -> bool:
        answer = QMessageBox.question(
            self, self.tr("Onboarding template"),
            self.tr("Discard your changes to the onboarding template?"),
            QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel)
        return answer == QMessageBox.StandardButton.Discard

    def _check(self) -> None:
        problems = {(i, "title"): Problem.REQUIRED
                    for i, step in enumerate(self.table.model.records) if not step.title.strip()}
        self.table.set_problems(problems)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(not problems)

    def steps(self) -> list[OnboardingTemplateStepData]:
        return self.table.records()
