"""The compose window on real widgets: prefilled from templates, completion and checks of the
addresses, the Markdown preview (sanitised), autosave, export, and the outbox states."""

from __future__ import annotations

import dataclasses
import email
import email.policy
import time
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from cockpit.domain.enums import Side
from cockpit.domain.messages import MessageKind, MessageState
from cockpit.mail.addresses import parse_address_list
from cockpit.services import messages, occurrences, projects
from tests.ui.helpers import close_message_windows, context_for, select_code, type_text
from ui.main_window import MainWindow
from ui.messages import ops
from ui.messages.compose_window import ComposeWindow
from ui.messages.panel import MessagesPanel
from ui.tasks import TaskRunner

HOSTILE = ("Before the paste\n\n<script>alert(1)</script><img src=http://x/y.png>"
           "<form><input></form>\n\nAfter the paste\n")
# the completion popup asks for the keyboard, which the offscreen platform cannot grab
pytestmark = pytest.mark.qt_log_ignore("does not support grabbing the keyboard", extend=True)


@pytest.fixture(autouse=True)
def _no_compose_window_left(window: MainWindow) -> Iterator[None]:
    """Every compose window a test opened through the app is closed at its end."""
    yield
    close_message_windows(window)


def _close(compose: ComposeWindow) -> None:
    """Close as the user does; a draft with unsaved typing closes once it is stored."""
    for _ in range(3):
        if not shiboken6.isValid(compose) or not compose.isVisible():
            return
        compose.close()
        QApplication.processEvents()


def _tab(window: MainWindow, code: str, name: str):  # type: ignore[no-untyped-def]
    select_code(window, code)
    tab = getattr(window.editor, name)
    window.editor.tabs.setCurrentWidget(tab)
    return tab


def _project(window: MainWindow, code: str) -> str:
    return projects.find_project_id(window.store, code)


def _only_compose(window: MainWindow) -> ComposeWindow:
    composers = list(window.messages_ctl.windows.values())
    assert len(composers) == 1, f"{len(composers)} compose windows are open"
    return composers[0]


def _activate(qtbot, compose: ComposeWindow) -> None:  # type: ignore[no-untyped-def]
    compose.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is compose, timeout=2000)


def _first(window: MainWindow, code: str, kind: MessageKind, state: MessageState) -> str:
    rows = messages.list_messages(window.store, project_id=_project(window, code))
    return next(r.id for r in rows if r.kind is kind and r.state is state)


def _failed_message(window: MainWindow) -> str:
    return next(r.id for r in messages.list_messages(window.store)
                if r.state is MessageState.FAILED)


def _open(window: MainWindow, message_id: str) -> ComposeWindow:
    summary = next(r for r in messages.list_messages(window.store) if r.id == message_id)
    select_code(window, summary.project_code)
    window.messages_ctl.open_message(message_id)
    return window.messages_ctl.windows[message_id]


def _blank(window: MainWindow, qtbot, code: str = "JP-104") -> ComposeWindow:  # type: ignore[no-untyped-def]
    """New message ▸ Blank message in the project's Messages tab."""
    tab = _tab(window, code, "messages")
    blank = next(a for a in tab.panel.new_button.menu().actions() if a.text() == "Blank message")
    blank.trigger()
    compose = _only_compose(window)
    _activate(qtbot, compose)
    return compose


def _stored(window: MainWindow, compose: ComposeWindow):  # type: ignore[no-untyped-def]
    return messages.get_message(window.store, compose.message.id)


# --- prefilled from the templates --------------------------------------------------------------
def test_open_task_update_from_the_tasks_tab_is_prefilled(window: MainWindow, qtbot) -> None:
    tab = _tab(window, "JP-104", "tasks")
    passport = window.editor.passport
    tab.update_button.click()
    compose = _only_compose(window)

    expected_to = {m.email for m in passport.members
                   if m.side is Side.CUSTOMER and MessageKind.TASK_UPDATE in m.reports}
    to, problems = parse_address_list(compose.to.text())
    assert expected_to and {a.email for a in to} == expected_to and problems == []
    assert all(a.name for a in to)  # "Name <address>", as the PM sees in the field
    from cockpit.locale_format import format_date

    assert compose.subject.text() == \
        f"[JP-104] Open tasks: update of {format_date(date.today(), 'en')}"
    body = compose.body.toPlainText()
    open_tasks = [t for t in passport.tasks if t.status.is_open]
    assert open_tasks
    for task in open_tasks:
        line = next(line for line in body.splitlines() if task.name in line)
        assert task.eta is not None and format_date(task.eta, "en") in line
    for task in passport.tasks:
        if not task.status.is_open:
            assert task.name not in body
    assert compose.links_label.isVisible()
    assert compose.links_label.text().startswith("Confirms or reports on: ")
    assert all(t.name in compose.links_label.text() for t in open_tasks)
    assert "<table" in compose.preview.toHtml()  # the task table as the customer sees it
    assert "JP-104" in compose.windowTitle()
    assert not compose.body.isReadOnly() and not compose.banner.isVisible()
    stored = _stored(window, compose)  # saved at once: it is already in the drafts
    assert stored.state is MessageState.DRAFT and stored.body == body


