"""At the window's default size the list shows, without scrolling, the columns a PM scans;
the others come back from the header's menu, and the choice is remembered."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication

from cockpit.store.store import Store
from ui.main_window import MainWindow
from ui.projects.list_model import ProjectListModel


def _shown(window: MainWindow) -> list[int]:
    header = window.list_panel.view.horizontalHeader()
    return [header.logicalIndex(v) for v in range(header.count())
            if not header.isSectionHidden(header.logicalIndex(v))]


def test_default_columns_fit_without_scrolling(window: MainWindow) -> None:
    QApplication.processEvents()
    m = ProjectListModel
    assert _shown(window) == [m.CODE, m.SIGNALS, m.NAME, m.CUSTOMER, m.STATUS, m.END]
    assert window.width() <= 1440
    view = window.list_panel.view
    assert view.horizontalScrollBar().maximum() == 0  # nothing to scroll to
    list_width, passport_width = window.splitter.sizes()
    assert passport_width > list_width  # the passport takes the rest
    assert view.columnWidth(m.NAME) >= 100 and view.columnWidth(m.CUSTOMER) >= 90


def test_the_filter_hint_fits_and_the_tooltip_says_the_rest(window: MainWindow) -> None:
    field = window.list_panel.filter
    hint = field.placeholderText()
    assert field.fontMetrics().horizontalAdvance(hint) < field.width() - 40
    assert "Ctrl+F" in hint
    assert "manager" in field.toolTip() and "customer" in field.toolTip()


def test_header_menu_shows_a_column_and_the_window_remembers_it(
        make_window, demo_store: Store, db_path: Path) -> None:
    demo_store.dispose()
    window = make_window(db_path)
    panel = window.list_panel
    menu = panel.columns_menu()  # what a right click on the header opens
    titles = [a.text() for a in menu.actions() if a.isCheckable()]
    assert titles == ["Warnings", "Name", "Customer", "Status", "Ends", "Health", "Manager",
                      "Department", "Onboarding"]
    manager = next(a for a in menu.actions() if a.text() == "Manager")
    assert not manager.isChecked()
    manager.trigger()
    assert ProjectListModel.MANAGER in _shown(window)
    assert panel.view.columnWidth(ProjectListModel.MANAGER) > 30
    window.close()

    again = make_window(db_path)
    assert ProjectListModel.MANAGER in _shown(again)
    default = next(a for a in again.list_panel.columns_menu().actions()
                   if a.text() == "Default columns")
    default.trigger()
    assert ProjectListModel.MANAGER not in _shown(again)
