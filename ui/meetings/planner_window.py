"""The planner: a week of meetings across all projects. Per date: move it, cancel or restore
it, give it its own agenda, take minutes, and save the update for attendees."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from cockpit.domain.meetings import OccurrenceState
from ui.meetings import planner_ops as planner
from ui.meetings.planner_model import PlannerModel
from ui.meetings.series_dialog import TimeField
from ui.widgets.column_fit import keep_fitted
from ui.widgets.form_fields import DateField, IntField
from ui.widgets.parse_error import ParseError

if TYPE_CHECKING:
    from cockpit.changes import Changes
    from cockpit.services.occurrences import OccurrenceView
    from ui.context import AppContext
    from ui.meetings.minutes_dialog import MinutesDialog


class RescheduleDialog(QDialog):
    """A new date and time for one meeting, in the meeting's own zone."""

    def __init__(self, view: OccurrenceView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.zone = ZoneInfo(view.time_zone)
        start = view.occurrence.start.astimezone(self.zone)
        self.setWindowTitle(self.tr("Move the meeting"))
        self.day, self.at, self.minutes = DateField(self), TimeField(self), IntField(self)
        self.day.set_value(start.date())
        self.at.set_value(start.time())
        self.minutes.set_value(view.occurrence.duration_minutes)
        self.problem = QLabel(self)
        self.problem.setStyleSheet("color: #b00020;")
        form = QFormLayout(self)
        form.addRow(QLabel(view.title, self))
        form.addRow(self.tr("Date:"), self.day.widget)
        form.addRow(self.tr("Time (%1):").replace("%1", view.time_zone), self.at.widget)
        form.addRow(self.tr("Minutes:"), self.minutes.widget)
        form.addRow(self.problem)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        form.addRow(buttons)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.result_start: datetime | None = None
        self.result_minutes = view.occurrence.duration_minutes

    def accept(self) -> None:
        try:
            day: date | None = self.day.value()
            at: time = self.at.value()
            minutes = self.minutes.value()
        except ParseError:
            self.problem.setText(self.tr("Enter a date, a time (HH:MM) and the minutes."))
            return
        if day is None or not minutes or not 5 <= minutes <= 12 * 60:
            self.problem.setText(self.tr("Enter a date, a time (HH:MM) and the minutes."))
            return
        self.result_start = datetime.combine(day, at, self.zone).astimezone(UTC)
        self.result_minutes = minutes
        super().accept()


class AgendaDialog(QDialog):
    """This date's own agenda (plain text, as attendees will read it)."""

    def __init__(self, title: str, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Agenda of this meeting"))
        self.resize(640, 480)
        self.edit = QPlainTextEdit(text, self)
        self.back_to_template = QCheckBox(self.tr("Use the series' agenda template again"), self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(title, self))
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.back_to_template)
        layout.addWidget(buttons)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)


