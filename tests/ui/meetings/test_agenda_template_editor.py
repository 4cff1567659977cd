"""The agenda-template editor: live preview with the timing line, template mistakes shown inline
with their line (Save refused, no crash), new/duplicate/delete, and no edit lost silently."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog

from cockpit.domain.enums import EscalationLevel, LinkKind, Renewal
from cockpit.domain.meetings import SeriesType
from cockpit.services import agenda_templates
from tests.ui.fakes import ManualTaskRunner
from tests.ui.helpers import context_for, when_a_dialog_opens
from ui.labels import label
from ui.main_window import MainWindow
from ui.meetings.agenda_template_editor import AgendaTemplateEditor


def _editor(window: MainWindow, qtbot) -> AgendaTemplateEditor:  # type: ignore[no-untyped-def]
    editor = AgendaTemplateEditor(window.ctx, window)
    editor.confirm_discard = lambda: True  # the teardown closes it; tests ask their own
    qtbot.addWidget(editor)
    editor.show()
    return editor


def _select(editor: AgendaTemplateEditor, name: str) -> None:
    for row in range(editor.list.count()):
        item = editor.list.item(row)
        if item.text().strip().lstrip("★ ") == name:
            editor.list.setCurrentItem(item)
            return
    raise AssertionError(f"{name} is not in the list")


def _names(editor: AgendaTemplateEditor) -> list[str]:
    return [editor.list.item(r).text().strip() for r in range(editor.list.count())]


def test_the_list_groups_templates_by_type_and_marks_defaults(window: MainWindow,
                                                              qtbot) -> None:
    editor = _editor(window, qtbot)

    # each type's defaults in English, then Japanese (a project's language picks one)
    assert _names(editor) == ["Weekly status", "★ Weekly status (default)", "★ 週次定例（既定）",
                              "Biweekly status", "★ Biweekly status (default)",
                              "★ 隔週定例（既定）", "Executive review",
                              "★ Executive review (default)", "★ エグゼクティブレビュー（既定）"]
    assert editor.current is not None and editor.current.is_default
    assert editor.name.text() == "Weekly status (default)"
    assert not editor.delete_button.isEnabled()  # a default can be edited, not deleted
    assert not editor.type_combo.isEnabled()
    assert not editor.save_button.isEnabled()  # nothing edited yet
    assert editor.body.font().fixedPitch() or editor.body.font().styleHint() is not None


def test_editing_shows_the_preview_and_the_timing_line(window: MainWindow, qtbot) -> None:
    editor = _editor(window, qtbot)
    assert editor.preview.toPlainText().startswith("Objective: Keep the customer informed")
    assert "Share the test plan" in editor.preview.toPlainText()  # the sample's open action
    assert editor.timing.text() == "Planned 35 of 45 minutes"
    assert "b00020" not in editor.timing.styleSheet()

    editor.body.setPlainText(editor.body.toPlainText() + "6. Any other business (15 min)\n")
    assert "Any other business" not in editor.preview.toPlainText()  # after typing stops
    qtbot.waitUntil(lambda: "Any other business" in editor.preview.toPlainText(), timeout=2000)

    assert editor.timing.text().startswith("Planned 50 of 45 minutes")
    assert "5 minutes longer" in editor.timing.text()
    assert "b00020" in editor.timing.styleSheet()  # the red warning
    editor.minutes.setValue(60)
    qtbot.waitUntil(lambda: editor.timing.text() == "Planned 50 of 60 minutes", timeout=2000)
    assert editor.windowTitle().endswith("*") and editor.save_button.isEnabled()


def test_a_template_mistake_is_shown_with_its_line_and_save_is_refused(
        window: MainWindow, qtbot, prompts) -> None:  # type: ignore[no-untyped-def]
    editor = _editor(window, qtbot)
    stored = agenda_templates.get_template(window.store, editor.current.id)
    good_preview = editor.preview.toPlainText()

    editor.body.setPlainText("Objective\n\n{% for item in open_actions %}\n- {{ item.txt }\n")
    qtbot.waitUntil(lambda: editor.problem.text() != "", timeout=2000)

    assert editor.problem.text().startswith("Line 4: ")
    assert len(editor.body.extraSelections()) == 1  # the line is marked in the text
    assert editor.body.extraSelections()[0].cursor.blockNumber() == 3
    assert editor.preview.toPlainText() == good_preview and not editor.preview.isEnabled()

    editor.save_button.click()

    assert editor.problem.text().startswith("Line 4: ")
    assert agenda_templates.get_template(window.store, stored.id) == stored
    assert editor.dirty and editor.isVisible()
    assert prompts.errors == []  # inline, never a dialog

    editor.body.setPlainText("Objective\n\n{{ nobody_knows_me }}\n")
    qtbot.waitUntil(lambda: editor.problem.text().startswith("Line 3: unknown name"),
                    timeout=2000)
    editor.body.setPlainText("Objective (5 min)\n")
    qtbot.waitUntil(lambda: editor.problem.text() == "", timeout=2000)
    assert editor.body.extraSelections() == [] and editor.preview.isEnabled()


def test_a_new_template_is_saved_and_listed(window: MainWindow, qtbot) -> None:
    editor = _editor(window, qtbot)
    editor.new_button.click()

    assert editor.is_new and editor.name.text() == "New agenda"
    assert editor.type_combo.isEnabled() and not editor.delete_button.isEnabled()
    assert editor.list.currentItem() is None
    editor.name.setText("キックオフ Kick-off")
    editor.type_combo.setCurrentIndex(editor.type_combo.findData(SeriesType.OTHER.value))
    editor.body.setPlainText("Objective: {{ series.objective }}\n\n"
                             "1. Introductions (10 min)\n2. Roadmap of {{ project.name }} "
                             "(20 min)\n")
    editor.save_button.click()

    saved = next(t for t in agenda_templates.list_templates(window.store)
                 if t.name == "キックオフ Kick-off")
    assert saved.series_type is SeriesType.OTHER and not saved.is_default
    assert "Roadmap of {{ project.name }}" in saved.body
    assert _names(editor)[-2:] == ["Other meeting", "キックオフ Kick-off"]
    assert editor.list.currentItem().text().strip() == "キックオフ Kick-off"
    assert not editor.dirty and not editor.windowTitle().endswith("*")
    assert editor.delete_button.isEnabled()
    assert "Saved" in editor.status.text()


def test_a_name_already_taken_is_refused_inline(window: MainWindow, qtbot) -> None:
    editor = _editor(window, qtbot)
    editor.duplicate_button.click()
    editor.name.setText("Weekly status (default)")
    editor.save_button.click()

    assert editor.problem.text() == "Another template already has this name."
    assert len(agenda_templates.list_templates(window.store)) == 6  # 3 types × en, ja


def test_duplicate_then_delete(window: MainWindow, qtbot) -> None:
    editor = _editor(window, qtbot)
    _select(editor, "Biweekly status (default)")
    editor.duplicate_button.click()
    assert editor.name.text() == "Biweekly status (default) (copy)"
    editor.save_button.click()
    copy = next(t for t in agenda_templates.list_templates(window.store)
                if t.name == "Biweekly status (default) (copy)")
    assert copy.series_type is SeriesType.BIWEEKLY_STATUS and not copy.is_default

    asked: list[str] = []
    editor.confirm_delete = lambda name: asked.append(name) or False
    editor.delete_button.click()
    assert asked == [copy.name]
    assert len(agenda_templates.list_templates(window.store)) == 7

    editor.confirm_delete = lambda name: True
    editor.delete_button.click()
    assert len(agenda_templates.list_templates(window.store)) == 6  # 3 types × en, ja
    assert "Deleted" in editor.status.text()
    assert editor.current is not None and editor.current.is_default


def test_unsaved_edits_are_never_dropped_silently(window: MainWindow, qtbot) -> None:
    editor = _editor(window, qtbot)
    editor.name.setText("Weekly — edited")
    answers: list[bool] = [False, False, True]
    editor.confirm_discard = lambda: answers.pop(0)

    _select(editor, "Executive review (default)")  # switching asks: keep editing
    assert editor.name.text() == "Weekly — edited"
    assert editor.list.currentItem().text().strip() == "★ Weekly status (default)"

    editor.reject()  # Close/Esc asks: keep editing
    assert editor.isVisible()

    editor.reject()  # now: discard
    assert not editor.isVisible()
    assert answers == []
    assert all(t.name != "Weekly — edited" for t in agenda_templates.list_templates(window.store))


def test_the_menu_opens_the_editor(window: MainWindow, qtbot) -> None:
    seen: list[QDialog] = []

    def look(dialog: QDialog) -> None:
        seen.append(dialog)
        dialog.reject()

    when_a_dialog_opens(look)
    window.actions_.agenda_templates.trigger()

    assert len(seen) == 1 and isinstance(seen[0], AgendaTemplateEditor)
    assert seen[0].preview.toPlainText() != ""


def test_what_is_typed_while_a_save_runs_stays_on_screen(window: MainWindow, qtbot) -> None:
    runner = ManualTaskRunner()
    editor = AgendaTemplateEditor(context_for(window, runner), window)
    editor.confirm_discard = lambda: True
    qtbot.addWidget(editor)
    runner.run_next()  # the list
    runner.run_next()  # the first preview
    weekly_id = editor.current.id

    editor.name.setText("Weekly — first")
    editor.save_button.click()
    editor.name.setText("Weekly — second")  # typed while the save runs
    while runner.jobs:
        runner.run_next()

    assert agenda_templates.get_template(window.store, weekly_id).name == "Weekly — first"
    assert editor.name.text() == "Weekly — second" and editor.dirty
    assert editor.current.name == "Weekly — first"


def test_meeting_types_keep_their_own_names(window: MainWindow, qtbot) -> None:
    """Members of different enums with the same value ("other", "none") have their own labels
    (they once overwrote each other: "Other tool" as a meeting type)."""
    editor = _editor(window, qtbot)
    types = [editor.type_combo.itemText(i) for i in range(editor.type_combo.count())]
    assert types == ["Weekly status", "Biweekly status", "Executive review", "Other meeting"]
    assert (label(LinkKind.OTHER), label(EscalationLevel.NONE), label(Renewal.NONE)) == (
        "Other tool", "—", "No renewal")


def test_an_agenda_list_is_inserted_as_a_loop_and_previewed(window: MainWindow, qtbot) -> None:
    editor = _editor(window, qtbot)
    editor.body.setPlainText("Open actions:\n")
    editor.body.moveCursor(editor.body.textCursor().MoveOperation.End)
    editor.field_menu.aboutToShow.emit()
    action = next(a for a in editor.field_menu.actions() if a.text().startswith("open_actions"))
    action.trigger()
    assert "{% for item in open_actions %}" in editor.body.toPlainText()
    qtbot.waitUntil(lambda: "Share the test plan" in editor.preview.toPlainText(), timeout=2000)
