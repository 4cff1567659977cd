"""Carries out what the Satisfaction tab asks for: loading the answers and trends off the GUI
thread when the project is shown or its answers change (the one change signal), recording,
editing and deleting answers, raising a red flag from one, and asking for a survey (the
messages controller composes it: ``compose_requested``)."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal

from cockpit.domain.enums import MessageKind, Side
from cockpit.messages.sources import Source
from ui.controller import Controller
from ui.satisfaction import ops

if TYPE_CHECKING:
    from cockpit.changes import Changes
    from ui.context import AppContext
    from ui.passport.editor import PassportEditor


class SatisfactionController(Controller):
    compose_requested = Signal(object, object)  # MessageKind, Source

    def __init__(self, ctx: AppContext, editor: PassportEditor,
                 parent: QObject | None = None) -> None:
        super().__init__(ctx, parent)
        self.editor = editor
        self.tab = editor.satisfaction
        self.select_next: str | None = None
        self.flag_next: str | None = None  # Today asked for a red flag from this answer
        tab = self.tab
        tab.project_shown.connect(self.refresh)
        tab.new_requested.connect(self.record)
        tab.edit_requested.connect(self.edit)
        tab.delete_requested.connect(self.delete)
        tab.flag_requested.connect(self.raise_flag)
        tab.survey_requested.connect(self.ask_for_feedback)
        ctx.changed.connect(self._on_changed)

    def _on_changed(self, changes: Changes) -> None:
        project_id = self.tab.project_id
        if changes.satisfied(None) or changes.register(project_id) \
                or changes.project(project_id):
            self.refresh()  # this project's answers, another's (the portfolio), a flag

    def refresh(self, project_id: str | None = None) -> None:
        project_id = project_id or self.tab.project_id
        store = self.store
        if project_id is None or store is None:
            return
        today = date.today()

        def shown(data: ops.SatisfactionData) -> None:
            if self.tab.project_id != project_id:
                return
            self.tab.show_data(data)
            if self.select_next is not None:
                self.tab.select(self.select_next)
                self.select_next = None
            if self.flag_next is not None:
                entry, self.flag_next = self.flag_next, None
                self.tab.select(entry)
                self.raise_flag(entry)

        self._run(lambda: ops.load(store, project_id, today), shown)

    def reveal_flag(self, entry_id: str) -> None:
        """Today offered an answer as a red flag: the tab shown, the answer selected, the red
        flag dialog open (once the answers are loaded)."""
        self.editor.tabs.setCurrentWidget(self.tab)
        data = self.tab.data
        if data is not None and any(e.id == entry_id for e in data.entries):
            self.tab.select(entry_id)
            self.raise_flag(entry_id)
        else:
            self.flag_next = entry_id

    def _people(self) -> list[tuple[str, str]]:
        from ui.registers.page_controller import passport_people

        return passport_people(self.editor.passport, Side.CUSTOMER)

    def _entry(self, entry_id: str) -> Any:
        data = self.tab.data
        return next((e for e in data.entries if e.id == entry_id), None) if data else None

    def _saved(self, message: str) -> Any:
        def shown(row: Any) -> None:
            self.ctx.status(message, 8000)
            self.select_next = getattr(row, "id", None)
        return shown

    # --- steps -------------------------------------------------------------------------
    def record(self) -> None:
        from ui.satisfaction.answer_dialog import AnswerDialog

        project_id, store = self.tab.project_id, self.store
        if project_id is None:
            return
        dialog = AnswerDialog(self._people(), parent=self._parent())
        if not dialog.exec():
            return
        values = dialog.values()
        self._run(lambda: ops.add(store, project_id, values),
                  self._saved(self.tr("Answer recorded.")))

    def edit(self, entry_id: str) -> None:
        from ui.satisfaction.answer_dialog import AnswerDialog

        row, store = self._entry(entry_id), self.store
        if row is None:
            return
        dialog = AnswerDialog(self._people(), {
            "scale": row.scale, "score": row.score, "answered_on": row.answered_on,
            "respondent_person_id": row.respondent_person_id, "respondent": row.respondent,
            "category": row.category, "comment": row.comment}, self._parent())
        if not dialog.exec():
            return
        values = dialog.values()
        self._run(lambda: ops.save(store, entry_id, values),
                  self._saved(self.tr("Answer saved.")))

    def delete(self, entry_id: str) -> None:
        row, store = self._entry(entry_id), self.store
        if row is None:
            return
        text = f"{row.answered_on.isoformat()} {row.respondent} {row.score}"
        if not self.ctx.prompts.confirm(
                self._parent(), self.tr("Delete the answer"),
                self.tr("Delete the answer “%1”?").replace("%1", text), self.tr("Delete")):
            return
        self._run(lambda: ops.delete(store, entry_id),
                  lambda _none: self.ctx.status(self.tr("Answer deleted."), 8000))

    def raise_flag(self, entry_id: str) -> None:
        store = self.store
        if store is None:
            return
        self._run(lambda: ops.draft(store, entry_id), self._ask_flag)

    def _ask_flag(self, draft: Any) -> None:
        from ui.registers.red_flag_dialog import RedFlagDialog

        store = self.store
        dialog = RedFlagDialog([], values={
            "title": draft.title, "description": draft.description,
            "severity": draft.severity, "category": draft.category}, parent=self._parent(),
            caption=self.tr("Red flag from a satisfaction answer"))
        if not dialog.exec():
            return
        values = dialog.values()
        self._run(lambda: ops.raise_flag(store, draft.entry_id, values),
                  lambda _flag: self.ctx.status(self.tr(
                      "Red flag raised: it is on the Registers tab and on Today."), 8000))

    def ask_for_feedback(self) -> None:
        project_id = self.tab.project_id
        if project_id:
            self.compose_requested.emit(MessageKind.SURVEY, Source(project_id))
