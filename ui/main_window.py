"""The main window composes: menus and the toolbar over the registered actions, the project
list and the passport, the feature controllers, the status bar. It owns no logic of its own:
each controller is given the app context and the panels it drives, and every change reaches
every view through the context's change signal.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QByteArray, QMimeData, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QLabel, QMainWindow, QToolBar, QWidget

from ui.actions import Actions
from ui.widgets.busy_indicator import BusyIndicator
from ui.widgets.prompts import UnsavedChoice

if TYPE_CHECKING:
    from ui.context import AppContext
    from ui.meetings.controller import MeetingsController
    from ui.meetings.planner_window import PlannerWindow
    from ui.messages.controller import MessagesController
    from ui.passport.editor import PassportEditor
    from ui.projects.controller import ProjectsController
    from ui.projects.list_panel import ProjectListPanel
    from ui.registers.controller import RegistersController
    from ui.satisfaction.controller import SatisfactionController
    from ui.store_watch import StoreWatch

log = logging.getLogger("cockpit.ui")

DEMO_STYLE = ("QLabel#demoBadge { background: #b45309; color: white; font-weight: bold;"
              " padding: 1px 8px; border-radius: 3px; }")


class MainWindow(QMainWindow):
    # forwarded from the projects controller, for the composition root and tests
    projects_loaded = Signal()
    project_loaded = Signal(str)
    project_saved = Signal(str)
    today_shown = Signal(bool)  # Today shows what is owed: live (True), or the last (False)
    closed_for_good = Signal()  # the close went through: the store is disposed

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        ctx.set_dialog_parent(self)
        self._closing = False
        self.sync_ctl: Any = None  # the Outlook sync (ui.sync.controller), once the store opened
        self.projects: ProjectsController | None = None
        self.meetings: MeetingsController | None = None
        self.messages_ctl: MessagesController | None = None
        self.registers: RegistersController | None = None
        self.satisfaction: SatisfactionController | None = None
        self.planner: PlannerWindow | None = None
        self.store_watch: StoreWatch | None = None  # changes made by other programs
        self.backups: Any = None  # ui.backups.controller, with the panels
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
        self.demo_label = QLabel(self.tr("DEMO"), self)  # the demo portfolio's store
        self.demo_label.setObjectName("demoBadge")
        self.demo_label.setStyleSheet(DEMO_STYLE)
        self.demo_label.setToolTip(self.tr(
            "The demo portfolio: sample projects in a store of their own. Nothing here is sent "
            "or synced with Outlook."))
        self.demo_label.hide()
        self.statusBar().addPermanentWidget(self.demo_label)
        from ui.store_windows import StoreWindows

        self.store_windows = StoreWindows(ctx, self)
        self._build_menus()
        self.busy = BusyIndicator(self, self.statusBar())
        ctx.runner.busy_changed.connect(self.busy.set_busy)
        ctx.status_shown.connect(lambda text, ms: self.statusBar().showMessage(text, ms))
        ctx.store_opened.connect(self._store_opened)
        self._restore_window()
        self._update_actions()

    # what tests and the composition root look at
    @property
    def store(self) -> Any:
        return self.ctx.store

    @property
    def failed(self) -> Any:
        return self.ctx.failed

    @property
    def store_opened(self) -> Any:
        return self.ctx.store_opened


    def build_panels(self) -> None:
        """The project list and the passport editor (idempotent)."""
        if self.panels_built:
            return
        from PySide6.QtCore import Qt
        from PySide6.QtWidgets import QSplitter, QStackedWidget

        from ui.passport.editor import PassportEditor
        from ui.projects.controller import ProjectsController
        from ui.projects.list_panel import ProjectListPanel
        from ui.projects.welcome_panel import WelcomePanel

        self.list_panel: ProjectListPanel = ProjectListPanel(self)
        self.editor: PassportEditor = PassportEditor(self)
        self.welcome = WelcomePanel(self)  # the first-run screen: the store has no project
        self.right = QStackedWidget(self)  # the passport, or the first-run screen
        self.right.addWidget(self.editor)
        self.right.addWidget(self.welcome)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(self.list_panel)
        self.splitter.addWidget(self.right)
        self.splitter.setStretchFactor(0, 0)  # the list keeps its width; the passport grows
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setContentsMargins(6, 4, 6, 0)
        from PySide6.QtWidgets import QTabWidget

        from ui.today.controller import TodayController
        from ui.today.panel import TodayPanel

        self.today_panel = TodayPanel(self)
        self.pages = QTabWidget(self)  # Today (the home) and the projects
        self.pages.setObjectName("pages")
        self.pages.setDocumentMode(True)
        self.pages.addTab(self.today_panel, self.tr("Today"))
        self.pages.addTab(self.splitter, self.tr("Projects"))
        self.setCentralWidget(self.pages)
        self.today = TodayController(self.ctx, self.today_panel, self)
        self.today.open_requested.connect(self._open_target)
        self.today.shown.connect(self.today_shown)
        self.today.reveal_requested.connect(self._reveal_today)
        from ui.care.controller import CareSettingsController

        self.care_settings = CareSettingsController(self.ctx, self)
        self.actions_.care_settings.triggered.connect(self.care_settings.open_dialog)
        self.actions_.today.triggered.connect(self.show_today)
        self.actions_.projects_page.triggered.connect(self.show_projects)
        self.projects = ProjectsController(self.ctx, self.list_panel, self.editor, self)
        from ui.backups.controller import BackupsController

        self.backups = BackupsController(self.ctx, self.projects.resolve_unsaved, self)
        self.actions_.backups.triggered.connect(self.backups.open_dialog)
        self.projects.projects_loaded.connect(self.projects_loaded)
        self.projects.project_loaded.connect(self.project_loaded)
        self.projects.project_saved.connect(self.project_saved)
        self.projects.state_changed.connect(self._update_actions)
        self.projects.welcome_wanted.connect(self._show_welcome)
        self.welcome.create_requested.connect(self.actions_.new_project.trigger)
        self.welcome.import_requested.connect(self.actions_.import_json.trigger)
        self.welcome.demo_requested.connect(self.actions_.open_demo.trigger)
        self.editor.tabs_built.connect(self._attach_tab_controllers)
        self._connect_actions(self.projects)
        self.setAcceptDrops(True)  # .ics files dropped on the window are imported
        self.panels_built = True
        self.actions_.apply_shortcuts()
        self._restore_panels()
        self.list_panel.set_loading(self.tr("Opening the project store…"))
        self.editor.show_empty(self.tr("Opening the project store…"))
        self._update_actions()

    def open_store(self, db: str | None, *, demo: bool = False) -> None:
        """``db`` (else the user's own store), or with ``demo`` the demo portfolio's store."""
        self.build_panels()
        assert self.projects is not None
        from ui.settings import store_key

        self.today.show_last(store_key(db, demo))
        self.projects.open_store(db, demo=demo)

    def _show_welcome(self, wanted: bool) -> None:
        self.right.setCurrentWidget(self.welcome if wanted else self.editor)
        if wanted:  # no project yet: the first-run screen is the home
            self.show_projects()

    def show_today(self) -> None:
        if self.panels_built:
            self.pages.setCurrentWidget(self.today_panel)
            self.today_panel.view.setFocus()

    def _reveal_today(self) -> None:
        self.show_today()
        if self.isMinimized():
            self.showNormal()
        self.raise_()
        self.activateWindow()

    def show_projects(self) -> None:
        if self.panels_built:
            self.pages.setCurrentWidget(self.splitter)

    def _open_target(self, target: Any) -> None:
        """What fulfils a Today item: a prefilled message, the follow-up of a meeting, the
        reply to a mail — or the passport at the series, the governance meetings or the
        onboarding step."""
        from cockpit.care.actions import Verb

        if target.verb in (Verb.COMPOSE, Verb.REPLY, Verb.FOLLOW_UP):
            if self.messages_ctl is None:
                self.editor.build_tabs()  # attaches the messages controller
            assert self.messages_ctl is not None
            if target.verb is Verb.FOLLOW_UP:
                self.messages_ctl.follow_up(target.series_id, target.original_start)
            else:
                self.messages_ctl.compose(target.kind, target.source)
            return
        assert self.projects is not None

        def there() -> None:
            if target.verb is Verb.ONBOARDING:
                self.editor.show_onboarding_step(target.step_id)
            elif target.verb is Verb.FLAG:
                if self.satisfaction is not None and target.entry_id:
                    self.satisfaction.reveal_flag(target.entry_id)
            elif target.verb is Verb.REGISTER:
                self.editor.tabs.setCurrentWidget(self.editor.registers)
                if self.registers is not None:
                    self.registers.show_entry(target.register, target.entry_id)
            elif self.meetings is not None:
                self.editor.tabs.setCurrentWidget(self.editor.meetings)
                if target.verb is Verb.SERIES:
                    self.meetings.open_series(target.series_id)
                else:
                    self.meetings.set_up_governance()

        self.show_projects()
        self.projects.show_project(target.project_id, there)

    def load_project(self, project_id: str) -> None:
        if self.projects is not None:
            self.projects.load_project(project_id)

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
        file_menu.addAction(a.backups)
        file_menu.addSeparator()
        file_menu.addAction(a.open_store)
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
        settings_menu.addAction(a.care_settings)
        settings_menu.addAction(a.onboarding_template)
        view_menu = bar.addMenu(self.tr("&View"))
        view_menu.addAction(a.today)
        view_menu.addAction(a.projects_page)
        help_menu = bar.addMenu(self.tr("&Help"))
        help_menu.addAction(a.open_demo)
        help_menu.addSeparator()
        help_menu.addAction(a.about)
        toolbar = QToolBar(self.tr("Main toolbar"), self)
        toolbar.setObjectName("mainToolbar")  # actions without icons show their text
        for action in (a.new_project, a.save, a.revert, a.archive, a.unarchive, a.delete):
            toolbar.addAction(action)
        self.addToolBar(toolbar)
        a.quit.triggered.connect(self.close)
        a.open_store.triggered.connect(self.store_windows.open_other)
        a.open_demo.triggered.connect(self.store_windows.open_demo)
        a.about.triggered.connect(self.about)
        a.planner.triggered.connect(self.open_planner)
        a.agenda_templates.triggered.connect(self.edit_agenda_templates)
        a.messages.triggered.connect(self.open_messages)
        a.message_templates.triggered.connect(self.edit_message_templates)

    def _connect_actions(self, projects: ProjectsController) -> None:
        a = self.actions_
        a.new_project.triggered.connect(projects.new_project)
        a.save.triggered.connect(lambda: projects.save())
        a.revert.triggered.connect(projects.revert)
        a.find.triggered.connect(self.list_panel.focus_filter)
        a.archive.triggered.connect(lambda: projects.set_archived(True))
        a.unarchive.triggered.connect(lambda: projects.set_archived(False))
        a.delete.triggered.connect(projects.delete_project)
        a.export_json.triggered.connect(projects.export_json)
        a.import_json.triggered.connect(projects.import_json)
        a.onboarding_template.triggered.connect(projects.edit_onboarding_template)

    def _attach_tab_controllers(self) -> None:
        """The Meetings and Messages tabs' controllers, once the tabs exist; the signals
        between features are wired here, where the features are composed."""
        from ui.meetings.controller import MeetingsController
        from ui.messages.controller import MessagesController
        from ui.registers.controller import RegistersController

        assert self.projects is not None
        self.meetings = MeetingsController(self.ctx, self.editor, self)
        self.messages_ctl = MessagesController(self.ctx, self.editor, self.projects, self)
        self.registers = RegistersController(self.ctx, self.editor, self)
        self.registers.compose_requested.connect(self.messages_ctl.compose)
        from ui.satisfaction.controller import SatisfactionController

        self.satisfaction = SatisfactionController(self.ctx, self.editor, self)
        self.satisfaction.compose_requested.connect(self.messages_ctl.compose)
        self.meetings.confirm_decision_requested.connect(self.messages_ctl.confirm_decision)
        self._load_company_rules()
        self.ctx.changed.connect(self._care_settings_changed)

    def _care_settings_changed(self, changes: Any) -> None:
        if changes.setting("care"):
            self._load_company_rules()

    def _load_company_rules(self) -> None:
        """The company's rule settings, for the Care rules tab's rows that follow them."""
        store = self.ctx.store
        if store is None or not self.panels_built:
            return
        from ui.care.ops import company_rules

        self.ctx.run(lambda: company_rules(store), self.editor.care_rules.set_company)

    def _store_opened(self) -> None:
        store = self.ctx.store
        if store is not None:
            self.store_label.setText(store.location.display())
        if store is not None and store.demo:
            self.demo_label.show()
            self._refuse_sync_in_demo()
        else:
            self._start_sync()
        self._update_actions()
        if self.backups is not None:
            self.backups.start()
        if self.panels_built:
            self.today.refresh()
            if self.meetings is not None:  # the passport's tabs exist
                self._load_company_rules()
        if self.store_watch is None:
            from ui.store_watch import StoreWatch

            self.store_watch = StoreWatch(self.ctx, self)
        self.store_watch.note()


    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802
        if _ics_paths(event.mimeData()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802
        paths = _ics_paths(event.mimeData())
        if not paths:
            return
        event.acceptProposedAction()
        if self.meetings is None or self.editor.meetings.project_id is None:
            self.ctx.prompts.info(self, self.tr("Import a calendar file"), self.tr(
                "Open a saved project first: the meetings are imported into it."))
            return
        for path in paths:
            self.meetings.import_file(path)

    def _restore_window(self) -> None:
        settings = self.ctx.settings
        geometry = settings.window_bytes("geometry")
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(1360, 820)
        state = settings.window_bytes("state")
        if state is not None:
            self.restoreState(state)

    def _restore_panels(self) -> None:
        settings = self.ctx.settings
        # the list's columns first: the list is as wide as they need, the passport gets the rest
        self.list_panel.restore_columns(settings.window_bytes("project_list_columns"))
        splitter = settings.window_bytes("splitter")
        if splitter is None or not self.splitter.restoreState(splitter):
            list_width = self.list_panel.preferred_width()
            self.splitter.setSizes([list_width, max(self.width() - list_width, 600)])
        self.list_panel.show_archived.blockSignals(True)
        self.list_panel.show_archived.setChecked(settings.show_archived)
        self.list_panel.show_archived.blockSignals(False)

    def _save_window(self) -> None:
        settings = self.ctx.settings
        settings.set_window_bytes("geometry", self.saveGeometry())
        settings.set_window_bytes("state", self.saveState())
        if not self.panels_built:
            settings.sync()
            return
        settings.set_window_bytes("splitter", self.splitter.saveState())
        settings.set_window_bytes("project_list_columns",
                                  QByteArray(self.list_panel.view.horizontalHeader().saveState()))
        if (self.editor.passport is not None and not self.editor.is_new
                and self.projects is not None):
            settings.set_last_project(self.projects.store_key, self.editor.passport.id)
        settings.sync()

    # --- windows opened from the menus ---------------------------------------------------
    def open_planner(self) -> None:
        if self.ctx.store is None:
            return
        if self.messages_ctl is None:
            self.editor.build_tabs()  # the follow-ups it asks for go to the messages controller
        if self.planner is None:
            from ui.meetings.planner_window import PlannerWindow

            self.planner = PlannerWindow(self.ctx)
            if self.messages_ctl is not None:
                self.planner.follow_up_requested.connect(self.messages_ctl.follow_up)
        else:
            self.planner.refresh()
        self.planner.show()
        self.planner.raise_()
        self.planner.activateWindow()

    def edit_agenda_templates(self) -> None:
        if self.ctx.store is None:
            return
        from ui.meetings.agenda_template_editor import AgendaTemplateEditor

        AgendaTemplateEditor(self.ctx, self).exec()

    def open_messages(self) -> None:
        if self.ctx.store is None:
            return
        if self.messages_ctl is None:
            self.editor.build_tabs()  # attaches the messages controller
        if self.messages_ctl is not None:
            self.messages_ctl.show_all()

    def edit_message_templates(self) -> None:
        if self.ctx.store is None:
            return
        from ui.messages.template_editor import MessageTemplateEditor

        MessageTemplateEditor(self.ctx, self).exec()

    def about(self) -> None:
        from cockpit import __version__

        self.ctx.prompts.info(self, self.tr("About PM Cockpit"), self.tr(
            "PM Cockpit %1\nEvery client project described the same way, offline.").replace(
            "%1", __version__))

    # --- state ---------------------------------------------------------------------------
    def _update_actions(self) -> None:
        a = self.actions_
        has_store = self.ctx.store is not None
        if not self.panels_built:
            for action in a.by_name.values():
                action.setEnabled(action in (a.quit, a.about, a.open_store, a.open_demo))
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
        a.find.setEnabled(True)  # the list filters from the first (quick) rows on
        a.today.setEnabled(True)
        a.projects_page.setEnabled(True)
        for action in (a.export_json, a.import_json, a.backups, a.onboarding_template,
                       a.care_settings, a.planner,
                       a.agenda_templates, a.messages, a.message_templates):
            action.setEnabled(has_store)
        title = self.tr("PM Cockpit")
        if self.ctx.store is not None and self.ctx.store.demo:
            title = self.tr("DEMO — PM Cockpit")
        if has_project:
            title = f"{self.editor.title.text()}{' *' if self.editor.dirty else ''} — {title}"
        self.setWindowTitle(title)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        if not self._closing and self.projects is not None:
            choice = self.projects.close_pending()
            if choice is UnsavedChoice.CANCEL:
                event.ignore()
                return
            if choice is UnsavedChoice.SAVE:
                # close again once the save has succeeded; a refused save keeps the window
                self.projects.save(after=lambda: QTimer.singleShot(0, self._close_after_save))
                event.ignore()
                return
        self._save_window()
        if self.planner is not None:
            self.planner.close()
        if self.messages_ctl is not None:
            self.messages_ctl.close_all()  # each compose window stores what was typed
        self.ctx.closed = True
        if self.sync_ctl is not None:
            self.sync_ctl.shutdown()  # cuts a waiting run short
        self.ctx.runner.wait()
        if self.ctx.store is not None:
            self.ctx.store.dispose()
        event.accept()
        self.closed_for_good.emit()

    def _start_sync(self) -> None:
        """The Outlook sync (status bar, its own thread); imported only now, after the paint."""
        if self.sync_ctl is None:
            from ui.sync.controller import SyncController

            self.sync_ctl = SyncController(self.ctx, self.actions_, self.statusBar(), parent=self)
            self.sync_ctl.waiting_requested.connect(self.open_messages)
        self.sync_ctl.start()

    def _refuse_sync_in_demo(self) -> None:
        """The demo portfolio's window has no sync: its Outlook actions say why (the core
        refuses a run on the demo's store as well)."""
        a = self.actions_

        def refuse() -> None:
            self.ctx.prompts.info(self, self.tr("The demo portfolio never syncs"), self.tr(
                "This window shows the demo portfolio, kept in a store of its own. It never "
                "sends mail, syncs or writes to Outlook, so its sample customers cannot receive "
                "anything.\n\nOpen your own store (File → Open store…) to work with Outlook."))

        for action in (a.sync_now, a.sign_in, a.sign_out, a.outlook_settings):
            action.triggered.connect(refuse)
            action.setEnabled(True)

    def _close_after_save(self) -> None:
        self._closing = True
        self.close()


def _ics_paths(mime: QMimeData) -> list[Path]:
    return [Path(url.toLocalFile()) for url in mime.urls()
            if url.isLocalFile() and url.toLocalFile().lower().endswith((".ics", ".ical"))]
