"""The first day: an empty store greets with the first-run screen, the demo opens in a window
of its own and never syncs, a mistyped store path creates nothing."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from cockpit.paths import resolve_store
from cockpit.services.demo_store import open_demo
from tests.ui.fakes import FakePrompts
from tests.ui.helpers import visible_codes


class RecordingLauncher:
    def __init__(self) -> None:
        self.opened: list[list[str]] = []

    def open_window(self, args: list[str]) -> bool:
        self.opened.append(args)
        return True


def test_an_empty_store_offers_first_project_import_and_demo(
        qtbot, make_window, tmp_path: Path) -> None:
    db = tmp_path / "mine.sqlite3"
    window = make_window(db)  # the fake prompts agree to create it
    qtbot.waitUntil(lambda: window.right.currentWidget() is window.welcome)
    qtbot.waitUntil(window.welcome.isVisible)
    assert "DEMO" not in window.windowTitle() and not window.demo_label.isVisible()
    assert visible_codes(window) == []
    launcher = RecordingLauncher()
    window.ctx.launcher = launcher
    qtbot.mouseClick(window.welcome.demo_button, Qt.MouseButton.LeftButton)
    assert launcher.opened == [["--demo"]]
    assert not window.store.demo and visible_codes(window) == []  # nothing came in here
    qtbot.mouseClick(window.welcome.create_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.editor.passport is not None)
    assert window.right.currentWidget() is window.editor and window.editor.is_new


def test_import_from_the_first_run_screen(qtbot, make_window, prompts: FakePrompts,
                                          tmp_path: Path) -> None:
    from cockpit.services.transfer import export_json

    demo = open_demo(resolve_store(str(tmp_path / "demo.sqlite3")))
    export = tmp_path / "export.json"
    export_json(demo.store, export)
    demo.store.dispose()
    window = make_window(tmp_path / "mine.sqlite3")
    qtbot.waitUntil(window.welcome.isVisible)
    prompts.next_path = export
    qtbot.mouseClick(window.welcome.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(visible_codes(window)) >= 10)
    assert window.right.currentWidget() is window.editor


def test_a_missing_store_path_is_created_only_when_the_user_agrees(
        qtbot, make_window, prompts: FakePrompts, tmp_path: Path) -> None:
    missing = tmp_path / "no" / "such" / "x.sqlite3"
    prompts.confirm_answers.append(False)
    window = make_window(missing)
    assert window.store is None
    assert not (tmp_path / "no").exists()
    assert len(prompts.errors) == 1 and "there is no store at" in prompts.errors[0]
    # the reason is said once, in the dialog; the window says what to do next
    assert "there is no store" not in window.editor.empty.text()
    assert "there is no store" not in window.list_panel.placeholder.text()
    assert "File → Open store" in window.editor.empty.text()
    assert window.actions_.open_store.isEnabled()


def test_the_demo_window_says_demo_and_never_syncs(qtbot, make_window, prompts: FakePrompts,
                                                   tmp_path: Path) -> None:
    path = tmp_path / "demo.sqlite3"
    open_demo(resolve_store(str(path))).store.dispose()
    window = make_window(path)
    qtbot.waitUntil(lambda: len(visible_codes(window)) >= 10)
    assert window.store.demo
    assert window.windowTitle().startswith("DEMO") or "DEMO" in window.windowTitle()
    assert window.demo_label.isVisible() and window.demo_label.text() == "DEMO"
    assert window.sync_ctl is None  # no sync runs at all
    window.actions_.sync_now.trigger()
    assert prompts.infos and "never sends mail" in prompts.infos[-1]
    launcher = RecordingLauncher()
    window.ctx.launcher = launcher
    window.actions_.open_demo.trigger()
    assert launcher.opened == []  # this already is the demo


def test_filter_shortcut_works_once_the_store_is_open(qtbot, window) -> None:
    assert window.actions_.find.isEnabled()
    window.actions_.find.trigger()
    assert QApplication.focusWidget() is window.list_panel.filter or \
        window.list_panel.filter.hasFocus()


def test_open_store_starts_a_window_on_the_chosen_file(qtbot, window, prompts: FakePrompts,
                                                       tmp_path: Path) -> None:
    other = tmp_path / "other.sqlite3"
    other.write_bytes(b"")
    launcher = RecordingLauncher()
    window.ctx.launcher = launcher
    prompts.next_path = other
    window.actions_.open_store.trigger()
    assert launcher.opened == [["--db", str(other)]]
    prompts.next_path = window.store.location.path
    window.actions_.open_store.trigger()
    assert len(launcher.opened) == 1  # the store of this window: nothing started


def test_messages_and_planner_open_before_any_project_is_shown(
        qtbot, make_window, demo_store, db_path: Path, settings_file: Path) -> None:
    demo_store.dispose()
    settings_file.write_text("")  # no last project: nothing is shown at the start
    window = make_window(db_path)
    qtbot.waitUntil(lambda: len(visible_codes(window)) >= 10)
    assert window.messages_ctl is None  # the tabs were never needed so far
    window.actions_.messages.trigger()
    assert window.messages_ctl is not None
    qtbot.waitUntil(lambda: window.messages_ctl.list_window is not None
                    and window.messages_ctl.list_window.isVisible())
    window.messages_ctl.list_window.close()
    window.actions_.planner.trigger()
    assert window.planner is not None and window.planner.isVisible()
    window.planner.close()
