"""Carries out what the Meetings tab asks for: proposals, editing, invites, import."""

from __future__ import annotations

import copy
from datetime import timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QUrl, Signal
from PySide6.QtGui import QDesktopServices

from cockpit.domain.enums import EscalationLevel, Side
from cockpit.domain.meetings import SeriesData, SeriesType
from ui.controller import Controller
from ui.meetings import planner_ops as planner

if TYPE_CHECKING:
    from cockpit.changes import Changes
    from ui.context import AppContext
    from ui.passport.editor import PassportEditor


class MeetingsController(Controller):
    """Drives the passport's Meetings tab; refreshes it when series of its project change."""

    confirm_decision_requested = Signal(str, str)  # project id, decision id

    def __init__(self, ctx: AppContext, editor: PassportEditor,
                 parent: QObject | None = None) -> None:
        super().__init__(ctx, parent)
        self.editor = editor
        self.tab = tab = editor.meetings
        tab.project_shown.connect(self.refresh)
        tab.governance_requested.connect(self.set_up_governance)
        tab.new_requested.connect(self.new_series)
        tab.edit_requested.connect(self.edit_series)
        tab.preview_requested.connect(self.preview)
        tab.save_invite_requested.connect(lambda sid: self.save_invite(sid, "REQUEST"))
        tab.open_in_calendar_requested.connect(self.open_in_calendar)
        tab.cancel_requested.connect(self.cancel_series)
        tab.delete_requested.connect(self.delete_series)
        tab.import_requested.connect(self.choose_import)
        tab.log_requested.connect(self.show_log)
        ctx.changed.connect(self._on_changed)

    def _on_changed(self, changes: Changes) -> None:
        if changes.origin is self:
            return
        if changes.meetings() or changes.project(self.tab.project_id):
            self.refresh()  # its series, or the people and zones they are checked against
        elif changes.messages:
            self.refresh_follow_ups()  # a follow-up drafted, queued or sent

    def refresh_follow_ups(self) -> None:
        project_id, store = self.tab.project_id, self.store
        rows = list(self.tab.model.rows)
        if project_id is None or store is None or not rows:
            return

        def shown(found: dict[str, Any]) -> None:
            if self.tab.project_id == project_id and list(self.tab.model.rows) == rows:
                self.tab.model.set_follow_ups(found)

        self._run(lambda: planner.latest_follow_ups(store, [s.id for s in rows]), shown)

    # --- helpers ---------------------------------------------------------------------
    def _people(self) -> list[tuple[str, str, str]]:
        passport = self.editor.passport
        seen: dict[str, tuple[str, str, str]] = {}
        for m in passport.members if passport else []:
            seen.setdefault(m.person_id, (f"{m.name} — {m.role}" if m.role else m.name,
                                          m.person_id, m.time_zone))
        return list(seen.values())

    def _my_zone(self) -> str:
        passport = self.editor.passport
        for m in passport.members if passport else []:
            if m.side is Side.VENDOR and m.escalation_level is EscalationLevel.PROJECT:
                return m.time_zone
        return passport.fields.customer_time_zone if passport else "UTC"

    def _edit_dialog(self, series: SeriesData, templates: list[tuple[str, str]]
                     ) -> SeriesData | None:
        from ui.meetings.series_dialog import SeriesDialog

        store = self.store

        def checker(candidate: SeriesData) -> list[Any]:
            from ui.meetings.ops import check_series

            return check_series(store, candidate)

        dialog = SeriesDialog(series, self._people(), templates, self._my_zone(), self._parent(),
                              checker=checker)
        return dialog.series if dialog.exec() else None

    def refresh(self, project_id: str | None = None) -> None:
        project_id = project_id or self.tab.project_id
        if project_id is None or self.store is None:
            return
        store = self.store
        selected = self.tab.selected()

        def shown(overview: planner.SeriesOverview) -> None:
            if self.tab.project_id == project_id:
                self.tab.set_series(overview.series, overview.warnings, overview.follow_ups)
                if selected is not None:
                    self.tab.select(selected.id)

        self._run(lambda: planner.series_overview(store, project_id), shown)

    def _saved(self, message: str) -> Any:
        def done(_result: Any) -> None:
            self.ctx.status(message, 8000)
            self.refresh()
        return done

    # --- actions ---------------------------------------------------------------------
    def set_up_governance(self) -> None:
        project_id, store = self.tab.project_id, self.store
        if project_id is None:
            return

        def proposed(result: tuple[list[SeriesData], list[tuple[str, str]]]) -> None:
            proposals, templates = result
            if not proposals:
                self.ctx.prompts.info(self._parent(), self.tr("Governance meetings"), self.tr(
                    "This project already has its weekly, biweekly and executive meetings."))
                return
            from ui.meetings.proposals_dialog import ProposalsDialog

            dialog = ProposalsDialog(proposals, self._my_zone(),
                                     lambda s: self._edit_dialog(s, templates), self._parent())
            if dialog.exec() and dialog.chosen():
                chosen = dialog.chosen()
                self._run(lambda: planner.save_many(store, chosen), self._saved(
                    self.tr("Governance meetings created. Preview and send the invites.")))

        self._run(lambda: (planner.propose(store, project_id), planner.template_choices(store)),
                  proposed)

    def new_series(self) -> None:
        passport, store = self.editor.passport, self.store
        if passport is None or self.tab.project_id is None:
            return
        pm = next((m for m in passport.members if m.side is Side.VENDOR
                   and m.escalation_level is EscalationLevel.PROJECT), None)
        today = self.ctx.clock.today()
        first = today + timedelta(days=7 - today.weekday())
        series = SeriesData(project_id=passport.id, type=SeriesType.OTHER,
                            title=f"{passport.fields.code} ", first_date=first,
                            time_zone=passport.fields.customer_time_zone,
                            organizer_person_id=pm.person_id if pm else None)

        def templates_ready(templates: list[tuple[str, str]]) -> None:
            edited = self._edit_dialog(series, templates)
            if edited is not None:
                self._run(lambda: planner.save_series(store, edited),
                          self._saved(self.tr("Meeting series saved.")))

        self._run(lambda: planner.template_choices(store), templates_ready)

    def _find(self, series_id: str) -> SeriesData | None:
        return next((s for s in self.tab.model.rows if s.id == series_id), None)

    def edit_series(self, series_id: str) -> None:
        series, store = self._find(series_id), self.store
        if series is None:
            return

        def templates_ready(templates: list[tuple[str, str]]) -> None:
            edited = self._edit_dialog(copy.deepcopy(series), templates)
            if edited is not None:
                self._run(lambda: planner.save_series(store, edited), self._saved(
                    self.tr("Meeting series saved. Send an updated invite so attendees see "
                            "the change.")))

        self._run(lambda: planner.template_choices(store), templates_ready)

    def open_series(self, series_id: str | None) -> None:
        """The series dialog for ``series_id`` of the project on screen, once its series are
        loaded (Today opens it right after the project)."""
        project_id, store = self.tab.project_id, self.store
        if project_id is None or series_id is None:
            return

        def shown(overview: planner.SeriesOverview) -> None:
            if self.tab.project_id == project_id:
                self.tab.set_series(overview.series, overview.warnings, overview.follow_ups)
                self.tab.select(series_id)
                self.edit_series(series_id)

        self._run(lambda: planner.series_overview(store, project_id), shown)

    def preview(self, series_id: str) -> None:
        store = self.store

        def shown(result: tuple[list[Any], list[str] | None]) -> None:
            from ui.meetings.invite_preview_dialog import InvitePreviewDialog

            previews, changes = result
            InvitePreviewDialog(previews, changes, self.change_names(), self._parent()).exec()

        self._run(lambda: planner.preview(store, series_id), shown)

    def change_names(self) -> dict[str, str]:
        return {"title": self.tr("title"), "time": self.tr("time"),
                "recurrence": self.tr("recurrence"), "duration": self.tr("length"),
                "place": self.tr("place or link"), "attendees": self.tr("attendees"),
                "organizer": self.tr("organiser"), "agenda": self.tr("agenda"),
                "exceptions": self.tr("moved or cancelled dates")}

    def save_invite(self, series_id: str, method: str) -> None:
        series, store = self._find(series_id), self.store
        if series is None:
            return
        name = "".join(c if c.isalnum() or c in "-_" else "_" for c in series.title)[:60]
        path = self.ctx.prompts.save_file(
            self._parent(), self.tr("Save the invite"), f"{name}.ics",
            self.tr("Calendar files (*.ics)"))
        if path is None:
            return
        self._run(lambda: planner.export_series(store, series_id, method, path), self._saved(
            self.tr("Saved %1: send it from your mail client or open it in your calendar.")
            .replace("%1", str(path))))

    def open_in_calendar(self, series_id: str) -> None:
        store = self.store
        if store is None:
            return
        folder = self._invite_folder()
        path = folder / f"{series_id}.ics"

        def written(result: Path) -> None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(result)))
            self._saved(self.tr("Opened the invite in your calendar app."))(result)

        self._run(lambda: planner.export_series(store, series_id, "REQUEST", path), written)

    def _invite_folder(self) -> Path:
        from cockpit.paths import data_dir

        folder = data_dir() / "invites"
        folder.mkdir(parents=True, exist_ok=True)
        return folder

    def cancel_series(self, series_id: str) -> None:
        series, store = self._find(series_id), self.store
        if series is not None and series.outlook:
            if self.ctx.prompts.confirm(
                    self._parent(), self.tr("Cancel the series"),
                    self.tr("Cancel every meeting of “%1”? Outlook cancels it and tells the "
                            "attendees at the next sync.").replace("%1", series.title),
                    self.tr("Cancel the series")):
                self._run(lambda: planner.cancel_in_outlook(store, series_id), self._saved(
                    self.tr("Series cancelled: Outlook tells the attendees at the next sync.")))
            return
        if series is None or not self.ctx.prompts.confirm(
                self._parent(), self.tr("Cancel the series"),
                self.tr("Cancel every meeting of “%1”? Attendees receive a cancellation when "
                        "you send the file.").replace("%1", series.title),
                self.tr("Cancel the series")):
            return
        self.save_invite(series_id, "CANCEL")

    def delete_series(self, series_id: str) -> None:
        series, store = self._find(series_id), self.store
        if series is None or not self.ctx.prompts.confirm(
                self._parent(), self.tr("Delete the series"),
                (self.tr("Delete “%1” with its dates and minutes? Outlook cancels the meeting "
                         "at the next sync and tells the attendees.") if series.in_outlook
                 else self.tr("Delete “%1” with its dates and minutes? Attendees are not told: "
                              "cancel it instead if invites were sent."))
                .replace("%1", series.title),
                self.tr("Delete")):
            return
        self._run(lambda: planner.delete_series(store, series_id),
                  self._saved(self.tr("Meeting series deleted.")))

    def show_log(self) -> None:
        """The project's decision log and the action items still open (carried over)."""
        project_id, store = self.tab.project_id, self.store
        if project_id is None:
            return

        def loaded(result: tuple[list[Any], list[Any], dict[str, Any]]) -> None:
            from ui.meetings.decision_log_dialog import DecisionLogDialog

            decisions, actions, confirmed = result
            dialog = DecisionLogDialog(decisions, actions, self._parent(), confirmed=confirmed)
            dialog.confirm_requested.connect(
                lambda decision_id: self.confirm_decision_requested.emit(project_id,
                                                                         decision_id))
            dialog.exec()

        self._run(lambda: (planner.decision_log(store, project_id),
                           planner.open_actions(store, project_id),
                           planner.decision_confirmations(store, project_id)), loaded)

    def choose_import(self) -> None:
        path = self.ctx.prompts.open_file(self._parent(), self.tr("Import a calendar file"),
                                             self.tr("Calendar files (*.ics)"))
        if path is not None:
            self.import_file(path)

    def import_file(self, path: Path) -> None:
        project_id, store = self.tab.project_id, self.store
        if project_id is None or store is None:
            self.ctx.prompts.info(self._parent(), self.tr("Import a calendar file"), self.tr(
                "Open a saved project first: the meetings are imported into it."))
            return

        def imported(result: Any) -> None:
            self.ctx.prompts.info(
                self._parent(), self.tr("Calendar imported"),
                self.tr("Meetings added: %1 · updated: %2 · cancelled: %3 · answers: %4 · "
                        "left out: %5").replace("%1", str(result.created))
                .replace("%2", str(result.updated)).replace("%3", str(result.cancelled))
                .replace("%4", str(result.responses)).replace("%5", str(len(result.skipped))))
            self._saved(self.tr("Calendar imported."))(result)

        self._run(lambda: planner.import_ics(store, project_id, path), imported)
