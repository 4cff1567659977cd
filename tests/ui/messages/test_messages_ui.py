"""Message lists (a project's tab and every project's window) and the messages written from the
Tasks, Change requests and Meetings tabs — on real widgets over the demo store."""

from __future__ import annotations

import email
import email.policy
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from cockpit.connectors.outlook import draft_records
from cockpit.domain.enums import Side
from cockpit.domain.messages import DraftText, LinkTarget, MessageKind, MessageState
from cockpit.domain.work import ChangeRequestStatus, TaskStatus
from cockpit.mail.addresses import parse_address_list
from cockpit.services import messages, projects
from tests.ui.helpers import cell, close_message_windows, select_code, set_cell, when_a_dialog_opens
from ui.main_window import MainWindow
from ui.messages.compose_window import ComposeWindow
from ui.messages.list_model import FOLDERS, MessageListModel
from ui.messages.panel import MessagesPanel

CHECKED = Qt.CheckState.Checked.value


@pytest.fixture(autouse=True)
def _no_compose_window_left(window: MainWindow) -> Iterator[None]:
    """Every compose window a test opened through the app is closed at its end."""
    yield
    close_message_windows(window)


def _tab(window: MainWindow, code: str, name: str):  # type: ignore[no-untyped-def]
    select_code(window, code)
    tab = getattr(window.editor, name)
    window.editor.tabs.setCurrentWidget(tab)
    return tab


def _panel(window: MainWindow, code: str) -> MessagesPanel:
    return _tab(window, code, "messages").panel


def _only_compose(window: MainWindow) -> ComposeWindow:
    composers = list(window.messages_ctl.windows.values())
    assert len(composers) == 1, f"{len(composers)} compose windows are open"
    return composers[0]


def _shown(panel: MessagesPanel) -> list:  # type: ignore[type-arg]
    proxy = panel.proxy
    return [panel.model.rows[proxy.mapToSource(proxy.index(r, 0)).row()]
            for r in range(proxy.rowCount())]


def _stored(window: MainWindow, code: str):  # type: ignore[no-untyped-def]
    return messages.list_messages(window.store,
                                  project_id=projects.find_project_id(window.store, code))


def _counts(rows) -> dict[str, int]:  # type: ignore[no-untyped-def]
    return {key: sum(1 for r in rows if r.state in states) for key, states in FOLDERS.items()}


def _folder_texts(panel: MessagesPanel) -> list[str]:
    return [panel.folders.tabText(i) for i in range(panel.folders.count())]


# --- the project's Messages tab ---------------------------------------------------------------
def test_folders_show_the_stored_messages_with_their_counts(window: MainWindow) -> None:
    panel = _panel(window, "JP-104")
    stored = _stored(window, "JP-104")
    counts = _counts(stored)
    assert counts["drafts"] and counts["outbox"] and counts["sent"]
    assert _folder_texts(panel) == [f"Drafts ({counts['drafts']})",
                                    f"Outbox ({counts['outbox']})", f"Sent ({counts['sent']})",
                                    f"All ({len(stored)})"]
    assert panel.view.isColumnHidden(MessageListModel.PROJECT)  # one project: no column

    panel.set_folder("drafts")
    shown = _shown(panel)
    assert len(shown) == counts["drafts"]
    assert all(r.state is MessageState.DRAFT for r in shown)
    proxy = panel.proxy
    assert {proxy.index(r, MessageListModel.STATE).data() for r in range(proxy.rowCount())} \
        == {"Draft"}
    panel.set_folder("sent")
    assert {r.id for r in _shown(panel)} == {r.id for r in stored
                                             if r.state is MessageState.SENT}
    panel.set_folder("all")
    shown = _shown(panel)
    assert {r.id for r in shown} == {r.id for r in stored}
    when = [r.sent_at or r.updated_at for r in shown]
    assert when == sorted(when, reverse=True)  # newest first


