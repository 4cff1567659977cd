"""Start-up: the project list shows from the file before the full store has opened."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings

from tests.ui.fakes import FakePrompts, ManualTaskRunner
from tests.ui.helpers import select_code, visible_codes
from ui.context import AppContext
from ui.main_window import MainWindow
from ui.settings import Settings


def test_list_first_then_store_and_a_click_in_between_is_honoured(
        qtbot, demo_store, db_path: Path, tmp_path: Path) -> None:
    demo_store.dispose()
    runner = ManualTaskRunner()
    settings = Settings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    window = MainWindow(AppContext(runner, FakePrompts(), settings))  # type: ignore[arg-type]
    qtbot.addWidget(window)
    window.show()
    window.open_store(str(db_path))
    assert len(runner.jobs) == 1  # the quick list; the full store is opened after it

    runner.run_next()  # the list, read with sqlite3
    assert window.store is None
    assert "JP-104" in visible_codes(window)
    assert not window.actions_.new_project.isEnabled()  # nothing to write to yet
    select_code(window, "JP-104")
    assert window.editor.passport is None

    qtbot.waitUntil(lambda: len(runner.jobs) == 1)  # queued once the list has painted
    runner.run_next()  # the store opens
    assert window.store is not None
    assert window.actions_.new_project.isEnabled()
    while runner.jobs:
        runner.run_next()
    assert window.editor.passport is not None
    assert window.editor.passport.fields.code == "JP-104"
    window.store.dispose()


def test_the_demo_opens_in_a_store_of_its_own_and_lists_after_opening(
        qtbot, tmp_path: Path) -> None:
    runner = ManualTaskRunner()
    settings = Settings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    window = MainWindow(AppContext(runner, FakePrompts(), settings))  # type: ignore[arg-type]
    qtbot.addWidget(window)
    window.show()
    window.open_store(str(tmp_path / "demo.sqlite3"), demo=True)
    runner.run_next()
    assert window.list_panel.model.rowCount() == 0  # nothing to read yet
    while runner.jobs:
        runner.run_next()
    assert len(visible_codes(window)) >= 10  # the demo portfolio, made on its first opening
    assert "demo portfolio" in window.statusBar().currentMessage()
    assert window.store.demo
    window.store.dispose()
