"""What every feature controller starts from: the app context, and its work run through the
context and marked as its own (views skip the changes they made themselves)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from ui.context import AppContext


class Controller(QObject):
    def __init__(self, ctx: AppContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx

    @property
    def store(self) -> Any:
        return self.ctx.store

    def _run(self, work: Callable[[], Any], done: Callable[[Any], object],
             failed: Callable[[BaseException], None] | None = None) -> None:
        self.ctx.run(work, done, failed, origin=self)

    def _parent(self) -> QWidget | None:
        """Where a question or a dialog belongs (the active window of the app)."""
        return self.ctx.dialog_parent()
