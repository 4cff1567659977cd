"""Questions and answers: each shared with the customer or internal."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QWidget

from ui.registers.page_base import RegisterPage
from ui.registers.question_model import QuestionModel


class QuestionPage(RegisterPage):
    edit_requested = Signal(str)
    delete_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(QuestionModel(), {0: 50, 1: 280, 2: 120, 3: 90, 4: 260, 5: 120,
                                           6: 90, 7: 70}, self.tr(
            "No questions yet. Keep each question the customer (or the team) asks with its "
            "answer: press “New question…”. Mark the ones the customer may read as shared."),
            parent)
        self.model.setParent(self)
        self.summary = QLabel(self)
        self.add_buttons((("new", self.tr("&New question…")),
                          ("edit", self.tr("&Edit or answer…")), ("delete", self.tr("Delete"))))
        self.lay_out(self.summary)
        self.buttons["edit"].clicked.connect(lambda: self.emit_selected(self.edit_requested))
        self.buttons["delete"].clicked.connect(
            lambda: self.emit_selected(self.delete_requested))
        self.set_enabled_project(False)

    def activated(self) -> None:
        self.emit_selected(self.edit_requested)

    def shown(self, rows: list[Any]) -> None:
        waiting = sum(1 for q in rows if not q.answered)
        self.summary.setText(self.tr("%n waiting for an answer", "", waiting) if waiting else "")

    def update_buttons(self) -> None:
        selected = self.selected() is not None
        self.buttons["edit"].setEnabled(selected)
        self.buttons["delete"].setEnabled(selected)
