"""One satisfaction answer: the scale (CSAT 1–5 or NPS 0–10), the score, who gave it and
when, what it is about, and their comment."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

from cockpit.domain.satisfaction import RANGE, Category, Scale
from ui.labels import label
from ui.widgets.dialog_fields import date_edit, person_combo, read_date, read_person


class AnswerDialog(QDialog):
    def __init__(self, people: list[tuple[str, str]], values: dict[str, Any] | None = None,
                 parent: QWidget | None = None) -> None:
        """``people``: (label, person id) of the customer's side; ``values``: an answer's,
        to edit."""
        super().__init__(parent)
        values = values or {}
        self.setWindowTitle(self.tr("Satisfaction answer") if values
                            else self.tr("Record a satisfaction answer"))
        self.scale = QComboBox(self)
        for scale in Scale:
            self.scale.addItem(label(scale), scale.value)
        self.scale.setCurrentIndex(self.scale.findData(values.get("scale", Scale.CSAT).value))
        self.score = QSpinBox(self)
        self.meaning = QLabel(self)
        self.meaning.setStyleSheet("color: #555;")
        self.respondent = person_combo(self, people, values.get("respondent_person_id"),
                                       values.get("respondent", ""))
        if not values and people:
            self.respondent.setCurrentIndex(0)
        self.answered_on = date_edit(self, values.get("answered_on"), past_only=True)
        self.category = QComboBox(self)
        for category in Category:
            self.category.addItem(label(category), category.value)
        self.category.setCurrentIndex(self.category.findData(
            values.get("category", Category.OVERALL).value))
        self.comment = QPlainTextEdit(values.get("comment", ""), self)
        self.comment.setPlaceholderText(self.tr("What they wrote, in their words"))
        form = QFormLayout(self)
        form.addRow(self.tr("&Scale:"), self.scale)
        form.addRow(self.tr("S&core:"), self.score)
        form.addRow("", self.meaning)
        form.addRow(self.tr("&Respondent:"), self.respondent)
        form.addRow(self.tr("&Date:"), self.answered_on)
        form.addRow(self.tr("Ca&tegory:"), self.category)
        form.addRow(self.tr("C&omment:"), self.comment)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.scale.currentIndexChanged.connect(self._scale_changed)
        self.score.valueChanged.connect(self._explain)
        self._scale_changed()
        if "score" in values:
            self.score.setValue(values["score"])
        self.resize(520, 380)

    def chosen_scale(self) -> Scale:
        return Scale(self.scale.currentData())

    def _scale_changed(self) -> None:
        low, high = RANGE[self.chosen_scale()]
        self.score.setRange(low, high)
        self.score.setValue(high if self.chosen_scale() is Scale.CSAT else 9)
        self._explain()

    def _explain(self) -> None:
        score = self.score.value()
        if self.chosen_scale() is Scale.CSAT:
            words = [self.tr("very dissatisfied"), self.tr("dissatisfied"), self.tr("neutral"),
                     self.tr("satisfied"), self.tr("very satisfied")]
            self.meaning.setText(words[score - 1])
        elif score >= 9:
            self.meaning.setText(self.tr("a promoter (9–10)"))
        elif score >= 7:
            self.meaning.setText(self.tr("passive (7–8)"))
        else:
            self.meaning.setText(self.tr("a detractor (0–6): an early warning"))

    def values(self) -> dict[str, Any]:
        person_id, name = read_person(self.respondent)
        return {"scale": self.chosen_scale(), "score": self.score.value(),
                "answered_on": read_date(self.answered_on),
                "respondent_person_id": person_id, "respondent": name,
                "category": Category(self.category.currentData()),
                "comment": self.comment.toPlainText()}
