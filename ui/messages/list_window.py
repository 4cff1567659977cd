"""Every project's messages in one window: drafts, outbox and sent across the portfolio."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QVBoxLayout, QWidget

from ui.messages import ops
from ui.messages.panel import MessagesPanel

if TYPE_CHECKING:
    from ui.context import AppContext


class MessagesWindow(QWidget):
    def __init__(self, ctx: AppContext) -> None:
        super().__init__(None)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Messages — PM Cockpit"))
        self.resize(1000, 560)
        self.panel = MessagesPanel(all_projects=True, parent=self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.panel)

    def refresh(self) -> None:
        store = self.ctx.store
        if store is None:
            return

        def shown(rows: list[Any]) -> None:
            self.panel.set_rows(rows)

        self.ctx.run(lambda: ops.list_messages(store, None), shown)
