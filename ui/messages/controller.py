"""Carries out what the message lists, the Tasks and Change requests tabs, the minutes and the
decision log ask for: compose from a template, open, export, delete. Keeps one compose window
per message (several can be open). When messages change — here, in the sync, anywhere — the
context's change signal refreshes the lists and the open compose windows concerned."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject

from cockpit.domain.messages import MessageKind
from ui.controller import Controller
from ui.messages import ops

if TYPE_CHECKING:
    from cockpit.changes import Changes
    from cockpit.messages.sources import Source
    from ui.context import AppContext
    from ui.messages.compose_window import ComposeWindow
    from ui.messages.list_window import MessagesWindow
    from ui.messages.panel import MessagesPanel
    from ui.passport.editor import PassportEditor
    from ui.projects.controller import ProjectsController

class MessagesController(Controller):
    def __init__(self, ctx: AppContext, editor: PassportEditor, projects: ProjectsController,
                 parent: QObject | None = None) -> None:
        super().__init__(ctx, parent)
        self.editor = editor
        self.projects = projects  # saves the passport first when it has unsaved edits
        self.windows: dict[str, ComposeWindow] = {}
        self.list_window: MessagesWindow | None = None
        self.closing = False  # the app is closing: compose windows save, lists stay as they are
        tab = editor.messages
        tab.project_shown.connect(self.refresh_tab)
        self._connect_panel(tab.panel, lambda: tab.project_id)
        editor.tasks.compose_requested.connect(self._compose_from_tasks)
        editor.registers.changes.estimate_requested.connect(self._estimate)
        editor.registers.changes.agreement_requested.connect(self._agreement)
        editor.meetings.email_invite_requested.connect(self.email_invite)
        ctx.changed.connect(self._on_changed)

    def _on_changed(self, changes: Changes) -> None:
        """Messages changed (a save, the sync, an import): the lists and every open compose
        window of those messages show it — except the window that made the change."""
        if not changes.messages or self.closing:
            return
        self.refresh_all()
        for message_id, compose in list(self.windows.items()):
            if compose is not changes.origin and changes.message(message_id):
                compose.reload()

    def _connect_panel(self, panel: MessagesPanel, project_id: Any) -> None:
        panel.open_requested.connect(self.open_message)
        panel.export_requested.connect(lambda mid: self.export(mid, panel))
        panel.delete_requested.connect(lambda mid: self.delete(mid, panel))
        panel.decision_requested.connect(self.record_decision)
        panel.new_requested.connect(lambda kind: self.new_in_project(project_id(), kind))

    # --- lists ------------------------------------------------------------------------
    def refresh_tab(self, project_id: str | None = None) -> None:
        tab = self.editor.messages
        project_id = project_id or tab.project_id
        store = self.store
        if project_id is None or store is None:
            return

        def shown(rows: list[Any]) -> None:
            if tab.project_id == project_id:
                tab.panel.set_rows(rows)

        self._run(lambda: ops.list_messages(store, project_id), shown)

    def refresh_all(self) -> None:
        if self.closing:
            return
        self.refresh_tab()
        if self.list_window is not None and self.list_window.isVisible():
            self.list_window.refresh()

    def show_all(self) -> None:
        if self.store is None:
            return
        if self.list_window is None:
            from ui.messages.list_window import MessagesWindow

            self.list_window = MessagesWindow(self.ctx)
            self._connect_panel(self.list_window.panel, lambda: None)
        self.list_window.refresh()
        self.list_window.show()
        self.list_window.raise_()
        self.list_window.activateWindow()

    # --- composing --------------------------------------------------------------------
    def _show(self, opened: ops.Opened) -> ComposeWindow:
        from ui.messages.compose_window import ComposeWindow

        existing = self.windows.get(opened.message.id)
        if existing is not None:
            existing.show()
            existing.raise_()
            existing.activateWindow()
            return existing
        compose = ComposeWindow(self.ctx, opened)
        self.windows[opened.message.id] = compose
        compose.closed.connect(self._closed)
        compose.show()
        compose.raise_()
        compose.activateWindow()
        return compose

    def _closed(self, message_id: str) -> None:
        self.windows.pop(message_id, None)

    def open_message(self, message_id: str) -> None:
        if message_id in self.windows:
            self.windows[message_id].raise_()
            self.windows[message_id].activateWindow()
            return
        store = self.store
        self._run(lambda: ops.open_message(store, message_id), self._show)

    def compose(self, kind: MessageKind, source: Source) -> None:
        """A draft from the kind's template about ``source``, in its own window (when the kind
        has several templates, the PM picks one). The project is saved first when it has
        unsaved edits (the message is written from stored data)."""
        store = self.store

        def write(template_id: str | None) -> None:
            self._run(lambda: ops.compose(store, kind, source, template_id), self._show)

        def go() -> None:
            self._run(lambda: ops.templates_of(store, kind),
                      lambda templates: self._pick_template(templates, write))

        self._after_project_saved(source.project_id, go)

    def _pick_template(self, templates: list[Any], write: Any, *,
                       blank: str | None = None) -> None:
        """``write(template id)`` with the template the PM picks (the default first); with a
        ``blank`` choice, ``write(None)`` for it. No question when there is nothing to pick."""
        names = ([blank] if blank else []) + [t.name for t in templates]
        if len(names) < 2:
            write(templates[0].id if templates else None)
            return
        chosen = self.ctx.prompts.choose(self._parent(), self.tr("Template"),
                                            self.tr("Write it from which template?"), names, 0)
        if chosen is None:
            return
        index = names.index(chosen) - (1 if blank else 0)
        write(templates[index].id if index >= 0 else None)

    def _after_project_saved(self, project_id: str, go: Any) -> None:
        editor = self.editor
        if editor.passport is not None and editor.passport.id == project_id and editor.dirty:
            self.projects.save(after=go)
        else:
            go()

    def new_in_project(self, project_id: str | None, kind: MessageKind) -> None:
        """What the kind's spec starts from: a template, the last minutes, or the project."""
        if project_id is None or self.store is None:
            return
        from cockpit.messages.kinds.registry import spec_of
        from cockpit.messages.kinds.spec import StartFrom
        from cockpit.messages.sources import Source

        store = self.store
        start = spec_of(kind).start_from
        if start is StartFrom.TEMPLATE:  # blank, or one of the PM's own general templates

            def write(template_id: str | None) -> None:
                if template_id is None:
                    self._run(lambda: ops.new_message(store, project_id), self._show)
                else:
                    self._run(lambda: ops.compose(store, kind, Source(project_id), template_id),
                              self._show)

            self._run(lambda: ops.templates_of(store, kind), lambda templates: self._pick_template(
                templates, write, blank=self.tr("Blank message")))
        elif start is StartFrom.LAST_MINUTES and kind is MessageKind.FOLLOW_UP:
            self._run(lambda: ops.last_meeting_with_minutes(store, project_id),
                      lambda found: self.follow_up(*found))  # one per meeting
        elif start is StartFrom.LAST_MINUTES:
            self._run(lambda: ops.last_meeting_with_minutes(store, project_id),
                      lambda found: self.compose(kind, Source(
                          project_id, series_id=found[0], original_start=found[1])))
        else:
            self.compose(kind, Source(project_id))

    def follow_up(self, series_id: str, original_start: datetime) -> None:
        """From the minutes of one meeting. A meeting has one follow-up: when it has one, the
        PM opens it (drafted, queued, refused) or is told when it was sent, and may write
        another."""
        from cockpit.messages.sources import Source

        store = self.store

        def go(found: tuple[str, Any]) -> None:
            project_id, existing = found
            if existing is not None and not self._another_follow_up(existing):
                return
            self.compose(MessageKind.FOLLOW_UP, Source(project_id, series_id=series_id,
                                                       original_start=original_start))

        self._run(lambda: ops.meeting_follow_up(store, series_id, original_start), go)

    def _another_follow_up(self, existing: Any) -> bool:
        """Ask about the meeting's follow-up: True to write another; False when the PM opened
        the existing one or cancelled."""
        from cockpit.domain.messages import MessageState

        title = self.tr("Follow-up")
        if existing.state is MessageState.SENT:
            from zoneinfo import ZoneInfo

            when = existing.when.astimezone(ZoneInfo(self.ctx.clock.zone()))
            return self.ctx.prompts.confirm(
                self._parent(), title,
                self.tr("This meeting's follow-up was sent on %1: “%2”. Write another "
                        "one?").replace("%1", f"{when:%Y-%m-%d %H:%M}")
                .replace("%2", existing.subject), self.tr("Write another"))
        text = {MessageState.DRAFT: self.tr("This meeting's follow-up is drafted: “%1”."),
                MessageState.READY: self.tr("This meeting's follow-up is queued to send: "
                                            "“%1”."),
                MessageState.FAILED: self.tr("This meeting's follow-up could not be sent: "
                                             "“%1”.")}[existing.state]
        open_it, another = self.tr("Open the existing follow-up"), self.tr("Write another one")
        chosen = self.ctx.prompts.choose(
            self._parent(), title, text.replace("%1", existing.subject), [open_it, another], 0)
        if chosen == open_it:
            self.open_message(existing.message_id)
        return chosen == another

    def reload_open(self, message_ids: list[str]) -> None:
        """Open compose windows of these messages show what the sync made of them."""
        for message_id in dict.fromkeys(message_ids):
            compose = self.windows.get(message_id)
            if compose is not None:
                compose.reload()

    def email_invite(self, series_id: str) -> None:
        store = self.store
        self._run(lambda: ops.compose_invite(store, series_id), self._show)

    def confirm_decision(self, project_id: str, decision_id: str) -> None:
        from cockpit.messages.sources import Source

        self.compose(MessageKind.DECISION, Source(project_id, decision_id=decision_id))

    def _project_id(self) -> str | None:
        passport = self.editor.passport
        return passport.id if passport is not None else None

    def _compose_from_tasks(self, kind: MessageKind, task_id: str | None) -> None:
        from cockpit.messages.kinds.registry import spec_of
        from cockpit.messages.kinds.spec import StartFrom
        from cockpit.messages.sources import Source

        project_id = self._project_id()
        if project_id is None:
            return
        sprint = None
        if spec_of(kind).start_from is StartFrom.SPRINT:
            sprint = self._choose_sprint()
            if sprint == "":
                return  # cancelled
        self.compose(kind, Source(project_id, task_id=task_id, sprint=sprint))

    def _choose_sprint(self) -> str | None:
        """The sprint to report on when the tasks name several (the latest is preselected);
        None lets the report take the latest, "" is a cancel."""
        from cockpit.messages.context import natural_key

        records = self.editor.tasks.table.records()
        labels = sorted({t.sprint for t in records if t.sprint}, key=natural_key,
                        reverse=True)
        if len(labels) < 2:
            return None
        chosen = self.ctx.prompts.choose(
            self._parent(), self.tr("Sprint report"),
            self.tr("Which sprint is the report about?"), labels, 0)
        return chosen if chosen is not None else ""

    def _agreement(self, change_request_id: str) -> None:
        from cockpit.messages.sources import Source

        project_id = self._project_id()
        if project_id is not None:
            self.compose(MessageKind.DECISION,
                         Source(project_id, change_request_id=change_request_id))

    def _estimate(self, change_request_id: str) -> None:
        from cockpit.messages.sources import Source

        project_id = self._project_id()
        if project_id is not None:
            self.compose(MessageKind.CHANGE_REQUEST,
                         Source(project_id, change_request_id=change_request_id))

    def record_decision(self, message_id: str) -> None:
        """"Record as decision": the message's subject into the decision log (edited there),
        confirmed in writing once the message is sent."""
        from ui.registers import decision_ops

        store = self.store
        self._run(lambda: decision_ops.from_message(store, message_id),
                  lambda row: self.ctx.status(self.tr(
                      "Recorded in the decision log: %1").replace("%1", row.text), 8000))

    # --- the selected message ---------------------------------------------------------
    def export(self, message_id: str, parent: Any) -> None:
        if message_id in self.windows:  # its window saves the last keystrokes first
            self.windows[message_id].export_eml()
            return
        prompts = self.ctx.prompts
        path = prompts.save_file(parent, self.tr("Export as .eml"), "message.eml",
                                 self.tr("E-mail message (*.eml)"))
        if path is None:
            return
        store = self.store
        self._run(lambda: ops.write_eml(store, message_id, path), lambda written:
                  self.ctx.status(self.tr(
                      "Saved %1: open it in any mail client to send it.").replace(
                      "%1", str(written)), 10000))

    def delete(self, message_id: str, parent: Any) -> None:
        if message_id in self.windows:
            self.windows[message_id].delete_draft()
            return
        if not self.ctx.prompts.confirm(parent, self.tr("Delete message"), self.tr(
                "Delete this message? This cannot be undone."), self.tr("Delete")):
            return
        store = self.store
        self._run(lambda: ops.delete_message(store, message_id), lambda _: None)

    def close_all(self) -> None:
        """Close every compose window; each saves what was typed before it goes."""
        self.closing = True
        for compose in list(self.windows.values()):
            compose.close()
        if self.list_window is not None:
            self.list_window.close()
