"""The Outlook sync in the real main window, against the fake Graph server (COCKPIT_GRAPH_TOKEN
and COCKPIT_GRAPH_URL): queued mail goes out on start and on *Sync now*, the status bar says
what happened, offline runs retry (by back-off, by *Retry*, when the network returns), an
expired sign-in stops the automatic runs, and the window stays responsive meanwhile."""

from __future__ import annotations

import re
import socket
import time
from collections.abc import Callable, Iterator
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from cockpit.connectors.outlook.account import OutlookAccount
from cockpit.domain.messages import MessageState
from cockpit.errors import KnownError
from cockpit.services import messages
from cockpit.store.store import Store
from tests.connectors.outlook.fake_graph import FakeGraph
from tests.ui.helpers import close_message_windows, select_code
from ui.main_window import MainWindow
from ui.sync.controller import SyncController

TOKEN = "graph-token-7c1e5b9a-window"
RUN_MS = 30000  # one run against the fake server, generously


@pytest.fixture
def graph(monkeypatch: pytest.MonkeyPatch) -> Iterator[FakeGraph]:
    with FakeGraph(token=TOKEN) as fake:
        monkeypatch.setenv("COCKPIT_GRAPH_TOKEN", fake.token)
        monkeypatch.setenv("COCKPIT_GRAPH_URL", fake.url)
        monkeypatch.delenv("COCKPIT_CLIENT_ID", raising=False)
        monkeypatch.delenv("COCKPIT_TENANT", raising=False)
        yield fake
    assert fake.errors == []


