"""The compose window: one message, written in Markdown with a live preview, saved as you type.

Every edit is saved within a second of typing stopping (and on close), so killing the app loses
at most that second. Only drafts can be edited; a queued, sent or failed message shows why and
what can be done with it.
"""

from __future__ import annotations

import logging
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QMimeData, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QGuiApplication, QKeySequence, QTextCursor
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from cockpit.domain.messages import MessageData, MessageState
from cockpit.errors import ErrorCode, KnownError
from cockpit.messages.placeholders import PATTERN, left_in, placeholder_spans
from ui.labels import address_problem_text, error_text, label
from ui.messages import ops
from ui.messages.address_edit import AddressEdit
from ui.messages.placeholder_highlighter import BACKGROUND, PlaceholderHighlighter

if TYPE_CHECKING:
    from cockpit.mail.addresses import AddressProblem
    from ui.context import AppContext

log = logging.getLogger("cockpit.ui.compose")

AUTOSAVE_MS = 700  # after typing stops; the save itself takes a few milliseconds
PREVIEW_MS = 250
LIVE_PREVIEW_LIMIT = 100_000  # characters; longer bodies preview on request, typing stays fast


class ComposeWindow(QMainWindow):
    changed = Signal(object)  # MessageData: saved, queued, sent… (lists refresh)
    closed = Signal(str)  # message id

    def __init__(self, ctx: AppContext, opened: ops.Opened,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.ctx, self.store, self.prompts = ctx, ctx.open_store(), ctx.prompts
        self.message: MessageData = opened.message
        self._dirty = False
        self._saving = False
        self._closing = False
        self._after_save: list[Any] = []
        self._loading = False
        self.resize(1100, 760)

        self.sender = QLineEdit(self)
        self.to, self.cc, self.bcc = AddressEdit(self), AddressEdit(self), AddressEdit(self)
        self.subject = QLineEdit(self)
        choices = [f"{c.name} <{c.email}>" if c.name else c.email for c in opened.contacts]
        for edit in (self.to, self.cc, self.bcc):
            edit.set_choices(choices)
            edit.problems_changed.connect(self._show_address_problems)
        self.to.setPlaceholderText(self.tr("Type a name or address; separate with commas"))
        self.address_problems = QLabel(self)
        self.address_problems.setStyleSheet("color: #c0392b;")
        self.address_problems.setWordWrap(True)
        self.address_problems.hide()
        form = QFormLayout()
        form.addRow(self.tr("&From:"), self.sender)
        form.addRow(self.tr("&To:"), self.to)
        form.addRow(self.tr("&Cc:"), self.cc)
        form.addRow(self.tr("&Bcc:"), self.bcc)
        form.addRow(self.tr("Sub&ject:"), self.subject)
        form.addRow("", self.address_problems)

        self.banner = QFrame(self)
        self.banner.setFrameShape(QFrame.Shape.StyledPanel)
        self.banner_text = QLabel(self.banner)
        self.banner_text.setWordWrap(True)
        self.banner_buttons = {
            "draft": QPushButton(self.tr("Back to drafts to edit"), self.banner),
            "retry": QPushButton(self.tr("Retry"), self.banner),
            "sent": QPushButton(self.tr("I sent it myself: mark as sent"), self.banner),
        }
        banner_row = QHBoxLayout(self.banner)
        banner_row.addWidget(self.banner_text, 1)
        for key, button in self.banner_buttons.items():
            banner_row.addWidget(button)
            button.clicked.connect(lambda _=False, k=key: self.move_to(k))

        self.body = QPlainTextEdit(self)
        self.body.setPlaceholderText(self.tr(
            "Write in Markdown: - for bullets, **bold**, | tables |. The preview shows what "
            "the customer receives."))
        self.body.setTabChangesFocus(False)
        self.highlighter = PlaceholderHighlighter(self.body.document())
        self.to_fill = QLabel(self)  # the [[places]] still to write, named
        self.to_fill.setWordWrap(True)
        self.to_fill.setStyleSheet("color: #7a5200;")
        self.to_fill.hide()
        self.preview = QTextBrowser(self)
        self.preview.setOpenLinks(False)  # a click in the preview never opens anything
        self.preview_note = QLabel(self)
        self.preview_note.setWordWrap(True)
        self.preview_note.hide()
        preview_box = QWidget(self)
        preview_layout = QVBoxLayout(preview_box)
        preview_layout.setContentsMargins(0, 0, 0, 0)
        preview_title = QLabel(self.tr("Preview"), preview_box)
        preview_title.setStyleSheet("font-weight: 600;")
        preview_layout.addWidget(preview_title)
        preview_layout.addWidget(self.preview_note)
        preview_layout.addWidget(self.preview, 1)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(self.body)
        self.splitter.addWidget(preview_box)
        self.splitter.setSizes([560, 520])
        self.links_label = QLabel(self)
        self.links_label.setWordWrap(True)
        self.links_label.setStyleSheet("color: #555;")

        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.addWidget(self.banner)
        layout.addLayout(form)
        layout.addWidget(self.splitter, 1)
        layout.addWidget(self.to_fill)
        layout.addWidget(self.links_label)
        self.setCentralWidget(central)
        self.save_state = QLabel(self)
        self.statusBar().addPermanentWidget(self.save_state)
        self._build_actions()

        self.autosave = QTimer(self)
        self.autosave.setSingleShot(True)
        self.autosave.setInterval(AUTOSAVE_MS)
        self.autosave.timeout.connect(self.save_now)
        self.preview_timer = QTimer(self)
        self.preview_timer.setSingleShot(True)
        self.preview_timer.setInterval(PREVIEW_MS)
        self.preview_timer.timeout.connect(self.update_preview)
        for edit in (self.sender, self.to, self.cc, self.bcc, self.subject):
            edit.textEdited.connect(self._edited)
        self.body.textChanged.connect(self._edited)
        self.body.textChanged.connect(self._schedule_preview)
        self.subject.textChanged.connect(self._update_title)
        self.subject.textChanged.connect(self._show_to_fill)
        self.body.textChanged.connect(self._show_to_fill)
        self.show_message(self.message)
        (self.body if self.to.text().strip() else self.to).setFocus()

    # --- building -----------------------------------------------------------------------
    def _build_actions(self) -> None:
        def action(text: str, slot: Any, *keys: QKeySequence | str) -> QAction:
            act = QAction(text, self)
            if keys:
                act.setShortcuts([QKeySequence(k) for k in keys])
            act.triggered.connect(slot)
            self.addAction(act)
            return act

        self.actions_ = {
            "save": action(self.tr("&Save"), lambda: self.save_now(),
                           QKeySequence.StandardKey.Save),
            "ready": action(self.tr("&Queue to send"), self.mark_ready, "Ctrl+Return",
                            "Ctrl+Enter"),
            "export": action(self.tr("&Export as .eml…"), self.export_eml, "Ctrl+E"),
            "copy": action(self.tr("Cop&y as rich text"), self.copy_rich_text, "Ctrl+Shift+C"),
            "delete": action(self.tr("&Delete draft…"), self.delete_draft),
            "close": action(self.tr("&Close"), self.close, QKeySequence.StandardKey.Close),
            "undo": action(self.tr("&Undo"), self.body.undo, QKeySequence.StandardKey.Undo),
            "redo": action(self.tr("&Redo"), self.body.redo, QKeySequence.StandardKey.Redo),
            "refresh": action(self.tr("Refresh &preview"), self.update_preview, "F5"),
        }
        # the editor handles its own undo keys; the menu entries follow its state
        self.actions_["undo"].setShortcuts([])
        self.actions_["redo"].setShortcuts([])
        self.actions_["undo"].setEnabled(False)
        self.actions_["redo"].setEnabled(False)
        self.body.undoAvailable.connect(self.actions_["undo"].setEnabled)
        self.body.redoAvailable.connect(self.actions_["redo"].setEnabled)
        self.actions_["ready"].setToolTip(self.tr("Queue for Outlook (Ctrl+Enter)"))
        menu = self.menuBar().addMenu(self.tr("&Message"))
        for key in ("save", "ready", "export", "copy", "delete", "close"):
            menu.addAction(self.actions_[key])
        edit = self.menuBar().addMenu(self.tr("&Edit"))
        for key in ("undo", "redo", "refresh"):
            edit.addAction(self.actions_[key])
        toolbar = QToolBar(self.tr("Message"), self)
        toolbar.setObjectName("composeToolbar")
        for key in ("save", "ready", "export", "copy"):
            toolbar.addAction(self.actions_[key])
        self.addToolBar(toolbar)

    # --- showing ------------------------------------------------------------------------
    def show_message(self, message: MessageData) -> None:
        """Put ``message`` on screen (fields, state, links) without counting it as an edit."""
        self.message = message
        self._loading = True
        try:
            for edit, value in ((self.sender, message.sender), (self.to, message.to),
                                (self.cc, message.cc), (self.bcc, message.bcc),
                                (self.subject, message.subject)):
                if edit.text() != value:
                    edit.setText(value)
            if self.body.toPlainText() != message.body:
                self.body.setPlainText(message.body)
        finally:
            self._loading = False
        self._show_state()
        self._update_title()
        self._show_to_fill()
        self.update_preview()
        labels = [link.label for link in message.links if link.label]
        self.links_label.setText(self.tr("Confirms or reports on: %1").replace(
            "%1", "; ".join(labels)) if labels else "")
        self.links_label.setVisible(bool(labels))

    def _show_state(self) -> None:
        state = self.message.state
        editable = state is MessageState.DRAFT
        for edit in (self.sender, self.to, self.cc, self.bcc, self.subject):
            edit.setReadOnly(not editable)
        self.body.setReadOnly(not editable)
        for key in ("save", "ready", "delete"):
            self.actions_[key].setEnabled(editable)
        self.actions_["delete"].setEnabled(state in (MessageState.DRAFT, MessageState.FAILED))
        shown = {"draft": state in (MessageState.READY, MessageState.FAILED),
                 "retry": state is MessageState.FAILED,
                 "sent": state is MessageState.READY}
        for key, visible in shown.items():
            self.banner_buttons[key].setVisible(visible)
        when = self.message.sent_at.astimezone().strftime("%Y-%m-%d %H:%M") \
            if self.message.sent_at else ""
        texts = {
            MessageState.READY: self.tr("Queued: Outlook sends it at the next sync. It can no "
                                        "longer be edited here."),
            MessageState.SENT: self.tr("Sent on %1. It is kept as it went out and cannot be "
                                       "changed.").replace("%1", when),
            MessageState.FAILED: self.tr("Sending failed: %1").replace("%1",
                                                                       self.message.failure),
        }
        self.banner.setVisible(state in texts)
        self.banner_text.setText(texts.get(state, ""))
        colour = {"failed": "#fdecea", "sent": "#eaf7ee"}.get(state.value, "#fff8e1")
        self.banner.setStyleSheet(f"QFrame {{ background: {colour}; }}")
        if editable:
            self.save_state.setText(self.tr("Draft saved") if self.message.revision else "")
        else:
            self.save_state.setText(label(state))

    def places_to_fill(self) -> list[str]:
        return left_in(self.subject.text(), self.body.toPlainText())

    def _show_to_fill(self) -> None:
        left = self.places_to_fill() if self.message.state is MessageState.DRAFT else []
        self.to_fill.setText(self.tr("Still to fill in before it can be queued: %1").replace(
            "%1", ", ".join(left)))
        self.to_fill.setVisible(bool(left))

    def _go_to_first_place(self) -> None:
        """Put the cursor on the first ``[[place]]`` of the body (or the subject's)."""
        spots = placeholder_spans(self.subject.text())
        if spots:
            self.subject.setFocus()
            self.subject.setSelection(spots[0].start, spots[0].end - spots[0].start)
            return
        spots = placeholder_spans(self.body.toPlainText())
        if spots:
            cursor = self.body.textCursor()
            cursor.setPosition(spots[0].start)
            cursor.setPosition(spots[0].end, QTextCursor.MoveMode.KeepAnchor)
            self.body.setTextCursor(cursor)
            self.body.setFocus()

    def _update_title(self) -> None:
        subject = self.subject.text().strip() or self.tr("New message")
        code = self.message.project_code
        title = f"{subject} — {code}" if code else subject
        self.setWindowTitle(self.tr("%1 — PM Cockpit").replace("%1", title))

    def _show_address_problems(self, _problems: list[AddressProblem] | None = None) -> None:
        problems = self.to.problems + self.cc.problems + self.bcc.problems
        self.address_problems.setText("\n".join(address_problem_text(p.text, p.reason)
                                                for p in problems))
        self.address_problems.setVisible(bool(problems))

    def _schedule_preview(self) -> None:
        if self.body.document().characterCount() > LIVE_PREVIEW_LIMIT:
            self.preview_note.setText(self.tr(
                "This message is very long: the preview updates when you press F5."))
            self.preview_note.show()
            return
        self.preview_note.hide()
        self.preview_timer.start()

    def update_preview(self) -> None:
        """The HTML the customer receives, with the places still to fill marked (only here:
        the message itself never carries the mark)."""
        html = ops.preview_html(self.body.toPlainText())
        self.preview.setHtml(PATTERN.sub(
            lambda m: f'<span style="background: {BACKGROUND};">{m.group(0)}</span>', html))

    # --- saving -------------------------------------------------------------------------
    @property
    def dirty(self) -> bool:
        return self._dirty

    def _edited(self) -> None:
        if self._loading or self.message.state is not MessageState.DRAFT:
            return
        self._dirty = True
        self.save_state.setText(self.tr("Editing…"))
        self.autosave.start()

    def collect(self) -> MessageData:
        return replace(self.message, sender=self.sender.text().strip(), to=self.to.text(),
                       cc=self.cc.text(), bcc=self.bcc.text(), subject=self.subject.text(),
                       body=self.body.toPlainText())

    def save_now(self, after: Any = None) -> None:
        """Write the draft now (the worker does it); ``after`` runs once it is stored."""
        self.autosave.stop()
        if after is not None:
            self._after_save.append(after)
        if self._saving:
            return  # the running save calls back; what was typed since is saved then
        if not self._dirty or self.message.state is not MessageState.DRAFT:
            self._run_after_save()
            return
        data = self.collect()
        self._dirty = False
        self._saving = True
        self.save_state.setText(self.tr("Saving…"))
        self._run(lambda: ops.save_draft(self.store, data), self._saved,
                        self._save_failed)

    def _saved(self, stored: MessageData) -> None:
        self._saving = False
        # keep what is on screen (typed while saving); take the store's bookkeeping
        self.message = replace(self.collect(), revision=stored.revision,
                               updated_at=stored.updated_at, subject=stored.subject)
        self.save_state.setText(self.tr("Saved at %1").replace(
            "%1", stored.updated_at.astimezone().strftime("%H:%M:%S")
            if stored.updated_at else ""))
        self.changed.emit(stored)
        if self._dirty:
            self.save_now()  # typed during the save: store that too, then run what waits
        else:
            self._run_after_save()

    def _save_failed(self, exc: BaseException) -> None:
        self._saving = False
        self._dirty = True  # what is on screen is not stored: keep trying on the next edit
        self._after_save.clear()
        self._closing = False
        if not isinstance(exc, KnownError):
            raise exc
        log.warning("saving a draft failed: %s", exc.message)
        self.save_state.setText(self.tr("Not saved"))
        self.prompts.error(self, self.tr("The draft was not saved"),
                           error_text(exc.code, exc.message))
        if exc.code is ErrorCode.MESSAGE_LOCKED:
            self._reload()
        elif exc.code is ErrorCode.PLACEHOLDERS_LEFT:
            self._go_to_first_place()

    def _run_after_save(self) -> None:
        waiting, self._after_save = self._after_save, []
        for callback in waiting:
            callback()

    def _reload(self) -> None:
        self._run(lambda: ops.open_message(self.store, self.message.id),
                        lambda opened: self._after_move(opened.message), self._failed)

    def reload(self) -> None:
        """Show the message as stored now — the sync sent it, failed it or brought Outlook's
        edit. Unsaved typing wins: its save decides (and says so if the text moved on)."""
        if self._dirty:
            return
        self._run(lambda: ops.open_message(self.store, self.message.id),
                        lambda opened: self._dirty or self.show_message(opened.message),
                        self._reload_failed)

    def _reload_failed(self, exc: BaseException) -> None:
        if not isinstance(exc, KnownError):
            raise exc
        log.info("message %s not reloaded: %s", self.message.id, exc.message)  # e.g. deleted

    # --- state changes ------------------------------------------------------------------
    def mark_ready(self) -> None:
        """Queue the message: the last keystrokes are saved first; wrong addresses and
        ``[[places]]`` left refuse it, and the customer's executives are confirmed once."""
        if self.message.state is not MessageState.DRAFT:
            return
        if self.to.problems or self.cc.problems or self.bcc.problems:
            self._show_address_problems()
            self.prompts.error(self, self.tr("Check the addresses"),
                               error_text(ErrorCode.BAD_RECIPIENTS, self.address_problems.text()))
            return
        if self.places_to_fill():
            self._refuse_places(self.places_to_fill())
            return
        self.save_now(after=self._queue)

    def _refuse_places(self, left: list[str]) -> None:
        self.prompts.error(self, self.tr("Not queued: places left to fill in"), self.tr(
            "Write what belongs in these places (or delete them), then queue the message "
            "again: %1. Nothing was sent.").replace("%1", ", ".join(left)))
        self._go_to_first_place()

    def _queue(self) -> None:
        """Ask the store which of the customer's executives it goes to; queue once the PM
        confirmed them."""
        message_id = self.message.id

        def queue(executives: list[Any]) -> None:
            if executives and not self.prompts.confirm(
                    self, self.tr("Send to the customer's executives?"),
                    self.tr("This message goes to the customer's executives: %1. Queue it "
                            "for Outlook?").replace("%1", ", ".join(p.named() for p in executives)),
                    self.tr("Queue it")):
                return
            self._run(lambda: ops.move(self.store, message_id, MessageState.READY,
                                       confirmed=True), self._after_move, self._failed)

        self._run(lambda: ops.executives_to_confirm(self.store, message_id), queue, self._failed)

    def move_to(self, key: str) -> None:
        target = {"draft": MessageState.DRAFT, "retry": MessageState.READY,
                  "sent": MessageState.SENT}[key]
        if target is MessageState.SENT and not self.prompts.confirm(
                self, self.tr("Mark as sent"),
                self.tr("Mark this message as sent? Do this only if you sent it yourself, for "
                        "example from the exported .eml file. It can no longer be changed."),
                self.tr("Mark as sent")):
            return
        if key == "retry":
            left = left_in(self.message.subject, self.message.body)
            if left:  # queued half-written by an older version: back to drafts to finish it
                self._refuse_places(left)
                return
            self._queue()
            return
        message_id = self.message.id
        self._run(lambda: ops.move(self.store, message_id, target), self._after_move,
                        self._failed)

    def _after_move(self, message: MessageData) -> None:
        self.show_message(message)
        self.changed.emit(message)
        if message.state is MessageState.READY:
            self.statusBar().showMessage(self.tr("Queued for Outlook."), 8000)

    def _run(self, work: Any, done: Any, failed: Any = None) -> None:
        """On the store's worker, through the context: what it changes reaches every view."""
        self.ctx.run(work, done, failed, origin=self)

    def _failed(self, exc: BaseException) -> None:
        if not isinstance(exc, KnownError):
            raise exc
        log.warning("%s: %s", exc.code.value, exc.message)
        self.prompts.error(self, self.tr("PM Cockpit"), error_text(exc.code, exc.message))
        if exc.code is ErrorCode.MESSAGE_LOCKED:
            self._reload()
        elif exc.code is ErrorCode.PLACEHOLDERS_LEFT:
            self._go_to_first_place()

    # --- output -------------------------------------------------------------------------
    def export_eml(self) -> None:
        subject = self.subject.text().strip() or "message"
        name = "".join(c if c.isalnum() or c in " -_" else "_" for c in subject)[:60].strip()
        path = self.prompts.save_file(self, self.tr("Export as .eml"), f"{name or 'message'}.eml",
                                      self.tr("E-mail message (*.eml)"))
        if path is None:
            return
        message_id = self.message.id
        self.save_now(after=lambda: self._run(
            lambda: ops.write_eml(self.store, message_id, path),
            lambda written: self.statusBar().showMessage(
                self.tr("Saved %1: open it in any mail client to send it.").replace(
                    "%1", str(written)), 10000),
            self._failed))

    def copy_rich_text(self) -> None:
        rich = ops.rich_text(self.body.toPlainText())
        data = QMimeData()
        data.setHtml(rich.html)
        data.setText(rich.text)
        QGuiApplication.clipboard().setMimeData(data)
        self.statusBar().showMessage(self.tr("Copied: paste it into any mail or chat."), 5000)

    def delete_draft(self) -> None:
        if not self.prompts.confirm(self, self.tr("Delete draft"),
                                    self.tr("Delete this message? This cannot be undone."),
                                    self.tr("Delete")):
            return
        message_id = self.message.id
        self.autosave.stop()
        self._dirty = False

        def deleted(_: str) -> None:
            self.changed.emit(None)
            self._closing = True
            self.close()

        self._run(lambda: ops.delete_message(self.store, message_id), deleted,
                        self._failed)

    # --- closing ------------------------------------------------------------------------
    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        if (self._dirty or self._saving) and not self._closing:
            event.ignore()
            self._closing = True
            self.save_now(after=self.close)  # close again once the draft is stored
            return
        self.autosave.stop()
        self.closed.emit(self.message.id)
        super().closeEvent(event)
