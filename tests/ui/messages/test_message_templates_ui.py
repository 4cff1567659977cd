"""The message-template editor: the seven defaults by kind, a preview as the customer sees it,
template mistakes shown with their line (never saved), and new or edited templates used."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog

from cockpit.domain.messages import MessageKind, MessageTemplateData
from cockpit.messages.sources import Source
from cockpit.services import message_templates, messages, projects
from tests.ui.helpers import select_code, when_a_dialog_opens
from ui.labels import label
from ui.main_window import MainWindow
from ui.messages.template_editor import MessageTemplateEditor

DEFAULTS = [
    (MessageKind.FOLLOW_UP, "Post-call follow-up (default)"),
    (MessageKind.TASK_UPDATE, "Open-task update (default)"),
    (MessageKind.SPRINT_REPORT, "Sprint report (default)"),
    (MessageKind.BIWEEKLY_REPORT, "Biweekly Friday report (default)"),
    (MessageKind.SURVEY, "Satisfaction survey (default)"),
    (MessageKind.CHANGE_REQUEST, "Change request estimate (default)"),
    (MessageKind.TEAM_NOTICE, "Team notice of a change (default)"),
    (MessageKind.DECISION, "Decision confirmation (default)"),
    (MessageKind.PROBLEM_NOTICE, "Problem notice (default)"),
    (MessageKind.REMEDIAL_PLAN, "Remedial plan update (default)"),
    (MessageKind.ESCALATION_NOTICE, "Escalation notice (default)"),
    (MessageKind.MAIL_REPLY, "Reply to a customer's mail (default)"),
]


def _editor(window: MainWindow, qtbot) -> MessageTemplateEditor:  # type: ignore[no-untyped-def]
    editor = MessageTemplateEditor(window.ctx, window)
    editor.confirm_discard = lambda: True  # the teardown closes it; tests ask their own
    qtbot.addWidget(editor)
    editor.show()
    return editor


def _names(editor: MessageTemplateEditor) -> list[str]:
    return [editor.list.item(r).text().strip() for r in range(editor.list.count())]


def _select(editor: MessageTemplateEditor, name: str) -> None:
    for row in range(editor.list.count()):
        item = editor.list.item(row)
        if item.text().strip().removeprefix("★ ") == name:
            editor.list.setCurrentItem(item)
            return
    raise AssertionError(f"{name} is not in the list")


def test_the_menu_opens_every_default_by_kind(window: MainWindow, qtbot) -> None:
    seen: dict[str, object] = {}

    def read(dialog: QDialog) -> None:
        assert isinstance(dialog, MessageTemplateEditor)
        seen["names"] = _names(dialog)
        seen["delete"] = dialog.delete_button.isEnabled()
        seen["kind"] = dialog.type_combo.isEnabled()
        seen["title"] = dialog.windowTitle()
        dialog.reject()

    when_a_dialog_opens(read)
    window.actions_.message_templates.trigger()

    from cockpit.domain.enums import Language
    from cockpit.messages.kinds.registry import spec_of

    expected: list[str] = []
    for kind, name in DEFAULTS:  # the English default, then the Japanese one
        expected += [label(kind), f"★ {name}", f"★ {spec_of(kind).default_names[Language.JA]}"]
    assert seen["names"] == expected
    assert seen["title"] == "Message templates"
    assert seen["delete"] is False and seen["kind"] is False  # defaults: edited, not deleted


def test_the_preview_shows_subject_and_body_of_the_sample(window: MainWindow, qtbot) -> None:
    editor = _editor(window, qtbot)
    _select(editor, "Open-task update (default)")
    assert editor.subject.text() == "[{{ project.code }}] Open tasks: update of {{ today }}"
    subject, body = message_templates.preview(editor.current)
    text = editor.preview.toPlainText()
    assert f"Subject: {subject}" in text
    assert subject == "[JP-104] Open tasks: update of 24 Nov 2026"
    assert "Payment gateway timeout fix" in text  # a sample task, in the rendered table
    assert "{{" not in text and "{%" not in text
    assert "<table" in editor.preview.toHtml()
    assert "tasks" in editor.help.text() and "urgent_tasks" in editor.help.text()

    editor.subject.setText("[{{ project.code }}] Status — {{ project.customer }}")
    qtbot.waitUntil(lambda: "Status — 東京フィンテック株式会社" in editor.preview.toPlainText(),
                    timeout=2000)
    assert editor.dirty and editor.save_button.isEnabled()


def test_a_broken_template_shows_its_line_and_is_not_saved(window: MainWindow, qtbot,
                                                           prompts) -> None:
    editor = _editor(window, qtbot)
    _select(editor, "Post-call follow-up (default)")
    stored = message_templates.get_template(window.store, editor.current.id)
    editor.body.setPlainText("Hello {{ greeting }},\n\n{% for x in %}\n- {{ x }}\n{% endfor %}\n")
    qtbot.waitUntil(lambda: editor.problem.text() != "", timeout=2000)

    assert editor.problem.text().startswith("Line 3: ")
    assert not editor.preview.isEnabled()  # the last good preview, greyed out
    assert editor.body.extraSelections()[0].cursor.blockNumber() == 2

    editor.save_button.click()

    assert editor.problem.text().startswith("Line 3: ")
    assert message_templates.get_template(window.store, stored.id) == stored
    assert editor.dirty and editor.isVisible() and prompts.errors == []

    editor.subject.setText("{{ project.code ")  # the subject is checked too
    editor.body.setPlainText(stored.body)
    qtbot.waitUntil(lambda: "subject" in editor.problem.text().lower(), timeout=2000)
    editor.save_button.click()
    assert message_templates.get_template(window.store, stored.id) == stored


def test_a_new_template_is_saved_listed_and_used(window: MainWindow, qtbot) -> None:
    editor = _editor(window, qtbot)
    _select(editor, "Open-task update (default)")
    editor.new_button.click()
    assert editor.is_new and editor.name.text() == "New message template"
    assert editor.type_combo.currentData() == MessageKind.TASK_UPDATE.value
    editor.name.setText("短い進捗 Short task update")
    editor.subject.setText("[{{ project.code }}] 進捗 {{ today }}")
    editor.body.setPlainText("{{ greeting }} 様\n\n{% for task in tasks %}- {{ task.name }}: "
                             "{{ task.eta or '未定' }}\n{% endfor %}\n{{ pm.name }}\n")
    editor.save_button.click()

    assert editor.status.text() == "Saved “短い進捗 Short task update”."
    assert not editor.is_new and not editor.dirty
    names = _names(editor)
    update_at = names.index(label(MessageKind.TASK_UPDATE))
    assert names[update_at + 1:update_at + 4] == ["★ Open-task update (default)",
                                                  "★ 未完了タスクのご報告（既定）",
                                                  "短い進捗 Short task update"]
    saved = next(t for t in message_templates.list_templates(window.store, MessageKind.TASK_UPDATE)
                 if not t.is_default)
    assert editor.delete_button.isEnabled()  # the PM's own can be deleted

    project_id = projects.find_project_id(window.store, "JP-104")
    composed = messages.compose(window.store, MessageKind.TASK_UPDATE, Source(project_id),
                                template_id=saved.id)
    assert composed.subject.startswith("[JP-104] 進捗 ")
    # the new template was made from the English default: its dates are written in English
    assert "様" in composed.body and "CSVエクスポート: 27 Nov 2026" in composed.body


def test_an_edited_default_is_what_the_tasks_tab_writes(window: MainWindow, qtbot) -> None:
    editor = _editor(window, qtbot)
    _select(editor, "Open-task update (default)")
    editor.body.setPlainText(editor.body.toPlainText().replace(
        "Here is the status of the open tasks.",
        "Here is the status of the open tasks, as promised every two days."))
    editor.save_button.click()
    assert editor.status.text().startswith("Saved ")
    editor.reject()

    select_code(window, "JP-104")
    window.editor.tabs.setCurrentWidget(window.editor.tasks)
    window.editor.tasks.update_button.click()
    composers = list(window.messages_ctl.windows.values())
    assert len(composers) == 1
    try:
        assert "as promised every two days" in composers[0].body.toPlainText()
    finally:
        composers[0].close()


def test_a_default_cannot_be_deleted_nor_change_its_kind(window: MainWindow, qtbot) -> None:
    editor = _editor(window, qtbot)
    _select(editor, "Problem notice (default)")
    assert not editor.delete_button.isEnabled() and not editor.type_combo.isEnabled()
    assert "edited, not deleted" in editor.delete_button.toolTip()
    own = message_templates.save_template(window.store, MessageTemplateData(
        kind=MessageKind.PROBLEM_NOTICE, name="Outage", subject="[{{ project.code }}] Outage",
        body="Hello {{ greeting }},\n\nAn outage.\n"))
    editor.reload(select=own.id)
    assert editor.name.text() == "Outage" and editor.delete_button.isEnabled()
    editor.confirm_delete = lambda _name: True
    editor.delete_button.click()
    assert all(t.id != own.id for t in message_templates.list_templates(window.store))
    assert "Outage" not in [n.removeprefix("★ ") for n in _names(editor)]


def test_fields_and_placeholders_are_inserted_without_typing_jinja(window: MainWindow,
                                                                   qtbot) -> None:
    editor = _editor(window, qtbot)
    _select(editor, "Open-task update (default)")
    editor.body.setPlainText("")
    editor.field_menu.aboutToShow.emit()  # as when the button's menu opens
    texts = [a.text() for a in editor.field_menu.actions()]
    assert any(t.startswith("project.customer — 東京フィンテック") for t in texts)
    loop = next(a for a in editor.field_menu.actions() if a.text().startswith("tasks"))
    assert "(a line per item)" in loop.text()
    loop.trigger()
    assert "{% for item in tasks %}" in editor.body.toPlainText()
    # the preview renders what was inserted: one line per sample task
    qtbot.waitUntil(lambda: "Payment gateway timeout fix" in editor.preview.toPlainText(),
                    timeout=2000)
    editor.insert_placeholder.click()
    assert "[[what to write here]]" in editor.body.toPlainText()
    assert editor.body.textCursor().selectedText() == "what to write here"  # type over it
    # the menu follows the kind: a follow-up offers the meeting's fields
    _select(editor, "Post-call follow-up (default)")
    editor.field_menu.aboutToShow.emit()
    follow_up = [a.text() for a in editor.field_menu.actions()]
    assert follow_up != texts
