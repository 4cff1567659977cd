"""Edits survive what could silently drop them: an open cell editor, typing during a save,
a change made elsewhere meanwhile, switching projects via "save first"."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLineEdit

from cockpit.services import projects
from tests.ui.fakes import FakePrompts, ManualTaskRunner
from tests.ui.helpers import cell, select_code, visible_codes
from ui.context import AppContext
from ui.main_window import MainWindow
from ui.settings import Settings
from ui.widgets.prompts import UnsavedChoice


def _open_cell_editor(window: MainWindow, field: str, text: str) -> None:
    window.editor.tabs.setCurrentWidget(window.editor.links)
    table = window.editor.links.table
    index = cell(table, 0, field)
    table.view.setCurrentIndex(index)
    table.view.edit(index)
    editor = table.view.viewport().findChild(QLineEdit)
    assert editor is not None
    editor.setFocus()
    editor.selectAll()
    QTest.keyClicks(editor, text)


def test_text_in_an_open_cell_editor_is_saved(window: MainWindow) -> None:
    select_code(window, "DE-108")
    project_id = window.editor.passport.id
    _open_cell_editor(window, "label", "GitLab EDITED")
    window.actions_.save.trigger()  # enabled: Ctrl+S works while typing in a cell
    stored = projects.get_passport(window.store, project_id)
    assert stored.links[0].label == "GitLab EDITED"


def test_closing_with_an_open_cell_editor_asks_first(window: MainWindow, prompts) -> None:
    select_code(window, "DE-108")
    _open_cell_editor(window, "label", "Typed, not yet confirmed")
    prompts.unsaved_answers = [UnsavedChoice.CANCEL]
    assert not window.close()
    assert prompts.asked and prompts.asked[0][0] == "unsaved"
    assert window.editor.links.table.model.records[0].label == "Typed, not yet confirmed"


def test_a_change_made_elsewhere_is_not_overwritten(window: MainWindow, prompts) -> None:
    select_code(window, "JP-104")
    project_id = window.editor.passport.id
    elsewhere = projects.get_passport(window.store, project_id)  # e.g. the command line
    elsewhere.fields.notes = "Added from the command line"
    projects.save_passport(window.store, elsewhere)

    window.editor.overview.f["name"].edit.setText("Renamed in the window")
    window.actions_.save.trigger()

    assert prompts.errors and "changed elsewhere" in prompts.errors[0]
    assert window.editor.dirty
    assert window.editor.overview.f["name"].value() == "Renamed in the window"
    stored = projects.get_passport(window.store, project_id)
    assert stored.fields.notes == "Added from the command line"
    assert stored.fields.name != "Renamed in the window"


def test_save_first_then_switch_keeps_list_and_editor_together(
        window: MainWindow, prompts) -> None:
    select_code(window, "JP-104")
    window.editor.overview.f["notes"].edit.setPlainText("A note before switching")
    prompts.unsaved_answers = [UnsavedChoice.SAVE]
    select_code(window, "DE-102")
    assert window.editor.passport.fields.code == "DE-102"
    assert window.list_panel.current_id() == window.editor.passport.id
    select_code(window, "JP-104")  # and going back works
    assert window.editor.passport.fields.code == "JP-104"
    assert window.editor.overview.f["notes"].value() == "A note before switching"


def test_deleting_a_new_unsaved_project_asks_first(window: MainWindow, prompts) -> None:
    window.actions_.new_project.trigger()
    window.editor.overview.f["code"].edit.setText("NEW-2")
    prompts.delete_answers = [False]
    window.actions_.delete.trigger()
    assert window.editor.is_new and window.editor.overview.f["code"].value() == "NEW-2"
    prompts.delete_answers = [True]
    window.actions_.delete.trigger()
    assert window.editor.passport is None


def test_invoices_and_quality_reports_have_no_move_buttons(window: MainWindow) -> None:
    select_code(window, "JP-104")
    assert window.editor.contract.invoices.up_button.isHidden()
    assert window.editor.quality.table.down_button.isHidden()
    assert not window.editor.links.table.up_button.isHidden()


def test_typing_while_a_save_runs_is_kept(qtbot, demo_store, db_path: Path,
                                          tmp_path: Path) -> None:
    demo_store.dispose()
    runner = ManualTaskRunner()
    prompts = FakePrompts()
    settings = Settings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    window = MainWindow(AppContext(runner, prompts, settings))  # type: ignore[arg-type]
    qtbot.addWidget(window)
    window.show()
    window.open_store(str(db_path))
    while window.store is None:
        if runner.jobs:
            runner.run_next()
        else:
            qtbot.wait(10)
    while runner.jobs:
        runner.run_next()
    select_code(window, "US-103")
    while runner.jobs:
        runner.run_next()
    notes = window.editor.overview.f["notes"].edit
    notes.setPlainText("first edit")
    window.actions_.save.trigger()       # queued, not yet run
    notes.setPlainText("first edit, and more typed while saving")
    runner.run_next()                    # the save finishes
    assert notes.toPlainText() == "first edit, and more typed while saving"
    assert window.editor.dirty
    window.actions_.save.trigger()
    while runner.jobs:  # the save, and the warnings read again after the first one
        runner.run_next()
    assert not window.editor.dirty
    stored = projects.get_passport(window.store, window.editor.passport.id)
    assert stored.fields.notes == "first edit, and more typed while saving"
    assert "US-103" in visible_codes(window)
    window.store.dispose()


def test_a_very_long_name_wraps_instead_of_widening_the_window(window: MainWindow) -> None:
    select_code(window, "JP-110")
    window.editor.overview.f["name"].edit.setText("長" * 190)
    window.actions_.save.trigger()
    assert window.minimumSizeHint().width() < 1600
    assert window.editor.title.wordWrap()

