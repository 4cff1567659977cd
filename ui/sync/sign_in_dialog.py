"""Sign in to Outlook: in the system browser (the answer comes back to a loopback address) or,
as a fallback, with a code entered on any device.

The sign-in blocks a worker thread (the dialog's runner) until Microsoft answers. The dialog
stays responsive: *Cancel* sets the flag the sign-in polls (it stops within ~0.2 s), and after
``timeout_s`` seconds the dialog cancels by itself and says so. The code and its instructions
are shown here only: they are never logged or stored.
"""

from __future__ import annotations

import logging
import threading
from typing import Any

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from cockpit.errors import ErrorCode, KnownError
from ui.labels import error_text

log = logging.getLogger("cockpit.ui.sign_in")

BROWSER_TIMEOUT_S = 300.0  # how long the browser sign-in may take
CORE_GRACE_S = 30.0  # the core's own limit comes later: the dialog's timer decides


class _CodeRelay(QObject):
    shown = Signal(str)  # emitted on the worker thread, received on the GUI thread


class SignInDialog(QDialog):
    """``account``: anything with ``sign_in_interactive(timeout, cancelled)`` and
    ``sign_in_device_code(show, cancelled)`` (an ``OutlookAccount``; a fake in tests)."""

    signed_in = Signal(str)

    def __init__(self, account: Any, runner: Any, parent: QWidget | None = None, *,
                 timeout_s: float = BROWSER_TIMEOUT_S) -> None:
        super().__init__(parent)
        self.account = account
        self.runner = runner
        self.timeout_s = timeout_s
        self.user: str | None = None
        self.busy = False
        self._cancel = threading.Event()
        self._timed_out = False
        self._close_when_done = False
        self._relay = _CodeRelay(self)
        self._relay.shown.connect(self._show_code)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self._time_up)
        self._build()
        self._set_busy(False)

    def _build(self) -> None:
        self.setWindowTitle(self.tr("Sign in to Outlook"))
        self.setMinimumWidth(520)
        intro = QLabel(self.tr(
            "Sign in with your work account. Your browser opens Microsoft's sign-in page; "
            "come back here when it says you can close it. If no browser can open here, use a "
            "code instead: you enter it on any phone or computer."), self)
        intro.setWordWrap(True)
        self.state = QLabel(self)
        self.state.setWordWrap(True)
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 0)  # busy, no percentage
        self.progress.setTextVisible(False)
        self.code = QPlainTextEdit(self)  # selectable: the user copies the code from here
        self.code.setReadOnly(True)
        self.code.setMaximumHeight(90)
        self.code.hide()
        self.problem = QLabel(self)
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #b00020;")
        self.problem.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.problem.hide()
        self.browser_button = QPushButton(self.tr("Sign in with &browser"), self)
        self.code_button = QPushButton(self.tr("Use a &code instead"), self)
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.browser_button.setDefault(True)
        self.browser_button.clicked.connect(self.sign_in_browser)
        self.code_button.clicked.connect(self.sign_in_code)
        self.cancel_button.clicked.connect(self.cancel)
        buttons = QHBoxLayout()
        buttons.addWidget(self.browser_button)
        buttons.addWidget(self.code_button)
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.state)
        layout.addWidget(self.progress)
        layout.addWidget(self.code)
        layout.addWidget(self.problem)
        layout.addLayout(buttons)

    # --- starting -----------------------------------------------------------------------------
    def sign_in_browser(self) -> None:
        if self.busy:
            return
        self._start(self.tr("Waiting for you to sign in in the browser… (Cancel stops "
                            "waiting.)"))
        self.timer.start(int(self.timeout_s * 1000))
        account, cancelled = self.account, self._cancel.is_set
        limit = self.timeout_s + CORE_GRACE_S
        self.runner.run(lambda: account.sign_in_interactive(timeout=limit, cancelled=cancelled),
                        self._done, self._failed)

    def sign_in_code(self) -> None:
        if self.busy:
            return
        self._start(self.tr("Asking Microsoft for a code…"))
        account, cancelled, show = self.account, self._cancel.is_set, self._relay.shown.emit
        self.runner.run(lambda: account.sign_in_device_code(show, cancelled=cancelled),
                        self._done, self._failed)

    def _start(self, text: str) -> None:
        self._cancel.clear()
        self._timed_out = False
        self.problem.hide()
        self.code.clear()
        self.code.hide()
        self.state.setText(text)
        self._set_busy(True)

    def _show_code(self, instructions: str) -> None:
        if not self.busy:
            return
        self.state.setText(self.tr("Enter the code below on any device, then come back here. "
                                   "(Cancel stops waiting.)"))
        self.code.setPlainText(instructions)
        self.code.show()

    # --- stopping -----------------------------------------------------------------------------
    def cancel(self) -> None:
        """While signing in: stop waiting (the dialog stays). Otherwise: close."""
        if self.busy:
            self._cancel.set()
            self.state.setText(self.tr("Cancelling…"))
            self.cancel_button.setEnabled(False)
            return
        self.reject()

    def _time_up(self) -> None:
        if self.busy:
            self._timed_out = True
            self._cancel.set()

    def reject(self) -> None:
        if self.busy:  # Esc or the window's close button: cancel, close once it has stopped
            self._close_when_done = True
            self.cancel()
            return
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        if self.busy:
            event.ignore()
            self.reject()
            return
        super().closeEvent(event)

    # --- results -----------------------------------------------------------------------------
    def _done(self, user: str) -> None:
        self._set_busy(False)
        if self._cancel.is_set():  # finished just as Cancel was pressed: it counts anyway
            log.info("Outlook sign-in finished while being cancelled")
        self.user = user
        self.state.setText(self.tr("Signed in as %1.").replace("%1", user))
        self.signed_in.emit(user)
        self._close_when_done = False
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        if not isinstance(exc, KnownError):
            raise exc
        if self._close_when_done:
            self._close_when_done = False
            super().reject()
            return
        if self._timed_out:
            minutes = max(1, round(self.timeout_s / 60))
            self._show_problem(self.tr(
                "The sign-in did not finish within %n minute(s). Was the browser closed? Try "
                "again, or use a code instead.", "", minutes))
        elif self._cancel.is_set():
            self.state.setText(self.tr("Sign-in cancelled."))
        else:
            log.info("Outlook sign-in failed: %s", exc.code.value)
            self._show_problem(self._failure_text(exc))

    def _failure_text(self, exc: KnownError) -> str:
        if exc.code is ErrorCode.SIGN_IN_EXPIRED:
            return self.tr("The sign-in did not complete. Try again, or use the other way to "
                           "sign in.") + "\n\n" + exc.message
        return error_text(exc.code, exc.message)

    def _show_problem(self, text: str) -> None:
        self.state.setText("")
        self.problem.setText(text)
        self.problem.show()

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        if not busy:
            self.timer.stop()
            self.code.hide()
        self.progress.setVisible(busy)
        self.browser_button.setEnabled(not busy)
        self.code_button.setEnabled(not busy)
        self.cancel_button.setEnabled(True)
        self.cancel_button.setText(self.tr("Cancel"))
        if not busy and not self.state.text():
            self.state.setText(self.tr("Not signed in."))
