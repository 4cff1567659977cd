"""Carries out what the Q&A page asks for."""

from __future__ import annotations

from datetime import date
from typing import Any

from ui.registers import question_ops
from ui.registers.page_controller import PageController


class QuestionsController(PageController):
    def attach(self) -> None:
        page = self.page
        page.new_requested.connect(self.new_question)
        page.edit_requested.connect(self.edit_question)
        page.delete_requested.connect(self.delete)

    def load(self, store: Any, project_id: str, today: date) -> list[Any]:
        return question_ops.load_questions(store, project_id)

    def rows(self) -> list[Any]:
        return list(self.data or [])

    def show(self, data: list[Any]) -> None:
        self.page.set_rows(data)

    def new_question(self) -> None:
        from ui.registers.question_dialog import QuestionDialog

        project_id, store = self.tab.project_id, self.store
        if project_id is None:
            return
        dialog = QuestionDialog(self.people(), parent=self._parent())
        if not dialog.exec():
            return
        values = dialog.values()
        self._run(lambda: question_ops.ask(store, project_id, values),
                  self.done(self.tr("Question recorded.")))

    def edit_question(self, question_id: str) -> None:
        from ui.registers.question_dialog import QuestionDialog

        row, store = self.find(question_id), self.store
        if row is None:
            return
        dialog = QuestionDialog(self.people(), {
            "question": row.question, "asked_by_person_id": row.asked_by_person_id,
            "asked_by": row.asked_by, "asked_on": row.asked_on, "answer": row.answer,
            "answered_by_person_id": row.answered_by_person_id,
            "answered_by": row.answered_by, "answered_on": row.answered_on,
            "shared": row.shared}, self._parent())
        if not dialog.exec():
            return
        values = dialog.values()
        self._run(lambda: question_ops.save(store, question_id, values),
                  self.done(self.tr("Question saved.")))

    def delete(self, question_id: str) -> None:
        row, store = self.find(question_id), self.store
        if row is None or not self.ctx.prompts.confirm(
                self._parent(), self.tr("Delete the question"),
                self.tr("Delete “%1”?").replace("%1", f"{row.key} {row.question[:80]}"),
                self.tr("Delete")):
            return
        self._run(lambda: question_ops.delete(store, question_id),
                  lambda _none: self.ctx.status(self.tr("Question deleted."), 8000))
