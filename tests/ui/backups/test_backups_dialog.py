"""*File → Backups…*: take one, keep fewer, restore one (after a confirmation, the store as it
is now kept first); the daily backup while the window is open."""

from __future__ import annotations

from pathlib import Path

from cockpit.changes import Changes
from cockpit.services import projects
from cockpit.store import backups
from tests.ui.fakes import FakePrompts
from tests.ui.helpers import visible_codes
from ui.main_window import MainWindow


def test_back_up_then_restore_from_the_file_menu(window: MainWindow, prompts: FakePrompts,
                                                 db_path: Path, qtbot) -> None:
    window.actions_.backups.trigger()
    dialog = window.backups.dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.empty.isVisible() and not dialog.view.isVisible()
    assert not dialog.restore_button.isEnabled()

    dialog.backup_now.click()
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 1)
    assert dialog.model.index(0, 1).data() == "Taken by hand"
    assert dialog.restore_button.isEnabled()  # the newest is selected

    code = visible_codes(window)[0]
    projects.delete_project(window.store, projects.find_project_id(window.store, code))
    window.ctx.announce(Changes.everything())
    assert code not in visible_codes(window)

    prompts.confirm_answers = [False]
    dialog.restore_button.click()
    assert code not in visible_codes(window)  # said no: nothing restored
    prompts.confirm_answers = [True]
    dialog.restore_button.click()

    qtbot.waitUntil(lambda: code in visible_codes(window))
    assert "kept in the backups folder first" in prompts.asked[-1][1]
    (info,) = prompts.infos
    assert info.startswith("Restored the backup taken ") and "before-restore" in info
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 2)
    assert dialog.model.index(0, 1).data() == "Before a restore"


def test_keeping_fewer_deletes_the_oldest(window: MainWindow, db_path: Path, qtbot) -> None:
    for _ in range(3):
        backups.take(db_path, "by-hand", 20)
    window.actions_.backups.trigger()
    dialog = window.backups.dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 3)
    assert dialog.keep.value() == backups.DEFAULT_KEEP
    dialog.keep.setValue(2)
    dialog.keep.editingFinished.emit()
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 2)
    assert backups.read_keep(db_path) == 2


def test_the_daily_backup_is_taken_while_the_window_is_open(window: MainWindow,
                                                            db_path: Path) -> None:
    assert window.backups.timer.isActive()
    window.backups.take_daily()
    (daily,) = backups.list_backups(db_path)
    assert daily.reason == "daily"
    assert str(daily.path) in window.statusBar().currentMessage()
    window.backups.take_daily()  # one a day
    assert len(backups.list_backups(db_path)) == 1
