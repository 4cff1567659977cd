"""Carries out what the Decisions page asks for."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import Signal

from cockpit.domain.decisions import DecisionOrigin
from ui.registers import decision_ops
from ui.registers.page_controller import PageController


class DecisionsController(PageController):
    confirm_wanted = Signal(str, str)  # project id, decision id: write the confirmation

    def attach(self) -> None:
        page = self.page
        page.new_requested.connect(self.new_decision)
        page.edit_requested.connect(self.edit_decision)
        page.link_requested.connect(self.link)
        page.delete_requested.connect(self.delete)
        page.confirm_requested.connect(
            lambda decision_id: self.confirm_wanted.emit(self.tab.project_id or "",
                                                         decision_id))

    def load(self, store: Any, project_id: str, today: date) -> decision_ops.DecisionsData:
        return decision_ops.load_decisions(store, project_id)

    def show(self, data: decision_ops.DecisionsData) -> None:
        self.page.set_rows(data.rows)

    def new_decision(self) -> None:
        from ui.registers.decision_dialogs import DecisionDialog

        project_id, store = self.tab.project_id, self.store
        if project_id is None:
            return
        dialog = DecisionDialog(self.data.mails if self.data else [], parent=self._parent())
        if not dialog.exec():
            return
        values = dialog.values()
        self._run(lambda: decision_ops.record(store, project_id, values),
                  self.done(self.tr("Decision recorded.")))

    def edit_decision(self, decision_id: str) -> None:
        from ui.registers.decision_dialogs import DecisionDialog

        decision, store = self.find(decision_id), self.store
        if decision is None or decision.origin is DecisionOrigin.MEETING:
            return
        dialog = DecisionDialog(values={"text": decision.text,
                                        "decided_on": decision.decided_on,
                                        "internal": decision.internal}, parent=self._parent())
        if not dialog.exec():
            return
        values = dialog.values()
        self._run(lambda: decision_ops.edit(store, decision_id, values),
                  self.done(self.tr("Decision saved.")))

    def link(self, decision_id: str) -> None:
        from ui.registers.decision_dialogs import ConfirmationDialog

        decision, store, project_id = self.find(decision_id), self.store, self.tab.project_id
        if decision is None or project_id is None:
            return
        dialog = ConfirmationDialog(decision.text, self.data.mails if self.data else [],
                                    self._parent())
        if not dialog.exec():
            return
        values = dialog.values()
        self._run(lambda: decision_ops.link(store, project_id, decision_id, values),
                  self.done(self.tr("Decision confirmed in writing.")))

    def delete(self, decision_id: str) -> None:
        decision, store = self.find(decision_id), self.store
        if decision is None or not self.ctx.prompts.confirm(
                self._parent(), self.tr("Delete the decision"),
                self.tr("Delete “%1” from the decision log?").replace("%1", decision.text),
                self.tr("Delete")):
            return
        self._run(lambda: decision_ops.delete(store, decision_id),
                  lambda _none: self.ctx.status(self.tr("Decision deleted."), 8000))
