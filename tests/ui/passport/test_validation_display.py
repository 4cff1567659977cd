"""The marks of a problem (red tab label, the status-bar warning) go away with the problem:
when it is fixed, reverted, or another project (or none) is shown."""

from __future__ import annotations

from PySide6.QtGui import QColor

from tests.ui.helpers import select_code, set_cell
from ui.main_window import MainWindow

ERROR_RED = QColor(176, 0, 32)
WARNING = "Some fields need attention before saving."


def _red_tabs(window: MainWindow) -> list[str]:
    bar = window.editor.tabs.tabBar()
    return [bar.tabText(i) for i in range(bar.count()) if bar.tabTextColor(i) == ERROR_RED]


def _break_an_email(window: MainWindow) -> None:
    set_cell(window.editor.people.table, 1, "email", "yamada at example")
    window.actions_.save.trigger()  # refused: the warning shows
    assert _red_tabs(window) == [window.editor.tabs.tabText(1)]
    assert window.statusBar().currentMessage() == WARNING


def test_fixing_the_problem_clears_the_red_tab_and_the_warning(window: MainWindow) -> None:
    select_code(window, "JP-104")
    _break_an_email(window)
    set_cell(window.editor.people.table, 1, "email", "yamada@example.jp")
    assert _red_tabs(window) == []
    assert window.statusBar().currentMessage() == ""


def test_revert_clears_the_red_tab_and_the_warning(window: MainWindow) -> None:
    select_code(window, "JP-104")
    _break_an_email(window)
    window.actions_.revert.trigger()
    assert not window.editor.dirty
    assert _red_tabs(window) == []
    assert window.statusBar().currentMessage() == ""


def test_another_project_starts_without_the_marks(window: MainWindow, prompts) -> None:
    from ui.widgets.prompts import UnsavedChoice

    select_code(window, "JP-104")
    _break_an_email(window)
    prompts.unsaved_answers = [UnsavedChoice.DISCARD]
    select_code(window, "DE-108")
    assert window.editor.passport.fields.code == "DE-108"
    assert _red_tabs(window) == []
    assert window.statusBar().currentMessage() == ""


def test_the_empty_page_drops_the_marks(window: MainWindow, prompts) -> None:
    window.actions_.new_project.trigger()
    window.actions_.save.trigger()  # no code, no name: refused
    assert _red_tabs(window) == [window.editor.tabs.tabText(0)]
    window.actions_.revert.trigger()  # a new project reverts to the empty page
    assert window.editor.passport is None
    assert window.statusBar().currentMessage() == ""
    select_code(window, "DE-108")
    assert _red_tabs(window) == []


def test_another_message_is_not_wiped_by_a_later_fix(window: MainWindow) -> None:
    select_code(window, "JP-104")
    _break_an_email(window)
    window.ctx.status("Synced with Outlook.", 8000)
    set_cell(window.editor.people.table, 1, "email", "yamada@example.jp")
    assert window.statusBar().currentMessage() == "Synced with Outlook."
