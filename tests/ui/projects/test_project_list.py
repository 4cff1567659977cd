"""The project list: shown from the store, filter as you type, sort, archived hidden."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from cockpit.services import projects
from tests.ui.helpers import select_code, type_text, visible_codes
from ui.main_window import MainWindow
from ui.projects.list_model import ProjectListModel


def test_list_shows_active_projects_with_status_and_health(window: MainWindow) -> None:
    stored = projects.list_projects(window.store)
    assert sorted(visible_codes(window)) == sorted(s.code for s in stored)
    panel = window.list_panel
    row = visible_codes(window).index("JP-104")
    status = panel.proxy.index(row, ProjectListModel.STATUS).data()
    health = panel.proxy.index(row, ProjectListModel.HEALTH)
    assert status == "Active"
    assert health.data() in ("Green", "Amber", "Red")
    assert health.data(Qt.ItemDataRole.DecorationRole) is not None  # the coloured dot
    assert panel.count.text() == f"{len(stored)} projects"


def test_archived_projects_are_hidden_until_asked_for(window: MainWindow) -> None:
    every = projects.list_projects(window.store, include_archived=True)
    archived = [s.code for s in every if s.archived]
    assert archived, "the demo has archived projects"
    assert not set(archived) & set(visible_codes(window))
    window.list_panel.show_archived.setChecked(True)
    assert set(archived) <= set(visible_codes(window))


def test_filter_as_you_type_matches_code_customer_and_japanese(window: MainWindow, qtbot) -> None:
    panel = window.list_panel
    QTest.keyClicks(panel.filter, "jp-1")
    assert visible_codes(window) and all(c.startswith("JP-") for c in visible_codes(window))
    panel.filter.clear()
    type_text(panel.filter, "東京フィンテック")
    assert visible_codes(window) == ["JP-104"]
    panel.filter.clear()
    type_text(panel.filter, "bäckerei")
    assert visible_codes(window) == ["DE-108"]
    assert "of" in panel.count.text()
    panel.filter.setText("no such project anywhere")
    assert visible_codes(window) == []
    assert panel.placeholder.isVisible()
    assert "no such project anywhere" in panel.placeholder.text()


def test_ctrl_f_focuses_the_filter(window: MainWindow, qtbot) -> None:
    window.activateWindow()
    window.actions_.find.trigger()
    assert window.list_panel.filter.hasFocus()


def test_sorting_by_health_puts_red_first(window: MainWindow) -> None:
    window.list_panel.view.sortByColumn(ProjectListModel.HEALTH, Qt.SortOrder.AscendingOrder)
    proxy = window.list_panel.proxy
    healths = [proxy.index(r, ProjectListModel.HEALTH).data() for r in range(proxy.rowCount())]
    order = {"Red": 0, "Amber": 1, "Green": 2}
    assert [order[h] for h in healths] == sorted(order[h] for h in healths)
    assert healths[0] == "Red"


def test_selecting_a_project_opens_its_passport(window: MainWindow) -> None:
    select_code(window, "DE-108")
    assert window.editor.passport is not None
    assert window.editor.passport.fields.code == "DE-108"
    assert "DE-108" in window.editor.title.text()
    assert window.editor.overview.f["customer"].value() == "Bäckerei Schäfer KG"


def test_list_and_passport_models_pass_the_model_tester(window: MainWindow, qtmodeltester) -> None:
    qtmodeltester.check(window.list_panel.model)
    select_code(window, "JP-104")
    qtmodeltester.check(window.editor.people.table.model)
    qtmodeltester.check(window.editor.contract.invoices.model)


def test_full_width_letters_from_a_japanese_input_method_match(window: MainWindow) -> None:
    type_text(window.list_panel.filter, "ｊｐ－１０４")
    assert visible_codes(window) == ["JP-104"]
