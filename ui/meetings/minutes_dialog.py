"""Minutes of one meeting: points discussed, decisions (the project's decision log) and action
items with owner and dates. Any item can be internal: it never reaches the customer. Open
action items from earlier meetings are listed below, as they carry over into the agenda."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from cockpit.domain.meetings import MinutesItemData, MinutesKind
from cockpit.domain.problems import Problem
from cockpit.errors import KnownError
from ui.labels import error_text
from ui.meetings import ops
from ui.widgets.record_table import RecordTable
from ui.widgets.record_table_model import Column, Kind
from ui.widgets.time_zones import day_text

if TYPE_CHECKING:
    from cockpit.services.occurrences import LoggedItem, OccurrenceView
    from ui.context import AppContext

INTERNAL_BRUSH = QBrush(QColor(255, 240, 200))
ERROR_COLOR = "#b00020"


def local_text(moment: datetime, zone: str) -> str:
    """"Tue 2026-12-01 10:00" in ``zone``, the weekday in the UI's language."""
    return day_text(moment.astimezone(ZoneInfo(zone)), "%Y-%m-%d %H:%M")


def _blank(item: MinutesItemData) -> bool:
    return not item.text.strip() and not (item.owner_person_id or item.due_on or item.done_on)


class MinutesDialog(QDialog):
    """``ctx``: the app context (store, worker); ``view``: the meeting (a planner
    row). ``my_zone``: the PM's zone for the second time shown (default: the system's)."""

    minutes_saved = Signal(str)  # series id
    follow_up_requested = Signal(str, object)  # series id, original start (UTC)

    def __init__(self, ctx: AppContext, view: OccurrenceView,
                 parent: QWidget | None = None, *, my_zone: str | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.store, self.view = ctx, ctx.open_store(), view
        self.people: list[tuple[str, str]] = []
        self.baseline: list[MinutesItemData] = []
        self.loaded = False
        self.saved_any = False
        self.confirm_discard = self._ask_discard  # tests replace the question
        self.my_zone = my_zone or ctx.clock.zone()
        self.setWindowTitle(self.tr("Minutes — %1").replace("%1", view.title))
        self.resize(1080, 680)
        self._build()
        self.load()

    # --- layout --------------------------------------------------------------------------
    def _build(self) -> None:
        view = self.view
        title = QLabel(view.title, self)
        title.setStyleSheet("font-size: 13pt; font-weight: 600;")
        title.setWordWrap(True)
        start = view.occurrence.start
        end = start + timedelta(minutes=view.occurrence.duration_minutes)
        when = self.tr("%1–%2 (%3)").replace("%1", local_text(start, view.time_zone)) \
            .replace("%2", f"{end.astimezone(ZoneInfo(view.time_zone)):%H:%M}") \
            .replace("%3", view.time_zone)
        if self.my_zone != view.time_zone:
            when += "  ·  " + self.tr("for you %1 (%2)").replace(
                "%1", local_text(start, self.my_zone)).replace("%2", self.my_zone)
        self.when = QLabel(when, self)
        self.when.setStyleSheet("color: #444;")

        internal_tip = self.tr("Internal items never reach the customer: they are left out "
                               "of invites, agendas and everything else the customer "
                               "receives.")
        columns = [
            Column("kind", self.tr("Kind"), Kind.ENUM, enum=MinutesKind, width=120),
            Column("text", self.tr("Text"), width=380),
            Column("owner_person_id", self.tr("Owner"), Kind.CHOICE, width=200,
                   choices=lambda: [("—", None), *self.people]),
            Column("due_on", self.tr("Due"), Kind.DATE, width=100),
            Column("done_on", self.tr("Done on"), Kind.DATE, width=100),
            Column("internal", self.tr("Internal"), Kind.BOOL, width=80, tooltip=internal_tip),
        ]
        self.table = RecordTable(columns, lambda: MinutesItemData(MinutesKind.POINT, ""),
                                 self.tr("Add &point"), self)
        self.table.model.row_hint = self._row_hint
        header = self.table.view.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.add_decision = QPushButton(self.tr("Add &decision"), self)
        self.add_action = QPushButton(self.tr("Add &action item"), self)
        self.table.add_action_widget(self.add_decision)
        self.table.add_action_widget(self.add_action)
        legend = QLabel(self.tr("Tinted rows are internal items: they never reach the customer "
                                "(invites, agendas, anything sent to them)."), self)
        legend.setWordWrap(True)
        legend.setStyleSheet("background: #fff0c8; padding: 3px 6px;")

        self.carried_label = QLabel(self.tr("Open action items carried over from earlier "
                                            "meetings:"), self)
        self.carried = QListWidget(self)
        self.carried.setSelectionMode(QListWidget.SelectionMode.NoSelection)
        self.carried.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.carried.setMaximumHeight(150)
        self.carried.setWordWrap(True)

        self.problem = QLabel(self)
        self.problem.setObjectName("inlineMessage")
        self.problem.setStyleSheet(f"color: {ERROR_COLOR};")
        self.problem.setWordWrap(True)
        self.status = QLabel(self)
        self.status.setStyleSheet("color: #2e7d32;")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Close, self)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.follow_up_button = QPushButton(self.tr("Save and write &follow-up…"), self)
        self.follow_up_button.setToolTip(self.tr(
            "Write the follow-up e-mail from these minutes: points as bullets, decisions, "
            "action items with owners and dates. Internal items are left out."))
        self._follow_up_after_save = False
        bottom = QHBoxLayout()
        bottom.addWidget(self.status, 1)
        bottom.addWidget(self.follow_up_button)
        bottom.addWidget(self.buttons)

        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(self.when)
        layout.addWidget(self.table, 1)
        layout.addWidget(legend)
        layout.addWidget(self.carried_label)
        layout.addWidget(self.carried)
        layout.addWidget(self.problem)
        layout.addLayout(bottom)

        self.add_decision.clicked.connect(lambda: self._add(MinutesKind.DECISION))
        self.add_action.clicked.connect(lambda: self._add(MinutesKind.ACTION))
        self.table.edited.connect(self._on_edited)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.follow_up_button.clicked.connect(self.write_follow_up)
        self._set_enabled(False)

    def _row_hint(self, item: MinutesItemData) -> tuple[QBrush | None, str]:
        if item.internal:
            return INTERNAL_BRUSH, self.tr("Internal: never reaches the customer.")
        return None, ""

    def write_follow_up(self) -> None:
        """Save the minutes if needed, then close and hand over to the compose window."""
        self.table.commit_pending_edit()
        if self.dirty:
            self._follow_up_after_save = True
            self.save()
            return
        self._hand_over()

    def _hand_over(self) -> None:
        view = self.view
        code = QDialog.DialogCode.Accepted if self.saved_any else QDialog.DialogCode.Rejected
        self.done(code.value)
        self.follow_up_requested.emit(view.series_id, view.occurrence.original_start)

    def _set_enabled(self, on: bool) -> None:
        self.follow_up_button.setEnabled(on)
        for widget in (self.table, self.add_decision, self.add_action):
            widget.setEnabled(on)
        self.save_button.setEnabled(on and self.dirty)

    # --- data ----------------------------------------------------------------------------
    def load(self) -> None:
        view, store = self.view, self.store
        self.status.setText(self.tr("Loading…"))

        def loaded(sheet: ops.MinutesSheet) -> None:
            self.people = list(sheet.people)
            self.baseline = list(sheet.items)
            self.table.set_records(sheet.items)
            self._show_carried(sheet.carried_over)
            self.loaded = True
            self.status.clear()
            self._set_enabled(True)
            self._on_edited()

        self._run(lambda: ops.load_minutes(store, view.project_id, view.series_id,
                                                 view.occurrence.original_start,
                                                 view.occurrence.start),
                        loaded, self._failed)

    def _show_carried(self, items: list[LoggedItem]) -> None:
        self.carried.clear()
        for logged in items:
            parts = [logged.item.text]
            if logged.owner_name:
                parts.append(logged.owner_name)
            if logged.item.due_on:
                parts.append(self.tr("due %1").replace("%1", f"{logged.item.due_on:%Y-%m-%d}"))
            held = local_text(logged.meeting_start, self.view.time_zone)
            origin = f"{logged.series_title}, {held}"
            entry = QListWidgetItem(f"• {' — '.join(parts)}   ({origin})", self.carried)
            if logged.item.internal:
                entry.setBackground(INTERNAL_BRUSH)
                entry.setToolTip(self.tr("Internal: never reaches the customer."))
        if not items:
            entry = QListWidgetItem(self.tr("None: every earlier action item is done."),
                                    self.carried)
            entry.setForeground(QBrush(QColor("#666")))
        self.carried_label.setText(self.tr("Open action items carried over from earlier "
                                           "meetings: %1").replace("%1", str(len(items))))

    def items(self) -> list[MinutesItemData]:
        """The minutes as on screen, blank rows left out."""
        return [item for item in self.table.records() if not _blank(item)]

    @property
    def dirty(self) -> bool:
        return self.loaded and self.items() != self.baseline

    def _problems(self) -> dict[tuple[int, str], Problem]:
        return {(row, "text"): Problem.REQUIRED
                for row, item in enumerate(self.table.model.records)
                if not item.text.strip() and not _blank(item)}

    def _on_edited(self) -> None:
        self.table.set_problems(self._problems())
        self.save_button.setEnabled(self.loaded and self.dirty)
        self.status.clear()
        title = self.tr("Minutes — %1").replace("%1", self.view.title)
        self.setWindowTitle(f"{title} *" if self.dirty else title)

    def _add(self, kind: MinutesKind) -> None:
        row = self.table.model.add_row(MinutesItemData(kind, ""))
        index = self.table.model.index(row, 1)  # straight into the text
        self.table.view.setCurrentIndex(index)
        self.table.view.edit(index)

    def save(self) -> None:
        self.table.commit_pending_edit()
        problems = self._problems()
        self.table.set_problems(problems)
        if problems:
            self.table.reveal_first_problem()
            self.problem.setText(self.tr("Every item needs its text before the minutes can be "
                                         "saved."))
            self._follow_up_after_save = False
            return
        items, view, store = self.items(), self.view, self.store
        self.problem.clear()
        self.save_button.setEnabled(False)

        def saved(result: list[MinutesItemData]) -> None:
            self.baseline = list(result)
            if self.items() == items:  # else what was typed meanwhile stays, unsaved
                self.table.set_records(result)
            self.saved_any = True
            self._on_edited()
            self.status.setText(self.tr("Minutes saved."))
            self.minutes_saved.emit(view.series_id)
            if self._follow_up_after_save:
                self._follow_up_after_save = False
                self._hand_over()

        def failed(exc: BaseException) -> None:
            self._follow_up_after_save = False
            self._failed(exc)
            self.save_button.setEnabled(self.dirty)

        self._run(lambda: ops.save_minutes(store, view.series_id,
                                                 view.occurrence.original_start, items),
                        saved, failed)

    def _run(self, work: Any, done: Any, failed: Any = None) -> None:
        """On the store's worker, through the context: what it changes reaches every view."""
        self.ctx.run(work, done, failed, origin=self)

    def _failed(self, exc: BaseException) -> None:
        if not isinstance(exc, KnownError):
            raise exc  # a bug: the crash dialog
        self.status.clear()
        self.problem.setText(error_text(exc.code, exc.message))

    # --- closing -------------------------------------------------------------------------
    def reject(self) -> None:
        """Close, Esc or the window's close button: ask before dropping edits. The dialog
        is accepted when minutes were saved (the planner refreshes)."""
        self.table.commit_pending_edit()
        if self.dirty and not self.confirm_discard():
            return
        code = QDialog.DialogCode.Accepted if self.saved_any else QDialog.DialogCode.Rejected
        self.done(code.value)

    def _ask_discard(self) -> bool:
        answer = QMessageBox.question(
            self, self.tr("Minutes"), self.tr("Discard the changes to these minutes?"),
            QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel)
        return answer == QMessageBox.StandardButton.Discard
