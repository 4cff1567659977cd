"""One follow-up per meeting, on real widgets: *Save and write follow-up…* opens the one the
meeting has (or says when it was sent), and the planner and the Meetings tab show how far each
meeting's follow-up got, following every change to messages."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from cockpit.domain.messages import MessageKind
from cockpit.services import follow_ups, messages, occurrences, projects
from cockpit.services.occurrences import OccurrenceView
from tests.ui.fakes import FakePrompts
from tests.ui.helpers import close_message_windows, select_code
from ui.main_window import MainWindow

OPEN, ANOTHER = "Open the existing follow-up", "Write another one"


def _minuted(window: MainWindow, code: str) -> list[OccurrenceView]:
    """The project's past meetings with minutes, oldest first."""
    now = datetime.now(UTC)
    project_id = projects.find_project_id(window.store, code)
    return [v for v in occurrences.upcoming(window.store, now - timedelta(weeks=10), now,
                                            project_id=project_id) if v.has_minutes]


def _follow_ups(window: MainWindow) -> list[str]:
    return [m.id for m in messages.list_messages(window.store)
            if m.kind is MessageKind.FOLLOW_UP]


def _write_follow_up(window: MainWindow, qtbot, view: OccurrenceView) -> None:  # type: ignore[no-untyped-def]
    if window.messages_ctl is None:  # the message controllers come with the first passport
        select_code(window, view.project_code)
    window.actions_.planner.trigger()
    dialog = window.planner.minutes_dialog(view)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.follow_up_button.click()
    assert not dialog.isVisible()


def _planner_text(window: MainWindow, view: OccurrenceView) -> str:
    planner = window.planner
    day = view.occurrence.start.astimezone().date()
    planner.go((day - timedelta(days=day.weekday()) - planner.monday).days)
    model = planner.model
    row = next(r for r, v in enumerate(model.rows) if (v.series_id, v.occurrence.original_start)
               == (view.series_id, view.occurrence.original_start))
    return str(model.index(row, model.FOLLOW_UP).data())


def test_a_second_follow_up_opens_the_draft_the_meeting_has(window: MainWindow, qtbot,
                                                            prompts: FakePrompts) -> None:
    first = _minuted(window, "JP-104")[0]  # the demo followed up the latest one only
    before = _follow_ups(window)
    _write_follow_up(window, qtbot, first)
    written = [m for m in _follow_ups(window) if m not in before]
    assert len(written) == 1 and list(window.messages_ctl.windows) == written
    assert prompts.asked == []  # nothing to ask the first time
    assert _planner_text(window, first) == "Follow-up drafted"
    close_message_windows(window)

    prompts.choices = [OPEN]
    _write_follow_up(window, qtbot, first)
    assert prompts.asked[-1][0] == "choose" and "follow-up is drafted" in prompts.asked[-1][1]
    assert list(window.messages_ctl.windows) == written  # the same draft, opened again
    assert len(_follow_ups(window)) == len(before) + 1
    close_message_windows(window)

    prompts.choices = [None]  # cancelled: nothing opens, nothing is written
    _write_follow_up(window, qtbot, first)
    assert window.messages_ctl.windows == {} and len(_follow_ups(window)) == len(before) + 1

    prompts.choices = [ANOTHER]
    _write_follow_up(window, qtbot, first)
    assert len(_follow_ups(window)) == len(before) + 2
    close_message_windows(window)
    window.planner.close()


def test_a_sent_follow_up_is_named_with_its_date(window: MainWindow, qtbot,
                                                 prompts: FakePrompts) -> None:
    latest = _minuted(window, "JP-104")[-1]
    sent = follow_ups.follow_up_of(window.store, latest.series_id,
                                   latest.occurrence.original_start)
    assert sent is not None and sent.state.value == "sent"  # the demo's
    before = _follow_ups(window)

    prompts.confirm_answers = [False]
    _write_follow_up(window, qtbot, latest)
    assert prompts.asked[-1][0] == "confirm"
    assert f"was sent on {sent.when.astimezone():%Y-%m-%d}" in prompts.asked[-1][1]
    assert window.messages_ctl.windows == {} and _follow_ups(window) == before
    day = sent.when.astimezone()
    assert _planner_text(window, latest) == f"Follow-up sent {day.day} {day:%b}"

    prompts.confirm_answers = [True]  # write another one after all
    _write_follow_up(window, qtbot, latest)
    assert len(_follow_ups(window)) == len(before) + 1
    assert _planner_text(window, latest) == "Follow-up drafted"  # the one still to send
    close_message_windows(window)
    window.planner.close()


def test_the_lists_follow_a_follow_up_queued_and_sent_elsewhere(window: MainWindow,
                                                                qtbot) -> None:
    first = _minuted(window, "DE-102")[0]
    _write_follow_up(window, qtbot, first)
    (draft,) = window.messages_ctl.windows
    close_message_windows(window)
    select_code(window, "DE-102")
    window.editor.tabs.setCurrentWidget(window.editor.meetings)
    tab = window.editor.meetings
    assert _planner_text(window, first) == "Follow-up drafted"

    # the outbox queues it, the sync sends it: each change reaches both lists
    window.ctx.run(lambda: _moved(window, draft, "ready"), lambda _r: None)
    assert _planner_text(window, first) == "Follow-up queued"
    window.ctx.run(lambda: _moved(window, draft, "sent"), lambda _r: None)
    today = datetime.now(UTC).astimezone()
    assert _planner_text(window, first) == f"Follow-up sent {today.day} {today:%b}"
    weekly = next(r for r, s in enumerate(tab.model.rows) if s.id == first.series_id)
    shown = tab.model.index(weekly, tab.model.FOLLOW_UP).data()
    assert shown.startswith("Follow-up sent ")  # its latest meeting's: the demo's, sent

    latest = _minuted(window, "DE-102")[-1]
    window.ctx.run(lambda: _another(window, latest), lambda _r: None)
    assert tab.model.index(weekly, tab.model.FOLLOW_UP).data() == "Follow-up drafted"
    window.planner.close()


def _another(window: MainWindow, view: OccurrenceView):  # type: ignore[no-untyped-def]
    from cockpit.changes import Changes, Done
    from cockpit.messages.sources import Source

    written = follow_ups.write_follow_up(window.store, Source(
        view.project_id, series_id=view.series_id,
        original_start=view.occurrence.original_start), another=True).message
    assert written is not None
    return Done(written, Changes.of(messages=[written.id]))


def _moved(window: MainWindow, message_id: str, state: str):  # type: ignore[no-untyped-def]
    from cockpit.changes import Changes, Done

    move = messages.mark_ready if state == "ready" else messages.mark_sent
    return Done(move(window.store, message_id), Changes.of(messages=[message_id]))
