"""A table of records with Add / Remove / Up / Down and an inline message line."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QEvent, QModelIndex, QObject, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ui.labels import label, problem_text
from ui.widgets.column_fit import fit_columns
from ui.widgets.dates import DateEdit
from ui.widgets.record_table_model import Column, Kind, RecordTableModel
from ui.widgets.time_zones import time_zone_names


class ChoiceDelegate(QStyledItemDelegate):
    """A combo box for enum, choice and time-zone columns; a date input with its calendar
    for date columns."""

    def __init__(self, model: RecordTableModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model

    def _column(self, index: QModelIndex | QPersistentModelIndex) -> Column:
        return self.model.columns[index.column()]

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem,  # noqa: N802
                     index: QModelIndex | QPersistentModelIndex) -> QWidget:
        column = self._column(index)
        if column.kind is Kind.DATE:
            editor = DateEdit(parent)
            editor.setAutoFillBackground(True)
            return editor
        if column.kind not in (Kind.ENUM, Kind.CHOICE, Kind.TIME_ZONE):
            return super().createEditor(parent, option, index)
        combo = QComboBox(parent)
        if column.kind is Kind.ENUM and column.enum is not None:
            for member in column.enum:
                combo.addItem(label(member), member)
        elif column.kind is Kind.CHOICE and column.choices is not None:
            for text, key in column.choices():
                combo.addItem(text, key)
        else:
            combo.setEditable(True)
            combo.addItems(time_zone_names())
            combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        return combo

    def setEditorData(self, editor: QWidget,  # noqa: N802
                      index: QModelIndex | QPersistentModelIndex) -> None:
        if isinstance(editor, DateEdit):
            editor.setText(str(index.data(Qt.ItemDataRole.EditRole) or ""))
            return
        if not isinstance(editor, QComboBox):
            super().setEditorData(editor, index)
            return
        value = index.data(Qt.ItemDataRole.EditRole)
        if editor.isEditable():
            editor.setCurrentText(str(value or ""))
        else:
            editor.setCurrentIndex(max(0, editor.findData(value)))

    def setModelData(self, editor: QWidget, model: Any,  # noqa: N802
                     index: QModelIndex | QPersistentModelIndex) -> None:
        if isinstance(editor, DateEdit):
            model.setData(index, editor.text(), Qt.ItemDataRole.EditRole)
        elif not isinstance(editor, QComboBox):
            super().setModelData(editor, model, index)
        elif editor.isEditable():
            model.setData(index, editor.currentText(), Qt.ItemDataRole.EditRole)
        else:
            value = editor.currentData()
            column = self._column(index)
            if column.kind is Kind.ENUM and column.enum is not None and value is not None:
                value = column.enum(value)  # Qt returns the member as a plain string
            model.setData(index, value, Qt.ItemDataRole.EditRole)


class EmptyNote(QLabel):
    """What goes in an empty table and how to add the first row, shown inside the table
    while it has no rows."""

    def __init__(self, view: QTableView) -> None:
        super().__init__(view.viewport())
        self.view = view
        self.setObjectName("emptyNote")
        self.setWordWrap(True)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setStyleSheet("color: #666; padding: 16px;")
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        view.viewport().installEventFilter(self)
        model = view.model()
        for signal in (model.modelReset, model.rowsInserted, model.rowsRemoved):
            signal.connect(self.refresh)
        self.hide()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.Resize:
            self.setGeometry(self.view.viewport().rect())
        return False

    def refresh(self) -> None:
        self.setGeometry(self.view.viewport().rect())
        self.setVisible(bool(self.text()) and self.view.model().rowCount() == 0)


class RecordTable(QWidget):
    """``model`` holds the records; ``edited`` fires on any change. ``set_empty_text`` says,
    inside the empty table, what goes there and how to add the first row."""

    edited = Signal()

    def __init__(self, columns: Sequence[Column], factory: Callable[[], Any],
                 add_text: str, parent: QWidget | None = None, *, movable: bool = True) -> None:
        super().__init__(parent)
        self.model = RecordTableModel(columns, factory, self)
        self.view = QTableView(self)
        self.view.setModel(self.model)
        self.view.setItemDelegate(ChoiceDelegate(self.model, self.view))
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                  | QAbstractItemView.EditTrigger.EditKeyPressed
                                  | QAbstractItemView.EditTrigger.AnyKeyPressed)
        self.view.setAlternatingRowColors(True)
        self.view.verticalHeader().setDefaultSectionSize(26)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for i, column in enumerate(columns):
            if column.width:
                self.view.setColumnWidth(i, column.width)

        self.add_button = QPushButton(add_text, self)
        self.remove_button = QPushButton(self.tr("Remove"), self)
        self.up_button = QPushButton(self.tr("Move up"), self)
        self.down_button = QPushButton(self.tr("Move down"), self)
        self.message = QLabel(self)
        self.message.setObjectName("inlineMessage")
        self.message.setStyleSheet("color: #b00020;")
        self.message.setWordWrap(True)

        self.buttons = QHBoxLayout()
        for button in (self.add_button, self.remove_button, self.up_button, self.down_button):
            self.buttons.addWidget(button)
        self.buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self.buttons)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.message)

        self.add_button.clicked.connect(self.add_row)
        self.remove_button.clicked.connect(self.remove_selected)
        self.up_button.setVisible(movable)  # date-ordered lists keep their own order
        self.down_button.setVisible(movable)
        self.up_button.clicked.connect(lambda: self._move(-1))
        self.down_button.clicked.connect(lambda: self._move(1))
        self.model.edited.connect(self._on_edited)
        self.model.edit_rejected.connect(self.message.setText)
        self.empty_note = EmptyNote(self.view)

    def set_empty_text(self, text: str) -> None:
        self.empty_note.setText(text)
        self.empty_note.refresh()

    def commit_pending_edit(self) -> None:
        """Write what is typed in an open cell editor into the model (before a save, a
        project switch or closing the window — else that text would be lost)."""
        if self.view.state() != QAbstractItemView.State.EditingState:
            return
        editor = QApplication.focusWidget()
        while editor is not None and editor.parentWidget() is not self.view.viewport():
            editor = editor.parentWidget()
        if editor is not None:
            self.view.commitData(editor)
            self.view.closeEditor(editor, QAbstractItemDelegate.EndEditHint.NoHint)

    def add_action_widget(self, button: QWidget) -> None:
        """Put another action beside Add / Remove / Move."""
        self.buttons.insertWidget(self.buttons.count() - 1, button)

    def set_records(self, records: Sequence[Any]) -> None:
        self.model.set_records(records)
        self.model.set_problems({})
        self.refresh_message()
        self.fit_columns()

    def fit_columns(self) -> None:
        fit_columns(self.view, {i: c.width for i, c in enumerate(self.model.columns)
                                if c.width and c.kind not in (Kind.FLAG, Kind.BOOL)})

    def set_problems(self, problems: dict[tuple[int, str], Any]) -> None:
        self.model.set_problems(problems)
        self.refresh_message()

    def records(self) -> list[Any]:
        return self.model.result()

    def add_row(self) -> int:
        row = self.model.add_row()
        index = self.model.index(row, 0)
        self.view.setCurrentIndex(index)
        self.view.edit(index)
        return row

    def selected_rows(self) -> list[int]:
        return sorted({i.row() for i in self.view.selectionModel().selectedRows()})

    def remove_selected(self) -> None:
        self.model.remove_rows(self.selected_rows())

    def _move(self, delta: int) -> None:
        rows = self.selected_rows()
        if len(rows) == 1:
            target = self.model.move_row(rows[0], delta)
            self.view.selectRow(target)

    def _on_edited(self) -> None:
        self.edited.emit()

    def refresh_message(self) -> None:
        first = self.model.first_problem()
        if first is None:
            self.message.clear()
            return
        row, col, problem = first
        header = self.model.columns[col].header
        self.message.setText(self.tr("Row %1, %2: %3").replace("%1", str(row + 1))
                             .replace("%2", header).replace("%3", problem_text(problem)))

    def reveal_first_problem(self) -> bool:
        first = self.model.first_problem()
        if first is None:
            return False
        self.view.setCurrentIndex(self.model.index(first[0], first[1]))
        self.refresh_message()
        return True
