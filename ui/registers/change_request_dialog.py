"""New change request / edit what it says: title, description, key, who submitted it."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)


class ChangeRequestDialog(QDialog):
    def __init__(self, people: list[tuple[str, str]], values: dict[str, Any] | None = None,
                 parent: QWidget | None = None) -> None:
        """``people``: (label, person id) of the project's customer contacts."""
        super().__init__(parent)
        values = values or {}
        self.setWindowTitle(self.tr("Change request") if values
                            else self.tr("New change request"))
        self.key = QLineEdit(values.get("key", ""), self)
        self.key.setPlaceholderText(self.tr("numbered for you, e.g. CR-12"))
        self.title = QLineEdit(values.get("title", ""), self)
        self.title.setPlaceholderText(self.tr("What the customer asks for, in a line"))
        self.description = QPlainTextEdit(values.get("description", ""), self)
        self.description.setPlaceholderText(self.tr(
            "The customer's description: what, why, by when"))
        self.submitted_by = QComboBox(self)
        self.submitted_by.addItem(self.tr("—"), "")
        for text, person_id in people:
            self.submitted_by.addItem(text, person_id)
        found = self.submitted_by.findData(values.get("submitted_by_person_id") or "")
        self.submitted_by.setCurrentIndex(max(found, 0))
        form = QFormLayout(self)
        form.addRow(self.tr("&Title:"), self.title)
        form.addRow(self.tr("&Key:"), self.key)
        form.addRow(self.tr("Submitted &by:"), self.submitted_by)
        form.addRow(self.tr("&Description:"), self.description)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.title.textChanged.connect(lambda text: self.ok.setEnabled(bool(text.strip())))
        self.ok.setEnabled(bool(self.title.text().strip()))
        self.resize(560, 380)

    def _accept(self) -> None:
        if self.title.text().strip():
            self.accept()

    def values(self) -> dict[str, Any]:
        return {"title": self.title.text(), "description": self.description.toPlainText(),
                "key": self.key.text(),
                "submitted_by_person_id": self.submitted_by.currentData() or None}