def test_follow_up_from_the_minutes_leaves_the_internal_item_out(window: MainWindow,
                                                                qtbot) -> None:
    select_code(window, "JP-104")
    project_id = _project(window, "JP-104")
    series_id, start = occurrences.last_with_minutes(window.store, project_id)
    view = next(v for v in occurrences.upcoming(window.store, start - timedelta(hours=1),
                                                start + timedelta(hours=1),
                                                project_id=project_id)
                if v.series_id == series_id)
    minutes = occurrences.get_minutes(window.store, series_id, start)
    internal = [m for m in minutes if m.internal]
    shared = [m for m in minutes if not m.internal]
    assert internal and "(internal)" in internal[0].text and len(shared) >= 3

    window.actions_.planner.trigger()  # the minutes as the planner opens them
    dialog = window.planner.minutes_dialog(view)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.follow_up_button.isEnabled()
    dialog.follow_up_button.click()

    assert not dialog.isVisible()  # handed over to the compose window
    compose = _only_compose(window)
    body = compose.body.toPlainText()
    for item in shared:
        assert item.text in body
    assert "(internal)" not in body and internal[0].text not in body
    assert "(internal)" not in compose.preview.toPlainText()
    assert compose.subject.text().startswith("[JP-104] Follow-up: ")
    assert compose.to.text() and not compose.to.problems
    assert "Confirms or reports on: " in compose.links_label.text()
    assert internal[0].text not in compose.links_label.text()


# --- addresses ------------------------------------------------------------------------------
def test_completion_offers_contacts_and_completes_after_the_comma(window: MainWindow,
                                                                  qtbot) -> None:
    compose = _blank(window, qtbot)
    passport = window.editor.passport
    to = compose.to
    popup = to.completer_.popup()
    assert to.hasFocus()  # no recipient yet: typing starts in To

    QTest.keyClicks(to, "agn")
    assert popup.isVisible()
    model = to.completer_.completionModel()
    offered = [model.index(r, 0).data() for r in range(model.rowCount())]
    expected = [f"{m.name} <{m.email}>" for m in passport.members if "agn" in m.name.lower()]
    assert len(expected) == 2 and offered == expected

    QTest.keyClick(to, Qt.Key.Key_Return)
    assert to.text() == f"{expected[0]}, "
    assert not popup.isVisible()

    QTest.keyClicks(to, "Wr")  # the entry after the comma
    assert popup.isVisible()
    offered = [model.index(r, 0).data() for r in range(model.rowCount())]
    assert offered == [expected[1]]
    QTest.keyClick(to, Qt.Key.Key_Return)
    assert to.text() == f"{expected[0]}, {expected[1]}, "
    addresses, problems = parse_address_list(to.text())
    assert len(addresses) == 2 and problems == []
    assert not compose.address_problems.isVisible()


def test_a_japanese_name_completes_after_a_full_width_comma(window: MainWindow,
                                                            qtbot) -> None:
    compose = _blank(window, qtbot)
    passport = window.editor.passport
    watanabe = next(m for m in passport.members if m.name.startswith("渡辺"))
    QTest.keyClicks(compose.to, "bob@example.com")
    type_text(compose.to, "，渡辺")  # as a Japanese input method types it
    assert compose.to.completer_.popup().isVisible()
    QTest.keyClick(compose.to, Qt.Key.Key_Return)
    addresses, problems = parse_address_list(compose.to.text())
    assert [a.email for a in addresses] == ["bob@example.com", watanabe.email]
    assert addresses[1].name == watanabe.name and problems == []


