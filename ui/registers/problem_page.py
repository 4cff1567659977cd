"""Problems (PRODUCT.md §6): what happened and how it is handled in the open — the customer
told the same working day, a remedial plan of concrete steps, the fix tested before it is
called fixed, the lessons learned before it is closed. The notice and the remedial-plan
update are written from what the problem says."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from cockpit.domain.problem_register import ProblemStatus
from ui.labels import label
from ui.registers.page_base import RegisterPage
from ui.registers.problem_model import ProblemModel

if TYPE_CHECKING:
    from cockpit.services.problem_register import ProblemView


class ProblemPage(RegisterPage):
    edit_requested = Signal(str)
    status_requested = Signal(str, str)  # problem id, ProblemStatus value
    notice_requested = Signal(str)  # the problem notice
    plan_update_requested = Signal(str)  # the remedial-plan update
    delete_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(ProblemModel(), {0: 60, 1: 280, 2: 130, 3: 130, 4: 140, 5: 100, 6: 90},
                         self.tr(
            "No problems recorded. When something goes wrong, press “New problem…”, write "
            "what happened and its impact, and tell the customer the same day with the "
            "problem notice."), parent, details_hint=self.tr(
                "Select a problem to see what it says."))
        self.model.setParent(self)
        self.add_buttons((("new", self.tr("&New problem…")), ("edit", self.tr("&Edit…")),
                          ("notice", self.tr("Problem &notice…")),
                          ("plan", self.tr("Remedial &plan update…")),
                          ("fixed", self.tr("Mark &fixed")), ("close", self.tr("&Close")),
                          ("reopen", self.tr("Reopen")), ("delete", self.tr("Delete"))))
        self.buttons["fixed"].setToolTip(self.tr("Once how the fix was tested is written"))
        self.buttons["close"].setToolTip(self.tr(
            "After the retrospective with the customer, once the lessons learned are written"))
        self.lay_out()
        for key, signal in (("edit", self.edit_requested), ("notice", self.notice_requested),
                            ("plan", self.plan_update_requested),
                            ("delete", self.delete_requested)):
            self.buttons[key].clicked.connect(
                lambda _c=False, sig=signal: self.emit_selected(sig))
        for key, status in (("fixed", ProblemStatus.FIXED), ("close", ProblemStatus.CLOSED),
                            ("reopen", ProblemStatus.OPEN)):
            self.buttons[key].clicked.connect(
                lambda _c=False, st=status: self._status(st))
        self.set_enabled_project(False)

    def activated(self) -> None:
        self.emit_selected(self.edit_requested)

    def _status(self, status: ProblemStatus) -> None:
        selected = self.selected()
        if selected is not None:
            self.status_requested.emit(selected.id, status.value)

    def update_buttons(self) -> None:
        problem = self.selected()
        status = problem.status if problem else None
        for key in ("edit", "notice", "plan", "delete"):
            self.buttons[key].setEnabled(problem is not None)
        self.buttons["fixed"].setEnabled(status is ProblemStatus.OPEN)
        self.buttons["close"].setEnabled(status in (ProblemStatus.OPEN, ProblemStatus.FIXED))
        self.buttons["reopen"].setEnabled(status in (ProblemStatus.FIXED, ProblemStatus.CLOSED))
        assert self.details is not None
        self.details.setPlainText(self._details(problem) if problem else "")

    def _details(self, problem: ProblemView) -> str:
        data = problem.data
        parts = [(self.tr("What happened"), data.description),
                 (self.tr("Impact on the business"), data.impact_business),
                 (self.tr("Impact on the users"), data.impact_users),
                 (self.tr("Schedule impact"), data.schedule_impact),
                 (self.tr("Solution options"), data.solution_options),
                 (self.tr("Workaround"), data.workaround),
                 (self.tr("Resources on it"), data.resources),
                 (self.tr("How the fix was tested"), data.fix_testing),
                 (self.tr("Compensation"), "" if data.compensation.value == "undecided" else
                  f"{label(data.compensation)}: {data.compensation_reason}"),
                 (self.tr("Lessons learned"), data.lessons_learned)]
        lines = [f"{problem.key} {data.title} — {label(problem.status)}", ""]
        for heading, text in parts:
            if text.strip():
                lines += [heading, text.strip(), ""]
        if problem.steps:
            lines.append(self.tr("Remedial plan"))
            for step in problem.steps:
                state = f"✓ {step.done_on}" if step.done_on else (
                    f"→ {step.due_on}" if step.due_on else "·")
                owner = f" ({step.owner})" if step.owner else ""
                lines.append(f"  {state}  {step.text}{owner}")
        return "\n".join(lines).rstrip()
