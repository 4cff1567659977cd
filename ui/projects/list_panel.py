"""Left side of the window: filter box, 'show archived', and the project table.

By default the table shows what a PM scans (health dot and code, warnings, name, customer,
status, end date); the header's context menu shows or hides the other columns, and the
window remembers the choice with the header's state.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QItemSelectionModel, QModelIndex, QPoint, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QStyle,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ui.labels import label
from ui.projects.list_model import ID_ROLE, ProjectFilterProxy, ProjectListModel
from ui.widgets.undo_notice import UndoNotice

_PAD, _ICON, _SORT_ARROW = 12, 22, 16  # cell margins, the health dot, the sort indicator


class ProjectListPanel(QWidget):
    project_selected = Signal(str)  # project id
    show_archived_changed = Signal(bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = ProjectListModel(self)
        self.proxy = ProjectFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.filter = QLineEdit(self)
        self.filter.setPlaceholderText(self.tr("Filter (Ctrl+F)"))
        self.filter.setToolTip(self.tr("Filter by code, name, customer, department or manager "
                                       "(Ctrl+F); every word must match"))
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
        self.view.setTextElideMode(Qt.TextElideMode.ElideRight)
        header = self.view.horizontalHeader()
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._header_menu)
        self._fit_pending = True  # size the columns to the first rows (no saved layout)
        self.default_columns()
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
        self.model.modelReset.connect(self._fit_to_rows)

    # --- columns -----------------------------------------------------------------------
    def default_columns(self) -> None:
        """The columns a PM scans, sized for their content; name and customer share the
        rest of the width."""
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        for column in (ProjectListModel.NAME, ProjectListModel.CUSTOMER):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        m = self.fontMetrics()
        chars = m.averageCharWidth()
        widths = {  # until the rows are there (``_fit_to_rows``)
            ProjectListModel.CODE: _ICON + m.horizontalAdvance("JP-1000"),
            ProjectListModel.SIGNALS: _ICON + m.horizontalAdvance("99"),
            ProjectListModel.STATUS: chars * 10,
            ProjectListModel.END: m.horizontalAdvance("2026-12-31"),
            ProjectListModel.HEALTH: _ICON + chars * 6,
            ProjectListModel.MANAGER: chars * 16,
            ProjectListModel.DEPARTMENT: chars * 14,
            ProjectListModel.ONBOARDING: m.horizontalAdvance(self.model.headers[
                ProjectListModel.ONBOARDING]) + _SORT_ARROW,
        }
        for column, width in widths.items():
            header.resizeSection(column, _PAD + width)
        for column in range(self.model.columnCount()):
            header.setSectionHidden(column, column in ProjectListModel.HIDDEN_BY_DEFAULT)

    def restore_columns(self, state: QByteArray | None) -> None:
        """The layout the PM left (columns shown, widths, order, sort); else the default."""
        if state is not None and self.view.horizontalHeader().restoreState(state):
            self._fit_pending = False
        header = self.view.horizontalHeader()
        header.setSectionHidden(ProjectListModel.CODE, False)  # always there

    def preferred_width(self) -> int:
        """Enough for the shown columns with a readable name and customer."""
        header = self.view.horizontalHeader()
        m = self.fontMetrics()
        stretch = {ProjectListModel.NAME: m.averageCharWidth() * 22,
                   ProjectListModel.CUSTOMER: m.averageCharWidth() * 15}
        total = sum(stretch.get(c, header.sectionSize(c)) for c in range(header.count())
                    if not header.isSectionHidden(c))
        scrollbar = self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
        return total + scrollbar + 2 * self.view.frameWidth() + 4

    def _fit_to_rows(self) -> None:
        """Once the first rows are there: code and status as wide as their longest text
        (measured from the rows: asking the view would read every cell in every role)."""
        rows = self.model.rows
        if not self._fit_pending or not rows:
            return
        self._fit_pending = False
        m = self.fontMetrics()
        header = self.view.horizontalHeader()
        widths = {
            ProjectListModel.CODE: _ICON + max(m.horizontalAdvance(r.code) for r in rows),
            ProjectListModel.STATUS: max(m.horizontalAdvance(label(s))
                                         for s in {r.status for r in rows}),
        }
        for column, width in widths.items():
            title = m.horizontalAdvance(self.model.headers[column]) + _SORT_ARROW
            header.resizeSection(column, _PAD + max(width, title))

    def _header_menu(self, pos: QPoint) -> None:
        menu = self.columns_menu()
        menu.popup(self.view.horizontalHeader().mapToGlobal(pos))

    def columns_menu(self) -> QMenu:
        """What a right click on the header offers: each column to show or hide, and the
        default set."""
        header = self.view.horizontalHeader()
        menu = QMenu(self)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        for column, title in enumerate(self.model.headers):
            if column == ProjectListModel.CODE:
                continue
            action = menu.addAction(title)
            action.setCheckable(True)
            action.setChecked(not header.isSectionHidden(column))
            action.toggled.connect(lambda on, c=column: self.set_column_shown(c, on))
        menu.addSeparator()
        menu.addAction(self.tr("Default columns"), self.default_columns)
        return menu

    def set_column_shown(self, column: int, shown: bool) -> None:
        self.view.setColumnHidden(column, not shown)
        if shown and self.view.columnWidth(column) < 30:
            self.view.resizeColumnToContents(column)

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

    def remove(self, project_id: str) -> None:
        """Take a project out of the list without opening the row that moves up into its
        place (the passport says what happened to it instead)."""
        self._quiet = True
        try:
            self.model.remove(project_id)
            self.view.selectionModel().clear()
        finally:
            self._quiet = False

    def focus_filter(self) -> None:
        self.filter.setFocus()
        self.filter.selectAll()