def test_search_filters_and_says_when_nothing_matches(window: MainWindow) -> None:
    panel = _panel(window, "JP-104")
    panel.set_folder("all")
    QTest.keyClicks(panel.search, "sprint")
    shown = _shown(panel)
    assert shown and all("sprint" in (r.subject + r.kind.value).lower() for r in shown)
    assert len(shown) < len(panel.model.rows)
    assert panel.stack.currentWidget() is panel.view

    panel.search.selectAll()
    QTest.keyClicks(panel.search, "nothing-like-this")
    assert _shown(panel) == []
    assert panel.stack.currentWidget() is panel.empty
    assert panel.empty.text() == "No message matches the search."
    panel.search.clear()
    assert len(_shown(panel)) == len(panel.model.rows)


def test_empty_folders_say_what_to_do(window: MainWindow) -> None:
    assert _stored(window, "JP-107") == []  # onboarding: nothing written yet
    panel = _panel(window, "JP-107")
    assert _folder_texts(panel) == ["Drafts (0)", "Outbox (0)", "Sent (0)", "All (0)"]
    texts = {}
    for folder in FOLDERS:
        panel.set_folder(folder)
        assert panel.stack.currentWidget() is panel.empty
        texts[folder] = panel.empty.text()
    assert "New message" in texts["drafts"]
    assert "outbox is empty" in texts["outbox"]
    assert texts["sent"] == "Nothing sent yet."
    assert texts["all"] == "No messages yet."

    QTest.keySequence(window, "Ctrl+N")  # a new project, not saved yet
    assert window.editor.is_new
    panel = window.editor.messages.panel
    assert not panel.isEnabled() and panel.model.rows == []
    assert panel.stack.currentWidget() is panel.empty and panel.empty.text()


def test_new_blank_message_opens_a_compose_window_and_is_listed(window: MainWindow) -> None:
    panel = _panel(window, "JP-104")
    drafts_before = _counts(_stored(window, "JP-104"))["drafts"]
    menu = panel.new_button.menu()
    names = [a.text() for a in menu.actions()]
    assert "Blank message" in names and "Follow-up for the last meeting" in names
    next(a for a in menu.actions() if a.text() == "Blank message").trigger()

    compose = _only_compose(window)
    assert compose.isVisible() and compose.subject.text() == ""
    assert not compose.body.isReadOnly()
    assert compose.sender.text().startswith("Tomasz Wiśniewski <")  # the project's PM
    assert compose.windowTitle().startswith("New message — JP-104")
    assert _folder_texts(panel)[0] == f"Drafts ({drafts_before + 1})"
    assert any(r.id == compose.message.id for r in panel.model.rows)


def test_follow_up_for_the_last_meeting_from_the_menu(window: MainWindow, prompts) -> None:
    panel = _panel(window, "JP-104")
    menu = panel.new_button.menu()
    prompts.confirm_answers = [False]  # the demo sent that meeting's follow-up already
    next(a for a in menu.actions() if a.text() == "Follow-up for the last meeting").trigger()
    assert prompts.asked[-1][0] == "confirm" and "was sent on" in prompts.asked[-1][1]
    assert window.messages_ctl.windows == {}

    prompts.confirm_answers = [True]  # write another one
    next(a for a in menu.actions() if a.text() == "Follow-up for the last meeting").trigger()
    compose = _only_compose(window)
    assert compose.subject.text().startswith("[JP-104] Follow-up: ")
    assert "テスト計画書を共有する" in compose.body.toPlainText()
    assert "(internal)" not in compose.body.toPlainText()


def test_deleting_a_draft_but_never_a_sent_message(window: MainWindow, prompts) -> None:
    panel = _panel(window, "JP-104")
    panel.set_folder("drafts")
    panel.view.selectRow(0)
    draft = panel.selected()
    assert draft is not None and panel.buttons["delete"].isEnabled()

    prompts.confirm_answers = [False]
    panel.buttons["delete"].click()
    assert any(r.id == draft.id for r in _stored(window, "JP-104"))  # "no" keeps it
    prompts.confirm_answers = [True]
    panel.buttons["delete"].click()

    assert prompts.asked[-1][0] == "confirm"
    assert all(r.id != draft.id for r in _stored(window, "JP-104"))
    assert all(r.id != draft.id for r in panel.model.rows)
    counts = _counts(_stored(window, "JP-104"))
    assert _folder_texts(panel)[0] == f"Drafts ({counts['drafts']})"

    panel.set_folder("sent")
    panel.view.selectRow(0)
    assert panel.selected().state is MessageState.SENT
    assert not panel.buttons["delete"].isEnabled()
    assert panel.buttons["open"].isEnabled() and panel.buttons["export"].isEnabled()


