"""An inline note of what was just done, with an Undo button: "Archived JP-101 — Undo".

It asks nothing before the action (no nagging dialog) and offers the way back afterwards; it
closes by itself after a while, on ✕, or when the next note replaces it.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QToolButton, QWidget

SHOWN_MS = 30_000


class UndoNotice(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("undoNotice")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet("#undoNotice { background: #fff4d6; border: 1px solid #e0c170; "
                           "border-radius: 3px; }")
        self.text = QLabel(self)
        self.text.setWordWrap(True)
        self.undo_button = QPushButton(self.tr("Undo"), self)
        self.close_button = QToolButton(self)
        self.close_button.setText("✕")
        self.close_button.setAutoRaise(True)
        self.close_button.setToolTip(self.tr("Close this note"))
        row = QHBoxLayout(self)
        row.setContentsMargins(8, 3, 3, 3)
        row.addWidget(self.text, 1)
        row.addWidget(self.undo_button)
        row.addWidget(self.close_button)
        self._undo: Callable[[], None] | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.dismiss)
        self.undo_button.clicked.connect(self._on_undo)
        self.close_button.clicked.connect(self.dismiss)
        self.hide()

    def show_note(self, text: str, undo: Callable[[], None]) -> None:
        self.text.setText(text)
        self._undo = undo
        self.undo_button.setEnabled(True)
        self.show()
        self._timer.start(SHOWN_MS)

    def dismiss(self) -> None:
        self._timer.stop()
        self._undo = None
        self.hide()

    def _on_undo(self) -> None:
        undo = self._undo
        self.dismiss()
        if undo is not None:
            undo()
