"""When there is something to choose, the PM chooses: which template when a kind has several,
blank or one of their own general templates, and which sprint a sprint report is about."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest

from cockpit.domain.messages import MessageKind, MessageTemplateData
from cockpit.services import message_templates, messages, projects
from tests.ui.fakes import FakePrompts
from tests.ui.helpers import close_message_windows, select_code
from ui.main_window import MainWindow
from ui.messages.compose_window import ComposeWindow


@pytest.fixture(autouse=True)
def _no_compose_window_left(window: MainWindow) -> Iterator[None]:
    """Every compose window a test opened through the app is closed at its end."""
    yield
    close_message_windows(window)


def _open(window: MainWindow, code: str, tab: str):  # type: ignore[no-untyped-def]
    select_code(window, code)
    widget = getattr(window.editor, tab)
    window.editor.tabs.setCurrentWidget(widget)
    return widget


def _composed(window: MainWindow, qtbot) -> ComposeWindow:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: len(window.messages_ctl.windows) == 1, timeout=5000)
    return next(iter(window.messages_ctl.windows.values()))


def _questions(prompts: FakePrompts) -> list[str]:
    return [text for kind, text in prompts.asked if kind == "choose"]


def test_one_template_asks_nothing(window: MainWindow, prompts: FakePrompts, qtbot) -> None:
    tab = _open(window, "JP-104", "tasks")
    tab.update_button.click()
    compose = _composed(window, qtbot)
    assert _questions(prompts) == []
    assert compose.subject.text().startswith("[JP-104] Open tasks")


def test_with_two_templates_the_pm_picks_one(window: MainWindow, prompts: FakePrompts,
                                             qtbot) -> None:
    message_templates.save_template(window.store, MessageTemplateData(
        kind=MessageKind.TASK_UPDATE, name="短い報告", subject="{{ project.code }} 進捗",
        body="{% for task in tasks %}- {{ task.name }}: {{ task.eta }}\n{% endfor %}"))
    prompts.choices = ["短い報告"]
    tab = _open(window, "JP-104", "tasks")
    tab.update_button.click()
    compose = _composed(window, qtbot)
    assert _questions(prompts) == ["Write it from which template?"]
    assert compose.subject.text() == "JP-104 進捗"
    assert "Here is the status" not in compose.body.toPlainText()


def test_cancelling_the_template_choice_writes_nothing(window: MainWindow,
                                                       prompts: FakePrompts, qtbot) -> None:
    message_templates.save_template(window.store, MessageTemplateData(
        kind=MessageKind.TASK_UPDATE, name="Second", subject="x", body="y"))
    project_id = projects.find_project_id(window.store, "JP-104")
    before = len(messages.list_messages(window.store, project_id=project_id))
    prompts.choices = [None]
    tab = _open(window, "JP-104", "tasks")
    tab.update_button.click()
    qtbot.waitUntil(lambda: _questions(prompts) != [], timeout=5000)
    qtbot.wait(200)
    assert window.messages_ctl.windows == {}
    assert len(messages.list_messages(window.store, project_id=project_id)) == before


def test_blank_message_or_the_pms_own_general_template(window: MainWindow,
                                                       prompts: FakePrompts, qtbot) -> None:
    message_templates.save_template(window.store, MessageTemplateData(
        kind=MessageKind.OTHER, name="Holiday notice",
        subject="[{{ project.code }}] Office closed", body="Hello {{ greeting }},\n\nClosed.\n"))
    prompts.choices = ["Holiday notice"]
    panel = _open(window, "JP-104", "messages").panel
    panel.new_requested.emit(MessageKind.OTHER)
    compose = _composed(window, qtbot)
    assert compose.subject.text() == "[JP-104] Office closed"
    assert "Closed." in compose.body.toPlainText()


def test_a_sprint_report_asks_which_sprint(window: MainWindow, prompts: FakePrompts,
                                           qtbot) -> None:
    tab = _open(window, "JP-104", "tasks")
    sprints = sorted({t.sprint for t in tab.table.records() if t.sprint})
    assert len(sprints) == 2  # the demo's previous and current sprint
    earlier = min(sprints, key=lambda s: int(s.split()[-1]))
    prompts.choices = [earlier]
    tab.report_actions[MessageKind.SPRINT_REPORT].trigger()
    compose = _composed(window, qtbot)
    assert _questions(prompts) == ["Which sprint is the report about?"]
    assert earlier in compose.subject.text()
    done = [t.name for t in tab.table.records() if t.sprint == earlier]
    body = compose.body.toPlainText()
    assert done and all(name in body for name in done)
    later = [t.name for t in tab.table.records() if t.sprint and t.sprint != earlier]
    assert not any(name in body for name in later)


def test_an_agreed_change_is_confirmed_from_the_change_requests_tab(window: MainWindow,
                                                                    qtbot) -> None:
    from cockpit.domain.change_workflow import Confirmation
    from cockpit.domain.work import ChangeRequestStatus
    from cockpit.services import change_requests

    page = _open(window, "JP-104", "registers").changes
    qtbot.waitUntil(lambda: bool(page.model.rows), timeout=5000)
    cr = next(c for c in page.model.rows if c.estimate_hours is not None)
    change_requests.move(window.store, cr.id, ChangeRequestStatus.CONFIRMED,
                         confirmation=Confirmation(note="by phone", on=date.today()))
    window.registers.refresh()
    qtbot.waitUntil(lambda: any(c.status is ChangeRequestStatus.CONFIRMED
                                for c in page.model.rows), timeout=5000)
    page.select(cr.id)
    assert page.buttons["agreement"].isEnabled()
    page.buttons["agreement"].click()
    compose = _composed(window, qtbot)
    body = compose.body.toPlainText()
    assert f"{cr.key} {cr.title}: agreed" in body
    assert f"{cr.estimate_hours} hours" in body
    assert cr.key in compose.links_label.text()


def test_a_body_of_several_megabytes_is_saved_and_typing_stays_live(window: MainWindow,
                                                                    qtbot) -> None:
    panel = _open(window, "JP-104", "messages").panel
    panel.new_requested.emit(MessageKind.OTHER)
    compose = _composed(window, qtbot)
    paragraph = "進捗報告 — status line with **bold** and a [link](https://example.com)\n\n"
    big = paragraph * (3_000_000 // len(paragraph.encode()))  # ~3 MB of UTF-8
    compose.body.setPlainText(big)
    assert not compose.preview_note.isHidden()
    assert "F5" in compose.preview_note.text()  # long bodies preview on request
    compose.body.moveCursor(compose.body.textCursor().MoveOperation.End)
    compose.body.insertPlainText("The end.")
    qtbot.waitUntil(lambda: messages.get_message(window.store, compose.message.id)
                    .body.endswith("The end."), timeout=10000)
    stored = messages.get_message(window.store, compose.message.id).body
    assert len(stored.encode()) > 2_900_000
    compose.update_preview()  # F5: the whole body renders, sanitised
    assert "The end." in compose.preview.toPlainText()
