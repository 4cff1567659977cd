"""Carries out what the project list and the passport ask for: open the store, list, load,
create, save, revert, archive, delete, import and export, and the onboarding template.

It drives the two panels it is given and nothing else. Changes made elsewhere (the sync, an
import, another window, the command line) reach it through the context's change signal: the
list repaints the rows concerned and a passport without unsaved edits is read again.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer, Signal

from cockpit.changes import ANY, Changes
from cockpit.errors import KnownError
from ui.controller import Controller
from ui.first_paint import AfterFirstPaint
from ui.labels import error_text
from ui.projects import ops as project_ops
from ui.widgets.parse_error import ParseError
from ui.widgets.prompts import UnsavedChoice

if TYPE_CHECKING:
    from cockpit.domain.passport import Passport, ProjectSummary
    from cockpit.domain.signals import HealthSignal
    from cockpit.services.transfer import ImportResult
    from ui.context import AppContext
    from ui.passport.editor import PassportEditor
    from ui.projects.list_panel import ProjectListPanel

log = logging.getLogger("cockpit.ui")


class ProjectsController(Controller):
    projects_loaded = Signal()
    project_loaded = Signal(str)
    project_saved = Signal(str)
    state_changed = Signal()  # the shown project, its dirty state or the store changed
    welcome_wanted = Signal(bool)  # the store holds no project at all: the first-run screen

    def __init__(self, ctx: AppContext, list_panel: ProjectListPanel, editor: PassportEditor,
                 parent: QObject | None = None) -> None:
        super().__init__(ctx, parent)
        self.list_panel = list_panel
        self.editor = editor
        self._quick_listed = False
        self.store_key = ""  # which store the window works on: its last project is its own
        self._warned = False  # the status bar shows the "fields need attention" warning
        list_panel.project_selected.connect(self._on_project_selected)
        list_panel.show_archived_changed.connect(self._on_show_archived)
        editor.dirty_changed.connect(lambda _d: self.state_changed.emit())
        editor.issues_shown.connect(self._on_issues_shown)
        ctx.status_shown.connect(self._on_status_shown)
        ctx.changed.connect(self._on_changed)

    # --- opening the store --------------------------------------------------------------
    def open_store(self, db: str | None, *, demo: bool = False) -> None:
        """The store the window works on: ``db`` (else the user's own), or the demo
        portfolio's own store. A ``--db`` file that is not there is created only when the
        user says so."""
        ctx = self.ctx
        from ui.settings import store_key

        self.store_key = store_key(db, demo)

        def open_fully(create: bool = False) -> None:
            if ctx.closed:
                return
            self._run(lambda: project_ops.open_store(db, demo=demo, create=create),
                      self._opened, failed)

        def quick(rows: list[ProjectSummary] | None) -> None:
            if rows is None or ctx.store is not None:
                open_fully()
                return
            self._quick_listed = True
            self._show_rows(rows, select=None)
            # Let the list paint before the worker imports SQLAlchemy: while it does, it
            # holds the interpreter lock and the list's model would wait for it.
            if self.list_panel.view.isVisible():
                AfterFirstPaint(self.list_panel.view.viewport(), open_fully, fallback_ms=300)
            else:  # the window opened on Today: nothing of the list to paint first
                QTimer.singleShot(0, open_fully)

        def failed(exc: BaseException) -> None:
            self._open_failed(exc, db, lambda: open_fully(create=True))

        if demo:  # the demo's file is found (or made) by the full open
            open_fully()
            return
        include = self.list_panel.show_archived.isChecked()
        # First the list straight from the file (no SQLAlchemy needed), then the full store.
        self._run(lambda: project_ops.quick_list(db, include), quick,
                  lambda _e: open_fully())

    def _opened(self, result: project_ops.Opened) -> None:
        ctx = self.ctx
        if ctx.closed:  # closed while the store was opening: start nothing more
            result.store.dispose()
            return
        ctx.store = result.store
        if result.store.backup is not None:
            ctx.status(self.tr("Database upgraded; a backup was saved to %1").replace(
                "%1", str(result.store.backup)), 15000)
        if result.demo_added:
            ctx.status(self.tr("The demo portfolio was created in a store of its own. It "
                               "never sends mail or syncs with Outlook."), 15000)
        ctx.store_opened.emit()
        self.editor.show_empty(self.tr("Select a project on the left, or create one with "
                                       "Ctrl+N."))
        last = ctx.settings.last_project(self.store_key) or None
        if self._quick_listed and not result.demo_added and result.store.backup is None:
            self._select_after_open(last)  # the list on screen is already the store's
            self.refresh_signals()
            if self.list_panel.model.rowCount() == 0:
                self._check_empty()
        else:
            self.reload_projects(select=last)

    def _open_failed(self, exc: BaseException, db: str | None,
                     create: Callable[[], None]) -> None:
        ctx = self.ctx
        if not isinstance(exc, KnownError):
            ctx.show_failure(exc)
            return
        from cockpit.errors import ErrorCode

        if exc.code is ErrorCode.DB_MISSING and db and ctx.prompts.confirm(
                self._parent(), self.tr("No store there"),
                self.tr("There is no project store at %1.\n\nCreate a new, empty store "
                        "there?").replace("%1", db), self.tr("Create store")):
            create()
            return
        log.error("cannot open the store: %s", exc.message)
        message = error_text(exc.code, exc.message)
        # the reason once, in the dialog; the window says what to do next
        self.list_panel.set_loading(self.tr("No project store is open."))
        self.editor.show_empty(self.tr("The project store could not be opened. Choose "
                                       "another with File → Open store… (Ctrl+O)."))
        ctx.failed.emit(exc.message)
        ctx.prompts.error(self._parent(), self.tr("Cannot open the project store"), message)

    # --- the list -----------------------------------------------------------------------
    def reload_projects(self, select: str | None = None) -> None:
        include = self.list_panel.show_archived.isChecked()
        store = self.store
        self._run(lambda: project_ops.list_projects(store, include),
                  lambda rows: self._show_rows(rows, select))

    def refresh_signals(self) -> None:
        """What every project's data shows (overdue invoices, late tasks, …), beside the
        health the PM set; read after the list, so the list never waits for it."""
        if self.store is None:
            return
        store, today = self.store, self.ctx.clock.today()
        self._run(lambda: project_ops.health_signals(store, today), self._show_signals)

    def _show_signals(self, signals: dict[str, list[HealthSignal]]) -> None:
        self.list_panel.model.set_signals(signals)
        shown = self.editor.passport
        self.editor.set_signals(signals.get(shown.id, []) if shown and not self.editor.is_new
                                else [])

    def _show_rows(self, rows: list[ProjectSummary], select: str | None) -> None:
        self.list_panel.model.set_rows(rows)
        self.editor.set_suggestions(
            sorted({r.department for r in rows if r.department}),
            sorted({r.customer for r in rows if r.customer}))
        self.projects_loaded.emit()
        self._select_after_open(select)
        self.refresh_signals()
        if rows or self.store is None:
            self.welcome_wanted.emit(False)
        else:
            self._check_empty()

    def _check_empty(self) -> None:
        """No row shown: is the store new (first-run screen) or are all projects archived?"""
        store = self.store
        if store is None:
            return
        self._run(lambda: project_ops.count_projects(store),
                  lambda count: self.welcome_wanted.emit(count == 0 and not store.demo))

    def _select_after_open(self, select: str | None) -> None:
        target = select or (self.editor.passport.id if self.editor.passport else None)
        if self.store is not None and target and self.list_panel.model.row_of(target) is not None:
            if self.editor.passport is not None and self.editor.passport.id == target:
                self.list_panel.select(target, quiet=True)
            elif self.list_panel.current_id() == target:  # picked while the store was opening
                self.load_project(target)
            else:
                self.list_panel.select(target)
        self.state_changed.emit()

    def _on_changed(self, changes: Changes) -> None:
        """Another part of the app (or another program) changed projects: repaint their rows;
        read the shown passport again unless it has unsaved edits."""
        if self.store is None:
            return
        relists = changes.origin is not self and (changes.project_list
                                                  or ANY in changes.projects)
        if not relists and (changes.projects or changes.project_list or changes.tasks
                            or changes.messages):
            self.refresh_signals()  # also after its own saves; a new list reads them anyway
        if changes.origin is self:
            return
        shown = self.editor.passport
        if relists:
            self.reload_projects()
        elif changes.projects:
            ids = sorted(changes.projects)
            include = self.list_panel.show_archived.isChecked()
            store = self.store
            self._run(lambda: project_ops.summaries(store, ids, include), self._repaint_rows)
        if shown is not None and not self.editor.is_new and changes.project(shown.id):
            self.editor.commit_pending_edits()
            if not self.editor.dirty:
                self.load_project(shown.id)

    def _repaint_rows(self, result: tuple[list[ProjectSummary], list[str]]) -> None:
        found, gone = result
        for summary in found:
            self.list_panel.model.upsert(summary)
        for project_id in gone:
            if self.editor.passport is None or self.editor.passport.id != project_id:
                self.list_panel.model.remove(project_id)

    # --- selection and loading ----------------------------------------------------------
    def _on_project_selected(self, project_id: str) -> None:
        if self.store is None:  # clicked while the store is still opening: load it then
            self.ctx.settings.set_last_project(self.store_key, project_id)
            return
        current = self.editor.passport
        if current is not None and current.id == project_id:
            return
        if not self.resolve_unsaved(lambda: self._open_selected(project_id)):
            shown = self.editor.passport
            if shown is not None and current is not None and shown.id == current.id \
                    and not self.editor.is_new:
                self.list_panel.select(current.id, quiet=True)  # cancelled, or still saving
            return
        self.load_project(project_id)

    def show_project(self, project_id: str, then: Callable[[], None]) -> None:
        """Show ``project_id`` in the list and the passport (its unsaved edits resolved
        first), then ``then()`` — at once when it is the one on screen."""
        current = self.editor.passport
        if current is not None and current.id == project_id and not self.editor.is_new:
            then()
            return
        if not self.resolve_unsaved(lambda: self.show_project(project_id, then)):
            return

        def loaded(loaded_id: str) -> None:
            if loaded_id == project_id:
                self.project_loaded.disconnect(loaded)
                then()

        self.project_loaded.connect(loaded)
        self.list_panel.select(project_id, quiet=True)
        self.load_project(project_id)

    def _open_selected(self, project_id: str) -> None:
        """After "save first": show the project the user had clicked, in list and editor."""
        self.list_panel.select(project_id, quiet=True)
        self.load_project(project_id)

    def resolve_unsaved(self, then: Callable[[], None]) -> bool:
        """True: go ahead now. False: not now (cancelled, or saving first and ``then`` later)."""
        self.editor.commit_pending_edits()
        if not self.editor.dirty or self.editor.passport is None:
            return True
        name = self.editor.title.text()
        choice = self.ctx.prompts.ask_unsaved(self._parent(), name)
        if choice is UnsavedChoice.DISCARD:
            return True
        if choice is UnsavedChoice.SAVE:
            self.save(after=then)
        return False

    def load_project(self, project_id: str) -> None:
        store = self.store

        def loaded(passport: Passport) -> None:
            self.editor.load(passport)
            self.editor.set_signals(self.list_panel.model.signals_of(passport.id))
            self.ctx.settings.set_last_project(self.store_key, passport.id)
            self.state_changed.emit()
            self.project_loaded.emit(passport.id)

        self._run(lambda: project_ops.load(store, project_id), loaded)

    def new_project(self) -> None:
        if self.store is None:
            return
        if not self.resolve_unsaved(self.new_project):
            return
        store = self.store

        def created(passport: Passport) -> None:
            self.welcome_wanted.emit(False)
            self.list_panel.view.clearSelection()
            self.editor.load(passport, is_new=True)
            self.editor.set_signals([])
            self.state_changed.emit()

        self._run(lambda: project_ops.new(store), created)

    # --- saving -------------------------------------------------------------------------
    def save(self, after: Callable[[], None] | None = None) -> None:
        if self.store is None or self.editor.passport is None:
            return
        self.editor.commit_pending_edits()
        if not self.editor.dirty and not self.editor.is_new:
            self.ctx.status(self.tr("Nothing to save."), 4000)
            if after is not None:
                after()
            return
        edit_count = self.editor.edit_count
        try:
            passport = self.editor.collect()
        except ParseError:
            self.editor.focus_first_parse_error()
            self._warn_fields()
            return
        from cockpit.domain.validation import validate_passport

        issues = validate_passport(passport)
        if issues:
            self.editor.reveal(issues)
            self._warn_fields()
            return
        store = self.store

        def saved(result: tuple[Passport, ProjectSummary]) -> None:
            passport_saved, summary = result
            self.editor.saved(passport_saved, edit_count)
            self.list_panel.model.upsert(summary)
            self.list_panel.select(summary.id, quiet=True)
            self.ctx.settings.set_last_project(self.store_key, summary.id)
            self.ctx.status(self.tr("Saved %1.").replace("%1", summary.code), 5000)
            self.state_changed.emit()
            self.project_saved.emit(summary.id)
            if after is not None:
                after()

        self._run(lambda: project_ops.save(store, passport), saved)

    def _warn_fields(self) -> None:
        self.ctx.status(self._warning_text(), 8000)
        self._warned = True

    def _warning_text(self) -> str:
        return self.tr("Some fields need attention before saving.")

    def _on_status_shown(self, text: str, _msecs: int) -> None:
        if text != self._warning_text():
            self._warned = False  # another message replaced the warning: leave it be

    def _on_issues_shown(self, count: int) -> None:
        """The problems are gone (fixed, reverted, another project shown): so is the
        warning about them."""
        if count == 0 and self._warned:
            self._warned = False
            self.ctx.status("", 1)

    def revert(self) -> None:
        passport = self.editor.passport
        if passport is None:
            return
        if self.editor.is_new:
            self.editor.show_empty(self.tr("Select a project on the left, or create one with "
                                           "Ctrl+N."))
        else:
            self.load_project(passport.id)

    # --- archive and delete -------------------------------------------------------------
    def set_archived(self, archived: bool) -> None:
        passport = self.editor.passport
        if passport is None or self.editor.is_new or self.store is None:
            return
        if not self.resolve_unsaved(lambda: self.set_archived(archived)):
            return
        store, project_id = self.store, passport.id

        def done(summary: ProjectSummary) -> None:
            if archived and not self.list_panel.show_archived.isChecked():
                self.list_panel.remove(project_id)
                self.editor.show_empty(self.tr("%1 was archived. Tick “Show archived” to see it "
                                               "again.").replace("%1", summary.code))
            else:
                self.list_panel.model.upsert(summary)
                self.load_project(project_id)
            if archived:
                self.list_panel.notice.show_note(
                    self.tr("Archived %1").replace("%1", f"{summary.code} — {summary.name}"),
                    lambda: self.undo_archive(project_id))
            else:
                self.list_panel.notice.dismiss()
            self.state_changed.emit()

        self._run(lambda: project_ops.set_archived(store, project_id, archived), done)

    def undo_archive(self, project_id: str) -> None:
        """Bring back the project just archived, and show it again if nothing else is."""
        if self.store is None:
            return
        store = self.store

        def restored(summary: ProjectSummary) -> None:
            self.list_panel.model.upsert(summary)
            shown = self.editor.passport
            if shown is None:
                self.list_panel.select(project_id)  # opens its passport
            elif shown.id == project_id and not self.editor.dirty:
                self.load_project(project_id)
            self.ctx.status(self.tr("%1 is no longer archived.").replace("%1", summary.code), 5000)
            self.state_changed.emit()

        self._run(lambda: project_ops.set_archived(store, project_id, False), restored)

    def delete_project(self) -> None:
        passport = self.editor.passport
        if passport is None or self.store is None:
            return
        if not self.ctx.prompts.confirm_delete(self._parent(), self.editor.title.text()):
            return
        if self.editor.is_new:  # never saved: nothing to delete in the store
            self.editor.show_empty(self.tr("Select a project on the left, or create one with "
                                           "Ctrl+N."))
            self.state_changed.emit()
            return
        store, project_id = self.store, passport.id

        def done(_id: str) -> None:
            self.list_panel.remove(project_id)
            self.editor.show_empty(self.tr("The project was deleted."))
            self.state_changed.emit()

        self._run(lambda: project_ops.delete(store, project_id), done)

    # --- import / export / template -----------------------------------------------------
    def export_json(self) -> None:
        if self.store is None:
            return
        path = self.ctx.prompts.save_file(self._parent(), self.tr("Export everything to JSON"),
                                          "pm-cockpit-export.json",
                                          self.tr("JSON files (*.json)"))
        if path is None:
            return
        store = self.store
        self._run(lambda: project_ops.export_json(store, path),
                  lambda n: self.ctx.status(self.tr("Exported %n project(s).", "", n), 8000))

    def import_json(self) -> None:
        if self.store is None or not self.resolve_unsaved(self.import_json):
            return
        path = self.ctx.prompts.open_file(self._parent(), self.tr("Import a JSON export"),
                                          self.tr("JSON files (*.json)"))
        if path is None:
            return
        store = self.store

        def done(result: ImportResult) -> None:
            lines = [self.tr("Projects added: %1 · updated: %2").replace(
                "%1", str(result.created)).replace("%2", str(result.updated))]
            if result.kept:
                lines.append(self.tr("%n record(s) changed here after the export were kept as "
                                     "they are.", "", result.kept))
            if result.removed:
                lines.append(self.tr("%n record(s) that the newer file no longer holds were "
                                     "removed.", "", result.removed))
            if result.backup is not None:
                lines.append(self.tr("The store as it was before is kept in %1.").replace(
                    "%1", str(result.backup)))
            self.ctx.prompts.info(self._parent(), self.tr("Import finished"), "\n".join(lines))
            self.reload_projects()
            if self.editor.passport is not None and not self.editor.is_new:
                self.load_project(self.editor.passport.id)

        self._run(lambda: project_ops.import_json(store, Path(path)), done)

    def edit_onboarding_template(self) -> None:
        if self.store is None:
            return
        from ui.passport.onboarding_template_dialog import OnboardingTemplateDialog

        store = self.store

        def loaded(steps: list[Any]) -> None:
            dialog = OnboardingTemplateDialog(steps, self._parent())
            if dialog.exec():
                self._run(lambda: project_ops.save_template(store, dialog.steps()),
                          lambda _r: self.ctx.status(
                              self.tr("Onboarding template saved. New projects will use it."),
                              8000))

        self._run(lambda: project_ops.get_template(store), loaded)

    def _on_show_archived(self, show: bool) -> None:
        self.ctx.settings.show_archived = show
        if self.store is not None:
            self.reload_projects()

    def close_pending(self) -> UnsavedChoice | None:
        """Before the window closes: None when nothing is unsaved, else the PM's answer."""
        self.editor.commit_pending_edits()
        if not self.editor.dirty:
            return None
        return self.ctx.prompts.ask_unsaved(self._parent(), self.editor.title.text())
