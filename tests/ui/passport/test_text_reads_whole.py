"""Tables show their text whole: people's e-mail addresses and roles, the communication map's
headers, a series' repeat rule — wide enough for what they hold, not cut at a fixed width."""

from __future__ import annotations

from PySide6.QtWidgets import QTableView

from tests.ui.helpers import select_code
from ui.main_window import MainWindow
from ui.widgets.column_fit import WIDEST_FIT


def _fits(view: QTableView, column: int, text: str) -> bool:
    """The cell holding ``text`` is as wide as it asks to be (up to the widest fit)."""
    model = view.model()
    row = next(r for r in range(model.rowCount()) if model.index(r, column).data() == text)
    wanted = view.sizeHintForIndex(model.index(row, column)).width()
    return view.columnWidth(column) >= min(wanted, WIDEST_FIT)


def _column(view: QTableView, title: str) -> int:
    model = view.model()
    return next(c for c in range(model.columnCount())
                if model.headerData(c, _horizontal()) == title)


def _horizontal():  # type: ignore[no-untyped-def]
    from PySide6.QtCore import Qt

    return Qt.Orientation.Horizontal


def test_people_show_whole_e_mail_addresses_and_roles(window: MainWindow) -> None:
    select_code(window, "DE-102")
    people = window.editor.people
    view, members = people.table.view, people.members()
    email, role = _column(view, "E-mail"), _column(view, "Role")
    for m in members:
        assert _fits(view, email, m.email), m.email
        assert _fits(view, role, m.role), m.role
    directors = [m for m in members if m.role == "Department director"]
    assert directors and _fits(people.map_view, _column(people.map_view, "Role"),
                               "Department director")


def test_the_communication_maps_headers_read_whole(window: MainWindow) -> None:
    select_code(window, "JP-104")
    view = window.editor.people.map_view
    header = view.horizontalHeader()
    shown = [c for c in range(header.count()) if not view.isColumnHidden(c)]
    assert len(shown) > 6
    for column in shown[:-1]:  # the last one stretches
        title = view.model().headerData(column, _horizontal())
        assert view.columnWidth(column) >= header.sectionSizeHint(column), title


def test_a_series_repeat_rule_reads_whole(window: MainWindow) -> None:
    select_code(window, "US-103")
    tab = window.editor.meetings
    view = tab.view
    repeats = _column(view, "Repeats")
    texts = [tab.model.index(r, repeats).data() for r in range(tab.model.rowCount())]
    assert "Every 6 months" in texts
    for text in texts:
        assert _fits(view, repeats, text), text
