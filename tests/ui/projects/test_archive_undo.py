"""Archiving asks nothing; a note says what happened and offers Undo, which brings the
project back as it was."""

from __future__ import annotations

from cockpit.services import projects
from cockpit.store.store import Store
from tests.ui.helpers import select_code, visible_codes
from ui.main_window import MainWindow
from ui.projects import ops as project_ops


def test_archive_then_undo_through_the_service_keeps_everything(demo_store: Store) -> None:
    project_id = projects.find_project_id(demo_store, "JP-104")
    before = projects.get_passport(demo_store, project_id)
    archived = project_ops.set_archived(demo_store, project_id, True)
    assert archived.value.archived and archived.changes.project_list
    assert "JP-104" not in [s.code for s in projects.list_projects(demo_store)]

    undone = project_ops.set_archived(demo_store, project_id, False)

    assert not undone.value.archived and undone.changes.project_list
    assert "JP-104" in [s.code for s in projects.list_projects(demo_store)]
    after = projects.get_passport(demo_store, project_id)
    assert not after.fields.archived
    assert (after.members, after.invoices, after.tasks, after.onboarding) == (
        before.members, before.invoices, before.tasks, before.onboarding)


def test_archive_shows_a_note_with_undo_that_restores_the_project(
        window: MainWindow, prompts) -> None:
    select_code(window, "US-109")
    project_id = window.editor.passport.id
    window.actions_.archive.trigger()

    notice = window.list_panel.notice
    assert "US-109" not in visible_codes(window)
    assert notice.isVisible()
    assert notice.text.text() == "Archived US-109 — Northwind Data platform"
    assert prompts.asked == []  # no question before archiving
    assert window.editor.passport is None  # no other project opened in its place
    assert window.list_panel.current_id() is None

    notice.undo_button.click()

    assert not notice.isVisible()
    assert "US-109" in visible_codes(window)
    assert not projects.get_passport(window.store, project_id).fields.archived
    assert window.list_panel.current_id() == project_id
    assert window.editor.passport is not None and window.editor.passport.id == project_id
    assert window.statusBar().currentMessage() == "US-109 is no longer archived."
    assert window.actions_.archive.isEnabled()


def test_the_note_closes_on_request_and_the_project_stays_archived(window: MainWindow) -> None:
    select_code(window, "DE-102")
    project_id = window.editor.passport.id
    window.actions_.archive.trigger()
    window.list_panel.notice.close_button.click()
    assert not window.list_panel.notice.isVisible()
    assert projects.get_passport(window.store, project_id).fields.archived


def test_undo_does_not_replace_a_passport_being_edited(window: MainWindow) -> None:
    select_code(window, "DE-102")
    window.actions_.archive.trigger()
    select_code(window, "JP-110")
    window.editor.overview.f["name"].edit.setText("みなと電機 第二期")
    window.list_panel.notice.undo_button.click()
    assert "DE-102" in visible_codes(window)
    assert window.editor.passport.fields.code == "JP-110"
    assert window.editor.overview.f["name"].value() == "みなと電機 第二期"
