"""An empty passport table says what goes there and how to add the first row; an overdue
invoice is tinted and says since when."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt

from tests.ui.helpers import cell, select_code, set_cell
from ui.main_window import MainWindow


def _tables(window: MainWindow):  # type: ignore[no-untyped-def]
    e = window.editor
    return {"links": e.links.table, "invoices": e.contract.invoices, "quality": e.quality.table,
            "tasks": e.tasks.table, "onboarding": e.onboarding.table}


def test_a_new_project_explains_each_empty_table(window: MainWindow) -> None:
    window.actions_.new_project.trigger()
    editor = window.editor
    editor.onboarding.table.model.set_records([])  # a company without a checklist
    expected = {"links": "Add link", "invoices": "Add invoice", "quality": "Add report",
                "tasks": "Add task", "onboarding": "Add step"}
    for name, table in _tables(window).items():
        tab = table.parentWidget()
        while tab.parentWidget() is not None and tab not in editor.all_tabs():
            tab = tab.parentWidget()
        editor.tabs.setCurrentWidget(tab)
        note = table.empty_note
        assert note.isVisible(), name
        assert note.text().startswith("No "), name
        assert f"“{expected[name]}”" in note.text(), name
        assert note.geometry().width() > 200, name  # across the table, readable
    assert "Onboarding template" in editor.onboarding.table.empty_note.text()


def test_the_note_goes_with_the_first_row_and_comes_back_with_the_last(
        window: MainWindow) -> None:
    window.actions_.new_project.trigger()
    editor = window.editor
    editor.tabs.setCurrentWidget(editor.quality)
    table = editor.quality.table
    assert table.empty_note.isVisible()
    table.add_button.click()
    table.commit_pending_edit()
    assert not table.empty_note.isVisible()
    table.view.selectRow(0)
    table.remove_selected()
    assert table.empty_note.isVisible()


def test_a_table_with_rows_shows_no_note(window: MainWindow) -> None:
    select_code(window, "JP-104")
    editor = window.editor
    editor.tabs.setCurrentWidget(editor.links)
    assert editor.links.table.model.rowCount() > 0
    assert not editor.links.table.empty_note.isVisible()


def test_an_overdue_invoice_is_tinted_and_says_since_when(window: MainWindow) -> None:
    select_code(window, "DE-102")
    invoices = window.editor.contract.invoices
    records = invoices.model.records
    today = date.today()
    overdue = next(i for i, r in enumerate(records) if r.is_overdue(today))
    paid = next(i for i, r in enumerate(records) if r.paid_on is not None)
    number = cell(invoices, overdue, "number")
    assert number.data(Qt.ItemDataRole.BackgroundRole) is not None
    due = records[overdue].due_on.isoformat()
    assert number.data(Qt.ItemDataRole.ToolTipRole) == (
        f"Overdue since {due}: not paid by its due date.")
    assert cell(invoices, overdue, "amount").data(Qt.ItemDataRole.BackgroundRole) is not None
    assert cell(invoices, paid, "number").data(Qt.ItemDataRole.BackgroundRole) is None

    assert set_cell(invoices, overdue, "paid_on", today.isoformat())  # paid today
    assert cell(invoices, overdue, "number").data(Qt.ItemDataRole.BackgroundRole) is None
    assert not cell(invoices, overdue, "number").data(Qt.ItemDataRole.ToolTipRole)
