"""Closing the window or switching project never silently loses an edit."""

from __future__ import annotations

from pathlib import Path

from cockpit.services import projects
from tests.ui.helpers import select_code
from ui.main_window import MainWindow
from ui.widgets.prompts import UnsavedChoice


def _edit_name(window: MainWindow, text: str) -> None:
    window.editor.overview.f["name"].edit.setText(text)
    assert window.editor.dirty


def test_switching_project_with_cancel_keeps_the_edit(window: MainWindow, prompts) -> None:
    select_code(window, "DE-102")
    _edit_name(window, "Müller Mobile App v2")
    prompts.unsaved_answers = [UnsavedChoice.CANCEL]
    select_code(window, "US-103")
    assert prompts.asked == [("unsaved", window.editor.title.text())]
    assert window.editor.passport.fields.code == "DE-102"
    assert window.editor.overview.f["name"].value() == "Müller Mobile App v2"
    assert window.list_panel.current_id() == window.editor.passport.id  # selection restored


def test_switching_project_with_discard_drops_the_edit(window: MainWindow, prompts) -> None:
    select_code(window, "DE-102")
    project_id = window.editor.passport.id
    _edit_name(window, "Throw-away")
    prompts.unsaved_answers = [UnsavedChoice.DISCARD]
    select_code(window, "US-103")
    assert window.editor.passport.fields.code == "US-103"
    assert projects.get_passport(window.store, project_id).fields.name != "Throw-away"


def test_switching_project_with_save_saves_then_switches(window: MainWindow, prompts) -> None:
    select_code(window, "DE-102")
    project_id = window.editor.passport.id
    _edit_name(window, "Müller Flottenportal")
    prompts.unsaved_answers = [UnsavedChoice.SAVE]
    select_code(window, "US-103")
    assert projects.get_passport(window.store, project_id).fields.name == "Müller Flottenportal"
    assert window.editor.passport.fields.code == "US-103"
    assert not window.editor.dirty


def test_closing_with_unsaved_edit_asks_and_cancel_keeps_window_open(
        window: MainWindow, prompts) -> None:
    select_code(window, "JP-110")
    _edit_name(window, "みなと電機 請求移行 第二期")
    prompts.unsaved_answers = [UnsavedChoice.CANCEL]
    assert not window.close()
    assert window.isVisible()
    assert window.editor.overview.f["name"].value() == "みなと電機 請求移行 第二期"


def test_closing_with_save_writes_the_edit(window: MainWindow, prompts, qtbot) -> None:
    select_code(window, "JP-110")
    project_id = window.editor.passport.id
    _edit_name(window, "みなと電機 請求移行 第二期")
    prompts.unsaved_answers = [UnsavedChoice.SAVE]
    window.close()
    qtbot.waitUntil(lambda: not window.isVisible())
    stored = projects.get_passport(window.store, project_id)
    assert stored.fields.name == "みなと電機 請求移行 第二期"


def test_invalid_edit_cannot_be_lost_by_saving_on_close(window: MainWindow, prompts,
                                                        qtbot) -> None:
    select_code(window, "JP-110")
    window.editor.overview.f["code"].edit.clear()  # required
    prompts.unsaved_answers = [UnsavedChoice.SAVE]
    window.close()
    qtbot.wait(50)
    assert window.isVisible()  # the save was refused, so the window stays with the edit
    assert "required" in window.editor.overview.f["code"].message.text()


def test_new_unsaved_project_prompts_before_another_is_opened(window: MainWindow, prompts) -> None:
    window.actions_.new_project.trigger()
    window.editor.overview.f["code"].edit.setText("NEW-1")
    prompts.unsaved_answers = [UnsavedChoice.CANCEL]
    select_code(window, "US-103")
    assert window.editor.is_new
    assert window.editor.overview.f["code"].value() == "NEW-1"


def test_window_state_and_last_project_are_remembered(
        make_window, demo_store, db_path: Path) -> None:
    demo_store.dispose()
    first = make_window(db_path)
    select_code(first, "DE-111")
    first.resize(760, 540)  # within the offscreen screen (800×600)
    size = (first.width(), first.height())
    assert size != (800, 600)
    first.list_panel.show_archived.setChecked(True)
    first.close()
    second = make_window(db_path)
    assert second.editor.passport is not None
    assert second.editor.passport.fields.code == "DE-111"
    assert second.list_panel.show_archived.isChecked()
    assert (second.width(), second.height()) == size
