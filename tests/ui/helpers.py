"""Small helpers for driving the real widgets."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QWidget

from ui.context import AppContext
from ui.main_window import MainWindow
from ui.projects.list_model import ProjectListModel


def type_text(widget: QWidget, text: str) -> None:
    """Type ``text`` as an input method would (works for Japanese, unlike keyClicks)."""
    widget.setFocus()
    event = QInputMethodEvent()
    event.setCommitString(text)
    QCoreApplication.sendEvent(widget, event)


def visible_codes(window: MainWindow) -> list[str]:
    proxy = window.list_panel.proxy
    return [proxy.index(r, ProjectListModel.CODE).data() for r in range(proxy.rowCount())]


def select_code(window: MainWindow, code: str) -> None:
    proxy = window.list_panel.proxy
    for row in range(proxy.rowCount()):
        index = proxy.index(row, ProjectListModel.CODE)
        if index.data() == code:
            window.list_panel.view.setCurrentIndex(index)
            return
    raise AssertionError(f"{code} is not in the list")


def cell(table, row: int, field: str):  # type: ignore[no-untyped-def]
    model = table.model
    col = next(i for i, c in enumerate(model.columns) if c.field == field)
    return model.index(row, col)


def set_cell(table, row: int, field: str, value, role=Qt.ItemDataRole.EditRole) -> bool:  # type: ignore[no-untyped-def]
    return table.model.setData(cell(table, row, field), value, role)


def close_message_windows(window: MainWindow) -> None:
    """Close every compose window (and the all-messages window) the test opened, as the user
    does; a draft with unsaved typing closes once it is stored."""
    import shiboken6
    from PySide6.QtWidgets import QApplication

    controller = getattr(window, "messages_ctl", None)
    for compose in list(controller.windows.values()) if controller else []:
        for _ in range(3):
            if not shiboken6.isValid(compose) or not compose.isVisible():
                break
            compose.close()
            QApplication.processEvents()
    if controller is not None and controller.list_window is not None:
        controller.list_window.close()


def when_a_dialog_opens(act) -> None:  # type: ignore[no-untyped-def]
    """Answer the next modal dialog as a user would, once it is on screen."""

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(20, answer)
            return
        act(dialog)

    QTimer.singleShot(0, answer)


def context_for(window: MainWindow, runner: object = None) -> AppContext:
    """An app context over the window's store and prompts, with another task runner (a
    dialog under test that runs its work by hand, or on a real thread)."""
    from ui.tasks import SyncTaskRunner

    ctx = AppContext(runner or SyncTaskRunner(), window.ctx.prompts, window.ctx.settings)
    ctx.store = window.store
    return ctx