def test_export_and_open_from_the_list(window: MainWindow, prompts, qtbot,
                                       tmp_path: Path) -> None:
    panel = _panel(window, "JP-104")
    panel.set_folder("sent")
    panel.view.selectRow(0)
    sent = panel.selected()
    prompts.next_path = tmp_path / "sent.eml"
    panel.buttons["export"].click()
    parsed = email.message_from_bytes(prompts.next_path.read_bytes(),
                                      policy=email.policy.default)
    assert parsed["subject"] == sent.subject
    assert "X-Unsent" not in parsed  # it went out: not a draft to send again

    index = panel.proxy.index(0, MessageListModel.SUBJECT)
    rect = panel.view.visualRect(index)
    QTest.mouseClick(panel.view.viewport(), Qt.MouseButton.LeftButton,
                     Qt.KeyboardModifier.NoModifier, rect.center())
    QTest.mouseDClick(panel.view.viewport(), Qt.MouseButton.LeftButton,
                      Qt.KeyboardModifier.NoModifier, rect.center())
    compose = _only_compose(window)
    assert compose.message.id == sent.id and compose.body.isReadOnly()


def test_a_message_kept_in_two_versions_is_marked_until_one_is_gone(
        window: MainWindow) -> None:
    """Edited here and in Outlook at once, the Outlook sync keeps both versions: each is
    marked in the list and its tooltip says why; deleting one clears the mark of the other."""
    store = window.store
    assert store is not None
    draft = next(m for m in _stored(window, "JP-104") if m.state is MessageState.DRAFT)
    revision = messages.get_message(store, draft.id).revision
    draft_records.record_outlook_draft(store, draft.id, "AAkALgAA-outlook-draft", "ck-1", revision)
    copy = draft_records.keep_both(store, draft.id, DraftText(
        subject=draft.subject + " (Outlook)", to="yamada@client.example.jp", cc="", bcc="",
        body="edited in Outlook\n"), "ck-2")
    panel = _panel(window, "JP-104")
    window.messages_ctl.refresh_all()
    panel.set_folder("drafts")

    def subject_cell(message_id: str):  # type: ignore[no-untyped-def]
        row = next(i for i, r in enumerate(_shown(panel)) if r.id == message_id)
        return panel.proxy.index(row, MessageListModel.SUBJECT)

    tooltip = "Edited here and in Outlook: the other version is kept as a separate draft."
    for message_id, subject in ((draft.id, draft.subject), (copy.id, copy.subject)):
        shown = subject_cell(message_id)
        assert shown.data() == f"\u21c4 {subject}"
        assert shown.data(Qt.ItemDataRole.ToolTipRole) == tooltip
    others = [r for r in _shown(panel) if r.id not in (draft.id, copy.id)]
    assert others and all(not subject_cell(r.id).data().startswith("\u21c4") for r in others)

    messages.delete_message(store, copy.id)  # the PM keeps their own version
    window.messages_ctl.refresh_all()
    assert subject_cell(draft.id).data() == draft.subject
    assert subject_cell(draft.id).data(Qt.ItemDataRole.ToolTipRole) == draft.subject


# --- every project's messages -----------------------------------------------------------------
def test_all_messages_window_lists_every_project(window: MainWindow, qtbot) -> None:
    select_code(window, "JP-104")
    QTest.keySequence(window, "Ctrl+Shift+M")
    list_window = window.messages_ctl.list_window
    assert list_window is not None and list_window.isVisible()
    panel = list_window.panel
    stored = messages.list_messages(window.store)
    assert not panel.view.isColumnHidden(MessageListModel.PROJECT)
    assert not panel.new_button.isVisible()  # new messages are written in a project
    panel.set_folder("all")
    shown = _shown(panel)
    assert {r.id for r in shown} == {r.id for r in stored}
    proxy = panel.proxy
    codes = {proxy.index(r, MessageListModel.PROJECT).data() for r in range(proxy.rowCount())}
    assert codes == {r.project_code for r in stored} and len(codes) > 3
    counts = _counts(stored)
    assert _folder_texts(panel)[3] == f"All ({len(stored)})"
    assert _folder_texts(panel)[1] == f"Outbox ({counts['outbox']})"
    assert panel.folders.tabToolTip(1) == "1 message failed to send"

    failed = next(r for r in stored if r.state is MessageState.FAILED)
    panel.set_folder("outbox")
    row = next(i for i, r in enumerate(_shown(panel)) if r.id == failed.id)
    state = proxy.index(row, MessageListModel.STATE)
    assert state.data() == "Failed" and state.data(Qt.ItemDataRole.ToolTipRole) == failed.failure
    assert state.data(Qt.ItemDataRole.ForegroundRole) is not None  # red

    panel.view.selectRow(row)
    panel.buttons["open"].click()
    compose = _only_compose(window)
    assert compose.message.id == failed.id and failed.project_code in compose.windowTitle()


