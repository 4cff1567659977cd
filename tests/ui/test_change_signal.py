"""One change signal: a change made in one place shows in every other open view, with no call
between the views — each one listens to the context's ``changed`` and refreshes what it shows.

Each test opens several views (project list, passport tabs, the planner, the all-messages
window, a compose window), makes one change in one place, and then looks at the others."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta

import pytest

from cockpit.changes import Changes
from cockpit.domain.messages import MessageKind, MessageState
from cockpit.services import messages, occurrences, projects
from tests.ui.helpers import close_message_windows, select_code, set_cell
from ui.main_window import MainWindow


@pytest.fixture(autouse=True)
def _close_windows(window: MainWindow) -> Iterator[None]:
    yield
    close_message_windows(window)
    if window.planner is not None:
        window.planner.close()


def _recorded(window: MainWindow) -> list[Changes]:
    seen: list[Changes] = []
    window.ctx.changed.connect(seen.append)
    return seen


def _row_of(panel, message_id: str):  # type: ignore[no-untyped-def]
    return next((r for r in panel.model.rows if r.id == message_id), None)


def _draft_of(window: MainWindow, code: str) -> str:
    project_id = projects.find_project_id(window.store, code)
    rows = messages.list_messages(window.store, project_id=project_id)
    return next(r.id for r in rows if r.state is MessageState.DRAFT
                and r.kind is not MessageKind.INVITE)


def test_a_task_edited_in_the_passport_reaches_the_list_and_the_planner(
        window: MainWindow, qtbot) -> None:
    select_code(window, "JP-104")
    window.actions_.planner.trigger()
    planner = window.planner
    assert planner is not None and planner.isVisible()
    project_id = window.editor.passport.id  # type: ignore[union-attr]
    # the planner's week holds a JP-104 meeting
    start = occurrences.upcoming(window.store, window.ctx.clock.now() - timedelta(days=400),
                                 window.ctx.clock.now() + timedelta(days=400),
                                 project_id=project_id)[0].occurrence.start
    planner.monday = start.date() - timedelta(days=start.date().weekday())
    planner.refresh()
    assert any(r.project_code == "JP-104" for r in planner.model.rows)
    seen = _recorded(window)

    overview = window.editor.overview
    overview.f["code"].edit.setText("JP-105")
    tasks = window.editor.tasks.table
    task_id = tasks.records()[0].id
    set_cell(tasks, 0, "name", "Renamed in the passport")
    window.actions_.save.trigger()

    assert seen and seen[-1].project(project_id) and task_id in seen[-1].tasks
    # the project list shows the new code; the planner, listening on its own, too
    codes = [r.code for r in window.list_panel.model.rows]
    assert "JP-105" in codes and "JP-104" not in codes
    assert any(r.project_code == "JP-105" for r in planner.model.rows)
    assert not any(r.project_code == "JP-104" for r in planner.model.rows)


def test_a_change_made_by_another_program_shows_in_every_open_view_on_return(
        window: MainWindow, qtbot) -> None:
    """The command line marks a draft as sent while a compose window, the project's Messages
    tab and the all-messages window are open: coming back to the app updates all three."""
    select_code(window, "JP-104")
    message_id = _draft_of(window, "JP-104")
    window.messages_ctl.open_message(message_id)  # type: ignore[union-attr]
    compose = window.messages_ctl.windows[message_id]  # type: ignore[union-attr]
    window.actions_.messages.trigger()
    everywhere = window.messages_ctl.list_window  # type: ignore[union-attr]
    tab = window.editor.messages.panel
    assert everywhere is not None
    for panel in (tab, everywhere.panel):
        assert _row_of(panel, message_id).state is MessageState.DRAFT
    assert not compose.body.isReadOnly()

    # another program (here: the same services the CLI uses) queues and sends it
    messages.mark_ready(window.store, message_id)
    messages.mark_sent(window.store, message_id)
    seen = _recorded(window)
    window.store_watch.look()  # type: ignore[union-attr] - what activating the app does

    assert seen and seen[-1].message(message_id)
    for panel in (tab, everywhere.panel):
        assert _row_of(panel, message_id).state is MessageState.SENT
    assert compose.message.state is MessageState.SENT and compose.body.isReadOnly()


def test_nothing_is_refreshed_when_only_the_app_itself_wrote(window: MainWindow, qtbot) -> None:
    select_code(window, "JP-104")
    message_id = _draft_of(window, "JP-104")
    window.messages_ctl.open_message(message_id)  # type: ignore[union-attr]
    compose = window.messages_ctl.windows[message_id]  # type: ignore[union-attr]
    compose.subject.setText("Edited in the compose window")
    compose.save_now()
    seen = _recorded(window)
    window.store_watch.look()  # type: ignore[union-attr]
    assert seen == []  # the app's own save is not news from outside
