"""Carries out what the Red flags page asks for."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import Signal

from cockpit.domain.enums import Side
from ui.registers import flag_ops
from ui.registers.page_controller import PageController


class RedFlagsController(PageController):
    notice_wanted = Signal(str, str)  # project id, flag id: write the escalation notice

    def attach(self) -> None:
        page = self.page
        page.new_requested.connect(self.new_flag)
        page.edit_requested.connect(self.edit_flag)
        page.step_requested.connect(self.step)
        page.notice_requested.connect(
            lambda flag_id: self.notice_wanted.emit(self.tab.project_id or "", flag_id))

    def load(self, store: Any, project_id: str, today: date) -> flag_ops.FlagsData:
        return flag_ops.load_flags(store, project_id)

    def show(self, data: flag_ops.FlagsData) -> None:
        self.page.set_flags(data.rows, data.zone)

    def new_flag(self) -> None:
        from ui.registers.red_flag_dialog import RedFlagDialog

        project_id, store = self.tab.project_id, self.store
        if project_id is None:
            return
        dialog = RedFlagDialog(self.people(Side.CUSTOMER),
                               mails=self.data.mails if self.data else [],
                               parent=self._parent())
        if not dialog.exec():
            return
        values = dialog.values()
        self._run(lambda: flag_ops.raise_flag(store, project_id, values),
                  self.done(self.tr("Red flag raised: it is with the project manager.")))

    def edit_flag(self, flag_id: str) -> None:
        from ui.registers.red_flag_dialog import RedFlagDialog

        flag, store = self.find(flag_id), self.store
        if flag is None:
            return
        dialog = RedFlagDialog([], values={
            "title": flag.title, "description": flag.description,
            "severity": flag.severity, "category": flag.category}, parent=self._parent())
        if not dialog.exec():
            return
        values = dialog.values()
        self._run(lambda: flag_ops.edit_flag(store, flag_id, values),
                  self.done(self.tr("Red flag saved.")))

    def step(self, flag_id: str, step: str) -> None:
        from ui.registers.red_flag_step_dialog import RedFlagStepDialog

        flag, store = self.find(flag_id), self.store
        if flag is None:
            return
        dialog = RedFlagStepDialog(flag, step, self._parent())
        if not dialog.exec():
            return
        values = dialog.values()
        self._run(lambda: flag_ops.flag_step(store, flag_id, step, values),
                  self.done(self.tr("Red flag updated.")))
