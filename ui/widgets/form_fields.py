"""Form inputs bound to one value each, with an inline message under the input.

Each field knows how to show a value, read it back (``ParseError`` when the text is not a
value of its kind) and show a validation problem next to itself.
"""

from __future__ import annotations

from enum import Enum
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from cockpit.domain.problems import Problem
from ui.labels import label, problem_text
from ui.widgets.dates import DateEdit
from ui.widgets.time_zones import time_zone_names
from ui.widgets.value_text import (
    ParseError,
    format_date,
    format_decimal,
    format_int,
    parse_date,
    parse_decimal,
    parse_int,
)

ERROR_STYLE = "border: 1px solid #b00020;"


class Field(QObject):
    """Base: ``widget`` is what goes into a form row (input plus message)."""

    changed = Signal()

    def __init__(self, input_widget: QWidget, parent: QWidget) -> None:
        super().__init__(parent)
        self.input = input_widget
        self.message = QLabel(parent)
        self.message.setStyleSheet("color: #b00020;")
        self.message.setWordWrap(True)
        self.message.hide()
        self.widget = QWidget(parent)
        box = QVBoxLayout(self.widget)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(2)
        box.addWidget(self.input)
        box.addWidget(self.message)
        self._loading = False
        self._external: Problem | None = None  # set by the editor from the core's rules
        self.styled: QWidget = input_widget  # what turns red on a problem

    def set_value(self, value: Any) -> None:
        self._loading = True
        try:
            self._show(value)
        finally:
            self._loading = False
        self.validate()

    def value(self) -> Any:  # raises ParseError
        raise NotImplementedError

    def _show(self, value: Any) -> None:
        raise NotImplementedError

    def _emit_changed(self) -> None:
        if not self._loading:
            self.validate()
            self.changed.emit()

    def parse_problem(self) -> Problem | None:
        try:
            self.value()
        except ParseError as exc:
            return exc.problem
        return None

    def validate(self) -> Problem | None:
        """Show the text's own problem (not a date, …) or else the rule problem last set."""
        problem = self.parse_problem() or self._external
        self._display(problem)
        return problem

    def set_problem(self, problem: Problem | None) -> None:
        self._external = problem
        self.validate()

    def _display(self, problem: Problem | None) -> None:
        if problem is None:
            self.message.hide()
            self.styled.setStyleSheet("")
        else:
            self.message.setText(problem_text(problem))
            self.message.show()
            self.styled.setStyleSheet(ERROR_STYLE)


class TextField(Field):
    def __init__(self, parent: QWidget, placeholder: str = "") -> None:
        self.edit = QLineEdit(parent)
        self.edit.setPlaceholderText(placeholder)
        super().__init__(self.edit, parent)
        self.edit.textChanged.connect(self._emit_changed)

    def _show(self, value: Any) -> None:
        self.edit.setText("" if value is None else str(value))

    def value(self) -> str:
        return self.edit.text()


class UpperTextField(TextField):
    def value(self) -> str:
        return self.edit.text().strip().upper()


class MultiLineField(Field):
    def __init__(self, parent: QWidget, placeholder: str = "") -> None:
        self.edit = QPlainTextEdit(parent)
        self.edit.setPlaceholderText(placeholder)
        self.edit.setTabChangesFocus(True)
        super().__init__(self.edit, parent)
        self.edit.textChanged.connect(self._emit_changed)

    def _show(self, value: Any) -> None:
        self.edit.setPlainText(value or "")

    def value(self) -> str:
        return self.edit.toPlainText()


class DateField(Field):
    """A date typed in the UI language's format (or ISO), or picked from the calendar."""

    def __init__(self, parent: QWidget) -> None:
        self.date_edit = DateEdit(parent)
        self.edit = self.date_edit.edit
        self.date_edit.setMaximumWidth(170)
        super().__init__(self.date_edit, parent)
        self.styled = self.edit
        self.edit.textChanged.connect(self._emit_changed)

    def _show(self, value: Any) -> None:
        self.edit.setText(format_date(value))

    def value(self) -> Any:
        return parse_date(self.edit.text())


class DecimalField(TextField):
    def __init__(self, parent: QWidget, placeholder: str = "0.00") -> None:
        super().__init__(parent, placeholder)
        self.edit.setMaximumWidth(200)

    def _show(self, value: Any) -> None:
        self.edit.setText(format_decimal(value))

    def value(self) -> Any:
        return parse_decimal(self.edit.text())


class IntField(TextField):
    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.edit.setMaximumWidth(100)

    def _show(self, value: Any) -> None:
        self.edit.setText(format_int(value))

    def value(self) -> Any:
        return parse_int(self.edit.text())


class EnumField(Field):
    def __init__(self, parent: QWidget, enum: type[Enum] | None = None,
                 items: list[tuple[str, Any]] | None = None) -> None:
        self.combo = QComboBox(parent)
        # Qt hands enum members back as plain strings: keep the real values here
        self._values = [value for _text, value in items or [(label(m), m) for m in enum or ()]]
        for text, value in items or [(label(m), m) for m in enum or ()]:
            self.combo.addItem(text, value)
        super().__init__(self.combo, parent)
        self.combo.currentIndexChanged.connect(self._emit_changed)

    def _show(self, value: Any) -> None:
        self.combo.setCurrentIndex(self._values.index(value) if value in self._values else 0)

    def value(self) -> Any:
        index = self.combo.currentIndex()
        return self._values[index] if 0 <= index < len(self._values) else None


class TimeZoneField(Field):
    """An editable combo with every IANA zone and type-ahead completion."""

    def __init__(self, parent: QWidget) -> None:
        self.combo = QComboBox(parent)
        self.combo.setEditable(True)
        self.combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.combo.addItems(time_zone_names())
        completer = QCompleter(time_zone_names(), self.combo)
        completer.setFilterMode(completer.filterMode().MatchContains)
        completer.setCaseSensitivity(completer.caseSensitivity().CaseInsensitive)
        self.combo.setCompleter(completer)
        super().__init__(self.combo, parent)
        self.combo.currentTextChanged.connect(self._emit_changed)

    def _show(self, value: Any) -> None:
        self.combo.setCurrentText(value or "")

    def value(self) -> str:
        return self.combo.currentText().strip()
