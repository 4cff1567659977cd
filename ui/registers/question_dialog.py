"""A question and its answer: who asked and when, the answer, who gave it and when, and
whether it is shared with the customer or internal."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QPlainTextEdit,
    QWidget,
)


def _date_edit(parent: QWidget, value: date | None) -> QDateEdit:
    value = value or date.today()
    edit = QDateEdit(QDate(value.year, value.month, value.day), parent)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    return edit


def _read(edit: QDateEdit) -> date:
    day = edit.date()
    return date(day.year(), day.month(), day.day())


def _person_combo(parent: QWidget, people: list[tuple[str, str]], person_id: str | None,
                  name: str) -> QComboBox:
    combo = QComboBox(parent)
    combo.setEditable(True)  # someone not on the project: their name as typed
    for text, pid in people:
        combo.addItem(text, pid)
    found = combo.findData(person_id) if person_id else -1
    if found >= 0:
        combo.setCurrentIndex(found)
    else:
        combo.setCurrentIndex(-1)
        combo.setEditText(name)
    return combo


def _person(combo: QComboBox) -> tuple[str | None, str]:
    index = combo.currentIndex()
    if index >= 0 and combo.currentText() == combo.itemText(index):
        return combo.itemData(index), ""
    return None, combo.currentText().strip()


class QuestionDialog(QDialog):
    def __init__(self, people: list[tuple[str, str]], values: dict[str, Any] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        values = values or {}
        self.setWindowTitle(self.tr("Question") if values else self.tr("New question"))
        self.question = QPlainTextEdit(values.get("question", ""), self)
        self.question.setPlaceholderText(self.tr("The question, as it was asked"))
        self.asked_by = _person_combo(self, people, values.get("asked_by_person_id"),
                                      values.get("asked_by", ""))
        self.asked_on = _date_edit(self, values.get("asked_on"))
        self.answer = QPlainTextEdit(values.get("answer", ""), self)
        self.answer.setPlaceholderText(self.tr("The answer (empty while it is open)"))
        self.answered_by = _person_combo(self, people, values.get("answered_by_person_id"),
                                         values.get("answered_by", ""))
        self.answered_on = _date_edit(self, values.get("answered_on"))
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
        asked_id, asked_name = _person(self.asked_by)
        answered_id, answered_name = _person(self.answered_by)
        return {"question": self.question.toPlainText(), "asked_by_person_id": asked_id,
                "asked_by": asked_name, "asked_on": _read(self.asked_on),
                "answer": self.answer.toPlainText(), "answered_by_person_id": answered_id,
                "answered_by": answered_name, "answered_on": _read(self.answered_on),
                "shared": self.shared.isChecked()}