def test_the_entry_being_completed_is_not_flagged_while_the_popup_helps(window: MainWindow,
                                                                        qtbot) -> None:
    """address_edit.AddressEdit._validate: "the entry still being typed at the end is not
    judged yet while the popup helps"."""
    compose = _blank(window, qtbot)
    QTest.keyClicks(compose.to, "Agn")
    assert compose.to.completer_.popup().isVisible()
    assert not compose.address_problems.isVisible(), compose.address_problems.text()


def test_a_completed_address_is_saved_after_the_autosave_ran(window: MainWindow, qtbot,
                                                             prompts) -> None:
    """The PM types a few letters, looks at the suggestions for a second (the autosave runs),
    then accepts one: the completed address must be what is stored and queued."""
    compose = _blank(window, qtbot)
    QTest.keyClicks(compose.subject, "Rehearsal results")
    compose.to.setFocus()
    QTest.keyClicks(compose.to, "Wr")
    qtbot.waitUntil(lambda: _stored(window, compose).to == "Wr", timeout=3000)
    QTest.keyClick(compose.to, Qt.Key.Key_Return)
    shown = compose.to.text()
    assert shown.startswith(
        "Agnieszka Wróblewska <agnieszka.wroblewska.jp-104@vendor.example.com>")

    QTest.keySequence(compose, QKeySequence.StandardKey.Save)
    assert _stored(window, compose).to == shown

    compose.actions_["ready"].trigger()
    assert prompts.errors == []
    assert _stored(window, compose).state is MessageState.READY


