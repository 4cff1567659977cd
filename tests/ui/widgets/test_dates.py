"""Dates as a PM writes them: ISO or the PM's own short format, and a calendar to pick from —
in the passport's fields and in the tables' date cells."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest
from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from ui.i18n import ui_locale
from ui.widgets.dates import DateEdit, parse_date, pattern_hint
from ui.widgets.form_fields import DateField
from ui.widgets.parse_error import ParseError
from ui.widgets.record_table import RecordTable
from ui.widgets.record_table_model import Column, Kind

# the calendar popup asks for the keyboard, which the offscreen platform cannot grab
pytestmark = pytest.mark.qt_log_ignore("does not support grabbing the keyboard", extend=True)


@pytest.fixture
def locale() -> Iterator[object]:
    """Set the app's locale for one test; the C locale again afterwards."""
    def use(name: str) -> None:
        QLocale.setDefault(QLocale(name))

    yield use
    QLocale.setDefault(QLocale.c())


def _shown(qtbot, widget: QWidget) -> None:  # type: ignore[no-untyped-def]
    """Shown and active: focus moves between inputs, and shortcuts reach them."""
    widget.show()
    widget.activateWindow()
    qtbot.waitUntil(widget.isActiveWindow, timeout=2000)


@pytest.mark.parametrize(("name", "typed", "read"), [
    ("en_US", "12/3/2026", date(2026, 12, 3)),
    ("en_US", "12/3/26", date(2026, 12, 3)),
    ("en_GB", "03/12/2026", date(2026, 12, 3)),
    ("de_DE", "3.12.26", date(2026, 12, 3)),
    ("ja_JP", "2026/12/03", date(2026, 12, 3)),
    ("ja_JP", "2026年12月3日", date(2026, 12, 3)),
    ("pl_PL", "3.12.2026", date(2026, 12, 3)),
    ("C", "2026-12-03", date(2026, 12, 3)),
])
def test_the_pms_own_format_and_iso_are_read(locale, name: str, typed: str,  # type: ignore[no-untyped-def]
                                             read: date) -> None:
    locale(name)
    assert parse_date(typed) == read
    assert parse_date("2026-12-03") == date(2026, 12, 3)  # ISO in every locale


def test_what_is_not_a_date_is_refused(locale) -> None:  # type: ignore[no-untyped-def]
    locale("en_GB")
    for text in ("31/02/2026", "2026-13-01", "next Friday", "12/2026"):
        with pytest.raises(ParseError):
            parse_date(text)
    assert pattern_hint() == "YYYY-MM-DD, DD/MM/YYYY"
    locale("ja_JP")
    assert pattern_hint() == "YYYY-MM-DD"


def test_the_ui_language_takes_the_systems_variant(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(QLocale, "system", staticmethod(lambda: QLocale("en_GB")))
    assert ui_locale("en").name() == "en_GB"  # a British PM reads 03/12 as 3 December
    assert ui_locale("ja").name() == "ja_JP"


def test_a_date_typed_in_the_local_format_shows_as_iso_when_left(qtbot, locale) -> None:  # type: ignore[no-untyped-def]
    locale("en_GB")
    parent = QWidget()
    qtbot.addWidget(parent)
    field = DateField(parent)
    other = DateField(parent)
    _shown(qtbot, parent)
    field.edit.setFocus()
    QTest.keyClicks(field.edit, "03/12/2026")
    other.edit.setFocus()  # leaving the input
    assert field.edit.text() == "2026-12-03" and field.value() == date(2026, 12, 3)
    QTest.keyClicks(field.edit, "x")
    assert field.message.isVisible() and "DD/MM/YYYY" in field.message.text()


def test_the_calendar_picks_a_day_from_the_button_or_alt_down(qtbot) -> None:  # type: ignore[no-untyped-def]
    parent = QWidget()
    qtbot.addWidget(parent)
    field = DateField(parent)
    _shown(qtbot, parent)
    field.set_value(date(2026, 11, 24))
    changed: list[bool] = []
    field.changed.connect(lambda: changed.append(True))

    field.date_edit.button.click()
    edit = field.date_edit
    assert edit.popup is not None and edit.popup.isVisible()
    assert edit.calendar is not None
    assert edit.calendar.selectedDate() == QDate(2026, 11, 24)  # opens on the typed day
    edit.calendar.clicked.emit(QDate(2026, 12, 8))

    assert field.value() == date(2026, 12, 8) and field.edit.text() == "2026-12-08"
    assert not edit.popup.isVisible() and changed

    field.edit.setFocus()
    QTest.keyClick(field.edit, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert edit.popup.isVisible()
    QTest.keyClick(edit.calendar, Qt.Key.Key_Escape)
    assert not edit.popup.isVisible() and field.value() == date(2026, 12, 8)


def test_a_date_cell_edits_with_the_calendar(qtbot) -> None:  # type: ignore[no-untyped-def]
    from dataclasses import dataclass

    @dataclass(frozen=True)
    class Row:
        due_on: date | None = None

    table = RecordTable([Column("due_on", "Due", Kind.DATE, width=100)], Row, "Add")
    qtbot.addWidget(table)
    _shown(qtbot, table)
    table.model.add_row(Row(date(2026, 11, 24)))
    index = table.model.index(0, 0)
    table.view.edit(index)
    editor = table.view.findChild(DateEdit)
    assert isinstance(editor, DateEdit) and editor.text() == "2026-11-24"

    editor.open_calendar()
    assert editor.popup is not None
    editor.calendar.clicked.emit(QDate(2026, 12, 1))  # type: ignore[union-attr]
    table.view.setFocus()  # the editor closes and hands its text to the model

    QApplication.processEvents()
    assert table.model.records[0].due_on == date(2026, 12, 1)