# --- Tasks and Change requests --------------------------------------------------------------
def _task_row(tab, name: str) -> int:  # type: ignore[no-untyped-def]
    return next(i for i, t in enumerate(tab.table.model.records) if t.name == name)


def test_editing_tasks_marks_the_project_dirty_and_ctrl_s_saves(window: MainWindow) -> None:
    tab = _tab(window, "JP-104", "tasks")
    editor = window.editor
    task = next(t for t in editor.passport.tasks if t.status is TaskStatus.TODO)
    row = _task_row(tab, task.name)
    assert not editor.dirty

    assert set_cell(tab.table, row, "status", TaskStatus.IN_PROGRESS)
    assert editor.dirty and window.windowTitle().startswith("JP-104") \
        and " * — " in window.windowTitle()
    assert set_cell(tab.table, row, "eta", "2026-12-18")
    assert set_cell(tab.table, row, "urgent", CHECKED, Qt.ItemDataRole.CheckStateRole)
    assert cell(tab.table, row, "eta").data() == "2026-12-18"

    QTest.keySequence(window, "Ctrl+S")

    assert not editor.dirty and " * " not in window.windowTitle()
    stored = next(t for t in projects.get_passport(window.store, editor.passport.id).tasks
                  if t.id == task.id)
    assert stored.status is TaskStatus.IN_PROGRESS
    assert stored.eta == date(2026, 12, 18) and stored.urgent


def test_mark_done(window: MainWindow) -> None:
    tab = _tab(window, "JP-104", "tasks")
    task = next(t for t in window.editor.passport.tasks if t.urgent and t.status.is_open)
    row = _task_row(tab, task.name)
    open_before = sum(1 for t in tab.table.model.records if t.status.is_open)
    tab.table.view.selectRow(row)
    tab.done_button.click()

    record = tab.table.model.records[row]
    assert record.status is TaskStatus.DONE and record.done_on == date.today()
    assert not record.urgent  # no more hourly updates for a finished task
    assert window.editor.dirty
    assert tab.summary.text().startswith(f"{open_before - 1} open task")
    window.actions_.save.trigger()
    stored = next(t for t in projects.get_passport(window.store, window.editor.passport.id).tasks
                  if t.id == task.id)
    assert stored.status is TaskStatus.DONE and stored.done_on == date.today()


def test_unsaved_task_edits_are_saved_before_the_update_is_written(window: MainWindow) -> None:
    tab = _tab(window, "JP-104", "tasks")
    task = next(t for t in window.editor.passport.tasks if t.status is TaskStatus.TODO)
    set_cell(tab.table, _task_row(tab, task.name), "eta", "2027-01-08")
    assert window.editor.dirty

    tab.update_button.click()

    assert not window.editor.dirty  # saved first
    stored = projects.get_passport(window.store, window.editor.passport.id)
    assert next(t for t in stored.tasks if t.id == task.id).eta == date(2027, 1, 8)
    compose = _only_compose(window)
    line = next(ln for ln in compose.body.toPlainText().splitlines() if task.name in ln)
    assert "8 Jan 2027" in line


