"""The notices of the latest Outlook syncs (a draft kept twice, a meeting moved in Outlook…),
in a small window that does not block the main one."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)


class NoticesWindow(QDialog):
    cleared = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Outlook notices"))
        self.setModal(False)
        self.resize(560, 300)
        intro = QLabel(self.tr("What the latest syncs with Outlook found, newest first."), self)
        intro.setWordWrap(True)
        self.list = QListWidget(self)
        self.list.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.clear_button = QPushButton(self.tr("C&lear"), self)
        buttons.addButton(self.clear_button, QDialogButtonBox.ButtonRole.ResetRole)
        buttons.rejected.connect(self.close)
        self.clear_button.clicked.connect(self._clear)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.list, 1)
        layout.addWidget(buttons)

    def set_texts(self, texts: list[str]) -> None:
        self.list.clear()
        self.list.addItems(texts)

    def _clear(self) -> None:
        self.list.clear()
        self.cleared.emit()
        self.close()
