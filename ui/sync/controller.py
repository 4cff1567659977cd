"""The Outlook sync of the app: runs in the background and shows itself in the status bar.

- Its own task runner (one thread): a run waiting on Outlook's ``Retry-After`` or a slow
  network never delays an autosave or a project load, and two runs never overlap (a run asked
  for meanwhile follows the current one).
- When: shortly after the store opens (when signed in, or with ``COCKPIT_GRAPH_TOKEN``), every
  ``INTERVAL_MS``, on *Sync now* / *Retry*, and a few seconds after a message was queued or
  saved (``soon``) when something waits to go out.
- Offline, throttled or Outlook unavailable: retried after 30 s, 60 s, 2, 4, then every
  5 minutes — and at once when the system reports the network back. An expired sign-in stops
  the automatic runs until the PM signs in again.
- After a run: the message lists and meetings refresh, notices show in the status bar.

Every read (account, record, waiting count) happens on the worker thread.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, cast

from PySide6.QtCore import QObject, QTimer, Signal

from cockpit.connectors.outlook import NAME as OUTLOOK  # the sign-in and status bar are its
from cockpit.errors import ErrorCode, KnownError
from ui.labels import error_text, notice_text
from ui.sync.network import NetworkWatch
from ui.sync.status_widget import SIGN_IN_CODES, SyncStatusWidget

if TYPE_CHECKING:
    from PySide6.QtWidgets import QStatusBar

    from cockpit.changes import Changes
    from cockpit.connectors.base import Account
    from cockpit.connectors.outlook.account import OutlookAccount, Snapshot
    from cockpit.connectors.registry import Registry
    from cockpit.connectors.runner import SyncResult
    from ui.actions import Actions
    from ui.context import AppContext

log = logging.getLogger("cockpit.ui.sync")

RETRY_CODES = {ErrorCode.OFFLINE, ErrorCode.THROTTLED, ErrorCode.OUTLOOK_UNAVAILABLE}
USER_MODES = ("now", "retry")


def run_mode(account: OutlookAccount, store: Any, stop: threading.Event,
             mode: str, others: Sequence[Account] = ()) -> Snapshot | None:
    """On the sync thread: ``status`` only reads; ``start``/``auto`` sync each registered
    connector that can (Outlook: when there is a sign-in); ``if_waiting`` also needs something
    waiting for it; ``now``/``retry`` are the user's. The status bar shows Outlook's account
    and record, the waiting count of all. None: the app is closing."""
    from cockpit.connectors.base import SyncCancelled
    from cockpit.connectors.runner import run_all

    state = account.state()
    if mode == "status":
        return account.snapshot(store, account=state, others=others)
    ready = ([account] if state.can_sync else []) + [a for a in others if a.can_sync()]
    if mode == "if_waiting":
        ready = [a for a in ready if a.waiting(store) > 0]
    if not ready:
        return account.snapshot(store, account=state, others=others)
    try:
        results = run_all(store, ready, stop=stop)
    except SyncCancelled:
        return None
    if stop.is_set():
        return None
    result = results.pop(account.connector_name, None)
    return account.snapshot(store, result, account=None if result else state, others=others,
                            other_results=list(results.values()))


class SyncController(QObject):
    status_shown = Signal(object)  # every Snapshot the status bar shows
    synced = Signal(object)  # the Snapshot after a run
    waiting_requested = Signal()  # the user asked to see what waits to go out

    INTERVAL_MS = 5 * 60 * 1000
    START_DELAY_MS = 500  # after the store opened: the list and the last project come first
    SOON_MS = 3000
    BACKOFF_S = (30, 60, 120, 240, 300)
    SHUTDOWN_WAIT_MS = 10000
    MAX_NOTICES = 100

    def __init__(self, ctx: AppContext, actions: Actions, status_bar: QStatusBar, *,
                 runner: Any = None, account_runner: Any = None,
                 network: NetworkWatch | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        from ui.tasks import TaskRunner

        self.ctx = ctx
        self.actions = actions
        # the sync's own thread and the sign-in's (it may take minutes), from the context
        self.runner = runner or ctx.sync_runner or TaskRunner(self)
        self.account_runner = account_runner or ctx.account_runner or TaskRunner(self)
        self.network = network or NetworkWatch(self)
        self.registry = self.make_registry()
        self.account = self.make_account()
        self.snapshot: Snapshot | None = None
        self.running = False
        self.started = False
        self.paused = False  # the sign-in expired: no automatic runs until the next sign-in
        self.failures = 0  # retryable failures in a row: the back-off step
        self.notices: list[str] = []  # newest first
        self.notices_window: Any = None
        self.sign_in_dialog: Any = None
        self.settings_dialog: Any = None
        self._again: str | None = None  # a run asked for while one was going on
        self._stop = threading.Event()
        self._closed = False
        self.widget = SyncStatusWidget(status_bar)
        status_bar.addPermanentWidget(self.widget)
        self.timer = self._timer(self.INTERVAL_MS, self._automatic, single=False)
        self.retry_timer = self._timer(self.BACKOFF_S[0] * 1000, lambda: self._submit("retry"))
        self.soon_timer = self._timer(self.SOON_MS, self._soon_due)
        self.widget.retry_requested.connect(self.sync_now)
        self.widget.sign_in_requested.connect(self.sign_in)
        self.widget.notices_requested.connect(self.show_notices)
        self.widget.waiting_requested.connect(self.waiting_requested)
        self.network.online_changed.connect(self._network_changed)
        a = actions
        a.sync_now.triggered.connect(self.sync_now)
        a.sign_in.triggered.connect(self.sign_in)
        a.sign_out.triggered.connect(self.sign_out)
        a.outlook_settings.triggered.connect(lambda: self.edit_settings())
        ctx.changed.connect(self._on_changed)
        self._update_actions()

    def _on_changed(self, changes: Changes) -> None:
        """A message or a series changed in the app: something may wait to go out."""
        if changes.origin is not self and (changes.messages or changes.series):
            self.soon()

    def _parent(self) -> Any:
        return self.ctx.dialog_parent()

    def _timer(self, interval_ms: int, slot: Any, *, single: bool = True) -> QTimer:
        timer = QTimer(self)
        timer.setSingleShot(single)
        timer.setInterval(interval_ms)
        timer.timeout.connect(slot)
        return timer

    def make_registry(self) -> Registry:
        """The context's connectors (the default registry unless the app was given one)."""
        return cast("Registry", self.ctx.connectors)

    def make_account(self) -> OutlookAccount:
        """Outlook's account from the registry: the app registration from the settings (else
        ``COCKPIT_CLIENT_ID``/``_TENANT``). The sign-in and the status bar are Outlook's."""
        return cast("OutlookAccount", self.registry.get(OUTLOOK).build(self.ctx.settings))

    def other_accounts(self) -> list[Account]:
        """The other registered connectors' accounts (cheap: built for each run)."""
        return [spec.build(self.ctx.settings) for spec in self.registry
                if spec.name != OUTLOOK]

    # --- when to run ----------------------------------------------------------------------------
    def start(self) -> None:
        """Once the store is open: watch the network, a first run shortly, then periodic."""
        if self.started:
            return
        self.started = True
        self.network.start()
        QTimer.singleShot(self.START_DELAY_MS, self, lambda: self._submit("start"))
        self.timer.start()

    def refresh_status(self) -> None:
        """Read the account and the last run's record again (no run)."""
        self._submit("status")

    def sync_now(self) -> None:
        self.retry_timer.stop()
        self._submit("now")

    def soon(self) -> None:
        """Something may be waiting (a message queued or saved): sync in a few seconds — or,
        while a back-off or an expired sign-in decides when the next run is, only count what
        waits. Calls within ``SOON_MS`` of each other make one run."""
        if self.started and not self._closed:
            self.soon_timer.start()  # again: the timer restarts

    def _soon_due(self) -> None:
        held = self.paused or self.retry_timer.isActive()
        self._submit("status" if held else "if_waiting")

    def _automatic(self) -> None:
        if not self.paused and not self.retry_timer.isActive():
            self._submit("auto")

    def _network_changed(self, online: bool) -> None:
        if self.snapshot is not None:
            self._show(self.snapshot)
        waiting_for_network = self.retry_timer.isActive() or (
            self.snapshot is not None and self.snapshot.status.offline)
        if online and waiting_for_network and not self.paused:
            log.info("the network is back: syncing")
            self.retry_timer.stop()
            self._submit("retry")

    # --- one run ------------------------------------------------------------------------------
    def _submit(self, mode: str) -> None:
        if self._closed or self.ctx.store is None:
            return
        if self.running:
            if mode != "status" and self._again not in USER_MODES:
                self._again = mode
            return
        self.running = True
        if mode != "status":
            self.widget.show_running(True)
        account, store, stop = self.account, self.ctx.store, self._stop
        others = self.other_accounts()
        self.runner.run(lambda: run_mode(account, store, stop, mode, others),
                        lambda snapshot: self._finished(mode, snapshot), self._failed)

    def _finished(self, mode: str, snapshot: Snapshot | None) -> None:
        if self._closed:
            return
        self.running = False
        self.widget.show_running(False)
        if snapshot is not None:
            self._show(snapshot)
            for other in snapshot.others:  # the other connectors' notices and changes
                self._refresh_views(other)
                self._add_notices([self._notice_text(notice) for notice in other.notices])
            if snapshot.result is not None:
                self._after_run(snapshot.result)
                self.synced.emit(snapshot)
            elif snapshot.others:
                self.synced.emit(snapshot)
            if snapshot.result is None and mode in USER_MODES and not snapshot.account.can_sync:
                self._message(self.tr("Sign in to Outlook first: Outlook → Sign in to "
                                      "Outlook…"), 10000)
        self._next()

    def _failed(self, exc: BaseException) -> None:
        if self._closed:
            return
        self.running = False
        self.widget.show_running(False)
        if not isinstance(exc, KnownError):
            raise exc
        log.warning("sync: %s: %s", exc.code.value, exc.message)
        self._message(error_text(exc.code, exc.message).split("\n")[0], 10000)
        self._next()

    def _next(self) -> None:
        again, self._again = self._again, None
        if again is not None:
            self._submit(again)

    def _after_run(self, result: SyncResult) -> None:
        error = result.error
        if error is None:
            self.failures, self.paused = 0, False
            self.retry_timer.stop()
        elif error.code in RETRY_CODES:
            self.failures += 1
            delay = self.BACKOFF_S[min(self.failures, len(self.BACKOFF_S)) - 1]
            self.retry_timer.start(int(delay * 1000))
            log.info("sync: %s, next try in %s s", error.code.value, delay)
        elif error.code in SIGN_IN_CODES:
            self.paused = True
            self.retry_timer.stop()
        self._refresh_views(result)
        texts = [self._notice_text(notice) for notice in result.notices]
        if texts:
            self._add_notices(texts)
        elif error is None and result.push.sent:  # an error stays in the status widget
            self._message(self.tr("Sent %n message(s) through Outlook.", "",
                                  len(result.push.sent)), 8000)

    def _refresh_views(self, result: SyncResult) -> None:
        """What the run changed goes out on the change signal; every view takes its part."""
        from cockpit.connectors.runner import changes_of

        self.ctx.announce(changes_of(result), origin=self)

    # --- showing --------------------------------------------------------------------------------
    def _show(self, snapshot: Snapshot) -> None:
        self.snapshot = snapshot
        offline = snapshot.status.offline or self.network.online is False
        self.widget.show_snapshot(snapshot, offline=offline)
        self._update_actions()
        self.status_shown.emit(snapshot)

    def _message(self, text: str, msecs: int) -> None:
        self.ctx.status(text, msecs)

    def _update_actions(self) -> None:
        a = self.actions
        signed_in = self.snapshot is not None and self.snapshot.account.name is not None
        for action in (a.sign_in, a.outlook_settings, a.sync_now):
            action.setEnabled(True)
        a.sign_out.setEnabled(signed_in)

    def _notice_text(self, notice: Any) -> str:
        return notice_text(notice, self.registry.display_name(notice.connector or OUTLOOK))

    def _add_notices(self, texts: list[str]) -> None:
        if not texts:
            return
        self.notices = (list(reversed(texts)) + self.notices)[:self.MAX_NOTICES]
        self.widget.show_notices(len(self.notices), "\n".join(self.notices[:10]))
        if len(texts) == 1:
            self._message(texts[0], 15000)
        else:
            self._message(self.tr("%n new Outlook notice(s): see the status bar.", "",
                                  len(texts)), 15000)
        if self.notices_window is not None and self.notices_window.isVisible():
            self.notices_window.set_texts(self.notices)

    def show_notices(self) -> None:
        if self.notices_window is None:
            from ui.sync.notices_window import NoticesWindow

            self.notices_window = NoticesWindow(self._parent())
            self.notices_window.cleared.connect(self._clear_notices)
        self.notices_window.set_texts(self.notices)
        self.notices_window.show()
        self.notices_window.raise_()

    def _clear_notices(self) -> None:
        self.notices = []
        self.widget.show_notices(0, "")

    # --- account --------------------------------------------------------------------------------
    def edit_settings(self, then: Any = None) -> None:
        """The Outlook settings dialog (not modal for the app); ``then()`` after a save."""
        from ui.sync.outlook_settings_dialog import OutlookSettingsDialog

        settings = self.ctx.settings
        dialog = OutlookSettingsDialog(settings.outlook_client_id, settings.outlook_tenant,
                                       self._parent())
        self.settings_dialog = dialog

        def saved() -> None:
            client_id, tenant = dialog.values()
            settings.outlook_client_id, settings.outlook_tenant = client_id, tenant
            settings.sync()
            self.account = self.make_account()
            self.refresh_status()
            if then is not None:
                then()

        dialog.accepted.connect(saved)
        dialog.finished.connect(lambda _r: self._forget("settings_dialog", dialog))
        dialog.open()

    def sign_in(self) -> None:
        if self.sign_in_dialog is not None:
            self.sign_in_dialog.raise_()
            self.sign_in_dialog.activateWindow()
            return
        if not self.account.configured:
            self.ctx.prompts.info(self._parent(), self.tr("Sign in to Outlook"), self.tr(
                "First enter your company's app registration (application id and tenant) in "
                "the Outlook settings."))
            self.edit_settings(then=lambda: self.account.configured and self.sign_in())
            return
        from ui.sync.sign_in_dialog import SignInDialog

        dialog = SignInDialog(self.account, self.account_runner, self._parent())
        self.sign_in_dialog = dialog
        dialog.signed_in.connect(self._signed_in)
        dialog.finished.connect(lambda _r: self._forget("sign_in_dialog", dialog))
        dialog.open()

    def _forget(self, name: str, dialog: Any) -> None:
        if getattr(self, name) is dialog:
            setattr(self, name, None)
        dialog.deleteLater()

    def _signed_in(self, user: str) -> None:
        self.paused, self.failures = False, 0
        self._message(self.tr("Signed in to Outlook as %1.").replace("%1", user), 8000)
        problem = self.account.keychain_error
        if problem is not None:
            self.ctx.prompts.error(self._parent(), self.tr("Sign in to Outlook"),
                                      error_text(problem.code, problem.message))
        self.sync_now()

    def sign_out(self) -> None:
        if not self.ctx.prompts.confirm(
                self._parent(), self.tr("Sign out of Outlook"),
                self.tr("Sign out of Outlook? PM Cockpit forgets the sign-in on this computer. "
                        "What is queued stays queued until you sign in again."),
                self.tr("Sign out")):
            return
        account = self.account
        self.account_runner.run(account.sign_out, lambda _r: self._signed_out(),
                                self._account_failed)

    def _account_failed(self, exc: BaseException) -> None:
        if self._closed:
            return
        if not isinstance(exc, KnownError):
            raise exc
        self.ctx.prompts.error(self._parent(), self.tr("Outlook"),
                                  error_text(exc.code, exc.message))

    def _signed_out(self) -> None:
        if self._closed:
            return
        self.paused = False
        self.retry_timer.stop()
        self._message(self.tr("Signed out of Outlook."), 8000)
        self.refresh_status()

    # --- closing --------------------------------------------------------------------------------
    def shutdown(self) -> None:
        """The window is closing: stop the timers, cut a waiting run short, wait for it."""
        self._closed = True
        for timer in (self.timer, self.retry_timer, self.soon_timer):
            timer.stop()
        self._stop.set()
        if self.sign_in_dialog is not None and self.sign_in_dialog.busy:
            self.sign_in_dialog.cancel()
        if self.notices_window is not None:
            self.notices_window.close()
        if not self.runner.wait(self.SHUTDOWN_WAIT_MS):
            log.warning("the sync did not stop in time")
        self.account_runner.wait(2000)

