"""A project's decision log and its open action items, from the minutes of its meetings."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
)

from cockpit.domain.messages import MessageState

if TYPE_CHECKING:
    from cockpit.services.occurrences import LoggedItem


class DecisionLogDialog(QDialog):
    confirm_requested = Signal(str)  # decision id: confirm it to the customer in writing

    def __init__(self, decisions: list[LoggedItem], actions: list[LoggedItem],
                 parent=None, *,  # type: ignore[no-untyped-def]
                 confirmed: dict[str, tuple[Any, datetime]] | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Decisions and action items"))
        self.resize(760, 560)
        internal = self.tr("(internal)")
        self.decisions = QListWidget(self)
        self.decisions.setWordWrap(True)
        confirmed = confirmed or {}
        for d in reversed(decisions):
            item = QListWidgetItem(f"{d.meeting_start:%Y-%m-%d}  {d.item.text}"
                                   f"{' ' + internal if d.item.internal else ''}"
                                   f"\n            — {d.series_title}"
                                   f"{self._confirmation(confirmed.get(d.item.id))}",
                                   self.decisions)
            item.setData(Qt.ItemDataRole.UserRole, None if d.item.internal else d.item.id)
        if not decisions:
            QListWidgetItem(self.tr("No decisions recorded yet: they come from the minutes of "
                                    "the meetings."), self.decisions)
        self.confirm_button = QPushButton(self.tr("Confirm to the customer in &writing…"), self)
        self.confirm_button.setToolTip(self.tr(
            "Important decisions and agreed changes are traced in writing. Internal decisions "
            "are not sent."))
        self.confirm_button.setEnabled(False)
        self.decisions.currentItemChanged.connect(self._selected)
        self.confirm_button.clicked.connect(self._confirm)
        action_lines = [
            f"{a.item.text}{' ' + internal if a.item.internal else ''}\n    "
            + self.tr("owner: %1 · due: %2 · from %3").replace("%1", a.owner_name or "—")
            .replace("%2", a.item.due_on.isoformat() if a.item.due_on else "—")
            .replace("%3", f"{a.meeting_start:%Y-%m-%d}")
            for a in actions
        ]
        self.actions = QPlainTextEdit("\n".join(action_lines) or self.tr(
            "No open action items."), self)
        self.actions.setReadOnly(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Decision log (newest first)"), self))
        layout.addWidget(self.decisions, 3)
        layout.addWidget(self.confirm_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(QLabel(self.tr("Open action items (they carry over into the next "
                                        "agendas)"), self))
        layout.addWidget(self.actions, 2)
        layout.addWidget(buttons)

    def _confirmation(self, found: tuple[Any, datetime] | None) -> str:
        """" · confirmed in writing on …" (or queued / drafted) for the decision's line."""
        if found is None:
            return ""
        state, when = found
        texts = {
            MessageState.SENT: self.tr("confirmed in writing on %1"),
            MessageState.READY: self.tr("confirmation queued"),
            MessageState.FAILED: self.tr("confirmation failed to send"),
            MessageState.DRAFT: self.tr("confirmation drafted"),
        }
        return "  ·  " + texts[state].replace("%1", when.astimezone().strftime("%Y-%m-%d"))

    def _selected(self, item: QListWidgetItem | None) -> None:
        self.confirm_button.setEnabled(
            item is not None and bool(item.data(Qt.ItemDataRole.UserRole)))

    def _confirm(self) -> None:
        item = self.decisions.currentItem()
        decision_id = item.data(Qt.ItemDataRole.UserRole) if item else None
        if decision_id:
            self.accept()  # the compose window is not blocked by this dialog
            self.confirm_requested.emit(decision_id)
