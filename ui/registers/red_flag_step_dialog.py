"""One step on a red flag, asking only what it needs: a note (internal), the answer given to
the customer, an escalation by hand (why), the resolution (what was done, the root cause,
where the retrospective is) or a reopening (why)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

if TYPE_CHECKING:
    from cockpit.services.red_flags import Flag

STEPS = ("note", "answer", "escalate", "resolve", "reopen")


class RedFlagStepDialog(QDialog):
    def __init__(self, flag: Flag, step: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.step = step
        titles = {"note": self.tr("Add a note"), "answer": self.tr("Record the answer"),
                  "escalate": self.tr("Escalate now"), "resolve": self.tr("Resolve"),
                  "reopen": self.tr("Reopen")}
        self.setWindowTitle(f"{flag.key} — {titles[step]}")
        form = QFormLayout(self)
        heading = QLabel(f"<b>{flag.key}</b> {flag.title}", self)
        heading.setWordWrap(True)
        form.addRow(heading)
        self.text = QPlainTextEdit(self)
        self.root_cause = QPlainTextEdit(self)
        self.retrospective = QLineEdit(self)
        prompts = {
            "note": (self.tr("&Note:"), self.tr("For the team: what was checked, who does what")),
            "answer": (self.tr("&Answer:"), self.tr("What the customer was told, and how")),
            "escalate": (self.tr("&Why:"), self.tr("Why it goes up before its time runs out")),
            "resolve": (self.tr("&Resolution:"), self.tr("What was done about it")),
            "reopen": (self.tr("&Why:"), self.tr("What came back")),
        }
        caption, hint = prompts[step]
        self.text.setPlaceholderText(hint)
        form.addRow(caption, self.text)
        if step == "resolve":
            self.root_cause.setPlaceholderText(self.tr("Why it happened"))
            self.retrospective.setPlaceholderText(self.tr(
                "Where the retrospective is: a link, or the meeting and its date"))
            form.addRow(self.tr("Root &cause:"), self.root_cause)
            form.addRow(self.tr("Re&trospective:"), self.retrospective)
        else:
            self.root_cause.hide()
            self.retrospective.hide()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        needs_text = step in ("note", "answer", "resolve")
        self.text.textChanged.connect(
            lambda: self.ok.setEnabled(not needs_text or bool(self.text.toPlainText().strip())))
        self.ok.setEnabled(not needs_text)
        self.resize(560, 320 if step == "resolve" else 220)

    def values(self) -> dict[str, Any]:
        return {"text": self.text.toPlainText(), "root_cause": self.root_cause.toPlainText(),
                "retrospective": self.retrospective.text()}
