"""Questions and messages to the user, behind one object so tests can answer them.

``Prompts`` shows real dialogs; tests pass a fake with the same methods.
"""

from __future__ import annotations

import sys
from enum import Enum, auto
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget


class UnsavedChoice(Enum):
    SAVE = auto()
    DISCARD = auto()
    CANCEL = auto()


class Prompts(QObject):
    def ask_unsaved(self, parent: QWidget | None, project: str) -> UnsavedChoice:
        box = QMessageBox(parent)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Unsaved changes"))
        box.setText(self.tr("Save the changes to %1?").replace("%1", project))
        box.setInformativeText(self.tr("Your edits will be lost if you don't save them."))
        save = box.addButton(self.tr("&Save"), QMessageBox.ButtonRole.AcceptRole)
        discard = box.addButton(self.tr("&Don't save"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(self.tr("Cancel"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(save)
        box.exec()
        clicked = box.clickedButton()
        if clicked is save:
            return UnsavedChoice.SAVE
        if clicked is discard:
            return UnsavedChoice.DISCARD
        return UnsavedChoice.CANCEL

    def confirm_delete(self, parent: QWidget | None, project: str) -> bool:
        return self._ask(
            parent, QMessageBox.Icon.Warning, self.tr("Delete project"),
            self.tr("Delete %1 and everything recorded for it?").replace("%1", project),
            self.tr("&Delete"), QMessageBox.ButtonRole.DestructiveRole,
            self.tr("This cannot be undone. To keep the history but hide the project, archive "
                    "it instead."))

    def confirm(self, parent: QWidget | None, title: str, text: str, action: str) -> bool:
        """A yes/no question whose "yes" button says what will happen (``action``)."""
        return self._ask(parent, QMessageBox.Icon.Question, title, text, action,
                         QMessageBox.ButtonRole.AcceptRole)

    def _ask(self, parent: QWidget | None, icon: QMessageBox.Icon, title: str, text: str,
             action: str, role: QMessageBox.ButtonRole, details: str = "") -> bool:
        box = QMessageBox(parent)
        box.setIcon(icon)
        box.setWindowTitle(title)
        box.setText(text)
        if details:
            box.setInformativeText(details)
        yes = box.addButton(action, role)
        cancel = box.addButton(self.tr("Cancel"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(cancel)  # the safe answer is the default
        box.exec()
        return box.clickedButton() is yes

    def error(self, parent: QWidget | None, title: str, text: str) -> None:
        QMessageBox.critical(parent, title, text)

    def info(self, parent: QWidget | None, title: str, text: str) -> None:
        QMessageBox.information(parent, title, text)

    def save_file(self, parent: QWidget | None, title: str, name: str, filter_: str) -> Path | None:
        path, _ = QFileDialog.getSaveFileName(parent, title, name, filter_)
        return Path(path) if path else None

    def open_file(self, parent: QWidget | None, title: str, filter_: str) -> Path | None:
        path, _ = QFileDialog.getOpenFileName(parent, title, "", filter_)
        return Path(path) if path else None

    def choose(self, parent: QWidget | None, title: str, text: str, items: list[str],
               current: int = 0) -> str | None:
        """One of ``items`` (``current`` preselected), or None when cancelled."""
        from PySide6.QtWidgets import QInputDialog

        value, ok = QInputDialog.getItem(parent, title, text, items, current, False)
        return value if ok else None


class HeadlessPrompts(Prompts):
    """For unattended runs (smoke tests, benchmarks): messages go to stderr, nothing waits,
    and every question is answered "no"."""

    def ask_unsaved(self, parent: QWidget | None, project: str) -> UnsavedChoice:
        return UnsavedChoice.CANCEL

    def confirm_delete(self, parent: QWidget | None, project: str) -> bool:
        return False

    def confirm(self, parent: QWidget | None, title: str, text: str, action: str) -> bool:
        print(f"{title}: {text} — not confirmed (unattended run)", file=sys.stderr, flush=True)
        return False

    def error(self, parent: QWidget | None, title: str, text: str) -> None:
        print(f"{title}: {text}", file=sys.stderr, flush=True)

    def info(self, parent: QWidget | None, title: str, text: str) -> None:
        print(f"{title}: {text}", file=sys.stderr, flush=True)

    def choose(self, parent: QWidget | None, title: str, text: str, items: list[str],
               current: int = 0) -> str | None:
        return None