def test_a_wrong_address_is_shown_and_refuses_the_queue(window: MainWindow, qtbot,
                                                        prompts) -> None:
    compose = _blank(window, qtbot)
    QTest.keyClicks(compose.to, "bob@")
    QTest.keyClicks(compose.cc, "foo")
    QTest.keyClicks(compose.subject, "Status this week")
    compose.body.setFocus()
    QTest.keyClicks(compose.body, "Hello")

    assert compose.address_problems.isVisible()
    shown = compose.address_problems.text()
    assert "bob@" in shown and "foo" in shown
    assert "c0392b" in compose.address_problems.styleSheet()  # red

    QTest.keyClick(compose.body, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert prompts.errors and "bob@" in prompts.errors[-1]
    assert _stored(window, compose).state is MessageState.DRAFT
    assert not compose.body.isReadOnly()

    compose.to.selectAll()
    QTest.keyClicks(compose.to, "bob@example.com")
    compose.cc.selectAll()
    QTest.keyClick(compose.cc, Qt.Key.Key_Delete)
    assert not compose.address_problems.isVisible()
    errors = len(prompts.errors)
    compose.actions_["ready"].trigger()

    assert len(prompts.errors) == errors
    stored = _stored(window, compose)
    assert stored.state is MessageState.READY and stored.to == "bob@example.com"
    assert stored.body == "Hello" and stored.cc == ""
    for field in (compose.to, compose.cc, compose.subject, compose.sender):
        assert field.isReadOnly()
    assert compose.body.isReadOnly() and not compose.actions_["ready"].isEnabled()
    assert compose.banner.isVisible() and "Queued" in compose.banner_text.text()
    assert compose.banner_buttons["draft"].isVisible()
    assert compose.banner_buttons["draft"].text() == "Back to drafts to edit"


# --- preview ------------------------------------------------------------------------------
def test_markdown_shows_as_the_customer_sees_it(window: MainWindow, qtbot) -> None:
    compose = _blank(window, qtbot)
    compose.body.setPlainText("- first point\n- second point\n\n**Important** note\n\n"
                              "| Task | ETA |\n|---|---|\n| Migration | 2026-12-01 |\n")
    qtbot.waitUntil(lambda: "second point" in compose.preview.toPlainText(), timeout=2000)
    html = compose.preview.toHtml()
    assert "<li" in html and "<table" in html
    assert "font-weight:700" in html.replace(" ", "") or "<b>" in html
    assert "**" not in compose.preview.toPlainText() and "|---" not in html
    assert "Migration" in compose.preview.toPlainText()


def test_pasted_html_never_reaches_the_preview(window: MainWindow, qtbot) -> None:
    compose = _blank(window, qtbot)
    QGuiApplication.clipboard().setText(HOSTILE)
    compose.body.setFocus()
    compose.body.paste()
    assert compose.body.toPlainText() == HOSTILE  # the source keeps what was pasted
    qtbot.waitUntil(lambda: "After the paste" in compose.preview.toPlainText(), timeout=2000)

    html = compose.preview.toHtml().lower()
    for tag in ("<script", "<img", "<form", "<input", "alert(1)", "x/y.png"):
        assert tag not in html
    assert "Before the paste" in compose.preview.toPlainText()
    sanitized = ops.preview_html(compose.body.toPlainText()).lower()
    for tag in ("<script", "<img", "<form", "<input", "alert("):
        assert tag not in sanitized


def test_japanese_and_arabic_show_in_the_preview(window: MainWindow, qtbot) -> None:
    compose = _blank(window, qtbot)
    type_text(compose.body, "進捗報告：移行リハーサルは完了しました。\n\n"
                            "مرحبا، تم الانتهاء من الاختبار")
    qtbot.waitUntil(lambda: "مرحبا" in compose.preview.toPlainText(), timeout=2000)
    assert "移行リハーサルは完了しました" in compose.preview.toPlainText()


# --- saving -------------------------------------------------------------------------------
def test_typing_is_saved_without_pressing_anything(window: MainWindow, qtbot) -> None:
    compose = _blank(window, qtbot)
    type_text(compose.body, "Autosaved line — 自動保存")
    assert compose.save_state.text() == "Editing…"
    started = time.monotonic()
    qtbot.waitUntil(lambda: "自動保存" in _stored(window, compose).body, timeout=3000)
    assert time.monotonic() - started < 1.5
    assert compose.save_state.text().startswith("Saved at ")
    assert not compose.dirty
    # the project's Messages tab shows the draft (the list follows the saves)
    panel = window.editor.messages.panel
    assert any(r.id == compose.message.id for r in panel.model.rows)


def test_closing_saves_what_was_typed(window: MainWindow, qtbot, prompts) -> None:
    store = window.store
    message = ops.new_message(store, _project(window, "JP-104")).value
    runner = TaskRunner()
    compose = ComposeWindow(context_for(window, runner), message)
    compose.show()
    type_text(compose.body, "Typed just before closing")
    compose.close()  # before the autosave timer fires
    qtbot.waitUntil(lambda: not shiboken6.isValid(compose) or not compose.isVisible(),
                    timeout=3000)
    assert messages.get_message(store, message.message.id).body == "Typed just before closing"
    runner.wait()


def test_undo_and_redo_in_the_body(window: MainWindow, qtbot) -> None:
    compose = _blank(window, qtbot)
    compose.body.setFocus()
    QTest.keyClicks(compose.body, "first")
    QTest.keyClick(compose.body, Qt.Key.Key_Return)
    QTest.keyClicks(compose.body, "second")
    assert compose.actions_["undo"].isEnabled()
    QTest.keySequence(compose.body, QKeySequence.StandardKey.Undo)
    assert "second" not in compose.body.toPlainText()
    assert compose.actions_["redo"].isEnabled()
    QTest.keySequence(compose.body, QKeySequence.StandardKey.Redo)
    assert compose.body.toPlainText() == "first\nsecond"
    compose.actions_["undo"].trigger()  # the Edit menu does the same
    assert "second" not in compose.body.toPlainText()
    qtbot.waitUntil(lambda: _stored(window, compose).body == compose.body.toPlainText(),
                    timeout=3000)


def test_ctrl_s_saves_at_once(window: MainWindow, qtbot) -> None:
    compose = _blank(window, qtbot)
    QTest.keyClicks(compose.subject, "Weekly numbers")
    QTest.keySequence(compose, QKeySequence.StandardKey.Save)
    assert _stored(window, compose).subject == "Weekly numbers"  # no waiting
    assert not compose.autosave.isActive() and not compose.dirty
    assert "Weekly numbers" in compose.windowTitle()


def test_export_eml_and_copy_as_rich_text(window: MainWindow, qtbot, prompts,
                                          tmp_path: Path) -> None:
    tab = _tab(window, "JP-104", "tasks")
    tab.update_button.click()
    compose = _only_compose(window)
    _activate(qtbot, compose)
    compose.body.moveCursor(compose.body.textCursor().MoveOperation.End)
    type_text(compose.body, "\n**Added before the export**\n")
    prompts.next_path = tmp_path / "update.eml"
    QTest.keySequence(compose, "Ctrl+E")

    parsed = email.message_from_bytes(prompts.next_path.read_bytes(),
                                      policy=email.policy.default)
    assert parsed["subject"] == compose.subject.text()
    assert {a.addr_spec for a in parsed["to"].addresses} == {
        a.email for a in parse_address_list(compose.to.text())[0]}
    plain = parsed.get_body(preferencelist=("plain",)).get_content()
    html = parsed.get_body(preferencelist=("html",)).get_content()
    assert "Added before the export" in plain and "<strong>Added before the export" in html

    compose.actions_["copy"].trigger()
    copied = QGuiApplication.clipboard().mimeData()
    assert copied.hasHtml() and copied.hasText()
    assert "<table" in copied.html() and "<strong>Added before the export" in copied.html()
    assert "**Added before the export**" in copied.text()  # plain text is the Markdown
    assert "<" not in copied.text()


# --- states -------------------------------------------------------------------------------
def test_a_sent_message_opens_read_only(window: MainWindow, qtbot) -> None:
    tab = _tab(window, "JP-104", "messages")
    panel: MessagesPanel = tab.panel
    panel.set_folder("sent")
    panel.view.selectRow(0)
    sent = panel.selected()
    assert sent is not None and sent.state is MessageState.SENT
    panel.buttons["open"].click()
    compose = _only_compose(window)

    assert compose.message.id == sent.id
    assert compose.banner.isVisible() and compose.banner_text.text().startswith("Sent on 20")
    for field in (compose.to, compose.cc, compose.subject, compose.sender):
        assert field.isReadOnly()
    assert compose.body.isReadOnly()
    assert not any(b.isVisible() for b in compose.banner_buttons.values())
    assert not compose.actions_["save"].isEnabled() and not compose.actions_["ready"].isEnabled()
    assert not compose.actions_["delete"].isEnabled()
    before = _stored(window, compose)
    compose.body.setFocus()
    QTest.keyClicks(compose.body, "changed")
    qtbot.wait(900)
    assert _stored(window, compose) == before


def test_the_failed_message_shows_why_and_can_be_retried(window: MainWindow, qtbot) -> None:
    failed_id = _failed_message(window)
    compose = _open(window, failed_id)
    failure = _stored(window, compose).failure
    assert failure and failure in compose.banner_text.text()
    assert compose.banner_text.text().startswith("Sending failed: ")
    assert compose.banner_buttons["retry"].isVisible()
    assert compose.banner_buttons["draft"].isVisible()

    compose.banner_buttons["retry"].click()

    assert _stored(window, compose).state is MessageState.READY
    assert compose.banner_text.text().startswith("Queued")
    assert not compose.banner_buttons["retry"].isVisible()
    assert compose.save_state.text() == "Queued"


def test_back_to_drafts_then_mark_as_sent(window: MainWindow, qtbot, prompts) -> None:
    queued = _first(window, "JP-104", MessageKind.TASK_UPDATE, MessageState.READY)
    compose = _open(window, queued)
    assert compose.body.isReadOnly()

    compose.banner_buttons["draft"].click()
    assert _stored(window, compose).state is MessageState.DRAFT
    assert not compose.body.isReadOnly() and not compose.to.isReadOnly()
    assert not compose.banner.isVisible()
    type_text(compose.body, "One more line. ")
    compose.actions_["ready"].trigger()
    stored = _stored(window, compose)
    assert stored.state is MessageState.READY and "One more line." in stored.body

    prompts.confirm_answers = [False]  # "no": nothing changes
    compose.banner_buttons["sent"].click()
    assert _stored(window, compose).state is MessageState.READY
    prompts.confirm_answers = [True]
    compose.banner_buttons["sent"].click()
    assert prompts.asked[-1][0] == "confirm"
    stored = _stored(window, compose)
    assert stored.state is MessageState.SENT and stored.sent_at is not None
    assert stored.sent_at > datetime.now(UTC) - timedelta(minutes=5)
    assert compose.body.isReadOnly() and compose.banner_text.text().startswith("Sent on ")
    assert not any(b.isVisible() for b in compose.banner_buttons.values())


# --- several windows ------------------------------------------------------------------------
def test_several_messages_open_at_once_and_one_window_each(window: MainWindow, qtbot) -> None:
    draft = _first(window, "JP-104", MessageKind.SPRINT_REPORT, MessageState.DRAFT)
    other = _first(window, "JP-104", MessageKind.BIWEEKLY_REPORT, MessageState.DRAFT)
    first = _open(window, draft)
    second = _open(window, other)
    assert first is not second and first.isVisible() and second.isVisible()
    assert first.subject.text() != second.subject.text()

    tab = _tab(window, "JP-104", "messages")
    tab.panel.select(draft)
    tab.panel.buttons["open"].click()  # the same message again

    assert window.messages_ctl.windows == {draft: first, other: second}
    shown = [w for w in QApplication.topLevelWidgets()
             if isinstance(w, ComposeWindow) and w.isVisible()]
    assert sorted(map(id, shown)) == sorted(map(id, (first, second)))
    qtbot.waitUntil(lambda: QApplication.activeWindow() is first, timeout=2000)


# --- what needs the PM's judgement ---------------------------------------------------------------
def _notice_window(window: MainWindow, qtbot) -> ComposeWindow:  # type: ignore[no-untyped-def]
    """The demo's draft problem notice, still holding the template's [[places]]."""
    notice = next(r.id for r in messages.list_messages(window.store)
                  if r.kind is MessageKind.PROBLEM_NOTICE and r.state is MessageState.DRAFT)
    compose = _open(window, notice)
    _activate(qtbot, compose)
    return compose


def test_places_to_fill_are_highlighted_named_and_refuse_the_queue(
        window: MainWindow, qtbot, prompts) -> None:
    compose = _notice_window(window, qtbot)
    text = compose.body.toPlainText()
    start = text.index("[[Impact on your users]]")
    block = compose.body.document().findBlock(start)
    marked = [(r.start, r.length) for r in block.layout().formats()
              if r.format.background().color().name() == "#ffe08a"]
    assert (start - block.position(), len("[[Impact on your users]]")) in marked
    assert compose.to_fill.isVisible()
    assert "[[Impact on your users]]" in compose.to_fill.text()
    compose.update_preview()
    assert "#ffe08a" in compose.preview.toHtml().lower()  # marked in the preview too
    assert "[[Second option]]" in compose.to_fill.text()

    QTest.keyClick(compose.body, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)

    assert _stored(window, compose).state is MessageState.DRAFT
    assert "[[Impact on your users]]" in prompts.errors[-1]
    assert compose.body.textCursor().selectedText().startswith("[[")  # the first place, ready
    # writing over every place clears the line and lets the notice go
    compose.body.setPlainText(text.replace("[[", "").replace("]]", ""))
    assert not compose.to_fill.isVisible()
    prompts.confirm_answers = [True] * 3  # the customer's executives, if it reaches them
    compose.actions_["ready"].trigger()
    qtbot.waitUntil(lambda: _stored(window, compose).state is MessageState.READY, timeout=3000)


def test_a_message_to_the_customers_ceo_asks_once_before_it_is_queued(
        window: MainWindow, qtbot, prompts) -> None:
    from cockpit.domain.enums import EscalationLevel

    project_id = _project(window, "JP-104")
    passport = projects.get_passport(window.store, project_id)
    ceo = next(m for m in passport.members if m.side is Side.CUSTOMER and m.email)
    passport.members = [m if m is not ceo else dataclasses.replace(
        m, escalation_level=EscalationLevel.EXECUTIVE, role="CEO") for m in passport.members]
    projects.save_passport(window.store, passport)
    compose = _blank(window, qtbot)
    QTest.keyClicks(compose.to, ceo.email)
    QTest.keyClicks(compose.subject, "Release plan")
    compose.body.setFocus()
    QTest.keyClicks(compose.body, "Hello")

    prompts.confirm_answers = [False]
    compose.actions_["ready"].trigger()
    qtbot.waitUntil(lambda: bool(prompts.asked) and prompts.asked[-1][0] == "confirm",
                    timeout=3000)
    assert f"{ceo.name} (CEO)" in prompts.asked[-1][1]
    assert _stored(window, compose).state is MessageState.DRAFT
    assert not compose.body.isReadOnly()

    asked = len(prompts.asked)
    prompts.confirm_answers = [True]
    compose.actions_["ready"].trigger()
    qtbot.waitUntil(lambda: _stored(window, compose).state is MessageState.READY, timeout=3000)
    assert len(prompts.asked) == asked + 1  # one question, not one per executive or step
