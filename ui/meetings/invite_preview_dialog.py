"""What each attendee will receive: the title, the time in their own zone, the agenda, and
what changed since the last invite."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPlainTextEdit, QVBoxLayout

from ui.widgets.time_zones import day_text

if TYPE_CHECKING:
    from cockpit.services.invites import AttendeePreview


class InvitePreviewDialog(QDialog):
    def __init__(self, previews: list[AttendeePreview], changes: list[str] | None,
                 change_names: dict[str, str], parent=None) -> None:  # type: ignore[no-untyped-def]
        super().__init__(parent)
        self.setWindowTitle(self.tr("Invite preview"))
        self.resize(760, 620)
        if changes is None:
            what = self.tr("No invite was sent yet: everyone receives a new invitation.")
        elif not changes:
            what = self.tr("Nothing attendees see changed since the last invite.")
        else:
            what = self.tr("Changed since the last invite: %1").replace(
                "%1", ", ".join(change_names.get(c, c) for c in changes))
        header = QLabel(what, self)
        header.setWordWrap(True)
        header.setStyleSheet("font-weight: 600;")
        lines = []
        for p in previews:
            side = self.tr("customer") if p.customer_side else self.tr("vendor")
            lines.append(f"{p.name} <{p.email}> — {side}\n    "
                         f"{day_text(p.first_local_start, '%Y-%m-%d %H:%M')} ({p.time_zone})")
        people = QPlainTextEdit("\n".join(lines), self)
        people.setReadOnly(True)
        agenda = QPlainTextEdit(previews[0].agenda if previews else "", self)
        agenda.setReadOnly(True)
        title = QLabel(previews[0].title if previews else "", self)
        title.setStyleSheet("font-size: 13pt; font-weight: 600;")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(header)
        layout.addWidget(title)
        layout.addWidget(QLabel(self.tr("Recipients and their local time:"), self))
        layout.addWidget(people, 1)
        layout.addWidget(QLabel(self.tr("Agenda (as the customer receives it):"), self))
        layout.addWidget(agenda, 2)
        layout.addWidget(buttons)