class PlannerWindow(QWidget):
    """A week of meetings across every project; follows every change to series and dates."""

    follow_up_requested = Signal(str, object)  # from the minutes: series id, original start

    def __init__(self, ctx: AppContext) -> None:
        super().__init__(None)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Meeting planner — PM Cockpit"))
        self.resize(1100, 640)
        today = ctx.clock.today()
        self.monday = today - timedelta(days=today.weekday())
        self.model = PlannerModel(ctx.clock.zone(), self)
        self.view = QTableView(self)
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().hide()
        self.view.setWordWrap(False)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.view.horizontalHeader().setStretchLastSection(True)
        widths = {0: 150, 1: 110, 2: 210, 3: 80, 4: 320, 5: 90, 6: 70}
        for column, width in widths.items():
            self.view.setColumnWidth(column, width)
        keep_fitted(self.view, widths, widest=420)
        self.range = QLabel(self)
        self.range.setStyleSheet("font-size: 13pt; font-weight: 600;")
        self.show_cancelled = QCheckBox(self.tr("Show cancelled"), self)
        self.show_cancelled.setChecked(True)
        self.empty = QLabel(self)
        self.buttons: dict[str, QPushButton] = {}
        nav = QHBoxLayout()
        for key, text in (("previous", self.tr("◀ Previous week")), ("today", self.tr("This week")),
                          ("next", self.tr("Next week ▶"))):
            self.buttons[key] = QPushButton(text, self)
            nav.addWidget(self.buttons[key])
        nav.addWidget(self.range, 1)
        nav.addWidget(self.show_cancelled)
        actions = QHBoxLayout()
        for key, text in (("move", self.tr("Move…")), ("cancel", self.tr("Cancel this date")),
                          ("restore", self.tr("Restore")), ("agenda", self.tr("Agenda…")),
                          ("minutes", self.tr("Minutes…")),
                          ("held", self.tr("Held")), ("not_held", self.tr("Not held")),
                          ("update", self.tr("Save update for attendees (.ics)…"))):
            self.buttons[key] = QPushButton(text, self)
            actions.addWidget(self.buttons[key])
        actions.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(nav)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.empty)
        layout.addLayout(actions)
        self.buttons["previous"].clicked.connect(lambda: self.go(-7))
        self.buttons["next"].clicked.connect(lambda: self.go(7))
        self.buttons["today"].clicked.connect(self.this_week)
        self.buttons["move"].clicked.connect(self.move_selected)
        self.buttons["cancel"].clicked.connect(lambda: self._state_change("cancel"))
        self.buttons["restore"].clicked.connect(lambda: self._state_change("restore"))
        self.buttons["agenda"].clicked.connect(self.edit_agenda)
        self.buttons["minutes"].clicked.connect(self.take_minutes)
        self.buttons["held"].setCheckable(True)
        self.buttons["not_held"].setCheckable(True)
        self.buttons["held"].setToolTip(self.tr(
            "The meeting took place: its follow-up is owed the same working day (Today)"))
        self.buttons["not_held"].setToolTip(self.tr(
            "It did not take place: no follow-up is owed, even with minutes"))
        self.buttons["held"].clicked.connect(lambda on: self.mark_held(True if on else None))
        self.buttons["not_held"].clicked.connect(
            lambda on: self.mark_held(False if on else None))
        self.buttons["update"].clicked.connect(self.save_update)
        self.show_cancelled.toggled.connect(lambda _on: self.refresh())
        self.view.selectionModel().selectionChanged.connect(lambda *_a: self._update_buttons())
        self.view.doubleClicked.connect(lambda _i: self.take_minutes())
        ctx.changed.connect(self._on_changed)
        self.refresh()

    def _run(self, work: Any, done: Any) -> None:
        self.ctx.run(work, done, origin=self)

    def _on_changed(self, changes: Changes) -> None:
        if changes.origin is self or not self.isVisible():
            return
        if changes.meetings() or changes.project_list or changes.projects:
            self.refresh()
        elif changes.messages:  # a follow-up drafted, queued or sent
            self.refresh_follow_ups()

    def refresh_follow_ups(self) -> None:
        store, rows = self.ctx.store, list(self.model.rows)
        if store is None or not rows:
            return
        keys = [(v.series_id, v.occurrence.original_start) for v in rows]

        def shown(found: dict[Any, Any]) -> None:
            if list(self.model.rows) == rows:  # else a newer week is on screen
                self.model.set_follow_ups(found)

        self._run(lambda: planner.follow_up_states(store, keys), shown)

    # --- navigation ------------------------------------------------------------------
    def go(self, days: int) -> None:
        self.monday += timedelta(days=days)
        self.refresh()

    def this_week(self) -> None:
        today = self.ctx.clock.today()
        self.monday = today - timedelta(days=today.weekday())
        self.refresh()

    def refresh(self) -> None:
        store = self.ctx.store
        if store is None:
            return
        zone = ZoneInfo(self.ctx.clock.zone())
        after = datetime.combine(self.monday, time(0), zone)
        before = after + timedelta(days=7)
        sunday = self.monday + timedelta(days=6)
        self.range.setText(f"{self.monday:%Y-%m-%d} – {sunday:%Y-%m-%d}")
        show_cancelled = self.show_cancelled.isChecked()

        def shown(week: planner.PlannerWeek) -> None:
            rows = week.rows
            if not show_cancelled:
                rows = [r for r in rows if r.occurrence.state is not OccurrenceState.CANCELLED]
            self.model.set_week(week, rows)
            self.empty.setText("" if rows else self.tr(
                "No meetings this week. Set up a project's governance meetings in its Meetings "
                "tab."))
            self._update_buttons()

        self._run(lambda: planner.week(store, after.astimezone(UTC), before.astimezone(UTC)),
                  shown)

    def selected(self) -> OccurrenceView | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.rows[rows[0].row()] if rows else None

    def _update_buttons(self) -> None:
        view = self.selected()
        cancelled = view is not None and view.occurrence.state is OccurrenceState.CANCELLED
        for key in ("move", "agenda", "minutes", "update"):
            self.buttons[key].setEnabled(view is not None and not cancelled)
        self.buttons["cancel"].setEnabled(view is not None and not cancelled)
        self.buttons["restore"].setEnabled(cancelled)
        held = view.occurrence.held if view is not None else None
        started = view is not None and view.occurrence.start <= self.ctx.clock.now()
        for key, state in (("held", True), ("not_held", False)):
            self.buttons[key].setEnabled(started and not cancelled)
            self.buttons[key].setChecked(held is state)
        self.buttons["update"].setEnabled(view is not None)

    # --- actions ---------------------------------------------------------------------
    def _after_change(self, _result: Any = None) -> None:
        self.refresh()

    def move_selected(self) -> None:
        view, store = self.selected(), self.ctx.store
        if view is None or store is None:
            return
        dialog = RescheduleDialog(view, self)
        if dialog.exec() and dialog.result_start is not None:
            start, minutes = dialog.result_start, dialog.result_minutes
            self._run(lambda: planner.reschedule(
                store, view.series_id, view.occurrence.original_start, start, minutes),
                self._after_change)

    def _state_change(self, what: str) -> None:
        view, store = self.selected(), self.ctx.store
        if view is None or store is None:
            return
        work = planner.cancel_occurrence if what == "cancel" else planner.restore_occurrence
        self._run(lambda: work(store, view.series_id,
                                    view.occurrence.original_start), self._after_change)

    def mark_held(self, held: bool | None) -> None:
        """The PM's word on the selected meeting: held, not held, or (None) unsaid."""
        view, store = self.selected(), self.ctx.store
        if view is None or store is None:
            return
        self._run(lambda: planner.mark_held(store, view.series_id,
                                            view.occurrence.original_start, held),
                  self._after_change)

    def edit_agenda(self) -> None:
        view, store = self.selected(), self.ctx.store
        if view is None or store is None:
            return

        def loaded(text: str) -> None:
            dialog = AgendaDialog(view.title, text, self)
            if dialog.exec():
                new = None if dialog.back_to_template.isChecked() else dialog.edit.toPlainText()
                self._run(lambda: planner.set_agenda(
                    store, view.series_id, view.occurrence.original_start, new),
                    self._after_change)

        self._run(lambda: planner.occurrence_agenda(
            store, view.series_id, view.occurrence.original_start), loaded)

    def take_minutes(self) -> None:
        view = self.selected()
        if view is None:
            return
        if self.minutes_dialog(view).exec():
            self._after_change()

    def minutes_dialog(self, view: OccurrenceView) -> MinutesDialog:
        """The minutes of one meeting; its follow-up goes out as ``follow_up_requested``."""
        from ui.meetings.minutes_dialog import MinutesDialog

        dialog = MinutesDialog(self.ctx, view, self)
        dialog.follow_up_requested.connect(self.follow_up_requested)
        return dialog

    def save_update(self) -> None:
        view, store = self.selected(), self.ctx.store
        if view is None or store is None:
            return
        method = ("CANCEL" if view.occurrence.state is OccurrenceState.CANCELLED else "REQUEST")
        path = self.ctx.prompts.save_file(self, self.tr("Save the update"),
                                           f"{view.project_code}-{view.occurrence.start:%Y%m%d}"
                                           ".ics", self.tr("Calendar files (*.ics)"))
        if path is None:
            return
        self._run(lambda: planner.export_occurrence(
            store, view.series_id, view.occurrence.original_start, method, path),
            self._after_change)

