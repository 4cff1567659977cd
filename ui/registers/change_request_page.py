"""Change requests (PRODUCT.md §4): each submitted by the customer with a description,
estimated one by one, sent for confirmation, confirmed in writing or rejected, put into this
sprint or the next, the team told, done. The buttons offer only the moves the workflow has
from the selected request's state; its history is listed below the table."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QMenu, QWidget

from cockpit.domain.change_workflow import MOVES
from cockpit.domain.work import ChangeRequestStatus as S
from ui.labels import label
from ui.registers.change_request_model import ChangeRequestModel
from ui.registers.page_base import RegisterPage

if TYPE_CHECKING:
    from cockpit.services.change_requests import ChangeRequestView


class ChangeRequestPage(RegisterPage):
    edit_requested = Signal(str)
    move_requested = Signal(str, str)  # change request id, target state
    delete_requested = Signal(str)
    estimate_requested = Signal(str)  # write the estimate message
    agreement_requested = Signal(str)  # write the agreed change's confirmation
    team_requested = Signal(str)  # write the team notice

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(ChangeRequestModel(), {0: 70, 1: 260, 2: 150, 3: 60, 4: 130, 5: 90,
                                                6: 200, 7: 130}, self.tr(
            "No change requests yet. When the customer asks for a change, press “New change "
            "request…” and describe it; then estimate it, send the estimate, and record the "
            "customer's written confirmation."), parent,
            details_hint=self.tr("Select a change request to see its steps."))
        self.model.setParent(self)
        assert self.details is not None
        self.history = self.details
        self.add_buttons((("new", self.tr("&New change request…")), ("edit", self.tr("&Edit…")),
                          ("move", self.tr("&Move to…")),
                          ("estimate", self.tr("Send &estimate…")),
                          ("agreement", self.tr("Confirm agreed change…")),
                          ("team", self.tr("Tell the &team…")),
                          ("delete", self.tr("Delete"))))
        self.buttons["estimate"].setToolTip(self.tr(
            "Write the estimate to the customer for confirmation; sending it moves the request "
            "to “Sent for confirmation”"))
        self.buttons["agreement"].setToolTip(self.tr(
            "Confirm the agreed change, with its hours, in writing"))
        self.buttons["team"].setToolTip(self.tr(
            "Tell the vendor team what goes into the sprint; sending it moves the request to "
            "“Team informed”"))
        self.move_menu = QMenu(self)
        self.buttons["move"].setMenu(self.move_menu)
        self.lay_out()
        for key, signal in (("edit", self.edit_requested), ("delete", self.delete_requested),
                            ("estimate", self.estimate_requested),
                            ("agreement", self.agreement_requested),
                            ("team", self.team_requested)):
            self.buttons[key].clicked.connect(
                lambda _c=False, sig=signal: self.emit_selected(sig))
        self.set_enabled_project(False)

    def activated(self) -> None:
        self.emit_selected(self.edit_requested)

    def update_buttons(self) -> None:
        cr = self.selected()
        for key in ("edit", "move", "delete"):
            self.buttons[key].setEnabled(cr is not None)
        self.buttons["estimate"].setEnabled(cr is not None and cr.estimate_hours is not None
                                            and cr.status in (S.ESTIMATED, S.SENT))
        self.buttons["agreement"].setEnabled(cr is not None and cr.estimate_hours is not None
                                             and cr.status in (S.CONFIRMED, S.SCHEDULED,
                                                               S.TEAM_INFORMED))
        self.buttons["team"].setEnabled(cr is not None and cr.status is S.SCHEDULED)
        self.move_menu.clear()
        if cr is not None:
            for target in MOVES[cr.status]:
                action = self.move_menu.addAction(label(target))
                action.triggered.connect(
                    lambda _c=False, t=target, i=cr.id: self.move_requested.emit(i, t.value))
            self.buttons["move"].setEnabled(bool(MOVES[cr.status]))
        self.history.setPlainText(self._history(cr) if cr else "")

    def _history(self, cr: ChangeRequestView) -> str:
        lines = [f"{cr.key} {cr.title}", cr.description, ""] if cr.description else \
            [f"{cr.key} {cr.title}", ""]
        for event in cr.events:
            when = event.at.astimezone().strftime("%Y-%m-%d %H:%M")
            step = (f"{label(event.from_status)} → {label(event.to_status)}"
                    if event.from_status else label(event.to_status))
            who = f" — {event.by}" if event.by else ""
            note = f": {event.note}" if event.note else ""
            lines.append(f"{when}  {step}{who}{note}")
        return "\n".join(lines)
