"""Meetings: the project's governance series. Actions take effect at once (they are not part
of the passport's Save); ``ui.meetings.controller`` carries them out."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from cockpit.domain.meetings import SeriesData
from cockpit.domain.passport import Passport
from cockpit.domain.validation import Issue
from ui.meetings.series_list_model import SeriesListModel
from ui.passport.tabs.base import PassportTab
from ui.widgets.column_fit import keep_fitted


class MeetingsTab(PassportTab):
    project_shown = Signal(str)  # a saved project is on screen: load its meetings
    governance_requested = Signal()
    new_requested = Signal()
    edit_requested = Signal(str)
    preview_requested = Signal(str)
    save_invite_requested = Signal(str)
    email_invite_requested = Signal(str)
    open_in_calendar_requested = Signal(str)
    cancel_requested = Signal(str)
    delete_requested = Signal(str)
    import_requested = Signal()
    log_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.project_id: str | None = None
        self.model = SeriesListModel(self)
        self.view = QTableView(self)
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().hide()
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.setWordWrap(False)
        header = self.view.horizontalHeader()
        header.moveSection(SeriesListModel.NEXT, 1)  # what the PM looks for first
        widths = {0: 280, 1: 110, 2: 110, 3: 200, 4: 120, 5: 70, 6: 90}
        for column, width in widths.items():
            self.view.setColumnWidth(column, width)
        keep_fitted(self.view, widths)  # "Every 6 months", a long meeting name read whole
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        self.buttons = {
            "governance": QPushButton(self.tr("Set up governance meetings…"), self),
            "new": QPushButton(self.tr("New series…"), self),
            "edit": QPushButton(self.tr("Edit…"), self),
            "preview": QPushButton(self.tr("Preview invite…"), self),
            "save": QPushButton(self.tr("Save invite (.ics)…"), self),
            "open": QPushButton(self.tr("Open in calendar"), self),
            "email": QPushButton(self.tr("Invite by e-mail…"), self),
            "cancel": QPushButton(self.tr("Cancel series…"), self),
            "delete": QPushButton(self.tr("Delete"), self),
            "import": QPushButton(self.tr("Import .ics…"), self),
            "log": QPushButton(self.tr("Decisions and action items…"), self),
        }
        # short rows: the window stays usable on a small screen
        row1, row2, row3 = QHBoxLayout(), QHBoxLayout(), QHBoxLayout()
        for key in ("governance", "new", "edit", "delete"):
            row1.addWidget(self.buttons[key])
        for key in ("preview", "save", "open", "cancel"):
            row2.addWidget(self.buttons[key])
        for key in ("email", "import", "log"):
            row3.addWidget(self.buttons[key])
        for row in (row1, row2, row3):
            row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(row1)
        layout.addWidget(self.view, 1)
        layout.addLayout(row2)
        layout.addLayout(row3)
        layout.addWidget(self.note)
        self.buttons["governance"].clicked.connect(self.governance_requested)
        self.buttons["new"].clicked.connect(self.new_requested)
        self.buttons["import"].clicked.connect(self.import_requested)
        self.buttons["log"].clicked.connect(self.log_requested)
        for key, signal in (("edit", self.edit_requested), ("preview", self.preview_requested),
                            ("save", self.save_invite_requested),
                            ("email", self.email_invite_requested),
                            ("open", self.open_in_calendar_requested),
                            ("cancel", self.cancel_requested), ("delete", self.delete_requested)):
            self.buttons[key].clicked.connect(lambda _c=False, s=signal: self._emit(s))
        self.view.doubleClicked.connect(lambda _i: self._emit(self.edit_requested))
        self.view.selectionModel().selectionChanged.connect(self._update_buttons)
        self._update_buttons()

    def _emit(self, signal: Signal) -> None:  # type: ignore[valid-type]
        series = self.selected()
        if series is not None:
            signal.emit(series.id)  # type: ignore[attr-defined]

    def selected(self) -> SeriesData | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.rows[rows[0].row()] if rows else None

    def select(self, series_id: str) -> None:
        for row, series in enumerate(self.model.rows):
            if series.id == series_id:
                self.view.selectRow(row)

    def set_series(self, rows: list[SeriesData], warnings: dict[str, list[Any]] | None = None,
                   follow_ups: dict[str, Any] | None = None) -> None:
        """``warnings``: per series id, its meetings outside working days or hours (see
        ``meeting_checks``); ``follow_ups``: per series id, its latest meeting's follow-up."""
        self.model.set_overview(rows, warnings or {}, follow_ups or {})
        if not rows:
            self.note.setText(self.tr("No meetings yet. “Set up governance meetings” proposes "
                                      "the weekly status, the biweekly status and the executive "
                                      "review with the people of the communication map."))
        else:
            self.note.setText(self.tr("Drop an .ics file on the window to import it into this "
                                      "project."))
        self._update_buttons()

    def _update_buttons(self) -> None:
        saved = self.project_id is not None
        series = self.selected()
        for key in ("governance", "new", "import", "log"):
            self.buttons[key].setEnabled(saved)
        for key in ("edit", "preview", "save", "open", "delete"):
            self.buttons[key].setEnabled(series is not None)
        self.buttons["cancel"].setEnabled(series is not None and not series.cancelled)
        self.buttons["email"].setEnabled(series is not None and not series.cancelled)
        self.buttons["email"].setToolTip(self.tr(
            "Write the invitation as an e-mail with the calendar file inside, to send from "
            "PM Cockpit's outbox or any mail client"))

    # --- PassportTab --------------------------------------------------------------------
    def load(self, passport: Passport) -> None:
        self.project_id = passport.id if passport.updated_at is not None else None
        self.model.set_rows([])
        if self.project_id is None:
            self.note.setText(self.tr("Save the new project first, then plan its meetings."))
        else:
            self.project_shown.emit(self.project_id)
        self._update_buttons()

    def write_into(self, passport: Passport) -> None:
        """Meetings are saved on their own, not with the passport."""

    def show_issues(self, issues: list[Issue]) -> None:
        """No passport field lives here."""
