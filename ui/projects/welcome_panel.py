"""The first-run screen, shown in place of the passport while the store holds no project:
create the first project, import a JSON export, or open the demo portfolio (its own store)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QCommandLinkButton, QLabel, QVBoxLayout, QWidget


class WelcomePanel(QWidget):
    create_requested = Signal()
    import_requested = Signal()
    demo_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("welcomePanel")
        title = QLabel(self.tr("Welcome to PM Cockpit"), self)
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        title.setFont(font)
        intro = QLabel(self.tr(
            "This store holds your own projects and is still empty. Each client project gets "
            "a passport: the customer, the people on both sides, the governance meetings, the "
            "contract and the messages you owe them."), self)
        intro.setWordWrap(True)
        self.create_button = QCommandLinkButton(
            self.tr("Create your first project"),
            self.tr("Start a passport: code, name and customer are enough to begin."), self)
        self.import_button = QCommandLinkButton(
            self.tr("Import a JSON export…"),
            self.tr("Bring in projects exported from PM Cockpit on another computer."), self)
        self.demo_button = QCommandLinkButton(
            self.tr("Open the demo portfolio"),
            self.tr("Twelve sample projects in a store of their own, in a second window. The "
                    "demo never sends mail or syncs with Outlook, and nothing of it enters "
                    "this store."), self)
        self.create_button.clicked.connect(self.create_requested)
        self.import_button.clicked.connect(self.import_requested)
        self.demo_button.clicked.connect(self.demo_requested)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 40, 48, 40)
        layout.setSpacing(12)
        layout.addWidget(title)
        layout.addWidget(intro)
        layout.addSpacing(12)
        for button in (self.create_button, self.import_button, self.demo_button):
            layout.addWidget(button)
        layout.addStretch(1)
        layout.setAlignment(Qt.AlignmentFlag.AlignTop)