def test_problem_notice_about_the_selected_task(window: MainWindow) -> None:
    tab = _tab(window, "JP-104", "tasks")
    task = next(t for t in window.editor.passport.tasks if t.urgent and t.status.is_open)
    tab.table.view.selectRow(_task_row(tab, task.name))
    tab.report_actions[MessageKind.PROBLEM_NOTICE].trigger()
    compose = _only_compose(window)
    assert compose.subject.text() == f"[JP-104] Notice: {task.name}"
    assert task.name in compose.links_label.text()
    passport = window.editor.passport
    expected = {m.email for m in passport.members
                if m.side is Side.CUSTOMER and MessageKind.PROBLEM_NOTICE in m.reports}
    assert {a.email for a in parse_address_list(compose.to.text())[0]} == expected


def test_send_the_estimate_of_a_change_request(window: MainWindow, qtbot) -> None:
    page = _tab(window, "JP-104", "registers").changes
    qtbot.waitUntil(lambda: bool(page.model.rows), timeout=5000)
    change = next(c for c in page.model.rows if c.status is ChangeRequestStatus.SENT)
    page.select(change.id)
    assert page.buttons["estimate"].isEnabled()  # sent once: it can be sent again
    page.buttons["estimate"].click()

    compose = _only_compose(window)
    subject = compose.subject.text()
    assert subject.startswith(f"[JP-104] {change.key} ") and change.title in subject
    body = compose.body.toPlainText()
    assert change.key in body and change.title in body
    assert f"{change.estimate_hours:g}" in body and "hours" in body
    assert f"{change.key} {change.title}" in compose.links_label.text()
    stored = messages.get_message(window.store, compose.message.id)
    assert stored.kind is MessageKind.CHANGE_REQUEST
    assert [(link.target, link.target_id) for link in stored.links] == [
        (LinkTarget.CHANGE_REQUEST, change.id)]
    assert parse_address_list(compose.to.text())[0]


# --- Meetings: the invitation as an e-mail ---------------------------------------------------
def test_invite_by_email_carries_the_calendar(window: MainWindow, prompts,
                                              tmp_path: Path) -> None:
    tab = _tab(window, "JP-104", "meetings")
    tab.view.selectRow(0)
    series = tab.selected()
    assert tab.buttons["email"].isEnabled()
    tab.buttons["email"].click()

    compose = _only_compose(window)
    assert compose.subject.text() == f"Invitation: {series.title}"
    stored = messages.get_message(window.store, compose.message.id)
    assert stored.kind is MessageKind.INVITE and stored.calendar
    assert parse_address_list(compose.to.text())[0]
    prompts.next_path = tmp_path / "invite.eml"
    compose.actions_["export"].trigger()

    parsed = email.message_from_bytes(prompts.next_path.read_bytes(),
                                      policy=email.policy.default)
    calendars = [p for p in parsed.walk() if p.get_content_type() == "text/calendar"]
    assert calendars and calendars[0].get_param("method") == "REQUEST"
    assert f"UID:{series.uid}" in calendars[0].get_content().replace("\r\n ", "")
    assert parsed["subject"] == f"Invitation: {series.title}"


def test_confirm_a_decision_in_writing_from_the_decision_log(window: MainWindow, qtbot) -> None:
    tab = _tab(window, "JP-104", "meetings")
    seen: dict[str, object] = {}

    def confirm(dialog) -> None:  # type: ignore[no-untyped-def]
        items = [dialog.decisions.item(r) for r in range(dialog.decisions.count())]
        decision = next(i for i in items if i.data(Qt.ItemDataRole.UserRole))
        seen["text"] = decision.text().split("\n")[0].split("  ", 1)[1]
        assert not dialog.confirm_button.isEnabled()  # nothing chosen yet
        dialog.decisions.setCurrentItem(decision)
        assert dialog.confirm_button.isEnabled()
        dialog.confirm_button.click()

    when_a_dialog_opens(confirm)
    tab.buttons["log"].click()

    compose = _only_compose(window)
    decision_text = str(seen["text"])
    assert "本番移行は1月15日" in decision_text
    assert decision_text in compose.body.toPlainText()
    assert compose.subject.text().startswith("[JP-104] Confirmation: ")
    stored = messages.get_message(window.store, compose.message.id)
    assert stored.kind is MessageKind.DECISION
    assert [link.target for link in stored.links] == [LinkTarget.DECISION]
    assert parse_address_list(compose.to.text())[0]
