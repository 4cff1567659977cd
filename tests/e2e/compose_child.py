"""The real desktop app, driven like a user types: run by ``test_draft_survives_kill``.

``python -m tests.e2e.compose_child MODE DB`` starts PM Cockpit through ``ui.app.run_app`` (the
real composition root: ``QApplication``, ``TaskRunner`` with its worker thread, ``Prompts``,
``Settings``, crash handler, the two-step store opening). The only addition is a driver object
attached to the main window as it is built: once the store is open it loads project JP-104,
asks the real ``MessagesController`` for a new blank draft and types into the compose window
with real key events (``QTest``) and an input-method commit (Japanese), in bursts with pauses.

Lines on stdout (each flushed; times are ``time.monotonic()``, one clock for every process):

``TYPED <message id> <t> <stored body as JSON>``
    the last keystroke was at ``t``; the body read from the file at that moment, before the
    event loop ran again (so before any save could take the last burst)
``SAVED <t> <revision> <body as JSON>``
    the compose window reported a stored save at ``t``
``CLOSED <t>``
    (MODE ``close``) the compose window closed; it was asked to right after the last keystroke

Then it keeps the event loop running until it is killed.

MODE ``reopen`` (``python -m tests.e2e.compose_child reopen DB MESSAGE_ID``) is the start after
the kill: it loads JP-104, opens the draft through the controller as a click in the message
list does, prints ``SHOWN <fields on screen as JSON>`` and quits the app the normal way
(closing the main window), so the process exits by itself.
"""

from __future__ import annotations

import json
import sqlite3
import sys
import time
from typing import Any

PROJECT_CODE = "JP-104"
TO = "kill.test@example.org"
SUBJECT = "Draft that survives a kill"
# (kind, text, pause after it in ms); "keys" is typed with QTest.keyClicks (ASCII only),
# "enter" is a Return key press, "ime" is committed through a QInputMethodEvent.
BURSTS: list[tuple[str, str, int]] = [
    ("keys", "First burst: status of the billing migration.", 0),
    ("enter", "", 900),  # longer than the autosave delay: a save runs here
    ("keys", "- second burst, typed after a save", 150),  # shorter: the timer restarts
    ("enter", "", 0),
    ("ime", "進捗は順調です。", 200),
    ("enter", "", 0),
    ("keys", "LAST BURST 42 **end**", 0),
]
EXPECTED_BODY = ("First burst: status of the billing migration.\n"
                 "- second burst, typed after a save\n"
                 "進捗は順調です。\n"
                 "LAST BURST 42 **end**")
LAST_BURST = BURSTS[-1][1]


def say(*words: object) -> None:
    print(*words, flush=True)


def stored_body(db: str, message_id: str) -> str | None:
    """What the file holds right now, read with plain sqlite3 (not the app's engine)."""
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=5)
    try:
        row = conn.execute("SELECT body FROM message WHERE id = ?", (message_id,)).fetchone()
    finally:
        conn.close()
    return None if row is None else row[0]


