"""Dates as the PM writes them: typed as ISO (2026-12-03) or in the PM's own short format
(2026/12/03, 03/12/2026, 12/3/26, 2026年12月3日), or picked from a calendar next to the input.

They are shown as ISO, as every list in the app shows them: unambiguous across the vendor's
and the customer's countries. A date typed in the local format turns into ISO when the input is
left, so the PM sees at once how it was read. The local format is the application's default
``QLocale`` (the UI language, in the system's variant of it: en_GB reads 03/12 as 3 December).
"""

from __future__ import annotations

import re
from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, QEvent, QLocale, QPoint, Qt, Signal
from PySide6.QtGui import QFocusEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCalendarWidget,
    QHBoxLayout,
    QLineEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from cockpit.domain.problems import Problem
from ui.widgets.parse_error import ParseError

ISO = "yyyy-MM-dd"
BASE_YEAR = 2000  # "26" is 2026
ISO_LIKE = re.compile(r"^\d{4}[-/.]\d{1,2}[-/.]\d{1,2}$")
KANJI = re.compile(r"^(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日")


def _locale(locale: QLocale | None) -> QLocale:
    return locale if locale is not None else QLocale()


def date_pattern(locale: QLocale | None = None) -> str:
    """The locale's short date format with the year in four digits (ISO for the C locale)."""
    here = _locale(locale)
    if here.language() == QLocale.Language.C:
        return ISO
    pattern = here.dateFormat(QLocale.FormatType.ShortFormat)
    if "yyyy" not in pattern:
        pattern = pattern.replace("yy", "yyyy")
    return pattern


def pattern_hint(locale: QLocale | None = None) -> str:
    """What may be typed, as a reader understands it: ``YYYY-MM-DD`` and, where the locale
    writes dates otherwise, its pattern too (``YYYY-MM-DD, DD/MM/YYYY``)."""
    local = date_pattern(locale).replace("yyyy", "YYYY").replace("d", "D")
    return "YYYY-MM-DD" if local in ("YYYY-MM-DD", "YYYY/MM/DD") else f"YYYY-MM-DD, {local}"


def format_date(value: date | None) -> str:
    return value.isoformat() if value else ""


def parse_date(text: str, locale: QLocale | None = None) -> date | None:
    """Empty: ``None``. ISO (also with / or .), the locale's short format (with a two- or
    four-digit year), its long format, and 2026年12月3日 are read; else ``ParseError``."""
    text = text.strip()
    if not text:
        return None
    if ISO_LIKE.match(text):
        year, month, day = (int(p) for p in re.split(r"[-/.]", text))
        return _checked(year, month, day)
    kanji = KANJI.match(text)
    if kanji:
        return _checked(*(int(g) for g in kanji.groups()))
    here = _locale(locale)
    short = here.dateFormat(QLocale.FormatType.ShortFormat)
    lenient = [re.sub(r"(?<![dM])(dd|MM)(?![dM])", lambda m: m.group(1)[0], p)
               for p in (date_pattern(locale), short)]  # "3.12.26" for "dd.MM.yy"
    for pattern in dict.fromkeys((*lenient, here.dateFormat(QLocale.FormatType.LongFormat))):
        found = here.toDate(text, pattern, BASE_YEAR)
        if found.isValid():
            return date(found.year(), found.month(), found.day())
    raise ParseError(Problem.BAD_DATE)


def _checked(year: int, month: int, day: int) -> date:
    try:
        return date(year, month, day)
    except ValueError:
        raise ParseError(Problem.BAD_DATE) from None


class _DateLine(QLineEdit):
    def focusOutEvent(self, event: QFocusEvent) -> None:  # noqa: N802
        """An item view's delegate watches the editor (the ``DateEdit``), whose focus is this
        line edit's: it learns of the focus leaving, and commits the date."""
        super().focusOutEvent(event)
        parent = self.parentWidget()
        if parent is not None:
            QCoreApplication.sendEvent(parent, QFocusEvent(QEvent.Type.FocusOut,
                                                           event.reason()))


class DateEdit(QWidget):
    """A line edit for a date and a button that opens a calendar under it (also Alt+Down or
    F4). Picking a day writes it in the locale's format; the text stays the value, so a field
    can be empty and typing works as in any input."""

    picked = Signal()  # a day was chosen in the calendar

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edit = _DateLine(self)
        self.edit.setPlaceholderText(pattern_hint())
        self.button = QToolButton(self)
        self.button.setText("▾")
        self.button.setToolTip(self.tr("Pick a date (Alt+Down)"))
        self.button.setAccessibleName(self.tr("Pick a date"))
        self.button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.button.clicked.connect(self.open_calendar)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(2)
        row.addWidget(self.edit, 1)
        row.addWidget(self.button)
        self.setFocusProxy(self.edit)
        self.edit.editingFinished.connect(self._normalise)
        for keys in ("Alt+Down", "F4"):
            shortcut = QShortcut(QKeySequence(keys), self.edit)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(self.open_calendar)
        self.popup: QWidget | None = None
        self.calendar: QCalendarWidget | None = None

    def text(self) -> str:
        return self.edit.text()

    def setText(self, text: str) -> None:  # noqa: N802 (as QLineEdit)
        self.edit.setText(text)

    def value(self) -> date | None:
        """The date typed (``ParseError`` when it is not one)."""
        return parse_date(self.edit.text())

    def _build_popup(self) -> QCalendarWidget:
        # a child of the line edit: opening it is no "editing finished", and an item view's
        # editor (this widget) stays open while the calendar has the focus
        popup = QWidget(self.edit, Qt.WindowType.Popup)
        calendar = QCalendarWidget(popup)
        calendar.setLocale(QLocale())
        calendar.setGridVisible(False)
        calendar.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)
        calendar.clicked.connect(self._pick)
        calendar.activated.connect(self._pick)  # Escape closes the popup, as any popup
        box = QVBoxLayout(popup)
        box.setContentsMargins(1, 1, 1, 1)
        box.addWidget(calendar)
        self.popup, self.calendar = popup, calendar
        return calendar

    def open_calendar(self) -> None:
        """Show the calendar on the typed date (today when the text is empty or not a date)."""
        calendar = self.calendar or self._build_popup()
        try:
            current = self.value()
        except ParseError:
            current = None
        shown = current or date.today()
        calendar.setSelectedDate(QDate(shown.year, shown.month, shown.day))
        assert self.popup is not None
        self.popup.adjustSize()
        self.popup.move(self.mapToGlobal(QPoint(0, self.height())))
        self.popup.show()
        calendar.setFocus()

    def _normalise(self) -> None:
        """A date typed in the local format is shown as ISO once the input is left."""
        try:
            value = self.value()
        except ParseError:
            return  # the field says what is wrong
        if value is not None and self.edit.text() != value.isoformat():
            self.edit.setText(value.isoformat())

    def _pick(self, day: QDate) -> None:
        self.edit.setText(format_date(date(day.year(), day.month(), day.day())))
        if self.popup is not None:
            self.popup.hide()
        self.edit.setFocus()
        self.picked.emit()
