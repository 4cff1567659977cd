"""A question and its answer: who asked and when, the answer, who gave it and when, and
whether it is shared with the customer or internal."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QPlainTextEdit,
    QWidget,
)

from ui.widgets.dialog_fields import date_edit, person_combo, read_date, read_person


class QuestionDialog(QDialog):
    def __init__(self, people: list[tuple[str, str]], values: dict[str, Any] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        values = values or {}
        self.setWindowTitle(self.tr("Question") if values else self.tr("New question"))
        self.question = QPlainTextEdit(values.get("question", ""), self)
        self.question.setPlaceholderText(self.tr("The question, as it was asked"))
        self.asked_by = person_combo(self, people, values.get("asked_by_person_id"),
                                      values.get("asked_by", ""))
        self.asked_on = date_edit(self, values.get("asked_on"))
        self.answer = QPlainTextEdit(values.get("answer", ""), self)
        self.answer.setPlaceholderText(self.tr("The answer (empty while it is open)"))
        self.answered_by = person_combo(self, people, values.get("answered_by_person_id"),
                                         values.get("answered_by", ""))
        self.answered_on = date_edit(self, values.get("answered_on"))
        self.shared = QCheckBox(self.tr("&Shared with the customer (goes into the project "
                                        "document)"), self)
        self.shared.setChecked(bool(values.get("shared")))
        form = QFormLayout(self)
        form.addRow(self.tr("&Question:"), self.question)
        form.addRow(self.tr("Asked &by:"), self.asked_by)
        form.addRow(self.tr("Asked &on:"), self.asked_on)
        form.addRow(self.tr("&Answer:"), self.answer)
        form.addRow(self.tr("Answered b&y:"), self.answered_by)
        form.addRow(self.tr("Answered o&n:"), self.answered_on)
        form.addRow(self.shared)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.question.textChanged.connect(
            lambda: self.ok.setEnabled(bool(self.question.toPlainText().strip())))
        self.ok.setEnabled(bool(self.question.toPlainText().strip()))
        self.resize(600, 460)

    def values(self) -> dict[str, Any]:
        asked_id, asked_name = read_person(self.asked_by)
        answered_id, answered_name = read_person(self.answered_by)
        return {"question": self.question.toPlainText(), "asked_by_person_id": asked_id,
                "asked_by": asked_name, "asked_on": read_date(self.asked_on),
                "answer": self.answer.toPlainText(), "answered_by_person_id": answered_id,
                "answered_by": answered_name, "answered_on": read_date(self.answered_on),
                "shared": self.shared.isChecked()}
