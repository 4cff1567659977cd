"""Left side of the window: filter box, 'show archived', and the project table."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ui.projects.list_model import ID_ROLE, ProjectFilterProxy, ProjectListModel
from ui.widgets.undo_notice import UndoNotice


class ProjectListPanel(QWidget):
    project_selected = Signal(str)  # project id
    show_archived_changed = Signal(bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = ProjectListModel(self)
        self.proxy = ProjectFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.filter = QLineEdit(self)
        self.filter.setPlaceholderText(self.tr("Filter by code, name, customer, manager… (Ctrl+F)"))
        self.filter.setClearButtonEnabled(True)
        self.show_archived = QCheckBox(self.tr("Show archived"), self)
        self.view = QTableView(self)
        self.view.setModel(self.proxy)
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(ProjectListModel.CODE, Qt.SortOrder.AscendingOrder)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setAlternatingRowColors(True)
        self.view.verticalHeader().hide()
        self.view.verticalHeader().setDefaultSectionSize(24)
        self.view.setWordWrap(False)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column, width in ((0, 90), (1, 230), (2, 190), (3, 115), (4, 70), (5, 120)):
            self.view.setColumnWidth(column, width)
        self.placeholder = QLabel(self)
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setWordWrap(True)
        self.count = QLabel(self)
        self.notice = UndoNotice(self)  # "Archived JP-101 — Undo"

        top = QHBoxLayout()
        top.addWidget(self.filter, 1)
        top.addWidget(self.show_archived)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.placeholder, 1)
        layout.addWidget(self.notice)
        layout.addWidget(self.count)
        self.placeholder.hide()
        self._quiet = False

        self.filter.textChanged.connect(self._on_filter)
        self.show_archived.toggled.connect(self.show_archived_changed)
        self.view.selectionModel().currentRowChanged.connect(self._on_current)
        for signal in (self.model.modelReset, self.model.rowsInserted, self.model.rowsRemoved):
            signal.connect(self._update_count)

    def set_loading(self, text: str) -> None:
        self.view.hide()
        self.placeholder.setText(text)
        self.placeholder.show()

    def _on_filter(self, text: str) -> None:
        self.proxy.set_filter_text(text)
        self._update_count()

    def _update_count(self) -> None:
        total, shown = self.model.rowCount(), self.proxy.rowCount()
        if total == 0:
            self.set_loading(self.tr("No projects yet. Create the first one with Ctrl+N."))
            self.count.clear()
            return
        self.view.show()
        if shown == 0:
            self.placeholder.setText(self.tr("No project matches “%1”.").replace(
                "%1", self.filter.text()))
            self.placeholder.show()
        else:
            self.placeholder.hide()
        if shown == total:
            text = self.tr("%n project(s)", "", total)
        else:
            text = self.tr("%1 of %n project(s) shown", "", total).replace("%1", str(shown))
        self.count.setText(text)

    def _on_current(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid() and not self._quiet:
            self.project_selected.emit(current.data(ID_ROLE))

    def current_id(self) -> str | None:
        index = self.view.currentIndex()
        return index.data(ID_ROLE) if index.isValid() else None

    def select(self, project_id: str, *, quiet: bool = False) -> bool:
        """Make ``project_id`` current; with ``quiet`` no ``project_selected`` is emitted."""
        row = self.model.row_of(project_id)
        if row is None:
            return False
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        if not index.isValid():
            self.filter.clear()
            index = self.proxy.mapFromSource(self.model.index(row, 0))
        self._quiet = quiet
        try:
            self.view.selectionModel().setCurrentIndex(
                index, QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows)
        finally:
            self._quiet = False
        self.view.scrollTo(index)
        return True

    def focus_filter(self) -> None:
        self.filter.setFocus()
        self.filter.selectAll()
