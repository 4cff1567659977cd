"""A project's decision log and its open action items, from the minutes of its meetings."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPlainTextEdit, QVBoxLayout

if TYPE_CHECKING:
    from cockpit.services.occurrences import LoggedItem


class DecisionLogDialog(QDialog):
    def __init__(self, decisions: list[LoggedItem], actions: list[LoggedItem],
                 parent=None) -> None:  # type: ignore[no-untyped-def]
        super().__init__(parent)
        self.setWindowTitle(self.tr("Decisions and action items"))
        self.resize(760, 560)
        internal = self.tr("(internal)")
        decision_lines = [
            f"{d.meeting_start:%Y-%m-%d}  {d.item.text}"
            f"{' ' + internal if d.item.internal else ''}\n            — {d.series_title}"
            for d in reversed(decisions)
        ]
        action_lines = [
            f"{a.item.text}{' ' + internal if a.item.internal else ''}\n    "
            + self.tr("owner: %1 · due: %2 · from %3").replace("%1", a.owner_name or "—")
            .replace("%2", a.item.due_on.isoformat() if a.item.due_on else "—")
            .replace("%3", f"{a.meeting_start:%Y-%m-%d}")
            for a in actions
        ]
        self.decisions = QPlainTextEdit("\n".join(decision_lines) or self.tr(
            "No decisions recorded yet: they come from the minutes of the meetings."), self)
        self.actions = QPlainTextEdit("\n".join(action_lines) or self.tr(
            "No open action items."), self)
        for box in (self.decisions, self.actions):
            box.setReadOnly(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Decision log (newest first)"), self))
        layout.addWidget(self.decisions, 3)
        layout.addWidget(QLabel(self.tr("Open action items (they carry over into the next "
                                        "agendas)"), self))
        layout.addWidget(self.actions, 2)
        layout.addWidget(buttons)
