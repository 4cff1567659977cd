"""Small pieces the register and satisfaction dialogs share: a calendar date edit and its
reader, and a person combo that takes one of the project's people or a name as typed."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QComboBox, QDateEdit, QWidget


def date_edit(parent: QWidget, value: date | None, *, past_only: bool = False) -> QDateEdit:
    """``past_only``: nothing after today (a decision taken, an answer given)."""
    value = value or date.today()
    edit = QDateEdit(QDate(value.year, value.month, value.day), parent)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    if past_only:
        today = date.today()
        edit.setMaximumDate(QDate(today.year, today.month, today.day))
    return edit


def read_date(edit: QDateEdit) -> date:
    day = edit.date()
    return date(day.year(), day.month(), day.day())


def person_combo(parent: QWidget, people: list[tuple[str, str]], person_id: str | None,
                 name: str) -> QComboBox:
    """``people``: (label, person id)."""
    combo = QComboBox(parent)
    combo.setEditable(True)  # someone not on the project: their name as typed
    for text, pid in people:
        combo.addItem(text, pid)
    found = combo.findData(person_id) if person_id else -1
    if found >= 0:
        combo.setCurrentIndex(found)
    else:
        combo.setCurrentIndex(-1)
        combo.setEditText(name)
    return combo


def read_person(combo: QComboBox) -> tuple[str | None, str]:
    """(person id, "") for one of the people, else (None, the name as typed)."""
    index = combo.currentIndex()
    if index >= 0 and combo.currentText() == combo.itemText(index):
        return combo.itemData(index), ""
    return None, combo.currentText().strip()
