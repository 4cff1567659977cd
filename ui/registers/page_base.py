"""What every register page shares: a read-only table of its entries (one selected at a time,
kept selected through a refresh), a line saying what goes there while it is empty, a row of
buttons, and — on the pages that have one — the selected entry's text below the table."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QItemSelectionModel, Qt, Signal, SignalInstance
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLayout,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ui.widgets.column_fit import keep_fitted


class RegisterPage(QWidget):
    new_requested = Signal()

    def __init__(self, model: Any, widths: dict[int, int], empty_text: str,
                 parent: QWidget | None = None, *, details_hint: str | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.view = QTableView(self)
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().hide()
        self.view.setWordWrap(False)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in widths.items():
            self.view.setColumnWidth(column, width)
        keep_fitted(self.view, widths)
        self.empty = QLabel(empty_text, self)
        self.empty.setWordWrap(True)
        self.empty.setStyleSheet("color: #555;")
        self.details: QPlainTextEdit | None = None
        if details_hint is not None:
            self.details = QPlainTextEdit(self)
            self.details.setReadOnly(True)
            self.details.setPlaceholderText(details_hint)
        self.buttons: dict[str, QPushButton] = {}
        self.button_row = QHBoxLayout()

    def add_buttons(self, entries: Sequence[tuple[str, str]]) -> None:
        for key, text in entries:
            button = QPushButton(text, self)
            self.buttons[key] = button
            self.button_row.addWidget(button)
        self.button_row.addStretch(1)
        self.buttons["new"].clicked.connect(self.new_requested)

    def lay_out(self, between: QLayout | QWidget | None = None) -> None:
        """Buttons, then ``between`` (a summary line), the empty note, the table (and the
        details below it)."""
        layout = QVBoxLayout(self)
        layout.addLayout(self.button_row)
        if isinstance(between, QLayout):
            layout.addLayout(between)
        elif between is not None:
            layout.addWidget(between)
        layout.addWidget(self.empty)
        if self.details is None:
            layout.addWidget(self.view, 1)
        else:
            splitter = QSplitter(Qt.Orientation.Vertical, self)
            splitter.addWidget(self.view)
            splitter.addWidget(self.details)
            splitter.setStretchFactor(0, 3)
            splitter.setStretchFactor(1, 2)
            layout.addWidget(splitter, 1)
        self.view.doubleClicked.connect(lambda _i: self.activated())
        self.view.selectionModel().selectionChanged.connect(lambda *_: self.update_buttons())

    # --- selection ---------------------------------------------------------------------
    def selected(self) -> Any:
        rows = self.view.selectionModel().selectedRows()
        return self.model.rows[rows[0].row()] if rows else None

    def select(self, entry_id: str) -> None:
        row = self.model.row_of(entry_id)
        if row is not None:
            self.view.selectionModel().select(
                self.model.index(row, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows)
            self.view.scrollTo(self.model.index(row, 0))

    def emit_selected(self, signal: SignalInstance) -> None:
        selected = self.selected()
        if selected is not None:
            signal.emit(selected.id)

    def set_rows(self, rows: list[Any]) -> None:
        selected = self.selected()
        self.model.set_rows(rows)
        self.empty.setVisible(not rows)
        if selected is not None:
            self.select(selected.id)
        self.shown(rows)
        self.update_buttons()

    def set_enabled_project(self, saved: bool) -> None:
        self.buttons["new"].setEnabled(saved)
        self.update_buttons()

    # --- what a page adds ----------------------------------------------------------------
    def shown(self, rows: list[Any]) -> None:
        """After the rows changed (a summary line)."""

    def activated(self) -> None:
        """A double click on a row (most pages: edit it)."""

    def update_buttons(self) -> None:
        raise NotImplementedError
