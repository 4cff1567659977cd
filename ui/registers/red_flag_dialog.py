"""A new red flag (or what an open one says): what the customer complained about, who raised
it and when, its severity and category — or made from one of the customer's synced mails."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDateTime
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from cockpit.domain.red_flags import FlagCategory, Severity
from ui.labels import label

if TYPE_CHECKING:
    from ui.registers.ops import MailChoice


class RedFlagDialog(QDialog):
    def __init__(self, people: list[tuple[str, str]], *, mails: list[MailChoice] | None = None,
                 values: dict[str, Any] | None = None, parent: QWidget | None = None,
                 caption: str | None = None) -> None:
        """``people``: (label, person id) of the customer's side; ``mails``: offered as the
        flag's origin (a new flag only); ``values``: an open flag's, to edit."""
        super().__init__(parent)
        values = values or {}
        editing = bool(values)
        self.setWindowTitle(caption or (self.tr("Red flag") if editing
                                        else self.tr("New red flag")))
        self.mail = QComboBox(self)
        self.mail.addItem(self.tr("— none: raised in a call, a meeting or a chat —"), "")
        for mail in mails or []:
            self.mail.addItem(mail.label, mail.id)
        self.title = QLineEdit(values.get("title", ""), self)
        self.title.setPlaceholderText(self.tr("What the customer complains about, in a line"))
        self.description = QPlainTextEdit(values.get("description", ""), self)
        self.description.setPlaceholderText(self.tr("What they said, what it affects"))
        self.severity = QComboBox(self)
        for severity in Severity:
            self.severity.addItem(label(severity), severity.value)
        self.severity.setCurrentIndex(self.severity.findData(
            values.get("severity", Severity.MEDIUM).value))
        self.category = QComboBox(self)
        for category in FlagCategory:
            self.category.addItem(label(category), category.value)
        self.category.setCurrentIndex(self.category.findData(
            values.get("category", FlagCategory.OTHER).value))
        self.raised_by = QComboBox(self)
        self.raised_by.setEditable(True)  # someone not on the project: their name as typed
        for text, person_id in people:
            self.raised_by.addItem(text, person_id)
        self.raised_by.setCurrentIndex(0 if people else -1)
        self.raised_at = QDateTimeEdit(QDateTime.currentDateTime(), self)
        self.raised_at.setCalendarPopup(True)
        self.raised_at.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.raised_at.setMaximumDateTime(QDateTime.currentDateTime().addSecs(60))
        form = QFormLayout(self)
        if not editing:
            form.addRow(self.tr("From a customer's &mail:"), self.mail)
        form.addRow(self.tr("&Title:"), self.title)
        form.addRow(self.tr("&Severity:"), self.severity)
        form.addRow(self.tr("&Category:"), self.category)
        if not editing:
            form.addRow(self.tr("Raised &by:"), self.raised_by)
            form.addRow(self.tr("Raised &at:"), self.raised_at)
        else:
            for widget in (self.mail, self.raised_by, self.raised_at):
                widget.hide()
        form.addRow(self.tr("&Description:"), self.description)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.mail.currentIndexChanged.connect(self._update)
        self.title.textChanged.connect(self._update)
        self._update()
        self.resize(620, 420)

    def _update(self) -> None:
        from_mail = bool(self.mail.currentData())
        for widget in (self.raised_by, self.raised_at):
            widget.setEnabled(not from_mail)  # the mail says who and when
        self.ok.setEnabled(from_mail or bool(self.title.text().strip()))

    def values(self) -> dict[str, Any]:
        person_id = self.raised_by.currentData() \
            if self.raised_by.currentIndex() >= 0 and \
            self.raised_by.currentText() == self.raised_by.itemText(
                self.raised_by.currentIndex()) else None
        moment = self.raised_at.dateTime().toPython()
        assert isinstance(moment, datetime)
        return {"mail_id": self.mail.currentData() or None, "title": self.title.text(),
                "description": self.description.toPlainText(),
                "severity": Severity(self.severity.currentData()),
                "category": FlagCategory(self.category.currentData()),
                "raised_by_person_id": person_id or None,
                "raised_by": "" if person_id else self.raised_by.currentText(),
                "raised_at": moment.astimezone()}