class Driver:
    def __init__(self, window: Any, mode: str, db: str, message_id: str | None) -> None:
        from PySide6.QtCore import QObject

        self.window, self.mode, self.db, self.message_id = window, mode, db, message_id
        self.anchor = QObject(window)  # the driver lives as long as the window
        self.anchor.setObjectName("composeTestDriver")
        self.anchor.driver = self  # type: ignore[attr-defined]
        self.compose: Any = None
        window.store_opened.connect(self.store_opened)

    def store_opened(self) -> None:
        from cockpit.services import messages

        store = self.window.store
        self.window.ctx.run(lambda: messages.find_project(store, PROJECT_CODE),
                            self.project_found, self.fail)

    def project_found(self, project_id: str) -> None:
        # as a click in the list does: load the project (this builds the passport tabs and,
        # with them, the messages controller), then "New message" on its Messages tab
        self.window.project_loaded.connect(self.project_loaded)
        self.window.load_project(project_id)

    def project_loaded(self, project_id: str) -> None:
        from cockpit.domain.messages import MessageKind

        self.window.project_loaded.disconnect(self.project_loaded)
        editor = self.window.editor
        editor.tabs.setCurrentWidget(editor.messages)
        if self.message_id is not None:
            self.window.messages_ctl.open_message(self.message_id)
        else:
            self.window.messages_ctl.new_in_project(project_id, MessageKind.OTHER)
        self.wait_for_window()

    def wait_for_window(self) -> None:
        from PySide6.QtCore import QTimer

        windows = list(self.window.messages_ctl.windows.values())
        if not windows or not windows[0].isVisible():
            QTimer.singleShot(20, self.wait_for_window)
            return
        self.compose = windows[0]
        if self.mode == "reopen":
            QTimer.singleShot(100, self.show_and_quit)
            return
        self.compose.changed.connect(self.saved)
        self.compose.closed.connect(lambda _id: say("CLOSED", time.monotonic()))
        QTimer.singleShot(100, self.type_header)  # let it paint once, as a user would see it

    def type_header(self) -> None:
        from PySide6.QtTest import QTest

        compose = self.compose
        compose.activateWindow()
        for edit, text in ((compose.to, TO), (compose.subject, SUBJECT)):
            edit.setFocus()
            QTest.keyClicks(edit, text)
        compose.to.completer_.popup().hide()
        compose.body.setFocus()
        self.type_burst(0)

    def type_burst(self, index: int) -> None:
        from PySide6.QtCore import Qt, QTimer
        from PySide6.QtGui import QInputMethodEvent
        from PySide6.QtTest import QTest
        from PySide6.QtWidgets import QApplication

        body = self.compose.body
        kind, text, pause = BURSTS[index]
        if kind == "keys":
            QTest.keyClicks(body, text)
        elif kind == "enter":
            QTest.keyClick(body, Qt.Key.Key_Return)
        else:  # an input method: a pre-edit first, then the committed text
            QApplication.sendEvent(body, QInputMethodEvent("しんちょく", []))
            commit = QInputMethodEvent("", [])
            commit.setCommitString(text)
            QApplication.sendEvent(body, commit)
        if index + 1 < len(BURSTS):
            QTimer.singleShot(pause, lambda: self.type_burst(index + 1))
            return
        self.typed()

    def typed(self) -> None:
        # still inside the handler of the last keystroke: no timer or save callback ran since
        typed_at = time.monotonic()
        message_id = self.compose.message.id
        before = stored_body(self.db, message_id)
        say("TYPED", message_id, typed_at, json.dumps(before))
        if self.mode == "close":
            self.compose.actions_["close"].trigger()  # the user closes it at once

    def show_and_quit(self) -> None:
        compose = self.compose
        say("SHOWN", json.dumps({
            "id": compose.message.id, "to": compose.to.text(),
            "subject": compose.subject.text(), "body": compose.body.toPlainText(),
            "dirty": compose.dirty, "title": compose.windowTitle()}))
        self.window.close()  # as File > Quit: compose windows close first, then the store

    def saved(self, message: Any) -> None:
        if message is not None:
            say("SAVED", time.monotonic(), message.revision, json.dumps(message.body))

    def fail(self, exc: BaseException) -> None:
        say("FAILED", repr(exc))
        raise exc


def main(argv: list[str]) -> int:
    mode, db, *message_id = argv
    import ui.main_window as main_window_module

    real_main_window = main_window_module.MainWindow

    def main_window(*args: Any, **kwargs: Any) -> Any:  # run_app imports it from the module
        window = real_main_window(*args, **kwargs)
        Driver(window, mode, db, message_id[0] if message_id else None)
        return window

    main_window_module.MainWindow = main_window  # type: ignore[misc]
    from ui.app import run_app

    return run_app(["--db", db, "--no-demo"])


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
