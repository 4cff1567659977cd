"""Carries out what the Change requests page asks for."""

from __future__ import annotations

from datetime import date
from typing import Any

from cockpit.domain.enums import Side
from cockpit.domain.work import ChangeRequestStatus
from ui.registers import ops
from ui.registers.page_controller import PageController


class ChangeRequestsController(PageController):
    def attach(self) -> None:
        page = self.page
        page.new_requested.connect(self.new_change)
        page.edit_requested.connect(self.edit_change)
        page.move_requested.connect(self.move_change)
        page.delete_requested.connect(self.delete_change)

    def load(self, store: Any, project_id: str, today: date) -> ops.ChangeRequestsData:
        return ops.load_change_requests(store, project_id, today)

    def show(self, data: ops.ChangeRequestsData) -> None:
        self.page.set_rows(data.rows)

    def new_change(self) -> None:
        from ui.registers.change_request_dialog import ChangeRequestDialog

        project_id, store = self.tab.project_id, self.store
        if project_id is None:
            return
        dialog = ChangeRequestDialog(self.people(Side.CUSTOMER), parent=self._parent())
        if not dialog.exec():
            return
        values = dialog.values()
        self._run(lambda: ops.submit_change(store, project_id, values),
                  self.done(self.tr("Change request recorded.")))

    def edit_change(self, cr_id: str) -> None:
        from ui.registers.change_request_dialog import ChangeRequestDialog

        row, store = self.find(cr_id), self.store
        if row is None:
            return
        dialog = ChangeRequestDialog(self.people(Side.CUSTOMER), {
            "key": row.key, "title": row.title, "description": row.description,
            "submitted_by_person_id": row.submitted_by_person_id}, self._parent())
        if not dialog.exec():
            return
        values = dialog.values()
        self._run(lambda: ops.edit_change(store, cr_id, values),
                  self.done(self.tr("Change request saved.")))

    def move_change(self, cr_id: str, target: str) -> None:
        from ui.registers.change_request_move_dialog import ChangeRequestMoveDialog

        row, store = self.find(cr_id), self.store
        if row is None or self.data is None:
            return
        state = ChangeRequestStatus(target)
        passport = self.editor.passport
        dialog = ChangeRequestMoveDialog(
            row, state, people=self.people(Side.VENDOR), sprints=self.data.sprints,
            all_sprints=[s.name for s in passport.sprints] if passport else [],
            mails=self.data.mails, today=date.today(), parent=self._parent())
        if not dialog.exec():
            return
        values = dialog.values()
        self._run(lambda: ops.move_change(store, cr_id, state, **values),
                  self.done(self.tr("Change request moved on.")))

    def delete_change(self, cr_id: str) -> None:
        row, store = self.find(cr_id), self.store
        if row is None or not self.ctx.prompts.confirm(
                self._parent(), self.tr("Delete the change request"),
                self.tr("Delete “%1” with its history? Messages about it are kept.")
                .replace("%1", row.label), self.tr("Delete")):
            return
        self._run(lambda: ops.delete_change(store, cr_id),
                  lambda _none: self.ctx.status(self.tr("Change request deleted."), 8000))
