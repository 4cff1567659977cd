"""An editable table over a list of dataclass records (people, links, invoices, …).

Columns are declared once (``Column``); cells that break a rule are tinted and carry the
reason as a tooltip, so validation shows where the user is typing.
"""

from __future__ import annotations

import copy
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from enum import Enum, auto
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor

from cockpit.domain.problems import Problem
from ui.labels import label, problem_text
from ui.widgets.value_text import (
    ParseError,
    format_date,
    format_decimal,
    format_int,
    parse_date,
    parse_decimal,
    parse_int,
)

Index = QModelIndex | QPersistentModelIndex
INVALID_BRUSH = QBrush(QColor(255, 215, 215))


class Kind(Enum):
    TEXT = auto()
    DATE = auto()
    DECIMAL = auto()
    INT = auto()
    ENUM = auto()  # a closed vocabulary, chosen from a list
    FLAG = auto()  # a checkbox: is ``flag`` in the record's set-valued field?
    CHOICE = auto()  # an id chosen from ``choices()`` (e.g. an onboarding step's owner)
    TIME_ZONE = auto()
    BOOL = auto()  # a checkbox over a plain bool field


@dataclass
class Column:
    field: str
    header: str
    kind: Kind = Kind.TEXT
    enum: type[Enum] | None = None
    flag: Enum | None = None
    choices: Callable[[], list[tuple[str, str | None]]] | None = None  # (label, id)
    width: int = 0
    tooltip: str = ""


