"""Today in the main window, as the PM uses it: every row's button opens the right prefilled
window, sending that message takes the row away, snooze and done (with undo and history), the
health strip, the notice when an item falls due, and the empty state.

The store is the demo portfolio (its data dated 2026-11-24) seen from the real clock, plus a
customer's mail six days old, a task update five days old and a held meeting placed relative
to now: whatever the day the suite runs on, those rows are overdue, and everything else on the
list is what the engine says of the demo."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import update

from cockpit.care.engine import due_items
from cockpit.care.items import CareItem, DueState
from cockpit.domain.enums import Language
from cockpit.domain.messages import MessageKind, MessageState
from cockpit.services import occurrences, projects
from cockpit.store.models import MailItem, Project
from cockpit.store.store import Store
from tests.ui.helpers import when_a_dialog_opens
from ui.main_window import MainWindow
from ui.messages.compose_window import ComposeWindow
from ui.today.model import ITEM_ROLE, TodayModel


@pytest.fixture
def window(make_window, demo_store: Store, db_path: Path) -> MainWindow:  # type: ignore[no-untyped-def]
    now = datetime.now(UTC)
    jp104 = projects.find_project_id(demo_store, "JP-104")
    with demo_store.session() as s:
        s.execute(update(Project).values(language=Language.EN))
        s.add(MailItem(id="mail-today-1", folder="inbox", project_id=jp104,
                       internet_message_id="<today-1@customer.example>",
                       subject="Login page after the release",
                       sender="misaki.watanabe.jp-104@example.jp", recipients=[],
                       moment=now - timedelta(days=6), conversation_id="conv-today-1",
                       body_preview="Some users cannot log in since this morning."))
    from cockpit.services import messages

    # JP-104's last task update went out five days ago: the next one is overdue whatever the day
    last = messages.new_message(demo_store, jp104, MessageKind.TASK_UPDATE)
    messages.sent_remotely(demo_store, last.id, now - timedelta(days=5))
    demo_store.dispose()
    return make_window(db_path, today=True)


def _rows(window: MainWindow) -> list[CareItem]:
    proxy = window.today_panel.proxy
    return [proxy.index(r, 0).data(ITEM_ROLE) for r in range(proxy.rowCount())]


def _row(window: MainWindow, rule: str, code: str | None = None) -> CareItem:
    return next(i for i in _rows(window) if i.rule == rule
                and (code is None or i.project_code == code))


def _click_action(window: MainWindow, qtbot, item: CareItem) -> None:  # type: ignore[no-untyped-def]
    """A click on the row's button, where the PM sees it."""
    from PySide6.QtCore import Qt

    panel = window.today_panel
    row = panel.row_of(item)
    assert row is not None
    index = panel.proxy.index(row, TodayModel.ACTION)
    panel.view.scrollTo(index)
    qtbot.waitUntil(lambda: panel.view.indexAt(panel.view.visualRect(index).center()) == index,
                    timeout=2000)  # the scroll is laid out: the click lands on this row
    rect = panel.view.visualRect(index)
    qtbot.mouseClick(panel.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def _only_compose(window: MainWindow) -> ComposeWindow:
    assert window.messages_ctl is not None
    composers = list(window.messages_ctl.windows.values())
    assert len(composers) == 1, f"{len(composers)} compose windows are open"
    return composers[0]


def _send_myself(window: MainWindow, qtbot, compose: ComposeWindow) -> None:  # type: ignore[no-untyped-def]
    """Fill what the template left to the PM, queue it, then "I sent it myself"."""
    import re

    body = compose.body.toPlainText()
    compose.body.setPlainText(re.sub(r"\[\[[^\]]*\]\]", "We fixed it this morning.", body))
    compose.mark_ready()
    qtbot.waitUntil(lambda: compose.message.state is MessageState.READY, timeout=3000)
    compose.move_to("sent")
    qtbot.waitUntil(lambda: compose.message.state is MessageState.SENT, timeout=3000)


def _wait_refreshed(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: not window.today._debounce.isActive()
                    and not window.today._running, timeout=5000)


def test_today_is_the_home_and_lists_what_the_engine_finds_in_its_order(
        window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    assert window.pages.currentWidget() is window.today_panel
    shown = _rows(window)
    expected = [i for i in due_items(window.store, window.today.data.at)]  # type: ignore[union-attr]
    assert [i.key for i in shown] == [i.key for i in expected] and shown
    states = [i.state for i in shown]
    assert states == sorted(states, key=[DueState.OVERDUE, DueState.DUE, DueState.SOON].index)
    panel = window.today_panel
    assert panel.summary.text().startswith(f"{states.count(DueState.OVERDUE)} overdue")
    mail = _row(window, "customer_mail", "JP-104")
    assert mail.state is DueState.OVERDUE
    row = panel.row_of(mail)
    text = panel.proxy.index(row, TodayModel.WHAT).data()
    assert text == "Acknowledge the mail: Login page after the release"
    assert panel.proxy.index(row, TodayModel.ACTION).data() == "Reply"
    assert panel.proxy.index(row, TodayModel.STATE).data() == "Overdue"


def test_the_reply_button_opens_the_answer_to_the_mail_and_sending_it_removes_the_row(
        window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    mail = _row(window, "customer_mail", "JP-104")
    _click_action(window, qtbot, mail)
    compose = _only_compose(window)
    assert compose.message.kind is MessageKind.MAIL_REPLY
    assert compose.to.text() == "渡辺 美咲 <misaki.watanabe.jp-104@example.jp>"
    assert compose.subject.text() == "Re: Login page after the release"
    assert "> Some users cannot log in since this morning." in compose.body.toPlainText()
    _send_myself(window, qtbot, compose)
    _wait_refreshed(window, qtbot)
    assert mail.key not in [i.key for i in _rows(window)]


def test_the_update_button_opens_the_task_update_and_sending_it_removes_the_row(
        window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    item = _row(window, "open_task_update", "JP-104")
    assert item.state is DueState.OVERDUE
    _click_action(window, qtbot, item)
    compose = _only_compose(window)
    assert compose.message.kind is MessageKind.TASK_UPDATE
    assert compose.message.project_code == item.project_code
    assert compose.subject.text().startswith(f"[{item.project_code}] Open tasks")
    recipients = {r.split("<")[-1].rstrip(">") for r in item.recipients}
    assert recipients and all(address in compose.to.text() for address in recipients)
    _send_myself(window, qtbot, compose)
    _wait_refreshed(window, qtbot)
    left = [i for i in _rows(window) if i.project_id == item.project_id
            and i.rule in ("open_task_update", "eta_slipped")]
    assert item.key not in [i.key for i in left]
    # the next update is owed two working days from now, and it told them every slipped ETA
    assert all(i.rule == "open_task_update" and i.state is not DueState.OVERDUE for i in left)


def test_a_held_meetings_row_opens_its_follow_up(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    from cockpit.changes import Changes

    store = window.store
    now = datetime.now(UTC)
    jp104 = projects.find_project_id(store, "JP-104")
    view = next(v for v in occurrences.upcoming(store, now - timedelta(days=7), now,
                                                project_id=jp104)
                if v.end < now and not v.has_minutes)
    held = occurrences.mark_held(store, view.series_id, view.occurrence.original_start, True)
    window.ctx.announce(Changes.of(occurrences=[f"{view.series_id}@"]))  # as the minutes do
    _wait_refreshed(window, qtbot)
    item = _row(window, "follow_up", "JP-104")
    assert item.key == f"follow_up:{held.id}"
    _click_action(window, qtbot, item)
    compose = _only_compose(window)
    assert compose.message.kind is MessageKind.FOLLOW_UP
    assert compose.message.project_code == "JP-104"
    assert view.title in compose.subject.text()
    _send_myself(window, qtbot, compose)
    _wait_refreshed(window, qtbot)
    assert item.key not in [i.key for i in _rows(window)]


def test_onboarding_and_governance_rows_open_the_passport_there(window: MainWindow,
                                                                qtbot) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import Qt

    step = _row(window, "onboarding_step")
    assert window.today_panel.select(step)
    qtbot.keyClick(window.today_panel.view, Qt.Key.Key_Return)  # Enter runs the row's action
    assert window.pages.currentWidget() is window.splitter
    qtbot.waitUntil(lambda: window.editor.passport is not None
                    and window.editor.passport.id == step.project_id, timeout=3000)
    assert window.editor.tabs.currentWidget() is window.editor.onboarding
    table = window.editor.onboarding.table
    (row,) = table.selected_rows()
    assert table.records()[row].id == step.action.partition(":")[2]

    window.show_today()
    assert window.pages.currentWidget() is window.today_panel
    governance = next(i for i in _rows(window) if i.rule == "governance"
                      and i.project_id != step.project_id)
    seen: list[str] = []

    def look(dialog) -> None:  # type: ignore[no-untyped-def]
        seen.append(type(dialog).__name__)
        dialog.reject()

    when_a_dialog_opens(look)
    _click_action(window, qtbot, governance)
    qtbot.waitUntil(lambda: bool(seen), timeout=3000)
    assert seen == ["ProposalsDialog"]  # the weekly, biweekly and executive meetings
    assert window.editor.passport is not None
    assert window.editor.passport.id == governance.project_id
    assert window.editor.tabs.currentWidget() is window.editor.meetings


def test_snooze_hides_the_row_until_undone_and_the_history_keeps_both(
        window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    panel = window.today_panel
    item = _row(window, "customer_mail", "JP-104")
    assert panel.select(item)

    def answer(dialog) -> None:  # type: ignore[no-untyped-def]
        dialog.preset.setCurrentIndex(2)  # until tomorrow morning
        dialog.reason.setText("Waiting for the logs from their IT")
        dialog.accept()

    when_a_dialog_opens(answer)
    panel.snooze_button.click()
    _wait_refreshed(window, qtbot)
    assert item.key not in [i.key for i in _rows(window)]
    assert panel.snoozed_label.text() == "1 snoozed"
    assert panel.notice.isVisible() and panel.notice.text.text().startswith("Snoozed until ")
    panel.notice.undo_button.click()
    _wait_refreshed(window, qtbot)
    assert item.key in [i.key for i in _rows(window)]
    assert panel.snoozed_label.text() == ""

    def look(dialog) -> None:  # type: ignore[no-untyped-def]
        rows = dialog.model.rows
        assert [m.note for m in rows] == ["Waiting for the logs from their IT"]
        assert rows[0].undone_at is not None
        dialog.view.selectRow(0)
        assert not dialog.undo_button.isEnabled()  # already undone
        dialog.reject()

    when_a_dialog_opens(look)
    panel.history_button.click()


def test_done_with_a_note_removes_the_row_and_undo_from_the_history_brings_it_back(
        window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    panel = window.today_panel
    item = _row(window, "customer_mail", "JP-104")
    panel.select(item)

    def answer(dialog) -> None:  # type: ignore[no-untyped-def]
        dialog.note.setPlainText("Called Watanabe-san at 10:00")
        dialog.accept()

    when_a_dialog_opens(answer)
    panel.done_button.click()
    _wait_refreshed(window, qtbot)
    assert item.key not in [i.key for i in _rows(window)]

    def undo(dialog) -> None:  # type: ignore[no-untyped-def]
        assert dialog.model.rows[0].note == "Called Watanabe-san at 10:00"
        dialog.view.selectRow(0)
        assert dialog.undo_button.isEnabled()
        dialog.undo_button.click()

    when_a_dialog_opens(undo)
    panel.history_button.click()
    _wait_refreshed(window, qtbot)
    assert item.key in [i.key for i in _rows(window)]


def test_acknowledged_by_hand_the_mail_owes_its_answer(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    panel = window.today_panel
    item = _row(window, "customer_mail", "JP-104")
    panel.select(item)
    assert panel.ack_button.isVisible()
    panel.ack_button.click()
    _wait_refreshed(window, qtbot)
    answer = _row(window, "customer_mail", "JP-104")
    assert answer.key == "customer_mail:answer:mail-today-1"
    row = panel.row_of(answer)
    assert panel.proxy.index(row, TodayModel.WHAT).data() == \
        "Answer the mail: Login page after the release"


def test_the_health_strip_filters_to_one_project(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    strip = window.today_panel.strip
    data = window.today.data
    assert data is not None and data.health
    first = data.health[0]
    assert first.overdue == max(h.overdue for h in data.health)
    button = strip.buttons[first.project_id]
    assert button.text().startswith(first.code)
    button.click()
    shown = _rows(window)
    assert shown and {i.project_id for i in shown} == {first.project_id}
    strip.buttons[None].click()
    assert len(_rows(window)) == len(data.items)


def test_an_item_falling_due_while_the_app_runs_is_announced(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    from cockpit.changes import Changes

    now = datetime.now(UTC)
    jp104 = projects.find_project_id(window.store, "JP-104")
    with window.store.session() as s:
        s.add(MailItem(id="mail-today-2", folder="inbox", project_id=jp104,
                       internet_message_id="<today-2@customer.example>",
                       subject="Invoice for November", sender="misaki.watanabe.jp-104@example.jp",
                       recipients=[], moment=now - timedelta(days=6),
                       conversation_id="conv-today-2", body_preview="Could you resend it?"))
    with qtbot.waitSignal(window.today.notified, timeout=3000) as noticed:
        window.ctx.announce(Changes.everything())  # the sync pulled it
    assert noticed.args[0] == "JP-104: Acknowledge the mail: Invoice for November"
    assert "Now due: JP-104: Acknowledge the mail: Invoice for November" in \
        window.statusBar().currentMessage()  # no tray on the offscreen platform


def test_with_nothing_owed_the_empty_state_says_what_will_appear(
        make_window, store: Store, db_path: Path, qtbot) -> None:  # type: ignore[no-untyped-def]
    store.dispose()
    window = make_window(db_path, today=True)
    panel = window.today_panel
    assert panel.stack.currentWidget() is panel.empty
    assert panel.empty.text().startswith("Nothing is owed to any customer right now.")
    assert "customer mail to acknowledge and answer" in panel.empty.text()
    assert window.pages.currentWidget() is window.splitter  # no project yet: the first run


def test_a_row_turns_overdue_when_the_clock_passes_its_due_time(
        make_window, demo_store: Store, db_path: Path, qtbot) -> None:  # type: ignore[no-untyped-def]
    from ui.clock import Clock

    class MovableClock(Clock):
        moment = datetime.now(UTC)

        def now(self) -> datetime:
            return self.moment

    demo_store.dispose()
    clock = MovableClock()
    window = make_window(db_path, today=True, clock=clock)
    coming = next(i for i in _rows(window) if i.state is not DueState.OVERDUE)
    timer = window.today.clock_timer
    assert timer.isActive()  # it looks again by itself, at the latest at that moment
    assert timer.remainingTime() <= (coming.due - clock.moment).total_seconds() * 1000 + 1000
    clock.moment = coming.due + timedelta(minutes=1)
    timer.timeout.emit()  # the moment has come
    _wait_refreshed(window, qtbot)
    (now,) = [i for i in _rows(window) if i.project_id == coming.project_id
              and i.key == coming.key]
    assert now.state is DueState.OVERDUE
    assert window.today_panel.summary.text().split(" overdue")[0] != "0"


def test_a_click_on_a_notice_brings_today_to_the_front(window: MainWindow) -> None:
    window.show_projects()
    window.today.reveal_requested.emit()  # what the tray's message and icon do
    assert window.pages.currentWidget() is window.today_panel


def test_the_next_start_shows_the_last_today_at_once_then_the_live_one(
        window: MainWindow, qtbot, prompts, settings_file: Path, db_path: Path) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QSettings

    from tests.ui.fakes import ManualTaskRunner
    from ui.context import AppContext
    from ui.settings import Settings
    from ui.today import cache

    shown = [(i.project_id, i.key) for i in _rows(window)]
    folder = window.ctx.settings.cache_dir()
    qtbot.waitUntil(lambda: cache.cache_path(folder, str(db_path)).exists(), timeout=3000)
    window.close()

    runner = ManualTaskRunner()  # the store opens only when the test runs its work
    ctx = AppContext(runner, prompts, Settings(QSettings(str(settings_file),  # type: ignore[arg-type]
                                                         QSettings.Format.IniFormat)))
    again = MainWindow(ctx)
    qtbot.addWidget(again)
    again.show()
    again.open_store(str(db_path))
    assert again.store is None  # nothing of the store is open yet …
    assert [(i.project_id, i.key) for i in _rows(again)] == shown  # … and Today is there
    assert again.today_panel.heading.text().startswith("Today as of ")
    assert again.today_panel.heading.text().endswith("updating…")
    def work() -> bool:  # the store opens, the engine runs: the live Today replaces it
        while runner.jobs:
            runner.run_next()
        return again.today.data is not None

    qtbot.waitUntil(work, timeout=5000)
    assert "as of" not in again.today_panel.heading.text()
    again.store.dispose()


def test_a_complaint_by_mail_becomes_a_red_flag(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    from cockpit.services import red_flags
    from ui.registers.red_flag_dialog import RedFlagDialog

    panel = window.today_panel
    item = _row(window, "customer_mail", "JP-104")
    panel.select(item)
    assert panel.flag_button.isVisible() and panel.decision_button.isVisible()

    def severe(dialog) -> None:  # type: ignore[no-untyped-def]
        assert isinstance(dialog, RedFlagDialog)
        assert dialog.mail.currentData() == "mail-today-1"
        assert dialog.title.text() == "Login page after the release"
        dialog.severity.setCurrentIndex(dialog.severity.findData("critical"))
        dialog.accept()

    when_a_dialog_opens(severe)
    panel.flag_button.click()
    _wait_refreshed(window, qtbot)
    flag = next(f for f in red_flags.list_flags(window.store) if f.mail_id == "mail-today-1")
    assert flag.severity.value == "critical" and flag.raised_by
    keys = [i.key for i in _rows(window)]
    assert not any(k.startswith("customer_mail:") and k.endswith("mail-today-1") for k in keys)
    # six days old: it has climbed the path by now, and its level is to be told
    assert any(k.startswith("red_flag:") and k.endswith(flag.id) for k in keys)
