"""The main window: project list on the left, the selected passport on the right.

It owns no data logic: every read and write is an operation in a feature's ``ops`` run by the task
runner, and every question to the user goes through ``Prompts``.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QByteArray, QMimeData, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QLabel, QMainWindow, QToolBar, QWidget

from cockpit.errors import KnownError
from ui.actions import Actions
from ui.first_paint import AfterFirstPaint
from ui.labels import error_text
from ui.projects import ops as project_ops
from ui.settings import Settings
from ui.widgets.busy_indicator import BusyIndicator
from ui.widgets.parse_error import ParseError
from ui.widgets.prompts import Prompts, UnsavedChoice

if TYPE_CHECKING:
    from cockpit.domain.passport import Passport, ProjectSummary

log = logging.getLogger("cockpit.ui")


class MainWindow(QMainWindow):
    store_opened = Signal()
    projects_loaded = Signal()
    project_loaded = Signal(str)
    project_saved = Signal(str)
    failed = Signal(str)

    def __init__(self, runner: Any, prompts: Prompts, settings: Settings,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.prompts = prompts
        self.settings = settings
        self.store: Any = None
        self._closing = False
        self._closed = False  # closeEvent accepted: late results of running work are dropped
        self.sync_ctl: Any = None  # the Outlook sync (ui.sync.controller), once the store opened
        self._quick_listed = False

        self.panels_built = False
        self.setWindowTitle(self.tr("PM Cockpit"))
        self.actions_ = Actions(self)
        # What paints first: menus, toolbar and a note; the panels are built right after
        # (``build_panels``), so the window appears before their modules are even loaded.
        opening = QLabel(self.tr("Opening the project store…"), self)
        opening.setContentsMargins(12, 12, 12, 12)
        self.setCentralWidget(opening)
        self.store_label = QLabel(self)
        self.statusBar().addPermanentWidget(self.store_label)
        self._build_menus()
        self._connect()
        self.busy = BusyIndicator(self)
        runner.busy_changed.connect(self.busy.set_busy)
        self._restore_window()
        self._update_actions()

    def build_panels(self) -> None:
        """The project list and the passport editor (idempotent)."""
        if self.panels_built:
            return
        from PySide6.QtCore import Qt
        from PySide6.QtWidgets import QSplitter

        from ui.passport.editor import PassportEditor
        from ui.projects.list_panel import ProjectListPanel

        self.list_panel = ProjectListPanel(self)
        self.editor = PassportEditor(self)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(self.list_panel)
        self.splitter.addWidget(self.editor)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setContentsMargins(6, 4, 6, 0)
        self.setCentralWidget(self.splitter)
        self.list_panel.project_selected.connect(self._on_project_selected)
        self.list_panel.show_archived_changed.connect(self._on_show_archived)
        self.editor.dirty_changed.connect(lambda _d: self._update_actions())
        self.editor.tabs_built.connect(self._attach_meetings)
        self.setAcceptDrops(True)  # .ics files dropped on the window are imported
        self.panels_built = True
        self.actions_.apply_shortcuts()
        self._restore_panels()
        self.list_panel.set_loading(self.tr("Opening the project store…"))
        self.editor.show_empty(self.tr("Opening the project store…"))
        self._update_actions()

    # --- construction --------------------------------------------------------------------
    def _build_menus(self) -> None:
        a = self.actions_
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        for action in (a.new_project, a.save, a.revert):
            file_menu.addAction(action)
        file_menu.addSeparator()
        file_menu.addAction(a.export_json)
        file_menu.addAction(a.import_json)
        file_menu.addSeparator()
        file_menu.addAction(a.quit)
        project_menu = bar.addMenu(self.tr("P&roject"))
        for action in (a.find, a.archive, a.unarchive, a.delete):
            project_menu.addAction(action)
        meetings_menu = bar.addMenu(self.tr("Mee&tings"))
        meetings_menu.addAction(a.planner)
        meetings_menu.addAction(a.agenda_templates)
        messages_menu = bar.addMenu(self.tr("M&essages"))
        messages_menu.addAction(a.messages)
        messages_menu.addAction(a.message_templates)
        outlook_menu = bar.addMenu(self.tr("&Outlook"))
        for action in (a.sync_now, a.sign_in, a.sign_out):
            outlook_menu.addAction(action)
        outlook_menu.addSeparator()
        outlook_menu.addAction(a.outlook_settings)
        settings_menu = bar.addMenu(self.tr("&Settings"))
        settings_menu.addAction(a.onboarding_template)
        help_menu = bar.addMenu(self.tr("&Help"))
        help_menu.addAction(a.about)
        toolbar = QToolBar(self.tr("Main toolbar"), self)
        toolbar.setObjectName("mainToolbar")  # actions without icons show their text
        for action in (a.new_project, a.save, a.revert, a.archive, a.unarchive, a.delete):
            toolbar.addAction(action)
        self.addToolBar(toolbar)

    def _connect(self) -> None:
        a = self.actions_
        a.new_project.triggered.connect(self.new_project)
        a.save.triggered.connect(lambda: self.save())
        a.revert.triggered.connect(self.revert)
        a.find.triggered.connect(lambda: self.panels_built and self.list_panel.focus_filter())
        a.archive.triggered.connect(lambda: self.set_archived(True))
        a.unarchive.triggered.connect(lambda: self.set_archived(False))
        a.delete.triggered.connect(self.delete_project)
        a.export_json.triggered.connect(self.export_json)
        a.import_json.triggered.connect(self.import_json)
        a.onboarding_template.triggered.connect(self.edit_onboarding_template)
        a.planner.triggered.connect(self.open_planner)
        a.agenda_templates.triggered.connect(self.edit_agenda_templates)
        a.messages.triggered.connect(self.open_messages)
        a.message_templates.triggered.connect(self.edit_message_templates)
        a.quit.triggered.connect(self.close)
        a.about.triggered.connect(self.about)

    def _attach_meetings(self) -> None:
        from ui.meetings.controller import MeetingsController
        from ui.messages.controller import MessagesController

        self.meetings = MeetingsController(self, self.editor.meetings)
        self.messages_ctl = MessagesController(self)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802
        if _ics_paths(event.mimeData()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802
        paths = _ics_paths(event.mimeData())
        if not paths:
            return
        event.acceptProposedAction()
        if getattr(self, "meetings", None) is None or self.editor.meetings.project_id is None:
            self.prompts.info(self, self.tr("Import a calendar file"), self.tr(
                "Open a saved project first: the meetings are imported into it."))
            return
        for path in paths:
            self.meetings.import_file(path)

    def _restore_window(self) -> None:
        geometry = self.settings.window_bytes("geometry")
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(1360, 820)
        state = self.settings.window_bytes("state")
        if state is not None:
            self.restoreState(state)

    def _restore_panels(self) -> None:
        splitter = self.settings.window_bytes("splitter")
        if splitter is None or not self.splitter.restoreState(splitter):
            self.splitter.setSizes([460, 900])
        header = self.settings.window_bytes("project_list_header")
        if header is not None:
            self.list_panel.view.horizontalHeader().restoreState(header)
        self.list_panel.show_archived.blockSignals(True)
        self.list_panel.show_archived.setChecked(self.settings.show_archived)
        self.list_panel.show_archived.blockSignals(False)

    def _save_window(self) -> None:
        self.settings.set_window_bytes("geometry", self.saveGeometry())
        self.settings.set_window_bytes("state", self.saveState())
        if not self.panels_built:
            self.settings.sync()
            return
        self.settings.set_window_bytes("splitter", self.splitter.saveState())
        self.settings.set_window_bytes("project_list_header",
                                       QByteArray(self.list_panel.view.horizontalHeader().saveState()))
        if self.editor.passport is not None and not self.editor.is_new:
            self.settings.last_project_id = self.editor.passport.id
        self.settings.sync()

    # --- running operations --------------------------------------------------------------
    def _run(self, work: Callable[[], Any], done: Callable[[Any], None],
             failed: Callable[[BaseException], None] | None = None) -> None:
        self.runner.run(work, done, failed or self._show_failure)

    def _show_failure(self, exc: BaseException) -> None:
        if isinstance(exc, KnownError):
            log.warning("%s: %s", exc.code.value, exc.message)
            text = error_text(exc.code, exc.message)
            self.statusBar().showMessage(text.split("\n")[0], 10000)
            self.failed.emit(exc.message)
            self.prompts.error(self, self.tr("PM Cockpit"), text)
            return
        log.error("unexpected error: %r", exc)
        self.failed.emit(repr(exc))
        raise exc

    def open_store(self, db: str | None, *, demo_on_first_run: bool = True) -> None:
        self.build_panels()
        def opened(result: project_ops.Opened) -> None:
            if self._closed:  # closed while the store was opening: start nothing more
                result.store.dispose()
                return
            self.store = result.store
            self.store_label.setText(result.store.location.display())
            if result.store.backup is not None:
                self.statusBar().showMessage(
                    self.tr("Database upgraded; a backup was saved to %1").replace(
                        "%1", str(result.store.backup)), 15000)
            if result.demo_added:
                self.statusBar().showMessage(
                    self.tr("A new store was created with demo projects to explore."), 15000)
            self.store_opened.emit()
            self._start_sync()
            self.editor.show_empty(self.tr("Select a project on the left, or create one with "
                                           "Ctrl+N."))
            last = self.settings.last_project_id or None
            if self._quick_listed and not result.demo_added and result.store.backup is None:
                self._select_after_open(last)  # the list on screen is already the store's
            else:
                self.reload_projects(select=last)

        def open_fully() -> None:
            if self._closed:
                return
            self._run(lambda: project_ops.open_store(db, demo_on_first_run=demo_on_first_run),
                      opened, failed)

        def quick(rows: list[ProjectSummary] | None) -> None:
            if rows is None or self.store is not None:
                open_fully()
                return
            self._quick_listed = True
            self._show_rows(rows, select=None)
            # Let the list paint before the worker imports SQLAlchemy: while it does, it
            # holds the interpreter lock and the list's model would wait for it.
            AfterFirstPaint(self.list_panel.view.viewport(), open_fully, fallback_ms=300)

        def failed(exc: BaseException) -> None:
            if isinstance(exc, KnownError):
                log.error("cannot open the store: %s", exc.message)
                message = error_text(exc.code, exc.message)
                self.list_panel.set_loading(message)
                self.editor.show_empty(message)
                self.failed.emit(exc.message)
                self.prompts.error(self, self.tr("Cannot open the project store"), message)
            else:
                self._show_failure(exc)

        include = self.list_panel.show_archived.isChecked()
        # First the list straight from the file (no SQLAlchemy needed), then the full store.
        self._run(lambda: project_ops.quick_list(db, include), quick,
                  lambda _e: open_fully())

    def reload_projects(self, select: str | None = None) -> None:
        include = self.list_panel.show_archived.isChecked()
        store = self.store
        self._run(lambda: project_ops.list_projects(store, include),
                  lambda rows: self._show_rows(rows, select))

    def _show_rows(self, rows: list[ProjectSummary], select: str | None) -> None:
        self.list_panel.model.set_rows(rows)
        self.editor.set_suggestions(
            sorted({r.department for r in rows if r.department}),
            sorted({r.customer for r in rows if r.customer}))
        self.projects_loaded.emit()
        self._select_after_open(select)

    def _select_after_open(self, select: str | None) -> None:
        target = select or (self.editor.passport.id if self.editor.passport else None)
        if self.store is not None and target and self.list_panel.model.row_of(target) is not None:
            if self.editor.passport is not None and self.editor.passport.id == target:
                self.list_panel.select(target, quiet=True)
            elif self.list_panel.current_id() == target:  # picked while the store was opening
                self.load_project(target)
            else:
                self.list_panel.select(target)
        self._update_actions()

    # --- selection and loading -----------------------------------------------------------
    def _on_project_selected(self, project_id: str) -> None:
        if self.store is None:  # clicked while the store is still opening: load it then
            self.settings.last_project_id = project_id
            return
        current = self.editor.passport
        if current is not None and current.id == project_id:
            return
        if not self._resolve_unsaved(lambda: self._open_selected(project_id)):
            shown = self.editor.passport
            if shown is not None and current is not None and shown.id == current.id \
                    and not self.editor.is_new:
                self.list_panel.select(current.id, quiet=True)  # cancelled, or still saving
            return
        self.load_project(project_id)

    def _open_selected(self, project_id: str) -> None:
        """After "save first": show the project the user had clicked, in list and editor."""
        self.list_panel.select(project_id, quiet=True)
        self.load_project(project_id)

    def _resolve_unsaved(self, then: Callable[[], None]) -> bool:
        """True: go ahead now. False: not now (cancelled, or saving first and ``then`` later)."""
        self.editor.commit_pending_edits()
        if not self.editor.dirty or self.editor.passport is None:
            return True
        name = self.editor.title.text()
        choice = self.prompts.ask_unsaved(self, name)
        if choice is UnsavedChoice.DISCARD:
            return True
        if choice is UnsavedChoice.SAVE:
            self.save(after=then)
        return False

    def load_project(self, project_id: str) -> None:
        store = self.store

        def loaded(passport: Passport) -> None:
            self.editor.load(passport)
            self.settings.last_project_id = passport.id
            self._update_actions()
            self.project_loaded.emit(passport.id)

        self._run(lambda: project_ops.load(store, project_id), loaded)

    def new_project(self) -> None:
        if self.store is None:
            return
        if not self._resolve_unsaved(self.new_project):
            return
        store = self.store

        def created(passport: Passport) -> None:
            self.list_panel.view.clearSelection()
            self.editor.load(passport, is_new=True)
            self._update_actions()

        self._run(lambda: project_ops.new(store), created)

    # --- saving --------------------------------------------------------------------------
    def save(self, after: Callable[[], None] | None = None) -> None:
        if self.store is None or self.editor.passport is None:
            return
        self.editor.commit_pending_edits()
        if not self.editor.dirty and not self.editor.is_new:
            self.statusBar().showMessage(self.tr("Nothing to save."), 4000)
            if after is not None:
                after()
            return
        edit_count = self.editor.edit_count
        try:
            passport = self.editor.collect()
        except ParseError:
            self.editor.focus_first_parse_error()
            self.statusBar().showMessage(self.tr("Some fields need attention before saving."),
                                         8000)
            return
        from cockpit.domain.validation import validate_passport

        issues = validate_passport(passport)
        if issues:
            self.editor.reveal(issues)
            self.statusBar().showMessage(self.tr("Some fields need attention before saving."),
                                         8000)
            return
        store = self.store

        def saved(result: tuple[Passport, ProjectSummary]) -> None:
            passport_saved, summary = result
            self.editor.saved(passport_saved, edit_count)
            self.list_panel.model.upsert(summary)
            self.list_panel.select(summary.id, quiet=True)
            self.settings.last_project_id = summary.id
            self.statusBar().showMessage(self.tr("Saved %1.").replace("%1", summary.code), 5000)
            self._update_actions()
            self.project_saved.emit(summary.id)
            if after is not None:
                after()

        self._run(lambda: project_ops.save(store, passport), saved)

    def revert(self) -> None:
        passport = self.editor.passport
        if passport is None:
            return
        if self.editor.is_new:
            self.editor.show_empty(self.tr("Select a project on the left, or create one with "
                                           "Ctrl+N."))
        else:
            self.load_project(passport.id)

    # --- archive and delete --------------------------------------------------------------
    def set_archived(self, archived: bool) -> None:
        passport = self.editor.passport
        if passport is None or self.editor.is_new or self.store is None:
            return
        if not self._resolve_unsaved(lambda: self.set_archived(archived)):
            return
        store, project_id = self.store, passport.id

        def done(summary: ProjectSummary) -> None:
            if archived and not self.list_panel.show_archived.isChecked():
                self.list_panel.model.remove(project_id)
                self.editor.show_empty(self.tr("%1 was archived. Tick “Show archived” to see it "
                                               "again.").replace("%1", summary.code))
            else:
                self.list_panel.model.upsert(summary)
                self.load_project(project_id)
            self._update_actions()

        self._run(lambda: project_ops.set_archived(store, project_id, archived), done)

    def delete_project(self) -> None:
        passport = self.editor.passport
        if passport is None or self.store is None:
            return
        if not self.prompts.confirm_delete(self, self.editor.title.text()):
            return
        if self.editor.is_new:  # never saved: nothing to delete in the store
            self.editor.show_empty(self.tr("Select a project on the left, or create one with "
                                           "Ctrl+N."))
            self._update_actions()
            return
        store, project_id = self.store, passport.id

        def done(_id: str) -> None:
            self.list_panel.model.remove(project_id)
            self.editor.show_empty(self.tr("The project was deleted."))
            self._update_actions()

        self._run(lambda: project_ops.delete(store, project_id), done)

    # --- import / export / template ------------------------------------------------------
    def export_json(self) -> None:
        if self.store is None:
            return
        path = self.prompts.save_file(self, self.tr("Export all projects"),
                                      "pm-cockpit-export.json", self.tr("JSON files (*.json)"))
        if path is None:
            return
        store = self.store
        self._run(lambda: project_ops.export_json(store, path),
                  lambda n: self.statusBar().showMessage(
                      self.tr("Exported %n project(s).", "", n), 8000))

    def import_json(self) -> None:
        if self.store is None or not self._resolve_unsaved(self.import_json):
            return
        path = self.prompts.open_file(self, self.tr("Import projects"),
                                      self.tr("JSON files (*.json)"))
        if path is None:
            return
        store = self.store

        def done(counts: tuple[int, int]) -> None:
            created, updated = counts
            self.prompts.info(self, self.tr("Import finished"),
                              self.tr("Projects added: %1 · updated: %2").replace(
                                  "%1", str(created)).replace("%2", str(updated)))
            self.reload_projects()
            if self.editor.passport is not None and not self.editor.is_new:
                self.load_project(self.editor.passport.id)

        self._run(lambda: project_ops.import_json(store, Path(path)), done)

    def edit_onboarding_template(self) -> None:
        if self.store is None:
            return
        from ui.passport.onboarding_template_dialog import OnboardingTemplateDialog

        store = self.store

        def loaded(steps: list) -> None:
            dialog = OnboardingTemplateDialog(steps, self)
            if dialog.exec():
                self._run(lambda: project_ops.save_template(store, dialog.steps()),
                          lambda _r: self.statusBar().showMessage(
                              self.tr("Onboarding template saved. New projects will use it."),
                              8000))

        self._run(lambda: project_ops.get_template(store), loaded)

    def open_planner(self) -> None:
        if self.store is None:
            return
        if getattr(self, "planner", None) is None:
            from ui.meetings.planner_window import PlannerWindow

            self.planner = PlannerWindow(self)
            self.planner.changed.connect(
                lambda: getattr(self, "meetings", None) and self.meetings.refresh())
        else:
            self.planner.refresh()
        self.planner.show()
        self.planner.raise_()
        self.planner.activateWindow()

    def edit_agenda_templates(self) -> None:
        if self.store is None:
            return
        try:
            from ui.meetings.agenda_template_editor import AgendaTemplateEditor
        except ImportError:  # pragma: no cover - built in a later step
            return
        AgendaTemplateEditor(self.runner, self.store, self).exec()

    def about(self) -> None:
        from cockpit import __version__

        self.prompts.info(self, self.tr("About PM Cockpit"), self.tr(
            "PM Cockpit %1\nEvery client project described the same way, offline.").replace(
            "%1", __version__))

    # --- state ---------------------------------------------------------------------------
    def _on_show_archived(self, show: bool) -> None:
        self.settings.show_archived = show
        if self.store is not None:
            self.reload_projects()

    def _update_actions(self) -> None:
        a = self.actions_
        has_store = self.store is not None
        if not self.panels_built:
            for action in a.by_name.values():
                action.setEnabled(action in (a.quit, a.about))
            return
        passport = self.editor.passport
        has_project = passport is not None
        saved_project = has_project and not self.editor.is_new
        archived = bool(passport and passport.fields.archived)
        a.new_project.setEnabled(has_store)
        a.save.setEnabled(has_project)  # also while a cell is being edited (not dirty yet)
        a.revert.setEnabled(has_project and self.editor.dirty)
        a.archive.setEnabled(saved_project and not archived)
        a.unarchive.setEnabled(saved_project and archived)
        a.delete.setEnabled(has_project)
        for action in (a.export_json, a.import_json, a.onboarding_template, a.planner,
                       a.agenda_templates, a.messages, a.message_templates):
            action.setEnabled(has_store)
        title = self.tr("PM Cockpit")
        if has_project:
            title = f"{self.editor.title.text()}{' *' if self.editor.dirty else ''} — {title}"
        self.setWindowTitle(title)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        if self.panels_built:
            self.editor.commit_pending_edits()
        if not self._closing and self.panels_built and self.editor.dirty:
            choice = self.prompts.ask_unsaved(self, self.editor.title.text())
            if choice is UnsavedChoice.CANCEL:
                event.ignore()
                return
            if choice is UnsavedChoice.SAVE:
                # close again once the save has succeeded; a refused save keeps the window
                self.save(after=lambda: QTimer.singleShot(0, self._close_after_save))
                event.ignore()
                return
        self._save_window()
        if getattr(self, "planner", None) is not None:
            self.planner.close()
        if getattr(self, "messages_ctl", None) is not None:
            self.messages_ctl.close_all()  # each compose window stores what was typed
        self._closed = True
        if self.sync_ctl is not None:
            self.sync_ctl.shutdown()  # cuts a waiting run short
        self.runner.wait()
        if self.store is not None:
            self.store.dispose()
        event.accept()

    def open_messages(self) -> None:
        if getattr(self, "messages_ctl", None) is not None:
            self.messages_ctl.show_all()

    def edit_message_templates(self) -> None:
        if self.store is None:
            return
        from ui.messages.template_editor import MessageTemplateEditor

        MessageTemplateEditor(self.runner, self.store, self).exec()

    def _start_sync(self) -> None:
        """The Outlook sync (status bar, its own thread); imported only now, after the paint."""
        if self.sync_ctl is None:
            from ui.sync.controller import SyncController

            self.sync_ctl = SyncController(self)
        self.sync_ctl.start()

    def sync_soon(self) -> None:
        """A message was queued or saved: the sync looks for waiting items in a few seconds."""
        if self.sync_ctl is not None:
            self.sync_ctl.soon()

    def _close_after_save(self) -> None:
        self._closing = True
        self.close()


def _ics_paths(mime: QMimeData) -> list[Path]:
    return [Path(url.toLocalFile()) for url in mime.urls()
            if url.isLocalFile() and url.toLocalFile().lower().endswith((".ics", ".ical"))]
