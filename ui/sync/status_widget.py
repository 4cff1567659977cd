"""The Outlook sync in the status bar (right side): the account, online or offline, the last
sync (local time), what is waiting, and the error of a failed run with *Retry* (or *Sign in
again*); a busy bar and "Syncing…" while a run is going on; the latest notices."""

from __future__ import annotations

import re
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QToolButton, QWidget

from cockpit.errors import ErrorCode
from ui.labels import error_text

if TYPE_CHECKING:
    from cockpit.connectors.outlook.account import Snapshot

SIGN_IN_CODES = {ErrorCode.SIGN_IN_EXPIRED, ErrorCode.KEYCHAIN_UNAVAILABLE}
ONLINE_STYLE = "color: #2e7d32;"
OFFLINE_STYLE = "color: #c62828;"
ERROR_STYLE = "color: #b00020;"
ERROR_CHARS = 60  # the status bar shows the start of the error; the tooltip all of it


def local_time(moment: datetime, now: datetime | None = None) -> str:
    """``14:05`` today, ``2026-11-24 14:05`` on another day (the computer's zone)."""
    local = moment.astimezone()
    today = (now or datetime.now().astimezone()).date()
    return local.strftime("%H:%M") if local.date() == today else local.strftime("%Y-%m-%d %H:%M")


def short_error(text: str) -> str:
    """The first sentence of an error's wording, at most ``ERROR_CHARS`` characters."""
    first = re.split(r"(?<=[.。!?])\s*", text.split("\n")[0].strip(), maxsplit=1)[0]
    return first if len(first) <= ERROR_CHARS else first[:ERROR_CHARS - 1].rstrip() + "…"


class SyncStatusWidget(QWidget):
    retry_requested = Signal()
    sign_in_requested = Signal()
    notices_requested = Signal()
    waiting_requested = Signal()  # show what waits (the messages)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("syncStatus")
        self.running = False
        self.busy = QProgressBar(self)
        self.busy.setRange(0, 0)
        self.busy.setTextVisible(False)
        self.busy.setMaximumSize(48, 12)
        self.syncing = QLabel(self.tr("Syncing…"), self)
        self.account = QLabel(self)
        self.network = QLabel(self)
        self.last_sync = QLabel(self)
        self.waiting = QToolButton(self)  # what waits, and a click shows the messages
        self.waiting.setAutoRaise(True)
        self.error = QLabel(self)
        self.error.setStyleSheet(ERROR_STYLE)
        self.retry = QToolButton(self)
        self.retry.setText(self.tr("Retry"))
        self.retry.setAutoRaise(True)
        self.sign_in = QToolButton(self)
        self.sign_in.setText(self.tr("Sign in again"))
        self.sign_in.setAutoRaise(True)
        self.notices = QToolButton(self)
        self.notices.setAutoRaise(True)
        self.retry.clicked.connect(self.retry_requested)
        self.sign_in.clicked.connect(self.sign_in_requested)
        self.notices.clicked.connect(self.notices_requested)
        self.waiting.clicked.connect(self.waiting_requested)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 4, 0)
        layout.setSpacing(10)
        for widget in (self.busy, self.syncing, self.error, self.retry, self.sign_in,
                       self.notices, self.waiting, self.last_sync, self.network, self.account):
            layout.addWidget(widget)
        self.account.setText(self.tr("Outlook: …"))
        for widget in (self.busy, self.syncing, self.error, self.retry, self.sign_in,
                       self.notices, self.network, self.last_sync, self.waiting):
            widget.hide()

    def show_running(self, running: bool) -> None:
        self.running = running
        self.busy.setVisible(running)
        self.syncing.setVisible(running)
        self.retry.setEnabled(not running)

    def show_snapshot(self, snapshot: Snapshot, *, offline: bool) -> None:
        """``offline``: the last run found no network, or the system says there is none."""
        account, status = snapshot.account, snapshot.status
        if account.name:
            self.account.setText(account.name)
            self.account.setToolTip(self.tr("Signed in to Outlook as %1").replace(
                "%1", account.name))
        elif account.from_environment:
            self.account.setText(self.tr("Outlook token from COCKPIT_GRAPH_TOKEN"))
            self.account.setToolTip("")
        else:
            self.account.setText(self.tr("Not signed in"))
            self.account.setToolTip(self.tr("Outlook → Sign in to Outlook…"))
        self.network.setText(self.tr("Offline") if offline else self.tr("Online"))
        self.network.setStyleSheet(OFFLINE_STYLE if offline else ONLINE_STYLE)
        self.network.setVisible(account.can_sync or offline)
        if status.last_success is not None:
            self.last_sync.setText(self.tr("Last sync %1").replace(
                "%1", local_time(status.last_success)))
            self.last_sync.setToolTip(status.last_success.astimezone().strftime(
                "%Y-%m-%d %H:%M:%S"))
        else:
            self.last_sync.setText(self.tr("Not synced yet"))
        self.last_sync.setVisible(account.can_sync or status.last_run is not None)
        self.waiting.setText(self.tr("%n waiting", "", status.waiting))
        self.waiting.setToolTip(self.waiting_tip(status.waiting_parts, account.can_sync))
        self.waiting.setVisible(True)
        self._show_error(status.error_code, status.error_message)

    def waiting_tip(self, parts: dict[str, int], can_sync: bool) -> str:
        """What the waiting count is made of, and when it goes out."""
        lines = [self.tr("Waiting for the next Outlook sync:")]
        named = {
            "messages": self.tr("%n queued message(s) to send", "", parts.get("messages", 0)),
            "drafts": self.tr("%n draft(s) to copy to Outlook's Drafts folder", "",
                              parts.get("drafts", 0)),
            "meetings": self.tr("%n meeting series change(s) for your calendar", "",
                                parts.get("meetings", 0)),
            "other": self.tr("%n item(s) for other connected tools", "", parts.get("other", 0)),
        }
        lines += [f"• {text}" for key, text in named.items() if parts.get(key)]
        if len(lines) == 1:
            lines = [self.tr("Nothing is waiting to go out to Outlook.")]
        if not can_sync and len(lines) > 1:
            lines.append(self.tr("They go out once you sign in (Outlook → Sign in to "
                                 "Outlook…)."))
        lines.append(self.tr("Click to see the messages."))
        return "\n".join(lines)

    def _show_error(self, code: ErrorCode | None, message: str) -> None:
        if code is None:
            for widget in (self.error, self.retry, self.sign_in):
                widget.hide()
            return
        text = error_text(code, message)
        self.error.setText(short_error(text))
        self.error.setToolTip(text)
        self.error.show()
        signing_in = code in SIGN_IN_CODES
        self.sign_in.setVisible(signing_in)
        self.retry.setVisible(not signing_in)
        self.retry.setEnabled(not self.running)

    def show_notices(self, count: int, latest: str) -> None:
        self.notices.setText(self.tr("%n Outlook notice(s)", "", count))
        self.notices.setToolTip(latest)
        self.notices.setVisible(count > 0)