@pytest.fixture
def closed_url() -> str:
    """A Graph address where nothing listens (connections are refused): offline."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    return f"http://127.0.0.1:{port}/v1.0"


@pytest.fixture
def open_window(make_window: Callable[[Path], MainWindow], demo_store: Store,
                db_path: Path) -> Iterator[Callable[[], MainWindow]]:
    """The demo store in a real window; call it once the environment is set."""
    demo_store.dispose()
    opened: list[MainWindow] = []

    def open_(connectors: object = None) -> MainWindow:
        window = make_window(db_path, connectors=connectors)
        opened.append(window)
        return window

    yield open_
    for window in opened:
        close_message_windows(window)


def _queued(store: Store) -> list[str]:
    return [m.id for m in messages.list_messages(store) if m.state is MessageState.READY]


def _queue_a_draft(store: Store) -> str:
    for row in messages.list_messages(store):
        if row.state is MessageState.DRAFT:
            try:
                return messages.mark_ready(store, row.id).id
            except KnownError:
                continue
    raise AssertionError("no draft of the demo can be queued")


def _controller(window: MainWindow) -> SyncController:
    assert window.sync_ctl is not None, "the sync starts once the store is open"
    return window.sync_ctl  # type: ignore[no-any-return]


def _first_run(qtbot, window: MainWindow) -> SyncController:  # type: ignore[no-untyped-def]
    ctl = _controller(window)
    with qtbot.waitSignal(ctl.synced, timeout=RUN_MS):
        pass
    return ctl


def _shown(widget) -> bool:  # type: ignore[no-untyped-def]
    return not widget.isHidden()


# --- sending ------------------------------------------------------------------------------------
def test_queued_mail_goes_out_on_start_and_on_sync_now(qtbot, graph: FakeGraph,
                                                        open_window) -> None:
    window = open_window()
    queued = _queued(window.store)
    assert queued  # the demo queues an open-task update per active project
    ctl = _first_run(qtbot, window)  # signed in (the token): a run shortly after the start
    assert graph.sent_count() == len(queued) and _queued(window.store) == []
    status = ctl.widget
    assert status.account.text() == "Outlook token from COCKPIT_GRAPH_TOKEN"
    assert status.waiting.text() == "0 waiting"
    assert status.network.text() == "Online" and not _shown(status.error)

    message_id = _queue_a_draft(window.store)
    with qtbot.waitSignal(ctl.synced, timeout=RUN_MS):
        window.actions_.sync_now.trigger()
    assert graph.sent_count() == len(queued) + 1
    assert messages.get_message(window.store, message_id).state is MessageState.SENT
    now = datetime.now().astimezone()
    a_minute_ago = datetime.fromtimestamp(now.timestamp() - 60)
    assert status.last_sync.text() in {f"Last sync {now:%H:%M}", f"Last sync {a_minute_ago:%H:%M}"}
    assert status.waiting.text() == "0 waiting"
    assert window.statusBar().currentMessage() == "Sent 1 message through Outlook."
    assert window.actions_.sync_now.shortcut().toString() == "F9"


def test_a_queued_message_is_synced_a_few_seconds_later(qtbot, graph: FakeGraph,
                                                         open_window) -> None:
    window = open_window()
    ctl = _first_run(qtbot, window)
    ctl.soon_timer.setInterval(100)
    select_code(window, "JP-104")
    qtbot.waitUntil(lambda: getattr(window, "messages_ctl", None) is not None, timeout=5000)
    draft = next(m for m in messages.list_messages(window.store)
                 if m.state is MessageState.DRAFT and m.subject)
    window.messages_ctl.open_message(draft.id)
    compose = window.messages_ctl.windows[draft.id]
    sent_before = graph.sent_count()
    with qtbot.waitSignal(ctl.synced, timeout=RUN_MS):
        compose.mark_ready()  # the compose window tells the sync: something may wait
    assert graph.sent_count() == sent_before + 1
    assert messages.get_message(window.store, draft.id).state is MessageState.SENT


def test_soon_is_debounced_and_never_runs_two_syncs_at_once(qtbot, graph: FakeGraph,
                                                            open_window) -> None:
    window = open_window()
    ctl = _first_run(qtbot, window)
    ctl.soon_timer.setInterval(200)
    graph.clear_requests()
    runs: list[object] = []
    ctl.synced.connect(runs.append)
    _queue_a_draft(window.store)
    graph.slow_next("POST", r"^/me/messages$", 1.0)
    for _ in range(5):
        ctl.soon()  # what a saved or queued message asks for, through the change signal
        qtbot.wait(20)
    qtbot.waitUntil(lambda: ctl.running, timeout=5000)
    window.actions_.sync_now.trigger()  # while one runs: it follows, never alongside
    window.actions_.sync_now.trigger()
    assert ctl.running
    qtbot.waitUntil(lambda: len(runs) == 2 and not ctl.running, timeout=RUN_MS)
    qtbot.wait(300)
    assert len(runs) == 2  # one for the debounced requests, one for the two clicks
    assert graph.count("POST", r"/send$") == 1


# --- offline and retry ------------------------------------------------------------------------
def test_offline_shows_retry_and_retry_sends_once_the_server_is_back(
        qtbot, graph: FakeGraph, closed_url: str, open_window,
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COCKPIT_GRAPH_URL", closed_url)
    window = open_window()
    queued = _queued(window.store)
    ctl = _first_run(qtbot, window)
    status = ctl.widget
    assert status.network.text() == "Offline"
    assert _shown(status.error) and status.error.text().startswith("Outlook cannot be reached")
    assert "sent when the network is back" in status.error.toolTip()
    assert _shown(status.retry) and not _shown(status.sign_in)
    waiting = ctl.snapshot.status.waiting  # the connector's count: queued mail and more
    assert waiting >= len(queued) and status.waiting.text() == f"{waiting} waiting"
    # what the count is made of, and a click shows the messages
    tip = status.waiting.toolTip()
    assert re.search(rf"\b{len(queued)} queued messages? to send", tip), tip
    assert "Click to see the messages" in tip
    qtbot.mouseClick(status.waiting, Qt.MouseButton.LeftButton)
    assert window.messages_ctl.list_window is not None
    assert window.messages_ctl.list_window.isVisible()
    window.messages_ctl.list_window.close()
    assert ctl.retry_timer.isActive() and ctl.retry_timer.interval() == 30000  # back-off
    assert graph.sent_count() == 0 and sorted(_queued(window.store)) == sorted(queued)

    monkeypatch.setenv("COCKPIT_GRAPH_URL", graph.url)  # the network is back
    with qtbot.waitSignal(ctl.synced, timeout=RUN_MS):
        qtbot.mouseClick(status.retry, Qt.MouseButton.LeftButton)
    assert graph.sent_count() == len(queued) and _queued(window.store) == []
    assert status.network.text() == "Online"
    assert not _shown(status.error) and not _shown(status.retry)
    assert not ctl.retry_timer.isActive() and ctl.failures == 0


def test_offline_backs_off_and_syncs_at_once_when_the_network_returns(
        qtbot, graph: FakeGraph, closed_url: str, open_window,
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COCKPIT_GRAPH_URL", closed_url)
    window = open_window()
    ctl = _first_run(qtbot, window)
    intervals = [ctl.retry_timer.interval()]
    for _ in range(6):  # the back-off grows: 30 s, 60 s, 2 min, 4 min, then 5 min
        with qtbot.waitSignal(ctl.synced, timeout=RUN_MS):
            ctl.retry_timer.timeout.emit()
        intervals.append(ctl.retry_timer.interval())
    assert intervals == [30000, 60000, 120000, 240000, 300000, 300000, 300000]
    ctl.soon_timer.setInterval(50)
    requests = len(graph.requests)
    with qtbot.waitSignal(ctl.status_shown, timeout=RUN_MS):
        ctl.soon()  # a back-off decides when the next run is: soon only counts what waits
    assert not ctl.running and ctl.retry_timer.isActive() and len(graph.requests) == requests

    monkeypatch.setenv("COCKPIT_GRAPH_URL", graph.url)
    with qtbot.waitSignal(ctl.synced, timeout=RUN_MS):
        ctl.network.online_changed.emit(True)  # what QNetworkInformation reports
    assert _queued(window.store) == [] and graph.sent_count() > 0
    assert not ctl.retry_timer.isActive()


def test_an_expired_sign_in_stops_automatic_runs_and_asks_to_sign_in_again(
        qtbot, graph: FakeGraph, open_window, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COCKPIT_GRAPH_TOKEN", "an-expired-token")
    window = open_window()
    queued = _queued(window.store)
    ctl = _first_run(qtbot, window)
    status = ctl.widget
    assert ctl.paused
    assert _shown(status.sign_in) and status.sign_in.text() == "Sign in again"
    assert not _shown(status.retry)
    assert status.error.text().startswith("Your Outlook sign-in has expired")
    assert sorted(_queued(window.store)) == sorted(queued)
    graph.clear_requests()
    ctl.soon_timer.setInterval(50)
    with qtbot.waitSignal(ctl.status_shown, timeout=RUN_MS):
        ctl.soon()
    ctl.timer.timeout.emit()  # the periodic run
    qtbot.wait(300)
    assert not ctl.running and graph.requests == []


# --- responsiveness -----------------------------------------------------------------------------
def test_the_window_stays_responsive_during_a_slow_sync(qtbot, graph: FakeGraph,
                                                        open_window) -> None:
    graph.slow_next("POST", r"^/me/messages$", 2.5)
    window = open_window()
    ctl = _controller(window)
    qtbot.waitUntil(lambda: ctl.running, timeout=5000)
    assert _shown(ctl.widget.syncing) and _shown(ctl.widget.busy)
    ticks: list[float] = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(time.monotonic()))
    timer.start(20)
    window.list_panel.focus_filter()
    qtbot.keyClicks(window.list_panel.filter, "JP")
    qtbot.wait(800)
    timer.stop()
    assert ctl.running, "the slow request is still being waited for"
    assert window.list_panel.filter.text() == "JP"
    assert len(ticks) >= 20 and max(b - a for a, b in zip(ticks, ticks[1:], strict=False)) < 0.5
    with qtbot.waitSignal(ctl.synced, timeout=RUN_MS):
        pass
    assert not _shown(ctl.widget.syncing)


def test_closing_during_a_long_retry_after_does_not_wait_for_it(qtbot, graph: FakeGraph,
                                                                open_window) -> None:
    graph.throttle_next("POST", r"^/me/messages$", retry_after=120)
    window = open_window()
    ctl = _controller(window)
    qtbot.waitUntil(lambda: graph.count("POST", r"^/me/messages$") >= 1, timeout=RUN_MS)
    started = time.monotonic()
    window.close()
    assert time.monotonic() - started < 5
    assert ctl.runner.wait(0)


# --- sign out, notices, the network --------------------------------------------------------------
class SignedInAccount(OutlookAccount):
    """Signed in without Microsoft: ``name`` and ``sign_out`` only (the rest is real)."""

    def __init__(self, name: str = "pat.manager@contoso.example") -> None:
        super().__init__("0b5f2f5e-6a51-4d7c-9d1a-3c8f6f1e2a77")
        self.user: str | None = name
        self.sign_outs = 0

    def name(self) -> str | None:
        return self.user

    def sign_out(self) -> None:
        self.sign_outs += 1
        self.user = None


def test_sign_out_asks_first(qtbot, open_window, prompts, monkeypatch) -> None:
    monkeypatch.delenv("COCKPIT_GRAPH_TOKEN", raising=False)
    window = open_window()
    ctl = _controller(window)
    with qtbot.waitSignal(ctl.status_shown, timeout=RUN_MS):
        pass
    account = SignedInAccount()
    ctl.account = account
    with qtbot.waitSignal(ctl.status_shown, timeout=RUN_MS):
        ctl.refresh_status()
    assert ctl.widget.account.text() == "pat.manager@contoso.example"
    assert window.actions_.sign_out.isEnabled()
    prompts.confirm_answers = [False]
    window.actions_.sign_out.trigger()
    assert prompts.asked[-1][0] == "confirm" and "Sign out of Outlook?" in prompts.asked[-1][1]
    QApplication.processEvents()
    assert account.sign_outs == 0
    prompts.confirm_answers = [True]
    window.actions_.sign_out.trigger()
    qtbot.waitUntil(lambda: window.statusBar().currentMessage() == "Signed out of Outlook.",
                    timeout=5000)
    assert account.sign_outs == 1
    qtbot.waitUntil(lambda: ctl.widget.account.text() == "Not signed in", timeout=5000)
    assert not window.actions_.sign_out.isEnabled()


def test_without_a_sign_in_nothing_runs_and_the_status_bar_says_so(
        qtbot, open_window, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("COCKPIT_GRAPH_TOKEN", raising=False)
    monkeypatch.delenv("COCKPIT_CLIENT_ID", raising=False)
    window = open_window()
    ctl = _controller(window)
    with qtbot.waitSignal(ctl.status_shown, timeout=RUN_MS):
        pass
    assert ctl.widget.account.text() == "Not signed in"
    assert not window.actions_.sign_out.isEnabled()
    with qtbot.waitSignal(ctl.status_shown, timeout=RUN_MS):
        window.actions_.sync_now.trigger()
    assert window.statusBar().currentMessage().startswith("Sign in to Outlook first")


def test_notices_show_in_the_status_bar_and_in_a_small_window(qtbot, graph: FakeGraph,
                                                              open_window) -> None:
    from datetime import UTC

    from cockpit.connectors.base import Notice, NoticeKind, PullReport, PushReport
    from cockpit.connectors.runner import SyncResult

    window = open_window()
    ctl = _first_run(qtbot, window)
    now = datetime.now(UTC)
    pull = PullReport(notices=[Notice(NoticeKind.OCCURRENCE_MOVED_REMOTELY, "Weekly status",
                                      detail="2026-12-01")])
    push = PushReport(notices=[Notice(NoticeKind.EDITED_BOTH_SIDES, "Sprint 12 report")])
    ctl._after_run(SyncResult(now, now, push, pull))
    assert ctl.widget.notices.text() == "2 Outlook notices"
    assert window.statusBar().currentMessage() == "2 new Outlook notices: see the status bar."
    qtbot.mouseClick(ctl.widget.notices, Qt.MouseButton.LeftButton)
    shown = ctl.notices_window
    assert shown is not None and shown.isVisible() and not shown.isModal()
    texts = [shown.list.item(i).text() for i in range(shown.list.count())]
    assert texts == ["A meeting of “Weekly status” was moved in Outlook. (2026-12-01)",
                     "“Sprint 12 report” was edited here and in Outlook: both versions are "
                     "kept."]
    qtbot.mouseClick(shown.clear_button, Qt.MouseButton.LeftButton)
    assert ctl.notices == [] and ctl.widget.notices.isHidden()


def test_every_notice_kind_is_worded() -> None:
    from cockpit.connectors.base import Notice, NoticeKind
    from ui.labels import notice_templates, notice_text

    templates = notice_templates()
    for kind in NoticeKind:
        assert "%1" in templates[kind], kind
        text = notice_text(Notice(kind, "Subject 42"))
        assert "Subject 42" in text and len(text) > 20


def test_the_sync_is_not_on_the_way_to_the_first_paint() -> None:
    import subprocess
    import sys

    from tests.unit.test_layers import ROOT

    code = ("import sys, ui.main_window, ui.app;"
            "print(','.join(m for m in sys.modules if m.startswith(('ui.sync', "
            "'ui.sign_in', 'ui.outlook', 'cockpit.connectors', 'PySide6.QtNetwork'"
            "))))")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            cwd=ROOT, timeout=60, env={"QT_QPA_PLATFORM": "offscreen",
                                                       "PATH": "/usr/bin:/bin"})
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == ""


# --- meetings -----------------------------------------------------------------------------------
def test_a_series_handed_to_outlook_in_the_window_is_invited_once_and_answers_come_back(
        qtbot, graph: FakeGraph, open_window) -> None:
    from cockpit.domain.meetings import PartStat
    from cockpit.services import meetings, projects

    window = open_window()
    ctl = _first_run(qtbot, window)
    project_id = projects.find_project_id(window.store, "JP-104")
    series = meetings.list_series(window.store, project_id)[0]
    series.outlook = True
    meetings.save_series(window.store, series)  # as the series dialog saves it
    with qtbot.waitSignal(ctl.synced, timeout=RUN_MS):
        window.actions_.sync_now.trigger()
    (event,) = graph.events()
    assert event["subject"] == series.title
    assert meetings.get_series(window.store, series.id).uid == event["iCalUId"]
    guest = series.attendees[0]
    graph.respond(event["id"], guest.email, "accepted")  # the guest answers in Outlook
    with qtbot.waitSignal(ctl.synced, timeout=RUN_MS):
        window.actions_.sync_now.trigger()
    assert len(graph.events()) == 1 and graph.count("POST", r"^/me/events$") == 1
    stored = meetings.get_series(window.store, series.id)
    assert next(a for a in stored.attendees if a.email == guest.email).partstat is \
        PartStat.ACCEPTED
    assert any("answered" in text and series.title in text for text in ctl.notices)


def test_an_open_compose_window_shows_its_message_sent_after_the_sync(
        qtbot, graph: FakeGraph, open_window) -> None:
    window = open_window()
    ctl = _first_run(qtbot, window)
    message_id = _queue_a_draft(window.store)
    summary = next(r for r in messages.list_messages(window.store) if r.id == message_id)
    select_code(window, summary.project_code)
    window.messages_ctl.open_message(message_id)
    compose = window.messages_ctl.windows[message_id]
    qtbot.waitUntil(lambda: "Queued" in compose.banner_text.text())
    with qtbot.waitSignal(ctl.synced, timeout=RUN_MS):
        window.actions_.sync_now.trigger()
    qtbot.waitUntil(lambda: compose.banner_text.text().startswith("Sent on 20"))
    assert compose.message.state is MessageState.SENT


def test_every_registered_connector_runs_in_the_background_sync(
        qtbot, graph: FakeGraph, open_window, monkeypatch: pytest.MonkeyPatch) -> None:
    from cockpit.connectors.registry import OUTLOOK, Registry
    from cockpit.connectors.runner import status
    from tests.connectors.fake_tracker import TrackerTool, tracker_spec

    tool = TrackerTool()
    window = open_window(connectors=Registry((OUTLOOK, tracker_spec(tool))))
    queued = _queued(window.store)
    ctl = _first_run(qtbot, window)
    assert graph.sent_count() == len(queued)  # Outlook ran…
    qtbot.waitUntil(lambda: tool.creates > 0, timeout=RUN_MS)  # …and the tracker beside it
    assert status(window.store, "tracker").last_success is not None
    assert status(window.store, "outlook").last_success is not None
    assert any("Tracker" in text for text in ctl.notices)  # named by its display name
    assert ctl.snapshot is not None and ctl.snapshot.status.waiting == 0  # both counted


def test_a_message_the_sync_sent_shows_as_sent_in_every_open_view(
        qtbot, graph: FakeGraph, open_window) -> None:
    """The sync knows none of the views: its run goes out on the change signal, and the
    compose window, the project's Messages tab and the all-messages window follow it."""
    window = open_window()
    ctl = _first_run(qtbot, window)
    message_id = _queue_a_draft(window.store)
    summary = next(r for r in messages.list_messages(window.store) if r.id == message_id)
    select_code(window, summary.project_code)
    window.messages_ctl.open_message(message_id)
    compose = window.messages_ctl.windows[message_id]
    window.actions_.messages.trigger()
    lists = [window.editor.messages.panel, window.messages_ctl.list_window.panel]
    for panel in lists:
        assert next(r for r in panel.model.rows if r.id == message_id).state is \
            MessageState.READY
    seen: list[object] = []
    window.ctx.changed.connect(seen.append)

    with qtbot.waitSignal(ctl.synced, timeout=RUN_MS):
        window.actions_.sync_now.trigger()

    assert any(c.origin is ctl and c.message(message_id) for c in seen)  # type: ignore[attr-defined]
    for panel in lists:
        assert next(r for r in panel.model.rows if r.id == message_id).state is \
            MessageState.SENT
    qtbot.waitUntil(lambda: compose.message.state is MessageState.SENT)
    assert ctl.snapshot is not None and ctl.snapshot.status.waiting == 0
