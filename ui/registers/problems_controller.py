"""Carries out what the Problems page asks for."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import Signal

from cockpit.domain.problem_register import ProblemData, ProblemStatus
from ui.registers import problem_ops
from ui.registers.page_controller import PageController


class ProblemsController(PageController):
    compose_wanted = Signal(str, str, str)  # message kind, project id, problem id

    def attach(self) -> None:
        page = self.page
        page.new_requested.connect(self.new_problem)
        page.edit_requested.connect(self.edit_problem)
        page.status_requested.connect(self.set_status)
        page.delete_requested.connect(self.delete)
        page.notice_requested.connect(lambda pid: self._compose("problem_notice", pid))
        page.plan_update_requested.connect(lambda pid: self._compose("remedial_plan", pid))

    def _compose(self, kind: str, problem_id: str) -> None:
        if self.tab.project_id:
            self.compose_wanted.emit(kind, self.tab.project_id, problem_id)

    def load(self, store: Any, project_id: str, today: date) -> list[Any]:
        return problem_ops.load_problems(store, project_id)

    def rows(self) -> list[Any]:
        return list(self.data or [])

    def show(self, data: list[Any]) -> None:
        self.page.set_rows(data)

    def _owners(self) -> list[tuple[str, str | None]]:
        return [(self.tr("—"), None)] + [(text, pid) for text, pid in self.people()]

    def new_problem(self) -> None:
        from ui.registers.problem_dialog import ProblemDialog

        project_id, store = self.tab.project_id, self.store
        if project_id is None:
            return
        dialog = ProblemDialog(ProblemData(), self._owners(), self._parent())
        if not dialog.exec():
            return
        data = dialog.result_data()
        self._run(lambda: problem_ops.record(store, project_id, data),
                  self.done(self.tr("Problem recorded: tell the customer today.")))

    def edit_problem(self, problem_id: str) -> None:
        from ui.registers.problem_dialog import ProblemDialog

        problem, store = self.find(problem_id), self.store
        if problem is None:
            return
        dialog = ProblemDialog(problem.data, self._owners(), self._parent(),
                               title=f"{problem.key} {problem.title}")
        if not dialog.exec():
            return
        data = dialog.result_data()
        self._run(lambda: problem_ops.save(store, problem_id, data),
                  self.done(self.tr("Problem saved.")))

    def set_status(self, problem_id: str, status: str) -> None:
        store = self.store
        self._run(lambda: problem_ops.set_status(store, problem_id, ProblemStatus(status)),
                  self.done(self.tr("Problem updated.")))

    def delete(self, problem_id: str) -> None:
        problem, store = self.find(problem_id), self.store
        if problem is None or not self.ctx.prompts.confirm(
                self._parent(), self.tr("Delete the problem"),
                self.tr("Delete “%1” with its remedial plan? Messages about it are kept.")
                .replace("%1", f"{problem.key} {problem.title}"), self.tr("Delete")):
            return
        self._run(lambda: problem_ops.delete(store, problem_id),
                  lambda _none: self.ctx.status(self.tr("Problem deleted."), 8000))
