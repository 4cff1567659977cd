"""The decision log (PRODUCT.md §4): the meetings' decisions and those recorded from a
customer's mail or by hand, each traced to the written message that confirms it."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QWidget

from cockpit.domain.decisions import DecisionOrigin
from ui.registers.decision_model import DecisionModel
from ui.registers.page_base import RegisterPage


class DecisionPage(RegisterPage):
    edit_requested = Signal(str)
    confirm_requested = Signal(str)  # write the decision confirmation to the customer
    link_requested = Signal(str)  # link the written message that confirms it
    delete_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(DecisionModel(), {0: 90, 1: 340, 2: 200, 3: 260, 4: 60}, self.tr(
            "No decisions yet. The minutes' decisions show here; record one agreed in a call "
            "or in a customer's mail with “Record a decision…”, then confirm it in writing."),
            parent)
        self.model.setParent(self)
        self.summary = QLabel(self)
        self.add_buttons((("new", self.tr("&Record a decision…")), ("edit", self.tr("&Edit…")),
                          ("confirm", self.tr("Confirm in &writing…")),
                          ("link", self.tr("&Link the confirmation…")),
                          ("delete", self.tr("Delete"))))
        self.buttons["confirm"].setToolTip(self.tr(
            "Write the decision confirmation to the customer; once sent, it confirms it"))
        self.buttons["link"].setToolTip(self.tr(
            "It was confirmed another way: link the customer's mail, or log the message"))
        self.lay_out(self.summary)
        for key, signal in (("edit", self.edit_requested), ("confirm", self.confirm_requested),
                            ("link", self.link_requested), ("delete", self.delete_requested)):
            self.buttons[key].clicked.connect(
                lambda _c=False, sig=signal: self.emit_selected(sig))
        self.set_enabled_project(False)

    def activated(self) -> None:
        self.emit_selected(self.edit_requested)

    def shown(self, rows: list[Any]) -> None:
        awaiting = sum(1 for d in rows if not d.confirmed and not d.internal)
        self.summary.setText(self.tr("%n awaiting written confirmation", "", awaiting)
                             if awaiting else "")

    def update_buttons(self) -> None:
        decision = self.selected()
        recorded = decision is not None and decision.origin is not DecisionOrigin.MEETING
        customer = decision is not None and not decision.internal
        self.buttons["edit"].setEnabled(recorded)
        self.buttons["delete"].setEnabled(recorded)
        self.buttons["confirm"].setEnabled(customer)
        self.buttons["link"].setEnabled(customer)
        self.buttons["edit"].setToolTip(
            self.tr("A meeting's decision is edited in its minutes")
            if decision is not None and decision.origin is DecisionOrigin.MEETING else "")
