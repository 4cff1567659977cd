"""One step of a change request's workflow, asking only for what that step needs: the hours
and who estimated them; the customer's confirming (or rejecting) mail, or a message logged by
hand with its date; the sprint it goes into; a note for any step."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QWidget,
)

from cockpit.domain.change_workflow import Confirmation
from cockpit.domain.work import ChangeRequestStatus as S
from ui.labels import label

if TYPE_CHECKING:
    from cockpit.services.change_requests import ChangeRequestView
    from ui.registers.ops import MailChoice


class ChangeRequestMoveDialog(QDialog):
    def __init__(self, cr: ChangeRequestView, target: S, *, people: list[tuple[str, str]],
                 sprints: list[str], all_sprints: list[str], mails: list[MailChoice],
                 today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.target = target
        self.setWindowTitle(self.tr("%1 → %2").replace("%1", cr.key or cr.title)
                            .replace("%2", label(target)))
        form = QFormLayout(self)
        heading = QLabel(f"<b>{cr.key}</b> {cr.title}", self)
        heading.setWordWrap(True)
        form.addRow(heading)
        self.hours = QLineEdit(self)
        self.estimated_by = QComboBox(self)
        self.sprint = QComboBox(self)
        self.mail = QComboBox(self)
        self.logged = QLineEdit(self)
        self.logged_on = QDateEdit(self)
        self.by_mail = QRadioButton(self.tr("The customer's &mail:"), self)
        self.by_hand = QRadioButton(self.tr("Logged by &hand:"), self)
        if target is S.ESTIMATED:
            self._estimate_rows(form, cr, people)
        if target in (S.CONFIRMED, S.REJECTED):
            self._confirmation_rows(form, target, mails, today)
        if target is S.SCHEDULED:
            self._sprint_rows(form, cr, sprints, all_sprints)
        shown = {S.ESTIMATED: (self.hours, self.estimated_by),
                 S.CONFIRMED: (self.mail, self.logged, self.logged_on, self.by_mail,
                               self.by_hand),
                 S.REJECTED: (self.mail, self.logged, self.logged_on, self.by_mail,
                              self.by_hand),
                 S.SCHEDULED: (self.sprint,)}.get(target, ())
        for field in (self.hours, self.estimated_by, self.sprint, self.mail, self.logged,
                      self.logged_on, self.by_mail, self.by_hand):
            if field not in shown:  # what this step does not ask for is not on the form
                field.hide()
        self.note = QLineEdit(self)
        self.note.setPlaceholderText(self.tr("Optional: kept with the step in its history"))
        form.addRow(self.tr("&Note:"), self.note)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.resize(620, 0)

    def _estimate_rows(self, form: QFormLayout, cr: ChangeRequestView,
                       people: list[tuple[str, str]]) -> None:
        if cr.estimate_hours is not None:
            self.hours.setText(f"{cr.estimate_hours.normalize():f}")
        self.hours.setPlaceholderText(self.tr("e.g. 16 or 2.5"))
        for text, person_id in people:
            self.estimated_by.addItem(text, person_id)
        found = self.estimated_by.findData(cr.estimated_by_person_id or "")
        self.estimated_by.setCurrentIndex(max(found, 0))
        form.addRow(self.tr("Estimate (&hours):"), self.hours)
        form.addRow(self.tr("Estimated &by:"), self.estimated_by)

    def _confirmation_rows(self, form: QFormLayout, target: S, mails: list[MailChoice],
                           today: date) -> None:
        group = QButtonGroup(self)
        group.addButton(self.by_mail)
        group.addButton(self.by_hand)
        for mail in mails:
            self.mail.addItem(mail.label, mail.id)
        self.logged.setPlaceholderText(self.tr(
            "What and where, e.g. “confirmed in the Teams chat by Tanaka-san”"))
        self.logged_on.setCalendarPopup(True)
        self.logged_on.setDisplayFormat("yyyy-MM-dd")
        self.logged_on.setDate(QDate(today.year, today.month, today.day))
        self.logged_on.setMaximumDate(QDate(today.year, today.month, today.day))
        (self.by_mail if mails else self.by_hand).setChecked(True)
        self.by_mail.setEnabled(bool(mails))
        self.mail.setEnabled(bool(mails))
        form.addRow(self.by_mail, self.mail)
        form.addRow(self.by_hand, self.logged)
        form.addRow(self.tr("Its &date:"), self.logged_on)
        if target is S.REJECTED:
            form.addRow(QLabel(self.tr("Leave both empty when nothing was written."), self))

    def _sprint_rows(self, form: QFormLayout, cr: ChangeRequestView, sprints: list[str],
                     all_sprints: list[str]) -> None:
        for name in sprints + [s for s in all_sprints if s not in sprints]:
            self.sprint.addItem(name, name)
        if cr.target_sprint:
            self.sprint.setCurrentIndex(max(self.sprint.findData(cr.target_sprint), 0))
        form.addRow(self.tr("&Sprint:"), self.sprint)
        if not all_sprints:
            form.addRow(QLabel(self.tr(
                "The project has no sprints yet: add them in the passport's Sprints tab."),
                self))

    def values(self) -> dict[str, Any]:
        """The keyword arguments of ``ops.move_change`` for this step."""
        out: dict[str, Any] = {"note": self.note.text()}
        if self.target is S.ESTIMATED:
            out["hours"] = self.hours.text().strip() or None
            out["estimated_by_person_id"] = self.estimated_by.currentData() or None
        if self.target in (S.CONFIRMED, S.REJECTED):
            if self.by_mail.isChecked() and self.mail.currentData():
                out["confirmation"] = Confirmation(mail_id=self.mail.currentData())
            elif self.by_hand.isChecked() and self.logged.text().strip():
                day = self.logged_on.date()
                out["confirmation"] = Confirmation(
                    note=self.logged.text(), on=date(day.year(), day.month(), day.day()))
        if self.target is S.SCHEDULED:
            out["sprint"] = self.sprint.currentData()
        return out
