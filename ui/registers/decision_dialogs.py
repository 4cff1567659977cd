"""Record a decision (by hand, or from one of the customer's synced mails) and link the
written message that confirms one (a mail, or a message logged by hand with its date)."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QWidget,
)

from ui.widgets.dialog_fields import date_edit, read_date

if TYPE_CHECKING:
    from ui.registers.ops import MailChoice


class DecisionDialog(QDialog):
    """A new decision (optionally from a mail), or a recorded one's text, date, internal."""

    def __init__(self, mails: list[MailChoice] | None = None,
                 values: dict[str, Any] | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        values = values or {}
        self.setWindowTitle(self.tr("Decision") if values else self.tr("Record a decision"))
        self.mail = QComboBox(self)
        self.mail.addItem(self.tr("— none: agreed in a call or a meeting —"), "")
        for mail in mails or []:
            self.mail.addItem(mail.label, mail.id)
        self.text = QPlainTextEdit(values.get("text", ""), self)
        self.text.setPlaceholderText(self.tr("What was decided, as the customer would read it"))
        self.decided_on = date_edit(self, values.get("decided_on") or date.today(), past_only=True)
        self.internal = QCheckBox(self.tr("Internal: never sent to the customer"), self)
        self.internal.setChecked(bool(values.get("internal")))
        form = QFormLayout(self)
        if not values:
            form.addRow(self.tr("From a customer's &mail:"), self.mail)
        else:
            self.mail.hide()
        form.addRow(self.tr("&Decision:"), self.text)
        form.addRow(self.tr("Decided &on:"), self.decided_on)
        form.addRow(self.internal)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.text.textChanged.connect(self._update)
        self.mail.currentIndexChanged.connect(self._update)
        self._update()
        self.resize(560, 280)

    def _update(self) -> None:
        from_mail = bool(self.mail.currentData())
        self.decided_on.setEnabled(not from_mail)  # the mail's date
        self.ok.setEnabled(from_mail or bool(self.text.toPlainText().strip()))

    def values(self) -> dict[str, Any]:
        return {"mail_id": self.mail.currentData() or None, "text": self.text.toPlainText(),
                "decided_on": read_date(self.decided_on), "internal": self.internal.isChecked()}


class ConfirmationDialog(QDialog):
    """The written message that confirms a decision: a synced mail, or one logged by hand."""

    def __init__(self, text: str, mails: list[MailChoice],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Link the written confirmation"))
        self.by_mail = QRadioButton(self.tr("The customer's &mail:"), self)
        self.by_hand = QRadioButton(self.tr("Logged by &hand:"), self)
        group = QButtonGroup(self)
        group.addButton(self.by_mail)
        group.addButton(self.by_hand)
        self.mail = QComboBox(self)
        for mail in mails:
            self.mail.addItem(mail.label, mail.id)
        self.logged = QLineEdit(self)
        self.logged.setPlaceholderText(self.tr(
            "What and where, e.g. “confirmed in the Teams chat by Tanaka-san”"))
        self.logged_on = date_edit(self, date.today(), past_only=True)
        (self.by_mail if mails else self.by_hand).setChecked(True)
        self.by_mail.setEnabled(bool(mails))
        self.mail.setEnabled(bool(mails))
        form = QFormLayout(self)
        heading = QPlainTextEdit(text, self)
        heading.setReadOnly(True)
        heading.setMaximumHeight(70)
        form.addRow(heading)
        form.addRow(self.by_mail, self.mail)
        form.addRow(self.by_hand, self.logged)
        form.addRow(self.tr("Its &date:"), self.logged_on)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.resize(600, 0)

    def values(self) -> dict[str, Any]:
        if self.by_mail.isChecked():
            return {"mail_id": self.mail.currentData(), "note": "", "on": None}
        return {"mail_id": None, "note": self.logged.text(), "on": read_date(self.logged_on)}