class RecordTableModel(QAbstractTableModel):
    edited = Signal()
    edit_rejected = Signal(str)  # a translated message: the typed text was not accepted

    def __init__(self, columns: Sequence[Column], factory: Callable[[], Any], parent=None) -> None:
        super().__init__(parent)
        self.columns = list(columns)
        self.factory = factory
        self.records: list[Any] = []
        self.problems: dict[tuple[int, str], Problem] = {}  # (row, field) -> rule broken
        # optional look of a whole row from its record: (background or None, tooltip)
        self.row_hint: Callable[[Any], tuple[QBrush | None, str]] | None = None

    # --- loading and reading back -------------------------------------------------------
    def set_records(self, records: Sequence[Any]) -> None:
        self.beginResetModel()
        self.records = [copy.copy(r) for r in records]
        self.endResetModel()

    def result(self) -> list[Any]:
        return [copy.copy(r) for r in self.records]

    # --- shape ---------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.records)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal:
            column = self.columns[section]
            if role == Qt.ItemDataRole.DisplayRole:
                return column.header
            if role == Qt.ItemDataRole.ToolTipRole and column.tooltip:
                return column.tooltip
        elif role == Qt.ItemDataRole.DisplayRole:
            return section + 1
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self.columns[index.column()].kind in (Kind.FLAG, Kind.BOOL):
            return base | Qt.ItemFlag.ItemIsUserCheckable
        return base | Qt.ItemFlag.ItemIsEditable

    # --- cells ---------------------------------------------------------------------------
    def problem_at(self, row: int, col: int) -> Problem | None:
        return self.problems.get((row, self.columns[col].field))

    def set_problems(self, problems: dict[tuple[int, str], Problem]) -> None:
        if problems == self.problems:
            return
        self.problems = problems
        if self.records:
            last = self.index(len(self.records) - 1, len(self.columns) - 1)
            self.dataChanged.emit(self.index(0, 0), last)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        column = self.columns[index.column()]
        record = self.records[index.row()]
        value = getattr(record, column.field)
        if column.kind in (Kind.FLAG, Kind.BOOL):
            if role == Qt.ItemDataRole.CheckStateRole:
                on = column.flag in value if column.kind is Kind.FLAG else bool(value)
                return Qt.CheckState.Checked if on else Qt.CheckState.Unchecked
            return self._hint(record, role) if column.kind is Kind.BOOL else None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(column, value)
        if role == Qt.ItemDataRole.EditRole:
            return value if column.kind in (Kind.ENUM, Kind.CHOICE) else self._text(column, value)
        if role in (Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ToolTipRole):
            problem = self.problem_at(index.row(), index.column())
            if problem is None:
                return self._hint(record, role)
            return INVALID_BRUSH if role == Qt.ItemDataRole.BackgroundRole else problem_text(
                problem)
        if role == Qt.ItemDataRole.TextAlignmentRole and column.kind in (Kind.DECIMAL, Kind.INT):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _hint(self, record: Any, role: int) -> Any:
        if self.row_hint is None or role not in (Qt.ItemDataRole.BackgroundRole,
                                                 Qt.ItemDataRole.ToolTipRole):
            return None
        brush, tooltip = self.row_hint(record)
        if role == Qt.ItemDataRole.BackgroundRole:
            return brush
        return tooltip or None

    def _text(self, column: Column, value: Any) -> str:
        if column.kind is Kind.DATE:
            return format_date(value)
        if column.kind is Kind.DECIMAL:
            return format_decimal(value)
        if column.kind is Kind.INT:
            return format_int(value)
        return "" if value is None else str(value)

    def _display(self, column: Column, value: Any) -> str:
        if column.kind is Kind.ENUM:
            return label(value) if value is not None else ""
        if column.kind is Kind.CHOICE and column.choices is not None:
            if value == "":  # nothing chosen: an empty cell, not the "(none)" entry
                return ""
            return next((text for text, key in column.choices() if key == value), "")
        if column.kind is Kind.DECIMAL:
            return format_decimal(value, grouped=True)
        return self._text(column, value)

    def setData(self, index: Index, value: Any,  # noqa: N802
                role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid():
            return False
        column = self.columns[index.column()]
        record = self.records[index.row()]
        if column.kind is Kind.FLAG:
            if role != Qt.ItemDataRole.CheckStateRole:
                return False
            current = set(getattr(record, column.field))
            if Qt.CheckState(value) == Qt.CheckState.Checked:
                current.add(column.flag)
            else:
                current.discard(column.flag)
            new_value: Any = frozenset(current)
        elif column.kind is Kind.BOOL:
            if role != Qt.ItemDataRole.CheckStateRole:
                return False
            new_value = Qt.CheckState(value) == Qt.CheckState.Checked
        elif role != Qt.ItemDataRole.EditRole:
            return False
        else:
            try:
                new_value = self._parse(column, value)
            except ParseError as exc:
                self.edit_rejected.emit(problem_text(exc.problem))
                return False
        if getattr(record, column.field) == new_value:
            return False
        self.records[index.row()] = replace(record, **{column.field: new_value})
        left, right = self.index(index.row(), 0), self.index(index.row(), len(self.columns) - 1)
        self.dataChanged.emit(left, right)
        self.edited.emit()
        return True

    def _parse(self, column: Column, value: Any) -> Any:
        if column.kind in (Kind.ENUM, Kind.CHOICE):
            return value
        text = "" if value is None else str(value)
        if column.kind is Kind.DATE:
            return parse_date(text)
        if column.kind is Kind.DECIMAL:
            return parse_decimal(text)
        if column.kind is Kind.INT:
            return parse_int(text)
        return text.strip() if column.kind is Kind.TIME_ZONE else text

    # --- rows ----------------------------------------------------------------------------
    def add_row(self, record: Any | None = None) -> int:
        row = len(self.records)
        self.beginInsertRows(QModelIndex(), row, row)
        self.records.append(record if record is not None else self.factory())
        self.endInsertRows()
        self.edited.emit()
        return row

    def remove_rows(self, rows: Sequence[int]) -> None:
        for row in sorted(set(rows), reverse=True):
            self.beginRemoveRows(QModelIndex(), row, row)
            del self.records[row]
            self.endRemoveRows()
        if rows:
            self.edited.emit()

    def move_row(self, row: int, delta: int) -> int:
        target = row + delta
        if not (0 <= row < len(self.records) and 0 <= target < len(self.records)):
            return row
        destination = target + 1 if delta > 0 else target
        self.beginMoveRows(QModelIndex(), row, row, QModelIndex(), destination)
        self.records.insert(target, self.records.pop(row))
        self.endMoveRows()
        self.edited.emit()
        return target

    def replace_record(self, row: int, record: Any) -> None:
        self.records[row] = record
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(self.columns) - 1))
        self.edited.emit()

    def first_problem(self) -> tuple[int, int, Problem] | None:
        for row in range(len(self.records)):
            for col in range(len(self.columns)):
                problem = self.problem_at(row, col)
                if problem is not None:
                    return row, col, problem
        return None
